// The evaluation corpus of the detection core (test/fixtures/detect-eval/{tune,holdout}/*.txt):
// lines taken as they are from public code, labelled by hand. Parses it, runs the detector on each
// case the way the hover does (document hints and the lines above as context) and counts
// TP/FP/FN per language and overall. Used by test/unit/detect-eval.test.ts and scripts/detect-stats.mjs.
//
// Format:
//   ;; comment
//   @@source <owner>/<repo> <commit> <path>
//   @@language <vscode language id>
//   @@hint <a line of the same file, as is>     0..n, for the cases of this source
//   @@line <N>
//   <the line as is>
//   ?? http:404 smtp:550 smtp-enhanced:5.1.1    or `?? -`; `[token]` after a label pins the occurrence
//
// Each label must be found (else a miss); a finding that matches no label is false, except a further
// occurrence of a code the line is labelled with (without a pinned token).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectAt, detectLine, documentHints, type DetectOptions, type Finding } from '../../src/core/detect/index';

export interface EvalExpect {
  key: string;
  span?: string;
}

export interface EvalCase {
  file: string;
  /** Line of the case text in the corpus file (1-based). */
  at: number;
  source: string;
  /** Line number in the source file (from @@line). */
  line: number;
  language: string;
  hints: string[];
  text: string;
  expect: EvalExpect[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  lines: number;
}

export interface EvalResult {
  overall: Counts;
  languages: Map<string, Counts>;
  /** Missed and false findings, one line each (with the case text). */
  failures: string[];
}

export type Half = 'tune' | 'holdout' | 'blind' | 'blind2' | 'blind3' | 'blind4' | 'blind5' | 'blind6' | 'blind7' | 'blind8' | 'blind9' | 'blind10' | 'tune6' | 'tune7' | 'tune8' | 'tune9' | 'tune10' | 'tune11' | 'tune12' | 'tune13' | 'tune14' | 'tune15' | 'tune16' | 'tune17' | 'tune18' | 'tune19' | 'blind11' | 'tune22' | 'tune23' | 'tune20' | 'tune24' | 'blind12' | 'tune25' | 'tune26' | 'tune27' | 'tune28' | 'tune29' | 'tune30' | 'tune31' | 'tune32' | 'blind13' | 'blind14' | 'tune35' | 'tune36' | 'tune37' | 'tune38' | 'blind15' | 'tune39' | 'tune40' | 'tune41' | 'tune42' | 'blind16' | 'tune43' | 'tune44' | 'tune45' | 'tune46' | 'tune47' | 'tune48' | 'tune49' | 'tune50' | 'tune51' | 'tune53' | 'tune54' | 'tune52' | 'tune56' | 'tune55' | 'tune57' | 'tune58' | 'blind17' | 'blind18' | 'tune59' | 'tune60' | 'tune63' | 'tune61' | 'tune62' | 'tune64' | 'tune68' | 'tune69' | 'tune67' | 'tune65' | 'tune66' | 'tune70' | 'tune71' | 'blind19' | 'blind20' | 'tune72' | 'tune73' | 'tune74' | 'tune75' | 'tune76' | 'tune77' | 'blind21' | 'blind22' | 'tune78' | 'tune79' | 'tune81' | 'tune82' | 'tune80' | 'tune83' | 'tune84' | 'tune85' | 'blind23' | 'tune88' | 'tune87' | 'tune86' | 'protocols';
/**
 * Every half, in order; `blind2` is the fresh blind batch of round 4, `blind3` that of round 5, `blind4` and `blind5` those of round 6, `blind6` and `blind7` those of round 7, `blind8` to `blind10` those of round 8, and one or two a round since (`blind11` in round 9 to `blind19` and `blind20` in round 14);
 * `tune6` to `tune9` tuning batches of round 6 from repositories in no other group, `tune10` to `tune13` those of round 7, `tune14` to `tune19` those of round 8, and so on to round 13's `tune45` to `tune58`;
 * `protocols` is issue 14's group of gRPC, WebSocket and FTP lines (labels `grpc:5`,
 * `websocket:1008`, `ftp:550`), a question of its own.
 */
export const HALVES: readonly Half[] = ['tune', 'holdout', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'tune6', 'tune7', 'tune8', 'tune9', 'tune10', 'tune11', 'tune12', 'tune13', 'tune14', 'tune15', 'tune16', 'tune17', 'tune18', 'tune19', 'blind11', 'tune22', 'tune23', 'tune20', 'tune24', 'blind12', 'tune25', 'tune26', 'tune27', 'tune28', 'tune29', 'tune30', 'tune31', 'tune32', 'blind13', 'blind14', 'tune35', 'tune36', 'tune37', 'tune38', 'blind15', 'tune39', 'tune40', 'tune41', 'tune42', 'blind16', 'tune43', 'tune44', 'tune45', 'tune46', 'tune47', 'tune48', 'tune49', 'tune50', 'tune51', 'tune53', 'tune54', 'tune52', 'tune56', 'tune55', 'tune57', 'tune58', 'blind17', 'blind18', 'tune59', 'tune60', 'tune63', 'tune61', 'tune62', 'tune64', 'tune68', 'tune69', 'tune67', 'tune65', 'tune66', 'tune70', 'tune71', 'blind19', 'blind20', 'tune72', 'tune73', 'tune74', 'tune75', 'tune76', 'tune77', 'blind21', 'blind22', 'tune78', 'tune79', 'tune81', 'tune82', 'tune80', 'tune83', 'tune84', 'tune85', 'blind23', 'tune88', 'tune87', 'tune86', 'protocols'];
/**
 * Halves whose misses may be printed (tuning material). Since round 5 the first two blind batches are tuning
 * material too, since round 6 the third; `holdout` and every later blind batch (`blind4` to `blind20`, two or three a round
 * since round 6) are the measures: they give figures only.
 * `protocols` was tuned on.
 */
export const TUNING_HALVES: readonly Half[] = ['tune', 'blind', 'blind2', 'blind3', 'tune6', 'tune7', 'tune8', 'tune9', 'tune10', 'tune11', 'tune12', 'tune13', 'tune14', 'tune15', 'tune16', 'tune17', 'tune18', 'tune19', 'tune22', 'tune23', 'tune20', 'tune24', 'tune25', 'tune26', 'tune27', 'tune28', 'tune29', 'tune30', 'tune31', 'tune32', 'tune35', 'tune36', 'tune37', 'tune38', 'tune39', 'tune40', 'tune41', 'tune42', 'tune43', 'tune44', 'tune45', 'tune46', 'tune47', 'tune48', 'tune49', 'tune50', 'tune51', 'tune53', 'tune54', 'tune52', 'tune56', 'tune55', 'tune57', 'tune58', 'tune59', 'tune60', 'tune63', 'tune61', 'tune62', 'tune64', 'tune68', 'tune69', 'tune67', 'tune65', 'tune66', 'tune70', 'tune71', 'tune72', 'tune73', 'tune74', 'tune75', 'tune76', 'tune77', 'tune78', 'tune79', 'tune81', 'tune82', 'tune80', 'tune83', 'tune84', 'tune85', 'tune88', 'tune87', 'tune86', 'protocols'];

export function evalDir(root: string): string {
  return path.join(root, 'test/fixtures/detect-eval');
}

function parseExpect(spec: string, where: string): EvalExpect[] {
  const s = spec.trim();
  if (s === '-' || s === '') return [];
  const out: EvalExpect[] = [];
  const re = /([a-z-]+:[\d.]+)(?:\[([^\]]*)\])?/y;
  let at = 0;
  while (at < s.length) {
    if (/\s/.test(s[at]!)) {
      at++;
      continue;
    }
    re.lastIndex = at;
    const m = re.exec(s);
    if (!m) throw new Error(`${where}: bad expectation "${s.slice(at)}"`);
    out.push({ key: m[1]!, span: m[2] });
    at = re.lastIndex;
  }
  return out;
}

