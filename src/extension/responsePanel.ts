// One response view: a webview panel showing a code's report (raw response, curl, SMTP reply,
// snippets), as markdown-language-features has one class per preview (preview.ts). It keeps the
// codes it showed, to go back and forward through them, like a browser tab. The manager
// (responsePanelManager.ts) creates, reuses and restores panels; this class renders and answers
// its webview. The page itself is built by highlight/responsePage.ts.
import vscode = require('vscode');
import { ftpFunctionGroup } from '../core/classes';
import { codeReport, type CodeReport } from '../core/render/report';
import { frameworkById, renderSnippet } from '../core/snippets/index';
import type { ResolvedCode } from '../core/types';
import type { BodyStyle } from '../core/render/body';
import { parseWebviewMessage, type CopyItem, type HostToWebview, type NavigateDirection, type WebviewToHost } from '../common/messages';
import { getSettings } from './config';
import type { CodeHighlight, PageInput, RelatedLink, WebviewAssets } from './highlight/responsePage';
import { blockKey, codeBlocksOf, highlightAhead, newNonce, pageUpdate, pickTab, renderPage, visibleBlocks } from './highlight/responsePage';
import type { Highlighter, HighlightSession } from './highlight/highlighter';
import { insertSnippetBody, insertSnippetInto, lastTextEditor, targetEditor } from './insert';
import { classLabel, closeNotSentLabel, codeTitle, protocolUnsupportedLabel, ftpGroupLabel, notSentLabel, protocolLabel, registryText, statusLabel, unsupportedLabel } from './labels';
import { background, log } from './log';
import { defaultFrameworkSoon } from './projectFramework';
import { MOCK_COMMANDS } from './contributions';
import { resolveTarget, targetOf } from './target';
import { Disposable } from './util/dispose';

/** How long a render waits for colours before showing the page plain meanwhile. */
const PLAIN_AFTER_MS = 300;
/** How long coloured content waits for the plain document before it is loaded as a new document instead. */
const LOAD_WAIT_MS = 3000;
/** How long the first render waits for the workspace's framework before it goes with the language's. */
const FRAMEWORK_WAIT_MS = 60;
/** How long the view's title, context keys and focus wait for the page's `painted` at most. */
const CHROME_WAIT_MS = 250;

/** What a panel needs from its manager. */
export interface PanelHost {
  readonly extensionUri: vscode.Uri;
  readonly webviewRoot: vscode.Uri;
  /** The webview's script and stylesheet, read once for all panels and inlined in each page; undefined: the page links them. */
  assets(): Promise<WebviewAssets | undefined>;
  /** Shiki, loaded once for all panels; undefined when it cannot load (code shown plain). */
  highlighter(): Promise<Highlighter | undefined>;
  /** Whether this build has the mock servers (the node build does, the web build not). */
  readonly mockServers: boolean;
  /** The panel showed another code or its history changed (title bar buttons follow). */
  didNavigate(panel: ResponsePanel): void;
}

/** The blocks a page shows plain, by `data-block` number, and what colours them when the page asks. */
interface DeferredColours {
  page: number;
  hl: Highlighter;
  session: HighlightSession;
  blocks: Map<number, { code: string; language: string; block: number }>;
  /** A newer render replaced the page, or the panel closed. */
  stale: () => boolean;
}

export function sameCode(a: ResolvedCode, b: ResolvedCode): boolean {
  return a.entry.id === b.entry.id && a.code === b.code;
}

/** An FTP code's function group in the user's language (`x5z File system`), else ''. */
function ftpGroupOf(r: ResolvedCode): string {
  const group = r.protocol === 'ftp' ? ftpFunctionGroup(r.code) : undefined;
  return group ? ftpGroupLabel(group) : '';
}

/** How many codes back a view remembers. */
const HISTORY_LIMIT = 50;

function panelTitle(r: ResolvedCode): string {
  return r.protocol === 'http' ? `${r.code} ${r.entry.phrase}` : `${protocolLabel(r.protocol)} ${r.code} ${r.entry.phrase}`;
}

/** Whether a curl base is this machine (the mock server), so that the line works offline. */
function isLoopback(base: string): boolean {
  try {
    return /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(new URL(base).hostname);
  } catch {
    return false;
  }
}

