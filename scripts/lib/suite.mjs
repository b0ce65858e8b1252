// Small shared pieces for the suite runners: the closing line, the build step, temp workspaces.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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
 */
export async function stopSuiteServers(suite, { chromium, cs, ws, problem }) {
  if (chromium) await chromium.close();
  if (cs) {
    if (problem) console.log(`[${suite}] code-server log tail:\n${cs.output().trim().split('\n').slice(-25).join('\n')}`);
    await cs.stop();
  }
  if (ws) rmSync(ws.dir, { recursive: true, force: true });
}
