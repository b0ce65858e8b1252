// What the HTTP mock sends, taken from the core's raw response: the text the response view shows,
// split into status line, headers and body, so the bytes served are the bytes shown (with HTTP's
// CRLF line ends in the head). No second rendering: only the renderer decides headers and body.
import { lookup } from '../core/registry';
import type { BodyStyle } from '../core/render/body';
import { renderRawResponse } from '../core/render/response';
import { codeClass } from '../core/classes';
import type { ResolvedCode, StatusEntry } from '../core/types';

export interface WireResponse {
  status: number;
  phrase: string;
  /** Name/value pairs in the renderer's order and spelling. */
  headers: Array<[string, string]>;
  body: Buffer;
  /** True for a code whose server closes the connection without any response (nginx 444). */
  closeWithoutResponse?: boolean;
}

export interface WireOptions {
  style?: BodyStyle;
  message?: string;
  now?: () => Date;
}

/** Parses the raw response text of the core renderer. */
export function parseRaw(raw: string): Omit<WireResponse, 'closeWithoutResponse'> {
  const split = raw.indexOf('\n\n');
  const head = split === -1 ? raw.replace(/\n$/, '') : raw.slice(0, split);
  const body = split === -1 ? '' : raw.slice(split + 2);
  const [statusLine, ...lines] = head.split('\n');
  const m = /^HTTP\/1\.[01] (\d{3}) (.*)$/.exec(statusLine ?? '');
  if (!m) throw new Error(`not a status line: ${JSON.stringify(statusLine)}`);
  const headers = lines.map((l): [string, string] => {
    const i = l.indexOf(':');
    if (i <= 0) throw new Error(`not a header line: ${JSON.stringify(l)}`);
    return [l.slice(0, i), l.slice(i + 1).trim()];
  });
  return { status: Number(m[1]), phrase: m[2]!, headers, body: Buffer.from(body, 'utf8') };
}

/** The head as sent: status line and headers with CRLF, ending in the blank line. */
export function headBytes(r: Pick<WireResponse, 'status' | 'phrase' | 'headers'>): Buffer {
  return Buffer.from(`HTTP/1.1 ${r.status} ${r.phrase}\r\n${r.headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`, 'latin1');
}

/** nginx's 444 is never sent: nginx closes the connection, and so does the mock. */
/** A code the registry marks as never sent (nginx 444 closes, 499 is only logged): the mock sends nothing, as the server does. */
function closesWithoutResponse(r: ResolvedCode): boolean {
  return r.entry.wire !== undefined;
}

/** The response for a code the registry holds (HTTP or an SMTP code sent as an HTTP status). */
export function wireFor(r: ResolvedCode, options: WireOptions = {}): WireResponse {
  // Decided before rendering: a renderer may well refuse to show a response that is never sent.
  if (closesWithoutResponse(r)) return { status: Number(r.code), phrase: r.entry.phrase, headers: [], body: Buffer.alloc(0), closeWithoutResponse: true };
  const rendered = renderRawResponse(r, { style: options.style, message: options.message, now: options.now });
  if (!rendered.ok) throw new Error(rendered.message);
  return parseRaw(rendered.text);
}

/**
 * The response for a number in 100..599 the registry does not hold: rendered by the same
 * renderer from a stand-in entry whose message says it is unassigned and what the user may mean.
 */
export function wireForUnassigned(code: string, options: WireOptions = {}): WireResponse {
  const answer = lookup('http', code);
  const suggestions = answer.kind === 'unassigned' ? answer.suggestions : [];
  const hint = suggestions.length
    ? `; you may mean ${suggestions.map((s) => `${s.protocol === 'http' ? 'HTTP' : 'SMTP'} ${s.code} ${s.entry.phrase}${s.protocol === 'smtp' ? ' (?protocol=smtp)' : ''}`).join(', ')}`
    : '';
  const entry: StatusEntry = {
    id: `http:${code}`,
    protocol: 'http',
    code,
    phrase: 'Unassigned',
    description: `HTTP ${code} is not in the IANA registry.`,
    key: 'unassigned',
    status: 'unused',
    spec: { title: 'IANA HTTP Status Code Registry', url: 'https://www.iana.org/assignments/http-status-codes/' },
    source: 'mock server',
    related: [],
  };
  const r: ResolvedCode = { protocol: 'http', code, entry, codeClass: codeClass('http', Number(code[0]))! };
  return wireFor(r, { ...options, message: options.message ?? `HTTP ${code} is unassigned in the IANA registry${hint}.` });
}

/** The response of one HTTP status with a message of the mock's own (bad knobs, unknown paths). */
export function wireMessage(status: number, message: string, options: WireOptions = {}): WireResponse {
  const answer = lookup('http', String(status));
  if (answer.kind !== 'found') throw new Error(`HTTP ${status} is not in the registry`);
  return wireFor(answer.matches[0]!, { ...options, message });
}
