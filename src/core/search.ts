// The one search over the registry: the CLI's --search, the sidebar's filter and Look Up all ask
// it, so they agree on what matches and in which order.
//
// What it understands: codes (`404`, `5.1.1`, `X.1.1`), the start of a code (`50`, `5.1`), a
// protocol before it (`smtp 452`), a class (`4xx`, `4yz`, `5.x.x`), several codes as a log writes
// them (`550 5.1.1`), a framework's constant name (`HttpStatus.NOT_FOUND`, `StatusNotFound`,
// `:unprocessable_entity`, `HTTP_422_UNPROCESSABLE_ENTITY`), words of a name or of a description,
// and small typos in a name (`teapto`).
//
// Ranked in tiers: the exact code (and what a constant or class names), the code's own family,
// names, words of the description, typos. Within a tier: protocol order, then code order.
import { codesOfConstantName } from './detect/constants';
import { compareResolved, grpcByName, list, lookup, resolve, type UnassignedAnswer } from './registry';
import type { Protocol, ResolvedCode, StatusEntry } from './types';
import { BARE_PROTOCOLS, PROTOCOLS } from './types';

/** Why a code matched, best first. */
export type MatchKind =
  /** The code itself, a code of a class (`4xx`), or what a constant name stands for. */
  | 'code'
  /** What an unassigned code may mean (HTTP 452 -> SMTP 452, HTTP 507). */
  | 'suggestion'
  /** A code that starts with what was typed (`50` -> 500, `5.1.1` -> 5.1.10). */
  | 'family'
  /** Every word occurs in the code's name (phrase, aliases, key). */
  | 'name'
  /** Every word occurs in its name, description, registry text or vendor. */
  | 'words'
  /** The words match a name with a small typo. */
  | 'typo';

export interface SearchHit {
  resolved: ResolvedCode;
  match: MatchKind;
}

export interface SearchResult {
  /** Every match, ranked; each concrete code once. */
  hits: SearchHit[];
  /**
   * Codes that were asked for and are well-formed but unassigned (`http 452`, `452` for HTTP);
   * their suggestions are among the hits (`suggestion`).
   */
  unassigned: UnassignedAnswer[];
}

export interface SearchOptions {
  /** Only this protocol (the CLI's --protocol). */
  protocol?: Protocol;
  /** Include codes only one vendor defines, and non-standard FTP codes (default true; the sidebar's "IANA only" turns it off). */
  vendor?: boolean;
}

const RANK: Record<MatchKind, number> = { code: 0, suggestion: 1, family: 2, name: 3, words: 4, typo: 5 };

/** `smtp 452`, `http: 404`, `enhanced 5.1.1`: a protocol named before the rest. */
const PROTOCOL_PREFIX = /^(smtp[- ]enhanced|https?|e?smtp|enhanced|grpc|websocket|wss?|ftp)(?:\s*:\s*|\s+)(?=\S)/i;
const HTTP_CODE = /^[1-5]\d\d$/;
const ENHANCED_CODE = /^([245x])\.(\d{1,3})\.(\d{1,3})$/i;
const CODE_START = /^(?:\d{1,2}|[245]\.(?:\d{1,3}\.?)?)$/;
const CLASS_RE = /^([1-6])(xx|yz)$|^([245])\.x\.x$/i;
/** Characters around codes in a log line (`status=550`, `[5.1.1]`, `550-5.1.1`, `#5.1.1`). */
const LOG_SEPARATORS = /[\s,;=()[\]<>"'#]+/;

function protocolsFor(prefix: string | undefined): readonly Protocol[] {
  if (!prefix) return PROTOCOLS;
  const p = prefix.toLowerCase();
  if (p.startsWith('http')) return ['http'];
  if (p === 'grpc') return ['grpc'];
  if (p === 'ftp') return ['ftp'];
  if (p.startsWith('w')) return ['websocket'];
  if (p.includes('enhanced')) return ['smtp-enhanced'];
  return ['smtp', 'smtp-enhanced'];
}

function keyOf(r: ResolvedCode): string {
  return `${r.entry.id}|${r.code}`;
}

/** Protocol order, then code order. */
function compareCodes(a: ResolvedCode, b: ResolvedCode): number {
  return PROTOCOLS.indexOf(a.protocol) - PROTOCOLS.indexOf(b.protocol) || compareResolved(a, b);
}

/** Every concrete code of the registry (an enhanced code once per class it is used with), built once. */
let ALL: ResolvedCode[] | undefined;
function allCodes(): ResolvedCode[] {
  ALL ??= PROTOCOLS.flatMap((p) => list(p));
  return ALL;
}

/** Words as the search compares them: lower case letters and digits. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

interface Indexed {
  name: string[];
  all: string[];
  /** The name as typed in full: `not found`. */
  phrases: string[];
}

