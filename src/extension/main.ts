// The extension's entry: every feature registers itself and owns its disposables (as VS Code's
// extensions/npm npmMain.ts does). Nothing else runs at activation.
import type * as vscode from 'vscode';
import { registerCommands } from './commands';
import { registerCompletions } from './completions';
import { registerHover } from './hover';
import { registerEditorTracking } from './insert';
import { registerLog } from './log';
import { registerMockServers } from './mockServer';
import { registerProjectFramework } from './projectFramework';
import { registerReferenceView, type ReferenceTreeProvider } from './referenceView';
import { registerResponsePanels } from './responsePanelManager';

/** What `activate` returns to other extensions (and to the integration tests). */
export interface StatusCodesApi {
  reference: ReferenceTreeProvider;
}

export function activate(context: vscode.ExtensionContext): StatusCodesApi {
  registerLog(context);
  registerEditorTracking(context);
  registerProjectFramework(context);
  const panels = registerResponsePanels(context);
  registerCommands(context, panels);
  registerHover(context);
  registerCompletions(context);
  registerMockServers(context);
  return { reference: registerReferenceView(context) };
}

export function deactivate(): void {}
