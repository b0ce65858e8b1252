#!/usr/bin/env node
// The framework suite: proves that every framework snippet the extension offers sends, in its
// real framework, the status, Content-Type, the header fields the status needs (Location, Allow,
// WWW-Authenticate, ...) and the JSON body that the extension's raw response shows.
//
//   node scripts/run-frameworks.mjs [--only id,id]
//
// Then the gRPC and WebSocket snippets (issue 14, test/frameworks/lib/protocols.mjs): each runs in
// its real library and a real client sees the status and message, or the close code and reason,
// it was rendered for. `--only` takes their ids too: grpc-js, grpc-python, grpc-go, grpc-java,
// websocket-browser, websocket-ws, websocket-starlette, websocket-websockets, websocket-gorilla.
//
// For each code below and each body style, the runner takes the report the CLI's --json prints
// (src/core/render/report.ts: the raw response and every framework's snippet), checks that the
// VS Code snippet body expands to the plain code, then, per framework, generates one app that
// serves every case's snippet (the exact text, placeholders at their defaults) on its own route,
// starts it on a free loopback port, sends a real GET per case and compares. ASP.NET Core, which
// cannot run on this machine kind, is checked statically instead (test/frameworks/lib/static-checks.ts,
// also run by test/unit/snippets-static.test.ts). Spring runs on Debian's Spring Framework 4.3 and
// gets the static checks too (they cover what only Spring Boot 3 / Spring 6 has); a case whose
// snippet names a constant newer than Debian's Spring (the harness's `staticOnly`) is checked
// statically only, and the output says so.
// Installs: the JavaScript frameworks from test/frameworks/package-lock.json into
// test/frameworks/.work (once per lockfile), Debian packages with apt-get when missing. The
// generated apps stay in test/frameworks/.work/apps/<framework>/ for a look after the run.
// A framework that cannot be installed or started fails with the reason. Last line:
// `frameworks: N passed, N failed`; exit code 1 when any failed.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { ensureNpm, get, run, tail, WORK } from '../test/frameworks/lib/common.mjs';
import { protocolIds, runProtocols } from '../test/frameworks/lib/protocols.mjs';
import { killAllGroups, watchdog } from './lib/proc.mjs';
import { failureLine } from './lib/suite.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const onlyArg = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const only = onlyArg ? new Set(onlyArg.split(',')) : undefined;
const started = Date.now();

/** The codes every snippet is proven with (issue 5), shared with test/unit/snippets-static.test.ts. */
const { codes: CODES, styles: STYLES, interim: INTERIM, notSent: NOT_SENT } = JSON.parse(readFileSync(join(root, 'test/frameworks/codes.json'), 'utf8'));

/** Frameworks that cannot run on this machine kind: proven by static checks instead. */
const STATIC = new Set(['aspnet-core']);
/**
 * Frameworks run for real on an older release than the snippet targets (Spring: Debian's 4.3, the
 * snippet is for Spring Boot 3 / Spring 6): the static checks run on every case as well.
 */
const STATIC_TOO = new Set(['spring-boot']);
/** How many frameworks run at once (the machine has 2 cores; Next.js builds are the heavy part). */
const PARALLEL = Number(process.env.FRAMEWORKS_PARALLEL ?? 3);
const stopWatchdog = watchdog(Number(process.env.FRAMEWORKS_TIMEOUT_MS ?? 20 * 60_000), 'frameworks');

const log = (msg) => console.log(`[frameworks] ${msg}`);

// ---------------------------------------------------------------------------------------------
// 1. The extension's own output: bundle the core's report (what `status-codes --json` prints).

async function loadCore() {
  mkdirSync(WORK, { recursive: true });
  const outfile = join(WORK, 'report.cjs');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['test/frameworks/lib/report-entry.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    logLevel: 'error',
  });
  return createRequire(import.meta.url)(outfile);
}

