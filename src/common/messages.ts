// Messages between the extension host and the response webview (both directions), and the
// webview's saved state. Shared by src/extension/responsePanel.ts and src/webview/main.ts, like
// VS Code's markdown preview does with types/previewMessaging.d.ts.
//
// The webview is treated as untrusted: it never sends text to copy or insert, only *which* item
// (`raw`, a framework id...), and the host looks the text up in its own report. Every message is
// parsed with `parseWebviewMessage`, which drops unknown types and unknown fields.
import { PROTOCOLS, type Protocol } from '../core/types';

export const RESPONSE_VIEW_TYPE = 'statusCodes.response';

/** A code as hover links, tree items and the webview name it: the one shape every caller passes. */
export interface CodeTarget {
  /** A protocol of the registry. */
  protocol: Protocol;
  /** Concrete code: `404`, `452`, `5.1.1`. */
  code: string;
  /** Entry id, to pick one meaning where vendors clash (`http:499@nginx`). */
  id?: string;
}

/** What the Copy buttons can copy; snippets are named by framework id. */
export type CopyItem = 'raw' | 'curl' | 'smtpReply' | 'smtpReplyMultiline' | 'snippet' | 'smtpClient' | 'grpcTrailers' | 'grpcurl' | 'closeFrame' | 'ftpReply' | 'ftpReplyMultiline';
const COPY_ITEMS: readonly CopyItem[] = ['raw', 'curl', 'smtpReply', 'smtpReplyMultiline', 'snippet', 'smtpClient', 'grpcTrailers', 'grpcurl', 'closeFrame', 'ftpReply', 'ftpReplyMultiline'];

export type WebviewToHost =
  /** Copy an item; `framework` is required for `snippet`. `request` is echoed in the ack. */
  | { type: 'copy'; item: CopyItem; framework?: string; request: number }
  /** Insert a framework's snippet into the last text editor. */
  | { type: 'insert'; framework: string; request: number }
  /** Open (or reveal) another code's panel. */
  | { type: 'open'; target: CodeTarget }
  /** The user selected a framework tab (kept by the host across re-renders). */
  | { type: 'selectTab'; framework: string }
  /** Back or forward through the codes this view showed (the mouse's side buttons). */
  | { type: 'navigate'; direction: NavigateDirection }
  /** Start the HTTP mock, or test this code's SMTP reply on the SMTP mock (the host knows the code). */
  | { type: 'mock'; action: MockAction }
  /**
   * Page `page` (its `data-page`) shows blocks still plain: `blocks`, their `data-block` numbers, the
   * ones on screen now (a tab just selected); the host answers with `highlight` for them.
   */
  | { type: 'ready'; page: number; blocks: number[] }
  /** Page `page` is loaded and listening: the host may update it in place (`page`) from now on. */
  | { type: 'loaded'; page: number }
  /** Page `page` is on screen (the frame after it was put in place has been painted). */
  | { type: 'painted'; page: number };

/** The most blocks one `ready` may ask for (a page has a few dozen). */
const MAX_READY_BLOCKS = 64;

export type NavigateDirection = 'back' | 'forward';
export type MockAction = 'startHttp' | 'testSmtp';
const MOCK_ACTIONS: readonly MockAction[] = ['startHttp', 'testSmtp'];

export type HostToWebview =
  /** The result of a copy or insert request. */
  | { type: 'ack'; request: number; ok: boolean }
  /**
   * Colours for the blocks page `page` showed plain (`data-block` numbers), highlighted after the
   * page was shown, and the token classes they use beyond the page's own stylesheet.
   */
  | { type: 'highlight'; page: number; blocks: HighlightedBlock[]; css: string[] }
  /**
   * Another page in place of the loaded one (a reused view showing another code): its <main>, its
   * <body> data attributes (PAGE_ATTRS), its title and its token classes (all of them: the old ones go).
   */
  | { type: 'page'; title: string; main: string; attrs: Record<string, string>; css: string[] };

/** The <body> data attributes a page update may set (`renderedAt` is `data-rendered-at`). */
export const PAGE_ATTRS: readonly string[] = ['state', 'highlighted', 'pending', 'page', 'startedAt', 'renderedAt', 'postedAt'];

export interface HighlightedBlock {
  block: number;
  /** Inner HTML of the block's `<code>`: escaped text in `<span class="tN">`s, from the host's highlighter. */
  html: string;
}

/** What the webview keeps with `vscode.setState` and the serializer gets back after a reload. */
export interface ResponseViewState {
  target: CodeTarget;
  tab?: string;
  /** Kept open: this view is not reused for the next code shown. */
  kept?: boolean;
}

/** Labels the client script needs (the host localises them). */
export interface ClientLabels {
  copied: string;
  inserted: string;
  failed: string;
}

