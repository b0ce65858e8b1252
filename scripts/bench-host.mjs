#!/usr/bin/env node
// VS Code's own view of the extension in the real workbench (code-server + Chromium, as the UI
// tests run it), in fresh windows (each a new extension host):
//   activation: "Developer: Show Running Extensions", our row's "Activation: N ms" (VS Code's
//               codeLoadingTime + activateCallTime, wall time from the start of loading the module,
//               across an await, to activate() returning), read after app.py was opened and its
//               hover answered. The installed copy's `main` is a small timing entry that requires
//               dist/extension.js and calls activate with the host's clock: our part of that figure.
//   memory:     the extension host process's resident set (VmRSS in /proc/<pid>/status; VS Code
//               shows no per-extension heap): the workbench ready and idle, no editor open (the
//               entry is usually active by then: the built-in npm extension reads package.json at
//               startup, onLanguage:json; the features are not loaded); after app.py is shown and
//               its hover answered (features loaded); after Show Response has painted the response
//               view (renderers and highlighter loaded). Every built-in extension shares that
//               process: the differences are what opening the file and the view added, ours and theirs.
// One unmeasured window first (the workbench's caches). Other built extension folders (`others`,
// --ext DIR) are installed beside ours, and their rows read too.
//   node scripts/bench-host.mjs [--runs N] [--ext DIR]...     uses the current dist/ (build it first)
// Also run by `npm run bench` when the real-VS-Code tools are installed (npm run setup:tools).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const CODE = '404';



/** pid -> { ppid, start (clock ticks since boot), cmd } of every process. */
function processes() {
  const out = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.set(Number(name), { ppid: Number(fields[1]), start: Number(fields[19]), cmd });
    } catch {
      /* gone */
    }
  }
  return out;
}

/** The newest extension host process under code-server's process `root`. */
function newestExtensionHost(root) {
  const all = processes();
  const under = (pid) => {
    for (let p = pid, n = 0; p > 1 && n < 20; p = all.get(p)?.ppid ?? 0, n++) if (p === root) return true;
    return false;
  };
  let best;
  for (const [pid, p] of all) if (/extensionHost/.test(p.cmd) && under(pid) && (!best || p.start > best.start)) best = { pid, start: p.start };
  return best?.pid;
}

/** CPU time (user + system, clock ticks) a process has used; undefined once it has exited. */
function cpuTicks(pid) {
  let stat;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Waits until a process is idle (under 2 ticks of CPU in each of two 500 ms windows), at most
 * `maxMs`: the extensions that activate at startup have done so, and none of their work is counted
 * in ours (VS Code's code loading time is wall time across an await).
 */
async function waitIdle(page, pid, root, maxMs = 30_000) {
  const end = Date.now() + maxMs;
  let quiet = 0;
  for (let last = cpuTicks(pid); quiet < 2 && Date.now() < end; ) {
    await page.waitForTimeout(500);
    let now = cpuTicks(pid);
    if (now === undefined || last === undefined) {
      // The host that started first has gone (the workbench reconnected): follow the newest one.
      pid = newestExtensionHost(root) ?? pid;
      now = cpuTicks(pid);
      quiet = 0;
    } else {
      quiet = now - last < 2 ? quiet + 1 : 0;
    }
    last = now;
  }
  return pid;
}

/** VmRSS of a process, in MiB. */
function rssMiB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]) / 1024;
}

const TIMING_MARK = '[status-codes-bench]';

/**
 * Makes the installed copy's `main` a small entry that requires the real one and calls its
 * activate, timing both with the host's own clock: our part of VS Code's activation figure.
 */
function installTimingEntry(dir) {
  const file = join(dir, 'package.json');
  const m = JSON.parse(readFileSync(file, 'utf8'));
  const real = `./${m.main.replace(/^\.\//, '').replace(/^dist\//, '')}`;
  writeFileSync(
    join(dir, 'dist', 'bench-timing-entry.js'),
    `const t0 = performance.now(); const real = require(${JSON.stringify(real)}); const t1 = performance.now();\n` +
      `exports.activate = (context) => { const a = performance.now(); const r = real.activate(context); console.log(\`${TIMING_MARK} require \${(t1 - t0).toFixed(2)} activate \${(performance.now() - a).toFixed(2)}\`); return r; };\n` +
      `exports.deactivate = () => real.deactivate?.();\n`,
  );
  writeFileSync(file, JSON.stringify({ ...m, main: './dist/bench-timing-entry.js' }, null, 2));
}

