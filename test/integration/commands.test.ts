import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openDoc, setSetting, waitFor } from './helpers';

describe('palette commands', () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await setSetting('curl.baseUrl', undefined);
    await setSetting('snippets.defaultFramework', undefined);
    await closeAll();
  });

  it('registers every contributed command', async () => {
    const ext = vscode.extensions.getExtension('status-codes-team.status-codes')!;
    const contributed = (ext.packageJSON.contributes.commands as Array<{ command: string }>).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of contributed) assert.ok(registered.has(c), c);
  });

  it('inserts the Rails snippet for SMTP 452 as status: 452 with tab stops on the key', async () => {
    const editor = await openDoc('ruby', '');
    await vscode.commands.executeCommand('statusCodes.insertSnippet', { protocol: 'smtp', code: '452', framework: 'rails' });
    const text = editor.document.getText();
    assert.match(text, /render json: \{ error: "insufficient_storage", message: "Insufficient Storage" \},\n\s+status: 452/);
    assert.doesNotMatch(text, /:insufficient_storage/);
    // The snippet's first tab stop selects the error key.
    assert.equal(editor.document.getText(editor.selection), 'insufficient_storage');
  });

  it('inserts the Go snippet with the named constant only where it maps to that code', async () => {
    const editor = await openDoc('go', '');
    await vscode.commands.executeCommand('statusCodes.insertSnippet', { protocol: 'http', code: '507', framework: 'go-net-http' });
    assert.match(editor.document.getText(), /w\.WriteHeader\(http\.StatusInsufficientStorage\)/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const editor2 = await openDoc('go', '');
    await vscode.commands.executeCommand('statusCodes.insertSnippet', { protocol: 'smtp', code: '452', framework: 'go-net-http' });
    assert.match(editor2.document.getText(), /w\.WriteHeader\(452\)/);
  });

  it('inserts into the editor that sits behind the response view in its group, and brings it to the front', async () => {
    const editor = await openDoc('javascript', '');
    const doc = editor.document;
    await vscode.commands.executeCommand('statusCodes.showResponse', { protocol: 'http', code: '404' });
    await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /404/.test(t.label)), 'the response view').catch((e: Error) => {
      throw new Error(`${e.message}; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => `${g.viewColumn}:${t.label}:${t.input?.constructor.name}`)).join(', ')}`);
    });
    // The view over the editor, in the editor's own group: the editor is hidden behind it.
    await vscode.commands.executeCommand('workbench.action.moveEditorToFirstGroup');
    await waitFor(() => !vscode.window.visibleTextEditors.some((e) => e.document === doc) || undefined, 'the editor hidden behind the view');
    await vscode.commands.executeCommand('statusCodes.insertSnippet', { protocol: 'http', code: '404', framework: 'express' });
    assert.match(doc.getText(), /res\.status\(404\)/);
    assert.equal(vscode.window.activeTextEditor?.document, doc, 'the editor is in front again');
  });

  it('with no editor open, says so and changes nothing', async () => {
    await closeAll();
    await waitFor(() => vscode.window.activeTextEditor === undefined, 'no active editor after closing them all');
    const before = vscode.workspace.textDocuments.map((d) => d.getText());
    await vscode.commands.executeCommand('statusCodes.insertSnippet', { protocol: 'http', code: '404', framework: 'express' });
    assert.deepEqual(vscode.workspace.textDocuments.map((d) => d.getText()), before);
  });

  it('rejects malformed targets without throwing', async () => {
    const editor = await openDoc('javascript', 'x');
    for (const arg of [{ protocol: 'gopher', code: '1' }, { protocol: 'http', code: '999' }, 'nonsense', 42, { protocol: 'http', code: { evil: true } }]) {
      await vscode.commands.executeCommand('statusCodes.insertSnippet', arg);
      await vscode.commands.executeCommand('statusCodes.showResponse', arg);
      await vscode.commands.executeCommand('statusCodes.copyCurl', arg);
    }
    assert.equal(editor.document.getText(), 'x');
  });

  it('copies the curl line with the configured base, and falls back on a malformed base', async () => {
    await vscode.commands.executeCommand('statusCodes.copyCurl', { protocol: 'smtp', code: '452' });
    assert.equal(await vscode.env.clipboard.readText(), "curl -i 'https://httpbin.org/status/452?protocol=smtp'");
    await setSetting('curl.baseUrl', 'http://127.0.0.1:8080/');
    await vscode.commands.executeCommand('statusCodes.copyCurl', { protocol: 'http', code: '404' });
    assert.equal(await vscode.env.clipboard.readText(), 'curl -i http://127.0.0.1:8080/status/404');
    await setSetting('curl.baseUrl', 'not a url');
    await vscode.commands.executeCommand('statusCodes.copyCurl', { protocol: 'http', code: '418' });
    assert.equal(await vscode.env.clipboard.readText(), 'curl -i https://httpbin.org/status/418');
  });

  it('copies the SMTP reply and the raw response', async () => {
    await vscode.commands.executeCommand('statusCodes.copySmtpReply', { protocol: 'smtp-enhanced', code: '5.1.1' });
    assert.match(await vscode.env.clipboard.readText(), /^550 5\.1\.1 /);
    await vscode.commands.executeCommand('statusCodes.copyRawResponse', { protocol: 'smtp', code: '452' });
    const raw = await vscode.env.clipboard.readText();
    assert.match(raw, /^HTTP\/1\.1 452 Insufficient Storage\nContent-Type: application\/json\nDate: .+ GMT\nContent-Length: 68\n\n/);
  });

  it('opens one response view, reused for the next code', async () => {
    const count = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('statusCodes.response')).length;
    await vscode.commands.executeCommand('statusCodes.showResponse', { protocol: 'smtp', code: '452' });
    await waitFor(() => count() === 1 || undefined, 'a response panel');
    await vscode.commands.executeCommand('statusCodes.showResponse', { protocol: 'smtp', code: '452' });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(count(), 1);
    await vscode.commands.executeCommand('statusCodes.showResponse', { protocol: 'http', code: '507' });
    const labels = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
    await waitFor(() => labels().some((l) => l.startsWith('507')) || undefined, 'the view shows 507');
    assert.equal(count(), 1);
  });
});
