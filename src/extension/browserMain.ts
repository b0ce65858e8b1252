// The web entry (dist/web/extension.js, for vscode.dev and github.dev): the common features run at
// activation in the web worker, with shiki bundled in. No mock servers (they need Node): their
// commands are hidden (their `when` needs the context key the node entry sets, MOCK_CONTEXT).
import vscode = require('vscode');
import { activateFeatures, type StatusCodesApi } from './features';

export function activate(context: vscode.ExtensionContext): StatusCodesApi {
  return activateFeatures(context, undefined, {
    loadHighlighter: () => import('./highlight/highlighter'),
    readFile: (uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)),
    registrations: [],
    mockServers: false,
  });
}

export function deactivate(): void {}
