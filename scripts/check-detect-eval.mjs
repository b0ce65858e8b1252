#!/usr/bin/env node
// Format checker for the detection evaluation corpus (test/fixtures/detect-eval/{tune,holdout}/*.txt).
// Plain Node, no dependencies, and it never runs the detector: it only parses the files, checks their
// format and prints counts (per half and language, positives vs negatives, repositories per half).
//
//   node scripts/check-detect-eval.mjs            check and print the summary
//   node scripts/check-detect-eval.mjs --markdown the same summary as Markdown tables (for the README)
//
// Exit code 1 when a file breaks the format.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'detect-eval');
const HALVES = ['tune', 'holdout'];
// blind/ is a second holdout written after holdout/ had been seen; none of its repositories may appear in tune/ or holdout/.
// protocols/ (issue 14) holds gRPC, WebSocket and FTP lines: a group of its own, which may share a repository with a half.
// tune6/ (round 6) is a tuning batch from repositories used in no other directory; tune7/, tune8/ and tune9/ are a second, a third and a fourth one;
// blind6/ and blind7/ (round 7) are a sixth and a seventh blind batch, tune10/ to tune13/ its tuning batches;
// blind8/ to blind10/ (round 8) an eighth to a tenth, tune14/ to tune19/ its tuning batches.
const DIRS = [...HALVES, 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'tune6', 'tune7', 'tune8', 'tune9', 'tune10', 'tune11', 'tune12', 'tune13', 'tune14', 'tune15', 'tune16', 'tune17', 'tune18', 'tune19', 'blind11', 'tune22', 'tune23', 'tune20', 'tune24', 'blind12', 'tune25', 'tune26', 'tune27', 'tune28', 'tune29', 'tune30', 'tune31', 'tune32', 'blind13', 'blind14', 'tune35', 'tune36', 'tune37', 'tune38', 'blind15', 'tune39', 'tune40', 'tune41', 'tune42', 'blind16', 'tune43', 'tune44', 'tune45', 'tune46', 'tune47', 'tune48', 'tune49', 'tune50', 'tune51', 'tune53', 'tune54', 'tune52', 'tune56', 'tune55', 'tune57', 'tune58', 'blind17', 'blind18', 'tune59', 'tune60', 'tune63', 'tune61', 'tune62', 'tune64', 'tune68', 'tune69', 'tune67', 'tune65', 'tune66', 'tune70', 'tune71', 'blind19', 'blind20', 'tune72', 'tune73', 'tune74', 'tune75', 'tune76', 'tune77', 'blind21', 'blind22', 'tune78', 'tune79', 'tune81', 'tune82', 'tune80', 'tune83', 'tune84', 'tune85', 'blind23', 'tune88', 'tune87', 'tune86', 'protocols'];
const PROTOCOLS = new Set(['http', 'smtp', 'smtp-enhanced', 'grpc', 'websocket', 'ftp']);
const markdown = process.argv.includes('--markdown');

const errors = [];
const cases = []; // { half, group, repo, language, positive, labels }
const sources = []; // { half, repo, commit, path }