function pageLabels(r: ResolvedCode, curlBase: string, mockServers: boolean) {
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
    // An SMTP code's HTTP rendering is the reference page's use, not HTTP: the heading says so.
    httpResponse: r.protocol === 'smtp' ? vscode.l10n.t('{0} sent as HTTP status {1} (non-standard)', codeTitle(r), r.code) : vscode.l10n.t('HTTP response'),
    notSent: vscode.l10n.t('What the client sees instead'),
    notSentExplanation: r.entry.wire ? notSentLabel(r.entry.wire.kind, r) : '',
    nonStandard: vscode.l10n.t('HTTP does not define this: {0} is an SMTP reply code, sent here as an HTTP status the way some reference pages show it. HTTP clients read {1} by its HTTP meaning, if it has one.', codeTitle(r), r.code),
    httpEquivalent: vscode.l10n.t('HTTP equivalent:'),
    curl: vscode.l10n.t('Test with curl'),
    curlHint: isLoopback(curlBase)
      ? vscode.l10n.t('The mock server on this machine answers with this response.')
      : vscode.l10n.t('The echo service at the base URL (setting statusCodes.curl.baseUrl) answers with this status; it needs the internet. Start Mock Server answers offline, with this very response.'),
    smtpReply: vscode.l10n.t('SMTP reply'),
    smtpReplyMultiline: vscode.l10n.t('Multi-line SMTP reply'),
    smtpClients: vscode.l10n.t('Test a mailer against this reply'),
    smtpClientsHint: vscode.l10n.t('Start the SMTP mock answering this reply (the first line), then send a message to it with any of the clients.'),
    snippets:
      r.protocol === 'smtp'
        ? vscode.l10n.t('Send SMTP {0} as HTTP status {0} from a framework (non-standard)', r.code)
        : r.protocol === 'grpc'
          ? vscode.l10n.t('Return gRPC {0} {1} from a handler', r.code, r.entry.grpc?.name ?? r.entry.phrase)
          : r.protocol === 'websocket'
            ? vscode.l10n.t('Close a WebSocket with {0}', r.code)
            : vscode.l10n.t('Return {0} {1} from a framework', r.code, r.entry.phrase),
    frameworks: r.protocol === 'grpc' || r.protocol === 'websocket' ? vscode.l10n.t('Libraries') : vscode.l10n.t('Frameworks'),
    copy: vscode.l10n.t('Copy'),
    insert: vscode.l10n.t('Insert'),
    insertTitle: vscode.l10n.t('Insert into the editor at the cursor'),
    unsupported: vscode.l10n.t('Not available:'),
    constant: vscode.l10n.t("The framework's named constant for this status"),
    // No mock buttons where there are no mock servers (the web build).
    startMock: mockServers ? vscode.l10n.t('Start Mock Server') : '',
    testSmtp: mockServers ? vscode.l10n.t('Test SMTP Reply…') : '',
    copied: vscode.l10n.t('Copied'),
    inserted: vscode.l10n.t('Inserted'),
    failed: vscode.l10n.t('Failed'),
    ...protocolLabels(r),
    ftpGroupName: ftpGroupOf(r),
  };
}

/** The text of a copy button's item, from the report the host holds (never from the webview). */
function copyText(report: CodeReport, item: Exclude<CopyItem, 'snippet' | 'smtpClient'>): string | undefined {
  switch (item) {
    case 'grpcTrailers':
      return report.grpc?.trailers;
    case 'grpcurl':
      return report.grpc?.grpcurl;
    case 'closeFrame':
      return report.websocket?.closeFrame?.hex;
    case 'ftpReply':
      return report.ftp?.reply;
    case 'ftpReplyMultiline':
      return report.ftp?.replyMultiline;
    default:
      return report[item];
  }
}

/** The Close frame's fields (FIN + opcode, length, code, reason; closeFrame's order) in the user's language. */
function localiseFrame(fields: Array<{ bytes: number[]; what: string }>, r: ResolvedCode): void {
  const [head, length, code, reason] = fields;
  if (head) head.what = vscode.l10n.t('FIN + opcode 0x8 (Close)');
  if (length) length.what = vscode.l10n.t('mask bit 0 (server to client), payload length {0}', length.bytes[0]!);
  if (code) code.what = vscode.l10n.t('status code {0}, big-endian', r.code);
  if (reason) reason.what = vscode.l10n.t('reason {0}, UTF-8', reason.what.replace(/^reason (".*"), UTF-8$/, '$1'));
}

