// Inlay hints and the code actions on any status code, through VS Code's own commands in the real
// extension host: vscode.executeInlayHintProvider and vscode.executeCodeActionProvider (the edit
// applied and the document read back).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openDoc, openWorkspaceFile, positionOf, setSetting, waitFor } from './helpers';

function labelOf(h: vscode.InlayHint): string {
  return typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('');
}

async function inlayHints(doc: vscode.TextDocument): Promise<string[]> {
  const range = new vscode.Range(0, 0, doc.lineCount, 0);
  const hints = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, range)) ?? [];
  return hints.map((h) => `${h.position.line}:${h.position.character} ${labelOf(h)}`);
}

async function codeActions(doc: vscode.TextDocument, position: vscode.Position, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(position, position), kind)) ?? [];
  return actions.filter((a) => a.title && (a.kind?.value.includes('statusCodes') ?? false));
}

async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} has an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `${action.title} applied`);
}

describe('inlay hints', () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await setSetting('inlayHints.enabled', undefined);
    await closeAll();
  });

  it('shows the phrase after numeric statuses in JavaScript, Python, Go, Java, Ruby and C#', async () => {
    const cases: Array<[string, string, string]> = [
      ['javascript', "app.get('/', (req, res) => res.status(404).json({}));\n", 'Not Found'],
      ['python', 'def f():\n    return jsonify(body), 429\n', 'Too Many Requests'],
      ['go', 'func h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(503)\n}\n', 'Service Unavailable'],
      ['java', 'return ResponseEntity.status(201).body(order);\n', 'Created'],
      ['ruby', 'render json: @order.errors, status: 422\n', 'Unprocessable Content'],
      ['csharp', 'return StatusCode(409, problem);\n', 'Conflict'],
    ];
    for (const [language, text, phrase] of cases) {
      const { document } = await openDoc(language, text);
      const hints = await waitFor(async () => {
        const h = await inlayHints(document);
        return h.length ? h : undefined;
      }, `an inlay hint in ${language}`);
      const code = /\b\d{3}\b/.exec(text)![0];
      const at = document.positionAt(text.indexOf(code) + 3);
      assert.deepEqual(hints, [`${at.line}:${at.character} ${phrase}`], language);
      await closeAll();
    }
  });

  it('says unassigned for HTTP 452, and gives SMTP 452 its SMTP phrase in mail code', async () => {
    const { document } = await openDoc('python', 'def f():\n    return "over quota", 452\n');
    const after452 = document.positionAt(document.getText().indexOf('452') + 3);
    assert.deepEqual(await inlayHints(document), [`1:${after452.character} unassigned`]);
    await closeAll();
    const mail = await openDoc('python', 'import smtplib\n\ndef retry(code):\n    return code == 452\n');
    assert.deepEqual(await inlayHints(mail.document), ['3:22 Insufficient Storage']);
  });

  it('shows nothing after named constants, numbers that are no status, or with the setting off', async () => {
    const { document } = await openDoc('go', 'func h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusNotFound)\n\ttime.Sleep(500)\n\tbuf := make([]byte, 404)\n}\n');
    assert.deepEqual(await inlayHints(document), []);
    await closeAll();
    const js = await openDoc('javascript', 'res.status(404).end();\n');
    assert.equal((await inlayHints(js.document)).length, 1);
    await setSetting('inlayHints.enabled', false);
    assert.deepEqual(await inlayHints(js.document), []);
  });
});

