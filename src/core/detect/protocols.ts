// Detection of the protocols that are never read from a bare number: gRPC status codes,
// WebSocket close codes and FTP reply codes. Every rule is data (protocols.json, each entry with
// its source); this module compiles it once and reads a line with it. A finding needs a form that
// belongs to the protocol (a qualified gRPC name, a close call, an FTP reply string or server log),
// and where the form is ambiguous a library the document imports (`status.` only with grpc-js,
// `StatusCode.` only with Grpc.Core, `Code::` only with tonic). `codes` alone, `1000` alone, a
// 550 in a file that is no FTP code: nothing.
import data from './protocols.json';
import { grpcByName, lookup } from '../registry';
import type { Protocol } from '../types';
import type { Family } from './languages';

/** The protocols this module reads. */
export type OtherProtocol = 'grpc' | 'websocket' | 'ftp';

export interface ProtocolHit {
  start: number;
  end: number;
  protocol: OtherProtocol;
  code: string;
  via: 'constant' | 'number' | 'log';
  rule: string;
}

interface Library {
  id: string;
  protocol: OtherProtocol;
  re: RegExp;
}

interface Named {
  id: string;
  families?: ReadonlySet<string>;
  needle: string;
  re: RegExp;
  needs?: readonly string[];
  names?: Map<string, number>;
  embedded?: boolean;
  snake?: boolean;
  /** Logs: the group is a gRPC name. */
  name?: boolean;
  /** `websocket`: the document uses a WebSocket library or the line speaks of a close; `websocket-document`: the document only. */
  context?: Context;
  /** Lists: the regex of one item after the list's opening (`'UNAVAILABLE'`). */
  item?: RegExp;
}

type Context = 'websocket' | 'websocket-document' | 'ftp';

interface NumberRule {
  id: string;
  pre?: RegExp;
  suf?: RegExp;
  receiver?: RegExp;
  context?: Context;
  quotedStart?: boolean;
}

interface Qualifier {
  prefix: string;
  needs?: readonly string[];
}

interface RawEntry {
  id?: string;
  protocol?: string;
  pattern?: string;
  flags?: string;
  families?: string[];
  needle?: string;
  needs?: string[];
  names?: Record<string, number>;
  embedded?: boolean;
  snake?: boolean;
  name?: boolean;
  context?: string;
  pre?: string;
  suf?: string;
  receiver?: string;
  receiverFlags?: string;
  quoted?: string;
  prefix?: string;
  namesOf?: string;
  item?: string;
}

