// Starlette / FastAPI (Debian python3-fastapi on python3-starlette 0.26, served by python3-uvicorn
// with python3-websockets, run by /usr/bin/python3): each snippet is its own module (it creates
// its own `app = FastAPI()` with a /ws route), mounted under /c/<case> on a root Starlette app.
import { join } from 'node:path';
import { appDir, ensureDebian, probeCommand, put, PYTHON } from '../lib/common.mjs';
import { lastLines, startListening, wsClose } from '../lib/protocol-clients.mjs';

export default {
  id: 'websocket-starlette',
  install: (log) =>
    ensureDebian(['python3-fastapi', 'python3-starlette', 'python3-uvicorn', 'python3-websockets'], () => probeCommand(PYTHON, ['-c', 'import fastapi, starlette, uvicorn, websockets']), log),
  async start(cases) {
    const dir = appDir('websocket-starlette');
    for (const c of cases) put(join(dir, `${c.ident}.py`), c.code);
    put(join(dir, 'server.py'), `import asyncio
import importlib
import socket

import uvicorn
from starlette.applications import Starlette
from starlette.routing import Mount

CASES = ${JSON.stringify(Object.fromEntries(cases.map((c) => [`/c/${c.id}`, c.ident])), null, 4)}

root = Starlette(routes=[Mount(path, app=importlib.import_module(module).app) for path, module in CASES.items()])

sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sock.bind(("127.0.0.1", 0))
sock.listen(128)  # connections wait in the backlog until uvicorn has started
print("LISTENING", sock.getsockname()[1], flush=True)
server = uvicorn.Server(uvicorn.Config(root, ws="websockets", log_level="warning"))
asyncio.run(server.serve(sockets=[sock]))
`);
    const { port, proc } = await startListening('websocket-starlette', PYTHON, ['server.py'], { cwd: dir, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    return { call: (c) => wsClose(`ws://127.0.0.1:${port}/c/${c.id}/ws`), output: () => lastLines(proc), stop: () => proc.stop() };
  },
};