/** Parses one corpus file. */
export function parseEval(name: string, text: string): EvalCase[] {
  const cases: EvalCase[] = [];
  let source = '';
  let language = '';
  let hints: string[] = [];
  let lineNo: number | undefined;
  let pending: { text: string; at: number } | undefined;
  let expectCase = false;
  const lines = text.split('\n');
  lines.forEach((raw0, i) => {
    const raw = raw0.replace(/\r$/, '');
    const where = `${name}:${i + 1}`;
    if (pending) {
      if (!raw.startsWith('??')) throw new Error(`${where}: expected a \`??\` line after the case of line ${pending.at}`);
      cases.push({ file: name, at: pending.at, source, line: lineNo ?? 0, language, hints, text: pending.text, expect: parseExpect(raw.slice(2), where) });
      pending = undefined;
      lineNo = undefined;
      return;
    }
    if (expectCase) {
      // The line after `@@line` is the case, whatever it holds (even `;;` or nothing).
      expectCase = false;
      if (!language) throw new Error(`${where}: case before any @@language`);
      pending = { text: raw, at: i + 1 };
      return;
    }
    if (raw.startsWith(';;') || raw.trim() === '') return;
    if (raw.startsWith('@@source ')) {
      source = raw.slice(9).trim();
      hints = [];
      return;
    }
    if (raw.startsWith('@@language ')) {
      language = raw.slice(11).trim();
      return;
    }
    if (raw.startsWith('@@hint')) {
      hints = [...hints, raw.replace(/^@@hint ?/, '')];
      return;
    }
    if (raw.startsWith('@@line')) {
      lineNo = Number(raw.slice(6).trim());
      expectCase = true;
      return;
    }
    if (!raw.startsWith('??')) {
      if (!language) throw new Error(`${where}: case before any @@language`);
      pending = { text: raw, at: i + 1 };
      return;
    }
    throw new Error(`${where}: \`??\` without a case`);
  });
  if (pending || expectCase) throw new Error(`${name}: the last case has no expectation`);
  return cases;
}

