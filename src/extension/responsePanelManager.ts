// The response views, as markdown-language-features' previewManager.ts manages previews: one
// view is reused for every code shown (opened beside the editor once), with back and forward
// through the codes it showed; "Keep Open" pins a view, and the next code opens in a new one.
// It also restores views after a reload, re-renders them on a settings change, and loads shiki
// once, on the first render, never at activation.
import vscode = require('vscode');
import type { ResolvedCode } from '../core/types';
import { parseViewState, RESPONSE_VIEW_TYPE } from '../common/messages';
import { onDidChangeSettings } from './config';
import type * as HighlighterModule from './highlight/highlighter';
import type { WebviewAssets } from './highlight/responsePage';
import type { Platform } from './features';
import { log, registerCommand } from './log';
import { ResponsePanel, sameCode, type PanelHost } from './responsePanel';
import { resolveTarget } from './target';
import { Disposable } from './util/dispose';
import { host } from './host';

export interface ResponsePanels {
  /** Shows a code: in a kept view that already shows it, else in the reused view. */
  show(r: ResolvedCode): void;
}

const RESPONSE_COMMANDS = {
  back: 'statusCodes.response.back',
  forward: 'statusCodes.response.forward',
  keepOpen: 'statusCodes.response.keepOpen',
  reuse: 'statusCodes.response.reuse',
} as const;

/** Context keys of the active response view, for its title bar buttons. */
const CONTEXT = {
  canGoBack: 'statusCodes.response.canGoBack',
  canGoForward: 'statusCodes.response.canGoForward',
  kept: 'statusCodes.response.kept',
} as const;

class ResponsePanelManager extends Disposable implements ResponsePanels, PanelHost, vscode.WebviewPanelSerializer {
  /** The view the next code is shown in; undefined until one is opened (or after it was kept or closed). */
  private reused: ResponsePanel | undefined;
  private readonly kept = new Set<ResponsePanel>();
  private loading: Promise<HighlighterModule.Highlighter | undefined> | undefined;
  private assetsLoading: Promise<WebviewAssets | undefined> | undefined;
  private context: Record<string, boolean> = {};
  readonly webviewRoot: vscode.Uri;

  constructor(
    private readonly platform: Pick<Platform, 'loadHighlighter' | 'readFile'>,
    readonly extensionUri: vscode.Uri,
    readonly mockServers: boolean,
  ) {
    super();
    this.webviewRoot = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this._register(host().window.registerWebviewPanelSerializer(RESPONSE_VIEW_TYPE, this));
    this._register(onDidChangeSettings(() => this.all().forEach((p) => p.refresh())));
    this._register({ dispose: () => this.all().forEach((p) => p.dispose()) });
    const onActive = (run: (p: ResponsePanel) => void) => () => {
      const p = this.activePanel();
      if (p) run(p);
    };
    this._register(registerCommand(RESPONSE_COMMANDS.back, onActive((p) => p.go('back'))));
    this._register(registerCommand(RESPONSE_COMMANDS.forward, onActive((p) => p.go('forward'))));
    this._register(registerCommand(RESPONSE_COMMANDS.keepOpen, onActive((p) => this.keep(p, true))));
    this._register(registerCommand(RESPONSE_COMMANDS.reuse, onActive((p) => this.keep(p, false))));
  }

  show(r: ResolvedCode): void {
    const kept = [...this.kept].find((p) => sameCode(p.resolved, r));
    if (kept) return kept.reveal();
    if (this.reused) {
      return this.reused.navigate(r, { reveal: true });
    }
    const panel = vscode.window.createWebviewPanel(RESPONSE_VIEW_TYPE, r.code, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, this.options());
    this.adopt(panel, r, {});
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = parseViewState(state);
    const r = saved ? resolveTarget(saved.target) : undefined;
    if (!r) {
      // Nothing to restore: the registry no longer has that code.
      panel.dispose();
      return;
    }
    panel.webview.options = this.options();
    // Only one view is reused; any other restored view stays as a kept one.
    this.adopt(panel, r, { tab: saved?.tab, kept: saved?.kept === true || this.reused !== undefined });
  }

  assets(): Promise<WebviewAssets | undefined> {
    this.assetsLoading ??= (async () => {
      try {
        const read = async (name: string) => new TextDecoder().decode(await this.platform.readFile(vscode.Uri.joinPath(this.webviewRoot, name)));
        const [script, style] = await Promise.all([read('main.js'), read('style.css')]);
        return { script, style };
      } catch (e) {
        // The page links them instead (a web host may serve the extension's files to the webview only).
        log.info(`The response view links its script and stylesheet: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    })();
    return this.assetsLoading;
  }

  highlighter(): Promise<HighlighterModule.Highlighter | undefined> {
    this.loading ??= (async () => {
      try {
        return await (await this.platform.loadHighlighter()).loadHighlighter();
      } catch (e) {
        log.error('Syntax highlighting is unavailable', e);
        return undefined;
      }
    })();
    return this.loading;
  }

  didNavigate(): void {
    const p = this.activePanel();
    this.setContext({ [CONTEXT.canGoBack]: !!p?.canGoBack, [CONTEXT.canGoForward]: !!p?.canGoForward, [CONTEXT.kept]: !!p?.kept });
  }

  private keep(p: ResponsePanel, kept: boolean): void {
    if (kept) {
      this.kept.add(p);
      if (this.reused === p) this.reused = undefined;
    } else {
      // The view that is reused from now on; the one reused until now is kept rather than lost.
      if (this.reused && this.reused !== p) this.keepPanel(this.reused);
      this.kept.delete(p);
      this.reused = p;
    }
    p.setKept(kept);
  }

  private keepPanel(p: ResponsePanel): void {
    this.kept.add(p);
    p.setKept(true);
  }

  private all(): ResponsePanel[] {
    return [...(this.reused ? [this.reused] : []), ...this.kept];
  }

  private activePanel(): ResponsePanel | undefined {
    return this.all().find((p) => p.active);
  }

  private setContext(values: Record<string, boolean>): void {
    for (const [key, value] of Object.entries(values)) {
      if (this.context[key] === value) continue;
      this.context[key] = value;
      void vscode.commands.executeCommand('setContext', key, value);
    }
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, enableFindWidget: true, localResourceRoots: [this.webviewRoot] };
  }

  private adopt(panel: vscode.WebviewPanel, r: ResolvedCode, options: { tab?: string; kept?: boolean }): void {
    const p = new ResponsePanel(panel, r, this, options);
    if (options.kept) this.kept.add(p);
    else this.reused = p;
    p.onDidDispose(() => {
      this.kept.delete(p);
      if (this.reused === p) this.reused = undefined;
      this.didNavigate();
    });
    this.didNavigate();
  }
}

/** How a platform loads the highlighter module (shiki): a separate bundle in node, bundled in on the web. */
export type HighlighterLoader = () => Promise<typeof HighlighterModule>;

export function registerResponsePanels(context: vscode.ExtensionContext, platform: Platform): ResponsePanels {
  const manager = new ResponsePanelManager(platform, context.extensionUri, platform.mockServers);
  context.subscriptions.push(manager);
  return manager;
}