function parseLabels(spec, where) {
  if (spec === '-') return [];
  const out = [];
  // protocol:code, optionally [token] (the token may hold spaces), separated by single spaces
  const re = /([a-z-]+):([0-9][0-9.]*)(?:\[([^\]]*)\])?/y;
  let at = 0;
  while (at < spec.length) {
    if (out.length) {
      if (spec[at] !== ' ') { errors.push(`${where}: labels must be separated by one space: "${spec}"`); return out; }
      at++;
    }
    re.lastIndex = at;
    const m = re.exec(spec);
    if (!m) { errors.push(`${where}: cannot read label at "${spec.slice(at)}"`); return out; }
    const [, protocol, code] = m;
    if (!PROTOCOLS.has(protocol)) errors.push(`${where}: unknown protocol "${protocol}"`);
    if ((protocol === 'http' || protocol === 'smtp') && !/^[1-5][0-9][0-9]$/.test(code)) errors.push(`${where}: ${protocol} code must be 3 digits 100-599: "${code}"`);
    if (protocol === 'grpc' && !/^(?:[0-9]|1[0-6])$/.test(code)) errors.push(`${where}: grpc code must be 0-16: "${code}"`);
    if (protocol === 'websocket' && !/^[1-4][0-9]{3}$/.test(code)) errors.push(`${where}: websocket code must be 1000-4999: "${code}"`);
    if (protocol === 'ftp' && !/^[1-6][0-5][0-9]$/.test(code)) errors.push(`${where}: ftp code must be 3 digits 1yz-6yz: "${code}"`);
    if (protocol === 'smtp-enhanced' && !/^[245]\.[0-9]{1,3}\.[0-9]{1,3}$/.test(code)) errors.push(`${where}: enhanced code must be x.y.z with x in 2,4,5: "${code}"`);
    out.push(`${protocol}:${code}`);
    at = re.lastIndex;
  }
  return out;
}

for (const half of DIRS) {
  const dir = path.join(ROOT, half);
  if (!fs.existsSync(dir)) { if (!half.startsWith('blind')) errors.push(`missing directory ${half}/`); continue; }
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const group = name.replace(/\.txt$/, '');
    const lines = fs.readFileSync(path.join(dir, name), 'utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    let src = null; // { repo, commit, path, language, cases }
    let state = 'top'; // top | afterSource | body | needText | needLabel
    let lineNo = 0;
    let text = '';
    const closeSource = (where) => {
      if (src && src.cases === 0) errors.push(`${where}: source ${src.repo} ${src.path} has no case`);
    };
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      const where = `${half}/${name}:${i + 1}`;
      if (state === 'needText') { text = l; state = 'needLabel'; continue; }
      if (state === 'needLabel') {
        if (!l.startsWith('?? ')) { errors.push(`${where}: expected a "?? " label line after the case text`); state = 'body'; continue; }
        const labels = parseLabels(l.slice(3), where);
        if (!text.trim()) errors.push(`${where}: empty case text`);
        if (/^ {9,}/.test(text) || /^\t/.test(text)) errors.push(`${where}: leading whitespace longer than 8 spaces or a tab`);
        cases.push({ half, group, repo: src.repo, language: src.language, positive: labels.length > 0, labels, lineNo });
        src.cases++;
        state = 'body';
        continue;
      }
      if (l.startsWith(';;') || l === '') continue;
      if (l.startsWith('@@source ')) {
        closeSource(where);
        const m = l.match(/^@@source ([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+) ([0-9a-f]{40}) (\S.*)$/);
        if (!m) { errors.push(`${where}: @@source needs "<owner>/<repo> <40-hex commit> <path>": ${l}`); src = null; state = 'top'; continue; }
        src = { repo: m[1], commit: m[2], path: m[3], language: null, cases: 0 };
        sources.push({ half, repo: m[1], commit: m[2], path: m[3] });
        state = 'afterSource';
        continue;
      }
      if (!src) { errors.push(`${where}: line outside any @@source: ${l.slice(0, 60)}`); continue; }
      if (l.startsWith('@@language ')) {
        if (state !== 'afterSource') errors.push(`${where}: @@language must follow @@source directly`);
        src.language = l.slice(11).trim();
        if (!/^[a-z][a-z0-9+-]*$/.test(src.language)) errors.push(`${where}: odd language id "${src.language}"`);
        state = 'hints';
        continue;
      }
      if (state === 'afterSource') { errors.push(`${where}: @@source without @@language`); state = 'hints'; }
      if (l.startsWith('@@hint ')) {
        if (state !== 'hints') errors.push(`${where}: @@hint lines belong right after @@language`);
        continue;
      }
      if (l.startsWith('@@line ')) {
        const m = l.match(/^@@line ([1-9][0-9]*)$/);
        if (!m) errors.push(`${where}: @@line needs a 1-based line number`);
        lineNo = m ? Number(m[1]) : 0;
        state = 'needText';
        continue;
      }
      errors.push(`${where}: unexpected line: ${l.slice(0, 80)}`);
    }
    if (state === 'needText' || state === 'needLabel') errors.push(`${half}/${name}: file ends inside a case`);
    closeSource(`${half}/${name}`);
  }
}