/** Every case of one half (files sorted by name). */
export function loadHalf(root: string, half: Half): EvalCase[] {
  const dir = path.join(evalDir(root), half);
  if (!fs.existsSync(dir)) return [];
  const out: EvalCase[] = [];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    out.push(...parseEval(`${half}/${name}`, fs.readFileSync(path.join(dir, name), 'utf8')));
  }
  return out;
}

/** The options the hover would pass for a case: hints from the hint lines and the path, the hint lines as the lines above. */
export function caseOptions(c: EvalCase): DetectOptions {
  const doc = [...c.hints, c.text];
  // The document's path as a workspace would hold it: `<repo>/<path>` (`go-smtp/backend.go`).
  const [repo, , file] = c.source.split(/\s+/);
  const hints = documentHints(doc.join('\n'), repo && file ? `${repo.split('/').pop()}/${file}` : undefined);
  return { hints, context: { line: c.hints.length, lineAt: (n) => doc[n] } };
}

/**
 * The protocols a group's labels speak of. The halves were labelled before gRPC, WebSocket and FTP
 * were protocols of the registry (`rpc error: code = Aborted` in a Kotlin test is labelled `-`
 * there): a finding of those is neither right nor wrong in them, only in `protocols/`.
 */
const LABELLED: Record<string, ReadonlySet<string>> = { protocols: new Set(['http', 'smtp', 'smtp-enhanced', 'grpc', 'websocket', 'ftp']) };
const HTTP_SMTP: ReadonlySet<string> = new Set(['http', 'smtp', 'smtp-enhanced']);

/** What the detector finds for a case (as detectLine gives it), in the protocols its group labels. */
export function detectCase(c: EvalCase): Finding[] {
  const labelled = LABELLED[c.file.split('/')[0]!] ?? HTTP_SMTP;
  return detectLine(c.text, c.language, caseOptions(c)).filter((f) => labelled.has(f.protocol));
}

/** Findings of the line that detectAt does not give the same at each of their columns (the hover's view). */
export function cursorMismatches(cases: readonly EvalCase[]): string[] {
  const out: string[] = [];
  for (const c of cases) {
    const options = caseOptions(c);
    for (const f of detectLine(c.text, c.language, options)) {
      for (let col = f.start; col < f.end; col++) {
        const a = detectAt(c.text, col, c.language, options);
        if (!a || a.start !== f.start || a.end !== f.end || a.code !== f.code || a.protocol !== f.protocol) {
          out.push(`${c.file}:${c.at} column ${col}: line gives ${f.protocol}:${f.code}, detectAt gives ${a ? `${a.protocol}:${a.code} ${a.start}-${a.end}` : 'nothing'}`);
          break;
        }
      }
    }
  }
  return out;
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, lines: 0 });

