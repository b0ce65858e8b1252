// Process helpers: free loopback ports, process groups that are always killed, timeouts.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1 (asks the kernel for one). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

const liveGroups = new Set();

/** Kill every process group we started (best effort, synchronous: usable from exit handlers). */
export function killAllGroups(signal = 'SIGKILL') {
  for (const pgid of liveGroups) {
    try { process.kill(-pgid, signal); } catch { /* already gone */ }
  }
  liveGroups.clear();
}

let handlersInstalled = false;
function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => killAllGroups('SIGKILL'));
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      killAllGroups('SIGTERM');
      setTimeout(() => { killAllGroups('SIGKILL'); process.exit(130); }, 300).unref();
    });
  }
}

/**
 * Spawn a command in its own process group (setsid), so the whole tree can be killed
 * with kill(-pgid). Returns { child, pgid, output(), waitFor(regex, ms), stop() }.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, name?: string, onLine?: (line: string) => void }} [options]
 */
export function spawnGroup(cmd, args, { env = process.env, cwd, name = cmd, onLine } = {}) {
  installExitHandlers();
  const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pgid = child.pid;
  if (pgid) liveGroups.add(pgid);
  let out = '';
  let exited = null;
  const waiters = new Set();
  const partial = { stdout: '', stderr: '' };
  const onData = (stream) => (chunk) => {
    const text = chunk.toString();
    out += text;
    if (out.length > 2_000_000) out = out.slice(-1_000_000);
    if (onLine) {
      const lines = (partial[stream] + text).split('\n');
      partial[stream] = lines.pop();
      for (const line of lines) if (line.trim()) onLine(line);
    }
    for (const w of waiters) w();
  };
  child.stdout.on('data', onData('stdout'));
  child.stderr.on('data', onData('stderr'));
  const flush = () => {
    if (!onLine) return;
    for (const k of ['stdout', 'stderr']) if (partial[k].trim()) onLine(partial[k]);
    partial.stdout = partial.stderr = '';
  };
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => { exited = { code, signal }; for (const w of waiters) w(); resolve(exited); });
    child.on('close', flush);
    child.on('error', (e) => { exited = { code: null, signal: null, error: e }; for (const w of waiters) w(); resolve(exited); });
  });

  return {
    child,
    pgid,
    name,
    output: () => out,
    exited: () => exited,
    /** Resolves with the regex match once the output contains it; rejects on exit or timeout. */
    waitFor(regex, ms) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = out.match(regex);
          if (m) { done(); resolve(m); return; }
          if (exited) { done(); reject(new Error(`${name} exited (${exited.error?.message ?? exited.code ?? exited.signal}) before printing ${regex}\n${tail(out)}`)); }
        };
        const timer = setTimeout(() => { done(); reject(new Error(`${name} did not print ${regex} within ${ms} ms\n${tail(out)}`)); }, ms);
        const done = () => { clearTimeout(timer); waiters.delete(check); };
        waiters.add(check);
        check();
      });
    },
    /** SIGTERM the group, SIGKILL after graceMs. Always resolves. */
    async stop(graceMs = 3000) {
      if (!liveGroups.has(pgid)) return;
      try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
      const t = setTimeout(() => { try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ } }, graceMs);
      await Promise.race([exitPromise, sleep(graceMs + 1000)]);
      clearTimeout(t);
      // Children of the group may outlive the leader: make sure nothing is left.
      try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
      liveGroups.delete(pgid);
    },
  };
}

export function tail(text, lines = 30) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/** Reject with a clear message when promise takes longer than ms. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * A hard watchdog for a whole runner: if the process is still running after ms,
 * print why, kill every group and exit non-zero. Returns a function that cancels it.
 */
export function watchdog(ms, suite) {
  const t = setTimeout(() => {
    console.error(`[${suite}] HANG: still running after ${Math.round(ms / 1000)} s, killing everything`);
    killAllGroups('SIGKILL');
    console.log(`${suite}: 0 passed, 1 failed`);
    process.exit(1);
  }, ms);
  t.unref();
  return () => clearTimeout(t);
}
