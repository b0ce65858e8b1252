// Completions of status codes and constants through VS Code's own command (every provider answers
// it, the word-based one too: only our items are looked at, by their detail `HTTP ...` / `SMTP ...`).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openDoc, setSetting, waitFor } from './helpers';

/** Our items: their detail names the protocol first (`HTTP · 4xx Client Error`, `HTTP 404 Not Found`). */
const OURS = /^(?:HTTP|SMTP|gRPC|WebSocket|FTP)(?: enhanced)?(?: |$)/;

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
/** What the editor filters on: the filter text, or the label when it is the same (VS Code then sends none). */
const filterOf = (i: vscode.CompletionItem) => i.filterText ?? labelOf(i);

/** Opens `content` (the cursor where `|` is, which is taken out) and asks every provider for completions there. */
async function complete(language: string, content: string, resolve = 0): Promise<{ items: vscode.CompletionItem[]; document: vscode.TextDocument; position: vscode.Position }> {
  const offset = content.indexOf('|');
  assert.ok(offset >= 0, 'a cursor in the case');
  const editor = await openDoc(language, content.slice(0, offset) + content.slice(offset + 1));
  const position = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(position, position);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, undefined, resolve);
  const items = (list?.items ?? []).filter((i) => OURS.test(i.detail ?? ''));
  // The editor orders equal matches by sort text; the command returns them as the providers gave them.
  items.sort((a, b) => ((a.sortText ?? labelOf(a)) < (b.sortText ?? labelOf(b)) ? -1 : 1));
  return { items, document: editor.document, position };
}

function rangeText(document: vscode.TextDocument, item: vscode.CompletionItem): string {
  const r = item.range;
  assert.ok(r, `${labelOf(item)} has a range`);
  const replacing = r instanceof vscode.Range ? r : r.replacing;
  return document.getText(replacing);
}

function docText(item: vscode.CompletionItem): string {
  const d = item.documentation;
  return typeof d === 'string' ? d : (d?.value ?? '');
}

describe('completions: gRPC', () => {
  afterEach(() => closeAll());

  it('offers the gRPC codes after codes. in Go that imports grpc/codes (and none without the import), with the code and its meaning', async () => {
    await api();
    const without = await complete('go', 'package main\n\nfunc f() error {\n\treturn status.Error(codes.|, "no such row")\n}\n');
    assert.deepEqual(without.items.map(labelOf), [], 'no gRPC names where grpc is not imported');
    const { items, document } = await complete('go', 'package main\n\nimport (\n\t"google.golang.org/grpc/codes"\n\t"google.golang.org/grpc/status"\n)\n\nfunc f() error {\n\treturn status.Error(codes.|, "no such row")\n}\n', 6);
    assert.deepEqual(items.slice(0, 3).map(labelOf), ['OK', 'Canceled', 'Unknown']);
    const notFound = items.find((i) => labelOf(i) === 'NotFound');
    assert.ok(notFound, items.map(labelOf).join());
    assert.equal(notFound.detail, 'gRPC 5 Not Found');
    assert.equal(rangeText(document, notFound), '');
    assert.match(docText(notFound), /HTTP 404/);
  });
});