describe('code actions on status codes', () => {
  before(async () => {
    await api();
  });
  afterEach(closeAll);

  it('offers "Show response" on a number and on a constant, and nothing on other numbers', async () => {
    const { document } = await openDoc('go', 'func h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusTeapot)\n\tw.WriteHeader(404)\n\ttime.Sleep(500)\n}\n');
    const onConstant = await codeActions(document, positionOf(document, 'StatusTeapot', 2));
    assert.ok(onConstant.some((a) => a.title === "Show response for HTTP 418 I'm a teapot"), onConstant.map((a) => a.title).join(', '));
    const onNumber = await codeActions(document, positionOf(document, '404', 1));
    assert.ok(onNumber.some((a) => a.title === 'Show response for HTTP 404 Not Found'));
    assert.deepEqual(await codeActions(document, positionOf(document, '500', 1)), []);
  });

  it('the show action opens the response view for that code', async () => {
    const { document } = await openDoc('javascript', 'res.status(451).end();\n');
    const [show] = (await codeActions(document, positionOf(document, '451', 1))).filter((a) => a.title.startsWith('Show response'));
    assert.ok(show?.command);
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    const tab = await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => /451/.test(t.label)), 'a response view tab for 451');
    assert.match(tab.label, /451/);
  });

  it('writes a number as the constant of a table the file imports (Python HTTPStatus), and back', async () => {
    const { document } = await openDoc('python', 'from http import HTTPStatus\n\ndef f():\n    return "", 404\n');
    const [toConstant] = (await codeActions(document, positionOf(document, '404', 1), 'refactor.rewrite')).filter((a) => a.title.includes('HTTPStatus.NOT_FOUND'));
    assert.ok(toConstant, 'a conversion to HTTPStatus.NOT_FOUND');
    await apply(toConstant);
    assert.equal(document.lineAt(3).text, '    return "", HTTPStatus.NOT_FOUND');
    const [toNumber] = (await codeActions(document, positionOf(document, 'NOT_FOUND', 1), 'refactor.rewrite')).filter((a) => a.title.endsWith('as 404'));
    assert.ok(toNumber, 'a conversion back to 404');
    await apply(toNumber);
    assert.equal(document.lineAt(3).text, '    return "", 404');
  });

  it('uses the prefix the file writes (Starlette status., Go http., Rails symbols), in JS the NestJS enum', async () => {
    const cases: Array<[string, string, string, string]> = [
      ['python', 'from fastapi import status\n\nraise HTTPException(status_code=status.HTTP_400_BAD_REQUEST)\nraise HTTPException(status_code=409)\n', '409', 'status.HTTP_409_CONFLICT'],
      ['go', 'import "net/http"\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusOK)\n\tw.WriteHeader(201)\n}\n', '201', 'http.StatusCreated'],
      ['ruby', 'head :no_content\nrender json: {}, status: 422\n', '422', ':unprocessable_content'],
      ['typescript', "import { HttpStatus } from '@nestjs/common';\n\n@HttpCode(202)\nexport class A {}\n", '202', 'HttpStatus.ACCEPTED'],
      ['java', 'import org.springframework.http.HttpStatus;\n\nreturn ResponseEntity.status(404).build();\n', '404', 'HttpStatus.NOT_FOUND'],
      ['csharp', 'using Microsoft.AspNetCore.Http;\n\nreturn StatusCode(409);\n', '409', 'StatusCodes.Status409Conflict'],
    ];
    for (const [language, text, code, constant] of cases) {
      const { document } = await openDoc(language, text);
      const at = document.positionAt(text.lastIndexOf(code) + 1);
      const actions = await codeActions(document, at, 'refactor.rewrite');
      const action = actions.find((a) => a.title.startsWith(`Write ${code} as ${constant}`));
      assert.ok(action, `${language}: ${actions.map((a) => a.title).join(', ') || 'no action'}`);
      await apply(action);
      assert.ok(document.lineAt(at.line).text.includes(constant), `${language}: ${document.lineAt(at.line).text}`);
      await closeAll();
    }
  });

  it('names the versions when no constant works in every version (Rack 422)', async () => {
    const { document } = await openDoc('ruby', 'head :no_content\nrender json: {}, status: 422\n');
    const titles = (await codeActions(document, positionOf(document, '422', 1), 'refactor.rewrite')).map((a) => a.title);
    assert.deepEqual(titles.sort(), ['Write 422 as :unprocessable_content (3.1.0 and later)', 'Write 422 as :unprocessable_entity (before 3.1.0)']);
  });

  it('writes the name the pinned version has: Python 3.13 in .python-version gives UNPROCESSABLE_CONTENT', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const pin = vscode.Uri.joinPath(folder, '.python-version');
    try {
      await vscode.workspace.fs.writeFile(pin, new TextEncoder().encode('3.13\n'));
      const { document } = await openWorkspaceFile('convert422.py', 'from http import HTTPStatus\n\ndef f():\n    return "", 422\n');
      const titles = await waitFor(async () => {
        const t = (await codeActions(document, positionOf(document, '422', 1), 'refactor.rewrite')).map((a) => a.title);
        return t.includes('Write 422 as HTTPStatus.UNPROCESSABLE_CONTENT') ? t : undefined;
      }, 'the 3.13 name once the pin is read');
      assert.ok(!titles.includes('Write 422 as HTTPStatus.UNPROCESSABLE_ENTITY'), titles.join(', '));
    } finally {
      await closeAll();
      for (const f of [pin, vscode.Uri.joinPath(folder, 'convert422.py')]) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
    }
  });

  it('offers no conversion where the file uses no table', async () => {
    const { document } = await openDoc('javascript', 'res.status(404).end();\n');
    assert.deepEqual(await codeActions(document, positionOf(document, '404', 1), 'refactor.rewrite'), []);
  });
});
