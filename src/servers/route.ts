// The HTTP mock's routes and knobs: a request URL read into a plan, every value checked and
// bounded before anything is counted or sent, so bad input gets a 400 with the reason and
// changes nothing.
import { lookup } from '../core/registry';
import type { BodyStyle } from '../core/render/body';
import type { ResolvedCode } from '../core/types';
import { statusHeaders } from '../core/render/headers';

export const LIMITS = {
  /** `?sleep=ms` */
  maxSleepMs: 60_000,
  /** Codes in one `/status/a,b,c`. */
  maxItems: 100,
  /** `?header=` parameters in one request. */
  maxExtraHeaders: 20,
  maxHeaderValue: 1024,
  /** Sequences remembered; the oldest is forgotten beyond. */
  maxSequences: 1000,
} as const;

export type Fault = 'reset' | 'empty' | 'truncate';
const FAULTS: readonly Fault[] = ['reset', 'empty', 'truncate'];

/** One code of a `/status/` path: a registry meaning, or a number the registry does not hold. */
export type Target = { kind: 'found'; resolved: ResolvedCode } | { kind: 'unassigned'; code: string };

export interface StatusPlan {
  kind: 'status';
  targets: Target[];
  /** How several codes are chosen: weighted at random, or one after another per sequence. */
  mode: 'single' | 'random' | 'sequence';
  weights: number[];
  /** Identifies a sequence (its codes and selectors) for its counter. */
  sequenceKey: string;
  resetSequence: boolean;
  style?: BodyStyle;
  sleepMs: number;
  headers: Array<[string, string]>;
  fault?: Fault;
  earlyHints: boolean;
}

export type Plan =
  | StatusPlan
  | { kind: 'index' }
  | { kind: 'reset-sequences' }
  | { kind: 'error'; status: 400 | 404; message: string };

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Visible ASCII, spaces and tabs: no CR, LF or other controls. */
const FIELD_VALUE = /^[\t\x20-\x7e]*$/;
/** Headers that frame the message: the mock writes them from the body, a knob may not. */
const FRAMING = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'trailer', 'te']);

function error(message: string): Plan {
  return { kind: 'error', status: 400, message };
}

function resolveCode(code: string, protocol: 'http' | 'smtp', vendor: string | undefined): Target | string {
  const answer = lookup(protocol, code);
  if (answer.kind === 'invalid') return answer.message;
  if (answer.kind === 'unassigned') {
    if (protocol === 'smtp') return `SMTP ${code} is unassigned.`;
    return { kind: 'unassigned', code: answer.code };
  }
  if (vendor === undefined) return { kind: 'found', resolved: answer.matches[0]! };
  const match = answer.matches.find((m) => (m.entry.vendor ?? '').toLowerCase() === vendor.toLowerCase());
  if (match) return { kind: 'found', resolved: match };
  const vendors = answer.matches.map((m) => m.entry.vendor).filter(Boolean);
  return `${code} has no meaning from vendor "${vendor}"${vendors.length ? ` (vendors: ${vendors.join(', ')})` : ''}.`;
}

