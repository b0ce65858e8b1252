import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openDoc, openWorkspaceFile, ourHovers, positionOf, setSetting } from './helpers';

describe('hover', () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await setSetting('hover.enabled', undefined);
    await setSetting('hover.protocols', undefined);
    await closeAll();
  });

  it('shows name, class, meaning, spec and command links on res.status(404)', async () => {
    const { document } = await openDoc('javascript', 'app.get("/", (req, res) => res.status(404).json({}));\n');
    const [text, ...rest] = await ourHovers(document, positionOf(document, '404', 1));
    assert.equal(rest.length, 0);
    assert.ok(text, 'a hover');
    assert.match(text, /\*\*HTTP 404 Not Found\*\*/);
    assert.match(text, /4xx Client Error/);
    assert.match(text, /rfc9110/);
    assert.match(text, /command:statusCodes\.showResponse\?/);
    assert.match(text, /command:statusCodes\.insertSnippet\?/);
    assert.match(text, /command:statusCodes\.copyCurl\?/);
  });

  it('answers an unassigned HTTP code as unassigned, pointing to SMTP 452 and HTTP 507', async () => {
    const { document } = await openDoc('python', 'def f():\n    return jsonify(body), 452\n');
    const [text] = await ourHovers(document, positionOf(document, '452', 1));
    assert.ok(text);
    assert.match(text, /unassigned/i);
    assert.match(text, /SMTP 452/);
    assert.match(text, /HTTP 507/);
  });

  it('resolves named constants and names the current one for a deprecated alias', async () => {
    const { document } = await openDoc('python', 'raise HTTPException(status_code=status.HTTP_422_UNPROCESSABLE_ENTITY)\n');
    const [text] = await ourHovers(document, positionOf(document, 'HTTP_422', 3));
    assert.ok(text);
    assert.match(text, /HTTP 422/);
    assert.match(text, /deprecated/);
    assert.match(text, /HTTP_422_UNPROCESSABLE_CONTENT/);
    const go = (await openDoc('go', 'w.WriteHeader(http.StatusInsufficientStorage)\n')).document;
    const [goText] = await ourHovers(go, positionOf(go, 'StatusInsufficient', 3));
    assert.match(goText ?? '', /HTTP 507 Insufficient Storage/);
  });

  it('reads a fenced block of a Markdown file by its fence\'s language, and stays silent on a count in prose', async () => {
    const md = ['# Errors', '', 'We sold 200 units.', '', '```ruby', 'rescue Octokit::UnprocessableEntity => e', '  head :not_found', '```', ''].join('\n');
    const { document } = await openDoc('markdown', md);
    const [rescued] = await ourHovers(document, positionOf(document, 'UnprocessableEntity', 3));
    assert.match(rescued ?? '', /HTTP 422/);
    const [symbol] = await ourHovers(document, positionOf(document, 'not_found', 2));
    assert.match(symbol ?? '', /HTTP 404 Not Found/);
    assert.deepEqual(await ourHovers(document, positionOf(document, '200', 1)), []);
  });

  it('recognises SMTP codes in a mail log', async () => {
    const { document } = await openDoc('log', 'postfix/smtp[123]: to=<a@b.test>, status=bounced (host mx.b.test said: 550 5.1.1 <a@b.test>: user unknown)\n');
    const [enhanced] = await ourHovers(document, positionOf(document, '5.1.1', 2));
    assert.match(enhanced ?? '', /SMTP enhanced 5\.1\.1/);
    const [basic] = await ourHovers(document, positionOf(document, '550', 1));
    assert.match(basic ?? '', /SMTP 550/);
    // Mail codes get SMTP actions, not the HTTP ones (issue 12).
    for (const text of [enhanced ?? '', basic ?? '']) {
      assert.match(text, /command:statusCodes\.copySmtpReply\?/);
      assert.doesNotMatch(text, /command:statusCodes\.(insertSnippet|copyCurl)\?/);
    }
  });

  it('offers no snippet or curl line for nginx 499 in an access log, which no client receives', async () => {
    const { document } = await openDoc('log', '10.0.0.1 - - [25/Nov/2026:08:00:00 +0000] "GET /x HTTP/1.1" 499 0 "-" "curl"\n');
    const [text] = await ourHovers(document, positionOf(document, '499', 1));
    // One part per meaning (nginx, then Esri ArcGIS, whose 499 is a response).
    const nginx = (text ?? '').split('\n---\n').find((part) => /nginx/.test(part.split('\n')[0]!)) ?? '';
    assert.match(nginx, /command:statusCodes\.showResponse\?/);
    assert.doesNotMatch(nginx, /command:statusCodes\.(insertSnippet|copyCurl)\?/);
  });

  it('stays silent on ports, ids and loop bounds', async () => {
    const { document } = await openDoc('javascript', 'const port = 8080;\nserver.listen(3000);\nconst user = users[404];\nfor (let i = 0; i < 500; i++) {}\nsetTimeout(f, 404);\n');
    for (const needle of ['8080', '3000', '404', '500']) {
      assert.deepEqual(await ourHovers(document, positionOf(document, needle, 1)), [], needle);
    }
  });

  it('follows the settings: off, and per protocol', async () => {
    const { document } = await openDoc('javascript', 'res.status(404);\n');
    const at = positionOf(document, '404', 1);
    assert.equal((await ourHovers(document, at)).length, 1);
    await setSetting('hover.enabled', false);
    assert.equal((await ourHovers(document, at)).length, 0);
    await setSetting('hover.enabled', true);
    await setSetting('hover.protocols', ['smtp']);
    assert.equal((await ourHovers(document, at)).length, 0);
  });

  it('works on a 1 MB minified line (figures: npm run bench)', async () => {
    const line = 'var a=' + 'x(1),'.repeat(200_000) + 'res.status(404);';
    // A language without a built-in language server: VS Code's own TypeScript server overflows its
    // stack on this line, which would measure it rather than this extension.
    const { document } = await openDoc('log', line);
    const found = await ourHovers(document, new vscode.Position(0, line.length - 5));
    const none = await ourHovers(document, new vscode.Position(0, 500_000));
    assert.equal(found.length, 1, 'the status at the end of the line is still found');
    assert.equal(none.length, 0);
  });
});

