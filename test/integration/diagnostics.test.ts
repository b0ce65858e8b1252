// Diagnostics and their fixes in the real extension host: vscode.languages.getDiagnostics for what
// is reported, vscode.executeCodeActionProvider for the fixes (applied, and the document read back).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openDoc, setSetting, waitFor } from './helpers';

const SOURCE = 'Status Codes';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

/** `line:code:text` of each diagnostic, in line order. */
function summary(doc: vscode.TextDocument): string[] {
  return ours(doc.uri)
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .map((d) => `${d.range.start.line}:${codeOf(d)}:${doc.getText(d.range)}`);
}

/** Waits until the document's diagnostics satisfy `ok` (the computation is debounced and asynchronous). */
async function diagnosticsWhen(doc: vscode.TextDocument, ok: (ds: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const ds = ours(doc.uri);
    return ok(ds) ? ds : undefined;
  }, what, 10000);
}

async function actionsAt(doc: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, range, kind)) ?? [];
  return actions.filter((a): a is vscode.CodeAction => 'title' in a && 'edit' in a && a.edit !== undefined);
}

async function apply(action: vscode.CodeAction | undefined): Promise<void> {
  assert.ok(action?.edit, 'an action with an edit');
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

const wholeDocument = (doc: vscode.TextDocument): vscode.Range => new vscode.Range(0, 0, doc.lineCount, 0);

function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the sample workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function writeWorkspaceFile(name: string, content: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(name), new TextEncoder().encode(content));
}

async function removeWorkspaceFile(name: string): Promise<void> {
  await vscode.workspace.fs.delete(workspaceUri(name)).then(undefined, () => undefined);
}