const MAX_ID = 64;
const FRAMEWORK_RE = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isRequest(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function isFrameworkId(v: unknown): v is string {
  return typeof v === 'string' && FRAMEWORK_RE.test(v);
}

/** A target with only the known fields, or undefined. Codes are short; ids bounded. */
export function parseCodeTarget(v: unknown): CodeTarget | undefined {
  if (!isRecord(v)) return undefined;
  const { protocol, code, id } = v;
  if (typeof protocol !== 'string' || !(PROTOCOLS as readonly string[]).includes(protocol)) return undefined;
  if (typeof code !== 'string' || code.length === 0 || code.length > 16) return undefined;
  if (id !== undefined && (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID)) return undefined;
  return id === undefined ? { protocol: protocol as Protocol, code } : { protocol: protocol as Protocol, code, id };
}

/**
 * Parses a message from the webview: returns a fresh object holding only the known fields of a
 * known message type, or undefined for anything else.
 */
export function parseWebviewMessage(msg: unknown): WebviewToHost | undefined {
  if (!isRecord(msg) || typeof msg.type !== 'string') return undefined;
  switch (msg.type) {
    case 'copy': {
      if (typeof msg.item !== 'string' || !(COPY_ITEMS as readonly string[]).includes(msg.item) || !isRequest(msg.request)) return undefined;
      const item = msg.item as CopyItem;
      // A snippet is named by its framework id, an SMTP client line by its client id (same form).
      if (item === 'snippet' || item === 'smtpClient') {
        return isFrameworkId(msg.framework) ? { type: 'copy', item, framework: msg.framework, request: msg.request } : undefined;
      }
      return { type: 'copy', item, request: msg.request };
    }
    case 'mock':
      return typeof msg.action === 'string' && (MOCK_ACTIONS as readonly string[]).includes(msg.action) ? { type: 'mock', action: msg.action as MockAction } : undefined;
    case 'insert':
      return isFrameworkId(msg.framework) && isRequest(msg.request) ? { type: 'insert', framework: msg.framework, request: msg.request } : undefined;
    case 'open': {
      const target = parseCodeTarget(msg.target);
      return target ? { type: 'open', target } : undefined;
    }
    case 'selectTab':
      return isFrameworkId(msg.framework) ? { type: 'selectTab', framework: msg.framework } : undefined;
    case 'navigate':
      return msg.direction === 'back' || msg.direction === 'forward' ? { type: 'navigate', direction: msg.direction } : undefined;
    case 'ready':
      if (!isRequest(msg.page) || !Array.isArray(msg.blocks) || msg.blocks.length > MAX_READY_BLOCKS || !msg.blocks.every(isRequest)) return undefined;
      return { type: 'ready', page: msg.page, blocks: [...new Set(msg.blocks as number[])] };
    case 'loaded':
    case 'painted':
      return isRequest(msg.page) ? { type: msg.type, page: msg.page } : undefined;
    default:
      return undefined;
  }
}

/** The saved state of a panel (from `getState` or the serializer), validated. */
export function parseViewState(v: unknown): ResponseViewState | undefined {
  if (!isRecord(v)) return undefined;
  const target = parseCodeTarget(v.target);
  if (!target) return undefined;
  return { target, ...(isFrameworkId(v.tab) ? { tab: v.tab } : {}), ...(v.kept === true ? { kept: true } : {}) };
}

/** A token class rule as HighlightSession writes it: `.t12{--sl:#0000ff;--sd-fs:italic}`. */
const TOKEN_RULE = /^\.t\d{1,6}\{[-a-z0-9:#;]{1,400}\}$/i;

/** Check of a message from the host, used by the client (defensive, cheap). */
export function parseHostMessage(msg: unknown): HostToWebview | undefined {
  if (!isRecord(msg)) return undefined;
  if (msg.type === 'ack') return isRequest(msg.request) && typeof msg.ok === 'boolean' ? { type: 'ack', request: msg.request, ok: msg.ok } : undefined;
  if (msg.type === 'page') {
    if (typeof msg.title !== 'string' || msg.title.length > 300 || typeof msg.main !== 'string' || !isRecord(msg.attrs) || !Array.isArray(msg.css)) return undefined;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(msg.attrs)) {
      if (!PAGE_ATTRS.includes(k) || typeof v !== 'string') return undefined;
      attrs[k] = v;
    }
    const css = (msg.css as unknown[]).filter((r): r is string => typeof r === 'string' && TOKEN_RULE.test(r));
    return { type: 'page', title: msg.title, main: msg.main, attrs, css };
  }
  if (msg.type !== 'highlight' || !isRequest(msg.page) || !Array.isArray(msg.blocks) || !Array.isArray(msg.css)) return undefined;
  const blocks: HighlightedBlock[] = [];
  for (const b of msg.blocks as unknown[]) {
    if (!isRecord(b) || !isRequest(b.block) || typeof b.html !== 'string') return undefined;
    blocks.push({ block: b.block, html: b.html });
  }
  const css = (msg.css as unknown[]).filter((r): r is string => typeof r === 'string' && TOKEN_RULE.test(r));
  return { type: 'highlight', page: msg.page, blocks, css };
}
