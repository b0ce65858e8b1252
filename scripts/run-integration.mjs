#!/usr/bin/env node
// Runs test/integration (compiled to out/test/integration) inside a REAL VS Code extension host:
// code-server (VS Code 1.139 + Node extension host) opened by Debian Chromium via playwright-core,
// with the tests passed in the workbench payload (enable-smoke-test-driver). The extension host's
// console reaches us through codeAutomationLog; the result through codeAutomationExit.
//
// Usage: node scripts/run-integration.mjs [--no-build] [--grep REGEX] [--verbose]
// Last line: `integration: N passed, N failed`. Exit non-zero on failure, hang, or zero tests.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchChromium } from './lib/browser.mjs';
import { startCodeServer } from './lib/code-server.mjs';
import { withTimeout, watchdog } from './lib/proc.mjs';
import { argValue, buildUnlessSkipped, closingLine, copyFixtureWorkspace, failureLine, stopSuiteServers } from './lib/suite.mjs';
import { ensureTools, repoRoot } from './lib/tools.mjs';

const SUITE = 'integration';
const START_MARKER = '@@status-codes-mocha-start';
const SUMMARY_PREFIX = '@@status-codes-mocha-summary ';
const EVENT_PREFIX = '@@status-codes-mocha-event ';
// Workbench chatter that can interleave with the tests' output (offline machine, no accounts).
const NOISE = /^\[(AgentHost|ChatModelSelection|AccountPolicyGate)\]|ENOTFOUND open-vsx\.org|^\s+at .*workbench\.js/;
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose') || !!process.env.STATUS_CODES_VERBOSE;
const TOTAL_MS = Number(process.env.STATUS_CODES_INTEGRATION_TIMEOUT_MS || 10 * 60_000);
const TESTS_MS = Number(process.env.STATUS_CODES_INTEGRATION_TESTS_TIMEOUT_MS || 6 * 60_000);

const cancelWatchdog = watchdog(TOTAL_MS, SUITE);
const log = (m) => console.log(`[${SUITE}] ${m}`);

let summary = null;
let inTests = false;
let running = null; // title of the test that started and has not finished
const progress = { passed: 0, failed: 0 };
const noise = [];
let exitCode = null;
let problem = null;
let cs = null;
let chromium = null;
let ws = null;
const scratch = mkdtempSync(join(tmpdir(), 'status-codes-int-'));
const summaryFile = join(scratch, 'summary.json');

try {
  const tools = await ensureTools({ quiet: true });
  buildUnlessSkipped(argv, SUITE);
  const testsDir = join(repoRoot, 'out/test/integration');
  if (!existsSync(join(testsDir, 'index.js'))) throw new Error(`${testsDir}/index.js is missing: build with \`node scripts/build.mjs --tests\``);
  if (!existsSync(join(repoRoot, 'dist/extension.js'))) throw new Error('dist/extension.js is missing: build first');
  ws = copyFixtureWorkspace();

  const t0 = Date.now();
  cs = await startCodeServer({
    tools,
    folder: ws.ws,
    env: {
      STATUS_CODES_TEST_SUMMARY_FILE: summaryFile,
      ...(argValue(argv, '--grep') ? { STATUS_CODES_TEST_GREP: argValue(argv, '--grep') } : {}),
    },
    onLine: verbose ? (l) => console.log(`  [code-server] ${l}`) : undefined,
  });
  log(`code-server ${cs.url} up in ${Date.now() - t0} ms`);

  chromium = await launchChromium(tools);
  const page = await chromium.browser.newPage();
  if (verbose) page.on('console', (m) => console.log(`  [page ${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`  [page error] ${e.message}`));

  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  // Every console message of the workbench and the extension host arrives here. Print the
  // tests' own output (between the start marker and the summary); keep the rest for errors.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    for (const line of text.split('\n')) {
      if (line.startsWith(START_MARKER)) { inTests = true; log(`mocha: ${line.slice(START_MARKER.length).trim()}`); continue; }
      if (line.startsWith(EVENT_PREFIX)) {
        try {
          const ev = JSON.parse(line.slice(EVENT_PREFIX.length));
          if (ev.e === 'test') running = ev.title;
          else if (ev.e === 'pass') { progress.passed += 1; running = null; }
          else if (ev.e === 'fail') { progress.failed += 1; running = null; }
        } catch { /* not ours */ }
        continue;
      }
      if (line.startsWith(SUMMARY_PREFIX)) {
        inTests = false;
        try { summary = JSON.parse(line.slice(SUMMARY_PREFIX.length)); } catch { /* file copy is the fallback */ }
        continue;
      }
      if (verbose || (inTests && !NOISE.test(line))) console.log(`  ${line}`);
      else if (!NOISE.test(line)) { noise.push(`[${type}] ${line}`); if (noise.length > 80) noise.shift(); }
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));

  const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(repoRoot.replace(/\/$/, ''))],
    ['extensionTestsPath', remote(testsDir)],
    ['skipWelcome', 'true'],
  ];
  const url = `${cs.url}?folder=${encodeURIComponent(ws.ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log('opening the workbench; tests run in the extension host');
  await page.goto(url, { timeout: 60_000 });
  exitCode = await withTimeout(exited, TESTS_MS, 'the integration tests (no codeAutomationExit)');
  log(`extension host finished with exit code ${exitCode} after ${Date.now() - t0} ms`);
} catch (e) {
  problem = e;
} finally {
  await stopSuiteServers(SUITE, { chromium, cs, ws, problem });
  cancelWatchdog();
}

if (!summary && existsSync(summaryFile)) {
  try { summary = JSON.parse(readFileSync(summaryFile, 'utf8')); } catch { /* reported below */ }
}
rmSync(scratch, { recursive: true, force: true });

let passed = summary?.passed ?? progress.passed;
let failed = summary?.failed ?? progress.failed;
if (problem) {
  console.error(`[${SUITE}] ERROR: ${problem.message}`);
  if (running) console.error(`[${SUITE}] still running: "${running}" (counted as failed)`);
  failed += running || !summary ? 1 : 0;
  failed = Math.max(failed, 1);
} else if (!summary) {
  console.error(`[${SUITE}] ERROR: the extension host exited (${exitCode}) without a test summary (did run() load?)`);
  failed = Math.max(failed, 1);
} else if (passed + failed === 0) {
  console.error(`[${SUITE}] ERROR: zero tests ran`);
} else if (exitCode !== 0 && failed === 0) {
  console.error(`[${SUITE}] ERROR: extension host exit code ${exitCode} although no test failed`);
  failed = 1;
}
if ((problem || !summary) && noise.length) {
  console.log(`[${SUITE}] last workbench console lines:\n  ${noise.slice(-40).join('\n  ')}`);
}
if (summary?.failures?.length) {
  console.log(`[${SUITE}] failures:`);
  for (const f of summary.failures) {
    console.log(`  ✗ ${f.title}\n    ${f.error.split('\n').join('\n    ')}`);
    console.log(failureLine(SUITE, f.title, f.error));
  }
}
if (problem) console.log(failureLine(SUITE, running ? `"${running}" (still running)` : 'the run', problem.message));
else if (!summary) console.log(failureLine(SUITE, 'the run', `the extension host exited (${exitCode}) without a test summary`));
console.log(closingLine(SUITE, passed, failed));
process.exit(failed === 0 && passed > 0 && !problem ? 0 : 1);
