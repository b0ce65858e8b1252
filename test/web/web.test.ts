// The extension in the web worker extension host (vscode.dev's): hover, inlay hints, diagnostics,
// a command, the sidebar tree, the response view and shiki, and no mock servers.
import * as vscode from 'vscode';
import { loadHighlighter } from '../../src/extension/highlight/highlighter';
import type { StatusCodesApi } from '../../src/extension/features';

const EXTENSION_ID = 'status-codes-team.status-codes';

function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function api(): Promise<StatusCodesApi> {
  const ext = vscode.extensions.getExtension<StatusCodesApi>(EXTENSION_ID);
  ok(ext, `${EXTENSION_ID} is installed`);
  return ext.activate();
}

/**
 * A new untitled document with `content`, shown. VS Code reuses the name of an untitled document
 * just closed (Untitled-1), and the extension host may still hold the closing one under that URI:
 * ask again until the document answered is the one asked for.
 */
async function show(language: string, content: string): Promise<vscode.TextDocument> {
  const doc = await waitFor(async () => {
    const d = await vscode.workspace.openTextDocument({ language, content });
    return d.getText() === content && !d.isClosed ? d : undefined;
  }, 'a new document holding the text asked for');
  await vscode.window.showTextDocument(doc);
  return doc;
}

function text(h: vscode.Hover): string {
  return h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('web extension host', () => {
  before(async () => {
    await api();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs the browser entry in a web worker', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    ok(ext?.isActive, 'active');
    ok(ext.extensionKind === vscode.ExtensionKind.UI || ext.extensionKind === vscode.ExtensionKind.Workspace, 'has a kind');
    ok(typeof (globalThis as { process?: unknown }).process === 'undefined' || !(globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, 'no Node here');
  });

  it('hovers res.status(404)', async () => {
    const doc = await show('javascript', 'app.get("/", (req, res) => res.status(404).json({}));\n');
    const hovers = await waitFor(async () => {
      const h = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 39))) ?? [];
      return h.some((x) => /HTTP 404 Not Found/.test(text(x))) ? h : undefined;
    }, 'our hover');
    ok(hovers.length > 0, 'a hover');
  });

  it('shows the phrase as an inlay hint, and an unassigned code as a hint diagnostic', async () => {
    const doc = await show('javascript', 'res.status(452).end();\nres.status(201).end();\n');
    let labels: string[] = [];
    await waitFor(async () => {
      const hints = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, 2, 0))) ?? [];
      labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
      return labels.includes('Created') && labels.includes('unassigned');
    }, 'the hints Created and unassigned').catch(() => ok(false, `hints: ${labels.join(', ')}`));
    const diags = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'Status Codes');
      return d.length ? d : undefined;
    }, 'a diagnostic on 452');
    ok(diags.some((d) => d.range.start.line === 0), `diagnostics: ${diags.map((d) => d.message).join(' | ')}`);
  });

  it('lists the protocols in the sidebar tree', async () => {
    const reference = (await api()).reference;
    const roots = (await reference.getChildren()) ?? [];
    const labels = await Promise.all(roots.map(async (n) => {
      const item = await reference.getTreeItem(n);
      return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    }));
    ok(labels.some((l) => l.startsWith('HTTP')) && labels.some((l) => l.startsWith('SMTP')), `roots: ${labels.join(', ')}`);
  });

  it('opens the response view from a command', async () => {
    await vscode.commands.executeCommand('statusCodes.showResponse', { protocol: 'http', code: '418' });
    const tab = await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => /418/.test(t.label)), 'a response view tab');
    ok(tab.input instanceof vscode.TabInputWebview, 'the tab is a webview');
  });

  it('highlights with shiki in the web worker', async () => {
    const hl = await loadHighlighter();
    await hl.prepare(['javascript']);
    const lines = hl.tokens('res.status(404).json({ ok: false });', 'javascript');
    ok(lines && lines[0] && lines[0].length > 3, 'javascript is tokenised');
  });

  it('has no mock server commands (they need Node)', async () => {
    const commands = await vscode.commands.getCommands(true);
    ok(commands.includes('statusCodes.lookup'), 'Look Up is registered');
    ok(!commands.includes('statusCodes.startMockServer'), 'no Start Mock Server');
  });
});
