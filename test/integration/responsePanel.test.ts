// The response webview inside the real extension host: one view reused for every code shown, with
// back and forward; Keep Open pins a view; shiki loaded only when a view is first shown; views
// survive settings changes.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, closeAll, EXTENSION_ID, setSetting, waitFor } from './helpers';

const VIEW_TYPE = 'statusCodes.response';

function responseTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes(VIEW_TYPE));
}

async function show(arg: unknown): Promise<void> {
  await vscode.commands.executeCommand('statusCodes.showResponse', arg);
}

async function tabsSettle(count: number, what: string): Promise<vscode.Tab[]> {
  await waitFor(() => responseTabs().length === count || undefined, `${count} response panel(s): ${what}`);
  // Give a stray duplicate time to appear before concluding.
  await new Promise((r) => setTimeout(r, 300));
  const tabs = responseTabs();
  assert.equal(tabs.length, count, `${what}: ${tabs.map((t) => t.label).join(' | ')}`);
  return tabs;
}

describe('response panel', () => {
  let extensionPath: string;
  before(async () => {
    await api();
    extensionPath = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
  });
  afterEach(async () => {
    await setSetting('response.bodyStyle', undefined);
    await setSetting('curl.baseUrl', undefined);
    await closeAll();
  });

  it('keeps shiki out of the entry and the features bundle', () => {
    for (const bundle of ['extension.js', 'features.js']) {
      const text = readFileSync(path.join(extensionPath, 'dist', bundle), 'utf8');
      assert.doesNotMatch(text, /createHighlighterCore|@shikijs|vscode-textmate/, bundle);
    }
    assert.match(readFileSync(path.join(extensionPath, 'dist', 'features.js'), 'utf8'), /require\([^)]*"highlighter\.js"\)/);
  });

  it('opens a webview panel for SMTP 452 and loads the highlighter on first use', async () => {
    await closeAll();
    await show({ protocol: 'smtp', code: '452' });
    const [tab] = await tabsSettle(1, 'after the first show');
    assert.match(tab!.label, /452/);
    assert.match(tab!.label, /SMTP/);
    const highlighter = path.join(extensionPath, 'dist', 'highlighter.js');
    await waitFor(() => require.cache[highlighter] !== undefined || undefined, 'dist/highlighter.js required by the panel', 10_000);
  });

  it('opens the response view for gRPC 5, and for a WebSocket range from its tree item', async () => {
    await closeAll();
    await show({ protocol: 'grpc', code: '5', id: 'grpc:5' });
    const [tab] = await tabsSettle(1, 'gRPC 5');
    assert.equal(tab!.label, 'gRPC 5 Not Found');
    const { reference } = await api();
    reference.setFilter('websocket 4001');
    const range = reference.getChildren(reference.getChildren()[0]!).flatMap((c) => reference.getChildren(c))[0]!;
    await vscode.commands.executeCommand('statusCodes.showResponse', reference.getTreeItem(range).command!.arguments![0]);
    await waitFor(() => responseTabs().some((t) => t.label === 'WebSocket 4001 Private Use') || undefined, 'the view shows WebSocket 4001');
    reference.setFilter('');
  });

  it('reveals the same panel when the same code is shown again', async () => {
    await closeAll();
    await show({ protocol: 'smtp', code: '452' });
    await tabsSettle(1, 'first show');
    await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
    await show({ protocol: 'smtp', code: '452' });
    const [tab] = await tabsSettle(1, 'same code twice');
    await waitFor(() => tab!.isActive || responseTabs()[0]?.isActive || undefined, 'the panel is active again');
  });

  it('shows every code in one view (4.3.1 is not 5.3.1), and back and forward walk them', async () => {
    await closeAll();
    await show({ protocol: 'smtp', code: '452' });
    await tabsSettle(1, 'SMTP 452');
    // Tree items carry their code in `target`.
    await show({ target: { protocol: 'http', code: '404' } });
    const [tab] = await tabsSettle(1, 'HTTP 404 in the same view');
    await waitFor(() => (/^404 /.test(responseTabs()[0]?.label ?? '') ? true : undefined), `the view shows HTTP 404 (${tab!.label})`);
    await show({ protocol: 'smtp-enhanced', code: '4.3.1' });
    await waitFor(() => (responseTabs()[0]?.label.includes('4.3.1') ? true : undefined), 'the view shows 4.3.1');
    await show({ protocol: 'smtp-enhanced', code: '5.3.1' });
    await waitFor(() => (responseTabs()[0]?.label.includes('5.3.1') ? true : undefined), 'the view shows 5.3.1');
    await tabsSettle(1, 'four codes, one view');
    await vscode.commands.executeCommand('statusCodes.response.back');
    await waitFor(() => (responseTabs()[0]?.label.includes('4.3.1') ? true : undefined), 'back: 4.3.1');
    await vscode.commands.executeCommand('statusCodes.response.back');
    await waitFor(() => (/^404 /.test(responseTabs()[0]?.label ?? '') ? true : undefined), 'back: HTTP 404');
    await vscode.commands.executeCommand('statusCodes.response.forward');
    await waitFor(() => (responseTabs()[0]?.label.includes('4.3.1') ? true : undefined), 'forward: 4.3.1');
    await tabsSettle(1, 'still one view');
  });

  it('keeps a view open when asked: the next code opens in a new view, a kept code is revealed', async () => {
    await closeAll();
    await show({ protocol: 'http', code: '404' });
    await tabsSettle(1, 'HTTP 404');
    await waitFor(() => (responseTabs()[0]?.isActive ? true : undefined), 'the view is active');
    await vscode.commands.executeCommand('statusCodes.response.keepOpen');
    await show({ protocol: 'http', code: '418' });
    const tabs = await tabsSettle(2, 'HTTP 404 kept, 418 in a new view');
    assert.ok(tabs.some((t) => t.label.includes('404')) && tabs.some((t) => t.label.includes('418')), tabs.map((t) => t.label).join(' | '));
    await show({ protocol: 'http', code: '404' });
    await tabsSettle(2, 'HTTP 404 again: the kept view is revealed');
    await waitFor(() => (responseTabs().find((t) => t.label.includes('404'))?.isActive ? true : undefined), 'the kept 404 view is active');
  });

  it('opens the panel again after it was closed', async () => {
    await closeAll();
    await show({ protocol: 'http', code: '503' });
    const [tab] = await tabsSettle(1, 'HTTP 503');
    await vscode.window.tabGroups.close(tab!);
    await tabsSettle(0, 'closed');
    await show({ protocol: 'http', code: '503' });
    await tabsSettle(1, 'HTTP 503 reopened');
  });

  it('keeps open panels (re-rendered, not duplicated) when the settings change', async () => {
    await closeAll();
    await show({ protocol: 'http', code: '404' });
    await waitFor(() => (responseTabs()[0]?.isActive ? true : undefined), 'the view is active');
    await vscode.commands.executeCommand('statusCodes.response.keepOpen');
    await show({ protocol: 'smtp', code: '452' });
    await tabsSettle(2, 'two panels');
    await setSetting('response.bodyStyle', 'problem');
    await setSetting('curl.baseUrl', 'https://status.example.test');
    await new Promise((r) => setTimeout(r, 500));
    await tabsSettle(2, 'after changing settings');
  });

  it('does not open a panel for an unknown or malformed code', async () => {
    await closeAll();
    for (const arg of [{ protocol: 'http', code: '999' }, { protocol: 'gopher', code: '200' }, { protocol: 'ftp', code: '999' }, { protocol: 'http', code: 404 }]) {
      // The command may fall back to a picker for what it cannot resolve: close it.
      const running = Promise.resolve(vscode.commands.executeCommand('statusCodes.showResponse', arg)).catch((e: unknown) => e);
      await new Promise((r) => setTimeout(r, 300));
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      const result = await Promise.race([running, new Promise((r) => setTimeout(() => r('pending'), 3000))]);
      assert.ok(!(result instanceof Error), `${JSON.stringify(arg)}: ${String(result)}`);
    }
    assert.equal(responseTabs().length, 0);
  });
});