const INDEX = new Map<string, Indexed>();
function indexed(e: StatusEntry): Indexed {
  let x = INDEX.get(e.id);
  if (!x) {
    const names = [e.phrase, ...(e.aliases ?? []), e.key.replace(/_/g, ' ')];
    const name = [...new Set(names.flatMap(wordsOf))];
    const all = [...new Set([...name, ...[e.description, e.vendor ?? '', e.text ?? '', e.replyText ?? ''].flatMap(wordsOf)])];
    x = { name, all, phrases: names.map((n) => wordsOf(n).join(' ')) };
    INDEX.set(e.id, x);
  }
  return x;
}

/** Whether a query word occurs: the start of one of the words. */
function occurs(word: string, words: readonly string[]): boolean {
  return words.some((w) => w.startsWith(word));
}

/** Optimal string alignment distance (a swap of neighbours is one edit), undefined beyond `max`. */
export function editDistance(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return undefined;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]! <= max ? prev[b.length] : undefined;
}

/** Typos allowed in a word: none under 4 letters, one up to 7, two beyond. */
function typoBudget(word: string): number {
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
}

function nearly(word: string, words: readonly string[]): boolean {
  const max = typoBudget(word);
  return max > 0 && words.some((w) => editDistance(word, w, max) !== undefined || (w.length > word.length && editDistance(word, w.slice(0, word.length), max) !== undefined));
}

/** A code one vendor or some servers define, not a registry or an RFC (what `vendor: false` leaves out). */
const ONE_PARTY = (r: ResolvedCode): boolean => r.entry.status === 'vendor' || r.entry.status === 'nonstandard';

class Collector {
  private readonly seen = new Map<string, SearchHit>();
  constructor(
    private readonly protocols: readonly Protocol[],
    private readonly vendor: boolean,
  ) {}

  allows(r: ResolvedCode): boolean {
    return this.protocols.includes(r.protocol) && (this.vendor || !ONE_PARTY(r));
  }

  /** Adds a match; a suggestion may be of another protocol than the ones asked for (HTTP 452 -> SMTP 452). */
  add(r: ResolvedCode, match: MatchKind): void {
    if (match === 'suggestion' ? !this.vendor && ONE_PARTY(r) : !this.allows(r)) return;
    const k = keyOf(r);
    const had = this.seen.get(k);
    if (!had || RANK[match] < RANK[had.match]) this.seen.set(k, { resolved: r, match });
  }

  get size(): number {
    return this.seen.size;
  }

  /** Ranked by tier; within a tier the order given (codes as asked), or protocol then code order. */
  hits(): SearchHit[] {
    const order = [...this.seen.values()];
    const asked = new Map(order.map((h, i) => [h, i]));
    return order.sort((a, b) => RANK[a.match] - RANK[b.match] || (a.match === 'code' || a.match === 'suggestion' ? asked.get(a)! - asked.get(b)! : compareCodes(a.resolved, b.resolved)));
  }
}

/** The meanings of one code token in the protocols allowed; the unassigned ones are noted. */
/** The number forms of the protocols asked for by name: gRPC 0-16, WebSocket 4 digits, FTP 3. */
const OTHER_CODE: Partial<Record<Protocol, RegExp>> = { grpc: /^\d{1,2}$/, websocket: /^\d{4}$/, ftp: /^\d{3}$/ };