/** Expands a VS Code snippet body with every placeholder at its default (what insertion shows). */
function expandSnippet(body) {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && i + 1 < body.length && '\\$}'.includes(body[i + 1])) {
      out += body[++i];
    } else if (ch === '$' && body[i + 1] === '{') {
      const m = /^\$\{(\d+):/.exec(body.slice(i));
      if (!m) throw new Error(`unsupported snippet syntax at ${JSON.stringify(body.slice(i, i + 20))}`);
      // Find the closing brace of the placeholder, honouring escapes inside it.
      let j = i + m[0].length;
      let inner = '';
      while (j < body.length && body[j] !== '}') {
        if (body[j] === '\\' && '\\$}'.includes(body[j + 1])) j++;
        inner += body[j++];
      }
      if (j >= body.length) throw new Error('unterminated placeholder in snippet body');
      out += inner;
      i = j;
    } else if (ch === '$' && /\d/.test(body[i + 1] ?? '')) {
      while (/\d/.test(body[i + 1] ?? '')) i++;
    } else if (ch === '$') {
      throw new Error(`unescaped $ in snippet body at ${JSON.stringify(body.slice(i, i + 20))} (VS Code would read a variable)`);
    } else out += ch;
  }
  return out;
}

/** The status, media type, header fields (`extra`: those of the status's header table) and JSON body that the raw response shows. */
function parseRaw(raw, extra = []) {
  const [head, ...rest] = raw.split('\n\n');
  const lines = head.split('\n');
  const m = /^HTTP\/1\.1 (\d{3}) (.*)$/.exec(lines[0]);
  if (!m) throw new Error(`raw response has no status line: ${JSON.stringify(lines[0])}`);
  const headers = Object.fromEntries(lines.slice(1).filter(Boolean).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  const bodyText = rest.join('\n\n');
  for (const h of extra) {
    if (headers[h.name.toLowerCase()] !== h.value) throw new Error(`raw response has no ${h.name}: ${h.value} line, though the report names it`);
  }
  return { status: Number(m[1]), contentType: headers['content-type'], headers: extra.map((h) => ({ name: h.name, value: h.value })), body: bodyText ? JSON.parse(bodyText) : undefined, bodyText };
}

function caseId(c, style) {
  return `${c.protocol}-${c.code}${c.vendor ? `-${c.vendor.toLowerCase()}` : ''}-${style}`;
}

/** Builds every case from the registry; problems found here fail the frameworks they concern. */
function buildCases(core) {
  const cases = [];
  const problems = []; // { framework?: id, message }
  const vendorsFound = new Set();
  for (const c of CODES) {
    for (const style of STYLES) {
      const id = caseId(c, style);
      const r = core.report(c.protocol, c.code, c.vendor, style);
      if (r.error) {
        if (c.vendor) continue; // one of the vendor codes is enough; none at all fails below
        problems.push({ message: `${id}: ${r.error}` });
        continue;
      }
      if (c.vendor) vendorsFound.add(c.code);
      let expected;
      try {
        expected = parseRaw(r.report.raw, r.report.headers);
      } catch (e) {
        problems.push({ message: `${id}: ${e.message}` });
        continue;
      }
      cases.push({ id, ident: id.replace(/-/g, '_'), iana: c.protocol === 'http' && !c.vendor, label: `${c.protocol.toUpperCase()} ${c.code}${c.vendor ? ` (${c.vendor})` : ''} ${style}`, expected, snippets: r.report.snippets });
    }
  }
  if (!vendorsFound.size) problems.push({ message: `none of the vendor codes ${CODES.filter((c) => c.vendor).map((c) => `${c.code} (${c.vendor})`).join(', ')} is in the registry` });
  return { cases, problems };
}

// ---------------------------------------------------------------------------------------------
// 2. Comparing what a framework sent with what the raw response shows.

function mediaType(value) {
  if (value === undefined) return { type: undefined, params: [] };
  const [type, ...params] = String(value).split(';').map((s) => s.trim());
  return { type: type.toLowerCase(), params: params.map((p) => p.toLowerCase()).filter(Boolean) };
}

/**
 * The status's header fields (Location, Allow, ...), each sent once with the value shown. A
 * relative Location is compared resolved against the request URL, as a client reads it (RFC 9110
 * 10.2.2): WEBrick, under Rails, sends it absolute.
 */
function compareHeaders(expected, actual, url) {
  const diffs = [];
  for (const h of expected.headers) {
    const got = actual.headers[h.name.toLowerCase()];
    if (got === undefined) {
      diffs.push(`no ${h.name} header, expected ${h.value}`);
      continue;
    }
    if (Array.isArray(got)) {
      diffs.push(`${h.name} sent ${got.length} times: ${got.join(' | ')}`);
      continue;
    }
    const same = h.name === 'Location' ? new URL(got, url).href === new URL(h.value, url).href : got === h.value;
    if (!same) diffs.push(`${h.name}: ${got}, expected ${h.value}`);
  }
  return diffs;
}

/** Differences between the actual response and the expected one (empty when they match). */
function compare(expected, actual, url) {
  const diffs = [];
  const notes = [];
  if (actual.status !== expected.status) diffs.push(`status ${actual.status}, expected ${expected.status}`);
  diffs.push(...compareHeaders(expected, actual, url));
  if (expected.body === undefined) {
    if (actual.body.length) diffs.push(`body ${JSON.stringify(actual.body.slice(0, 120))}, expected none`);
    if (actual.headers['content-type']) notes.push(`sends Content-Type ${actual.headers['content-type']} with no body`);
    return { diffs, notes };
  }
  const want = mediaType(expected.contentType);
  const got = mediaType(actual.headers['content-type']);
  if (got.type !== want.type) diffs.push(`Content-Type ${actual.headers['content-type'] ?? '(none)'}, expected ${expected.contentType}`);
  // A charset parameter is harmless (JSON is UTF-8); anything else is not what the page shows.
  const extra = got.params.filter((p) => p !== 'charset=utf-8');
  if (extra.length) diffs.push(`Content-Type parameters ${extra.join('; ')}`);
  let body;
  try {
    body = JSON.parse(actual.body);
  } catch {
    diffs.push(`body is not JSON: ${JSON.stringify(actual.body.slice(0, 200))}`);
    return { diffs, notes };
  }
  if (!isDeepStrictEqual(body, expected.body)) diffs.push(`body ${JSON.stringify(body)}, expected ${JSON.stringify(expected.body)}`);
  return { diffs, notes };
}

/** GET (or `method`) with two more tries on a connection error; each error before the answer is kept as a note. */
async function requestWithRetry(url, method = 'GET') {
  const errors = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return { res: await get(url, undefined, method), errors };
    } catch (e) {
      errors.push(e.message);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(errors.join('; then '));
}

/** Runs `fn` over items with at most `limit` at a time. */
async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], i);
      }
    }),
  );
  return results;
}

