// Helpers shared by the framework harnesses: installs (npm, Debian), build steps, servers.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, sleep, spawnGroup, tail } from '../../../scripts/lib/proc.mjs';

export { freePort, sleep, spawnGroup, tail };

export const FRAMEWORKS_DIR = fileURLToPath(new URL('..', import.meta.url));
export const WORK = join(FRAMEWORKS_DIR, '.work');

/** Debian's interpreters, not whatever else is first on PATH (pyenv's python3 has no Debian packages). */
export const PYTHON = '/usr/bin/python3';

/**
 * Runs a command to its end; resolves { code, out } (stdout and stderr together).
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} [options]
 */
export function run(cmd, args, { cwd, env = process.env, timeoutMs = 600_000 } = {}) {
  return new Promise((resolve) => {
    let out = '';
    let child;
    try {
      child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    } catch (e) {
      resolve({ code: -1, out: String(e) });
      return;
    }
    const timer = setTimeout(() => {
      out += `\n[killed after ${timeoutMs} ms]`;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }, timeoutMs);
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (e) => { clearTimeout(timer); resolve({ code: -1, out: `${out}${e.message}` }); });
    child.on('close', (code) => { clearTimeout(timer); resolve({ code: code ?? -1, out }); });
  });
}

/** Throws with the command's output tail when it fails. */
export async function mustRun(what, cmd, args, opts) {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}):\n${tail(r.out, 40)}`);
  return r.out;
}

let aptUpdated = false;
let aptQueue = Promise.resolve();

/**
 * Makes sure Debian packages are installed: `probe()` (sync, true when usable) decides; when it
 * says no, `apt-get install` runs (serialised: apt holds a lock) and the probe must then pass.
 */
export function ensureDebian(packages, probe, log) {
  const job = aptQueue.then(async () => {
    if (probe()) return;
    if (process.getuid?.() !== 0) throw new Error(`Debian packages ${packages.join(' ')} are missing, and installing them needs root (apt-get install -y ${packages.join(' ')})`);
    log(`installing Debian packages: ${packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    let r = await run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env });
    if (r.code !== 0 && !aptUpdated) {
      aptUpdated = true;
      await run('apt-get', ['update'], { env });
      r = await run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env });
    }
    if (r.code !== 0) throw new Error(`apt-get install ${packages.join(' ')} failed (exit ${r.code}):\n${tail(r.out, 20)}`);
    if (!probe()) throw new Error(`installed ${packages.join(' ')}, but the framework still cannot be loaded`);
  });
  aptQueue = job.catch(() => {});
  return job;
}

/** True when the command exits 0. */
export function probeCommand(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore', timeout: 60_000 });
  return r.status === 0;
}

let npmJob;

/**
 * Installs the JavaScript frameworks of test/frameworks/package-lock.json into
 * test/frameworks/.work/node_modules with `npm ci`, once per lockfile version (its hash is kept in
 * a stamp file): a second run with the same lockfile installs nothing.
 */
export function ensureNpm(log) {
  npmJob ??= (async () => {
    const lock = readFileSync(join(FRAMEWORKS_DIR, 'package-lock.json'));
    const hash = createHash('sha256').update(readFileSync(join(FRAMEWORKS_DIR, 'package.json'))).update(lock).digest('hex');
    const stamp = join(WORK, '.npm-installed');
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && existsSync(join(WORK, 'node_modules'))) return;
    log('installing the JavaScript frameworks (npm ci in test/frameworks/.work)');
    mkdirSync(WORK, { recursive: true });
    copyFileSync(join(FRAMEWORKS_DIR, 'package.json'), join(WORK, 'package.json'));
    copyFileSync(join(FRAMEWORKS_DIR, 'package-lock.json'), join(WORK, 'package-lock.json'));
    rmSync(stamp, { force: true });
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
    await mustRun('npm ci (test/frameworks)', 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: WORK, env, timeoutMs: 900_000 });
    writeFileSync(stamp, hash);
  })();
  return npmJob;
}

/** A fresh directory for one framework's generated app. */
export function appDir(id) {
  const dir = join(WORK, 'apps', id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes a file, creating its folder. */
export function put(file, text) {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}

/**
 * One GET (or `method`) on a connection of its own; resolves { status, headers, body } or rejects on a connection
 * error. No agent: Node's default agent keeps sockets alive and would send the next request down
 * one the server is closing (Django's runserver then "hangs up" on every other request).
 */
export function get(url, timeoutMs = 15_000, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent: false, headers: { accept: 'application/json', connection: 'close' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, reason: res.statusMessage, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** Waits until the server answers any HTTP request at url; fails early when the process exits. */
export async function waitHttp(url, proc, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    const exited = proc.exited();
    if (exited) throw new Error(`${proc.name} exited (${exited.error?.message ?? exited.code ?? exited.signal}) before serving\n${tail(proc.output(), 40)}`);
    try {
      await get(url, 3000);
      return;
    } catch (e) {
      lastError = e.message;
    }
    await sleep(150);
  }
  throw new Error(`${proc.name} did not answer at ${url} within ${timeoutMs} ms (${lastError})\n${tail(proc.output(), 40)}`);
}

/**
 * Starts one server process on a free loopback port: `command(port)` gives [cmd, args, opts].
 * Resolves { port, base, proc } once `probePath` answers. When another process took the port
 * between the kernel handing it out and the server binding it, it tries again on a new port.
 */
export async function startServer(name, command, { probePath = '/', timeoutMs = 60_000 } = {}) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const [cmd, args, opts = {}] = command(port);
    const proc = spawnGroup(cmd, args, { ...opts, name });
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitHttp(base + probePath, proc, timeoutMs);
      return { port, base, proc };
    } catch (e) {
      await proc.stop(500);
      if (attempt < 3 && /EADDRINUSE|address already in use/i.test(proc.output())) continue;
      throw e;
    }
  }
}

/** tsconfig of a generated TypeScript app run by Node (strict, as the frameworks' starters set it). */
export function nodeTsconfig(extra = {}) {
  return {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      skipLibCheck: true,
      types: ['node'],
      outDir: 'dist',
      rootDir: '.',
      ...extra,
    },
    include: ['*.ts', 'cases/*.ts'],
  };
}

/** Type-checks and compiles a generated TypeScript app with the pinned TypeScript. */
export function tsc(what, dir) {
  return mustRun(`tsc (${what}, strict)`, 'node', [join(WORK, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir });
}

/**
 * Starts a generated app (PORT in its environment) that serves each case at /c/<case>/endpoint.
 * @param {string} name
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} [options]
 */
export async function serveCases(name, cmd, args, { cwd, env = {}, timeoutMs } = {}) {
  const { base, proc } = await startServer(name, (port) => [cmd, args, { cwd, env: { ...process.env, ...env, PORT: String(port) } }], { timeoutMs });
  return { url: (c) => `${base}/c/${c.id}/endpoint`, output: () => proc.output(), stop: () => proc.stop() };
}
