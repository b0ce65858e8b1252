#!/usr/bin/env node
// UI tests in a real browser: installs the BUILT extension into a throwaway extensions dir
// (a copy of what a .vsix carries), starts code-server on a copy of the sample workspace and
// drives the workbench in Debian Chromium with playwright-core (test/ui/*.ui.ts, built to
// out/test/ui). Screenshots of every step go to artifacts/ui/. Tests with a `locale` (e.g.
// korean.ui.ts) run in a second code-server started with --locale and that language pack; their
// screenshots go to artifacts/ui/<locale>/.
//
// Usage: node scripts/run-ui.mjs [--no-build] [--grep REGEX] [--verbose] [--headed]
// Last line: `ui: N passed, N failed`. Exit non-zero on failure, hang, or zero tests.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './lib/browser.mjs';
import { startCodeServer } from './lib/code-server.mjs';
import { installExtensionCopy, installLanguagePack } from './lib/extension.mjs';
import { watchdog } from './lib/proc.mjs';
import { argValue, buildUnlessSkipped, closingLine, copyFixtureWorkspace, failureLine, stopSuiteServers } from './lib/suite.mjs';
import { ensureTools, repoRoot } from './lib/tools.mjs';

const SUITE = 'ui';
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose') || !!process.env.STATUS_CODES_VERBOSE;
const cancelWatchdog = watchdog(Number(process.env.STATUS_CODES_UI_TIMEOUT_MS || 12 * 60_000), SUITE);
const log = (m) => console.log(`[${SUITE}] ${m}`);
const require = createRequire(import.meta.url);

let results = [];
let problem = null;
let cs = null;
let chromium = null;
let ws = null;
const scratch = mkdtempSync(join(tmpdir(), 'status-codes-ui-'));
const artifactsDir = join(repoRoot, 'artifacts', 'ui');

try {
  const tools = await ensureTools({ quiet: true });
  buildUnlessSkipped(argv, SUITE);
  const uiDir = join(repoRoot, 'out/test/ui');
  const files = existsSync(uiDir) ? readdirSync(uiDir).filter((f) => f.endsWith('.ui.js')).sort() : [];
  if (!files.length) throw new Error(`no *.ui.js in ${uiDir}: build with \`node scripts/build.mjs --tests\``);
  const { runUiTests } = require(join(uiDir, 'framework.js'));
  const tests = [];
  for (const f of files) {
    const mod = require(join(uiDir, f));
    const list = mod.default ?? mod.tests;
    if (!Array.isArray(list)) throw new Error(`${f} must \`export default [uiTest(...), …]\``);
    tests.push(...list);
  }
  const grep = argValue(argv, '--grep');
  const selected = grep ? tests.filter((t) => new RegExp(grep).test(t.name)) : tests;

  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });

  // One code-server per display language (English first): a test's `locale` option picks it.
  const locales = [...new Set(selected.map((t) => t.locale ?? 'en'))].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  const { Workbench } = require(join(uiDir, 'workbench.js'));
  for (const locale of locales) {
    const english = locale === 'en';
    const shots = english ? artifactsDir : join(artifactsDir, locale);
    mkdirSync(shots, { recursive: true });
    const extDir = join(scratch, `extensions-${locale}`);
    mkdirSync(extDir, { recursive: true });
    const installed = installExtensionCopy(extDir);
    log(`installed the built extension as ${installed}`);
    if (!english) log(`installed the ${locale} language pack as ${installLanguagePack(extDir, locale)}`);
    ws = copyFixtureWorkspace();

    const t0 = Date.now();
    cs = await startCodeServer({
      tools,
      folder: ws.ws,
      extensionsDir: extDir,
      locale: english ? undefined : locale,
      onLine: verbose ? (l) => console.log(`  [code-server] ${l}`) : undefined,
    });
    log(`code-server ${cs.url}${english ? '' : ` (--locale ${locale})`} up in ${Date.now() - t0} ms`);

    chromium ??= await launchChromium(tools, { headless: !argv.includes('--headed') });
    const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    if (verbose) page.on('console', (m) => console.log(`  [page ${m.type()}] ${m.text()}`));
    await page.goto(`${cs.url}?folder=${encodeURIComponent(ws.ws)}`, { timeout: 60_000 });

    const wb = new Workbench(page);
    try {
      await wb.ready();
    } catch (e) {
      await page.screenshot({ path: join(shots, 'FAILED-workbench-ready.png') }).catch(() => undefined);
      throw new Error(`the workbench${english ? '' : ` (${locale})`} did not show the explorer: ${e.message}`);
    }
    await page.screenshot({ path: join(shots, '00-workbench-ready.png') });
    const group = selected.filter((t) => (t.locale ?? 'en') === locale);
    log(`workbench ready after ${Date.now() - t0} ms; ${group.length} test(s)${english ? '' : ` in ${locale}`} from ${files.join(', ')}`);

    results.push(
      ...(await runUiTests(page, group, {
        artifactsDir: shots,
        workspace: ws.ws,
        log: (l) => console.log(l),
      })),
    );
    await context.close().catch(() => undefined);
    if (locale !== locales[locales.length - 1]) {
      // The next locale gets its own server and workspace; the last ones are stopped below.
      await stopSuiteServers(SUITE, { cs, ws, problem: null });
      cs = null;
      ws = null;
    }
  }
} catch (e) {
  problem = e;
} finally {
  await stopSuiteServers(SUITE, { chromium, cs, ws, problem });
  rmSync(scratch, { recursive: true, force: true });
  cancelWatchdog();
}

const passed = results.filter((r) => r.ok).length;
let failed = results.length - passed;
if (problem) {
  console.error(`[${SUITE}] ERROR: ${problem.message}`);
  console.log(failureLine(SUITE, 'the run', problem.message));
  failed += 1;
} else if (results.length === 0) {
  console.error(`[${SUITE}] ERROR: zero UI tests ran`);
}
for (const r of results.filter((x) => !x.ok)) {
  console.log(failureLine(SUITE, `${r.name}, step "${r.failedStep}"`, r.error));
}
if (results.length) log(`screenshots in ${artifactsDir}`);
console.log(closingLine(SUITE, passed, failed));
process.exit(failed === 0 && passed > 0 ? 0 : 1);