// A repository must sit in one half only (protocols/ is no half: its own question, on other protocols).
const halfOfRepo = new Map();
for (const s of sources) {
  if (s.half === 'protocols') continue;
  const h = halfOfRepo.get(s.repo);
  if (h && h !== s.half) errors.push(s.half.startsWith('blind') || h.startsWith('blind') ? `repository ${s.repo} of ${s.half.startsWith('blind') ? s.half : h}/ also appears in ${s.half.startsWith('blind') ? h : s.half}/` : `repository ${s.repo} appears in both halves`);
  halfOfRepo.set(s.repo, s.half);
}
// The batches from round 6 on are stricter still: none of their repositories may appear in any other directory, protocols/ included.
const STRICT = ['blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'tune6', 'tune7', 'tune8', 'tune9', 'tune10', 'tune11', 'tune12', 'tune13', 'tune14', 'tune15', 'tune16', 'tune17', 'tune18', 'tune19', 'blind11', 'tune22', 'tune23', 'tune20', 'tune24', 'blind12', 'tune25', 'tune26', 'tune27', 'tune28', 'tune29', 'tune30', 'tune31', 'tune32', 'blind13', 'blind14', 'tune35', 'tune36', 'tune37', 'tune38', 'blind15', 'tune39', 'tune40', 'tune41', 'tune42', 'blind16', 'tune43', 'tune44', 'tune45', 'tune46'];
for (const half of STRICT) {
  const own = new Set(sources.filter((s) => s.half === half).map((s) => s.repo));
  for (const s of sources) {
    if (s.half === 'protocols' && own.has(s.repo)) errors.push(`repository ${s.repo} of ${half}/ also appears in protocols/`);
  }
}

// ---- summary ----
const count = (xs) => ({ n: xs.length, pos: xs.filter((c) => c.positive).length, neg: xs.filter((c) => !c.positive).length, labels: xs.reduce((a, c) => a + c.labels.length, 0) });
const byKey = (xs, key) => { const m = new Map(); for (const c of xs) { const k = key(c); if (!m.has(k)) m.set(k, []); m.get(k).push(c); } return new Map([...m].sort((a, b) => String(a[0]).localeCompare(String(b[0])))); };
const repos = (xs) => new Set(xs.map((c) => c.repo)).size;

const rows = [];
for (const [group, xs] of byKey(cases, (c) => c.group)) {
  const t = count(xs.filter((c) => c.half === 'tune'));
  const h = count(xs.filter((c) => c.half === 'holdout'));
  rows.push([group, t, h, count(xs.filter((c) => c.half === 'blind'))]);
}
const langRows = [];
for (const [lang, xs] of byKey(cases, (c) => c.language)) {
  langRows.push([lang, count(xs.filter((c) => c.half === 'tune')), count(xs.filter((c) => c.half === 'holdout')), count(xs.filter((c) => c.half === 'blind'))]);
}
const protoCount = new Map();
for (const c of cases) for (const l of c.labels) { const p = l.split(':')[0]; protoCount.set(p, (protoCount.get(p) ?? 0) + 1); }
const perRepo = [...byKey(cases, (c) => c.repo)].map(([r, xs]) => [r, xs.length]).sort((a, b) => b[1] - a[1]);
const tuneAll = count(cases.filter((c) => c.half === 'tune'));
const holdAll = count(cases.filter((c) => c.half === 'holdout'));
const blindAll = count(cases.filter((c) => c.half === 'blind'));
const all = count(cases.filter((c) => c.half !== 'blind'));

const fmt = (c) => `${c.n} (${c.pos}+/${c.neg}-)`;
if (markdown) {
  console.log('| group (file) | tune: cases (pos/neg) | holdout: cases (pos/neg) |');
  console.log('| --- | --- | --- |');
  for (const [g, t, h] of rows) console.log(`| ${g} | ${t.n} (${t.pos}/${t.neg}) | ${h.n} (${h.pos}/${h.neg}) |`);
  console.log(`| **all** | **${tuneAll.n} (${tuneAll.pos}/${tuneAll.neg})** | **${holdAll.n} (${holdAll.pos}/${holdAll.neg})** |`);
  console.log('');
  console.log('| language id | tune: cases (pos/neg) | holdout: cases (pos/neg) |');
  console.log('| --- | --- | --- |');
  for (const [g, t, h] of langRows) console.log(`| ${g} | ${t.n} (${t.pos}/${t.neg}) | ${h.n} (${h.pos}/${h.neg}) |`);
  console.log('');
  console.log(`- cases: ${all.n}, positives ${all.pos} (${((100 * all.pos) / all.n).toFixed(1)}%), negatives ${all.neg}; labels (expected findings): ${all.labels} (${[...protoCount].map(([p, n]) => `${p} ${n}`).join(', ')})`);
  console.log(`- repositories: ${repos(cases)} (tune ${repos(cases.filter((c) => c.half === 'tune'))}, holdout ${repos(cases.filter((c) => c.half === 'holdout'))}); source files: ${sources.length}; most lines from one repository: ${perRepo[0]?.[1]} (${perRepo[0]?.[0]})`);
} else {
  console.log(`detect-eval: ${all.n} cases (${all.pos} positive, ${all.neg} negative), ${all.labels} labels, ${repos(cases)} repositories, ${sources.length} source files`);
  console.log(`  tune    ${fmt(tuneAll)}  repos ${repos(cases.filter((c) => c.half === 'tune'))}`);
  console.log(`  holdout ${fmt(holdAll)}  repos ${repos(cases.filter((c) => c.half === 'holdout'))}`);
  console.log(`  blind   ${fmt(blindAll)}  repos ${repos(cases.filter((c) => c.half === 'blind'))}`);
  console.log('  group              tune              holdout           blind');
  for (const [g, t, h, b] of rows) console.log(`  ${g.padEnd(18)} ${fmt(t).padEnd(17)} ${fmt(h).padEnd(17)} ${fmt(b)}`);
  console.log('  language           tune              holdout');
  for (const [g, t, h] of langRows) console.log(`  ${g.padEnd(18)} ${fmt(t).padEnd(17)} ${fmt(h)}`);
  console.log(`  labels by protocol: ${[...protoCount].map(([p, n]) => `${p} ${n}`).join(', ')}`);
  console.log(`  lines per repository (top 5): ${perRepo.slice(0, 5).map(([r, n]) => `${r} ${n}`).join(', ')}`);
  for (const h of DIRS) console.log(`  ${h} repos: ${[...new Set(cases.filter((c) => c.half === h).map((c) => c.repo))].sort().join(' ')}`);
}
if (markdown && blindAll.n) {
  console.log('');
  console.log('| group (blind/) | cases (pos/neg) | repositories |');
  console.log('| --- | --- | --- |');
  for (const [g, , , b] of rows) if (b.n) console.log(`| ${g} | ${b.n} (${b.pos}/${b.neg}) | ${repos(cases.filter((c) => c.half === 'blind' && c.group === g))} |`);
  console.log(`| **all** | **${blindAll.n} (${blindAll.pos}/${blindAll.neg})** | **${repos(cases.filter((c) => c.half === 'blind'))}** |`);
}
if (errors.length) {
  console.error(`\n${errors.length} format error(s):\n  ${errors.slice(0, 50).join('\n  ')}`);
  process.exit(1);
}
