// What the editor shows inline, from the detection's findings: the phrase after a numeric status
// (inlay hints) and the number <-> named constant conversions (code actions). Pure: the extension
// hands in the document's lines, and gets back columns and texts.
import { constantFor, constantsFor, constantTable, type ConstantTable } from './constants/index';
import { detectLine, inCode, type DetectHints, type Finding } from './detect/index';
import { lookup } from './registry';
import type { Protocol, ResolvedCode } from './types';

/** Read access to a document's lines, as the detection's `context` wants it. */
export interface Lines {
  count: number;
  lineAt(n: number): string | undefined;
}

/** A status written as a number where a program sets or tests one (not a log line, a comment or prose). */
export function isNumericStatus(f: Finding): boolean {
  return !f.constant && f.via !== 'constant' && inCode(f);
}

export interface PhraseHint {
  line: number;
  /** The column right after the code. */
  column: number;
  protocol: Protocol;
  code: string;
  /** The registry's phrase, or undefined for a code nobody assigns. */
  phrase?: string;
  /** The registry's meaning, for the hint's tooltip and link; undefined for a code nobody assigns. */
  resolved?: ResolvedCode;
}

export interface HintOptions {
  languageId: string;
  hints?: DetectHints;
  protocols?: readonly Protocol[];
  /** Stop after this many milliseconds (a range is small; a minified file is not). */
  maxMillis?: number;
  now?: () => number;
}

/**
 * The phrase hints for lines `from`..`to` (inclusive): one after each numeric status in a status
 * context; nothing after named constants, which say it themselves.
 */
export function phraseHints(lines: Lines, from: number, to: number, options: HintOptions): PhraseHint[] {
  const out: PhraseHint[] = [];
  const now = options.now ?? (() => Date.now());
  const deadline = now() + (options.maxMillis ?? 50);
  const last = Math.min(to, lines.count - 1);
  for (let n = Math.max(0, from); n <= last; n++) {
    if ((n & 31) === 0 && now() > deadline) break;
    const text = lines.lineAt(n);
    if (!text || !/\d/.test(text)) continue;
    const findings = detectLine(text, options.languageId, {
      protocols: options.protocols,
      hints: options.hints,
      context: { line: n, lineAt: (i) => lines.lineAt(i) },
    });
    for (const f of findings) {
      if (!isNumericStatus(f)) continue;
      const res = lookup(f.protocol, f.code);
      if (res.kind === 'found') out.push({ line: n, column: f.end, protocol: f.protocol, code: f.code, phrase: res.matches[0]!.entry.phrase, resolved: res.matches[0]! });
      else if (res.kind === 'unassigned') out.push({ line: n, column: f.end, protocol: f.protocol, code: f.code });
    }
  }
  return out;
}

/** How a file writes one constant table's names: `HTTPStatus.`, `status.`, `http.`, `:`. */
export interface TableUse {
  table: string;
  /** What comes before the name, as the file writes it (or as the table's usage says). */
  prefix: string;
}

/** Imports that bring a table's qualifier into a file, for files that import it and use none of it yet. */
const TABLE_IMPORTS: Record<string, RegExp> = {
  'python-httpstatus': /^\s*from\s+http\s+import\s+(?:\(?[\w\s,]*\b)?HTTPStatus\b/m,
  'starlette-status': /^\s*from\s+(?:starlette|fastapi)\s+import\s+(?:\(?[\w\s,]*\b)?status\b/m,
  'drf-status': /^\s*from\s+rest_framework\s+import\s+(?:\(?[\w\s,]*\b)?status\b/m,
  'go-net-http': /^\s*(?:import\s+)?"net\/http"/m,
  'spring-httpstatus': /^\s*import\s+org\.springframework\.http\.(?:HttpStatus|\*)\s*;/m,
  'nestjs-httpstatus': /\bimport\s*\{[^}]*\bHttpStatus\b[^}]*\}\s*from\s*['"]@nestjs\/common['"]/,
  'aspnet-statuscodes': /^\s*using\s+(?:static\s+)?Microsoft\.AspNetCore\.Http\s*;/m,
  'dotnet-httpstatuscode': /^\s*using\s+System\.Net\s*;/m,
  'symfony-response': /^\s*use\s+Symfony\\Component\\HttpFoundation\\Response\s*;/m,
  'rust-http': /^\s*use\s+(?:axum::|actix_web::|reqwest::|hyper::)?http::(?:StatusCode|\{[^}]*\bStatusCode\b[^}]*\})\s*;/m,
  'java-httpurlconnection': /^\s*import\s+java\.net\.HttpURLConnection\s*;/m,
  'jaxrs-status': /^\s*import\s+(?:javax|jakarta)\.ws\.rs\.core\.Response\s*;/m,
  'opensearch-reststatus': /^\s*import\s+org\.opensearch\.(?:core\.)?rest\.RestStatus\s*;?\s*$/m,
};

