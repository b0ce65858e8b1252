// FastAPI (Debian python3-fastapi + python3-uvicorn, run by /usr/bin/python3): each snippet is its
// own module (it creates its own `app = FastAPI()`), mounted under /c/<case> on a root FastAPI
// app served by uvicorn.
import { join } from 'node:path';
import { appDir, ensureDebian, probeCommand, put, PYTHON, serveCases } from '../lib/common.mjs';

export default {
  id: 'fastapi',
  install: (log) => ensureDebian(['python3-fastapi', 'python3-uvicorn'], () => probeCommand(PYTHON, ['-c', 'import fastapi, uvicorn']), log),
  async start(cases) {
    const dir = appDir('fastapi');
    for (const c of cases) put(join(dir, `${c.ident}.py`), c.code);
    put(join(dir, 'server.py'), `import importlib
import os

import uvicorn
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

CASES = ${JSON.stringify(Object.fromEntries(cases.map((c) => [`/c/${c.id}`, c.ident])), null, 4)}

root = FastAPI()


@root.get("/")
def ok():
    return PlainTextResponse("ok")


for path, module in CASES.items():
    root.mount(path, importlib.import_module(module).app)

uvicorn.run(root, host="127.0.0.1", port=int(os.environ["PORT"]), log_level="warning")
`);
    return serveCases('fastapi', PYTHON, ['server.py'], { cwd: dir, env: { PYTHONDONTWRITEBYTECODE: '1' } });
  },
};
