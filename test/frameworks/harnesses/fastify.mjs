// Fastify 5: each snippet runs in its own plugin (its instance named `fastify`, as the snippet
// names it), registered with the prefix /c/<case>.
import { join } from 'node:path';
import { appDir, ensureNpm, put, serveCases } from '../lib/common.mjs';

export default {
  id: 'fastify',
  install: (log) => ensureNpm(log),
  async start(cases) {
    const dir = appDir('fastify');
    const blocks = cases.map((c) => `// ${c.id}
root.register(async (fastify) => {
${c.code}
}, { prefix: ${JSON.stringify(`/c/${c.id}`)} });
`);
    put(join(dir, 'server.cjs'), `const Fastify = require("fastify");
const root = Fastify({ logger: false });
${blocks.join('\n')}
root.get("/", (request, reply) => { reply.send("ok"); });
root.listen({ port: Number(process.env.PORT), host: "127.0.0.1" }).catch((err) => { console.error(err); process.exit(1); });
`);
    return serveCases('fastify', 'node', ['server.cjs'], { cwd: dir, env: { NODE_ENV: 'production' } });
  },
};
