// Diagnostics over a document's text: renamed or deprecated status constants (with the current
// name, where the project's framework version has it), statuses an API refuses (sendRanges.json),
// and unassigned HTTP codes sent as a status. Pure: the extension turns these into VS Code
// diagnostics and quick fixes; the words are the extension's (localised there).
//
// Cost: a cheap test per line decides whether the line can hold anything to report (a renamed
// constant's name, an unassigned three-digit number, an out-of-range integer after a known API);
// only such lines go through detection, so a 10,000-line file costs a few milliseconds.
import { constantTable, constantTables, deprecatedIn, existsIn, resolveConstant, type ConstantTable, type NamedConstant } from './constants/index';
import { detectLine, documentHints, familyOf, type DetectHints, type Family } from './detect/index';
import { lookup } from './registry';
import rangeData from './sendRanges.json';
import { productOf } from './versions';
import type { Protocol } from './types';

export type DiagnosisKind = 'deprecatedConstant' | 'invalidStatus' | 'unassignedStatus';

export interface Replacement {
  name: string;
  /** The version that introduced this name, when the pinned version is unknown and the name is newer than the table's oldest. */
  needs?: string;
}

interface At {
  /** 0-based line, and the columns of the token to replace (the constant's own name, the number). */
  line: number;
  start: number;
  end: number;
}

export interface DeprecatedConstantDiagnosis extends At {
  kind: 'deprecatedConstant';
  table: string;
  /** The product the table's versions count in: `Python`, `Spring Framework`. */
  product: string;
  name: string;
  code: number;
  /** `deprecated` by the framework, `renamed` with the old name kept working, or `obsolete` (deprecated, nothing replaces it). */
  reason: 'deprecated' | 'renamed' | 'obsolete';
  /** The version that deprecated or renamed it, when known. */
  since?: string;
  /** The pinned version the diagnosis was made for, if any. */
  version?: string;
  /** Names to use instead, the safest first (one that needs no newer version than the one pinned); none when obsolete. */
  replacements: Replacement[];
}

export interface SendRange {
  id: string;
  api: string;
  families: Family[];
  needle: string;
  pre: string;
  min: number;
  max: number;
  source: string;
  checked: string;
  /** English; the extension shows it through its translations. */
  message: string;
}

export interface InvalidStatusDiagnosis extends At {
  kind: 'invalidStatus';
  status: number;
  range: SendRange;
}

export interface Suggestion {
  protocol: Protocol;
  code: string;
  phrase: string;
}

export interface UnassignedStatusDiagnosis extends At {
  kind: 'unassignedStatus';
  code: string;
  /** What the registry says the number may mean: SMTP 452 and HTTP 507 for 452. */
  suggestions: Suggestion[];
}

export type Diagnosis = DeprecatedConstantDiagnosis | InvalidStatusDiagnosis | UnassignedStatusDiagnosis;

export interface DiagnoseOptions {
  /** Document hints (see documentHints); computed from the text and `path` when absent. */
  hints?: DetectHints;
  path?: string;
  /** Each constant table's pinned version (`tableVersions(pinsFor(...))`); a table left out is unknown. */
  versions?: Readonly<Record<string, string>>;
  /** Which kinds to report (default: all). */
  kinds?: readonly DiagnosisKind[];
  /** Stop after this many lines (default 100000) or milliseconds (default 200). */
  maxLines?: number;
  maxMillis?: number;
}

export interface DiagnoseResult {
  diagnoses: Diagnosis[];
  lines: number;
  truncated?: 'lines' | 'time';
}

export const SEND_RANGES: readonly SendRange[] = (rangeData as { ranges: SendRange[] }).ranges;

const PRE_LEN = 160;

interface CompiledRange {
  range: SendRange;
  re: RegExp;
  needle: RegExp | undefined;
}

/** Per language family: its ranges, and one regex of their needles a line must match first. */
const BY_FAMILY = new Map<Family, { ranges: CompiledRange[]; needle: RegExp | undefined }>();
function rangesOf(family: Family): { ranges: CompiledRange[]; needle: RegExp | undefined } {
  let entry = BY_FAMILY.get(family);
  if (!entry) {
    const ranges = SEND_RANGES.filter((r) => r.families.includes(family)).map((range) => ({ range, re: new RegExp(range.pre), needle: range.needle ? new RegExp(range.needle) : undefined }));
    entry = { ranges, needle: ranges.length ? new RegExp(ranges.map((r) => r.range.needle || '[\\s\\S]').join('|')) : undefined };
    BY_FAMILY.set(family, entry);
  }
  return entry;
}