// ---------------------------------------------------------------------------------------------
// 3. Insert's other forms (src/core/snippets/insert.ts): a fixture app of test/frameworks/insert
// that already has routes, with the statement planned into one handler's body and the handler at
// its top level. Served by the framework's harness beside the snippet cases (`file`: the code is
// a whole file), its old route must still answer and the new ones send what the raw response shows.

/** The framework's insertion cases, or the problems that kept them from being made. */
function insertCasesOf(fw, core, cases) {
  const out = [];
  const errors = [];
  for (const ic of core.insertCases(fw.id, root)) {
    if (ic.error) {
      errors.push(`insert ${ic.fixture} ${ic.code}: ${ic.error}`);
      continue;
    }
    const base = cases.find((c) => c.id === ic.caseId);
    if (!base) {
      errors.push(`insert ${ic.fixture} ${ic.code}: no case ${ic.caseId} to compare with`);
      continue;
    }
    const id = `insert-${ic.fixture.replace(/\.\w+$/, '').replace(/[^a-z0-9]+/gi, '-')}-${ic.code}`;
    out.push({ id, ident: id.replace(/-/g, '_'), label: `insert into ${ic.fixture}, HTTP ${ic.code}`, code: ic.text, constant: ic.constant, file: true, routes: ic.routes, expected: base.expected, checks: ic.checks, at: ic.at });
  }
  return { inserts: out, errors };
}

