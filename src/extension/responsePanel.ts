// One response view: a webview panel showing one code's report (raw response, curl, SMTP reply,
// snippets), as markdown-language-features has one class per preview (preview.ts). The manager
// (responsePanelManager.ts) creates, restores and finds panels; this class renders and answers
// its webview. The page itself is built by highlight/responsePage.ts.
import * as vscode from 'vscode';
import { codeReport, type CodeReport } from '../core/render/report';
import type { ResolvedCode } from '../core/types';
import { parseWebviewMessage, type HostToWebview, type WebviewToHost } from '../common/messages';
import { getSettings } from './config';
import type { CodeHighlight, RelatedLink } from './highlight/responsePage';
import { codeBlocksOf, highlightAhead, newNonce, pickTab, renderPage } from './highlight/responsePage';
import type { Highlighter } from './highlight/highlighter';
import { insertSnippetBody, targetEditor } from './insert';
import { classLabel, protocolLabel, registryText, statusLabel, unsupportedLabel } from './labels';
import { background, log } from './log';
import { defaultFramework } from './projectFramework';
import { MOCK_COMMANDS } from './mockServer';
import { resolveTarget, targetOf } from './target';
import { Disposable } from './util/dispose';

/** How long a first render waits for colours before showing the page plain meanwhile. */
const PLAIN_AFTER_MS = 300;

/** What a panel needs from its manager. */
export interface PanelHost {
  readonly extensionUri: vscode.Uri;
  readonly webviewRoot: vscode.Uri;
  /** Shiki, loaded once for all panels; undefined when it cannot load (code shown plain). */
  highlighter(): Promise<Highlighter | undefined>;
  /** Languages whose grammars have been compiled once: their pages highlight at once. */
  readonly warmLanguages: Set<string>;
  /** Opens (or reveals) another code's panel. */
  show(r: ResolvedCode): void;
}

export function panelKey(r: ResolvedCode): string {
  return `${r.entry.id}|${r.code}`;
}

function panelTitle(r: ResolvedCode): string {
  return r.protocol === 'http' ? `${r.code} ${r.entry.phrase}` : `${protocolLabel(r.protocol)} ${r.code} ${r.entry.phrase}`;
}

function pageLabels(r: ResolvedCode) {
  return {
    protocol: protocolLabel(r.protocol),
    codeClass: classLabel(r.codeClass),
    status: statusLabel(r.entry.status),
    vendor: vscode.l10n.t('Defined by this vendor'),
    specification: vscode.l10n.t('Specification'),
    errorKey: vscode.l10n.t('Error key'),
    aliases: vscode.l10n.t('Also known as'),
    note: vscode.l10n.t('Note:'),
    registryText: vscode.l10n.t('Registry text'),
    basicCodes: vscode.l10n.t('Basic reply codes'),
    source: vscode.l10n.t('Source:'),
    related: vscode.l10n.t('Related codes'),
    httpResponse: vscode.l10n.t('HTTP response'),
    curl: vscode.l10n.t('Test with curl'),
    curlHint: vscode.l10n.t('The echo service at the base URL (setting statusCodes.curl.baseUrl) answers with this status.'),
    smtpReply: vscode.l10n.t('SMTP reply'),
    smtpReplyMultiline: vscode.l10n.t('Multi-line SMTP reply'),
    snippets: vscode.l10n.t('Return {0} {1} from a framework', r.code, r.entry.phrase),
    frameworks: vscode.l10n.t('Frameworks'),
    copy: vscode.l10n.t('Copy'),
    insert: vscode.l10n.t('Insert'),
    insertTitle: vscode.l10n.t('Insert into the editor at the cursor'),
    unsupported: vscode.l10n.t('Not available:'),
    constant: vscode.l10n.t("The framework's named constant for this status"),
    startMock: vscode.l10n.t('Start Mock Server'),
    testSmtp: vscode.l10n.t('Test SMTP Reply…'),
    copied: vscode.l10n.t('Copied'),
    inserted: vscode.l10n.t('Inserted'),
    failed: vscode.l10n.t('Failed'),
  };
}

export class ResponsePanel extends Disposable {
  /** The report the page shows; copy and insert take their text from here, never from the webview. */
  private report: CodeReport | undefined;
  /** The selected framework tab. */
  private tab: string | undefined;
  /** Bumped per render; a slower older render does not overwrite a newer one. */
  private generation = 0;

