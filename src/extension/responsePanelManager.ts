// The response views: which panels are open (one per code; showing a code again reveals its
// panel), restoring them after a reload, re-rendering on a settings change, and shiki, loaded once
// on the first render, never at activation (as markdown-language-features' previewManager.ts).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ResolvedCode } from '../core/types';
import { parseViewState, RESPONSE_VIEW_TYPE } from '../common/messages';
import { onDidChangeSettings } from './config';
import type * as HighlighterModule from './highlight/highlighter';
import { log } from './log';
import { panelKey, ResponsePanel, type PanelHost } from './responsePanel';
import { resolveTarget } from './target';
import { Disposable } from './util/dispose';

export interface ResponsePanels {
  /** Opens (or reveals) the panel of a code. */
  show(r: ResolvedCode): void;
}

class ResponsePanelManager extends Disposable implements ResponsePanels, PanelHost, vscode.WebviewPanelSerializer {
  private readonly panels = new Map<string, ResponsePanel>();
  private loading: Promise<HighlighterModule.Highlighter | undefined> | undefined;
  readonly warmLanguages = new Set<string>();
  readonly extensionUri: vscode.Uri;
  readonly webviewRoot: vscode.Uri;

  constructor(private readonly extensionPath: string, extensionUri: vscode.Uri) {
    super();
    this.extensionUri = extensionUri;
    this.webviewRoot = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this._register(vscode.window.registerWebviewPanelSerializer(RESPONSE_VIEW_TYPE, this));
    this._register(onDidChangeSettings(() => this.panels.forEach((p) => p.refresh())));
    this._register({ dispose: () => [...this.panels.values()].forEach((p) => p.dispose()) });
  }

  show(r: ResolvedCode): void {
    const existing = this.panels.get(panelKey(r));
    if (existing) return existing.reveal();
    const panel = vscode.window.createWebviewPanel(RESPONSE_VIEW_TYPE, r.code, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, this.options());
    this.adopt(panel, r);
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = parseViewState(state);
    const r = saved ? resolveTarget(saved.target) : undefined;
    if (!r || this.panels.has(panelKey(r))) {
      // Nothing to restore (the registry changed), or that code is already shown.
      panel.dispose();
      return;
    }
    panel.webview.options = this.options();
    this.adopt(panel, r, saved?.tab);
  }

  highlighter(): Promise<HighlighterModule.Highlighter | undefined> {
    this.loading ??= (async () => {
      try {
        // A plain require of a separate bundle: esbuild leaves it alone, so shiki stays out of extension.js.
        const mod = require(path.join(this.extensionPath, 'dist', 'highlighter.js')) as typeof HighlighterModule;
        return await mod.loadHighlighter();
      } catch (e) {
        log.error('Syntax highlighting is unavailable', e);
        return undefined;
      }
    })();
    return this.loading;
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, enableFindWidget: true, localResourceRoots: [this.webviewRoot] };
  }

  private adopt(panel: vscode.WebviewPanel, r: ResolvedCode, tab?: string): void {
    const key = panelKey(r);
    const p = new ResponsePanel(panel, r, this, tab);
    this.panels.set(key, p);
    p.onDidDispose(() => {
      if (this.panels.get(key) === p) this.panels.delete(key);
    });
  }
}

export function registerResponsePanels(context: vscode.ExtensionContext): ResponsePanels {
  const manager = new ResponsePanelManager(context.extensionPath, context.extensionUri);
  context.subscriptions.push(manager);
  return manager;
}
