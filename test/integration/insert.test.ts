import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openDoc, ourHovers, positionOf } from './helpers';

const FLASK = `from flask import Flask, abort

app = Flask(__name__)


@app.route("/")
def index():
    return "index"


@app.route("/users/<id>")
def user(id):
    if id == "0":
        abort(404)
    return {"id": id}
`;

/** The arguments of the first `command:<id>?<args>` link of a hover's markdown. */
function linkArgs(markdown: string, command: string): unknown[] {
  const m = new RegExp(`command:${command.replace(/\./g, '\\.')}\\?([^)\\s]+)`).exec(markdown);
  assert.ok(m, `a ${command} link in the hover`);
  return JSON.parse(decodeURIComponent(m[1]!)) as unknown[];
}

const count = (text: string, what: string): number => text.split(what).length - 1;

describe('insert fits where it goes', () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await closeAll();
  });

  it("a hover's Insert link inserts at the hover's line, not at the cursor: only the statement, in the body", async () => {
    const editor = await openDoc('python', FLASK);
    const doc = editor.document;
    // The cursor far from the hover: on the first line.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const hoverAt = positionOf(doc, '404', 1);
    const [hover] = await ourHovers(doc, hoverAt);
    assert.ok(hover, 'a hover on 404');
    const args = linkArgs(hover, 'statusCodes.insertSnippet');
    assert.deepEqual((args[0] as { at?: unknown }).at, { uri: doc.uri.toString(), line: hoverAt.line });
    await vscode.commands.executeCommand('statusCodes.insertSnippet', ...args);
    const text = doc.getText();
    assert.match(text, /\n {4}if id == "0":\n {8}return jsonify\(\{"error": "not_found", "message": "Not Found"\}\), 404\n {8}abort\(404\)\n/);
    assert.match(text, /^from flask import Flask, abort, jsonify\n/, 'jsonify merged into the import, at the top');
    assert.equal(count(text, 'Flask(__name__)'), 1);
    assert.equal(count(text, '@app.route('), 2, 'no route inside the handler');
  });

  it('the code action inserts at its line, and one undo takes back the statement and the import', async () => {
    const editor = await openDoc('python', FLASK);
    const doc = editor.document;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const at = positionOf(doc, '404', 1);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at))) ?? [];
    const insert = actions.find((a) => /^Insert snippet for HTTP 404/.test(a.title));
    assert.ok(insert?.command, `an Insert action among ${actions.map((a) => a.title).join(', ')}`);
    await vscode.commands.executeCommand(insert.command.command, ...(insert.command.arguments ?? []));
    assert.match(doc.getText(), /\n {8}return jsonify\(.*\), 404\n {8}abort\(404\)\n/);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), FLASK, 'one undo step');
  });

  it('at the top level of a Flask file with routes: one app, every route kept, the new route added', async () => {
    const editor = await openDoc('python', `${FLASK}\n`);
    const doc = editor.document;
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('statusCodes.insertSnippet', { protocol: 'http', code: '201' });
    const text = doc.getText();
    assert.equal(count(text, 'app = Flask('), 1);
    assert.equal(count(text, '@app.route('), 3);
    assert.match(text, /\n\n\n@app\.route\("\/endpoint"\)\ndef my_endpoint\(\):\n {4}return jsonify\(/);
    // The tab stop on the error key is live.
    assert.equal(doc.getText(editor.selection), 'created');
  });

  it('Go with CRLF: tabs and CRLF kept in the inserted statement and the import', async () => {
    const go = 'package main\r\n\r\nimport "net/http"\r\n\r\nfunc h(w http.ResponseWriter, r *http.Request) {\r\n\t_ = r\r\n\t\r\n}\r\n';
    const editor = await openDoc('go', go);
    const doc = editor.document;
    const line = 6;
    editor.selection = new vscode.Selection(line, 1, line, 1);
    await vscode.commands.executeCommand('statusCodes.insertSnippet', { protocol: 'http', code: '429', framework: 'go-net-http' });
    const text = doc.getText();
    assert.equal(doc.eol, vscode.EndOfLine.CRLF);
    assert.match(text, /\r\n\tw\.Header\(\)\.Set\("Retry-After", "60"\)\r\n\tw\.WriteHeader\(http\.StatusTooManyRequests\)\r\n/);
    assert.match(text, /import "net\/http"\r\nimport "encoding\/json"\r\n/);
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/);
    assert.doesNotMatch(text, /^ +\S/m, 'no space indentation in Go');
  });

  it('refuses a read-only document with a message, changing nothing', async () => {
    const scheme = 'status-codes-readonly';
    const content = new TextEncoder().encode(FLASK);
    const emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
    const provider: vscode.FileSystemProvider = {
      onDidChangeFile: emitter.event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: () => ({ type: vscode.FileType.File, ctime: 0, mtime: 0, size: content.length }),
      readDirectory: () => [],
      createDirectory: () => undefined,
      readFile: () => content,
      writeFile: () => {
        throw vscode.FileSystemError.NoPermissions();
      },
      delete: () => undefined,
      rename: () => undefined,
    };
    const registration = vscode.workspace.registerFileSystemProvider(scheme, provider, { isReadonly: true });
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme, path: '/app.py' }));
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('statusCodes.insertSnippet', { protocol: 'http', code: '404', framework: 'flask' });
      assert.equal(doc.getText(), FLASK);
    } finally {
      registration.dispose();
      emitter.dispose();
    }
  });
});
