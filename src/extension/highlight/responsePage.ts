// The response panel's HTML, built on the host from a CodeReport: pure (no `vscode` import), so
// unit tests can check escaping, the CSP and the structure. Code blocks come highlighted from a
// HighlightSession (see highlighter.ts) or, when shiki is unavailable, as escaped plain text.
// No Node API: the same code builds the page in a web worker extension host.
import type { CodeReport, SnippetReport } from '../../core/render/report';
import type { ClientLabels, CopyItem, HostToWebview, MockAction, ResponseViewState, CodeTarget } from '../../common/messages';
import { escapeHtml } from './escape';

/** What the page needs from a highlighter (HighlightSession implements it). */
export interface CodeHighlight {
  highlight(code: string, language: string): string;
  css(): string;
  /** A block shown plain for now, its colours sent later (`highlight` message); none when absent. */
  deferred?(code: string, language: string): boolean;
}

/** Every user-visible string of the page, localised by the host. */
export interface PageLabels extends ClientLabels {
  /** Localised names for this code's badges. */
  protocol: string;
  codeClass: string;
  status: string;
  vendor: string;
  specification: string;
  errorKey: string;
  aliases: string;
  note: string;
  registryText: string;
  basicCodes: string;
  source: string;
  related: string;
  httpResponse: string;
  curl: string;
  curlHint: string;
  smtpReply: string;
  smtpReplyMultiline: string;
  smtpClients: string;
  smtpClientsHint: string;
  /** Heading of what happens instead of a response (nginx 444, 499). */
  notSent: string;
  /** Why there is no response, for a code that is never sent. */
  notSentExplanation: string;
  /** For an SMTP code: says the HTTP rendering is non-standard. */
  nonStandard: string;
  /** "HTTP equivalent:" before the link to the related HTTP status. */
  httpEquivalent: string;
  /** Heading of the snippets section ("Return 452 Insufficient Storage from a framework"). */
  snippets: string;
  frameworks: string;
  copy: string;
  insert: string;
  insertTitle: string;
  unsupported: string;
  constant: string;
  startMock: string;
  testSmtp: string;
  /** gRPC, WebSocket and FTP sections (empty where the protocol does not apply). */
  grpcMapping: string;
  grpcToHttp: string;
  httpToGrpc: string;
  httpToGrpcNone: string;
  httpToGrpcOthers: string;
  olderMapping: string;
  /** `{0} in versions {1}`. */
  olderMappingItem: string;
  library: string;
  trailers: string;
  trailersNote: string;
  grpcurl: string;
  grpcurlOutput: string;
  spellings: string;
  closeFrame: string;
  closeFrameNote: string;
  closeFrameBytes: string;
  closeFrameField: string;
  ftpReply: string;
  ftpReplyMultiline: string;
  ftpGroup: string;
  ftpGroupName: string;
  conflicts: string;
}

export interface RelatedLink {
  target: CodeTarget;
  protocol: string;
  code: string;
  phrase: string;
}

export interface WebviewAssets {
  script: string;
  style: string;
}

export interface PageInput {
  report: CodeReport;
  labels: PageLabels;
  related: RelatedLink[];
  /** The state the webview saves (target and selected tab); the tab is preselected. */
  state: ResponseViewState;
  highlighter?: CodeHighlight;
  /** `webview.cspSource`. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  /**
   * The webview's script and stylesheet themselves: inlined (under the nonce), they spare a new
   * frame two requests through its service worker. Without them the page links `scriptUri` and `styleUri`.
   */
  assets?: WebviewAssets;
  nonce: string;
  /** The UI language (`vscode.env.language`), for `<html lang>`. */
  language?: string;
  /** This render's number (`data-page`), which the webview names when it asks for deferred colours. */
  page?: number;
  /** When the host began this render (`Date.now()`): the command's way to the extension host ends here. */
  startedAt?: number;
  /** When the host built the page (`Date.now()`): scripts/bench-paint.mjs splits host and workbench time with it. */
  renderedAt?: number;
}

