// The JavaScript/TypeScript frameworks beyond Express: NestJS, Fastify, Koa, Hono and Next.js
// route handlers. Each template is proven by scripts/run-frameworks.mjs, which runs it in the real
// framework (versions pinned in test/frameworks/package.json) and compares what it sends with the
// raw response the extension shows.
import type { Framework } from '../framework';
import { indentLines, type SnippetImport } from '../parts';
import { jsonString, type SnippetContext } from '../template';
import { jsObject, jsRoute } from './express';

const isJson = (ctx: SnippetContext): boolean => ctx.body!.contentType === 'application/json';

const common = (name: string, withSetup = false): SnippetImport => ({ from: '@nestjs/common', name, withSetup });

/** Indents every line of a multi-line literal after the first by `indent`. */
const indented = (text: string, indent: string): string => text.split('\n').join(`\n${indent}`);

export const nestjs: Framework = {
  id: 'nestjs',
  label: 'NestJS',
  language: 'typescript',
  // NestJS's HttpStatus enum (@nestjs/common): a member only where it maps to this very code.
  constantTable: 'nestjs-httpstatus',
  escape: jsonString,
  // @HttpCode sets the status on the platform's response (Express by default): Node's http
  // module rejects codes outside 100..999; HTTP itself has three digits.
  range: { min: 100, max: 599 },
  place: { container: /@Controller\([^)]*\)\s*(?:export\s+)?(?:default\s+)?class\s+\w+/ },
  template(ctx) {
    const fields = [...(ctx.body && !isJson(ctx) ? [{ name: 'Content-Type', value: ctx.body.contentType }] : []), ...ctx.headers];
    const imports = [common('Controller', true), common('Get'), ...(fields.length ? [common('Header')] : []), common('HttpCode'), ...(ctx.constant ? [common('HttpStatus')] : [])];
    const header = fields.map((h) => `\n@Header(${ctx.str(h.name)}, ${ctx.str(h.value)})`).join('');
    const method = ctx.body
      ? `myEndpoint() {
  return ${jsObject(ctx)};
}`
      : `myEndpoint(): void {}`;
    // Inside a method NestJS sends a status with a body only by throwing an HttpException, which
    // writes the object as JSON: no other content type and no header fields.
    const thrown = ctx.body && isJson(ctx) && !fields.length && ctx.status >= 400;
    return {
      imports,
      container: { open: '@Controller()\nexport class MyController {\n', close: '}\n', indent: '  ' },
      handler: `@Get("endpoint")\n@HttpCode(${ctx.statusExpr})${header}\n${method}\n`,
      statement: thrown ? `throw new HttpException(${jsObject(ctx)}, ${ctx.statusExpr});\n` : undefined,
      statementImports: [common('HttpException'), ...(ctx.constant ? [common('HttpStatus')] : [])],
      noStatement: thrown ? undefined : 'NestJS sets this status and its header fields with decorators on the handler method',
      names: [{ kind: 'id', text: 'myEndpoint' }, { kind: 'path', text: 'endpoint' }, { kind: 'id', text: 'MyController' }],
    };
  },
};