/** The name the Running Extensions view shows for an extension folder (its displayName, translated). */
function shownName(dir) {
  const m = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const nls = join(dir, 'package.nls.json');
  const key = /^%(.+)%$/.exec(m.displayName ?? '')?.[1];
  if (key && existsSync(nls)) return JSON.parse(readFileSync(nls, 'utf8'))[key];
  return m.displayName ?? `${m.publisher}.${m.name}`;
}

/** Reads "Activation: N ms" of an extension's row in the open Running Extensions view. */
async function activationOf(page, name) {
  const row = page.locator('.runtime-extensions-editor .monaco-list-row').filter({ has: page.locator('.name', { hasText: name }) }).first();
  const time = row.locator('.activation-time');
  try {
    await time.filter({ hasText: /Activation: \d+ms/ }).waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    const rows = await page.locator('.runtime-extensions-editor .monaco-list-row').allInnerTexts();
    throw new Error(`no "Activation: N ms" for ${name} in Running Extensions; its rows:\n${rows.map((r) => r.replace(/\s+/g, ' ')).join('\n')}`);
  }
  return (await time.innerText()).trim();
}

/**
 * Runs the measurement; returns { runs: [{ activationMs, startup, rssIdle, rssActive, rssView, others }] }
 * (others: the activation ms of each other extension, by name).
 * @param {{ runs?: number, others?: string[], log?: (line: string) => void }} [o]
 */
