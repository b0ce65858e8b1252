// Express (Node.js).
import type { Framework } from '../framework';
import { jsonString, type SnippetContext } from '../template';

/** `{ error: "...", message: "..." }` as a JavaScript object literal. */
export function jsObject(ctx: SnippetContext): string {
  return `{ ${ctx.body!.fields.map((f) => `${f.name}: ${ctx.value(f)}`).join(', ')} }`;
}

export const express: Framework = {
  id: 'express',
  label: 'Express',
  language: 'javascript',
  escape: jsonString,
  // Node's http module rejects a status outside 100..999; HTTP itself has three digits.
  range: { min: 100, max: 599 },
  template(ctx) {
    // res.set, not res.location: res.location rewrites the URL (and "back" to the Referer).
    const headers = ctx.headers.map((h) => `.set(${ctx.str(h.name)}, ${ctx.str(h.value)})`).join('');
    if (!ctx.body) {
      return `app.get("/endpoint", (req, res) => {
  res.status(${ctx.statusExpr})${headers}.end();
});
`;
    }
    const type = ctx.body.contentType === 'application/json' ? '' : `.type(${ctx.str(ctx.body.contentType)})`;
    return `app.get("/endpoint", (req, res) => {
  res.status(${ctx.statusExpr})${type}${headers}.json(${jsObject(ctx)});
});
`;
  },
};
