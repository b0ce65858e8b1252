// NestJS 12 (platform-express): each snippet is its own module file (its controller named
// `MyController`, as the snippet names it), type-checked and compiled with tsc --strict and
// legacy decorators (what `nest new` sets up), and mounted under /c/<case> with RouterModule.
import { join } from 'node:path';
import { appDir, ensureNpm, nodeTsconfig, put, serveCases, tsc } from '../lib/common.mjs';


export default {
  id: 'nestjs',
  install: (log) => ensureNpm(log),
  async start(cases) {
    const dir = appDir('nestjs');
    put(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }, null, 2));
    put(join(dir, 'tsconfig.json'), JSON.stringify(nodeTsconfig({ experimentalDecorators: true, emitDecoratorMetadata: true }), null, 2));
    for (const c of cases) put(join(dir, 'cases', `${c.ident}.ts`), c.code);
    const mod = (c) => `M_${c.ident}`;
    put(join(dir, 'main.ts'), `import "reflect-metadata";
import { Controller, Get, Module } from "@nestjs/common";
import { NestFactory, RouterModule } from "@nestjs/core";
${cases.map((c) => `import { MyController as ${c.ident} } from "./cases/${c.ident}.js";`).join('\n')}

${cases.map((c) => `@Module({ controllers: [${c.ident}] })\nclass ${mod(c)} {}`).join('\n')}

@Controller()
class Health {
  @Get()
  ok() {
    return "ok";
  }
}

@Module({
  controllers: [Health],
  imports: [
    ${cases.map(mod).join(',\n    ')},
    RouterModule.register([
      ${cases.map((c) => `{ path: ${JSON.stringify(`c/${c.id}`)}, module: ${mod(c)} }`).join(',\n      ')},
    ]),
  ],
})
class AppModule {}

const app = await NestFactory.create(AppModule, { logger: ["error"] });
await app.listen(Number(process.env.PORT), "127.0.0.1");
`);
    await tsc('NestJS app', dir);
    return serveCases('nestjs', 'node', ['dist/main.js'], { cwd: dir, env: { NODE_ENV: 'production' } });
  },
};
