// Harness smoke: the extension is installed in the real extension host, its command activates
// it, and after activation every command it contributes is registered.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor } from './helpers';

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in the extension host`);
  return ext;
}

function contributedCommands(): string[] {
  const pkg = extension().packageJSON as { contributes?: { commands?: { command: string }[] } };
  return (pkg.contributes?.commands ?? []).map((c) => c.command);
}

describe('extension activation', () => {
  it('is installed from this checkout with its manifest', () => {
    const ext = extension();
    const pkg = ext.packageJSON as { name: string; publisher: string; main: string };
    assert.equal(`${pkg.publisher}.${pkg.name}`, EXTENSION_ID);
    assert.match(pkg.main, /dist\/extension\.js$/);
  });

  it('activates without loading the features, and loads them on first use', async () => {
    const ext = extension();
    const features = require.resolve(`${ext.extensionPath}/dist/features.js`);
    await ext.activate();
    assert.equal(require.cache[features], undefined, 'dist/features.js is not loaded by activation');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(registered.has('statusCodes.showResponse'), 'the entry registers the commands');
    const doc = await vscode.workspace.openTextDocument({ language: 'javascript', content: 'res.status(404).end();\n' });
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 12))) ?? [];
    assert.ok(hovers.some((h) => h.contents.some((c) => /HTTP 404 Not Found/.test(typeof c === 'string' ? c : c.value))), 'the first hover is answered');
    assert.ok(require.cache[features], 'the first hover loaded dist/features.js');
  });

  it('contributes statusCodes.lookup', () => {
    assert.ok(contributedCommands().includes('statusCodes.lookup'), `contributed: ${contributedCommands().join(', ')}`);
  });

  it('activates when statusCodes.lookup runs', async () => {
    const ext = extension();
    // The command opens a quick pick and settles only when it closes: do not await it yet.
    let commandError: unknown;
    const running = Promise.resolve(vscode.commands.executeCommand('statusCodes.lookup')).then(
      () => undefined,
      (e: unknown) => { commandError = e; },
    );
    await waitFor(() => ext.isActive || commandError !== undefined, 'the extension to be active', 10_000);
    // Let the quick pick open, then close it so the command can finish.
    await new Promise((r) => setTimeout(r, 300));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await Promise.race([running, new Promise((r) => setTimeout(r, 5_000))]);
    assert.equal(commandError, undefined, `statusCodes.lookup failed: ${String(commandError)}`);
    assert.equal(ext.isActive, true);
  });

  it('registers every contributed command once active', async () => {
    await extension().activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(registered.has('statusCodes.lookup'), 'statusCodes.lookup is not registered');
    const missing = contributedCommands().filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });
});
