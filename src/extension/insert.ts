// Inserting a snippet into an editor: the active one, else the last text editor the user had.
// What is inserted fits the place (src/core/snippets/insert.ts): the whole program in an empty
// file, the handler at the top level, the statement inside a function body, the missing imports
// where the file keeps its own; one undo step.
import vscode = require('vscode');
import type { SnippetResult } from '../core/snippets/index';
import { planInsert } from '../core/snippets/insert';

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

/** Inserts a VS Code snippet body at the cursor(s) as it is (the gRPC and WebSocket snippets); false when there was nowhere to insert. */
export async function insertSnippetBody(body: string, editor?: vscode.TextEditor): Promise<boolean> {
  const target = editor ?? (await targetEditor());
  if (!target) return false;
  return target.insertSnippet(new vscode.SnippetString(body));
}

/** A hover's or a code action's line: the snippet goes there, not wherever the cursor is. */
export interface InsertAt {
  uri: string;
  line: number;
}

/** The `at` a hover link or code action passes, when it is well formed. */
export function parseInsertAt(value: unknown): InsertAt | undefined {
  const at = typeof value === 'object' && value !== null ? (value as { at?: unknown }).at : undefined;
  if (typeof at !== 'object' || at === null) return undefined;
  const { uri, line } = at as { uri?: unknown; line?: unknown };
  return typeof uri === 'string' && typeof line === 'number' && Number.isInteger(line) && line >= 0 ? { uri, line } : undefined;
}

/** The editor showing `at`'s document (brought to the front), else undefined after saying why. */
export async function editorAt(at: InsertAt): Promise<vscode.TextEditor | undefined> {
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === at.uri);
  if (shown) return shown;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === at.uri);
  if (!document || document.isClosed) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The editor was closed; open a file to insert the snippet into.'));
    return undefined;
  }
  return vscode.window.showTextDocument(document, { preserveFocus: false });
}

/**
 * Inserts a framework's snippet into `editor` in the form that fits `position` (the cursor when
 * not given): plain edits for the imports and the snippet with its tab stops, one undo step.
 * False, after saying why, when nothing was inserted.
 */
export async function insertSnippetInto(editor: vscode.TextEditor, s: Extract<SnippetResult, { ok: true }>, position?: vscode.Position): Promise<boolean> {
  const document = editor.document;
  if (document.isClosed) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The editor was closed; open a file to insert the snippet into.'));
    return false;
  }
  if (vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is read-only; the snippet was not inserted.', vscode.workspace.asRelativePath(document.uri)));
    return false;
  }
  const at = position ?? editor.selection.active;
  const plan = planInsert(document.getText(), document.offsetAt(document.validatePosition(at)), s.framework, s.parts, {
    eol: document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n',
    // For a file with nothing indented yet, an editor set to tabs; else the file's own unit (or the
    // template's, so that an empty file gets the very snippet the response view shows).
    ...(editor.options.insertSpaces === false ? { indent: '\t' } : {}),
  });
  if (!plan.ok) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('{0} cannot send {1} from inside a function: it sets it with decorators on the handler. Put the cursor in the class, outside its methods, to insert a handler.', s.framework.label, String(s.status)),
    );
    return false;
  }
  if (plan.edits.length) {
    const ok = await editor.edit(
      (b) => {
        for (const e of plan.edits) b.replace(new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.text);
      },
      { undoStopBefore: true, undoStopAfter: false },
    );
    if (!ok) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} could not be changed; the snippet was not inserted.', vscode.workspace.asRelativePath(document.uri)));
      return false;
    }
  }
  const range = new vscode.Range(document.positionAt(plan.snippet.offset), document.positionAt(plan.snippet.offset + plan.snippet.length));
  // The text is already indented for its place, and starts at a line's start (where VS Code adds
  // no indentation of its own); `keepWhitespace` (newer VS Code) says so as well.
  const options = { undoStopBefore: !plan.edits.length, undoStopAfter: true, keepWhitespace: true };
  const inserted = await editor.insertSnippet(new vscode.SnippetString(plan.snippet.text), range, options);
  if (!inserted) void vscode.window.showInformationMessage(vscode.l10n.t('{0} could not be changed; the snippet was not inserted.', vscode.workspace.asRelativePath(document.uri)));
  return inserted;
}