/** The marker a check's form was inserted at. */
const markerOf = (check) => (check.form === 'statement' ? 'BODY' : 'TOP');

/** Asks each route of an insertion case; resolves { passed, total, fails, notes }. */
async function checkInsert(c, server) {
  let passed = 0;
  let total = 0;
  const fails = [];
  const notes = [];
  for (const check of c.checks) {
    const at = check.form ? c.at[markerOf(check)] : undefined;
    if (check.form && at?.skipped) {
      notes.push(`${c.id}: nothing inserted in the ${check.form} form (${at.skipped}), as planned`);
      continue;
    }
    total++;
    if (check.form && at?.form !== check.form) {
      fails.push(`${c.id}: inserted at ${markerOf(check)} as ${at?.form ?? 'nothing'}, expected the ${check.form} form`);
      continue;
    }
    const url = server.url(c).replace(/endpoint$/, check.path);
    const what = `${check.method ?? 'GET'} ${check.path}${check.form ? ` (${check.form})` : ' (the file\'s own route)'}`;
    try {
      const { res } = await requestWithRetry(url, check.method);
      const diffs = check.text !== undefined
        ? [...(res.status !== 200 ? [`status ${res.status}, expected 200`] : []), ...(res.body.trim() !== check.text ? [`body ${JSON.stringify(res.body.slice(0, 120))}, expected ${JSON.stringify(check.text)}`] : [])]
        : compare(c.expected, res, url).diffs;
      if (diffs.length) fails.push(`${c.id}: ${what}: ${diffs.join('; ')}`);
      else passed++;
    } catch (e) {
      fails.push(`${c.id}: ${what}: request failed: ${e.message}`);
    }
  }
  return { passed, total, fails, notes };
}

/** ASP.NET (static only): each inserted form, cut out of the file, gets the snippets' static checks. */
function checkInsertStatically(c, core, fwId) {
  const errors = [];
  let checked = 0;
  for (const check of c.checks.filter((k) => k.form)) {
    const at = c.at[markerOf(check)];
    if (!at || at.skipped || at.form !== check.form) {
      errors.push(`${c.id}: inserted at ${markerOf(check)} as ${at?.form ?? at?.skipped ?? 'nothing'}, expected the ${check.form} form`);
      continue;
    }
    // The handler the form lands in: from its MapGet to the next one (or app.Run()).
    const start = c.code.indexOf(`app.MapGet("/${check.path}"`);
    const ends = [c.code.indexOf('app.MapGet(', start + 1), c.code.indexOf('app.Run()', start + 1)].filter((n) => n > start);
    const segment = start < 0 ? '' : c.code.slice(start, Math.min(...ends, c.code.length));
    const found = core.staticCheck(fwId, { code: segment, constant: c.constant }, c.expected);
    if (found.length) errors.push(...found.map((e) => `${c.id}: ${check.path} (${check.form}): ${e}`));
    else checked++;
  }
  const setups = c.code.split('builder.Build()').length - 1;
  if (setups !== 1) errors.push(`${c.id}: builder.Build() ${setups} times after the insertions`);
  return { checked, errors };
}

// ---------------------------------------------------------------------------------------------
// 4. One framework: install, generate, start, request, compare.

