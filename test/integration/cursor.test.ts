// Commands run without a code act on the code under the cursor at once (the picker is for when
// there is none); their keybindings; hover links close the hover.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openDoc, positionOf, setSetting, waitFor } from './helpers';

const VIEW_TYPE = 'statusCodes.response';

function responseTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes(VIEW_TYPE));
}

/** Runs a command; fails (and closes the picker) when it does not finish, as it would not while a picker waits. */
async function runAtOnce(command: string, ...args: unknown[]): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<'picker'>((resolve) => (timer = setTimeout(() => resolve('picker'), 4000)));
  const outcome = await Promise.race([vscode.commands.executeCommand(command, ...args).then(() => 'done' as const), waited]);
  clearTimeout(timer);
  if (outcome === 'picker') {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.fail(`${command} did not act at once: it is waiting (a picker?)`);
  }
}

/** Opens `content` with the cursor inside `token` (or just after it: `offset` = its length). */
async function cursorOn(language: string, content: string, token: string, offset = 1): Promise<vscode.TextEditor> {
  const editor = await openDoc(language, content);
  const at = positionOf(editor.document, token, offset);
  editor.selection = new vscode.Selection(at, at);
  return editor;
}

describe('commands from the cursor', () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await setSetting('curl.baseUrl', undefined);
    await closeAll();
  });

  it('Copy Code and Copy curl act on the number under the cursor (res.status(204))', async () => {
    await cursorOn('javascript', 'app.delete("/x", (req, res) => res.status(204).end());\n', '204');
    await vscode.env.clipboard.writeText('');
    await runAtOnce('statusCodes.copyCode');
    assert.equal(await vscode.env.clipboard.readText(), '204');
    await setSetting('curl.baseUrl', 'http://127.0.0.1:9');
    await runAtOnce('statusCodes.copyCurl');
    assert.equal(await vscode.env.clipboard.readText(), 'curl -i http://127.0.0.1:9/status/204');
  });

  it('reads a named constant under the cursor (HttpStatus.NO_CONTENT)', async () => {
    await cursorOn('java', 'return ResponseEntity.status(HttpStatus.NO_CONTENT).build();\n', 'NO_CONTENT');
    await vscode.env.clipboard.writeText('');
    await runAtOnce('statusCodes.copyCode');
    assert.equal(await vscode.env.clipboard.readText(), '204');
    await runAtOnce('statusCodes.copyRawResponse');
    assert.match(await vscode.env.clipboard.readText(), /^HTTP\/1\.1 204 No Content\r?\n/);
  });

  it('reads an SMTP code in a mail log (Copy SMTP Reply on 5.1.1)', async () => {
    await cursorOn('log', 'postfix/smtp[1]: to=<a@b.example>, status=bounced (host said: 550 5.1.1 user unknown)\n', '5.1.1');
    await runAtOnce('statusCodes.copySmtpReply');
    assert.match(await vscode.env.clipboard.readText(), /^5\d\d[ -]5\.1\.1 /);
  });

  it('Show Raw Response opens the code under the cursor with no picker', async () => {
    await closeAll();
    await cursorOn('python', 'def gone():\n    return "", 204\n', '204');
    await runAtOnce('statusCodes.showResponse');
    const tab = await waitFor(() => responseTabs()[0], 'a response panel');
    assert.match(tab.label, /204/);
  });

  it('Insert Snippet takes the code from the cursor and asks only for the framework', async () => {
    // Where the snippet goes is the Insert flow's business; here the cursor sits just after the code.
    const editor = await cursorOn('javascript', 'res.status(204);\n', '204', 3);
    let done = false;
    const running = vscode.commands.executeCommand('statusCodes.insertSnippet').then(() => (done = true));
    // The framework pick is the only question: accept its first (preferred) row once it is there.
    for (let i = 0; i < 10 && !done; i++) {
      await new Promise((r) => setTimeout(r, 500));
      if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    await running;
    const text = editor.document.getText();
    assert.ok((text.match(/204/g) ?? []).length >= 2, text);
    assert.doesNotMatch(text, /\b100\b|Continue/, 'no code was picked from a list');
  });

  it('Insert Snippet asks nothing when the file imports its framework (Flask)', async () => {
    const editor = await cursorOn('python', 'from flask import Flask, jsonify\n\napp = Flask(__name__)\nabort(409)\n', '409', 3);
    const running = vscode.commands.executeCommand('statusCodes.insertSnippet');
    const settled = await Promise.race([running.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 3000))]);
    if (!settled) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.ok(settled, 'no quick pick was shown');
    assert.match(editor.document.getText(), /jsonify\([^\n]*\), 409|409\)?$/m);
    assert.match(editor.document.getText(), /"conflict"|'conflict'|Conflict/);
  });

  it('falls back to the picker where the cursor names no code', async () => {
    await cursorOn('javascript', 'const port = 8080;\n', '8080');
    const running = vscode.commands.executeCommand('statusCodes.copyCode');
    await new Promise((r) => setTimeout(r, 800));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await running;
  });

  it('runs hover links on their own target, even with the cursor elsewhere', async () => {
    await cursorOn('javascript', 'res.status(204);\n', '204');
    await runAtOnce('statusCodes.copyCode', { protocol: 'http', code: '404', via: 'hover' });
    assert.equal(await vscode.env.clipboard.readText(), '404');
  });

  it('binds keys that VS Code does not bind by default', async () => {
    const ext = vscode.extensions.getExtension('status-codes-team.status-codes')!;
    const ours = ext.packageJSON.contributes.keybindings as Array<{ command: string; key: string }>;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
    const defaults = JSON.parse(doc.getText().replace(/^\s*\/\/.*$/gm, '')) as Array<{ key: string; command: string }>;
    assert.ok(defaults.length > 300, `${defaults.length} default keybindings`);
    for (const k of ours) {
      const clash = defaults.filter((d) => d.key === k.key && !d.command.startsWith('statusCodes.'));
      const taken = [...new Set(defaults.map((d) => d.key).filter((key) => /^ctrl\+alt\+[^+]+$/.test(key)))].sort();
      assert.deepEqual(clash.map((d) => d.command), [], `${k.key} (${k.command}); taken by default: ${taken.join(' ')}`);
    }
  });
});
