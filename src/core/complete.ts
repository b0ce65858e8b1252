// Completions of status codes and status constants at a cursor. Pure: no vscode.
//
// Whether the cursor is where a status code goes is asked of the detection itself, never of a
// second set of patterns: a placeholder code is put where the token being typed is, and the line
// is detected; a finding exactly at the placeholder, from a strong rule, means a status context
// (and says which protocol). Constants come from the qualifier before the name (`HttpStatus.`,
// `http.`, `status: :`), by the constant tables' `usage`.
import frequency from './code-frequency.json';
import { constantContextAt } from './detect/constants';
import { detectAt, type DetectHints, type DetectOptions, type Finding } from './detect/index';
import { isWeakRule } from './detect/numbers';
import { SMTP_LINE_RE } from './detect/patterns';
import type { ConstantTable, NamedConstant } from './constants/index';
import { list, lookup } from './registry';
import { PROTOCOLS, type GrpcLanguage, type Protocol, type ResolvedCode } from './types';

export interface CompletionOptions {
  /** Document hints, as the hover uses them (documentHints()). */
  hints?: DetectHints;
  /** The lines around, as the hover gives them (OpenAPI keys, switch branches). */
  context?: DetectOptions['context'];
  /** Only these protocols (default: all). */
  protocols?: readonly Protocol[];
}

export interface CompletionEntry {
  kind: 'code' | 'constant';
  protocol: Protocol;
  /** `404`, `550`, `5.1.1`. */
  code: string;
  /** `404 Not Found`; for a constant its name, `NOT_FOUND`. */
  label: string;
  insertText: string;
  /**
   * What the editor's filter matches what is typed against: number and phrase, or the phrase first when
   * words are typed (the list is to be asked for again as typing goes on: CompletionResult.incomplete);
   * aliases; a constant's name, code and phrase.
   */
  filterText: string;
  /** Orders the list: commonly used codes first, then code order; a deprecated name after its replacement. */
  sortText: string;
  /** The registry's meaning; undefined for a constant whose code the registry does not assign. */
  resolved?: ResolvedCode;
  /** A deprecated constant: the current name, when there is one. */
  deprecated?: { replacement?: string };
  /** A code the registry calls obsolete or unused (HTTP 305, 306), or a deprecated enhanced code. */
  obsolete?: boolean;
  /** A constant's table id. */
  table?: string;
}

export interface CompletionResult {
  /** What was recognised: a status code of a protocol, or a constant of a table. */
  context: { kind: 'code'; protocol: Protocol; rule: string } | { kind: 'constant'; table: string };
  /** Columns of the token the items replace: [start, cursor) is what is typed, up to `end` the rest of the token. */
  start: number;
  end: number;
  items: CompletionEntry[];
  /** The filter texts follow what is typed: ask again on further typing (a code context). */
  incomplete: boolean;
}

const MAX_LINE = 2000;
/** Placeholders: an HTTP status and a code that is an SMTP reply too (first in mail code: `smtpError.Code == |`). */
const PLACEHOLDERS: readonly string[] = ['404', '550'];
const MAIL_PLACEHOLDERS: readonly string[] = ['550', '404'];
/** The rules' ways that are no sure status context: a log, a phrase after the number, a status line. */
const LOOSE_VIAS = new Set<Finding['via']>(['log', 'phrase', 'status-line']);
/** Rules that hold for one number, not any code (`NOT_FOUND = 404`, a link to its own page), or for any string that starts with a slash (`'/404'`). */
const NUMBER_BOUND_RULES = new Set(['constant-definition', 'url-route', 'status-link']);
/** Enhanced codes stand in a strong context (`dsn=`, `550 `) or a struct; a mail line alone is too loose. */
const ENHANCED_RULES = new Set(['enhanced-context', 'enhanced-code-struct']);

/** A WebSocket close code: `ws.close(|` (the detection's protocols.ts decides where one goes). */
const CLOSE_PLACEHOLDER = '1000';

const FREQ = frequency as unknown as Record<Protocol, Record<string, number>>;