async function runFramework(fw, harness, cases, earlyErrors, core) {
  const t0 = Date.now();
  const lines = earlyErrors.map((e) => `  FAIL ${e}`);
  const fail = (msg) => lines.push(`  FAIL ${msg}`);
  const flog = (msg) => log(`${fw.id}: ${msg}`);
  // Every case must have a snippet for this framework (all these codes are in every range), but
  // where the framework declares its server refuses a header the status needs (Django: WSGI's
  // hop-by-hop fields); that declaration is asked of the installed server below.
  const runnable = [];
  const refused = [];
  for (const c of cases) {
    const s = c.snippets[fw.id];
    if (!s) fail(`${c.id}: the report has no ${fw.label} snippet`);
    else if (s.unsupported && s.reason === 'header' && fw.refusesHeaders) refused.push(c);
    else if (s.unsupported) fail(`${c.id}: the extension offers no snippet (${s.unsupported})`);
    else runnable.push({ id: c.id, ident: c.ident, label: c.label, code: s.code, snippet: s, expected: c.expected });
  }
  if (!harness) {
    fail(`no harness in test/frameworks/harnesses/ runs ${fw.id}: every framework must be proven`);
    return finish(fw, lines, t0, 0, runnable.length);
  }
  const { inserts, errors: insertErrors } = insertCasesOf(fw, core, cases);
  for (const e of insertErrors) fail(e);
  const insertCount = { passed: 0, total: 0 };
  let server;
  let passed = 0;
  let live = runnable;
  let liveInserts = inserts;
  let checkedStatically = 0;
  try {
    await harness.install(flog);
    if (refused.length) {
      const names = [...new Set(refused.flatMap((c) => c.expected.headers.map((h) => h.name)).filter((n) => fw.refusesHeaders.names.includes(n)))];
      const says = harness.refuses ? await harness.refuses(names) : {};
      for (const n of names) {
        if (says[n] !== true) fail(`declares that it cannot send ${n}, but ${harness.refuses ? 'its server accepts it' : 'its harness has no refuses() probe'}`);
      }
      lines.push(`  note no snippet, as declared and probed (${fw.refusesHeaders.why}): ${refused.map((c) => c.id).join(', ')}`);
    }
    // Cases the installed framework cannot compile unchanged (a constant newer than it): the
    // harness says which and why; they get the static checks instead of a run, and a note.
    if (harness.staticOnly) {
      const why = await harness.staticOnly([...runnable, ...inserts], flog);
      live = runnable.filter((c) => !why.has(c.id));
      liveInserts = inserts.filter((c) => !why.has(c.id));
      for (const c of inserts.filter((r) => why.has(r.id))) fail(`${c.id}: cannot run on the installed ${fw.label}: ${why.get(c.id)}`);
      for (const c of runnable.filter((r) => why.has(r.id))) {
        // (A framework of STATIC_TOO had them with the early checks already.)
        const errors = STATIC_TOO.has(fw.id) ? [] : core.staticCheck(fw.id, c.snippet, c.expected);
        if (errors.length) fail(`${c.id}: ${errors.join('; ')} (checked statically: ${why.get(c.id)})`);
        else {
          checkedStatically++;
          lines.push(`  static ${c.id}: checked statically, not run: ${why.get(c.id)}`);
        }
      }
    }
    server = await harness.start([...live, ...liveInserts], flog);
    const results = await pool(live, 8, async (c) => {
      try {
        const url = server.url(c);
        const { res, errors } = await requestWithRetry(url);
        const result = compare(c.expected, res, url);
        if (errors.length) result.notes.push(`answered on attempt ${errors.length + 1} (before: ${errors.join('; ')})`);
        return { c, ...result };
      } catch (e) {
        return { c, diffs: [`request failed: ${e.message}`], notes: [] };
      }
    });
    for (const { c, diffs, notes } of results) {
      if (diffs.length) fail(`${c.id}: ${diffs.join('; ')}`);
      else passed++;
      // A server that hung up or never answered has usually said why on its own output.
      if (diffs.some((d) => d.startsWith('request failed'))) {
        const said = tail(server.output(c), 15).trim();
        lines.push(`  ${fw.id}'s output (last lines) after ${c.id}:`, ...(said ? said.split('\n') : ['(nothing)']).map((l) => `    | ${l}`));
      }
      for (const n of notes) lines.push(`  note ${c.id}: ${n}`);
    }
    for (const c of liveInserts) {
      const r = await checkInsert(c, server);
      insertCount.passed += r.passed;
      insertCount.total += r.total;
      for (const f of r.fails) fail(f);
      for (const n of r.notes) lines.push(`  note ${n}`);
    }
  } catch (e) {
    fail(`cannot run ${fw.label}: ${e.message}`);
  } finally {
    if (server) await server.stop().catch(() => {});
  }
  return finish(fw, lines, t0, passed, live.length, checkedStatically, insertCount);
}