/** A fresh nonce for one render (128 bits, base64); Web Crypto, as in Node 20 and a web worker. */
export function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The page's Content-Security-Policy: nothing remote, scripts and inline styles only with the nonce. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    `default-src 'none'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
  ].join('; ');
}

/** The framework tab to show: the first of `preferred` the report has, else its first supported one. */
export function pickTab(report: CodeReport, preferred: ReadonlyArray<string | undefined>): string | undefined {
  const ids = Object.keys(report.snippets);
  for (const p of preferred) if (p && ids.includes(p)) return p;
  return ids.find((id) => !('unsupported' in report.snippets[id]!)) ?? ids[0];
}

const attr = escapeHtml;

/** The code blocks the page highlights with shiki (in page order), so a caller can do it ahead. */
export function codeBlocksOf(report: CodeReport): Array<{ code: string; language: string }> {
  const out: Array<{ code: string; language: string }> = [];
  if (report.notSent !== undefined) out.push({ code: report.notSent.transcript, language: 'shellscript' });
  if (report.raw !== undefined) out.push({ code: report.raw, language: 'http' });
  if (report.curl !== undefined) out.push({ code: report.curl, language: 'shellscript' });
  if (report.grpc) out.push({ code: report.grpc.trailers, language: 'http' }, { code: report.grpc.grpcurl, language: 'shellscript' });
  for (const c of report.smtpClients ?? []) out.push({ code: c.code, language: c.language });
  for (const s of Object.values(report.snippets)) if ('code' in s) out.push({ code: s.code, language: s.language });
  return out;
}

/** A block's identity in codeBlocksOf: the same code in the same language is one block. */
export function blockKey(code: string, language: string): string {
  return `${language}\u0000${code}`;
}

/**
 * The blocks a page shows at first: all but the snippets of the framework tabs not selected
 * (hidden until the user picks one). Their colours come first; the hidden tabs' may come later.
 */
export function visibleBlocks(report: CodeReport, tab: string | undefined): Array<{ code: string; language: string }> {
  const hidden = new Set<string>();
  for (const [id, s] of Object.entries(report.snippets)) if (id !== tab && 'code' in s) hidden.add(blockKey(s.code, s.language));
  const selected = tab !== undefined && Object.hasOwn(report.snippets, tab) ? report.snippets[tab] : undefined;
  if (selected && 'code' in selected) hidden.delete(blockKey(selected.code, selected.language));
  return codeBlocksOf(report).filter((b) => !hidden.has(blockKey(b.code, b.language)));
}

/**
 * Highlights a page's blocks one at a time, yielding to the event loop in between (a grammar's
 * first use compiles it, which can take a few hundred milliseconds), then serves the results.
 */
export async function highlightAhead(
  session: CodeHighlight,
  blocks: Array<{ code: string; language: string }>,
  yieldNow: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)),
  cancelled: () => boolean = () => false,
): Promise<CodeHighlight | undefined> {
  const done = new Map<string, string>();
  const key = blockKey;
  for (const b of blocks) {
    await yieldNow();
    if (cancelled()) return undefined;
    const k = key(b.code, b.language);
    if (!done.has(k)) done.set(k, session.highlight(b.code, b.language));
  }
  return {
    highlight: (code, language) => done.get(key(code, language)) ?? session.highlight(code, language),
    css: () => session.css(),
  };
}