describe('hover across languages', () => {
  before(async () => {
    await api();
  });
  afterEach(closeAll);

  // [language (or a file name: written to the workspace and opened), document, token to hover, what the hover must name]
  const cases: Array<[string, string, string, RegExp]> = [
    ['java', 'return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).build();\n', 'INSUFFICIENT_STORAGE', /HTTP 507 Insufficient Storage/],
    // VS Code knows no Kotlin without an extension: the file opens as plain text and is read by its name.
    ['Routes.kt', 'call.respond(HttpStatusCode.NotFound)\n', 'NotFound', /HTTP 404 Not Found/],
    ['typescript', 'import { HttpStatus } from "@nestjs/common";\n@HttpCode(HttpStatus.CREATED)\n', 'CREATED', /HTTP 201 Created/],
    ['csharp', 'return Results.StatusCode(StatusCodes.Status429TooManyRequests);\n', 'Status429', /HTTP 429 Too Many Requests/],
    ['ruby', 'render json: errors, status: :unprocessable_entity\n', 'unprocessable', /HTTP 422/],
    ['php', 'return new JsonResponse($data, Response::HTTP_CONFLICT);\n', 'HTTP_CONFLICT', /HTTP 409 Conflict/],
    ['rust', 'Err(StatusCode::SERVICE_UNAVAILABLE)\n', 'SERVICE_UNAVAILABLE', /HTTP 503 Service Unavailable/],
    ['go', 'http.Error(w, "gone", 410)\n', '410', /HTTP 410 Gone/],
    ['yaml', 'paths:\n  /pets:\n    get:\n      responses:\n        "404":\n          description: not found\n', '404', /HTTP 404 Not Found/],
    ['plaintext', 'HTTP/1.1 503 Service Unavailable\n', '503', /HTTP 503/],
    ['log', '10.0.0.1 - - [25/Nov/2026:08:00:00 +0000] "GET /x HTTP/1.1" 499 0 "-" "curl"\n', '499', /nginx/],
  ];
  for (const [language, content, token, expected] of cases) {
    it(`${language}: ${content.trim().split('\n').pop()!.trim().slice(0, 60)}`, async () => {
      const { document } = language.includes('.') ? await openWorkspaceFile(language, content) : await openDoc(language, content);
      const texts = await ourHovers(document, positionOf(document, token, 1));
      assert.equal(texts.length, 1, `one hover on ${token}`);
      assert.match(texts[0]!, expected);
    });
  }
});

describe('hover in workspace files', () => {
  afterEach(closeAll);

  it('reads nginx.conf as nginx even when VS Code opens it as plain text', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the sample workspace is open');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'nginx.conf'));
    await vscode.window.showTextDocument(document);
    const [redirect] = await ourHovers(document, positionOf(document, 'return 301', 8));
    assert.match(redirect ?? '', /HTTP 301 Moved Permanently/, `opened as ${document.languageId}`);
    const [gone] = await ourHovers(document, positionOf(document, 'return 410', 8));
    assert.match(gone ?? '', /HTTP 410 Gone/);
    // `listen 80;` is a port, not a status.
    assert.deepEqual(await ourHovers(document, positionOf(document, 'listen 80', 8)), []);
  });
});