/** Rank of a code: by how often real code uses it (the corpus counts), then code order; vendors after. */
function rankOf(protocol: Protocol, r: ResolvedCode, index: number): number {
  const n = FREQ[protocol]?.[r.code] ?? 0;
  return n > 0 ? 100000 - n : 200000 + (r.entry.status === 'vendor' ? 100000 : 0) + index;
}

const pad = (n: number) => String(n).padStart(7, '0');

/** Every code of a protocol with its rank, in rank order (built once). */
const CODES = new Map<Protocol, Array<{ r: ResolvedCode; rank: number }>>();
function rankedCodes(protocol: Protocol): Array<{ r: ResolvedCode; rank: number }> {
  let out = CODES.get(protocol);
  if (!out) {
    const seen = new Set<string>();
    // One item per code: its standard (or first vendor) meaning; the documentation names the others.
    // (A WebSocket range entry, `4000-4999`, is no code to insert.)
    const codes = list(protocol).filter((r) => !r.entry.websocket?.range && !seen.has(r.code) && (seen.add(r.code), true));
    out = codes.map((r, i) => ({ r, rank: rankOf(protocol, r, i) })).sort((a, b) => a.rank - b.rank);
    CODES.set(protocol, out);
  }
  return out;
}

/** What is being typed where the code goes: digits, or words in lower or other case. */
type Typed = 'digits' | 'lower' | 'words';

function typedKind(text: string): Typed {
  return /^[a-z]/.test(text) ? 'lower' : /^[A-Za-z]/.test(text) ? 'words' : 'digits';
}

/**
 * An item for a code. The editor's filter prefers a match near the start, so the filter text starts
 * with what is being typed: the number for digits (`40` -> 404 before 409), the phrase for words
 * (`not` -> Not Found, level with a language service's `Notification`).
 */
function codeEntry(r: ResolvedCode, sortText: string, typed: Typed): CompletionEntry {
  const label = `${r.code} ${r.entry.phrase}`;
  // In the case it is typed in, too: the filter scores an exact-case match higher (`not` would
  // otherwise rank below a language service's `notDeepEqual`).
  const phrase = typed === 'lower' ? r.entry.phrase.toLowerCase() : r.entry.phrase;
  const filterText = [typed === 'digits' ? label : `${phrase} ${label}`, ...(r.entry.aliases ?? [])].join(' ');
  const e: CompletionEntry = { kind: 'code', protocol: r.protocol, code: r.code, label, insertText: r.code, filterText, sortText, resolved: r };
  if (r.entry.status === 'obsolete' || r.entry.status === 'unused' || r.entry.status === 'deprecated') e.obsolete = true;
  return e;
}

/** The token being typed ends at the cursor: digits (and dots: `5.1`), or words of a phrase (`too many`). */
const TOKEN_RE = /(?:\d[\d.]*|[A-Za-z][A-Za-z'-]*)$/;
const WORD_BEFORE_RE = /(?:^|[^A-Za-z0-9'-])([A-Za-z0-9][A-Za-z0-9'-]*) $/;
const MAX_PHRASE_WORDS = 4;

/** Where the typed token may start: the last word, then with up to three words before it (a phrase). */
function tokenStarts(line: string, column: number): number[] {
  const pre = line.slice(Math.max(0, column - 80), column);
  const offset = column - pre.length;
  const m = TOKEN_RE.exec(pre);
  const last = m ? m.index : pre.length;
  const starts = [offset + last];
  // A phrase only when a word is being typed: `too many`, `Not Fou`.
  if (m && /^[A-Za-z]/.test(m[0])) {
    let at = last;
    for (let i = 1; i < MAX_PHRASE_WORDS; i++) {
      const w = WORD_BEFORE_RE.exec(pre.slice(0, at));
      if (!w) break;
      at = at - 1 - w[1]!.length;
      starts.push(offset + at);
    }
  }
  return starts;
}

/** What closes the innermost bracket (or string) left open in `text`: `)`, `]`, `'`, `')`. */
function innermostCloser(text: string): string {
  const stack: string[] = [];
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '(') stack.push(')');
    else if (ch === '[') stack.push(']');
    else if (ch === '{') stack.push('}');
    else if ((ch === ')' || ch === ']' || ch === '}') && stack[stack.length - 1] === ch) stack.pop();
  }
  return quote + (stack[stack.length - 1] ?? '');
}

