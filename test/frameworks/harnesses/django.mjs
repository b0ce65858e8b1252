// Django (Debian python3-django, run by /usr/bin/python3): each snippet is its own views module
// (its view named `my_view`), routed at /c/<case>/endpoint by a URLconf (an insertion case names
// its views in `routes`: segment -> view), and served by
// `runserver` with the middleware `startproject` enables that need no database.
import { join } from 'node:path';
import { appDir, ensureDebian, mustRun, probeCommand, put, PYTHON, serveCases } from '../lib/common.mjs';

export default {
  id: 'django',
  install: (log) => ensureDebian(['python3-django'], () => probeCommand(PYTHON, ['-c', 'import django']), log),
  /**
   * Which of these header fields runserver refuses from an application: the ones wsgiref's
   * start_response asserts are not hop-by-hop (wsgiref.util.is_hop_by_hop), as Django's own
   * WSGIServer is wsgiref's. Resolves { name: true | false }.
   */
  async refuses(names) {
    const out = await mustRun('wsgiref probe', PYTHON, ['-c', `import json, sys\nfrom wsgiref.util import is_hop_by_hop\nfrom django.core.servers.basehttp import ServerHandler\nimport wsgiref.handlers\nassert issubclass(ServerHandler, wsgiref.handlers.SimpleHandler)\nprint(json.dumps({n: is_hop_by_hop(n) for n in json.loads(sys.argv[1])}))`, JSON.stringify(names)]);
    return JSON.parse(out.trim().split('\n').pop());
  },
  async start(cases) {
    const dir = appDir('django');
    for (const c of cases) put(join(dir, `${c.ident}.py`), c.code);
    put(join(dir, 'server.py'), `import importlib
import os
import sys

import django
from django.conf import settings
from django.http import HttpResponse
from django.urls import path

CASES = ${JSON.stringify(Object.fromEntries(cases.flatMap((c) => Object.entries(c.routes ?? { endpoint: 'my_view' }).map(([segment, view]) => [`c/${c.id}/${segment}`, [c.ident, view]]))), null, 4)}

settings.configure(
    DEBUG=False,
    SECRET_KEY="framework-harness-only",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
    INSTALLED_APPS=[],
    DATABASES={},
)
django.setup()

urlpatterns = [path("", lambda request: HttpResponse("ok"))] + [
    path(route, getattr(importlib.import_module(module), view)) for route, (module, view) in CASES.items()
]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line([sys.argv[0], "runserver", "--noreload", "127.0.0.1:" + os.environ["PORT"]])
`);
    return serveCases('django', PYTHON, ['server.py'], { cwd: dir, env: { PYTHONDONTWRITEBYTECODE: '1' } });
  },
};
