// Hono 4 on @hono/node-server: each snippet is its own module (its app named `app`, as the snippet
// names it), type-checked with tsc --strict against Hono's own types (so a missing cast for an
// unofficial code fails here), then routed under /c/<case> on a root app.
import { join } from 'node:path';
import { appDir, ensureNpm, nodeTsconfig, put, serveCases, tsc } from '../lib/common.mjs';

export default {
  id: 'hono',
  install: (log) => ensureNpm(log),
  async start(cases) {
    const dir = appDir('hono');
    put(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }, null, 2));
    put(join(dir, 'tsconfig.json'), JSON.stringify(nodeTsconfig(), null, 2));
    for (const c of cases) {
      // An insertion case is a whole module already (its own app and imports).
      put(join(dir, 'cases', `${c.ident}.ts`), c.file ? c.code : `import { Hono } from "hono";

export const app = new Hono();

${c.code}`);
    }
    put(join(dir, 'server.ts'), `import { serve } from "@hono/node-server";
import { Hono } from "hono";
${cases.map((c) => `import { app as ${c.ident} } from "./cases/${c.ident}.js";`).join('\n')}

const root = new Hono();
${cases.map((c) => `root.route(${JSON.stringify(`/c/${c.id}`)}, ${c.ident});`).join('\n')}
root.get("/", (c) => c.text("ok"));
serve({ fetch: root.fetch, port: Number(process.env.PORT), hostname: "127.0.0.1" });
`);
    await tsc('Hono app', dir);
    return serveCases('hono', 'node', ['dist/server.js'], { cwd: dir, env: { NODE_ENV: 'production' } });
  },
};
