// Express (Node.js).
import type { Framework } from '../framework';
import { indentLines } from '../parts';
import { jsonString, type SnippetContext } from '../template';

/** `{ error: "...", message: "..." }` as a JavaScript object literal. */
export function jsObject(ctx: SnippetContext): string {
  return `{ ${ctx.body!.fields.map((f) => `${f.name}: ${ctx.value(f)}`).join(', ')} }`;
}

/** `app.get("/endpoint", (req, res) => { ... });` around a statement, for the Node frameworks. */
export function jsRoute(app: string, params: string, statement: string): string {
  return `${app}.get("/endpoint", (${params}) => {\n${indentLines(statement, '  ')}});\n`;
}

export const express: Framework = {
  id: 'express',
  label: 'Express',
  language: 'javascript',
  escape: jsonString,
  // Node's http module rejects a status outside 100..999; HTTP itself has three digits.
  range: { min: 100, max: 599 },
  place: { app: /\b(\w+)\s*=\s*(?:express\(\s*\)|(?:express\.)?Router\(\s*\))/ },
  template(ctx) {
    // res.set, not res.location: res.location rewrites the URL (and "back" to the Referer).
    const headers = ctx.headers.map((h) => `.set(${ctx.str(h.name)}, ${ctx.str(h.value)})`).join('');
    const type = ctx.body && ctx.body.contentType !== 'application/json' ? `.type(${ctx.str(ctx.body.contentType)})` : '';
    const statement = ctx.body ? `res.status(${ctx.statusExpr})${type}${headers}.json(${jsObject(ctx)});\n` : `res.status(${ctx.statusExpr})${headers}.end();\n`;
    return { imports: [], handler: jsRoute('app', 'req, res', statement), statement, names: [{ kind: 'path', text: '/endpoint' }], app: 'app' };
  },
};
