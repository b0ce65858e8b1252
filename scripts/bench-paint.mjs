#!/usr/bin/env node
// The response view's first highlighted paint in the real workbench (code-server + Chromium, as
// the UI tests run it): from the Show Response key press in app.py (Ctrl+Alt+; on a status code)
// to the moment the webview has painted its first highlighted code block (src/webview/main.ts
// puts that time on <body data-painted-at>; both times are the browser's Date.now()).
//   cold:       a new window, so a new extension host where the highlighter module has not been
//               loaded; a new view.
//   warm, new view:    the highlighter loaded, the view closed and opened again.
//   warm, reused view: the highlighter loaded, the open view shows another code.
// One unmeasured run first, so that the browser's first webview (its service worker) counts in none.
//   node scripts/bench-paint.mjs [--runs N]     uses the current dist/ (build it first)
//   node scripts/bench-paint.mjs --floor        the same for test/fixtures/webview-floor, a view that does the
//                                               least (one heading, no highlighter): the platform's own cost
// Also run by `npm run bench` when the real-VS-Code tools are installed (npm run setup:tools).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './lib/browser.mjs';
import { startCodeServer } from './lib/code-server.mjs';
import { installExtensionCopy } from './lib/extension.mjs';
import { copyFixtureWorkspace, stopSuiteServers } from './lib/suite.mjs';
import { median, workbenchClass } from './lib/bench-workbench.mjs';
import { getToolPaths, repoRoot } from './lib/tools.mjs';

const FILE = 'app.py';
/** Two codes app.py returns: a reused view alternates between them. */
const CODES = ['404', '201'];
/** A view that does the least, timed the same way: the platform's own cost of a webview. */
export const FLOOR_EXTENSION = join(repoRoot, 'test/fixtures/webview-floor');