/** Only http(s) links become anchors; anything else is shown as text. */
function link(url: string, text: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${attr(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** A Copy button; `what` names the copied thing for screen readers (every button says "Copy"). */
function mockButton(action: MockAction, label: string): string {
  if (!label) return '';
  return `<button type="button" class="button secondary" data-action="mock" data-mock="${action}">${escapeHtml(label)}</button>`;
}

function copyButton(labels: PageLabels, item: CopyItem, what: string, framework?: string): string {
  const fw = framework ? ` data-framework="${attr(framework)}"` : '';
  return `<button type="button" class="button secondary" data-action="copy" data-item="${item}"${fw} aria-label="${attr(`${labels.copy}: ${what}`)}">${escapeHtml(labels.copy)}</button>`;
}

/** `452 4.3.1 Text`: the SMTP reply's parts get classes (there is no shiki grammar for replies). */
export function highlightSmtpReply(reply: string): string {
  return reply
    .split('\n')
    .map((line) => {
      const m = /^(\d{3})([ -])(\d\.\d{1,3}\.\d{1,3} )?(.*)$/.exec(line);
      if (!m) return escapeHtml(line);
      const enhanced = m[3] ? `<span class="smtp-enhanced">${escapeHtml(m[3].trimEnd())}</span> ` : '';
      return `<span class="smtp-code">${m[1]}</span><span class="smtp-sep">${escapeHtml(m[2]!)}</span>${enhanced}<span class="smtp-text">${escapeHtml(m[4]!)}</span>`;
    })
    .join('\n');
}

/** `block`: the block's number (its index in codeBlocksOf) for a shiki block; `pending`: shown plain for now. */
function codeBlock(html: string, language: string, block?: number, pending = false): string {
  const id = block === undefined ? '' : ` data-block="${block}"${pending ? ' data-pending' : ''}`;
  return `<pre class="code" data-language="${attr(language)}"${id} tabindex="0"><code>${html}</code></pre>`;
}

function section(n: number, id: string, title: string, actions: string, body: string): string {
  return (
    `<section class="block" id="${attr(id)}" aria-labelledby="${attr(id)}-title">` +
    `<div class="block-head"><h2 id="${attr(id)}-title"><span class="step" aria-hidden="true">${n}</span>${escapeHtml(title)}</h2>` +
    `<div class="actions">${actions}</div></div>${body}</section>`
  );
}

function tabId(framework: string): string {
  return `tab-${framework.replace(/[^a-z0-9_-]/gi, '_')}`;
}

/** A snippet's language as people write it (the report carries the highlighter's id). */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  python: 'Python',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  java: 'Java',
  go: 'Go',
  ruby: 'Ruby',
  csharp: 'C#',
  php: 'PHP',
  kotlin: 'Kotlin',
  rust: 'Rust',
  shellscript: 'Shell',
};

type BlockHtml = (code: string, language: string) => string;

function snippetPanel(id: string, s: SnippetReport, selected: boolean, labels: PageLabels, block: BlockHtml): string {
  const tid = tabId(id);
  const head = `<div class="snippet-meta"><span class="language">${escapeHtml(LANGUAGE_NAMES[s.language] ?? s.language)}</span>${
    'constant' in s && s.constant ? `<span class="constant" title="${attr(labels.constant)}"><code>${escapeHtml(s.constant)}</code></span>` : ''
  }</div>`;
  const body =
    'unsupported' in s
      ? `<div class="notice" role="note"><span class="notice-title">${escapeHtml(labels.unsupported)}</span> ${escapeHtml(s.unsupported)}</div>`
      : `<div class="snippet-bar">${head}<div class="actions">${copyButton(labels, 'snippet', s.label, id)}<button type="button" class="button" data-action="insert" data-framework="${attr(id)}" title="${attr(labels.insertTitle)}" aria-label="${attr(`${labels.insert}: ${s.label}`)}">${escapeHtml(labels.insert)}</button></div></div>` +
        block(s.code, s.language);
  return `<div class="tabpanel" role="tabpanel" id="${tid}-panel" aria-labelledby="${tid}" data-framework="${attr(id)}"${selected ? '' : ' hidden'}>${body}</div>`;
}

function snippetsSection(n: number, input: PageInput, block: BlockHtml): string {
  const { report, labels } = input;
  const ids = Object.keys(report.snippets);
  if (!ids.length) return '';
  const selected = input.state.tab && ids.includes(input.state.tab) ? input.state.tab : pickTab(report, []);
  const tabs = ids
    .map((id) => {
      const s = report.snippets[id]!;
      const on = id === selected;
      return `<button type="button" role="tab" class="tab${'unsupported' in s ? ' unsupported' : ''}" id="${tabId(id)}" aria-controls="${tabId(id)}-panel" aria-selected="${on}" tabindex="${on ? 0 : -1}" data-framework="${attr(id)}">${escapeHtml(s.label)}</button>`;
    })
    .join('');
  const panels = ids.map((id) => snippetPanel(id, report.snippets[id]!, id === selected, labels, block)).join('');
  return section(n, 'snippets', labels.snippets, '', `<div class="tabs"><div class="tablist" role="tablist" aria-label="${attr(labels.frameworks)}">${tabs}</div>${panels}</div>`);
}

function header(input: PageInput): string {
  const { report: r, labels } = input;
  const badges = [
    `<span class="badge protocol">${escapeHtml(labels.protocol)}</span>`,
    `<span class="badge class-${attr(r.protocol === 'grpc' || r.protocol === 'websocket' ? 'other' : (r.code[0] ?? ''))}">${escapeHtml(labels.codeClass)}</span>`,
    `<span class="badge status-${attr(r.status)}">${escapeHtml(labels.status)}</span>`,
    r.vendor ? `<span class="badge vendor" title="${attr(labels.vendor)}">${escapeHtml(r.vendor)}</span>` : '',
  ].join('');
  const facts: string[] = [];
  facts.push(`<dt>${escapeHtml(labels.specification)}</dt><dd>${link(r.spec.url, r.spec.title)}</dd>`);
  // Only where the body carries it: an error body (4xx, 5xx).
  if (r.protocol === 'http' && r.raw !== undefined && Number(r.code) >= 400) facts.push(`<dt>${escapeHtml(labels.errorKey)}</dt><dd><code>${escapeHtml(r.key)}</code></dd>`);
  if (r.aliases.length) facts.push(`<dt>${escapeHtml(labels.aliases)}</dt><dd>${r.aliases.map(escapeHtml).join(', ')}</dd>`);
  if (r.text && r.text !== r.description) facts.push(`<dt>${escapeHtml(labels.registryText)}</dt><dd>${escapeHtml(r.text)}</dd>`);
  if (r.basicCodes?.length) facts.push(`<dt>${escapeHtml(labels.basicCodes)}</dt><dd>${r.basicCodes.map((c) => `<code>${escapeHtml(c)}</code>`).join(' ')}</dd>`);
  if (input.related.length) {
    const items = input.related.map((x) => `<li>${openButton(x)}</li>`).join('');
    facts.push(`<dt>${escapeHtml(labels.related)}</dt><dd><ul class="related">${items}</ul></dd>`);
  }
  return (
    `<header class="hero"><div class="badges">${badges}</div>` +
    `<h1><span class="code-number">${escapeHtml(r.code)}</span> <span class="phrase">${escapeHtml(r.phrase)}</span></h1>` +
    `<p class="description">${escapeHtml(r.description)}</p>` +
    (r.note ? `<p class="note"><strong>${escapeHtml(labels.note)}</strong> ${escapeHtml(r.note)}</p>` : '') +
    `<dl class="facts">${facts.join('')}</dl>` +
    `<p class="source">${escapeHtml(labels.source)} ${link(r.source, r.source)}</p>` +
    `</header>`
  );
}

/** A button that opens another code's panel (a related code, which the host checks). */
function openButton(x: RelatedLink, extraClass = ''): string {
  return `<button type="button" class="link${extraClass}" data-action="open" data-protocol="${attr(x.target.protocol)}" data-code="${attr(x.target.code)}"${
    x.target.id ? ` data-id="${attr(x.target.id)}"` : ''
  }><span class="related-protocol">${escapeHtml(x.protocol)}</span> <span class="related-code">${escapeHtml(x.code)}</span> ${escapeHtml(x.phrase)}</button>`;
}

/** For an SMTP code, the HTTP rendering is non-standard: say so, with the HTTP equivalent one click away. */
function nonStandardNotice(input: PageInput): string {
  const { report: r, labels } = input;
  const eq = r.httpEquivalent ? input.related.find((x) => x.target.id === r.httpEquivalent!.id) : undefined;
  const link = eq ? ` <span class="equivalent">${escapeHtml(labels.httpEquivalent)} ${openButton(eq, ' equivalent-link')}</span>` : '';
  return `<div class="notice non-standard" role="note">${escapeHtml(labels.nonStandard)}${link}</div>`;
}

/** The whole document. Every text and attribute from the report is escaped. */
/** The page's <main>: every section, coloured where the highlighter says so. */
function pageMain(input: PageInput): { main: string; pending: boolean } {
  const { report: r, labels } = input;
  const hl = input.highlighter;
  // Shiki blocks are numbered as codeBlocksOf lists them, so that deferred colours find theirs.
  const numbers = new Map<string, number>();
  codeBlocksOf(r).forEach((b, i) => {
    if (!numbers.has(blockKey(b.code, b.language))) numbers.set(blockKey(b.code, b.language), i);
  });
  let pending = false;
  const block = (code: string, language: string): string => {
    const later = !!hl?.deferred?.(code, language);
    pending ||= later;
    return codeBlock(hl && !later ? hl.highlight(code, language) : escapeHtml(code), language, numbers.get(blockKey(code, language)), later);
  };
  const blocks: string[] = [];
  let n = 0;
  if (r.smtpReply !== undefined) {
    blocks.push(section(++n, 'smtp-reply', labels.smtpReply, copyButton(labels, 'smtpReply', labels.smtpReply) + mockButton('testSmtp', labels.testSmtp), codeBlock(highlightSmtpReply(r.smtpReply), 'smtp')));
  }
  if (r.smtpReplyMultiline !== undefined && r.smtpReplyMultiline !== r.smtpReply) {
    blocks.push(
      section(++n, 'smtp-reply-multiline', labels.smtpReplyMultiline, copyButton(labels, 'smtpReplyMultiline', labels.smtpReplyMultiline), codeBlock(highlightSmtpReply(r.smtpReplyMultiline), 'smtp')),
    );
  }
  if (r.smtpClients?.length) {
    const clients = r.smtpClients
      .map((c) => `<div class="snippet-bar"><div class="snippet-meta"><span class="client">${escapeHtml(c.label)}</span></div><div class="actions">${copyButton(labels, 'smtpClient', c.label, c.id)}</div></div>` + block(c.code, c.language))
      .join('');
    blocks.push(section(++n, 'smtp-clients', labels.smtpClients, '', `<p class="hint">${escapeHtml(labels.smtpClientsHint)}</p>${clients}`));
  }
  if (r.notSent !== undefined) {
    // No raw response pretends otherwise: what a client and the server's log see instead.
    const source = `<p class="source">${escapeHtml(labels.source)} ${link(r.notSent.source.split(' ')[0]!, r.notSent.source)}</p>`;
    blocks.push(section(++n, 'not-sent', labels.notSent, '', `<div class="notice" role="note">${escapeHtml(labels.notSentExplanation)}</div>` + block(r.notSent.transcript, 'shellscript') + source));
  }
  if (r.raw !== undefined) {
    const notice = r.protocol === 'smtp' ? nonStandardNotice(input) : '';
    blocks.push(section(++n, 'raw', labels.httpResponse, copyButton(labels, 'raw', labels.httpResponse), notice + block(r.raw, 'http')));
  }
  if (r.curl !== undefined) {
    blocks.push(section(++n, 'curl', labels.curl, copyButton(labels, 'curl', labels.curl) + mockButton('startHttp', labels.startMock), block(r.curl, 'shellscript') + `<p class="hint">${escapeHtml(labels.curlHint)}</p>`));
  }
  n = protocolSections(input, n, block, blocks);
  const snippets = snippetsSection(n + 1, input, block);
  const main = header(input) + blocks.join('');
  return { main: main + snippets, pending };
}

const LANGUAGE_OF_SPELLING: Readonly<Record<string, string>> = { go: 'Go', python: 'Python', java: 'Java', node: 'Node.js (grpc-js)', csharp: 'C#', rust: 'Rust (tonic)' };

/** The sections only a gRPC, WebSocket or FTP code has; returns the last section number. */
function protocolSections(input: PageInput, n: number, block: BlockHtml, blocks: string[]): number {
  const { report: r, labels } = input;
  const open = (id: string): string => {
    const x = input.related.find((l) => l.target.id === id);
    return x ? openButton(x) : `<code>${escapeHtml(id)}</code>`;
  };
  if (r.grpc) {
    const g = r.grpc;
    const older = g.olderHttp.length
      ? `<dt>${escapeHtml(labels.olderMapping)}</dt><dd><ul class="related">${g.olderHttp.map((o) => `<li>${escapeHtml(labels.olderMappingItem.replace('{0}', o.code).replace('{1}', o.versions))} <span class="hint">(${escapeHtml(o.source)})</span></li>`).join('')}</ul></dd>`
      : '';
    const from = g.fromHttp.map((x) => `<li>${open(x.id)}</li>`).join('') + (g.fromOtherHttp ? `<li>${escapeHtml(labels.httpToGrpcOthers)}</li>` : '');
    const mapping =
      `<dl class="facts mapping">` +
      `<dt>${escapeHtml(labels.grpcToHttp)}</dt><dd>${open(g.http.id)} <span class="hint">(${escapeHtml(g.http.source)})</span></dd>${older}` +
      `<dt>${escapeHtml(labels.httpToGrpc)}</dt><dd>${from ? `<ul class="related">${from}</ul>` : escapeHtml(labels.httpToGrpcNone)}</dd>` +
      `</dl>` +
      (labels.library ? `<div class="notice" role="note">${escapeHtml(labels.library)}</div>` : '');
    blocks.push(section(++n, 'grpc-mapping', labels.grpcMapping, '', mapping));
    blocks.push(section(++n, 'grpc-trailers', labels.trailers, copyButton(labels, 'grpcTrailers', labels.trailers), block(g.trailers, 'http') + `<p class="hint">${escapeHtml(labels.trailersNote)}</p>`));
    const output = g.grpcurlOutput ? `<p class="hint">${escapeHtml(labels.grpcurlOutput)}</p>${codeBlock(escapeHtml(g.grpcurlOutput), 'text')}` : '';
    blocks.push(section(++n, 'grpcurl', labels.grpcurl, copyButton(labels, 'grpcurl', labels.grpcurl), block(g.grpcurl, 'shellscript') + output));
    const rows = Object.entries(g.spellings)
      .map(([lang, name]) => `<tr><th scope="row">${escapeHtml(LANGUAGE_OF_SPELLING[lang] ?? lang)}</th><td><code>${escapeHtml(name)}</code></td></tr>`)
      .join('');
    blocks.push(section(++n, 'grpc-spellings', labels.spellings, '', `<table class="spellings">${rows}</table>`));
  }
  if (r.websocket) {
    const w = r.websocket;
    if (w.closeFrame) {
      const rows = w.closeFrame.fields.map((f) => `<tr><td><code>${escapeHtml(f.bytes.map((b) => b.toString(16).padStart(2, '0')).join(' '))}</code></td><td>${escapeHtml(f.what)}</td></tr>`).join('');
      const table = `<table class="frame"><thead><tr><th scope="col">${escapeHtml(labels.closeFrameBytes)}</th><th scope="col">${escapeHtml(labels.closeFrameField)}</th></tr></thead><tbody>${rows}</tbody></table>`;
      blocks.push(section(++n, 'close-frame', labels.closeFrame, copyButton(labels, 'closeFrame', labels.closeFrame), codeBlock(escapeHtml(w.closeFrame.hex), 'hex') + table + `<p class="hint">${escapeHtml(labels.closeFrameNote)}</p>`));
    } else if (w.notSent) {
      blocks.push(section(++n, 'close-frame', labels.closeFrame, '', `<div class="notice" role="note">${escapeHtml(w.notSent)}</div>`));
    }
  }
  if (r.ftp) {
    const f = r.ftp;
    const group = labels.ftpGroupName ? `<dl class="facts"><dt>${escapeHtml(labels.ftpGroup)}</dt><dd>${escapeHtml(labels.ftpGroupName)}</dd></dl>` : '';
    const conflicts = f.conflicts.length
      ? `<div class="notice" role="note">${escapeHtml(labels.conflicts)}<ul>${f.conflicts.map((c) => `<li>${escapeHtml(c.meaning)} <span class="hint">(${escapeHtml(c.source)})</span></li>`).join('')}</ul></div>`
      : '';
    blocks.push(section(++n, 'ftp-reply', labels.ftpReply, copyButton(labels, 'ftpReply', labels.ftpReply), conflicts + codeBlock(highlightSmtpReply(f.reply), 'ftp') + group));
    blocks.push(section(++n, 'ftp-reply-multiline', labels.ftpReplyMultiline, copyButton(labels, 'ftpReplyMultiline', labels.ftpReplyMultiline), codeBlock(highlightSmtpReply(f.replyMultiline), 'ftp')));
  }
  return n;
}

/** What a page is made of, for a whole document (renderPage) or an update in place (pageUpdate). */
function pageParts(input: PageInput): { main: string; pending: boolean; attrs: Record<string, string> } {
  const { main, pending } = pageMain(input);
  // Highlighting ran in pageMain, so the session's CSS is complete after it.
  const attrs: Record<string, string> = { state: JSON.stringify(input.state), highlighted: input.highlighter ? 'true' : 'false' };
  if (pending) attrs.pending = 'true';
  if (input.page !== undefined) attrs.page = String(input.page);
  if (input.startedAt !== undefined) attrs.startedAt = String(input.startedAt);
  if (input.renderedAt !== undefined) attrs.renderedAt = String(input.renderedAt);
  return { main, pending, attrs };
}

/** `renderedAt` -> `rendered-at`: a dataset key as an attribute name. */
function dataAttr(key: string): string {
  return `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

export function renderPage(input: PageInput): string {
  const { report: r, labels, nonce } = input;
  const { main, attrs } = pageParts(input);
  const tokenCss = input.highlighter?.css() ?? '';
  const clientLabels: ClientLabels = { copied: labels.copied, inserted: labels.inserted, failed: labels.failed };
  const bodyAttrs = Object.entries({ ...attrs, labels: JSON.stringify(clientLabels) })
    .map(([k, v]) => ` ${dataAttr(k)}="${attr(v)}"`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${attr(input.language ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(input.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${input.assets ? `<style nonce="${attr(nonce)}">${input.assets.style.replace(/<\/style/gi, '<\\/style')}</style>` : `<link rel="stylesheet" href="${attr(input.styleUri)}">`}
<style nonce="${attr(nonce)}" data-tokens>${tokenCss.replace(/</g, '\\3c ')}</style>
<title>${escapeHtml(`${r.code} ${r.phrase}`)}</title>
</head>
<body${bodyAttrs}>
<main class="page">${main}</main>
<div class="toast" role="status" aria-live="polite"></div>
${input.assets ? `<script nonce="${attr(nonce)}">${input.assets.script.replace(/<\/script/gi, '<\\/script')}</script>` : `<script nonce="${attr(nonce)}" src="${attr(input.scriptUri)}"></script>`}
</body>
</html>`;
}

/**
 * The same page as an update of a loaded one (a reused view showing another code): VS Code reloads
 * the webview's frame for every `webview.html`, ~200 ms; the page swaps its <main> in a frame.
 */
export function pageUpdate(input: PageInput, css: readonly string[]): Extract<HostToWebview, { type: 'page' }> {
  const { main, attrs } = pageParts(input);
  return { type: 'page', title: `${input.report.code} ${input.report.phrase}`, main, attrs, css: [...css] };
}