/** Scores the cases; with `{ failures: false }` (the blind half) no case text is kept in the result. */
export function score(cases: readonly EvalCase[], opts: { failures?: boolean } = {}): EvalResult {
  const keep = opts.failures !== false;
  const overall = empty();
  const languages = new Map<string, Counts>();
  const failures: string[] = [];
  for (const c of cases) {
    const lang = languages.get(c.language) ?? empty();
    languages.set(c.language, lang);
    lang.lines++;
    overall.lines++;
    const found = detectCase(c);
    const remaining = [...found];
    const got = () => found.map((f) => `${f.protocol}:${f.code}[${c.text.slice(f.start, f.end)}](${f.rule})`).join(' ') || 'nothing';
    // Pinned expectations first, so that an unpinned one does not take a pinned one's finding.
    const order = [...c.expect].sort((a, b) => Number(a.span === undefined) - Number(b.span === undefined));
    for (const e of order) {
      const i = remaining.findIndex((f) => `${f.protocol}:${f.code}` === e.key && (e.span === undefined || c.text.slice(f.start, f.end) === e.span));
      if (i < 0) {
        lang.fn++;
        overall.fn++;
        if (keep) failures.push(`MISSED ${e.key}${e.span ? `[${e.span}]` : ''} at ${c.file}:${c.at} (${c.language}, ${c.source}) got ${got()}\n    ${c.text.trim()}`);
        continue;
      }
      remaining.splice(i, 1);
      lang.tp++;
      overall.tp++;
    }
    for (const f of remaining) {
      // Another occurrence of a code the line is labelled with (`'250-a\r\n250 b'` labelled `smtp:250` once) is no false finding.
      if (c.expect.some((e) => e.key === `${f.protocol}:${f.code}` && e.span === undefined)) continue;
      lang.fp++;
      overall.fp++;
      if (keep) failures.push(`FALSE ${f.protocol}:${f.code}[${c.text.slice(f.start, f.end)}] (${f.rule}) at ${c.file}:${c.at} (${c.language}, ${c.source})\n    ${c.text.trim()}`);
    }
  }
  return { overall, languages: new Map([...languages].sort(([a], [b]) => a.localeCompare(b))), failures };
}

export const precision = (c: Counts): number => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
export const recall = (c: Counts): number => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);

/** The figures as a table, one row per language and one for all. */
export function table(title: string, r: EvalResult): string {
  const row = (name: string, c: Counts) =>
    `${name.padEnd(18)} lines ${String(c.lines).padStart(4)}  TP ${String(c.tp).padStart(4)}  FP ${String(c.fp).padStart(3)}  FN ${String(c.fn).padStart(3)}  precision ${(100 * precision(c)).toFixed(1).padStart(5)}%  recall ${(100 * recall(c)).toFixed(1).padStart(5)}%`;
  return [title, ...[...r.languages].map(([l, c]) => row(l, c)), row('all', r.overall)].join('\n');
}

export interface Floor {
  precision: number;
  recall: number;
}
export interface HalfFloors {
  overall: Floor;
  languages: Record<string, Floor>;
}
export type Floors = Partial<Record<Half, HalfFloors>>;

/** The figures under their floors, as messages. */
export function underFloors(r: EvalResult, floors: HalfFloors | undefined): string[] {
  if (!floors) return [];
  const out: string[] = [];
  const check = (name: string, c: Counts | undefined, f: Floor | undefined) => {
    if (!f) return;
    if (!c) {
      out.push(`${name}: no cases (floor set)`);
      return;
    }
    if (precision(c) + 1e-9 < f.precision) out.push(`${name}: precision ${precision(c).toFixed(3)} under its floor ${f.precision}`);
    if (recall(c) + 1e-9 < f.recall) out.push(`${name}: recall ${recall(c).toFixed(3)} under its floor ${f.recall}`);
  };
  check('all', r.overall, floors.overall);
  for (const [lang, f] of Object.entries(floors.languages ?? {})) check(lang, r.languages.get(lang), f);
  return out;
}

/** Floors from figures: each rounded down to two decimals (at most 0.01 under the figure). */
export function floorsOf(r: EvalResult): HalfFloors {
  const down = (x: number) => Math.floor(x * 100 + 1e-9) / 100;
  const f = (c: Counts): Floor => ({ precision: down(precision(c)), recall: down(recall(c)) });
  return { overall: f(r.overall), languages: Object.fromEntries([...r.languages].map(([l, c]) => [l, f(c)])) };
}
