// Pure renderers: the raw mock HTTP response, the curl line and the SMTP reply.
import { PROTOCOL_LABELS } from '../classes';
import { relatedOf } from '../registry';
import type { ResolvedCode } from '../types';
import { bodyJson, byteLength, httpStatusOf, responseBody, type BodyOptions } from './body';
import { statusHeaders } from './headers';

export interface RawResponseOptions extends BodyOptions {
  /** The clock for the Date header; injectable so output is reproducible. */
  now?: () => Date;
  /** `HTTP/1.1` unless told otherwise. */
  httpVersion?: string;
}

/** Why a renderer could not render: stable, for a UI to say it in its own language. */
export type RenderFailure = 'not-http' | 'not-smtp' | 'bad-url' | 'not-sent' | 'not-protocol' | 'too-long';

/** What a renderer gives: the text, or why there is none (`message` is English). */
export type Rendered = { ok: true; text: string } | { ok: false; reason: RenderFailure; message: string };

export function fail(reason: RenderFailure, message: string): Rendered & { ok: false } {
  return { ok: false, reason, message };
}

/** The text of a result, or undefined when it failed. */
export function textOf(result: Rendered): string | undefined {
  return result.ok ? result.text : undefined;
}

/** IMF-fixdate (RFC 9110 section 5.6.7): `Tue, 25 Feb 2026 12:00:00 GMT`. */
function imfFixdate(date: Date): string {
  return date.toUTCString();
}

function notHttp(r: ResolvedCode): Rendered & { ok: false } {
  const what: Record<string, string> = {
    'smtp-enhanced': 'an SMTP enhanced status code',
    grpc: 'a gRPC status code (sent in the grpc-status trailer)',
    websocket: 'a WebSocket close code (sent in a Close frame)',
    ftp: 'an FTP reply code',
  };
  return fail('not-http', `${r.code} is ${what[r.protocol] ?? 'not an HTTP status'}; it has no HTTP response.`);
}

/** Why a code that is never sent has no response (English; the view says it in the user's language). */
export function notSentMessage(r: ResolvedCode): string | undefined {
  const who = r.entry.vendor ? `${r.entry.vendor} ${r.code}` : r.code;
  switch (r.entry.wire?.kind) {
    case 'closes-connection':
      return `${who} ${r.entry.phrase} is never sent: the server closes the connection without sending any response.`;
    case 'logged-only':
      return `${who} ${r.entry.phrase} is never sent: the server writes it to its access log when the client has closed the connection before the response.`;
    default:
      return undefined;
  }
}

/**
 * The raw mock response, as the reference page shows it: the status line, the headers the status
 * needs (headers.ts), Date, and for a body Content-Type and Content-Length (the UTF-8 byte length
 * of the exact body shown). Statuses without content (1xx, 204, 205, 304) carry no body; codes no
 * client receives (444, 499) have no response.
 */
export function renderRawResponse(r: ResolvedCode, options: RawResponseOptions = {}): Rendered {
  const status = httpStatusOf(r);
  if (status === undefined) return notHttp(r);
  const notSent = notSentMessage(r);
  if (notSent) return fail('not-sent', notSent);
  const date = imfFixdate((options.now ?? (() => new Date()))());
  const lines = [`${options.httpVersion ?? 'HTTP/1.1'} ${status} ${r.entry.phrase}`];
  const extra = statusHeaders(status).map((h) => `${h.name}: ${h.value}`);
  const body = responseBody(r, options);
  if (!body) {
    lines.push(...extra, `Date: ${date}`);
    return { ok: true, text: lines.join('\n') + '\n' };
  }
  const text = bodyJson(body);
  lines.push(`Content-Type: ${body.contentType}`, ...extra, `Date: ${date}`, `Content-Length: ${byteLength(text)}`, '', text);
  return { ok: true, text: lines.join('\n') };
}

/** nginx's `$time_local`: `25/Feb/2026:12:00:00 +0000`. */
function nginxTime(d: Date): string {
  const [, day, month, year, time] = /^\w+, (\d{2}) (\w+) (\d{4}) (\S+) GMT$/.exec(d.toUTCString())!;
  return `${day}/${month}/${year}:${time} +0000`;
}

/**
 * What happens instead of a response for a code no client receives: what curl prints and the
 * access-log line (nginx's `combined` format) where the code appears.
 */
