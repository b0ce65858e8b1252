// The extension's entry: a short list of features, each registering its own disposables.
import type * as vscode from 'vscode';
import { registerCommands } from './commands';
import { registerHover } from './hover';
import { registerReferenceView } from './referenceView';
import { registerResponsePanel } from './responsePanel';

export function activate(context: vscode.ExtensionContext): void {
  const panels = registerResponsePanel(context);
  registerCommands(context, panels);
  registerHover(context);
  registerReferenceView(context);
}

export function deactivate(): void {}
