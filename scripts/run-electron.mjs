#!/usr/bin/env node
// The same integration suite (test/integration, entry out/test/integration/index.js) in desktop
// VS Code through @vscode/test-electron. It downloads VS Code from Microsoft's update server, so it
// works only on machines with that network access (not on the project's CI machines: there,
// `npm run test:integration` runs the suite in code-server's extension host instead).
// Linux without a display: run it under `xvfb-run -a`.
//
// Usage: node scripts/run-electron.mjs [--no-build] [--grep REGEX]   (VSCODE_VERSION=stable|insiders|1.x.y)
// Last line: `electron: N passed, N failed`.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchdog } from './lib/proc.mjs';
import { argValue, buildUnlessSkipped, closingLine, copyFixtureWorkspace } from './lib/suite.mjs';
import { repoRoot } from './lib/tools.mjs';

const SUITE = 'electron';
const argv = process.argv.slice(2);
const cancelWatchdog = watchdog(Number(process.env.STATUS_CODES_ELECTRON_TIMEOUT_MS || 15 * 60_000), SUITE);
const scratch = mkdtempSync(join(tmpdir(), 'status-codes-electron-'));
const summaryFile = join(scratch, 'summary.json');
let problem = null;
let ws = null;

try {
  buildUnlessSkipped(argv, SUITE);
  const entry = join(repoRoot, 'out/test/integration/index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build with \`node scripts/build.mjs --tests\``);
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log(`[${SUITE}] note: no DISPLAY; desktop VS Code needs one (xvfb-run -a npm run test:electron)`);
  }
  const { runTests } = await import('@vscode/test-electron');
  ws = copyFixtureWorkspace();
  const grep = argValue(argv, '--grep');
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: entry,
    extensionTestsEnv: { STATUS_CODES_TEST_SUMMARY_FILE: summaryFile, ...(grep ? { STATUS_CODES_TEST_GREP: grep } : {}) },
    launchArgs: [ws.ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', join(scratch, 'user-data')],
  });
} catch (e) {
  problem = e;
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|download/i.test(String(e?.message ?? e))) {
    console.error(`[${SUITE}] cannot download VS Code here (${e.message}); use \`npm run test:integration\` (code-server) instead`);
  }
} finally {
  if (ws) rmSync(ws.dir, { recursive: true, force: true });
  cancelWatchdog();
}

let summary = null;
try { summary = JSON.parse(readFileSync(summaryFile, 'utf8')); } catch { /* none written */ }
rmSync(scratch, { recursive: true, force: true });
const passed = summary?.passed ?? 0;
let failed = summary?.failed ?? 0;
if (!summary) { console.error(`[${SUITE}] ERROR: no test summary (${problem?.message ?? 'the tests did not run'})`); failed = Math.max(failed, 1); }
else if (problem && failed === 0) { console.error(`[${SUITE}] ERROR: ${problem.message}`); failed = 1; }
for (const f of summary?.failures ?? []) console.log(`  ✗ ${f.title}\n    ${f.error.split('\n').join('\n    ')}`);
console.log(closingLine(SUITE, passed, failed));
process.exit(failed === 0 && passed > 0 ? 0 : 1);
