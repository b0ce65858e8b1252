// Python websockets (Debian python3-websockets 10.4, run by /usr/bin/python3): each snippet is its
// own module (it declares the connection handler `handler`); one websockets.serve() server hands
// each connection to the handler of the case its path names (/c/<case>).
import { join } from 'node:path';
import { appDir, ensureDebian, probeCommand, put, PYTHON, run, WORK } from '../lib/common.mjs';
import { lastLines, startListening, wsClose } from '../lib/protocol-clients.mjs';

export default {
  id: 'websocket-websockets',
  install: (log) => ensureDebian(['python3-websockets'], () => probeCommand(PYTHON, ['-c', 'import websockets.server']), log),
  async start(cases) {
    const dir = appDir('websocket-websockets');
    for (const c of cases) put(join(dir, `${c.ident}.py`), c.code);
    put(join(dir, 'server.py'), `import asyncio
import importlib

import websockets

CASES = ${JSON.stringify(Object.fromEntries(cases.map((c) => [`/c/${c.id}`, c.ident])), null, 4)}
HANDLERS = {path: importlib.import_module(module).handler for path, module in CASES.items()}


async def route(websocket):
    await HANDLERS[websocket.path](websocket)


async def main():
    async with websockets.serve(route, "127.0.0.1", 0) as server:
        print("LISTENING", server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Future()


asyncio.run(main())
`);
    const { port, proc } = await startListening('websocket-websockets', PYTHON, ['server.py'], { cwd: dir, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    return { call: (c) => wsClose(`ws://127.0.0.1:${port}/c/${c.id}`), output: () => lastLines(proc), stop: () => proc.stop() };
  },
  /** For each probe [code, reason], the name of the exception `await websocket.close(code=..., reason=...)` raises, or "accepted". */
  async refuses(probes) {
    const dir = join(WORK, 'apps', 'websocket-websockets');
    put(join(dir, 'refuses.py'), `import asyncio
import json

import websockets

PROBES = ${JSON.stringify(probes)}


async def main():
    results = []

    async def handler(websocket):
        code, reason = PROBES[len(results)]
        try:
            await websocket.close(code=code, reason=reason)
            results.append("accepted")
        except Exception as e:
            results.append(type(e).__name__)

    async with websockets.serve(handler, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        for _ in PROBES:
            before = len(results)
            try:
                async with websockets.connect(f"ws://127.0.0.1:{port}/", close_timeout=1) as client:
                    while len(results) == before:
                        await asyncio.sleep(0.01)
            except Exception:
                pass
    print(json.dumps(results))


asyncio.run(main())
`);
    const r = await run(PYTHON, ['refuses.py'], { cwd: dir, timeoutMs: 60_000 });
    if (r.code !== 0) throw new Error(`the probe exited ${r.code}: ${r.out}`);
    return JSON.parse(r.out.trim().split('\n').pop());
  },
};