describe('diagnostics', function () {
  this.timeout(40000);

  before(async () => {
    await api();
  });
  afterEach(async () => {
    await setSetting('diagnostics.deprecatedConstants', undefined);
    await setSetting('diagnostics.invalidStatus', undefined);
    await setSetting('diagnostics.unassignedStatus', undefined);
    await closeAll();
  });

  it('JavaScript: statuses the API refuses (warnings) and an unassigned code (a hint with did-you-mean fixes); nothing elsewhere', async () => {
    const text = [
      'app.get("/a", (req, res) => res.status(452).send("full"));',
      'fastify.get("/b", (request, reply) => reply.code(700).send());',
      'export const GET = () => new Response("x", { status: 101 });',
      'server.on("request", (req, res) => { res.writeHead(99); res.end(); });',
      'app.get("/c", (req, res) => res.status(404).json({}));',
      'setTimeout(done, 1000);',
      'const size = 452;',
    ].join('\n');
    const { document } = await openDoc('javascript', `${text}\n`);
    await diagnosticsWhen(document, (ds) => ds.length >= 4, 'four diagnostics');
    assert.deepEqual(summary(document), ['0:unassigned-status:452', '1:invalid-status:700', '2:invalid-status:101', '3:invalid-status:99']);
    const [unassigned, fastify, fetch] = ours(document.uri).sort((a, b) => a.range.start.line - b.range.start.line);
    assert.equal(unassigned!.severity, vscode.DiagnosticSeverity.Hint);
    assert.match(unassigned!.message, /HTTP 452/);
    assert.match(unassigned!.message, /SMTP/, 'the SMTP meaning is named');
    assert.match(unassigned!.message, /507 Insufficient Storage/);
    assert.equal(fastify!.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(fastify!.message, /FST_ERR_BAD_STATUS_CODE/);
    assert.match(fetch!.message, /RangeError.*200-599/);
    assert.equal(typeof fetch!.code === 'object' ? String(fetch!.code.target) : '', 'https://fetch.spec.whatwg.org/#initialize-a-response');

    const fixes = await actionsAt(document, unassigned!.range, vscode.CodeActionKind.QuickFix.value);
    const to507 = fixes.find((a) => /507/.test(a.title));
    assert.ok(to507, `a fix to 507 among ${fixes.map((a) => a.title).join(', ')}`);
    await apply(to507);
    assert.match(document.lineAt(0).text, /res\.status\(507\)/);
    await diagnosticsWhen(document, (ds) => !ds.some((d) => d.range.start.line === 0), 'the fixed line to be clear');
  });

  it('Python: a renamed HTTPStatus name says which Python has the new one; a pinned .python-version changes what is offered', async () => {
    const text = 'from http import HTTPStatus\n\ndef create():\n    return {"error": "bad"}, HTTPStatus.UNPROCESSABLE_ENTITY\n\nok = HTTPStatus.NOT_FOUND\n';
    const { document } = await openDoc('python', text);
    try {
      const [d] = await diagnosticsWhen(document, (ds) => ds.length === 1, 'one diagnostic');
      assert.equal(document.getText(d!.range), 'UNPROCESSABLE_ENTITY');
      assert.equal(d!.severity, vscode.DiagnosticSeverity.Hint);
      assert.deepEqual(d!.tags, [vscode.DiagnosticTag.Deprecated]);
      assert.match(d!.message, /UNPROCESSABLE_CONTENT needs Python 3\.13/);
      const quick = await actionsAt(document, d!.range, vscode.CodeActionKind.QuickFix.value);
      assert.deepEqual(quick.map((a) => a.title), ['Replace with UNPROCESSABLE_CONTENT (needs Python 3.13)']);
      // Without a version that surely has the name, the whole-file fix writes nothing.
      assert.deepEqual(await actionsAt(document, wholeDocument(document), 'source.fixAll.statusCodes'), []);

      await writeWorkspaceFile('.python-version', '3.13.1\n');
      const [pinned] = await diagnosticsWhen(document, (ds) => ds.length === 1 && !/needs/.test(ds[0]!.message), 'the message for a pinned 3.13');
      assert.match(pinned!.message, /renamed UNPROCESSABLE_CONTENT in Python 3\.13/);
      const [fixAll] = await actionsAt(document, wholeDocument(document), 'source.fixAll.statusCodes');
      assert.equal(fixAll?.kind?.value, 'source.fixAll.statusCodes');
      await apply(fixAll);
      assert.equal(document.lineAt(3).text, '    return {"error": "bad"}, HTTPStatus.UNPROCESSABLE_CONTENT');
      await diagnosticsWhen(document, (ds) => ds.length === 0, 'no diagnostic after the fix');

      // Python 3.12 has only the old name: nothing to say about it.
      await writeWorkspaceFile('.python-version', '3.12\n');
      await vscode.workspace.applyEdit(
        (() => {
          const e = new vscode.WorkspaceEdit();
          e.insert(document.uri, new vscode.Position(document.lineCount, 0), 'x = HTTPStatus.REQUEST_ENTITY_TOO_LARGE\nres.status(452)\n');
          return e;
        })(),
      );
      const after = await diagnosticsWhen(document, (ds) => ds.some((d) => codeOf(d) === 'unassigned-status'), 'the unassigned status on the new line');
      assert.deepEqual(
        after.map((d) => codeOf(d)),
        ['unassigned-status'],
        'no rename hint under Python 3.12',
      );
    } finally {
      await removeWorkspaceFile('.python-version');
    }
  });

  it('Ruby: :unprocessable_entity is renamed under Rack 3.1 (Gemfile.lock), left alone under Rack 2.2', async () => {
    const text = 'class ItemsController < ApplicationController\n  def create\n    render json: @item.errors, status: :unprocessable_entity\n    head :not_found\n  end\nend\n';
    try {
      await writeWorkspaceFile('Gemfile.lock', 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.1.8)\n    rails (7.2.1)\n      rack (>= 2.2.4)\n');
      const { document } = await openDoc('ruby', text);
      const [d] = await diagnosticsWhen(document, (ds) => ds.length === 1 && !/needs/.test(ds[0]!.message), 'the rename under Rack 3.1');
      assert.equal(document.getText(d!.range), 'unprocessable_entity');
      assert.match(d!.message, /deprecated since Rack 3\.1\.0; use unprocessable_content/);
      const [fix] = await actionsAt(document, d!.range, vscode.CodeActionKind.QuickFix.value);
      assert.equal(fix?.title, 'Replace with unprocessable_content');
      assert.equal(fix?.isPreferred, true);
      await apply(fix);
      assert.equal(document.lineAt(2).text, '    render json: @item.errors, status: :unprocessable_content');

      await writeWorkspaceFile('Gemfile.lock', 'GEM\n  specs:\n    rack (2.2.9)\n');
      const old = (await openDoc('ruby', `${text}    head 452\n`)).document;
      // The document may be diagnosed before the watcher has seen the lock file change; the
      // change then diagnoses it again.
      const left = await diagnosticsWhen(old, (ds) => ds.length > 0 && ds.every((d) => codeOf(d) !== 'deprecated-constant'), 'the unassigned 452 alone, once the new lock file is read');
      assert.deepEqual(left.map(codeOf), ['unassigned-status'], 'no rename under Rack 2.2');
    } finally {
      await removeWorkspaceFile('Gemfile.lock');
    }
  });

  it('Java: source.fixAll.statusCodes renames a whole file; ResponseEntity.status(1000) is a warning', async () => {
    const text = [
      'import org.springframework.http.HttpStatus;',
      'class C {',
      '  ResponseEntity<Void> a() { return ResponseEntity.status(HttpStatus.MOVED_TEMPORARILY).build(); }',
      '  ResponseEntity<Void> b() { return ResponseEntity.status(HttpStatus.REQUEST_URI_TOO_LONG).build(); }',
      '  ResponseEntity<Void> c() { return ResponseEntity.status(1000).build(); }',
      '  ResponseEntity<Void> d() { return ResponseEntity.status(HttpStatus.NOT_FOUND).build(); }',
      '}',
    ].join('\n');
    const { document } = await openDoc('java', `${text}\n`);
    await diagnosticsWhen(document, (ds) => ds.length === 3, 'three diagnostics');
    assert.deepEqual(summary(document), ['2:deprecated-constant:MOVED_TEMPORARILY', '3:deprecated-constant:REQUEST_URI_TOO_LONG', '4:invalid-status:1000']);
    const [fixAll] = await actionsAt(document, wholeDocument(document), 'source.fixAll.statusCodes');
    await apply(fixAll);
    assert.match(document.lineAt(2).text, /HttpStatus\.FOUND\)/);
    assert.match(document.lineAt(3).text, /HttpStatus\.URI_TOO_LONG\)/);
    assert.match(document.lineAt(4).text, /status\(1000\)/, 'fixAll leaves what it cannot fix');
    await diagnosticsWhen(document, (ds) => ds.length === 1, 'only the warning left');
  });

  it('Go and C#: WriteHeader(1000) is a warning; ASP.NET Core renamed names get a fix; current names nothing', async () => {
    const go = (await openDoc('go', 'func h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(1000)\n\tw.WriteHeader(http.StatusOK)\n}\n')).document;
    await diagnosticsWhen(go, (ds) => ds.length === 1, 'the Go warning');
    assert.deepEqual(summary(go), ['1:invalid-status:1000']);
    assert.match(ours(go.uri)[0]!.message, /invalid WriteHeader code/);

    const cs = (await openDoc('csharp', 'app.MapGet("/", () => Results.StatusCode(StatusCodes.Status413RequestEntityTooLarge));\napp.MapGet("/b", () => Results.StatusCode(StatusCodes.Status404NotFound));\n')).document;
    const [d] = await diagnosticsWhen(cs, (ds) => ds.length === 1, 'the C# hint');
    assert.equal(cs.getText(d!.range), 'Status413RequestEntityTooLarge');
    const [fix] = await actionsAt(cs, d!.range, vscode.CodeActionKind.QuickFix.value);
    await apply(fix);
    assert.match(cs.lineAt(0).text, /StatusCodes\.Status413PayloadTooLarge\)/);
  });

  it('each kind can be turned off; closing the document clears its diagnostics', async () => {
    const { document } = await openDoc('typescript', 'res.status(452);\nreply.code(700);\nthrow new HttpException("x", HttpStatus.I_AM_A_TEAPOT);\n');
    await diagnosticsWhen(document, (ds) => ds.length === 2, 'two diagnostics');
    await setSetting('diagnostics.unassignedStatus', false);
    await diagnosticsWhen(document, (ds) => ds.length === 1 && codeOf(ds[0]!) === 'invalid-status', 'only the warning');
    await setSetting('diagnostics.invalidStatus', false);
    await diagnosticsWhen(document, (ds) => ds.length === 0, 'nothing');
    await setSetting('diagnostics.unassignedStatus', undefined);
    await diagnosticsWhen(document, (ds) => ds.length === 1, 'the hint again');
    const uri = document.uri;
    await closeAll();
    await waitFor(() => ours(uri).length === 0 || undefined, 'diagnostics cleared on close', 10000);
  });

  it('a document not shown gets nothing, until it is shown', async () => {
    const name = 'hidden.js';
    try {
      await writeWorkspaceFile(name, 'res.status(452);\nreply.code(700);\n');
      const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
      await new Promise((r) => setTimeout(r, 1000));
      assert.deepEqual(ours(doc.uri), []);
      await vscode.window.showTextDocument(doc);
      await diagnosticsWhen(doc, (ds) => ds.length === 2, 'diagnostics once shown');
    } finally {
      await closeAll();
      await removeWorkspaceFile(name);
    }
  });

  it('the workspace command renames deprecated constants in files that are not open', async () => {
    const name = 'LegacyController.java';
    try {
      await writeWorkspaceFile(name, 'class L {\n  Object a() { return ResponseEntity.status(HttpStatus.MOVED_TEMPORARILY).build(); }\n  Object b() { return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build(); }\n}\n');
      const result = await vscode.commands.executeCommand<{ files: number; edits: number; applied: boolean }>('statusCodes.fixDeprecatedConstants', { confirm: false });
      assert.ok(result, 'the command reports what it did');
      assert.ok(result.files >= 1 && result.edits >= 1, JSON.stringify(result));
      assert.equal(result.applied, true);
      // The edit is applied to the document (as a rename is), not saved.
      const text = (await vscode.workspace.openTextDocument(workspaceUri(name))).getText();
      assert.match(text, /HttpStatus\.FOUND\)/);
      // CONTENT_TOO_LARGE needs Spring 7.0, which the workspace does not pin: left for a person to choose.
      assert.match(text, /HttpStatus\.PAYLOAD_TOO_LARGE\)/);
    } finally {
      await removeWorkspaceFile(name);
    }
  });
});