/** The table's own prefix (`HTTPStatus.{name}` gives `HTTPStatus.`). */
function usagePrefix(t: ConstantTable): string {
  return t.usage.slice(0, t.usage.indexOf('{name}'));
}

/**
 * The constant tables a file uses: those whose constants it already writes (with the prefix it
 * writes them with), then those it imports. At most `maxLines` lines are read.
 */
export function tablesInUse(lines: Lines, languageId: string, hints?: DetectHints, maxLines = 2000): TableUse[] {
  const uses = new Map<string, string>();
  const head: string[] = [];
  const last = Math.min(lines.count, maxLines);
  for (let n = 0; n < last; n++) {
    const text = lines.lineAt(n) ?? '';
    if (head.length < 400) head.push(text);
    if (text.length > 2000 || !/[A-Za-z]/.test(text)) continue;
    for (const f of detectLine(text, languageId, { hints, protocols: ['http'], context: { line: n, lineAt: (i) => lines.lineAt(i) } })) {
      if (!f.constant || uses.has(f.constant.table)) continue;
      const written = text.slice(f.start, f.end);
      const at = written.lastIndexOf(f.constant.name);
      if (at >= 0) uses.set(f.constant.table, written.slice(0, at));
    }
  }
  const imports = head.join('\n');
  for (const [id, re] of Object.entries(TABLE_IMPORTS)) {
    const t = constantTable(id);
    if (t && !uses.has(id) && re.test(imports)) uses.set(id, usagePrefix(t));
  }
  return [...uses].map(([table, prefix]) => ({ table, prefix }));
}

export interface Conversion {
  /** Columns of the text to replace in the finding's line. */
  start: number;
  end: number;
  /** The replacement: `HTTPStatus.NOT_FOUND`, or `404`. */
  text: string;
  /** `constant` when the number becomes a name, `number` when a name becomes its number. */
  to: 'constant' | 'number';
  table?: string;
  /** When no name works in every version the table covers: the first version that has this one. */
  since?: string;
  /** ... or the version that deprecated it. */
  until?: string;
}

/**
 * The conversions a finding offers: a numeric HTTP status to the constant of each table the file
 * uses (when the table names that code), and a named constant back to its number.
 * `versions` gives a framework version per table when known (a name newer than it is not offered).
 */
export function conversionsFor(f: Finding, uses: readonly TableUse[], versions: Readonly<Record<string, string>> = {}): Conversion[] {
  if (f.protocol !== 'http') return [];
  if (f.constant || f.via === 'constant') return [{ start: f.start, end: f.end, text: f.code, to: 'number', ...(f.constant ? { table: f.constant.table } : {}) }];
  if (!isNumericStatus(f)) return [];
  const out: Conversion[] = [];
  for (const use of uses) {
    const version = versions[use.table];
    const c = constantFor(use.table, Number(f.code), version);
    if (c) {
      out.push({ start: f.start, end: f.end, text: `${use.prefix}${c.name}`, to: 'constant', table: use.table });
      continue;
    }
    if (version !== undefined) continue;
    // No name works in every covered version (Rack's 422): each name, with the versions it works in.
    for (const k of constantsFor(use.table, Number(f.code))) {
      if (k.obsolete || (!k.since && !k.deprecatedSince)) continue;
      const conv: Conversion = { start: f.start, end: f.end, text: `${use.prefix}${k.name}`, to: 'constant', table: use.table };
      if (k.since) conv.since = k.since;
      if (k.deprecated && k.deprecatedSince) conv.until = k.deprecatedSince;
      out.push(conv);
    }
  }
  return out;
}

/** The tables the import patterns are for (a test checks each is a real table). */
export function importPatternTables(): string[] {
  return Object.keys(TABLE_IMPORTS);
}