/** Whether the tools are installed (without installing them). */
export function paintBenchAvailable() {
  try {
    getToolPaths();
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs the measurement; returns { cold, warmNew, warmReused }, each run as { ms, started, host, posted,
 * received } (the ms from the key press until the extension host began the render, had built the page,
 * posted it, and until the webview had it; the rest is the webview's paint), and prints each run.
 * `extension` is another extension folder to install instead of ours (it binds Ctrl+Alt+; to its view).
 * @param {{ runs?: number, log?: (line: string) => void, extension?: string }} [o]
 */
export async function benchPaint({ runs = 5, log = console.log, extension } = {}) {
  if (!extension && (!existsSync(join(repoRoot, 'dist/extension.js')) || !existsSync(join(repoRoot, 'dist/highlighter.js')))) throw new Error('dist/ is not built: run `npm run build:prod` first');
  const tools = getToolPaths();
  const Workbench = await workbenchClass();
  const scratch = mkdtempSync(join(tmpdir(), 'status-codes-paint-'));
  let cs = null;
  let chromium = null;
  let ws = null;
  let problem = null;
  const folders = [];
  try {
    const extDir = join(scratch, 'extensions');
    mkdirSync(extDir, { recursive: true });
    if (extension) {
      const m = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
      cpSync(extension, join(extDir, `${m.publisher}.${m.name}-${m.version}`), { recursive: true });
    } else installExtensionCopy(extDir);
    ws = copyFixtureWorkspace();
    cs = await startCodeServer({ tools, folder: ws.ws, extensionsDir: extDir });
    chromium = await launchChromium(tools);
    const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${cs.url}?folder=${encodeURIComponent(ws.ws)}`, { timeout: 60_000 });
    const wb = new Workbench(page);
    await wb.ready();
    // The start: the key press as the workbench receives it (capture phase, before the keybinding runs).
    const listenForKey = () =>
      page.evaluate(() => {
        window.addEventListener('keydown', (e) => { if (e.ctrlKey && e.altKey && e.code === 'Semicolon') /** @type {any} */ (window).__paintT0 = Date.now(); }, true);
      });

    /**
     * Puts the cursor on `code` in app.py, presses Show Response; returns the ms to the first
     * highlighted paint, and the part of them until the host had built the page.
     */
    const show = async (code) => {
      await wb.clickToken(code);
      await page.evaluate(() => { /** @type {any} */ (window).__paintT0 = 0; });
      await page.keyboard.press('Control+Alt+Semicolon');
      const deadline = Date.now() + 30_000;
      for (;;) {
        const t0 = await page.evaluate(() => /** @type {any} */ (window).__paintT0);
        const frames = page.locator('iframe.webview.ready');
        for (let i = (await frames.count()) - 1; t0 && i >= 0; i--) {
          const body = page.frameLocator(`iframe.webview.ready >> nth=${i}`).frameLocator('iframe#active-frame').locator(`body[data-painted-at]:has(h1 .code-number:text-is("${code}"))`);
          const at = Number((await body.getAttribute('data-painted-at', { timeout: 50 }).catch(() => null)) ?? 0);
          if (at >= t0) return { ms: at - t0, started: Number(await body.getAttribute('data-started-at')) - t0, host: Number(await body.getAttribute('data-rendered-at')) - t0, received: Number(await body.getAttribute('data-received-at')) - t0, posted: Number(await body.getAttribute('data-posted-at') ?? NaN) - t0 };
        }
        if (Date.now() > deadline) throw new Error(`no highlighted response view for ${code} within 30 s`);
        await page.waitForTimeout(50);
      }
    };
    /** No editor open, then app.py with the extension active in this extension host (its hover answers). */
    const freshEditor = async ({ restart }) => {
      await wb.reset();
      if (restart) {
        // A new window on a new copy of the workspace: a new extension host (code-server has no
        // Restart Extension Host), and no editor restored, so no response view loads the
        // highlighter before the measured one (a reload would restore the last one).
        const copy = copyFixtureWorkspace();
        folders.push(copy);
        await page.goto(`${cs.url}?folder=${encodeURIComponent(copy.ws)}`, { timeout: 60_000 });
        await wb.ready();
        await listenForKey();
      }
      await wb.openFile(FILE);
      await wb.hoverAgain(CODES[0]);
      await page.mouse.move(1, 1);
      await page.keyboard.press('Escape');
    };
    const cold = [];
    const warmNew = [];
    const warmReused = [];
    for (let i = 0; i <= runs; i++) {
      await freshEditor({ restart: true });
      const run = await show(CODES[0]);
      if (i > 0) cold.push(run);
      log(`  ${i === 0 ? 'unmeasured first run' : `cold ${i}`}: ${run.ms} ms (render began after ${run.started} ms, page built after ${run.host} ms, in the webview after ${run.received} ms)`);
    }
    for (let i = 1; i <= runs; i++) {
      await freshEditor({ restart: false });
      warmNew.push(await show(CODES[0]));
      log(`  warm, new view ${i}: ${warmNew.at(-1).ms} ms (render began after ${warmNew.at(-1).started} ms, page built after ${warmNew.at(-1).host} ms, in the webview after ${warmNew.at(-1).received} ms)`);
    }
    await freshEditor({ restart: false });
    await show(CODES[0]);
    for (let i = 1; i <= runs; i++) {
      // Back in the editor (the view took the focus), then the other code into the same view.
      await wb.focusWorkbench();
      await page.keyboard.press('Control+1');
      await page.locator('.editor-group-container.active .tab.active', { hasText: FILE }).waitFor({ state: 'visible' });
      warmReused.push(await show(CODES[i % 2]));
      const w = warmReused.at(-1);
      log(`  warm, reused view ${i}: ${w.ms} ms (render began after ${w.started} ms, page built after ${w.host} ms, posted after ${w.posted} ms, in the webview after ${w.received} ms)`);
    }
    await context.close().catch(() => undefined);
    return { cold, warmNew, warmReused };
  } catch (e) {
    problem = e;
    throw e;
  } finally {
    await stopSuiteServers('bench-paint', { chromium, cs, ws, problem });
    for (const f of folders) rmSync(f.dir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Prints the medians in the bench's format (`floor`: the rows of the floor extension). */
export function printPaint(result, log = console.log, floor = false) {
  const line = (name, runs) => {
    if (floor) name = name.replace('highlighter loaded', 'host warm');
    const ms = runs.map((r) => r.ms);
    log(`${`${name} (median of ${ms.length})`.padEnd(52)} ${median(ms).toFixed(0).padStart(10)} ms   [${ms.join(', ')}]; render began after ${median(runs.map((r) => r.started)).toFixed(0)} ms, page built after ${median(runs.map((r) => r.host)).toFixed(0)} ms, in the webview after ${median(runs.map((r) => r.received)).toFixed(0)} ms`);
  };
  if (floor) log('a view that does the least (test/fixtures/webview-floor: one heading, no highlighter), timed the same way');
  line('cold: new extension host, new view', result.cold);
  line('warm: highlighter loaded, new view', result.warmNew);
  line('warm: highlighter loaded, reused view', result.warmReused);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 5;
  const floor = process.argv.includes('--floor');
  console.log(`first highlighted paint of the response view (code-server + Chromium, Show Response in ${FILE})`);
  printPaint(await benchPaint({ runs, extension: floor ? FLOOR_EXTENSION : undefined }), console.log, floor);
}
