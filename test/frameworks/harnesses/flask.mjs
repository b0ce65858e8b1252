// Flask (Debian python3-flask, run by Debian's /usr/bin/python3): each snippet is its own module
// (it creates its own `app = Flask(__name__)`), mounted under /c/<case> with Werkzeug's
// DispatcherMiddleware and served by Werkzeug's server.
import { join } from 'node:path';
import { appDir, ensureDebian, probeCommand, put, PYTHON, serveCases } from '../lib/common.mjs';

export default {
  id: 'flask',
  install: (log) => ensureDebian(['python3-flask'], () => probeCommand(PYTHON, ['-c', 'import flask, werkzeug']), log),
  async start(cases) {
    const dir = appDir('flask');
    for (const c of cases) put(join(dir, `${c.ident}.py`), c.code);
    put(join(dir, 'server.py'), `import importlib
import logging
import os

from flask import Flask
from werkzeug.middleware.dispatcher import DispatcherMiddleware
from werkzeug.serving import run_simple

CASES = ${JSON.stringify(Object.fromEntries(cases.map((c) => [`/c/${c.id}`, c.ident])), null, 4)}

root = Flask("root")


@root.route("/")
def ok():
    return "ok"


logging.getLogger("werkzeug").setLevel(logging.ERROR)
mounts = {path: importlib.import_module(module).app for path, module in CASES.items()}
run_simple("127.0.0.1", int(os.environ["PORT"]), DispatcherMiddleware(root, mounts), threaded=True)
`);
    return serveCases('flask', PYTHON, ['server.py'], { cwd: dir, env: { PYTHONDONTWRITEBYTECODE: '1' } });
  },
};
