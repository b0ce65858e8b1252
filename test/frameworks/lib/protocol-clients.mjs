// The real clients of the protocol harnesses: a grpc-js client for every gRPC server (any client
// works over the wire), a Node `ws` client for every WebSocket server; both from the pinned
// test/frameworks/package-lock.json installed in .work. And the start of a server that binds a
// port of the kernel's choosing and prints `LISTENING <port>` (gRPC servers speak only HTTP/2,
// so the HTTP probe of common.mjs cannot tell when they are up), and the offline Go build.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { mustRun, put, spawnGroup, tail, WORK } from './common.mjs';

const fromWork = () => createRequire(join(WORK, 'package.json'));

/**
 * Starts a server process and resolves { port, proc } once it prints `LISTENING <port>`.
 * @param {string} name
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} [options]
 */
export async function startListening(name, cmd, args, { cwd, env = process.env, timeoutMs = 60_000 } = {}) {
  const proc = spawnGroup(cmd, args, { cwd, env, name });
  try {
    const m = await proc.waitFor(/LISTENING (\d+)/, timeoutMs);
    return { port: Number(m[1]), proc };
  } catch (e) {
    await proc.stop(500);
    throw e;
  }
}

/**
 * One unary call with an empty request (google.protobuf.Empty is zero bytes on the wire) to
 * `path` ("/package.Service/Method") at 127.0.0.1:port; resolves { code, message } (OK: 0, '').
 */
export function grpcCall(port, path, timeoutMs = 15_000) {
  const grpc = fromWork()('@grpc/grpc-js');
  const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const bytes = (b) => b;
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(path, bytes, bytes, Buffer.alloc(0), { deadline: Date.now() + timeoutMs }, (err, res) => {
      client.close();
      if (!err) {
        if (res.length) reject(new Error(`OK with a ${res.length}-byte response, expected an empty message`));
        else resolve({ code: 0, message: '' });
      } else if (typeof err.code === 'number') resolve({ code: err.code, message: err.details });
      else reject(err);
    });
  });
}

/**
 * Connects to a WebSocket URL with Node `ws` and resolves { code, message } with the close code
 * and reason the server closed with; rejects when it does not close within the time.
 */
export function wsClose(url, timeoutMs = 15_000) {
  const { WebSocket } = fromWork()('ws');
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`no close from ${url} within ${timeoutMs} ms`));
    }, timeoutMs);
    let failure;
    ws.on('error', (e) => (failure = e));
    ws.on('unexpected-response', (req, res) => {
      clearTimeout(timer);
      reject(new Error(`the handshake was answered with HTTP ${res.statusCode}`));
      req.destroy();
    });
    ws.on('close', (code, reason) => {
      clearTimeout(timer);
      if (failure && code === 1006) reject(new Error(`connection failed: ${failure.message}`));
      else resolve({ code, message: reason.toString('utf8') });
    });
  });
}

/** The last lines a process printed. */
export const lastLines = (proc, n = 15) => tail(proc.output(), n);

/**
 * Builds each case's `package main` (its snippet.go next to `main`, the harness's main.go) with
 * Debian's Go, offline in GOPATH mode from Debian's /usr/share/gocode (GO111MODULE=off,
 * GOPROXY=off: nothing is fetched), after `go vet`; starts one binary per case and resolves
 * { port(c), output(c), stop() }.
 */
export async function buildGoCases(what, dir, cases, main) {
  for (const c of cases) {
    put(join(dir, c.ident, 'snippet.go'), c.code);
    put(join(dir, c.ident, 'main.go'), main);
  }
  // Go's own build cache (~/.cache/go-build) is reused across runs; without a HOME it lives in .work.
  const cache = process.env.HOME ? {} : { GOCACHE: join(WORK, 'go-build-cache') };
  const env = { ...process.env, GO111MODULE: 'off', GOPATH: '/usr/share/gocode', GOPROXY: 'off', GOFLAGS: '', GOTOOLCHAIN: 'local', ...cache };
  const pkgs = cases.map((c) => `./${c.ident}`).join(' ');
  await mustRun(`go vet + go build (${what})`, 'sh', ['-c', `/usr/bin/go vet ${pkgs} && for p in ${pkgs}; do /usr/bin/go build -o bin/$(basename $p) $p || exit 1; done`], { cwd: dir, env, timeoutMs: 600_000 });
  const servers = await Promise.all(cases.map((c) => startListening(`${what} ${c.id}`, join(dir, 'bin', c.ident), [], { cwd: dir, env })));
  const byCase = new Map(cases.map((c, i) => [c.id, servers[i]]));
  return {
    port: (c) => byCase.get(c.id).port,
    output: (c) => lastLines(byCase.get(c.id).proc),
    stop: () => Promise.all(servers.map((s) => s.proc.stop())),
  };
}
