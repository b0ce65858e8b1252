// Shared helpers of the integration tests (inside the real extension host).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StatusCodesApi } from '../../src/extension/features';

export const EXTENSION_ID = 'status-codes-team.status-codes';

export async function api(): Promise<StatusCodesApi> {
  const ext = vscode.extensions.getExtension<StatusCodesApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext.activate();
}

/**
 * A new untitled document with `content`, shown. VS Code reuses the name of an untitled document
 * that was just closed (Untitled-1 again), and until the extension host hears that the old one is
 * gone it can hand back the old document: ask again until the document holds what was asked for.
 */
export async function openDoc(language: string, content: string): Promise<vscode.TextEditor> {
  // A language no installed extension knows (kotlin in a bare code-server) opens as plain text.
  const known = (await vscode.languages.getLanguages()).includes(language);
  const doc = await waitFor(async () => {
    const d = await vscode.workspace.openTextDocument({ language, content });
    return !d.isClosed && d.getText() === content && (!known || d.languageId === language) ? d : undefined;
  }, `a fresh untitled ${language} document`);
  return vscode.window.showTextDocument(doc);
}

/** Writes `name` into the sample workspace (a throwaway copy) and shows it. */
export async function openWorkspaceFile(name: string, content: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the sample workspace is open');
  const uri = vscode.Uri.joinPath(folder.uri, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  const doc = await vscode.workspace.openTextDocument(uri);
  assert.equal(doc.getText(), content, `${name} holds what was written`);
  return vscode.window.showTextDocument(doc);
}

/** The text of every hover at a position whose text mentions our markers. */
export async function hoverTexts(doc: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position)) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
}

/** Our hovers only: they always name the protocol in bold (`**HTTP 404`, `**SMTP 550`). */
export async function ourHovers(doc: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  return (await hoverTexts(doc, position)).filter((t) => /\*\*(HTTP|SMTP|SMTP enhanced|gRPC|WebSocket|FTP) /.test(t));
}

/** Position of the first occurrence of `needle` (plus `offset` characters). */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const index = doc.getText().indexOf(needle);
  assert.ok(index >= 0, `"${needle}" in document`);
  return doc.positionAt(index + offset);
}

/** Closes every editor and waits (a while) until the extension host has let go of the untitled documents. */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const released = () => !vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'untitled' && !d.isClosed);
  await waitFor(released, 'the untitled documents to be released', 2000).catch(() => undefined);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('statusCodes').update(key, value, vscode.ConfigurationTarget.Global);
}

export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
