// Where features register what VS Code calls: providers, commands, the tree view, the webview
// serializer. In the web build (and the tests of thin glue) that is VS Code itself; in the node build
// the small entry (main.ts) has registered a stand-in for each at activation, and the features,
// loaded on first use, plug into those (lazyHost.ts). Features call `host()` instead of
// `vscode.languages.register...`, so they run unchanged under both.
import vscode = require('vscode');

export interface Host {
  languages: Pick<typeof vscode.languages, 'registerHoverProvider' | 'registerCompletionItemProvider' | 'registerInlayHintsProvider' | 'registerCodeActionsProvider'>;
  commands: Pick<typeof vscode.commands, 'registerCommand'>;
  window: Pick<typeof vscode.window, 'createTreeView' | 'registerWebviewPanelSerializer'>;
}

let current: Host | undefined;

/** The host features register with: VS Code itself unless an entry installed another. */
export function host(): Host {
  current ??= { languages: vscode.languages, commands: vscode.commands, window: vscode.window };
  return current;
}

export function setHost(h: Host): void {
  current = h;
}