export const fastify: Framework = {
  id: 'fastify',
  label: 'Fastify',
  language: 'javascript',
  escape: jsonString,
  // reply.code() throws FST_ERR_BAD_STATUS_CODE outside 100..599 (fastify/lib/reply.js).
  range: { min: 100, max: 599 },
  place: { app: /\b(\w+)\s*=\s*(?:require\(\s*["']fastify["']\s*\)|[Ff]astify)\(/ },
  template(ctx) {
    const headers = ctx.headers.map((h) => `.header(${ctx.str(h.name)}, ${ctx.str(h.value)})`).join('');
    const type = ctx.body && !isJson(ctx) ? `.type(${ctx.str(ctx.body.contentType)})` : '';
    const statement = `reply.code(${ctx.statusExpr})${type}${headers}.send(${ctx.body ? jsObject(ctx) : ''});\n`;
    return { imports: [], handler: jsRoute('fastify', 'request, reply', statement), statement, names: [{ kind: 'path', text: '/endpoint' }], app: 'fastify' };
  },
};

export const koa: Framework = {
  id: 'koa',
  label: 'Koa',
  language: 'javascript',
  escape: jsonString,
  // The ctx.status setter asserts an integer in 100..999 (koa/lib/response.js); HTTP itself has
  // three digits.
  range: { min: 100, max: 599 },
  place: { app: /\b(\w+)\s*=\s*new\s+(?:\w+\.)?Router\(/ },
  template(ctx) {
    const headers = ctx.headers.map((h) => `\nctx.set(${ctx.str(h.name)}, ${ctx.str(h.value)});`).join('');
    // Koa 2 (2.16 lib/response.js) sets the type to JSON when an object body is set; Koa 3 keeps a
    // type that names JSON. The problem+json type is set after the body, which works in both.
    const statement = !ctx.body
      ? `ctx.status = ${ctx.statusExpr};${headers}\n`
      : `ctx.status = ${ctx.statusExpr};
ctx.body = ${jsObject(ctx)};${isJson(ctx) ? '' : `\nctx.type = ${ctx.str(ctx.body.contentType)};`}${headers}
`;
    return { imports: [], handler: jsRoute('router', 'ctx', statement), statement, names: [{ kind: 'path', text: '/endpoint' }], app: 'router' };
  },
};

/**
 * The codes Hono's `StatusCode` type names (hono/src/utils/http-status.ts, hono 4.13). Any other
 * code must be cast to `UnofficialStatusCode`, as Hono's own documentation shows.
 */
export const HONO_STATUS_CODES: ReadonlySet<number> = new Set([
  100, 101, 102, 103,
  200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
  300, 301, 302, 303, 304, 305, 306, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
  500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
]);

export const hono: Framework = {
  id: 'hono',
  label: 'Hono',
  language: 'typescript',
  escape: jsonString,
  // Hono builds a Web-standard Response, whose constructor throws a RangeError outside 200..599
  // (Workers, Deno, Bun, Node's own Response). @hono/node-server swaps in a lighter Response that
  // does not check, but there a 1xx status breaks the exchange and 600+ is no HTTP status.
  range: { min: 200, max: 599 },
  place: { app: /\b(\w+)\s*=\s*new\s+Hono\b/ },
  template(ctx) {
    const official = HONO_STATUS_CODES.has(ctx.status);
    const status = official ? ctx.statusExpr : `${ctx.statusExpr} as UnofficialStatusCode`;
    const fields = [...(ctx.body && !isJson(ctx) ? [{ name: 'Content-Type', value: ctx.body.contentType }] : []), ...ctx.headers];
    const headers = fields.length ? `, { ${fields.map((h) => `${ctx.str(h.name)}: ${ctx.str(h.value)}`).join(', ')} }` : '';
    const statement = ctx.body ? `return c.json(${jsObject(ctx)}, ${status}${headers});\n` : `return c.body(null, ${status}${headers});\n`;
    return {
      imports: official ? [] : [{ from: 'hono/utils/http-status', name: 'UnofficialStatusCode', type: true }],
      handler: jsRoute('app', 'c', statement),
      statement,
      names: [{ kind: 'path', text: '/endpoint' }],
      app: 'app',
    };
  },
};

export const nextjs: Framework = {
  id: 'nextjs',
  label: 'Next.js (route handler)',
  language: 'typescript',
  escape: jsonString,
  // A route handler returns a Fetch Response, whose constructor throws a RangeError outside 200..599.
  range: { min: 200, max: 599 },
  template(ctx) {
    const fields = [...(ctx.body && !isJson(ctx) ? [{ name: 'Content-Type', value: ctx.body.contentType }] : []), ...ctx.headers];
    const headers = `{ ${fields.map((h) => `${ctx.str(h.name)}: ${ctx.str(h.value)}`).join(', ')} }`;
    let statement: string;
    if (!ctx.body) {
      statement = `return new Response(null, { status: ${ctx.statusExpr}${fields.length ? `, headers: ${headers}` : ''} });\n`;
    } else {
      const init = !fields.length
        ? `{ status: ${ctx.statusExpr} }`
        : indented(`{
  status: ${ctx.statusExpr},
  headers: ${headers},
}`, '  ');
      statement = `return NextResponse.json(
  ${jsObject(ctx)},
  ${init},
);
`;
    }
    return {
      banner: '// app/endpoint/route.ts\n',
      imports: ctx.body ? [{ from: 'next/server', name: 'NextResponse' }] : [],
      handler: `export async function GET() {\n${indentLines(statement, '  ')}}\n`,
      statement,
    };
  },
};