/** Reads one request into a plan. `accept` is the request's Accept header. */
export function planRequest(method: string, rawUrl: string, accept: string | undefined): Plan {
  let url: URL;
  try {
    url = new URL(rawUrl, 'http://127.0.0.1');
  } catch {
    return error(`"${rawUrl}" is not a request target.`);
  }
  const path = url.pathname;
  const q = url.searchParams;
  if (path === '/' || path === '') return { kind: 'index' };
  if (path === '/sequences' || path === '/sequences/') {
    if (method === 'DELETE' || method === 'POST') return { kind: 'reset-sequences' };
    return error('DELETE /sequences resets every sequence counter.');
  }
  const m = /^\/status\/([^/]+)(?:\/.*)?$/.exec(path);
  if (!m) return { kind: 'error', status: 404, message: `Nothing at ${path}; GET / lists the endpoints.` };
  let spec: string;
  try {
    spec = decodeURIComponent(m[1]!);
  } catch {
    return error('The code list is not valid percent-encoding.');
  }

  const protocolParam = q.get('protocol') ?? 'http';
  if (protocolParam !== 'http' && protocolParam !== 'smtp') return error(`protocol=${protocolParam}: http or smtp.`);
  const vendor = q.get('vendor') ?? undefined;

  const styleParam = q.get('style');
  let style: BodyStyle | undefined;
  if (styleParam !== null) {
    if (styleParam !== 'simple' && styleParam !== 'problem') return error(`style=${styleParam}: simple or problem.`);
    style = styleParam;
  } else if (accept && /application\/problem\+json/i.test(accept)) style = 'problem';

  let sleepMs = 0;
  const sleep = q.get('sleep');
  if (sleep !== null) {
    if (!/^\d{1,9}$/.test(sleep) || Number(sleep) > LIMITS.maxSleepMs) return error(`sleep=${sleep}: a whole number of milliseconds, 0 to ${LIMITS.maxSleepMs}.`);
    sleepMs = Number(sleep);
  }

  const fault = q.get('fault');
  if (fault !== null && !(FAULTS as readonly string[]).includes(fault)) return error(`fault=${fault}: ${FAULTS.join(', ')}.`);

  const headers: Array<[string, string]> = [];
  const headerParams = q.getAll('header');
  if (headerParams.length > LIMITS.maxExtraHeaders) return error(`At most ${LIMITS.maxExtraHeaders} header parameters.`);
  for (const h of headerParams) {
    const i = h.indexOf(':');
    const name = i === -1 ? h : h.slice(0, i);
    const value = i === -1 ? '' : h.slice(i + 1).trim();
    if (i <= 0 || !TOKEN.test(name)) return error(`header=${JSON.stringify(h)}: expected Name:Value with a token for a name.`);
    if (!FIELD_VALUE.test(value) || value.length > LIMITS.maxHeaderValue) return error(`header ${name}: the value must be printable ASCII (no CR or LF), at most ${LIMITS.maxHeaderValue} characters.`);
    if (FRAMING.has(name.toLowerCase())) return error(`header ${name}: the mock frames the message itself; use fault= for broken framing.`);
    headers.push([name, value]);
  }

  const items = spec.split(',');
  if (items.length > LIMITS.maxItems) return error(`At most ${LIMITS.maxItems} codes in one list.`);
  const targets: Target[] = [];
  const weights: number[] = [];
  let weighted = false;
  for (const item of items) {
    const [code = '', weight, ...rest] = item.trim().split(':');
    if (rest.length) return error(`"${item}": expected CODE or CODE:WEIGHT.`);
    const target = resolveCode(code.trim(), protocolParam, vendor);
    if (typeof target === 'string') return error(target);
    if (weight !== undefined) {
      const w = Number(weight);
      if (weight.trim() === '' || !Number.isFinite(w) || w < 0) return error(`"${item}": the weight must be a number of 0 or more.`);
      weighted = true;
      weights.push(w);
    } else weights.push(1);
    targets.push(target);
  }
  if (weighted && !weights.some((w) => w > 0)) return error('At least one weight must be above 0.');
  const key = `${protocolParam}|${(vendor ?? '').toLowerCase()}|${items.map((s) => s.trim()).join(',')}`;
  return {
    kind: 'status',
    targets,
    mode: targets.length === 1 ? 'single' : weighted ? 'random' : 'sequence',
    weights,
    sequenceKey: key,
    resetSequence: q.has('reset'),
    ...(style ? { style } : {}),
    sleepMs,
    headers,
    ...(fault ? { fault: fault as Fault } : {}),
    earlyHints: q.has('early-hints'),
  };
}

/** Picks by weight; `random` in [0, 1). */
export function pickWeighted(weights: readonly number[], random: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = random * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0 && weights[i]! > 0) return i;
  }
  // Rounding can leave x at 0 after the last weight: the last positive one then.
  for (let i = weights.length - 1; i >= 0; i--) if (weights[i]! > 0) return i;
  return 0;
}

/**
 * The header fields a status needs (the core's one table, which the raw response carries too), for
 * what the mock writes itself (interim responses, its own messages). Only names a response lacks are added.
 */
export function realisticHeaders(status: number): Array<[string, string]> {
  return statusHeaders(status).map((h): [string, string] => [h.name, h.value]);
}

/** The endpoints and knobs, for `/`. */
export const INDEX = {
  name: 'Status Codes mock server',
  endpoints: [
    { path: '/status/{code}[/anything]', methods: 'any', says: 'answers the raw response the Status Codes response view shows for the code' },
    { path: '/status/{a},{b},{c}', methods: 'any', says: 'a deterministic sequence: a, then b, then c, then c again (counted per list; ?reset restarts it)' },
    { path: '/status/{a}:{weight},{b}:{weight}', methods: 'any', says: 'a code picked at random by weight' },
    { path: '/sequences', methods: 'DELETE', says: 'resets every sequence counter' },
    { path: '/', methods: 'GET', says: 'this list (HTML, or JSON with Accept: application/json)' },
  ],
  knobs: [
    { name: 'protocol=smtp', says: 'the SMTP reply code sent as an HTTP status (452 Insufficient Storage)' },
    { name: 'vendor=NAME', says: "a vendor's meaning of the code (nginx, cloudflare, ...)" },
    { name: 'style=simple|problem', says: 'the body style; Accept: application/problem+json picks problem too' },
    { name: `sleep=MS`, says: `waits before answering, at most ${LIMITS.maxSleepMs} ms` },
    { name: 'header=Name:Value', says: `adds or replaces a header (printable ASCII, up to ${LIMITS.maxExtraHeaders})` },
    { name: 'early-hints', says: 'sends a real 103 Early Hints first (so does /status/103)' },
    { name: 'fault=reset|empty|truncate', says: 'resets the connection, closes it without a byte, or closes it halfway through the body' },
    { name: 'reset', says: "restarts this list's sequence" },
  ],
  notes: [
    '1xx codes are sent as interim responses, followed by a final 200 (101 closes the connection after it).',
    'nginx 444 closes the connection without a response, as nginx does.',
    'A number in 100..599 the registry does not hold is answered with a body saying it is unassigned.',
  ],
};
