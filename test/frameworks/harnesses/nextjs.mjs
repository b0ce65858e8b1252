// Next.js 16 route handlers: each snippet is the route.ts of app/c/<case>/endpoint/ (the snippet's
// own first line names the file app/endpoint/route.ts), built for production with `next build`
// (which also type-checks) and served by `next start`. Telemetry is off; nothing is fetched.
import { join } from 'node:path';
import { appDir, ensureNpm, mustRun, put, serveCases, WORK } from '../lib/common.mjs';

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['dom', 'dom.iterable', 'esnext'],
    allowJs: false,
    skipLibCheck: true,
    strict: true,
    noEmit: true,
    esModuleInterop: true,
    module: 'esnext',
    moduleResolution: 'bundler',
    resolveJsonModule: true,
    isolatedModules: true,
    jsx: 'react-jsx',
    incremental: false,
    plugins: [{ name: 'next' }],
  },
  include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
  exclude: ['node_modules'],
};

export default {
  id: 'nextjs',
  install: (log) => ensureNpm(log),
  async start(cases, log) {
    const dir = appDir('nextjs');
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
    put(join(dir, 'package.json'), JSON.stringify({ private: true, scripts: {} }, null, 2));
    put(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
    put(join(dir, 'next.config.mjs'), `export default { turbopack: { root: ${JSON.stringify(WORK)} }, outputFileTracingRoot: ${JSON.stringify(WORK)} };\n`);
    put(join(dir, 'app', 'route.ts'), `export function GET() {\n  return new Response("ok");\n}\n`);
    for (const c of cases) put(join(dir, 'app', 'c', c.id, 'endpoint', 'route.ts'), c.code);
    const next = join(WORK, 'node_modules/next/dist/bin/next');
    log('next build');
    await mustRun('next build', 'node', [next, 'build'], { cwd: dir, env, timeoutMs: 480_000 });
    // \`next start\` reads the port from PORT.
    return serveCases('nextjs', 'node', [next, 'start', '-H', '127.0.0.1'], { cwd: dir, env });
  },
};