export function renderNotSent(r: ResolvedCode, options: { now?: () => Date } = {}): Rendered {
  const kind = r.entry.wire?.kind;
  if (!kind) return fail('not-http', `${r.code} ${r.entry.phrase} is sent as a response; see its raw response.`);
  const when = nginxTime((options.now ?? (() => new Date()))());
  const log = `127.0.0.1 - - [${when}] "GET /endpoint HTTP/1.1" ${r.code} 0 "-" "curl/8.5.0"`;
  const client =
    kind === 'closes-connection'
      ? ['$ curl -i http://localhost/endpoint', 'curl: (52) Empty reply from server']
      : ['$ curl -i --max-time 1 http://localhost/endpoint', 'curl: (28) Operation timed out after 1000 milliseconds with 0 bytes received'];
  return { ok: true, text: [...client, '', '# access.log', log].join('\n') };
}

export const DEFAULT_CURL_BASE = 'https://httpbin.org';

/** Checks a base URL for the curl line; gives the normalised base (no trailing slash). */
export function normaliseBaseUrl(base: string): Rendered {
  let url: URL;
  try {
    url = new URL(base.trim());
  } catch {
    return fail('bad-url', `"${base}" is not a URL (expected e.g. ${DEFAULT_CURL_BASE}).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail('bad-url', `"${base}" is not an http or https URL.`);
  }
  return { ok: true, text: url.toString().replace(/\/+$/, '') };
}

/**
 * `curl -i <base>/status/<code>`: asks an echo service (httpbin and clones, the extension's mock)
 * to answer with the code. An SMTP code or a vendor meaning adds the mock's selector
 * (`?protocol=smtp`, `?vendor=nginx`), which httpbin ignores; the URL is then quoted for the shell.
 */
export function renderCurl(r: ResolvedCode, base: string = DEFAULT_CURL_BASE): Rendered {
  const status = httpStatusOf(r);
  if (status === undefined) return notHttp(r);
  const url = normaliseBaseUrl(base);
  if (!url.ok) return url;
  const query = r.protocol === 'smtp' ? '?protocol=smtp' : r.entry.vendor ? `?vendor=${encodeURIComponent(r.entry.vendor.toLowerCase())}` : '';
  const target = `${url.text}/status/${status}${query}`;
  return { ok: true, text: `curl -i ${query ? `'${target.replace(/'/g, "'\\''")}'` : target}` };
}

export interface SmtpReplyOptions {
  /** Multi-line form (RFC 5321 section 4.2.1): every line but the last has a hyphen after the code. */
  multiline?: boolean;
}

/** The generic basic reply code for an enhanced class when the registry names none. */
const GENERIC_BASIC: Record<string, string> = { '2': '250', '4': '451', '5': '554' };

/** Picks the basic and enhanced codes and the text of an SMTP reply. */
function smtpReplyParts(r: ResolvedCode): { basic: string; enhanced?: string; text: string; detail: string } | undefined {
  if (r.protocol === 'smtp') {
    // relatedOf gives enhanced codes in this reply's class where they are used with it; a 3yz
    // reply has no enhanced class, so none matches.
    const enhanced = relatedOf(r).find((x) => x.protocol === 'smtp-enhanced' && x.code[0] === r.code[0]);
    return {
      basic: r.code,
      enhanced: enhanced?.code,
      text: r.entry.replyText ?? r.entry.text ?? r.entry.phrase,
      detail: r.entry.description,
    };
  }
  if (r.protocol === 'smtp-enhanced') {
    const digit = r.code[0]!;
    const basic = (r.entry.basicCodes ?? []).find((b) => /^\d{3}$/.test(b) && b[0] === digit) ?? GENERIC_BASIC[digit]!;
    return { basic, enhanced: r.code, text: r.entry.text ?? r.entry.phrase, detail: r.entry.description };
  }
  return undefined;
}

/** `452 4.3.1 Insufficient system storage`, or its multi-line form. */
export function renderSmtpReply(r: ResolvedCode, options: SmtpReplyOptions = {}): Rendered {
  const parts = smtpReplyParts(r);
  if (!parts) return fail('not-smtp', `${PROTOCOL_LABELS[r.protocol]} ${r.code} is not an SMTP code; it has no SMTP reply.`);
  const { basic, enhanced, text, detail } = parts;
  const texts = options.multiline ? [text, ...wrap(detail, 72)] : [text];
  return { ok: true, text: texts.map((t, i) => `${basic}${i < texts.length - 1 ? '-' : ' '}${enhanced ? `${enhanced} ` : ''}${t}`).join('\n') };
}

/** Words of a text in lines of at most `width` characters (a longer word stands alone). */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