function exactCode(token: string, protocols: readonly Protocol[], out: Collector, unassigned: UnassignedAnswer[], alone: boolean): boolean {
  const enhanced = ENHANCED_CODE.exec(token);
  const other = !enhanced ? protocols.filter((p) => OTHER_CODE[p]?.test(token)) : [];
  if (!enhanced && !HTTP_CODE.test(token) && !other.length) return false;
  const asked = enhanced ? protocols.filter((p) => p === 'smtp-enhanced') : protocols.filter((p) => p !== 'smtp-enhanced' && (OTHER_CODE[p] ? other.includes(p) : HTTP_CODE.test(token)));
  let any = false;
  const free: UnassignedAnswer[] = [];
  for (const p of asked) {
    if (enhanced && enhanced[1]!.toLowerCase() === 'x') {
      const hits = allCodes().filter((r) => r.protocol === p && r.entry.code === `X.${Number(enhanced[2])}.${Number(enhanced[3])}`);
      hits.forEach((r) => out.add(r, 'code'));
      any ||= hits.length > 0;
      continue;
    }
    const res = lookup(p, token);
    if (res.kind === 'found') {
      for (const m of res.matches) out.add(m, 'code');
      any = true;
    } else if (res.kind === 'unassigned') free.push(res);
  }
  // A bare number is read in every protocol. That HTTP 452 is free is worth a line (people mean
  // SMTP 452 or HTTP 507); that SMTP 404 is free is not, nor a free code beside others in a log line.
  for (const u of free) {
    if (any && (u.protocol !== 'http' || !alone)) continue;
    // A free close code (3001) is worth its line only when WebSocket was asked for alone.
    if (!BARE_PROTOCOLS.includes(u.protocol) && asked.length > 1) continue;
    unassigned.push(u);
    for (const s of u.suggestions) out.add(s, 'suggestion');
  }
  return true;
}

/** The codes that start with what was typed (`50`, `5.1`, `5.1.1` -> 5.1.10...), in order. */
function family(token: string, protocols: readonly Protocol[], out: Collector): void {
  const dotted = token.includes('.');
  for (const r of allCodes()) {
    if (dotted !== (r.protocol === 'smtp-enhanced') || !protocols.includes(r.protocol)) continue;
    if (r.code.toLowerCase().startsWith(token.toLowerCase()) && r.code.toLowerCase() !== token.toLowerCase()) out.add(r, 'family');
  }
}

function classCodes(token: string, protocols: readonly Protocol[], out: Collector): boolean {
  const m = CLASS_RE.exec(token);
  if (!m) return false;
  const digit = Number(m[1] ?? m[3]);
  // The class as each protocol writes it; a protocol named first takes the class whatever its notation.
  const own: Protocol = m[3] ? 'smtp-enhanced' : m[2]!.toLowerCase() === 'yz' ? 'smtp' : 'http';
  const narrowed = protocols.length < BARE_PROTOCOLS.length || protocols.some((p) => !BARE_PROTOCOLS.includes(p));
  const targets = narrowed ? protocols.filter((p) => (own === 'smtp-enhanced') === (p === 'smtp-enhanced')) : [own];
  for (const r of allCodes()) if (targets.includes(r.protocol) && r.codeClass.digit === digit) out.add(r, 'code');
  return true;
}

/** Codes by the words of their names and descriptions; typos only when nothing matches exactly. */
function byWords(words: readonly string[], out: Collector): void {
  if (!words.length) return;
  const phrase = words.join(' ');
  let found = false;
  for (const r of allCodes()) {
    if (!out.allows(r)) continue;
    const x = indexed(r.entry);
    if (x.phrases.includes(phrase) || words.every((w) => occurs(w, x.name))) {
      out.add(r, 'name');
      found = true;
    } else if (words.every((w) => occurs(w, x.all))) {
      out.add(r, 'words');
      found = true;
    }
  }
  if (found) return;
  for (const r of allCodes()) {
    if (!out.allows(r)) continue;
    const x = indexed(r.entry);
    if (words.every((w) => occurs(w, x.name) || nearly(w, x.name)) && words.some((w) => typoBudget(w) > 0)) out.add(r, 'typo');
  }
}

