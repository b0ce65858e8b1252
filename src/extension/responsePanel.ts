// The response webview: one panel per code, reused. (First cut: plain text; the full panel replaces it.)
import * as vscode from 'vscode';
import { codeReport } from '../core/render/report';
import type { ResolvedCode } from '../core/types';
import { getSettings } from './config';

export interface ResponsePanels {
  /** Opens (or reveals) the panel of a code. */
  show(r: ResolvedCode): void;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function registerResponsePanel(context: vscode.ExtensionContext): ResponsePanels {
  const open = new Map<string, vscode.WebviewPanel>();
  return {
    show(r) {
      const existing = open.get(r.code + r.entry.id);
      if (existing) {
        existing.reveal();
        return;
      }
      const panel = vscode.window.createWebviewPanel('statusCodes.response', `${r.code} ${r.entry.phrase}`, vscode.ViewColumn.Beside, {
        enableScripts: false,
        localResourceRoots: [],
      });
      const s = getSettings();
      const report = codeReport(r, { bodyStyle: s.bodyStyle, curlBase: s.curlBaseUrl });
      panel.webview.html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';"></head><body><h1>${escapeHtml(`${report.code} ${report.phrase}`)}</h1><pre>${escapeHtml(report.raw ?? report.smtpReply ?? '')}</pre></body></html>`;
      open.set(r.code + r.entry.id, panel);
      panel.onDidDispose(() => open.delete(r.code + r.entry.id), undefined, context.subscriptions);
    },
  };
}
