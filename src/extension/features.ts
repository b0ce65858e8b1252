// Every feature, each registering itself and owning its disposables (as VS Code's extensions/npm
// npmMain.ts does), over one host (host.ts). Shared by the node build, where the small entry
// (main.ts) loads this on first use, and the web build (browserMain.ts), which runs it at activation.
import type * as vscode from 'vscode';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { registerCompletions } from './completions';
import { registerDiagnostics } from './diagnostics';
import { setHost, type Host } from './host';
import { registerHover } from './hover';
import { registerInlayHints } from './inlayHints';
import { registerEditorTracking } from './insert';
import { registerLog } from './log';
import { registerProjectFramework } from './projectFramework';
import { registerQuickFixes } from './quickFixes';
import { registerReferenceView, type ReferenceTreeProvider } from './referenceView';
import { registerResponsePanels, type HighlighterLoader } from './responsePanelManager';

/** What `activate` returns to other extensions (and to the integration tests). */
export interface StatusCodesApi {
  reference: ReferenceTreeProvider;
}

/** What differs between the node and the web build. */
export interface Platform {
  /** How shiki is loaded. */
  loadHighlighter: HighlighterLoader;
  /**
   * Reads one of the extension's own files. The workbench's file service (vscode.workspace.fs) goes
   * through the window: in a new remote window that took 100-180 ms for the response view's script.
   */
  readFile: (uri: vscode.Uri) => Promise<Uint8Array>;
  /** Features only this platform has (the mock servers need Node). */
  registrations: ReadonlyArray<(context: vscode.ExtensionContext) => unknown>;
  /** Whether the mock servers are among them (the response view offers them then). */
  mockServers: boolean;
}

export function activateFeatures(context: vscode.ExtensionContext, withHost: Host | undefined, platform: Platform): StatusCodesApi {
  if (withHost) setHost(withHost);
  registerLog(context);
  registerEditorTracking(context);
  registerProjectFramework(context);
  const panels = registerResponsePanels(context, platform);
  registerCommands(context, panels);
  registerHover(context);
  registerCompletions(context);
  registerInlayHints(context);
  const diagnoses = registerDiagnostics(context);
  registerQuickFixes(context, diagnoses);
  registerCodeActions(context, diagnoses.versions);
  for (const register of platform.registrations) register(context);
  return { reference: registerReferenceView(context) };
}