interface Compiled {
  libraries: Library[];
  paths: Library[];
  /** Per family: one regex over every qualifier of the family (longest first), the qualifiers by prefix, and literals one of which a line must hold. */
  qualifiers: Map<string, { re: RegExp; byPrefix: Map<string, Qualifier>; needles: string[] }>;
  grpcHelpers: Named[];
  grpcNumbers: Named[];
  grpcLogs: Named[];
  grpcLists: Named[];
  wsNames: Named[];
  /** Every WebSocket constant name of the tables, with its code (for `ClosePolicyViolation = 1008`). */
  wsAllNames: Map<string, number>;
  wsDefinition: RegExp;
  wsNumbers: NumberRule[];
  wsLogs: Named[];
  wsWords: RegExp;
  /** Per family, per protocol: one test of every needle, so that a line with none costs one regex. */
  gates: Map<string, { grpc: RegExp; websocket: RegExp; ftp: RegExp }>;
  ftpLogs: Named[];
  ftpNumbers: NumberRule[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function named(e: RawEntry): Named {
  return {
    id: e.id!,
    ...(e.families ? { families: new Set(e.families) } : {}),
    needle: e.needle ?? '',
    re: new RegExp(e.pattern!, `gd${e.flags ?? ''}`),
    ...(e.needs ? { needs: e.needs } : {}),
    ...(e.names ? { names: new Map(Object.entries(e.names)) } : {}),
    ...(e.embedded ? { embedded: true } : {}),
    ...(e.snake ? { snake: true } : {}),
    ...(e.name ? { name: true } : {}),
    ...(e.context ? { context: e.context as Context } : {}),
    ...(e.item ? { item: new RegExp(e.item, 'gd') } : {}),
  };
}

function numberRule(e: RawEntry): NumberRule {
  return {
    id: e.id!,
    ...(e.pre ? { pre: new RegExp(e.pre) } : {}),
    ...(e.suf ? { suf: new RegExp(e.suf) } : {}),
    ...(e.receiver ? { receiver: new RegExp(e.receiver, e.receiverFlags ?? '') } : {}),
    ...(e.context ? { context: e.context as Context } : {}),
    ...(e.quoted === 'start' ? { quotedStart: true } : {}),
  };
}

let COMPILED: Compiled | undefined;

function compiled(): Compiled {
  if (COMPILED) return COMPILED;
  const lib = (e: RawEntry, flags: string): Library => ({ id: e.id!, protocol: e.protocol as OtherProtocol, re: new RegExp(e.pattern!, flags) });
  const qualifiers = new Map<string, { re: RegExp; byPrefix: Map<string, Qualifier>; needles: string[] }>();
  const byFamily = new Map<string, Qualifier[]>();
  for (const q of data.grpc.qualifiers as RawEntry[]) {
    for (const f of q.families ?? []) byFamily.set(f, [...(byFamily.get(f) ?? []), { prefix: q.prefix!, ...(q.needs ? { needs: q.needs } : {}) }]);
  }
  for (const [family, list] of byFamily) {
    const sorted = [...list].sort((a, b) => b.prefix.length - a.prefix.length);
    // `codes.NotFound`, not `x.codes.NotFound` nor `codes.NotFoundError`.
    const re = new RegExp(`(?<![\\w$.:])(${sorted.map((q) => escape(q.prefix)).join('|')})([A-Za-z][A-Za-z0-9_]*)(?![\\w$])`, 'g');
    // The last segment of each qualifier (`codes.`, `StatusCode.`, `Code::`): a line without any of them is skipped.
    const needles = [...new Set(sorted.map((q) => q.prefix.split(/(?<=[.:])(?=[^.:])/).pop()!))];
    qualifiers.set(family, { re, byPrefix: new Map(sorted.map((q) => [q.prefix, q])), needles });
  }
  const wsRaw = data.websocket.names as RawEntry[];
  const wsNames = wsRaw.map((e) => named(e.namesOf ? { ...e, names: wsRaw.find((x) => x.id === e.namesOf)?.names } : e));
  const wsAllNames = new Map<string, number>();
  for (const e of wsRaw) for (const [k, v] of Object.entries(e.names ?? {})) wsAllNames.set(k, v);
  COMPILED = {
    libraries: (data.libraries as RawEntry[]).map((e) => lib(e, 'm')),
    paths: (data.paths as RawEntry[]).map((e) => lib(e, 'i')),
    qualifiers,
    grpcHelpers: (data.grpc.helpers as RawEntry[]).map(named),
    grpcNumbers: (data.grpc.numbers as RawEntry[]).map(named),
    grpcLogs: (data.grpc.logs as RawEntry[]).map(named),
    grpcLists: (data.grpc.lists as RawEntry[]).map(named),
    wsNames,
    wsAllNames,
    wsDefinition: new RegExp(data.websocket.definitions.pre),
    wsNumbers: (data.websocket.numbers as RawEntry[]).map(numberRule),
    wsLogs: (data.websocket.logs as RawEntry[]).map(named),
    wsWords: new RegExp(data.websocket.websocketWords, 'i'),
    ftpLogs: (data.ftp.logs as RawEntry[]).map(named),
    ftpNumbers: (data.ftp.numbers as RawEntry[]).map(numberRule),
    gates: new Map(),
  };
  return COMPILED;
}

/** The gates of a family (built on first use): any needle of any of the protocol's rules that apply to it. */
function gatesOf(c: Compiled, family: string): { grpc: RegExp; websocket: RegExp; ftp: RegExp } {
  let g = c.gates.get(family);
  if (!g) {
    const applies = (n: Named) => !n.families || n.families.has(family);
    const alt = (needles: string[]) => new RegExp(needles.filter(Boolean).map(escape).join('|') || '(?!)', 'i');
    g = {
      grpc: alt([...(c.qualifiers.get(family)?.needles ?? []), ...[...c.grpcHelpers, ...c.grpcLogs, ...c.grpcLists, ...c.grpcNumbers].filter(applies).map((n) => n.needle)]),
      // A 4-digit number, or a constant's needle.
      websocket: new RegExp([String.raw`\d{4}`, ...c.wsNames.filter(applies).map((n) => escape(n.needle))].join('|')),
      ftp: alt(c.ftpLogs.filter(applies).map((n) => n.needle)),
    };
    c.gates.set(family, g);
  }
  return g;
}

/**
 * The libraries of protocols.json a document uses, by its imports (the head of its text) and its
 * path: `grpc-go`, `grpc-js`, `ftplib`, `ws-node`, ... (ids; see documentHints' `libraries`).
 */
export function protocolLibraries(head: string, path: string): string[] {
  const c = compiled();
  const out: string[] = [];
  for (const l of c.libraries) if (l.re.test(head)) out.push(l.id);
  if (path) for (const l of c.paths) if (l.re.test(path) && !out.includes(l.id)) out.push(l.id);
  return out;
}

const PROTOCOLS_OF = new WeakMap<readonly string[], ReadonlySet<OtherProtocol>>();

/** Whether the document's libraries include one of the protocol's (cached per hints array: the hover passes the same one for a document version). */
function usesProtocol(libraries: readonly string[] | undefined, protocol: OtherProtocol): boolean {
  if (!libraries?.length) return false;
  let set = PROTOCOLS_OF.get(libraries);
  if (!set) {
    const c = compiled();
    set = new Set(libraries.map((id) => (c.libraries.find((l) => l.id === id) ?? c.paths.find((l) => l.id === id))?.protocol).filter((p): p is OtherProtocol => !!p));
    PROTOCOLS_OF.set(libraries, set);
  }
  return set.has(protocol);
}

/** A close code the registry knows, by a quick range test first (1000-1015, 3000-4999). */
function closeCode(n: string): string | undefined {
  const v = Number(n);
  if (!((v >= 1000 && v <= 1015) || (v >= 3000 && v <= 4999))) return undefined;
  return knownCode('websocket', n);
}

const needsMet = (needs: readonly string[] | undefined, libraries: readonly string[] | undefined) => !needs || needs.some((n) => libraries?.includes(n));

function knownCode(protocol: OtherProtocol, code: string): string | undefined {
  const r = lookup(protocol, code);
  return r.kind === 'found' ? r.code : undefined;
}

const CANDIDATE_4 = /(?<![\w.$#-])\d{4}(?![\w.])/g;
const CANDIDATE_3 = /(?<![\w.$#-])\d{3}(?![\w.])/g;
const PRE_LEN = 160;
const SUF_LEN = 60;

export interface ProtocolScanOptions {
  family: Family;
  /** Library ids of the document (documentHints().libraries). */
  libraries?: readonly string[];
  allowed: (p: Protocol) => boolean;
  /** Only candidates touching this column (detectAt). */
  focus?: number;
}

const touches = (s: number, e: number, focus?: number) => focus === undefined || (focus >= s && focus <= e);

/** Runs a `g` regex over the line. */
function eachMatch(re: RegExp, line: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[0].length === 0) re.lastIndex++;
    fn(m);
  }
}

/** Where group 1 (the token) starts. */
function groupStart(m: RegExpExecArray): number {
  return m.indices?.[1]?.[0] ?? m.index;
}

/** The findings of gRPC, WebSocket and FTP codes in one line (see protocols.json). */
export function protocolHits(line: string, o: ProtocolScanOptions): ProtocolHit[] {
  const c = compiled();
  const out: ProtocolHit[] = [];
  const add = (h: ProtocolHit) => {
    if (touches(h.start, h.end, o.focus) && !out.some((x) => x.start < h.end && h.start < x.end)) out.push(h);
  };
  const libs = o.libraries;
  const hasLetters = /[A-Za-z]/.test(line);
  const gates = gatesOf(c, o.family);

  if (o.allowed('grpc') && hasLetters && gates.grpc.test(line)) {
    const q = c.qualifiers.get(o.family);
    if (q && q.needles.some((n) => line.includes(n))) {
      eachMatch(q.re, line, (m) => {
        const qual = q.byPrefix.get(m[1]!);
        if (!qual || !needsMet(qual.needs, libs)) return;
        const entry = grpcByName(m[2]!);
        if (entry) add({ start: m.index, end: m.index + m[0].length, protocol: 'grpc', code: entry.code, via: 'constant', rule: 'grpc-qualified' });
      });
    }
    for (const h of c.grpcHelpers) {
      if (h.families && !h.families.has(o.family)) continue;
      if (!line.includes(h.needle) || !needsMet(h.needs, libs)) continue;
      eachMatch(h.re, line, (m) => {
        const entry = grpcByName(h.snake ? m[1]!.toUpperCase() : m[1]!);
        if (entry) add({ start: m.index, end: m.index + m[0].length, protocol: 'grpc', code: entry.code, via: 'constant', rule: h.id });
      });
    }
    for (const h of c.grpcLogs) {
      if (h.families && !h.families.has(o.family)) continue;
      if (!line.includes(h.needle)) continue;
      eachMatch(h.re, line, (m) => {
        const entry = grpcByName(m[1]!);
        const s = groupStart(m);
        if (entry) add({ start: s, end: s + m[1]!.length, protocol: 'grpc', code: entry.code, via: 'log', rule: h.id });
      });
    }
    for (const h of c.grpcLists) {
      if (!line.includes(h.needle)) continue;
      eachMatch(h.re, line, (m) => {
        // Every quoted name of the list, up to its closing bracket.
        const from = m.index + m[0].length;
        const close = line.slice(from).search(/[\]}]/);
        const body = line.slice(from, close < 0 ? undefined : from + close);
        eachMatch(h.item!, body, (i) => {
          const entry = grpcByName(i[1]!);
          const s = from + groupStart(i);
          if (entry) add({ start: s, end: s + i[1]!.length, protocol: 'grpc', code: entry.code, via: 'constant', rule: h.id });
        });
      });
    }
    if (/\d/.test(line)) {
      let lower: string | undefined;
      for (const h of c.grpcNumbers) {
        if (h.families && !h.families.has(o.family)) continue;
        if (!(lower ??= line.toLowerCase()).includes(h.needle) || !needsMet(h.needs, libs)) continue;
        eachMatch(h.re, line, (m) => {
          const code = knownCode('grpc', m[1]!);
          const s = groupStart(m);
          if (code !== undefined && /^\d{1,2}$/.test(m[1]!)) add({ start: s, end: s + m[1]!.length, protocol: 'grpc', code, via: h.id === 'grpc-status-header' ? 'log' : 'number', rule: h.id });
        });
      }
    }
  }

  const digits = /\d/.test(line);
  if (o.allowed('websocket') && gates.websocket.test(line)) {
    const wsDoc = usesProtocol(libs, 'websocket');
    let wsLine: boolean | undefined;
    const wsContext = (k: Context | undefined) => !k || wsDoc || (k === 'websocket' && (wsLine ??= c.wsWords.test(line)));
    if (hasLetters) {
      for (const h of c.wsNames) {
        if (h.families && !h.families.has(o.family)) continue;
        if (!line.includes(h.needle) || !needsMet(h.needs, libs) || !wsContext(h.context)) continue;
        eachMatch(h.re, line, (m) => {
          const code = h.embedded ? knownCode('websocket', m[1]!) : h.names?.get(m[1]!)?.toString();
          if (code !== undefined) add({ start: m.index, end: m.index + m[0].length, protocol: 'websocket', code, via: 'constant', rule: h.id });
        });
      }
    }
    if (digits && /\d{4}/.test(line)) {
      CANDIDATE_4.lastIndex = 0;
      for (let m = CANDIDATE_4.exec(line); m; m = CANDIDATE_4.exec(line)) {
        const s = m.index;
        const e = s + 4;
        if (!touches(s, e, o.focus)) continue;
        const code = closeCode(m[0]);
        if (code === undefined) continue;
        const pre = line.slice(Math.max(0, s - PRE_LEN), s);
        const suf = line.slice(e, e + SUF_LEN);
        // `ClosePolicyViolation = 1008`: a constant of a table defined as its own code.
        const def = c.wsDefinition.exec(pre)?.[1];
        if (def !== undefined && (c.wsAllNames.get(def) === Number(code) || /^WS_(\d{4})_/.exec(def)?.[1] === code)) {
          add({ start: s, end: e, protocol: 'websocket', code, via: 'number', rule: 'ws-constant-definition' });
          continue;
        }
        for (const r of c.wsNumbers) {
          if (r.pre && !r.pre.test(pre)) continue;
          if (r.suf && !r.suf.test(suf)) continue;
          if (!wsContext(r.context)) continue;
          if (r.receiver) {
            const recv = r.pre!.exec(pre)?.[1] ?? '';
            if (!r.receiver.test(recv)) continue;
          }
          add({ start: s, end: e, protocol: 'websocket', code, via: 'number', rule: r.id });
          break;
        }
      }
      for (const h of c.wsLogs) {
        if (h.families && !h.families.has(o.family)) continue;
        if (!line.includes(h.needle) || !wsContext(h.context)) continue;
        eachMatch(h.re, line, (m) => {
          const code = knownCode('websocket', m[1]!);
          const s = groupStart(m);
          if (code !== undefined) add({ start: s, end: s + m[1]!.length, protocol: 'websocket', code, via: 'log', rule: h.id });
        });
      }
    }
  }

  if (o.allowed('ftp') && digits && (gates.ftp.test(line) || usesProtocol(libs, 'ftp'))) {
    for (const h of c.ftpLogs) {
      if (h.families && !h.families.has(o.family)) continue;
      if (!line.includes(h.needle)) continue;
      eachMatch(h.re, line, (m) => {
        const code = knownCode('ftp', m[1]!);
        const s = groupStart(m);
        if (code !== undefined) add({ start: s, end: s + m[1]!.length, protocol: 'ftp', code, via: 'log', rule: h.id });
      });
    }
    if (usesProtocol(libs, 'ftp')) {
      CANDIDATE_3.lastIndex = 0;
      for (let m = CANDIDATE_3.exec(line); m; m = CANDIDATE_3.exec(line)) {
        const s = m.index;
        const e = s + 3;
        if (!touches(s, e, o.focus)) continue;
        const code = knownCode('ftp', m[0]);
        if (code === undefined) continue;
        const q = line[s - 1];
        const quoted = q === '"' || q === "'";
        const pre = line.slice(Math.max(0, s - (quoted ? 1 : 0) - PRE_LEN), s - (quoted ? 1 : 0));
        const suf = line.slice(e, e + SUF_LEN);
        for (const r of c.ftpNumbers) {
          if (r.quotedStart && !quoted) continue;
          if (r.pre && !r.pre.test(pre)) continue;
          if (r.suf && !r.suf.test(suf)) continue;
          add({ start: s, end: e, protocol: 'ftp', code, via: r.quotedStart ? 'log' : 'number', rule: r.id });
          break;
        }
      }
    }
  }
  return out;
}