/** The labels of the gRPC, WebSocket and FTP sections. */
function protocolLabels(r: ResolvedCode) {
  const g = r.entry.grpc;
  return {
    grpcMapping: vscode.l10n.t('HTTP mapping'),
    grpcToHttp: vscode.l10n.t('gRPC to HTTP (google/rpc/code.proto; grpc-gateway HTTPStatusFromCode)'),
    httpToGrpc: vscode.l10n.t('HTTP to gRPC, for a client that got no grpc-status (grpc doc/http-grpc-status-mapping.md; not symmetric)'),
    httpToGrpcNone: vscode.l10n.t('No HTTP status reads as this code.'),
    httpToGrpcOthers: vscode.l10n.t('and every HTTP status the table does not name, 200 included'),
    olderMapping: vscode.l10n.t('Older grpc-gateway versions'),
    olderMappingItem: vscode.l10n.t('{0} in versions {1}'),
    library:
      g?.library === 'never'
        ? vscode.l10n.t('The gRPC library never generates this code: if you see it, the application sent it.')
        : g?.library === 'generates'
          ? vscode.l10n.t('The gRPC library itself also generates this code (a deadline, a cancelled call, a transport or parsing failure), so it need not come from the application.')
          : '',
    trailers: vscode.l10n.t('Status trailers (HTTP/2)'),
    trailersNote: vscode.l10n.t('A Trailers-Only response of gRPC over HTTP/2: one HEADERS frame that ends the stream, which is how a server answers a call with an error and no message. On the wire the fields are HPACK-encoded; they are shown here as text.'),
    grpcurl: vscode.l10n.t('Test with grpcurl'),
    grpcurlOutput: vscode.l10n.t('What grpcurl prints when the server answers with this status:'),
    spellings: vscode.l10n.t('In code'),
    closeFrame: vscode.l10n.t('Close frame'),
    closeFrameNote: vscode.l10n.t('The Close frame as a server sends it to a client: unmasked. A client must mask every frame it sends: it sets the mask bit of the second byte (0x80 | length), follows it with a random 4-byte masking key and XORs the payload with that key (RFC 6455, Section 5.3).'),
    closeFrameBytes: vscode.l10n.t('Bytes'),
    closeFrameField: vscode.l10n.t('Meaning'),
    ftpReply: vscode.l10n.t('FTP reply'),
    ftpReplyMultiline: vscode.l10n.t('Multi-line FTP reply (RFC 959, Section 4.2)'),
    ftpGroup: vscode.l10n.t('Function group'),
    conflicts: vscode.l10n.t('This code has more than one meaning in use:'),
  };
}

export class ResponsePanel extends Disposable {
  /** The report the page shows; copy and insert take their text from here, never from the webview. */
  private report: CodeReport | undefined;
  /** The body style the report was rendered in (the snippet inserted is rendered in it again, in parts). */
  private reportStyle: BodyStyle | undefined;
  /** The selected framework tab. */
  private tab: string | undefined;
  /** Bumped per render; a slower older render does not overwrite a newer one. Also the page's `data-page`. */
  private generation = 0;
  /** The colours of the blocks the current page shows plain (hidden tabs), for its `ready` message. */
  private deferred: DeferredColours | undefined;
  /** The page the webview has loaded and listens on (its `loaded` message); undefined while a document loads. */
  private loadedPage: number | undefined;
  /** The document of the page last updated in place: VS Code reloads a hidden view from `webview.html`, so it is set when the view hides. */
  private unsetHtml: (() => string) | undefined;
  /** A document was set and has not said `loaded` yet. */
  private documentLoading = false;
  private readonly _onDidLoad = this._register(new vscode.EventEmitter<void>());

  /**
   * The view's title, its context keys and a pending focus move, held until page `page` is on screen:
   * each costs the workbench a layout, which would hold back the frame that shows the page.
   */
  private chrome: { page: number; reveal: boolean; timer: ReturnType<typeof setTimeout> } | undefined;

  /** The codes shown, oldest first; `at` is the one on screen. */
  private history: ResolvedCode[];
  private at = 0;

