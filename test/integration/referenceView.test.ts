import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api } from './helpers';

describe('reference sidebar', () => {
  it('is a tree of protocol -> class -> code', async () => {
    const { reference } = await api();
    reference.setFilter('');
    const protocols = reference.getChildren();
    assert.deepEqual(protocols.map((p) => reference.getTreeItem(p).label), ['HTTP', 'SMTP', 'SMTP enhanced', 'gRPC', 'WebSocket', 'FTP']);
    const classes = reference.getChildren(protocols[0]);
    assert.deepEqual(classes.map((c) => String(reference.getTreeItem(c).label).slice(0, 3)), ['1xx', '2xx', '3xx', '4xx', '5xx']);
    const clientErrors = reference.getChildren(classes[3]);
    const item404 = clientErrors.map((c) => reference.getTreeItem(c)).find((i) => i.label === '404');
    assert.ok(item404);
    assert.equal(item404.description, 'Not Found');
    assert.equal(item404.command?.command, 'statusCodes.showResponse');
    assert.equal(item404.contextValue, 'code.http');
    // nginx 444 gets no insert or copy-response menus (package.json matches `== code.http`).
    const item444 = clientErrors.map((c) => reference.getTreeItem(c)).find((i) => i.label === '444');
    assert.equal(item444?.contextValue, 'code.http.notSent');
  });

  it('filters by text through its command, and clears', async () => {
    const { reference } = await api();
    await vscode.commands.executeCommand('statusCodes.reference.filter', 'storage');
    const codes: string[] = [];
    const walk = (node?: Parameters<typeof reference.getChildren>[0]): void => {
      for (const child of reference.getChildren(node)) {
        if (child.kind === 'code') codes.push(`${child.resolved.protocol}:${child.resolved.code}`);
        else walk(child);
      }
    };
    walk();
    assert.ok(codes.includes('http:507'), codes.join());
    assert.ok(codes.includes('smtp:452'), codes.join());
    assert.ok(!codes.includes('http:404'));
    await vscode.commands.executeCommand('statusCodes.reference.clearFilter');
    assert.equal(reference.filter, '');
    assert.equal(reference.getChildren().length, 6);
  });

  it('holds the whole registry', async () => {
    const { reference } = await api();
    let n = 0;
    for (const p of reference.getChildren()) for (const c of reference.getChildren(p)) for (const code of reference.getChildren(c)) (reference.getTreeItem(code), n++);
    assert.ok(n > 200, `${n} codes`);
  });
});

describe('reference sidebar: gRPC, WebSocket and FTP branches', () => {
  const branch = (reference: Awaited<ReturnType<typeof api>>['reference'], label: string) => {
    const node = reference.getChildren().find((p) => reference.getTreeItem(p).label === label);
    assert.ok(node, `a ${label} branch`);
    return node;
  };
  const codesUnder = (reference: Awaited<ReturnType<typeof api>>['reference'], node: ReturnType<typeof branch>) =>
    reference.getChildren(node).flatMap((c) => reference.getChildren(c).map((code) => reference.getTreeItem(code)));

  it('lists gRPC 0-16 under OK and errors, each opening the response view', async () => {
    const { reference } = await api();
    reference.setFilter('');
    const grpc = branch(reference, 'gRPC');
    assert.deepEqual(reference.getChildren(grpc).map((c) => reference.getTreeItem(c).label), ['OK Success', '1-16 Error']);
    const items = codesUnder(reference, grpc);
    assert.deepEqual(items.map((i) => i.label), Array.from({ length: 17 }, (_, i) => String(i)));
    const notFound = items.find((i) => i.label === '5')!;
    assert.equal(notFound.description, 'Not Found');
    assert.equal(notFound.contextValue, 'code.grpc');
    assert.equal(notFound.command?.command, 'statusCodes.showResponse');
  });

  it('lists WebSocket codes by block with the private range, and FTP by class', async () => {
    const { reference } = await api();
    reference.setFilter('');
    const ws = codesUnder(reference, branch(reference, 'WebSocket')).map((i) => i.label);
    for (const c of ['1000', '1008', '1011', '1012', '3000', '4000-4999']) assert.ok(ws.includes(c), `WebSocket ${c}: ${ws.join()}`);
    const ftp = reference.getChildren(branch(reference, 'FTP')).map((c) => String(reference.getTreeItem(c).label).slice(0, 3));
    assert.deepEqual(ftp, ['1yz', '2yz', '3yz', '4yz', '5yz', '6yz']);
    assert.ok(codesUnder(reference, branch(reference, 'FTP')).some((i) => i.label === '550' && i.contextValue === 'code.ftp'));
  });

  it('filters to an FTP code named with its protocol', async () => {
    const { reference } = await api();
    await vscode.commands.executeCommand('statusCodes.reference.filter', 'ftp 550');
    assert.deepEqual(reference.getChildren().map((p) => reference.getTreeItem(p).label), ['FTP']);
    await vscode.commands.executeCommand('statusCodes.reference.clearFilter');
  });
});

