// Inserting a snippet into an editor: the active one, else the last text editor the user had.
import * as vscode from 'vscode';

let lastEditor: vscode.TextEditor | undefined;

/** Tracks the last text editor, so that a webview or the sidebar can insert into it. */
export function registerEditorTracking(context: vscode.ExtensionContext): void {
  lastEditor = vscode.window.activeTextEditor;
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((e) => {
      if (e) lastEditor = e;
    }),
  );
}

/** The active text editor, else the last one the user had (the file snippets are for). */
export function lastTextEditor(): vscode.TextEditor | undefined {
  return vscode.window.activeTextEditor ?? (lastEditor && !lastEditor.document.isClosed ? lastEditor : undefined);
}

/**
 * The editor to insert into: the active one, else the last text editor the user had, brought to
 * the front when it sits behind the response view in the same group; undefined (after telling the
 * user) when there is none.
 */
export async function targetEditor(): Promise<vscode.TextEditor | undefined> {
  const active = vscode.window.activeTextEditor;
  if (active) return active;
  const last = lastEditor;
  if (!last) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a file to insert the snippet into.'));
    return undefined;
  }
  // Closed by the user, even if VS Code keeps its document a while (an untitled one, say): only a
  // tab of some group still holding it is an editor to go back to.
  if (last.document.isClosed || !hasTab(last.document.uri)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The editor was closed; open a file to insert the snippet into.'));
    return undefined;
  }
  if (vscode.window.visibleTextEditors.includes(last)) return last;
  // Behind another tab of its group (the response view opened over it): show it again, where it was.
  const shown = await vscode.window.showTextDocument(last.document, { viewColumn: last.viewColumn, selection: last.selection, preserveFocus: false });
  lastEditor = shown;
  return shown;
}

function hasTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
}

/** Inserts a VS Code snippet body at the cursor(s); false when there was nowhere to insert. */
export async function insertSnippetBody(body: string, editor?: vscode.TextEditor): Promise<boolean> {
  const target = editor ?? (await targetEditor());
  if (!target) return false;
  return target.insertSnippet(new vscode.SnippetString(body));
}