/** Every failed check, repeated just before the closing line. */
const failures = [];
function recordFailures(fw, lines) {
  for (const l of lines) if (l.startsWith('  FAIL ')) failures.push(failureLine('frameworks', fw.label, l.slice('  FAIL '.length)));
}

function finish(fw, lines, t0, passed, total, checkedStatically = 0, inserted = undefined) {
  const ok = !lines.some((l) => l.startsWith('  FAIL'));
  recordFailures(fw, lines);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  const range = RANGE_PROBES[fw.id] ? `, range ${fw.range.min}..${fw.range.max} probed` : '';
  const statics = checkedStatically ? `; ${checkedStatically} more checked statically only (see "static" lines)` : '';
  const insert = inserted ? `; Insert's in-file and in-body forms: ${inserted.passed}/${inserted.total} routes answer right` : '';
  const head = `${ok ? 'PASS' : 'FAIL'} ${fw.id} (${fw.label}): ${passed}/${total} responses match the raw response, run for real${range}${statics}${insert} [${secs} s]`;
  console.log([head, ...lines].join('\n'));
  return ok;
}

function runStatic(fw, core, cases, earlyErrors) {
  const t0 = Date.now();
  const lines = earlyErrors.map((e) => `  FAIL ${e}`);
  let checked = 0;
  for (const c of cases) {
    const s = c.snippets[fw.id];
    const errors = !s ? ['no snippet in the report'] : s.unsupported ? [`the extension offers no snippet (${s.unsupported})`] : core.staticCheck(fw.id, s, c.expected);
    if (errors.length) lines.push(...errors.map((e) => `  FAIL ${c.id}: ${e}`));
    else checked++;
  }
  const { inserts, errors: insertErrors } = insertCasesOf(fw, core, cases);
  lines.push(...insertErrors.map((e) => `  FAIL ${e}`));
  let insertChecked = 0;
  for (const c of inserts) {
    const r = checkInsertStatically(c, core, fw.id);
    insertChecked += r.checked;
    lines.push(...r.errors.map((e) => `  FAIL ${e}`));
  }
  const ok = !lines.length;
  recordFailures(fw, lines);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log([`${ok ? 'PASS' : 'FAIL'} ${fw.id} (${fw.label}): ${checked}/${cases.length} snippets checked statically against the framework's constants and API (cannot run on this machine kind); Insert's in-file and in-body forms: ${insertChecked} checked statically in their fixture app [${secs} s]`, ...lines].join('\n'));
  return ok;
}

/**
 * The bounds of each JavaScript framework's declared `range`, asked of the installed framework
 * (test/frameworks/range-probe.cjs): it must accept min and max, and where the bound is the
 * framework's own (`own`), reject the code just outside it. Express, Koa and NestJS accept up to
 * 999; their max of 599 is HTTP's three digits, not theirs.
 */
const RANGE_PROBES = {
  express: { probe: 'express', ownMin: true },
  nestjs: { probe: 'express', ownMin: true },
  koa: { probe: 'koa', ownMin: true },
  fastify: { probe: 'fastify', ownMin: true, ownMax: true },
  hono: { probe: 'fetch', ownMin: true, ownMax: true },
  nextjs: { probe: 'fetch', ownMin: true, ownMax: true },
};

