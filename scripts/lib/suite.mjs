// Small shared pieces for the suite runners: the closing line, the mocha run, the build step, temp workspaces.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './tools.mjs';

/** The line test.mjs and CI read: `<suite>: N passed, N failed`. Print it last. */
export function closingLine(suite, passed, failed) {
  return `${suite}: ${passed} passed, ${failed} failed`;
}

/**
 * One failure, in the one form every runner prints and test.mjs gathers for its summary (CI may
 * show only the end of the output): `✗ [suite] what — why`, on one line.
 */
export function failureLine(suite, what, why) {
  // The message's first lines (an assertion's first line is often only "Expected values to be
  // strictly equal:"), up to a stack frame, on one line of at most 300 characters.
  const lines = [];
  for (const l of String(why ?? '').split('\n').map((x) => x.trim())) {
    if (/^at /.test(l)) break;
    if (l) lines.push(l);
  }
  let text = lines.join(' ');
  if (text.length > 300) text = `${text.slice(0, 299)}…`;
  return `${FAILURE_MARK}${suite}] ${what}${text ? ` — ${text}` : ''}`;
}
export const FAILURE_MARK = '✗ [';

/** `node scripts/build.mjs --tests` unless --no-build was given. Throws on failure. */
export function buildUnlessSkipped(argv, suite) {
  if (argv.includes('--no-build')) return;
  const t0 = Date.now();
  const res = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.mjs'), '--tests'], { cwd: repoRoot, stdio: 'inherit', timeout: 5 * 60_000 });
  if (res.status !== 0) throw new Error(`build failed (exit ${res.status ?? res.signal ?? res.error?.message})`);
  console.log(`[${suite}] built in ${Date.now() - t0} ms`);
}

/** The *.test.js files below dir, in a stable order. */
export function testFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...testFiles(full));
    else if (name.endsWith('.test.js')) out.push(full);
  }
  return out;
}

/**
 * Runs mocha in this process over the compiled tests of `out/test/<suite>` (bdd interface),
 * prints each failure line and then the closing line; returns the exit code: non-zero on a
 * failure or when no test ran.
 * @param {string} suite
 * @param {{ grep?: string }} [options]
 */
export async function runMochaSuite(suite, { grep } = {}) {
  const { default: Mocha } = await import('mocha');
  const dir = join(repoRoot, 'out/test', suite);
  const files = testFiles(dir);
  if (files.length === 0) {
    console.error(`[${suite}] no *.test.js under ${dir}: build with \`node scripts/build.mjs --tests\``);
    console.log(closingLine(suite, 0, 0));
    return 1;
  }
  const mocha = new Mocha({ ui: 'bdd', color: process.stdout.isTTY, timeout: 10_000, reporter: 'spec' });
  if (grep) mocha.grep(new RegExp(grep));
  for (const f of files) mocha.addFile(f);

  let stats;
  const failures = [];
  try {
    await mocha.loadFilesAsync();
    stats = await new Promise((resolve) => {
      const runner = mocha.run(() => resolve(runner.stats));
      runner.on('fail', (test, err) => failures.push(failureLine(suite, test.fullTitle(), err?.message ?? err)));
    });
  } catch (e) {
    console.error(`[${suite}] ERROR: ${e?.stack ?? e}`);
    console.log(failureLine(suite, 'loading the tests', e?.message ?? e));
    console.log(closingLine(suite, 0, 1));
    return 1;
  }
  const passed = stats.passes;
  const failed = stats.failures;
  if (passed + failed === 0) console.error(`[${suite}] ERROR: zero tests ran`);
  for (const f of failures) console.log(f);
  console.log(closingLine(suite, passed, failed));
  return failed === 0 && passed > 0 ? 0 : 1;
}

/** A throwaway copy of the sample workspace (tests never dirty the checkout). */
export function copyFixtureWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), 'status-codes-ws-'));
  const ws = join(dir, 'workspace');
  cpSync(join(repoRoot, 'test/fixtures/workspace'), ws, { recursive: true });
  return { dir, ws };
}

export function argValue(argv, name) {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/**
 * Stops what a suite started, whatever happened: the browser, code-server (printing the tail of its
 * log when the suite hit a problem) and the throwaway workspace.
 * @param {string} suite
 * @param {{ chromium?: any, cs?: any, ws?: any, problem?: unknown }} servers
 */
export async function stopSuiteServers(suite, { chromium, cs, ws, problem }) {
  if (chromium) await chromium.close();
  if (cs) {
    if (problem) console.log(`[${suite}] code-server log tail:\n${cs.output().trim().split('\n').slice(-25).join('\n')}`);
    await cs.stop();
  }
  if (ws) rmSync(ws.dir, { recursive: true, force: true });
}