/**
 * A gRPC code named as code writes it: qualified (`codes.NotFound`, `grpc.StatusCode.NOT_FOUND`,
 * `Code::NotFound`), or a constant that cannot be an ordinary word: UPPER_SNAKE (`NOT_FOUND`),
 * PascalCase of two words or more (`NotFound`), an upper-case name of one word (`UNAVAILABLE`; not `OK`).
 */
function grpcName(token: string): StatusEntry | undefined {
  const t = token.replace(/[(),;]+$/, '');
  const plausible = /[.:]/.test(t) || /^[A-Z]+(?:_[A-Z]+)+$/.test(t) || /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(t) || /^[A-Z]{3,}$/.test(t);
  return plausible ? grpcByName(t) : undefined;
}

/** Searches the registry for what a user typed or pasted. An empty query matches nothing. */
export function searchCodes(query: string, options: SearchOptions = {}): SearchResult {
  const unassigned: UnassignedAnswer[] = [];
  let q = query.trim().slice(0, 200);
  const prefix = PROTOCOL_PREFIX.exec(q);
  let protocols = protocolsFor(prefix?.[1]);
  // "http" alone is a word ("HTTP Version Not Supported"); "http 452" names a protocol.
  if (prefix) q = q.slice(prefix[0].length);
  if (options.protocol) protocols = protocols.filter((p) => p === options.protocol);
  const out = new Collector(protocols, options.vendor ?? true);
  if (!q) return { hits: [], unassigned };
  // A number, a class or a code's start is read in HTTP and SMTP unless a protocol is named: FTP 550
  // and gRPC 5 answer `ftp 550`, `grpc 5` or --protocol, never a bare 550 or 5. Words search everything.
  const codeProtocols = prefix || options.protocol ? protocols : protocols.filter((p) => BARE_PROTOCOLS.includes(p));

  // A constant name on its own: a framework's HTTP constant, a gRPC code as a library spells it.
  if (!/\s/.test(q)) {
    const grpc = grpcName(q);
    // A qualified gRPC spelling (`codes.NotFound`, `Code::NotFound`) names gRPC alone; a bare
    // `NOT_FOUND` is also a framework's HTTP constant, which comes first.
    const codes = grpc && /[.:]/.test(q) ? [] : codesOfConstantName(q);
    for (const code of codes) for (const r of allCodes()) if (r.protocol === 'http' && r.code === String(code)) out.add(r, 'code');
    if (grpc) out.add(resolve(grpc), 'code');
    if (codes.length || grpc) return { hits: out.hits(), unassigned };
  }
  const tokens = q.split(LOG_SEPARATORS).filter(Boolean);
  const words: string[] = [];
  for (const raw of tokens) {
    const token = raw.replace(/^[-:]+|[-:.]+$/g, '');
    if (exactCode(token, codeProtocols, out, unassigned, tokens.length === 1) || classCodes(token, codeProtocols, out)) continue;
    if (tokens.length === 1 && CODE_START.test(token)) {
      family(token, codeProtocols, out);
      continue;
    }
    words.push(...wordsOf(raw));
  }
  if (tokens.length === 1) {
    const token = tokens[0]!.replace(/[-:.]+$/, '');
    if (HTTP_CODE.test(token) || ENHANCED_CODE.test(token)) family(token, codeProtocols, out);
  }
  // Words next to codes (`550 5.1.1 user unknown`) narrow nothing: the codes lead, the words follow.
  byWords(words, out);
  return { hits: out.hits(), unassigned };
}

/** The codes of a search, ranked (what the CLI prints and the sidebar shows). */
export function search(query: string, options?: SearchOptions): ResolvedCode[] {
  return searchCodes(query, options).hits.map((h) => h.resolved);
}