describe('completions', () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await setSetting('completions.enabled', undefined);
    await setSetting('hover.protocols', undefined);
    await closeAll();
  });

  it('Python: abort( offers codes, common ones first, with the hover text as documentation', async () => {
    const { items } = await complete('python', 'from flask import abort\n\ndef f():\n    abort(|\n', 3);
    assert.deepEqual(items.slice(0, 3).map(labelOf), ['200 OK', '404 Not Found', '400 Bad Request']);
    const nf = items[1]!;
    assert.equal(nf.insertText, '404');
    assert.match(filterOf(nf), /^404 Not Found/);
    assert.equal(nf.kind, vscode.CompletionItemKind.Value);
    assert.match(nf.detail ?? '', /^HTTP · 4xx Client Error$/);
    assert.match(docText(nf), /\*\*HTTP 404 Not Found\*\*/);
    assert.match(docText(nf), /rfc9110/);
    assert.doesNotMatch(docText(nf), /command:/, 'no command links in a completion');
    assert.ok(items.length > 60);
  });

  it('Python: status_code= and a Flask response tuple', async () => {
    for (const content of ['raise HTTPException(status_code=|)\n', 'def f():\n    return jsonify(error="x"), |\n']) {
      const { items } = await complete('python', content);
      assert.equal(labelOf(items[0]!), '200 OK', content);
    }
  });

  it('JavaScript: typed words replace their range (`res.status(too many`)', async () => {
    const { items, document } = await complete('javascript', 'app.get("/", (req, res) => {\n  res.status(too many|\n});\n');
    const tooMany = items.find((i) => i.insertText === '429');
    assert.ok(tooMany, '429 offered');
    assert.equal(rangeText(document, tooMany), 'too many');
    assert.match(filterOf(tooMany), /^too many requests 429 Too Many Requests/, 'the phrase first when words are typed');
    const digits = await complete('javascript', 'res.status(40|)\n');
    assert.equal(rangeText(digits.document, digits.items[0]!), '40');
  });

  it("the editor's own filter: typing `not`, `too many`, `40` or `UNPRO` and accepting inserts 404, 429, 404, UNPROCESSABLE_CONTENT", async () => {
    const cases: Array<[string, string, string]> = [
      ['javascript', 'res.status(not', 'res.status(404'],
      ['javascript', 'res.status(too many', 'res.status(429'],
      ['python', 'abort(40', 'abort(404'],
      ['java', 'class C { Object f() { return ResponseEntity.status(HttpStatus.UNPRO', 'class C { Object f() { return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT'],
    ];
    // Words of the other documents the suite opened (`assert.notDeepEqual`...) would compete with
    // `not`; what is checked here is our filter text, so the editor's word list is off.
    const editorConfig = vscode.workspace.getConfiguration('editor');
    await editorConfig.update('wordBasedSuggestions', 'off', vscode.ConfigurationTarget.Global);
    try {
      await acceptEach(cases);
    } finally {
      await editorConfig.update('wordBasedSuggestions', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  async function acceptEach(cases: Array<[string, string, string]>): Promise<void> {
    for (const [language, typed, expected] of cases) {
      const editor = await openDoc(language, `${typed}\n`);
      const end = new vscode.Position(0, typed.length);
      editor.selection = new vscode.Selection(end, end);
      // The suggest widget opens asynchronously: ask, wait, accept; again if nothing was accepted yet.
      const line = await waitFor(async () => {
        await vscode.commands.executeCommand('editor.action.triggerSuggest');
        await new Promise((r) => setTimeout(r, 700));
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        const text = editor.document.lineAt(0).text;
        return text !== typed ? text : undefined;
      }, `a suggestion accepted after ${typed}`, 10000);
      assert.equal(line, expected, typed);
      await closeAll();
    }
  }

  it('typing on with the list open: `res.status(` then `t`, `o`, `o`, ` `, `m`, `a`, `n`, `y` and accepting inserts 429', async () => {
    const editor = await openDoc('javascript', 'res.status(\n');
    const end = new vscode.Position(0, 'res.status('.length);
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await new Promise((r) => setTimeout(r, 700));
    for (const ch of 'too many') {
      await vscode.commands.executeCommand('type', { text: ch });
      await new Promise((r) => setTimeout(r, 150));
    }
    await new Promise((r) => setTimeout(r, 700));
    await vscode.commands.executeCommand('acceptSelectedSuggestion');
    assert.equal(editor.document.lineAt(0).text, 'res.status(429');
  });

  it('TypeScript: a NestJS HttpStatus constant, with its code and phrase as detail', async () => {
    const { items, document } = await complete('typescript', "import { HttpException, HttpStatus } from '@nestjs/common';\nthrow new HttpException('x', HttpStatus.NOT|);\n");
    const nf = items.find((i) => labelOf(i) === 'NOT_FOUND');
    assert.ok(nf, 'NOT_FOUND offered');
    assert.equal(nf.detail, 'HTTP 404 Not Found');
    assert.equal(nf.kind, vscode.CompletionItemKind.Constant);
    assert.equal(rangeText(document, nf), 'NOT');
  });

  it('Go: WriteHeader( offers codes, http. the net/http constants (and JavaScript has no http.Status)', async () => {
    const codes = await complete('go', 'package main\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(|\n}\n');
    assert.equal(labelOf(codes.items[0]!), '200 OK');
    const consts = await complete('go', 'package main\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(http.Status|)\n}\n');
    assert.deepEqual(consts.items.slice(0, 2).map(labelOf), ['StatusOK', 'StatusNotFound']);
    assert.equal(rangeText(consts.document, consts.items[0]!), 'Status');
    const js = await complete('javascript', 'const x = http.Status|\n');
    assert.deepEqual(js.items.map(labelOf), []);
  });

  it('Java: ResponseEntity.status( codes; HttpStatus. tags deprecated names and sorts them after their replacement', async () => {
    const codes = await complete('java', 'class C {\n  Object f() {\n    return ResponseEntity.status(|\n  }\n}\n');
    assert.equal(labelOf(codes.items[0]!), '200 OK');
    const { items } = await complete('java', 'import org.springframework.http.HttpStatus;\nclass C {\n  Object f() {\n    return ResponseEntity.status(HttpStatus.|);\n  }\n}\n', 200);
    const names = items.map(labelOf);
    const old = items.find((i) => labelOf(i) === 'UNPROCESSABLE_ENTITY');
    assert.ok(old, 'UNPROCESSABLE_ENTITY offered');
    assert.deepEqual(old.tags, [vscode.CompletionItemTag.Deprecated]);
    assert.match(old.detail ?? '', /^HTTP 422 Unprocessable Content · deprecated, use UNPROCESSABLE_CONTENT$/);
    assert.match(docText(old), /UNPROCESSABLE_ENTITY.*deprecated.*UNPROCESSABLE_CONTENT/);
    assert.ok(names.indexOf('UNPROCESSABLE_CONTENT') < names.indexOf('UNPROCESSABLE_ENTITY'));
    assert.equal(items.find((i) => labelOf(i) === 'UNPROCESSABLE_CONTENT')!.tags, undefined);
  });

  it('Ruby: status: offers codes, status: : the Rack symbols', async () => {
    const codes = await complete('ruby', 'def create\n  render json: @user.errors, status: |\nend\n');
    assert.equal(labelOf(codes.items[0]!), '200 OK');
    const symbols = await complete('ruby', 'def create\n  render json: @user.errors, status: :not|\nend\n');
    const nf = symbols.items.find((i) => labelOf(i) === 'not_found');
    assert.ok(nf);
    assert.equal(nf.detail, 'HTTP 404 Not Found');
    assert.equal(rangeText(symbols.document, nf), 'not');
  });

  it('C#: StatusCode( codes, StatusCodes.Status the ASP.NET constants', async () => {
    const codes = await complete('csharp', 'public IActionResult Get() {\n    return StatusCode(|\n}\n');
    assert.equal(labelOf(codes.items[0]!), '200 OK');
    const consts = await complete('csharp', 'public IActionResult Get() {\n    return StatusCode(StatusCodes.Status|);\n}\n');
    assert.deepEqual(consts.items.slice(0, 2).map(labelOf), ['Status200OK', 'Status404NotFound']);
  });

  it('mail code: SMTP reply codes, then enhanced codes after a reply code', async () => {
    const smtp = await complete('python', 'import smtplib\n\ndef check(code):\n    if code == |\n');
    assert.equal(labelOf(smtp.items[0]!), '250 Requested Action Completed');
    assert.ok(smtp.items.every((i) => /^SMTP · /.test(i.detail ?? '')));
    const enhanced = await complete('python', 'import smtplib\n\nasync def rcpt(self):\n    await self.push("550 |")\n');
    assert.ok(enhanced.items.length > 10);
    assert.ok(enhanced.items.every((i) => String(i.insertText).startsWith('5.')), 'class 5 after 550');
    assert.ok(enhanced.items.slice(0, 8).some((i) => i.insertText === '5.1.1'));
    assert.match(enhanced.items[0]!.detail ?? '', /^SMTP enhanced · /);
  });

  it('offers nothing of ours in prose, on sleep(, setTimeout(, range(, port=, an index, a bare return', async () => {
    const cases: Array<[string, string]> = [
      ['plaintext', 'We waited for the server and then |\n'],
      ['markdown', 'Call it with a code; the list is in |\n'],
      ['python', 'import time\ntime.sleep(|\n'],
      ['python', 'for i in range(|\n'],
      ['python', 'app.run(host="0.0.0.0", port=|\n'],
      ['python', 'def f():\n    return |\n'],
      ['javascript', 'setTimeout(done, |\n'],
      ['javascript', 'const user = users[|\n'],
      ['go', 'func f() {\n\tfoo(|\n}\n'],
    ];
    for (const [language, content] of cases) {
      const { items } = await complete(language, content);
      assert.deepEqual(items.map(labelOf), [], `${language}: ${content.trim()}`);
    }
  });

  it('follows statusCodes.completions.enabled and the protocols of statusCodes.hover.protocols', async () => {
    await setSetting('completions.enabled', false);
    assert.deepEqual((await complete('javascript', 'res.status(|\n')).items.map(labelOf), []);
    await setSetting('completions.enabled', undefined);
    assert.equal(labelOf((await complete('javascript', 'res.status(|\n')).items[0]!), '200 OK');
    await setSetting('hover.protocols', ['http']);
    assert.deepEqual((await complete('python', 'import smtplib\n\ndef check(code):\n    if code == |\n')).items.map(labelOf), []);
  });
});