async function checkRanges(frameworks, early) {
  const todo = frameworks.filter((f) => RANGE_PROBES[f.id]);
  if (!todo.length) return;
  let accepted;
  try {
    await ensureNpm((m) => log(m));
    const r = await run('node', [join(root, 'test/frameworks/range-probe.cjs')], { cwd: WORK, timeoutMs: 60_000 });
    if (r.code !== 0) throw new Error(r.out.trim().split('\n').slice(-5).join('\n'));
    accepted = JSON.parse(r.out);
  } catch (e) {
    for (const f of todo) early.get(f.id).push(`range probe failed: ${e.message}`);
    return;
  }
  for (const f of todo) {
    const p = RANGE_PROBES[f.id];
    const says = (n) => accepted[p.probe]?.[n];
    const { min, max } = f.range;
    const errors = [];
    for (const n of [min, max]) if (says(n) !== true) errors.push(`declares ${n} sendable, but ${p.probe} rejects it: ${says(n) ?? 'not probed'}`);
    if (p.ownMin && says(min - 1) === true) errors.push(`declares min ${min}, but ${p.probe} accepts ${min - 1}`);
    if (p.ownMax && says(max + 1) === true) errors.push(`declares max ${max}, but ${p.probe} accepts ${max + 1}`);
    if (p.ownMin && says(min - 1) === undefined) errors.push(`${min - 1} was not probed`);
    if (p.ownMax && says(max + 1) === undefined) errors.push(`${max + 1} was not probed`);
    early.get(f.id).push(...errors.map((e) => `range ${min}..${max}: ${e}`));
  }
}

/**
 * The Hono template casts a code to `UnofficialStatusCode` unless Hono's `StatusCode` type names
 * it: the list in the template must be the one of the installed Hono's types.
 */
