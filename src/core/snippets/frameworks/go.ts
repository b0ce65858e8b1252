// Go net/http.
import type { Framework } from '../framework';
import { indentLines } from '../parts';
import { jsonString } from '../template';

export const goNetHttp: Framework = {
  id: 'go-net-http',
  label: 'Go net/http',
  language: 'go',
  constantTable: 'go-net-http',
  escape: jsonString,
  // ResponseWriter.WriteHeader panics outside 100..999, and treats 1xx as interim headers.
  range: { min: 100, max: 599 },
  place: { head: /^package\s+\w+/m },
  template(ctx) {
    // Header fields are set before WriteHeader, which sends them.
    const headers = ctx.headers.map((h) => `w.Header().Set(${ctx.str(h.name)}, ${ctx.str(h.value)})\n`).join('');
    let statement: string;
    if (!ctx.body) {
      statement = `${headers}w.WriteHeader(${ctx.statusExpr})\n`;
    } else {
      const numeric = ctx.body.fields.some((f) => typeof f.value === 'number');
      const width = Math.max(...ctx.body.fields.map((f) => f.name.length)) + 3;
      const entries = ctx.body.fields.map((f) => `    ${`${ctx.str(f.name)}:`.padEnd(width)} ${ctx.value(f)},`).join('\n');
      statement = `w.Header().Set("Content-Type", ${ctx.str(ctx.body.contentType)})
${headers}w.WriteHeader(${ctx.statusExpr})
json.NewEncoder(w).Encode(map[string]${numeric ? 'any' : 'string'}{
${entries}
})
`;
    }
    return {
      head: 'package main\n',
      imports: [...(ctx.body ? [{ from: 'encoding/json' }] : []), { from: 'net/http' }],
      handler: `func myHandler(w http.ResponseWriter, r *http.Request) {\n${indentLines(statement, '    ')}}\n`,
      statement,
      names: [{ kind: 'id', text: 'myHandler' }],
    };
  },
};
