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

/** The editor to insert into, or undefined (after telling the user) when none is open. */
export function targetEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  const editor = active ?? (lastEditor && vscode.window.visibleTextEditors.includes(lastEditor) ? lastEditor : undefined);
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a file to insert the snippet into.'));
    return undefined;
  }
  if (editor.document.isClosed) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The editor was closed; open a file to insert the snippet into.'));
    return undefined;
  }
  return editor;
}

/** Inserts a VS Code snippet body at the cursor(s); false when there was nowhere to insert. */
export async function insertSnippetBody(body: string, editor = targetEditor()): Promise<boolean> {
  if (!editor) return false;
  return editor.insertSnippet(new vscode.SnippetString(body));
}