export async function benchHost({ runs = 5, others = [], log = console.log } = {}) {
  if (!existsSync(join(repoRoot, 'dist/extension.js'))) throw new Error('dist/ is not built: run `npm run build:prod` first');
  const tools = getToolPaths();
  const Workbench = await workbenchClass();
  const displayName = shownName(repoRoot);
  const otherNames = others.map(shownName);
  const scratch = mkdtempSync(join(tmpdir(), 'status-codes-host-'));
  let cs = null;
  let chromium = null;
  let problem = null;
  const folders = [];
  try {
    const extDir = join(scratch, 'extensions');
    mkdirSync(extDir, { recursive: true });
    installTimingEntry(installExtensionCopy(extDir));
    for (const dir of others) {
      const m = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      cpSync(dir, join(extDir, `${m.publisher}.${m.name}-${m.version}`), { recursive: true, filter: (f) => !/[\\/](node_modules|\.git)$/.test(f) });
    }
    const first = copyFixtureWorkspace();
    folders.push(first);
    cs = await startCodeServer({ tools, folder: first.ws, extensionsDir: extDir });
    chromium = await launchChromium(tools);
    // Tall: the Running Extensions list renders only the rows in view, and every extension has one.
    const context = await chromium.browser.newContext({ viewport: { width: 1400, height: 2400 } });
    const page = await context.newPage();
    /** What the timing entry printed in this window's extension host (forwarded to the page's console). */
    let timed = '';
    page.on('console', (m) => {
      if (m.text().includes(TIMING_MARK)) timed = m.text();
    });
    page.setDefaultTimeout(15_000);
    const wb = new Workbench(page);
    const results = [];
    let previousHost;
    for (let i = 0; i <= runs; i++) {
      // A new window on a new copy of the workspace: a new extension host, no editor restored.
      const ws = i === 0 ? first : copyFixtureWorkspace();
      if (i > 0) folders.push(ws);
      timed = '';
      await page.goto(`${cs.url}?folder=${encodeURIComponent(ws.ws)}`, { timeout: 60_000 });
      await wb.ready();
      // This window's extension host: a new process, started once the workbench connects.
      let pid;
      for (const end = Date.now() + 30_000; (!pid || pid === previousHost) && Date.now() < end; ) {
        await page.waitForTimeout(250);
        pid = newestExtensionHost(cs.proc.pgid);
      }
      if (!pid || pid === previousHost) throw new Error('no new extension host process under code-server');
      pid = await waitIdle(page, pid, cs.proc.pgid);
      previousHost = pid;
      // Whether the startup activated it already (the built-in npm extension reads package.json:
      // onLanguage:json), before any editor of ours was opened.
      const beforeOpen = !!timed;
      const rssIdle = rssMiB(pid);
      await wb.openFile(FILE);
      await wb.hoverAgain(CODE);
      await page.mouse.move(1, 1);
      await page.keyboard.press('Escape');
      pid = await waitIdle(page, pid, cs.proc.pgid, 10_000);
      const rssActive = rssMiB(pid);
      await wb.runCommand('Developer: Show Running Extensions');
      const text = await activationOf(page, displayName);
      const activationMs = Number(/(\d+)ms/.exec(text)?.[1]);
      const own = /require ([\d.]+) activate ([\d.]+)/.exec(timed);
      const requireMs = own ? Number(own[1]) : NaN;
      const activateMs = own ? Number(own[2]) : NaN;
      /** @type {Record<string, number>} */
      const otherMs = {};
      for (const name of otherNames) otherMs[name] = Number(/(\d+)ms/.exec(await activationOf(page, name))?.[1]);
      // The view opens as a modal editor: close it, back to app.py, then the response view for the
      // code (Ctrl+Alt+; as the UI tests press it).
      await page.keyboard.press('Escape');
      await page.locator('.monaco-modal-editor-block').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
      if (await page.locator('.monaco-modal-editor-block').count()) await page.keyboard.press('Control+W');
      await page.locator('.editor-group-container.active .tab.active', { hasText: FILE }).waitFor({ state: 'visible' });
      await wb.clickToken(CODE);
      await page.keyboard.press('Control+Alt+Semicolon');
      await wb.webview().locator('body[data-painted-at]').waitFor({ state: 'attached', timeout: 30_000 });
      pid = await waitIdle(page, pid, cs.proc.pgid, 10_000);
      const rssView = rssMiB(pid);
      const run = { activationMs, requireMs, activateMs, beforeOpen, startup: text.startsWith('Startup'), rssIdle, rssActive, rssView, others: otherMs };
      if (i > 0) results.push(run);
      log(`  ${i === 0 ? 'unmeasured first window' : `window ${i}`}: "${text}" (ours: require ${requireMs} ms, activate ${activateMs} ms; ${beforeOpen ? 'activated before app.py was opened' : 'activated by app.py'}), extension host ${pid} RSS ${rssIdle.toFixed(0)} -> ${rssActive.toFixed(0)} -> ${rssView.toFixed(0)} MiB${otherNames.map((n) => `; ${n}: ${otherMs[n]} ms`).join('')}`);
    }
    await context.close().catch(() => undefined);
    return { runs: results };
  } catch (e) {
    problem = e;
    throw e;
  } finally {
    await stopSuiteServers('bench-host', { chromium, cs, ws: undefined, problem });
    for (const f of folders) rmSync(f.dir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Prints the medians in the bench's format. */
export function printHost(result, log = console.log) {
  const runs = result.runs;
  const pad = (name) => name.padEnd(52);
  const list = (xs, digits = 0) => `[${xs.map((x) => x.toFixed(digits)).join(', ')}]`;
  const act = runs.map((r) => r.activationMs);
  log(`${pad(`VS Code's activation time (median of ${runs.length})`)} ${median(act).toFixed(0).padStart(10)} ms   ${list(act)}: "Activation: N ms", its code loading + activate call`);
  const req = runs.map((r) => r.requireMs);
  const call = runs.map((r) => r.activateMs);
  log(`${pad('  of which requiring dist/extension.js')} ${median(req).toFixed(1).padStart(10)} ms   ${list(req, 1)}`);
  log(`${pad('  of which calling activate()')} ${median(call).toFixed(1).padStart(10)} ms   ${list(call, 1)}`);
  log(`${pad('  (the rest: VS Code\'s own, in the same interval)')}`);
  for (const name of Object.keys(runs[0]?.others ?? {})) {
    const xs = runs.map((r) => r.others[name]);
    log(`${pad(`  beside it, ${name}`)} ${median(xs).toFixed(0).padStart(10)} ms   ${list(xs)}`);
  }
  const idle = runs.map((r) => r.rssIdle);
  const active = runs.map((r) => r.rssActive - r.rssIdle);
  const view = runs.map((r) => r.rssView - r.rssActive);
  const early = runs.filter((r) => r.beforeOpen).length;
  log(`  (activated before app.py was opened in ${early} of ${runs.length} windows: at startup, when the built-in npm extension reads package.json)`);
  log(`${pad(`extension host RSS, no editor open (median of ${runs.length})`)} ${median(idle).toFixed(1).padStart(10)} MiB ${list(idle)}`);
  log(`${pad('  + app.py shown, hover answered (features loaded)')} ${median(active).toFixed(1).padStart(10)} MiB ${list(active, 1)}`);
  log(`${pad('  + response view painted')} ${median(view).toFixed(1).padStart(10)} MiB ${list(view, 1)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 5;
  const others = process.argv.flatMap((a, j, all) => (a === '--ext' && all[j + 1] ? [all[j + 1]] : []));
  console.log(`VS Code's activation figure and the extension host's memory (code-server + Chromium, ${FILE})`);
  printHost(await benchHost({ runs, others }));
}
