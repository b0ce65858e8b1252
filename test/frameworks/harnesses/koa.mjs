// Koa 3 with @koa/router: each snippet runs on its own router (named `router`, as the snippet
// names it), nested under /c/<case> in a root router.
import { join } from 'node:path';
import { appDir, ensureNpm, put, serveCases } from '../lib/common.mjs';

export default {
  id: 'koa',
  install: (log) => ensureNpm(log),
  async start(cases) {
    const dir = appDir('koa');
    const blocks = cases.map((c) => `// ${c.id}
{
  const router = new Router();
${c.code}
  rootRouter.use(${JSON.stringify(`/c/${c.id}`)}, router.routes(), router.allowedMethods());
}
`);
    put(join(dir, 'server.cjs'), `const Koa = require("koa");
const { Router } = require("@koa/router");
const app = new Koa();
const rootRouter = new Router();
${blocks.join('\n')}
rootRouter.get("/", (ctx) => { ctx.body = "ok"; });
app.use(rootRouter.routes());
app.listen(Number(process.env.PORT), "127.0.0.1");
`);
    return serveCases('koa', 'node', ['server.cjs'], { cwd: dir, env: { NODE_ENV: 'production' } });
  },
};
