// Corpus test of the detection core: real-looking lines per language with the findings
// each should give (test/fixtures/detect-corpus/*.txt). Counts true/false positives and
// negatives, prints precision and recall per file, and requires no false positive and
// full recall on the corpus.
//
// Corpus format (one file per language group):
//   @@language python      the VS Code language id of the following cases
//   ;; comment
//   <a line of code>       a case ...
//   ?? http:404 smtp:550   ... and what it must give: protocol:code, optionally [the token text]
//                          and ~CurrentName for a deprecated constant; `??  -` for nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectAt, detectLine } from '../../src/core/detect/index';

interface Expect {
  key: string;
  span?: string;
  deprecated?: string;
}
interface Case {
  file: string;
  lineNo: number;
  language: string;
  text: string;
  expect: Expect[];
}

const CORPUS = path.resolve(__dirname, '../../../test/fixtures/detect-corpus');

function parseExpect(spec: string, where: string): Expect[] {
  const s = spec.trim();
  if (s === '-') return [];
  const out: Expect[] = [];
  const re = /([a-z-]+:[\d.]+)(?:\[([^\]]*)\])?(?:~(\w+))?/gy;
  let at = 0;
  while (at < s.length) {
    if (s[at] === ' ') {
      at++;
      continue;
    }
    re.lastIndex = at;
    const m = re.exec(s);
    if (!m) throw new Error(`${where}: bad expectation "${s.slice(at)}"`);
    out.push({ key: m[1]!, span: m[2], deprecated: m[3] });
    at = re.lastIndex;
  }
  return out;
}

function loadCorpus(): Case[] {
  const cases: Case[] = [];
  for (const name of fs.readdirSync(CORPUS).filter((n) => n.endsWith('.txt')).sort()) {
    const lines = fs.readFileSync(path.join(CORPUS, name), 'utf8').split('\n');
    let language = '';
    let pending: { text: string; lineNo: number } | undefined;
    lines.forEach((raw, i) => {
      const where = `${name}:${i + 1}`;
      if (raw.startsWith('@@language ')) {
        language = raw.slice('@@language '.length).trim();
        return;
      }
      if (raw.startsWith(';;') || raw.trim() === '') return;
      if (raw.startsWith('?? ')) {
        if (!pending) throw new Error(`${where}: expectation without a case`);
        cases.push({ file: name, lineNo: pending.lineNo, language, text: pending.text, expect: parseExpect(raw.slice(3), where) });
        pending = undefined;
        return;
      }
      if (pending) throw new Error(`${name}:${pending.lineNo}: case without an expectation`);
      if (!language) throw new Error(`${where}: case before any @@language`);
      pending = { text: raw, lineNo: i + 1 };
    });
    if (pending) throw new Error(`${name}:${pending.lineNo}: case without an expectation`);
  }
  return cases;
}

describe('detect corpus', () => {
  const cases = loadCorpus();

  it('has enough cases per language file (>= 15 positives, >= 10 negatives; blind holdout batches are extra)', () => {
    const byFile = new Map<string, { pos: number; neg: number }>();
    for (const c of cases) {
      if (c.file.startsWith('holdout')) continue;
      const s = byFile.get(c.file) ?? { pos: 0, neg: 0 };
      if (c.expect.length) s.pos++;
      else s.neg++;
      byFile.set(c.file, s);
    }
    for (const [file, s] of byFile) {
      assert.ok(s.pos >= 15, `${file}: only ${s.pos} positive lines`);
      assert.ok(s.neg >= 10, `${file}: only ${s.neg} negative lines`);
    }
  });

  it('finds every expected code and nothing else', () => {
    const stats = new Map<string, { tp: number; fp: number; fn: number; tn: number }>();
    const failures: string[] = [];
    for (const c of cases) {
      const s = stats.get(c.file) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
      stats.set(c.file, s);
      const found = detectLine(c.text, c.language);
      const remaining = [...found];
      for (const e of c.expect) {
        const i = remaining.findIndex((f) => `${f.protocol}:${f.code}` === e.key && (e.span === undefined || c.text.slice(f.start, f.end) === e.span));
        if (i < 0) {
          s.fn++;
          const got = found.map((f) => `${f.protocol}:${f.code}[${c.text.slice(f.start, f.end)}]`).join(' ') || 'nothing';
          failures.push(`MISSED ${e.key}${e.span ? `[${e.span}]` : ''} at ${c.file}:${c.lineNo} (${c.language}) got ${got}\n    ${c.text}`);
          continue;
        }
        const f = remaining.splice(i, 1)[0]!;
        if (e.deprecated !== undefined && f.constant?.deprecated !== e.deprecated) {
          failures.push(`DEPRECATION ${e.key} at ${c.file}:${c.lineNo}: expected ~${e.deprecated}, got ${f.constant?.deprecated ?? 'none'}\n    ${c.text}`);
        }
        if (e.deprecated === undefined && f.constant?.deprecated) {
          failures.push(`UNEXPECTED DEPRECATION ${e.key} ~${f.constant.deprecated} at ${c.file}:${c.lineNo}\n    ${c.text}`);
        }
        s.tp++;
      }
      for (const f of remaining) {
        s.fp++;
        failures.push(`FALSE ${f.protocol}:${f.code}[${c.text.slice(f.start, f.end)}] (${f.rule}) at ${c.file}:${c.lineNo} (${c.language})\n    ${c.text}`);
      }
      if (!c.expect.length && !found.length) s.tn++;
    }
    const total = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '100.0');
    const rows: string[] = [];
    for (const [file, s] of stats) {
      total.tp += s.tp;
      total.fp += s.fp;
      total.fn += s.fn;
      total.tn += s.tn;
      rows.push(`${file.padEnd(18)} TP ${String(s.tp).padStart(3)}  FP ${String(s.fp).padStart(2)}  FN ${String(s.fn).padStart(2)}  TN ${String(s.tn).padStart(3)}  precision ${pct(s.tp, s.tp + s.fp)}%  recall ${pct(s.tp, s.tp + s.fn)}%`);
    }
    rows.push(`${'all'.padEnd(18)} TP ${String(total.tp).padStart(3)}  FP ${String(total.fp).padStart(2)}  FN ${String(total.fn).padStart(2)}  TN ${String(total.tn).padStart(3)}  precision ${pct(total.tp, total.tp + total.fp)}%  recall ${pct(total.tp, total.tp + total.fn)}%`);
    console.log(`      detect corpus: ${cases.length} lines\n      ${rows.join('\n      ')}`);
    assert.equal(failures.length, 0, `${failures.length} corpus failures:\n${failures.join('\n')}`);
    assert.equal(total.fp, 0);
    assert.equal(total.fn, 0);
  });

  it('gives the same finding under the cursor (detectAt) as in the whole line, at every column of it', () => {
    const failures: string[] = [];
    for (const c of cases) {
      for (const f of detectLine(c.text, c.language)) {
        for (let col = f.start; col < f.end; col++) {
          const at = detectAt(c.text, col, c.language);
          if (!at || at.start !== f.start || at.end !== f.end || at.code !== f.code || at.protocol !== f.protocol) {
            failures.push(`${c.file}:${c.lineNo} column ${col}: line gives ${f.protocol}:${f.code}, detectAt gives ${at ? `${at.protocol}:${at.code} ${at.start}-${at.end}` : 'nothing'}`);
            break;
          }
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