/** Names that a table deprecates or renames, in any table: a line without one holds no such constant. */
let NAMES_RE: RegExp | undefined;
function namesRe(): RegExp {
  if (NAMES_RE) return NAMES_RE;
  const names = new Set<string>();
  for (const t of constantTables()) for (const c of t.constants) if (c.deprecated || c.obsolete || c.renamed) names.add(c.name);
  const alt = [...names].sort((a, b) => b.length - a.length).join('|');
  NAMES_RE = new RegExp(`(?<![\\w$])(?:${alt})(?![\\w$])`);
  return NAMES_RE;
}

/** HTTP codes 100-599 the registry does not assign (the candidates for `unassignedStatus`). */
let UNASSIGNED: Set<string> | undefined;
function unassigned(): Set<string> {
  if (UNASSIGNED) return UNASSIGNED;
  UNASSIGNED = new Set();
  for (let n = 100; n <= 599; n++) if (lookup('http', String(n)).kind === 'unassigned') UNASSIGNED.add(String(n));
  return UNASSIGNED;
}

const THREE_DIGITS = /(?<![\w.$])[1-5]\d\d(?![\w.])/g;
/** An integer standing alone (not part of a word, a decimal or a version). */
const INTEGER = /(?<![\w.$-])-?\d{1,9}(?![\w.])/g;

/** What stands right before a status being set: an argument, an assignment or key, or a word like `return` / `head`. */
const SENT_BEFORE = /(?:[(,=:[]|(?<![\w$])(?:return|head|status|code|abort|error|redirect|halt))\s*['"]?$/;

function hasUnassignedNumber(line: string): boolean {
  const set = unassigned();
  THREE_DIGITS.lastIndex = 0;
  for (let m = THREE_DIGITS.exec(line); m; m = THREE_DIGITS.exec(line)) {
    if (set.has(m[0]) && SENT_BEFORE.test(line.slice(Math.max(0, m.index - 12), m.index))) return true;
  }
  return false;
}

/** Rules whose finding is a status being set or sent (a call, an assignment, a config directive), not read or compared. */
const SENT_VIA = new Set(['number', 'config']);

/**
 * The names that replace a constant under a version, following the chain of renames
 * (Spring REQUEST_ENTITY_TOO_LARGE -> PAYLOAD_TOO_LARGE -> CONTENT_TOO_LARGE).
 * Known version: the furthest name that version has, if it is past the constant. Unknown: every
 * name of the chain, each with the version it needs.
 */
function replacementsFor(t: ConstantTable, c: NamedConstant, version: string | undefined): Replacement[] {
  const chain: NamedConstant[] = [];
  let cur = c;
  for (let i = 0; i < 5; i++) {
    const nextName = cur.deprecated ?? cur.renamed;
    const next = nextName ? resolveConstant(t.id, nextName) : undefined;
    if (!next || next.name === c.name) break;
    chain.push(next);
    cur = next;
  }
  if (version !== undefined) {
    const available = chain.filter((n) => existsIn(n, t, version));
    const last = available[available.length - 1];
    return last ? [{ name: last.name }] : [];
  }
  // Safest first: names every covered version has, the newest of them first; then the newer ones.
  const safe = chain.filter((n) => existsIn(n, t)).reverse();
  const newer = chain.filter((n) => !existsIn(n, t)).reverse();
  return [...safe.map((n) => ({ name: n.name })), ...newer.map((n) => ({ name: n.name, needs: n.since! }))];
}

function constantDiagnosis(tableId: string, name: string, line: string, at: Omit<At, 'start'>, versions: DiagnoseOptions['versions']): DeprecatedConstantDiagnosis | undefined {
  const t = constantTable(tableId);
  const c = t && resolveConstant(tableId, name);
  if (!t || !c || !(c.deprecated || c.obsolete || c.renamed)) return undefined;
  const version = versions && Object.prototype.hasOwnProperty.call(versions, tableId) ? versions[tableId] : undefined;
  // The constant's own name ends the token (`HTTPStatus.UNPROCESSABLE_ENTITY`, `:unprocessable_entity`).
  const start = at.end - name.length;
  if (start < 0 || line.slice(start, at.end) !== name) return undefined;
  if (version !== undefined && !existsIn(c, t, version)) return undefined;
  const base = { kind: 'deprecatedConstant' as const, line: at.line, start, end: at.end, table: tableId, product: productOf(tableId), name, code: c.code, ...(version !== undefined ? { version } : {}) };
  if (c.obsolete && !c.deprecated) {
    if (!deprecatedIn(c, version)) return undefined;
    return { ...base, reason: 'obsolete', replacements: [], ...(c.deprecatedSince ? { since: c.deprecatedSince } : {}) };
  }
  const replacements = replacementsFor(t, c, version);
  // A pinned version that lacks every newer name: the old one is right there (nothing to say).
  if (!replacements.length) return undefined;
  const reason = c.deprecated ? 'deprecated' : 'renamed';
  const since = c.deprecated ? c.deprecatedSince : resolveConstant(tableId, c.renamed!)?.since;
  return { ...base, reason, replacements, ...(since ? { since } : {}) };
}

function invalidDiagnoses(line: string, lineNo: number, family: Family, out: Diagnosis[]): void {
  const { ranges: all, needle } = rangesOf(family);
  if (!needle || !needle.test(line)) return;
  const ranges = all.filter((r) => !r.needle || r.needle.test(line));
  INTEGER.lastIndex = 0;
  for (let m = INTEGER.exec(line); m; m = INTEGER.exec(line)) {
    const n = Number(m[0]);
    // Every API of the table accepts 200-599.
    if (n >= 200 && n <= 599) continue;
    const pre = line.slice(Math.max(0, m.index - PRE_LEN), m.index);
    const suf = line.slice(m.index + m[0].length, m.index + m[0].length + 4);
    if (!/^\s*(?:[,)}\]]|;|$)/.test(suf)) continue;
    const range = ranges.find((r) => r.re.test(pre))?.range;
    if (range && (n < range.min || n > range.max)) out.push({ kind: 'invalidStatus', line: lineNo, start: m.index, end: m.index + m[0].length, status: n, range });
  }
}