describe('reference sidebar: IANA only and expansion', () => {
  it('hides vendor codes with the toggle, and shows them again', async () => {
    const { reference } = await api();
    await vscode.commands.executeCommand('statusCodes.reference.clearFilter');
    const codes = (): string[] => {
      const out: string[] = [];
      const walk = (node?: Parameters<typeof reference.getChildren>[0]): void => {
        for (const child of reference.getChildren(node)) {
          if (child.kind === 'code') out.push(`${child.resolved.entry.id}|${child.resolved.code}`);
          else walk(child);
        }
      };
      walk();
      return out;
    };
    const all = codes();
    assert.ok(all.some((c) => c.startsWith('http:499@nginx')));
    await vscode.commands.executeCommand('statusCodes.reference.ianaOnly');
    assert.equal(reference.ianaOnly, true);
    const iana = codes();
    assert.ok(!iana.some((c) => c.includes('@')), iana.filter((c) => c.includes('@')).join());
    assert.ok(iana.includes('http:404|404'));
    await vscode.commands.executeCommand('statusCodes.reference.filter', 'nginx');
    assert.deepEqual(codes(), []);
    await vscode.commands.executeCommand('statusCodes.reference.showVendorCodes');
    assert.ok(codes().length >= 5);
    await vscode.commands.executeCommand('statusCodes.reference.clearFilter');
    assert.deepEqual(codes(), all);
  });

  it('filters to the same codes as the CLI (storage: 7, FTP 452 and 552 among them)', async () => {
    const { reference } = await api();
    await vscode.commands.executeCommand('statusCodes.reference.filter', 'storage');
    const shown: string[] = [];
    for (const p of reference.getChildren()) for (const c of reference.getChildren(p)) for (const code of reference.getChildren(c)) if (code.kind === 'code') shown.push(`${code.resolved.protocol}:${code.resolved.code}`);
    assert.deepEqual(shown.sort(), ['ftp:452', 'ftp:552', 'http:507', 'smtp-enhanced:4.3.1', 'smtp-enhanced:5.3.1', 'smtp:452', 'smtp:552']);
    assert.equal(reference.count(), 7);
    await vscode.commands.executeCommand('statusCodes.reference.clearFilter');
  });

  it('keeps what the user expanded when a filter clears', async () => {
    const { reference } = await api();
    await vscode.commands.executeCommand('statusCodes.reference.clearFilter');
    const http = reference.getChildren()[0]!;
    const clientErrors = reference.getChildren(http)[3]!;
    assert.equal(reference.getTreeItem(clientErrors).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    reference.noteExpansion(clientErrors, true);
    await vscode.commands.executeCommand('statusCodes.reference.filter', 'teapot');
    const filteredClass = reference.getChildren(reference.getChildren()[0]!)[0]!;
    assert.equal(reference.getTreeItem(filteredClass).collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    await vscode.commands.executeCommand('statusCodes.reference.clearFilter');
    const again = reference.getChildren(reference.getChildren()[0]!)[3]!;
    assert.equal(reference.getTreeItem(again).collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    assert.equal(reference.getTreeItem(reference.getChildren(reference.getChildren()[0]!)[2]!).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    reference.noteExpansion(again, false);
  });
});
