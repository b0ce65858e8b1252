// Express 5: each snippet runs in its own Express application (`app`, as the snippet names it),
// mounted under /c/<case> on a root application.
import { join } from 'node:path';
import { appDir, ensureNpm, put, serveCases } from '../lib/common.mjs';

export default {
  id: 'express',
  install: (log) => ensureNpm(log),
  async start(cases) {
    const dir = appDir('express');
    const blocks = cases.map((c) => `// ${c.id}
{
  const app = express();
${c.code}
  root.use(${JSON.stringify(`/c/${c.id}`)}, app);
}
`);
    put(join(dir, 'server.cjs'), `const express = require("express");
const root = express();
${blocks.join('\n')}
root.get("/", (req, res) => res.send("ok"));
root.listen(Number(process.env.PORT), "127.0.0.1");
`);
    return serveCases('express', 'node', ['server.cjs'], { cwd: dir, env: { NODE_ENV: 'production' } });
  },
};
