// The extension's entry: a short list of features, each registering its own disposables.
import type * as vscode from 'vscode';
import { registerCommands } from './commands';
import { registerHover } from './hover';
import { registerReferenceView, type ReferenceTreeProvider } from './referenceView';
import { registerResponsePanel } from './responsePanel';

/** What `activate` returns to other extensions (and to the integration tests). */
export interface StatusCodesApi {
  reference: ReferenceTreeProvider;
}

export function activate(context: vscode.ExtensionContext): StatusCodesApi {
  const panels = registerResponsePanel(context);
  registerCommands(context, panels);
  registerHover(context);
  return { reference: registerReferenceView(context) };
}

export function deactivate(): void {}