function suggestionsOf(code: string): Suggestion[] {
  const r = lookup('http', code);
  if (r.kind !== 'unassigned') return [];
  // The same number as a mail reply, and the HTTP codes it points to (SMTP 452 -> HTTP 507).
  return r.suggestions.filter((s) => s.protocol === 'http' || (s.protocol === 'smtp' && s.code === code)).map((s) => ({ protocol: s.protocol, code: s.code, phrase: s.entry.phrase }));
}

/**
 * Every diagnosis of a document. `languageId` is VS Code's (use effectiveLanguage for untitled or
 * generic ids). Never throws; bounded by `maxLines` and `maxMillis`.
 */
export function diagnoseText(text: string, languageId: string, options: DiagnoseOptions = {}): DiagnoseResult {
  const diagnoses: Diagnosis[] = [];
  if (typeof text !== 'string' || !text) return { diagnoses, lines: 0 };
  const kinds = new Set<DiagnosisKind>(options.kinds ?? ['deprecatedConstant', 'invalidStatus', 'unassignedStatus']);
  const lines = text.split(/\r\n|\r|\n/);
  const hints = options.hints ?? documentHints(text, options.path);
  const family = familyOf(languageId);
  const maxLines = options.maxLines ?? 100_000;
  const maxMillis = options.maxMillis ?? 200;
  const started = Date.now();
  const names = kinds.has('deprecatedConstant') ? namesRe() : undefined;
  const wantUnassigned = kinds.has('unassignedStatus') && !hints.smtp;
  const lineAt = (n: number): string | undefined => (n >= 0 && n < lines.length ? lines[n] : undefined);
  let i = 0;
  let truncated: DiagnoseResult['truncated'];
  for (; i < lines.length; i++) {
    if (i >= maxLines) {
      truncated = 'lines';
      break;
    }
    if ((i & 255) === 255 && Date.now() - started > maxMillis) {
      truncated = 'time';
      break;
    }
    const line = lines[i]!;
    if (line.length < 2) continue;
    const before = diagnoses.length;
    if (kinds.has('invalidStatus')) invalidDiagnoses(line, i, family, diagnoses);
    const constantLine = names !== undefined && names.test(line);
    const numberLine = wantUnassigned && hasUnassignedNumber(line);
    if (!constantLine && !numberLine) continue;
    for (const f of detectLine(line, languageId, { hints, context: { line: i, lineAt } })) {
      if (constantLine && f.constant) {
        const d = constantDiagnosis(f.constant.table, f.constant.name, line, { line: i, end: f.end }, options.versions);
        if (d) diagnoses.push(d);
      } else if (numberLine && !f.constant && f.protocol === 'http' && SENT_VIA.has(f.via) && unassigned().has(f.code)) {
        // An out-of-range diagnosis on the same number says more.
        if (diagnoses.slice(before).some((d) => d.start < f.end && f.start < d.end)) continue;
        diagnoses.push({ kind: 'unassignedStatus', line: i, start: f.start, end: f.end, code: f.code, suggestions: suggestionsOf(f.code) });
      }
    }
  }
  return truncated ? { diagnoses, lines: i, truncated } : { diagnoses, lines: i };
}

/** The replacement a whole-file or workspace fix applies: one the pinned (or every covered) version has. */
export function safeReplacement(d: DeprecatedConstantDiagnosis): string | undefined {
  return d.replacements.find((r) => r.needs === undefined)?.name;
}