function checkHonoStatusCodes(core, early) {
  if (!early.has('hono')) return;
  const file = join(WORK, 'node_modules/hono/dist/types/utils/http-status.d.ts');
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    early.get('hono').push(`cannot read Hono's status types: ${e.message}`);
    return;
  }
  const named = new Set();
  for (const m of text.matchAll(/export type (?:Info|Success|Deprecated|Redirect|ClientError|ServerError)StatusCode = ([^;]+);/g)) {
    for (const n of m[1].match(/\b\d{3}\b/g) ?? []) named.add(Number(n));
  }
  const ours = new Set(core.honoStatusCodes);
  const missing = [...named].filter((n) => !ours.has(n));
  const extra = [...ours].filter((n) => !named.has(n));
  if (!named.size) early.get('hono').push(`found no status codes in ${file}`);
  if (missing.length) early.get('hono').push(`Hono's StatusCode names ${missing.join(', ')}, which the template would cast needlessly`);
  if (extra.length) early.get('hono').push(`the template writes ${extra.join(', ')} without a cast, but Hono's StatusCode does not name them`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  let core;
  try {
    core = await loadCore();
  } catch (e) {
    console.log(`FAIL the extension's core could not be bundled: ${e.message}`);
    console.log('frameworks: 0 passed, 1 failed');
    return 1;
  }
  const frameworks = core.frameworks.filter((f) => !only || only.has(f.id));
  const protocols = protocolIds(core);
  if (only) for (const id of only) if (!core.frameworks.some((f) => f.id === id) && !protocols.includes(id)) {
    console.log(`FAIL unknown framework "${id}" (${[...core.frameworks.map((f) => f.id), ...protocols].join(', ')})`);
    console.log('frameworks: 0 passed, 1 failed');
    return 1;
  }
  const { cases, problems } = buildCases(core);
  let passed = 0;
  let failed = 0;

  // Checks of the extension's output that need no framework running: the snippet body expands to
  // the code shown, named constants exist and map to their code, interim codes get no snippet.
  // A problem found here fails the framework it concerns; a registry problem fails the suite.
  const early = new Map(frameworks.map((f) => [f.id, []]));
  for (const c of cases) {
    for (const fw of frameworks) {
      const s = c.snippets[fw.id];
      if (!s || s.unsupported) continue;
      const errors = core.constantCheck(fw.constantTable, s, c.expected.status);
      if (s.constant && !c.iana) errors.push(`uses ${s.constant}, but only codes of the IANA registry are written as constants`);
      try {
        if (expandSnippet(s.snippet) !== s.code) errors.push('the VS Code snippet body expands to different text than the code shown');
      } catch (e) {
        errors.push(e.message);
      }
      if (STATIC_TOO.has(fw.id)) errors.push(...core.staticCheck(fw.id, s, c.expected).map((e) => `checked statically: ${e}`));
      early.get(fw.id).push(...errors.map((e) => `${c.id}: ${e}`));
    }
  }
  for (const code of INTERIM) {
    const r = core.report(code.protocol, code.code, undefined, 'simple');
    if (r.error) {
      problems.push({ message: `interim code ${code.code}: ${r.error}` });
      continue;
    }
    for (const fw of frameworks) {
      const s = r.report.snippets[fw.id];
      if (s && !s.unsupported) early.get(fw.id).push(`offers a snippet for the interim code ${code.code}, which no handler can end a request with`);
    }
  }
  // Codes no client receives (nginx 444 closes the connection, 499 is only logged): a framework
  // could set the number, but a snippet doing so would show a response that never happens.
  for (const code of NOT_SENT) {
    const r = core.report(code.protocol, code.code, code.vendor, 'simple');
    if (r.error) {
      problems.push({ message: `never-sent code ${code.code} (${code.vendor}): ${r.error}` });
      continue;
    }
    if (!r.report.notSent || r.report.raw !== undefined) problems.push({ message: `${code.code} (${code.vendor}) is shown with a raw response, though no client receives one` });
    for (const fw of frameworks) {
      const s = r.report.snippets[fw.id];
      if (s && !s.unsupported) early.get(fw.id).push(`offers a snippet for ${code.code} (${code.vendor}), which no client receives as a response`);
    }
  }
  await checkRanges(frameworks, early);
  checkHonoStatusCodes(core, early);
  if (problems.length) {
    console.log(`FAIL registry: the codes the suite proves are not all there`);
    for (const p of problems) console.log(`  FAIL ${p.message}`);
    failed++;
  }

  const harnesses = new Map();
  for (const fw of frameworks) {
    if (STATIC.has(fw.id)) continue;
    const file = join(root, 'test/frameworks/harnesses', `${fw.id}.mjs`);
    if (!existsSync(file)) continue;
    try {
      harnesses.set(fw.id, (await import(pathToFileURL(file).href)).default);
    } catch (e) {
      early.get(fw.id).push(`its harness ${file} does not load: ${e.message}`);
      harnesses.set(fw.id, { install: async () => {}, start: async () => { throw new Error('harness did not load'); } });
    }
  }

  for (const fw of frameworks.filter((f) => STATIC.has(f.id))) {
    if (runStatic(fw, core, cases, early.get(fw.id))) passed++;
    else failed++;
  }
  // Next.js builds longest: start it first.
  const live = frameworks.filter((f) => !STATIC.has(f.id)).sort((a, b) => Number(b.id === 'nextjs') - Number(a.id === 'nextjs'));
  const results = await pool(live, PARALLEL, (fw) => runFramework(fw, harnesses.get(fw.id), cases, early.get(fw.id), core));
  for (const ok of results) ok ? passed++ : failed++;

  // The gRPC and WebSocket snippets (test/frameworks/lib/protocols.mjs).
  if (!only || protocols.some((id) => only.has(id))) {
    const loadHarness = async (id) => (await import(pathToFileURL(join(root, 'test/frameworks/harnesses', `${id}.mjs`)).href)).default;
    const p = await runProtocols({ core, only, expandSnippet, loadHarness, pool, parallel: PARALLEL, failureLine, log });
    passed += p.passed;
    failed += p.failed;
    failures.push(...p.failures);
  }

  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const f of failures) console.log(f);
  console.log(`frameworks: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main()
  .then((code) => {
    stopWatchdog();
    killAllGroups('SIGKILL');
    process.exit(code);
  })
  .catch((e) => {
    console.error(e);
    killAllGroups('SIGKILL');
    console.log('frameworks: 0 passed, 1 failed');
    process.exit(1);
  });