  private readonly _onDidDispose = this._register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this._onDidDispose.event;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    readonly resolved: ResolvedCode,
    private readonly host: PanelHost,
    tab?: string,
  ) {
    super();
    this.tab = tab;
    panel.title = panelTitle(resolved);
    panel.iconPath = {
      light: vscode.Uri.joinPath(host.extensionUri, 'media', 'response-light.svg'),
      dark: vscode.Uri.joinPath(host.extensionUri, 'media', 'response-dark.svg'),
    };
    this._register(panel.onDidDispose(() => this.dispose()));
    this._register(
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const msg = parseWebviewMessage(raw);
        if (msg) background(`Webview request ${msg.type}`, this.handle(msg));
      }),
    );
    this.refresh();
  }

  override dispose(): void {
    if (this.isDisposed) return;
    this._onDidDispose.fire();
    super.dispose();
    this.panel.dispose();
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** Renders again (settings changed); a failure is logged. */
  refresh(): void {
    background(`Rendering ${this.resolved.entry.id}`, this.render());
  }

  private post(message: HostToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private async render(): Promise<void> {
    const generation = ++this.generation;
    const stale = (): boolean => generation !== this.generation || this.isDisposed;
    const r = this.resolved;
    const settings = getSettings();
    const report = codeReport(r, { bodyStyle: settings.bodyStyle, curlBase: settings.curlBaseUrl });
    // The core speaks English: its texts are put in the user's language here.
    report.description = registryText(report.description);
    if (report.note) report.note = registryText(report.note);
    for (const s of Object.values(report.snippets)) {
      if ('unsupported' in s) s.unsupported = unsupportedLabel(s.reason, s.label, s.range, r);
    }
    const preferred = this.tab ? undefined : await defaultFramework(vscode.window.activeTextEditor?.document.languageId).catch(() => undefined);
    if (stale()) return;
    this.tab = pickTab(report, [this.tab, preferred]);
    this.report = report;
    const related: RelatedLink[] = report.related.flatMap((x) => {
      const target = { protocol: x.protocol, code: x.code, id: x.id };
      return resolveTarget(target) ? [{ target, protocol: protocolLabel(target.protocol), code: x.code, phrase: x.phrase }] : [];
    });
    const webview = this.panel.webview;
    const page = (highlighter?: CodeHighlight): string =>
      renderPage({
        report,
        labels: pageLabels(r),
        related,
        state: { target: targetOf(r), ...(this.tab ? { tab: this.tab } : {}) },
        highlighter,
        cspSource: webview.cspSource,
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.host.webviewRoot, 'main.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.host.webviewRoot, 'style.css')).toString(),
        nonce: newNonce(),
        language: vscode.env.language,
      });
    const blocks = codeBlocksOf(report);
    const warm = this.host.warmLanguages;
    const cold = blocks.some((b) => !warm.has(b.language));
    const colouring = (async (): Promise<CodeHighlight | undefined> => {
      const hl = await this.host.highlighter();
      if (!hl || stale()) return undefined;
      return cold ? highlightAhead(hl.session(), blocks, undefined, stale) : hl.session();
    })().catch((e: unknown) => {
      log.error(`Highlighting ${r.entry.id} failed`, e);
      return undefined;
    });
    let shown = false;
    if (cold) {
      // Loading shiki or compiling a grammar the first time takes a moment: if it takes longer
      // than a blink, show the page plain meanwhile (then coloured), rather than a blank panel.
      const first = await Promise.race([colouring.then(() => 'done' as const), new Promise<'slow'>((done) => setTimeout(() => done('slow'), PLAIN_AFTER_MS))]);
      if (first === 'slow' && !stale()) {
        webview.html = page();
        shown = true;
      }
    }
    const coloured = await colouring;
    if (stale()) return;
    if (coloured) for (const b of blocks) warm.add(b.language);
    if (coloured || !shown) webview.html = page(coloured);
  }

  private async handle(msg: WebviewToHost): Promise<void> {
    const report = this.report;
    const ack = (request: number, ok: boolean): void => this.post({ type: 'ack', request, ok });
    switch (msg.type) {
      case 'copy': {
        let text: string | undefined;
        if (msg.item === 'snippet') {
          const s = msg.framework !== undefined && report && Object.hasOwn(report.snippets, msg.framework) ? report.snippets[msg.framework] : undefined;
          text = s && 'code' in s ? s.code : undefined;
        } else {
          text = report?.[msg.item];
        }
        if (text === undefined) return ack(msg.request, false);
        await vscode.env.clipboard.writeText(text);
        return ack(msg.request, true);
      }
      case 'insert': {
        const s = report && Object.hasOwn(report.snippets, msg.framework) ? report.snippets[msg.framework] : undefined;
        if (!s || !('snippet' in s)) return ack(msg.request, false);
        const editor = targetEditor();
        if (!editor) return ack(msg.request, false);
        const ok = await insertSnippetBody(s.snippet, editor);
        if (ok) await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
        return ack(msg.request, ok);
      }
      case 'open': {
        // Only the related codes the page lists, resolved again against the registry.
        const r = resolveTarget(msg.target);
        if (r && report?.related.some((x) => x.id === r.entry.id)) this.host.show(r);
        return;
      }
      case 'mock':
        // The host's own code, never one named by the webview.
        if (msg.action === 'startHttp') await vscode.commands.executeCommand(MOCK_COMMANDS.start);
        else await vscode.commands.executeCommand(MOCK_COMMANDS.testSmtpReply, targetOf(this.resolved));
        return;
      case 'selectTab':
        if (report && Object.hasOwn(report.snippets, msg.framework)) this.tab = msg.framework;
        return;
    }
  }
}