  private readonly _onDidDispose = this._register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this._onDidDispose.event;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    resolved: ResolvedCode,
    private readonly host: PanelHost,
    options: { tab?: string; kept?: boolean } = {},
  ) {
    super();
    this.history = [resolved];
    this.tab = options.tab;
    this.kept = options.kept ?? false;
    panel.title = panelTitle(resolved);
    panel.iconPath = {
      light: vscode.Uri.joinPath(host.extensionUri, 'media', 'response-light.svg'),
      dark: vscode.Uri.joinPath(host.extensionUri, 'media', 'response-dark.svg'),
    };
    this._register(panel.onDidDispose(() => this.dispose()));
    this._register({ dispose: () => clearTimeout(this.chrome?.timer) });
    this._register(
      panel.onDidChangeViewState(() => {
        if (!panel.visible && this.unsetHtml) this.setHtml(this.unsetHtml());
        this.host.didNavigate(this);
      }),
    );
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

  /** Kept open: the manager opens the next code in another view instead of this one. */
  kept: boolean;

  get resolved(): ResolvedCode {
    return this.history[this.at]!;
  }

  get active(): boolean {
    return this.panel.active;
  }

  get canGoBack(): boolean {
    return this.at > 0;
  }

  get canGoForward(): boolean {
    return this.at < this.history.length - 1;
  }

  reveal(): void {
    this.panel.reveal(undefined, false);
  }

  /** Shows another code here (and brings the view to the front: `reveal`); what was ahead in the history is dropped, as a browser does. */
  navigate(r: ResolvedCode, { reveal = false } = {}): void {
    if (sameCode(r, this.resolved)) {
      if (reveal) this.reveal();
      return;
    }
    this.history = [...this.history.slice(0, this.at + 1), r].slice(-HISTORY_LIMIT);
    this.at = this.history.length - 1;
    this.showCurrent(reveal);
  }

  go(direction: NavigateDirection): void {
    const to = direction === 'back' ? this.at - 1 : this.at + 1;
    if (to < 0 || to >= this.history.length) return;
    this.at = to;
    this.showCurrent();
  }

  setKept(kept: boolean): void {
    this.kept = kept;
    this.refresh();
    this.host.didNavigate(this);
  }

  private showCurrent(reveal = false): void {
    this.refresh();
    clearTimeout(this.chrome?.timer);
    this.chrome = { page: this.generation, reveal: reveal || !!this.chrome?.reveal, timer: setTimeout(() => this.showChrome(), CHROME_WAIT_MS) };
    // A hidden view paints nothing until it is shown.
    if (!this.panel.visible) this.showChrome();
  }

  /** The title, context keys and focus move held for the page (`chrome`). */
  private showChrome(): void {
    const chrome = this.chrome;
    if (!chrome || this.isDisposed) return;
    this.chrome = undefined;
    clearTimeout(chrome.timer);
    this.panel.title = panelTitle(this.resolved);
    this.host.didNavigate(this);
    if (chrome.reveal) this.reveal();
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
    const startedAt = Date.now();
    const stale = (): boolean => generation !== this.generation || this.isDisposed;
    const r = this.resolved;
    const settings = getSettings();
    const report = codeReport(r, { bodyStyle: settings.bodyStyle, curlBase: settings.curlBaseUrl });
    // The core speaks English: its texts are put in the user's language here.
    report.description = registryText(report.description);
    if (report.note) report.note = registryText(report.note);
    if (report.websocket?.notSent) report.websocket.notSent = closeNotSentLabel(r);
    if (report.websocket?.closeFrame) localiseFrame(report.websocket.closeFrame.fields, r);
    for (const c of report.ftp?.conflicts ?? []) c.meaning = registryText(c.meaning);
    for (const [id, s] of Object.entries(report.snippets)) {
      const fw = frameworkById(id);
      if ('reason' in s && fw) s.unsupported = unsupportedLabel(s.reason, fw, r);
      else if ('protocolReason' in s) s.unsupported = protocolUnsupportedLabel(s.protocolReason, s.label, r);
    }
    // Shiki and the grammars every tab shows load while the workspace's framework is looked up.
    const highlighter = this.host.highlighter();
    void highlighter.then((hl) => hl?.prepare(visibleBlocks(report, undefined).map((b) => b.language)));
    // The workspace's framework if it is known at once; else the language's now, and the
    // workspace's tab when it arrives, unless the user has picked one meanwhile.
    // The file snippets go into (the last text editor, whichever view has focus), not the panel.
    const assetsLoading = this.host.assets();
    const soon = this.tab ? undefined : await defaultFrameworkSoon(lastTextEditor()?.document, FRAMEWORK_WAIT_MS);
    const assets = await assetsLoading;
    if (stale()) return;
    this.tab = pickTab(report, [this.tab, soon?.now]);
    const autoTab = this.tab;
    void soon?.later?.then((fw) => {
      if (stale() || !fw || fw === this.tab || this.tab !== autoTab || !Object.hasOwn(report.snippets, fw)) return;
      this.tab = fw;
      this.refresh();
    });
    this.report = report;
    this.reportStyle = settings.bodyStyle;
    // Related codes, then the codes of other protocols that name this one (HTTP 404 <- gRPC 5).
    const related: RelatedLink[] = [...report.related, ...(report.relatedFrom ?? [])].flatMap((x) => {
      const target = { protocol: x.protocol, code: x.code, id: x.id };
      return resolveTarget(target) ? [{ target, protocol: protocolLabel(target.protocol), code: x.code, phrase: x.phrase }] : [];
    });
    const webview = this.panel.webview;
    const input = (highlighter?: CodeHighlight): PageInput => ({
        report,
        labels: pageLabels(r, settings.curlBaseUrl, this.host.mockServers),
        related,
        state: { target: targetOf(r), ...(this.tab ? { tab: this.tab } : {}), ...(this.kept ? { kept: true } : {}) },
        highlighter,
        cspSource: webview.cspSource,
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.host.webviewRoot, 'main.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.host.webviewRoot, 'style.css')).toString(),
        assets,
        nonce: newNonce(),
        language: vscode.env.language,
        page: generation,
        startedAt,
        renderedAt: Date.now(),
      });
    const page = (highlighter?: CodeHighlight): string => renderPage(input(highlighter));
    // The first paint waits only for the blocks on screen; the hidden tabs' follow by message.
    const first = visibleBlocks(report, this.tab);
    const colouring = (async (): Promise<Highlighter | undefined> => {
      const hl = await highlighter;
      if (!hl || stale()) return undefined;
      await hl.prepare(first.map((b) => b.language));
      return stale() ? undefined : hl;
    })().catch((e: unknown) => {
      log.error(`Highlighting ${r.entry.id} failed`, e);
      return undefined;
    });
    // Loading shiki or a grammar the first time takes a moment: if it takes longer than a blink,
    // show the page plain meanwhile (then coloured), rather than a blank panel.
    const firstPaint = await Promise.race([colouring.then(() => 'done' as const), new Promise<'slow'>((done) => setTimeout(() => done('slow'), PLAIN_AFTER_MS))]);
    if (firstPaint === 'slow' && !stale()) await this.showPage(input(), [], page, stale);
    const hl = await colouring;
    if (stale()) return;
    if (!hl) {
      if (firstPaint === 'done') await this.showPage(input(), [], page, stale);
      return;
    }
    const session = hl.session();
    const now = new Set(first.map((b) => blockKey(b.code, b.language)));
    // The others, each once, numbered as the page numbers them (the first index of its code).
    const later: Array<{ code: string; language: string; block: number }> = [];
    const seen = new Set(now);
    codeBlocksOf(report).forEach((b, block) => {
      const key = blockKey(b.code, b.language);
      if (!seen.has(key)) later.push({ ...b, block });
      seen.add(key);
    });
    const colours: CodeHighlight = {
      highlight: (code, language) => session.highlight(code, language),
      css: () => session.css(),
      deferred: (code, language) => !now.has(blockKey(code, language)),
    };
    this.deferred = later.length ? { page: generation, hl, session, blocks: new Map(later.map((b) => [b.block, b])), stale } : undefined;
    await this.showPage(input(colours), session.rules(), () => page(colours), stale);
  }

  /**
   * Puts a page on screen: in place in the page the webview has loaded (a new document would reload
   * the webview, ~200 ms), once it has loaded if one is on its way, else as a new document.
   */
  private async showPage(input: PageInput, rules: readonly string[], document: () => string, stale: () => boolean): Promise<void> {
    if (this.loadedPage === undefined && this.documentLoading && this.panel.visible) {
      const loaded = await new Promise<boolean>((done) => {
        const timer = setTimeout(() => finish(false), LOAD_WAIT_MS);
        const listener = this._onDidLoad.event(() => finish(true));
        const finish = (ok: boolean): void => {
          clearTimeout(timer);
          listener.dispose();
          done(ok);
        };
      });
      if (stale()) return;
      if (!loaded) return this.setHtml(document());
    }
    if (this.loadedPage !== undefined && this.panel.visible) {
      const update = pageUpdate(input, rules);
      update.attrs.postedAt = String(Date.now());
      this.post(update);
      this.unsetHtml = document;
      return;
    }
    this.setHtml(document());
  }

  /** A new document for the webview: it reloads, and says `loaded` when it listens again. */
  private setHtml(html: string): void {
    this.loadedPage = undefined;
    this.unsetHtml = undefined;
    this.documentLoading = true;
    this.panel.webview.html = html;
  }

  /**
   * Highlights the plain blocks the page asks for (those on screen: a hidden tab's when it is shown),
   * one per turn of the event loop, into one `highlight` message. A grammar's first use costs up to a
   * few hundred milliseconds of the extension host, so no tab pays for the others.
   */
  private async highlightAsked(d: DeferredColours, asked: readonly number[]): Promise<HostToWebview | undefined> {
    const blocks = asked.flatMap((n) => {
      const b = d.blocks.get(n);
      return b ? [b] : [];
    });
    if (!blocks.length) return undefined;
    try {
      const shown = d.session.rules().length;
      await d.hl.prepare(blocks.map((b) => b.language));
      const ahead = await highlightAhead(d.session, blocks, undefined, d.stale);
      if (!ahead) return undefined;
      const out = blocks.map((b) => ({ block: b.block, html: ahead.highlight(b.code, b.language) }));
      return { type: 'highlight', page: d.page, blocks: out, css: d.session.rules().slice(shown) };
    } catch (e) {
      log.error(`Highlighting ${this.resolved.entry.id} failed`, e);
      return undefined;
    }
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
        } else if (msg.item === 'smtpClient') {
          text = report?.smtpClients?.find((c) => c.id === msg.framework)?.code;
        } else if (report) {
          text = copyText(report, msg.item);
        }
        if (text === undefined) return ack(msg.request, false);
        await vscode.env.clipboard.writeText(text);
        return ack(msg.request, true);
      }
      case 'insert': {
        const shown = report && Object.hasOwn(report.snippets, msg.framework) ? report.snippets[msg.framework] : undefined;
        if (!shown || !('snippet' in shown)) return ack(msg.request, false);
        const framework = frameworkById(msg.framework);
        // An HTTP framework's snippet shown, in parts, so that it fits where it goes in the editor;
        // a gRPC or WebSocket library's as it is, at the cursor.
        const s = framework ? renderSnippet(this.resolved, framework, { style: this.reportStyle }) : undefined;
        if (framework && (!s?.ok || s.snippet !== shown.snippet)) return ack(msg.request, false);
        const editor = await targetEditor();
        if (!editor) return ack(msg.request, false);
        const ok = s?.ok ? await insertSnippetInto(editor, s) : await insertSnippetBody(shown.snippet, editor);
        if (ok) await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
        return ack(msg.request, ok);
      }
      case 'open': {
        // Only the related codes the page lists, resolved again against the registry.
        const r = resolveTarget(msg.target);
        if (r && report && [...report.related, ...(report.relatedFrom ?? [])].some((x) => x.id === r.entry.id)) this.navigate(r);
        return;
      }
      case 'navigate':
        return this.go(msg.direction);
      case 'mock':
        // The host's own code, never one named by the webview.
        if (msg.action === 'startHttp') await vscode.commands.executeCommand(MOCK_COMMANDS.start);
        else await vscode.commands.executeCommand(MOCK_COMMANDS.testSmtpReply, targetOf(this.resolved));
        return;
      case 'selectTab':
        if (report && Object.hasOwn(report.snippets, msg.framework)) this.tab = msg.framework;
        return;
      case 'loaded':
        this.loadedPage = msg.page;
        this.documentLoading = false;
        this._onDidLoad.fire();
        return;
      case 'painted':
        if (this.chrome && msg.page >= this.chrome.page) this.showChrome();
        return;
      case 'ready': {
        // The page loaded (again, after being hidden) with blocks still plain.
        const deferred = this.deferred;
        if (deferred?.page !== msg.page) return;
        const message = await this.highlightAsked(deferred, msg.blocks);
        if (message && !this.isDisposed) this.post(message);
        return;
      }
    }
  }
}