/** The suffixes a probe is tried with: none, then what closes the innermost open bracket, then a key's colon. */
function suffixes(before: string, after: string): string[] {
  const out = [''];
  // Only where the rest of the line closes what is open (or is empty): `res.status(4|`, `status: '4|'`.
  if (!/^[\s'"`)\]}]*$/.test(after)) return out;
  const closer = innermostCloser(before + after);
  if (closer) out.push(closer);
  // A key being typed: `  40|` or `  '40|'` under an OpenAPI `responses:` (YAML).
  if (/^\s*['"]?$/.test(before)) out.push(`${closer}:`);
  return out;
}

function strong(f: Finding): boolean {
  if (f.protocol === 'smtp-enhanced') return ENHANCED_RULES.has(f.rule);
  return !LOOSE_VIAS.has(f.via) && !isWeakRule(f.rule) && !NUMBER_BOUND_RULES.has(f.rule);
}

/**
 * A reply code just before the cursor at the start of a reply (a string's or line's start, after
 * `: ` or `=` in a log: `'550 |`, `said: 550 |`, `reject=553 |`): enhanced codes of its class follow it,
 * in mail code or a mail line only (`listen 443 |` is no reply).
 */
const REPLY_BEFORE_RE = /(?:^\s*|['"`]|\\[rn]|[:=]\s*)([245])[0-5]\d[ -]#?$/;
/** A number just before the cursor that is no such reply code (`bytes=500-`, `limit: 255 `): no enhanced code follows it. */
const NUMBER_BEFORE_RE = /\d[ -]#?$/;

/** The code context at the cursor, by probing the detection with a placeholder. */
function probe(line: string, column: number, languageId: string, options: CompletionOptions): { start: number; end: number; finding: Finding; replyClass?: string } | undefined {
  // The rest of the token after the cursor, of the same kind as what is typed (`4|04`, `No|t`).
  const typedWord = /[A-Za-z][A-Za-z'-]*$/.test(line.slice(0, column));
  const end = column + (typedWord ? /^[A-Za-z'-]*/ : /^[\d.]*/).exec(line.slice(column))![0].length;
  const after = line.slice(end);
  const detect: DetectOptions = { hints: options.hints, context: options.context, protocols: options.protocols };
  const mail = !!options.hints?.smtp || SMTP_LINE_RE.test(line);
  for (const start of tokenStarts(line, column)) {
    const before = line.slice(0, start);
    const reply = mail ? REPLY_BEFORE_RE.exec(before)?.[1] : undefined;
    const enhanced = reply ? [`${reply}.1.1`] : NUMBER_BEFORE_RE.test(before) ? [] : ['5.1.1', '4.4.1', '2.0.0'];
    const codes = [...(options.hints?.smtp ? MAIL_PLACEHOLDERS : PLACEHOLDERS), ...(!options.protocols || options.protocols.includes('websocket') ? [CLOSE_PLACEHOLDER] : [])];
    // After a reply code the enhanced code comes first; elsewhere a status code.
    const placeholders = reply ? [...enhanced, ...codes] : [...codes, ...enhanced];
    for (const suffix of suffixes(before, after)) {
      for (const code of placeholders) {
        const probed = `${before}${code}${after}${suffix}`;
        const f = detectAt(probed, start, languageId, detect);
        if (f && f.start === start && f.end === start + code.length && strong(f)) return { start, end, finding: f, ...(reply ? { replyClass: reply } : {}) };
      }
    }
  }
  return undefined;
}

function codeItems(protocol: Protocol, typed: Typed, replyCode?: string, replyClass?: string): CompletionEntry[] {
  let ranked = rankedCodes(protocol);
  if (protocol === 'smtp-enhanced' && replyClass) {
    const cls = Number(replyClass);
    ranked = ranked.filter((x) => x.r.codeClass.digit === cls);
    // The enhanced codes the registry lists for that very reply code first (`550` -> 5.1.1, 5.7.1).
    if (replyCode) ranked = [...ranked].sort((a, b) => Number(!a.r.entry.basicCodes?.includes(replyCode)) - Number(!b.r.entry.basicCodes?.includes(replyCode)) || a.rank - b.rank);
  }
  return ranked.map((x, i) => codeEntry(x.r, pad(i), typed));
}

/** The constants of a table, each with its code's meaning; by code rank, current names before aliases and deprecated ones. */
function constantItems(table: ConstantTable): CompletionEntry[] {
  const byName = new Map(table.constants.map((c) => [c.name, c]));
  const rankIndex = new Map(rankedCodes('http').map((x, i) => [x.r.code, i]));
  const current = (c: NamedConstant): string | undefined => {
    let name = c.deprecated;
    for (let i = 0; i < 5 && name && byName.get(name)?.deprecated; i++) name = byName.get(name)!.deprecated;
    return name;
  };
  const items = table.constants.map((c, order) => {
    const code = String(c.code);
    const found = lookup('http', code);
    const resolved = found.kind === 'found' ? found.matches[0] : undefined;
    const variant = c.deprecated || c.obsolete ? 2 : c.aliasOf ? 1 : 0;
    const rank = rankIndex.get(code) ?? 9000 + c.code;
    const phrase = resolved ? ` ${resolved.entry.phrase}` : '';
    const e: CompletionEntry = {
      kind: 'constant',
      protocol: 'http',
      code,
      label: c.name,
      insertText: c.name,
      filterText: `${c.name} ${code}${phrase}`,
      sortText: `${pad(rank)}${variant}${pad(order)}`,
      table: table.id,
    };
    if (resolved) e.resolved = resolved;
    if (c.deprecated || c.obsolete) {
      const replacement = current(c);
      e.deprecated = replacement ? { replacement } : {};
    }
    return e;
  });
  return items.sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
}

/**
 * A gRPC library's qualifier just before the cursor, per editor language, and whose spelling follows:
 * Go `codes.`, Python `grpc.StatusCode.` (or `StatusCode.` imported), Java/Kotlin `Status.Code.`,
 * grpc-js `grpc.status.`, C# `StatusCode.` (not `HttpStatusCode.`), Rust tonic `Code::`. A short
 * qualifier other libraries have too counts only where the document imports its gRPC library
 * (`needs`: ids of detect/protocols.json's libraries, as documentHints gives them), as the hover does.
 */
const GRPC_QUALIFIERS: ReadonlyArray<{ languages: readonly string[]; re: RegExp; spelling: GrpcLanguage; needs?: readonly string[] }> = [
  { languages: ['go'], re: /\bcodes\.(\w*)$/, spelling: 'go', needs: ['grpc-go'] },
  { languages: ['python'], re: /\bgrpc\.StatusCode\.(\w*)$/, spelling: 'python' },
  { languages: ['python'], re: /(?<![\w.])StatusCode\.(\w*)$/, spelling: 'python', needs: ['grpc-python-statuscode'] },
  { languages: ['java', 'kotlin'], re: /\bio\.grpc\.Status\.Code\.(\w*)$/, spelling: 'java' },
  { languages: ['java', 'kotlin'], re: /(?<![\w.])Status\.Code\.(\w*)$/, spelling: 'java', needs: ['grpc-java', 'grpc-java-code'] },
  { languages: ['javascript', 'typescript', 'javascriptreact', 'typescriptreact'], re: /\bgrpc\.status\.(\w*)$/, spelling: 'node' },
  { languages: ['csharp'], re: /\bGrpc\.Core\.StatusCode\.(\w*)$/, spelling: 'csharp' },
  { languages: ['csharp'], re: /(?<![\w.])StatusCode\.(\w*)$/, spelling: 'csharp', needs: ['grpc-dotnet'] },
  { languages: ['rust'], re: /\btonic::Code::(\w*)$/, spelling: 'rust' },
  { languages: ['rust'], re: /(?<![\w:])Code::(\w*)$/, spelling: 'rust', needs: ['tonic'] },
];

/** The gRPC codes as the library of `spelling` names them after its qualifier, in code order. */
function grpcItems(spelling: GrpcLanguage): CompletionEntry[] {
  return list('grpc').map((r) => {
    const member = r.entry.grpc!.spellings[spelling].split(/::|\./).pop()!;
    return { kind: 'constant', protocol: 'grpc', code: r.code, label: member, insertText: member, filterText: `${member} ${r.code} ${r.entry.phrase}`, sortText: pad(Number(r.code)), resolved: r, table: `grpc-${spelling}` };
  });
}

/** gRPC completions after a library's qualifier; undefined where there is none. */
function grpcCompletions(line: string, column: number, lang: string, libraries: readonly string[] | undefined): CompletionResult | undefined {
  const before = line.slice(Math.max(0, column - 60), column);
  for (const q of GRPC_QUALIFIERS) {
    if (!q.languages.includes(lang)) continue;
    if (q.needs && !q.needs.some((id) => libraries?.includes(id))) continue;
    const m = q.re.exec(before);
    if (!m) continue;
    const end = column + /^\w*/.exec(line.slice(column))![0].length;
    return { context: { kind: 'constant', table: `grpc-${q.spelling}` }, start: column - m[1]!.length, end, items: grpcItems(q.spelling), incomplete: false };
  }
  return undefined;
}

/**
 * The completions at `column` of `line`: status codes where the detection sees a status context
 * (HTTP, SMTP reply codes, enhanced codes after a reply code), a framework's constants after its
 * qualifier, the gRPC codes after a gRPC library's qualifier, and nothing anywhere else (undefined). Bounded: a long line is not looked at.
 */
export function completionsAt(line: string, column: number, languageId: string, options: CompletionOptions = {}): CompletionResult | undefined {
  if (typeof line !== 'string' || line.length > MAX_LINE || !Number.isInteger(column) || column < 0 || column > line.length) return undefined;
  const protocols = options.protocols ?? PROTOCOLS;
  const lang = String(languageId ?? '');
  // A gRPC library's qualifier: `codes.`, `grpc.StatusCode.`, `Code::`.
  if (protocols.includes('grpc')) {
    const grpc = grpcCompletions(line, column, lang, options.hints?.libraries);
    if (grpc) return grpc;
  }
  // A constant's qualifier just before the cursor: `HttpStatus.`, `http.Status`, `status: :`.
  if (protocols.includes('http') && /[.:]\w*$/.test(line.slice(Math.max(0, column - 60), column))) {
    const ctx = constantContextAt(line, column, lang, options.hints?.tables);
    if (ctx) {
      const end = column + /^\w*/.exec(line.slice(column))![0].length;
      return { context: { kind: 'constant', table: ctx.table.id }, start: ctx.nameStart, end, items: constantItems(ctx.table), incomplete: false };
    }
    // A short qualifier that needs a status context: try it closed, `respond(Status.X)`.
    const pre = line.slice(0, column);
    const closer = innermostCloser(pre);
    if (closer && !line.slice(column).trim()) {
      const closed = constantContextAt(line + closer, column, lang, options.hints?.tables);
      if (closed) return { context: { kind: 'constant', table: closed.table.id }, start: closed.nameStart, end: column, items: constantItems(closed.table), incomplete: false };
    }
  }
  const p = probe(line, column, lang, { ...options, protocols });
  if (!p) return undefined;
  const protocol = p.finding.protocol;
  const replyCode = protocol === 'smtp-enhanced' ? /([245][0-5]\d)[ -]#?['"]?$/.exec(line.slice(0, p.start))?.[1] : undefined;
  return { context: { kind: 'code', protocol, rule: p.finding.rule }, start: p.start, end: p.end, items: codeItems(protocol, typedKind(line.slice(p.start, column)), replyCode, p.replyClass), incomplete: true };
}
