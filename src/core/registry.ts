// The registry: lookup by protocol and code, listing by protocol and class (search: search.ts).
import httpData from './data/http.json';
import httpVendorData from './data/http-vendor.json';
import smtpData from './data/smtp.json';
import smtpEnhancedData from './data/smtp-enhanced.json';
import grpcData from './data/grpc.json';
import websocketData from './data/websocket.json';
import ftpData from './data/ftp.json';
import { allClasses, classDigitOf, codeClass } from './classes';
import type { CodeClass, GrpcLanguage, LookupResult, Protocol, ResolvedCode, StatusEntry } from './types';
import { BARE_PROTOCOLS, GRPC_LANGUAGES } from './types';

/** An entry as written in the data files: `id` and `protocol` are derived from the file. */
export type EntryData = Omit<StatusEntry, 'id' | 'protocol'>;

function entryId(protocol: Protocol, code: string, vendor?: string): string {
  return vendor ? `${protocol}:${code}@${vendor.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : `${protocol}:${code}`;
}

function load(protocol: Protocol, rows: unknown): StatusEntry[] {
  return (rows as EntryData[]).map((row) => ({ ...row, protocol, id: entryId(protocol, row.code, row.vendor) }));
}

const ENTRIES: readonly StatusEntry[] = [
  ...load('http', httpData),
  ...load('http', httpVendorData),
  ...load('smtp', smtpData),
  ...load('smtp-enhanced', smtpEnhancedData),
  ...load('grpc', grpcData),
  ...load('websocket', websocketData),
  ...load('ftp', ftpData),
];

const BY_ID = new Map<string, StatusEntry>(ENTRIES.map((e) => [e.id, e]));

/** protocol:code -> entries. */
const BY_CODE = new Map<string, StatusEntry[]>();
for (const e of ENTRIES) {
  const k = `${e.protocol}:${e.code}`;
  const list = BY_CODE.get(k) ?? [];
  list.push(e);
  BY_CODE.set(k, list);
}
// Standard meaning first; vendor meanings in data-file order (the file lists the one people meet most first).
for (const list of BY_CODE.values()) {
  list.sort((a, b) => Number(a.status === 'vendor') - Number(b.status === 'vendor'));
}

export function allEntries(): readonly StatusEntry[] {
  return ENTRIES;
}

export function entryById(id: string): StatusEntry | undefined {
  return BY_ID.get(id);
}

const HTTP_RE = /^[1-5]\d\d$/;
const SMTP_RE = /^[2-5][0-5]\d$/;
const ENHANCED_RE = /^([245X])\.(\d{1,3})\.(\d{1,3})$/i;

/** Normalises what a user typed: trims, uppercases the enhanced `x` class. */
function normalise(code: string): string {
  return code.trim().replace(/^x\./, 'X.');
}

/** Resolves an entry at a concrete code (for enhanced codes, the concrete class). */
export function resolve(entry: StatusEntry, concreteCode?: string): ResolvedCode {
  const code = concreteCode ?? (entry.protocol === 'smtp-enhanced' ? entry.code.replace(/^X/, String(defaultEnhancedClass(entry))) : entry.code);
  return { protocol: entry.protocol, code, entry, codeClass: codeClass(entry.protocol, classDigitOf(entry.protocol, code))! };
}

function defaultEnhancedClass(entry: StatusEntry): 2 | 4 | 5 {
  const classes = entry.classes ?? [5, 4, 2];
  return classes.includes(5) ? 5 : classes.includes(4) ? 4 : 2;
}

/**
 * The related entries of an entry. An enhanced code related to an SMTP reply takes the reply's
 * class where it is used with it (SMTP 452 -> 4.3.1, SMTP 552 -> 5.3.4).
 */
function related(entry: StatusEntry, concreteCode = entry.code): ResolvedCode[] {
  const digit = entry.protocol === 'smtp' || entry.protocol === 'smtp-enhanced' ? Number(concreteCode[0]) : undefined;
  return entry.related
    .map((id) => BY_ID.get(id))
    .filter((e): e is StatusEntry => e !== undefined)
    .map((e) => {
      if (e.protocol !== 'smtp-enhanced' || digit === undefined || !(e.classes ?? [2, 4, 5]).includes(digit as 2 | 4 | 5)) return resolve(e);
      return resolve(e, e.code.replace(/^X/, String(digit)));
    });
}

/**
 * Looks a code up. `protocol` and `code` together are the key: HTTP 452 is unassigned,
 * SMTP 452 is "insufficient system storage".
 */
export function lookup(protocol: Protocol, rawCode: string | number): LookupResult {
  const code = normalise(String(rawCode));
  if (protocol === 'smtp-enhanced') {
    const m = ENHANCED_RE.exec(code);
    if (!m) return { kind: 'invalid', protocol, code, message: `"${code}" is not an SMTP enhanced status code (class.subject.detail, e.g. 5.1.1).` };
    const cls = m[1]!.toUpperCase();
    const stored = `X.${Number(m[2])}.${Number(m[3])}`;
    const concrete = cls === 'X' ? undefined : `${cls}.${Number(m[2])}.${Number(m[3])}`;
    const entries = BY_CODE.get(`${protocol}:${stored}`);
    const probe = entries?.[0];
    if (!probe) {
      const cc = codeClass(protocol, cls === 'X' ? 5 : Number(cls))!;
      const subject = BY_CODE.get(`${protocol}:X.${Number(m[2])}.0`)?.[0];
      return { kind: 'unassigned', protocol, code: concrete ?? stored, codeClass: cc, suggestions: subject ? [resolve(subject, concrete ? `${cls}.${Number(m[2])}.0` : undefined)] : [] };
    }
    const matches = entries!.map((e) => resolve(e, concrete));
    return { kind: 'found', protocol, code: matches[0]!.code, codeClass: matches[0]!.codeClass, matches };
  }
  if (protocol === 'grpc') return lookupGrpc(code);
  if (protocol === 'websocket') return lookupWebSocket(code);
  const re = protocol === 'http' ? HTTP_RE : protocol === 'ftp' ? FTP_RE : SMTP_RE;
  if (!/^\d+$/.test(code)) return { kind: 'invalid', protocol, code, message: `"${code}" is not a number.` };
  if (!re.test(code)) {
    return {
      kind: 'invalid',
      protocol,
      code,
      message:
        protocol === 'http'
          ? `${code} is outside the HTTP status range 100-599.`
          : protocol === 'ftp'
            ? `${code} is not an FTP reply code (1yz-6yz, second digit 0-5).`
            : `${code} is not an SMTP reply code (2yz-5yz, second digit 0-5).`,
    };
  }
  const cc = codeClass(protocol, Number(code[0]))!;
  const entries = BY_CODE.get(`${protocol}:${code}`);
  if (entries && entries.length) {
    return { kind: 'found', protocol, code, codeClass: cc, matches: entries.map((e) => resolve(e)) };
  }
  return { kind: 'unassigned', protocol, code, codeClass: cc, suggestions: suggestionsFor(protocol, code) };
}

const FTP_RE = /^[1-6][0-5]\d$/;

/** gRPC: a number 0-16 (`5`); a name (`NOT_FOUND`, `codes.NotFound`) is read by search and grpcByName. */
function lookupGrpc(code: string): LookupResult {
  const protocol = 'grpc';
  if (!/^\d{1,3}$/.test(code)) {
    const named = grpcByName(code);
    if (!named) return { kind: 'invalid', protocol, code, message: `"${code}" is not a gRPC status code (0-16, or a name such as NOT_FOUND).` };
    code = named.code;
  }
  const entry = BY_CODE.get(`${protocol}:${Number(code)}`)?.[0];
  if (!entry) return { kind: 'invalid', protocol, code, message: `${code} is not a gRPC status code: the canonical codes are 0-16.` };
  const r = resolve(entry);
  return { kind: 'found', protocol, code: r.code, codeClass: r.codeClass, matches: [r] };
}

/** WebSocket range entries (4000-4999), first code order. */
let RANGES: StatusEntry[] | undefined;
function websocketRanges(): StatusEntry[] {
  RANGES ??= ENTRIES.filter((e) => e.protocol === 'websocket' && e.websocket?.range);
  return RANGES;
}

/**
 * WebSocket: a close code 1000-4999. A registered code answers with its entry; a code inside a range
 * entry (4001) with the range, resolved at the code; any other code of 1000-3999 is unassigned in its
 * block (3001: the IANA-registered block, unassigned); 0-999 and 5000+ are not close codes.
 */
function lookupWebSocket(code: string): LookupResult {
  const protocol = 'websocket';
  // A range entry as the list names it (`4000-4999`).
  const named = /^\d{4}-\d{4}$/.test(code) ? BY_CODE.get(`${protocol}:${code}`)?.[0] : undefined;
  if (named) {
    const r = resolve(named);
    return { kind: 'found', protocol, code, codeClass: r.codeClass, matches: [r] };
  }
  if (!/^\d{1,5}$/.test(code)) return { kind: 'invalid', protocol, code, message: `"${code}" is not a WebSocket close code (a number 1000-4999).` };
  const n = Number(code);
  code = String(n);
  if (n < 1000) return { kind: 'invalid', protocol, code, message: `${code} is not a WebSocket close code: RFC 6455 leaves 0-999 unused.` };
  if (n > 4999) return { kind: 'invalid', protocol, code, message: `${code} is not a WebSocket close code: RFC 6455 defines 1000-4999.` };
  const cc = codeClass(protocol, classDigitOf(protocol, code))!;
  const exact = BY_CODE.get(`${protocol}:${code}`);
  if (exact?.length) return { kind: 'found', protocol, code, codeClass: cc, matches: exact.map((e) => resolve(e)) };
  const range = websocketRanges().find((e) => n >= e.websocket!.range!.from && n <= e.websocket!.range!.to);
  if (range) return { kind: 'found', protocol, code, codeClass: cc, matches: [resolve(range, code)] };
  return { kind: 'unassigned', protocol, code, codeClass: cc, suggestions: [] };
}

/** gRPC names as code writes them: `NOT_FOUND`, `NotFound`, `codes.NotFound`, `grpc.StatusCode.NOT_FOUND`, `Code::NotFound`... */
let GRPC_NAMES: Map<string, StatusEntry> | undefined;
function grpcNames(): Map<string, StatusEntry> {
  if (!GRPC_NAMES) {
    GRPC_NAMES = new Map();
    for (const e of ENTRIES) {
      if (!e.grpc) continue;
      const names = [e.grpc.name, ...Object.values(e.grpc.spellings)];
      for (const n of names) {
        GRPC_NAMES.set(n, e);
        // The unqualified constant (`NotFound`, `NOT_FOUND`) and its last qualifier (`Code.NOT_FOUND`).
        const parts = n.split(/::|\./);
        GRPC_NAMES.set(parts[parts.length - 1]!, e);
        if (parts.length > 2) GRPC_NAMES.set(parts.slice(-2).join(n.includes('::') ? '::' : '.'), e);
      }
      GRPC_NAMES.set(`Code.${e.grpc.name}`, e);
      GRPC_NAMES.set(`StatusCode.${e.grpc.name}`, e);
      GRPC_NAMES.set(`grpc.status.${e.grpc.name}`, e);
    }
  }
  return GRPC_NAMES;
}

/**
 * The gRPC entry a name stands for, as any of the recorded libraries spells it (case as written:
 * `NOT_FOUND`, `NotFound`, `codes.NotFound`, `grpc.StatusCode.NOT_FOUND`, `Status.Code.NOT_FOUND`,
 * `status.NOT_FOUND`, `StatusCode.NotFound`, `Code::NotFound`); undefined for anything else.
 */
export function grpcByName(name: string): StatusEntry | undefined {
  return grpcNames().get(name.trim());
}

/** How a language's gRPC library spells a code (`codes.NotFound` for Go 5), from the entry's data. */
export function grpcSpelling(entry: StatusEntry, language: GrpcLanguage): string | undefined {
  return entry.grpc?.spellings[language];
}

export { GRPC_LANGUAGES };

/**
 * The gRPC code a client reads from an HTTP response that carried no `grpc-status`
 * (grpc doc/http-grpc-status-mapping.md): 404 -> UNIMPLEMENTED, 503 -> UNAVAILABLE, any status the
 * table does not name -> UNKNOWN. Undefined for a number that is not an HTTP status.
 */
export function grpcFromHttp(httpCode: string): StatusEntry | undefined {
  if (!HTTP_RE.test(httpCode)) return undefined;
  const grpc = ENTRIES.filter((e) => e.grpc);
  return grpc.find((e) => e.grpc!.fromHttp.includes(httpCode)) ?? grpc.find((e) => e.grpc!.name === 'UNKNOWN');
}

/**
 * Entries of the other protocols that name this one as related (HTTP 404 <- gRPC NOT_FOUND,
 * HTTP 500 <- WebSocket 1011): the way back of a cross-protocol link, which the data writes on the
 * gRPC / WebSocket / FTP side only, so HTTP's and SMTP's own related lists stay as they are.
 */
export function crossProtocolOf(entry: StatusEntry): ResolvedCode[] {
  return ENTRIES.filter((e) => e.protocol !== entry.protocol && !BARE_PROTOCOLS.includes(e.protocol) && e.related.includes(entry.id)).map((e) => resolve(e));
}

/** A lookup that names a code of its protocol: assigned there, or well-formed but unassigned. */
export type Answer = Exclude<LookupResult, { kind: 'invalid' }>;
type FoundAnswer = Extract<LookupResult, { kind: 'found' }>;
export type UnassignedAnswer = Extract<LookupResult, { kind: 'unassigned' }>;

/** What a code typed without a protocol means across the protocols. */
type LookupAllResult =
  /**
   * At least one protocol assigns the code. `answers`: every protocol that assigns it, in
   * PROTOCOLS order, then HTTP's own unassigned answer (with its suggestions) when the number is
   * free in HTTP, the protocol a bare number is read in first (452: SMTP 452, then HTTP 452 unassigned).
   */
  | { kind: 'found'; code: string; answers: Answer[] }
  /** Well-formed in some protocol, assigned in none (HTTP 299). */
  | { kind: 'unassigned'; code: string; answers: UnassignedAnswer[] }
  /** Not a code of any protocol ("abc", "99999"). */
  | { kind: 'invalid'; code: string; message: string };

/** Looks a code up in every protocol: the rule for a code given without its protocol. */
export function lookupAll(rawCode: string | number): LookupAllResult {
  const code = normalise(String(rawCode));
  const answers = BARE_PROTOCOLS.map((p) => lookup(p, code)).filter((r): r is Answer => r.kind !== 'invalid');
  const found = answers.filter((r): r is FoundAnswer => r.kind === 'found');
  const unassigned = answers.filter((r): r is UnassignedAnswer => r.kind === 'unassigned');
  if (found.length) return { kind: 'found', code, answers: [...found, ...unassigned.filter((r) => r.protocol === 'http')] };
  if (unassigned.length) return { kind: 'unassigned', code, answers: unassigned };
  const shown = /^\d+$/.test(code) ? code : JSON.stringify(code);
  return {
    kind: 'invalid',
    code,
    message: `${shown} is not a status code: HTTP codes are 100-599, SMTP reply codes 2yz-5yz (second digit 0-5), SMTP enhanced codes class.subject.detail (e.g. 5.1.1).`,
  };
}

/** The forms a code is rendered in: as an HTTP response (raw, curl, snippets) or as an SMTP reply. */
type RenderForm = 'http' | 'smtp';

/** For each form, the protocols whose codes it renders, the preferred first. */
const FORM_PROTOCOLS: Record<RenderForm, readonly Protocol[]> = {
  // An SMTP reply code is a 3-digit number an HTTP response can carry (the reference page's SMTP 452).
  http: ['http', 'smtp'],
  smtp: ['smtp', 'smtp-enhanced'],
};

/**
 * The answer that renders a code in one form: the first found answer whose protocol the form
 * prefers (HTTP 404 for a raw response of 404, SMTP 452 when HTTP 452 is unassigned, SMTP 550 for
 * an SMTP reply); failing that, the first found answer, so the renderer says why it cannot.
 */
export function primaryAnswer(answers: readonly Answer[], form: RenderForm): FoundAnswer | undefined {
  const found = answers.filter((r): r is FoundAnswer => r.kind === 'found');
  for (const p of FORM_PROTOCOLS[form]) {
    const r = found.find((a) => a.protocol === p);
    if (r) return r;
  }
  return found[0];
}

/**
 * What a user may mean by an unassigned code: the same number in the other protocols,
 * and what those point to (SMTP 452 -> HTTP 507).
 */
function suggestionsFor(protocol: Protocol, code: string): ResolvedCode[] {
  const out: ResolvedCode[] = [];
  const seen = new Set<string>();
  // Only among the protocols a bare number is read in: FTP 452 is no hint for HTTP 452.
  if (!BARE_PROTOCOLS.includes(protocol)) return out;
  for (const other of BARE_PROTOCOLS) {
    if (other === protocol || other === 'smtp-enhanced') continue;
    for (const e of BY_CODE.get(`${other}:${code}`) ?? []) {
      for (const r of [resolve(e), ...related(e)]) {
        if (!BARE_PROTOCOLS.includes(r.protocol)) continue;
        if (seen.has(r.entry.id) || (r.entry.protocol === protocol && r.entry.code === code)) continue;
        seen.add(r.entry.id);
        out.push(r);
      }
    }
  }
  return out;
}

/** The related entries of a resolved code (enhanced codes in the class of an SMTP reply). */
export function relatedOf(r: ResolvedCode | StatusEntry): ResolvedCode[] {
  return 'entry' in r ? related(r.entry, r.code) : related(r);
}

/** The lists asked for so far: the registry never changes, and sorting it is the cost of a list. */
const LISTS = new Map<string, readonly ResolvedCode[]>();

/** Every entry of a protocol, optionally of one class, in code order (a new array each time). */
export function list(protocol: Protocol, classDigit?: number): ResolvedCode[] {
  const key = `${protocol}:${classDigit ?? ''}`;
  let sorted = LISTS.get(key);
  if (!sorted) {
    sorted = buildList(protocol, classDigit);
    LISTS.set(key, sorted);
  }
  return [...sorted];
}

function buildList(protocol: Protocol, classDigit?: number): ResolvedCode[] {
  const out: ResolvedCode[] = [];
  for (const e of ENTRIES) {
    if (e.protocol !== protocol) continue;
    if (protocol === 'smtp-enhanced') {
      for (const cls of e.classes ?? [2, 4, 5]) {
        if (classDigit !== undefined && cls !== classDigit) continue;
        out.push(resolve(e, e.code.replace(/^X/, String(cls))));
      }
    } else {
      const r = resolve(e);
      if (classDigit === undefined || r.codeClass.digit === classDigit) out.push(r);
    }
  }
  return out.sort(compareResolved);
}

/** Classes of a protocol that have at least one entry. */
export function classesOf(protocol: Protocol): CodeClass[] {
  return allClasses(protocol).filter((c) => list(protocol, c.digit).length > 0);
}

/** Each code's parts, split once: sorting compares them often. */
const PARTS = new Map<string, number[]>();

function codeParts(code: string): number[] {
  let parts = PARTS.get(code);
  if (!parts) {
    // A WebSocket range (`4000-4999`) sorts at its first code.
    parts = code.split('.').map((p) => (p === 'X' ? 0 : parseInt(p, 10)));
    PARTS.set(code, parts);
  }
  return parts;
}

/** Code order (5.1.1 before 5.1.10), the standard meaning before vendors'. */
export function compareResolved(a: ResolvedCode, b: ResolvedCode): number {
  const pa = codeParts(a.code);
  const pb = codeParts(b.code);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return Number(a.entry.status === 'vendor') - Number(b.entry.status === 'vendor') || (a.entry.vendor ?? '').localeCompare(b.entry.vendor ?? '');
}
