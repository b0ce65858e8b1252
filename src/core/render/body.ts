// The JSON body a mock response carries, as a list of fields that every renderer (raw response,
// framework snippets) writes in its own syntax. 2xx and 3xx send a status object (3xx with the
// link its Location names); 4xx and 5xx send an error object, or RFC 9457 problem details in the
// `problem` style, which describes errors only.
import type { ResolvedCode } from '../types';
import { statusHeaders } from './headers';

export type BodyStyle = 'simple' | 'problem';
export const BODY_STYLES: readonly BodyStyle[] = ['simple', 'problem'];

/** A field of the body. `slot` marks the fields a snippet offers as tab stops (1 = key, 2 = message). */
export interface BodyField {
  name: string;
  value: string | number;
  slot?: 1 | 2;
}

export interface ResponseBody {
  contentType: 'application/json' | 'application/problem+json';
  fields: BodyField[];
}

export interface BodyOptions {
  style?: BodyStyle;
  /** The key (`error` of an error, `status` of a success); defaults to the entry's key. */
  key?: string;
  /** The human message; defaults to the entry's phrase. */
  message?: string;
}

/** The HTTP status code a resolved code is sent with, or undefined when it cannot be an HTTP status. */
export function httpStatusOf(r: ResolvedCode): number | undefined {
  // An HTTP code, or an SMTP reply code sent as an HTTP status (452); gRPC, WebSocket and FTP codes
  // have forms of their own (render/protocols.ts).
  if (r.protocol !== 'http' && r.protocol !== 'smtp') return undefined;
  const n = Number(r.code);
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

/** Responses that carry no content (RFC 9110: 1xx, 204, 205 and 304). */
function hasNoContent(status: number): boolean {
  return status < 200 || status === 204 || status === 205 || status === 304;
}

/** The body for a code, or undefined when the status carries no content. */
export function responseBody(r: ResolvedCode, options: BodyOptions = {}): ResponseBody | undefined {
  const status = httpStatusOf(r);
  if (status === undefined || hasNoContent(status)) return undefined;
  const key = options.key ?? r.entry.key;
  const message = options.message ?? r.entry.phrase;
  if (status < 400) {
    // A redirect's content is "a short hypertext note with a hyperlink" to its Location (RFC 9110 15.4.2).
    const location = status >= 300 ? statusHeaders(status).find((h) => h.name === 'Location') : undefined;
    return {
      contentType: 'application/json',
      fields: [
        { name: 'status', value: key, slot: 1 },
        { name: 'message', value: message, slot: 2 },
        ...(location ? [{ name: 'location', value: location.value }] : []),
      ],
    };
  }
  if ((options.style ?? 'simple') === 'problem') {
    // RFC 9457: with type "about:blank" the title is the status phrase; the detail is ours.
    return {
      contentType: 'application/problem+json',
      fields: [
        { name: 'type', value: 'about:blank' },
        { name: 'title', value: r.entry.phrase },
        { name: 'status', value: status },
        { name: 'detail', value: message, slot: 2 },
        { name: 'error', value: key, slot: 1 },
      ],
    };
  }
  return {
    contentType: 'application/json',
    fields: [
      { name: 'error', value: key, slot: 1 },
      { name: 'message', value: message, slot: 2 },
    ],
  };
}

/** The body as JSON text, one line, `", "` and `": "` separators (as the reference page shows it). */
export function bodyJson(body: ResponseBody): string {
  return `{${body.fields.map((f) => `${JSON.stringify(f.name)}: ${JSON.stringify(f.value)}`).join(', ')}}`;
}

/** The body as the object a server sends. */
export function bodyObject(body: ResponseBody): Record<string, string | number> {
  return Object.fromEntries(body.fields.map((f) => [f.name, f.value]));
}

const encoder = new TextEncoder();

/** UTF-8 byte length, what Content-Length counts. */
export function byteLength(text: string): number {
  return encoder.encode(text).length;
}
