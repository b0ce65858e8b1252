// ASP.NET Core minimal API.
import type { Framework } from '../framework';
import { indentLines } from '../parts';
import { jsonString } from '../template';

export const aspnetCore: Framework = {
  id: 'aspnet-core',
  label: 'ASP.NET Core',
  language: 'csharp',
  constantTable: 'aspnet-statuscodes',
  escape: jsonString,
  // Kestrel sends any code 100..999; HTTP itself has three digits.
  range: { min: 100, max: 599 },
  place: { app: /\b(\w+)\s*=\s*(?:builder\.Build\(\)|WebApplication\.Create\()/ },
  template(ctx) {
    const result = ctx.body
      ? `Results.Json(
    new { ${ctx.body.fields.map((f) => `${f.name} = ${ctx.value(f)}`).join(', ')} },
    statusCode: ${ctx.statusExpr}${ctx.body.contentType === 'application/json' ? '' : `,\n    contentType: ${ctx.str(ctx.body.contentType)}`}
)`
      : `Results.StatusCode(${ctx.statusExpr})`;
    // IResult has no headers; the handler takes the HttpResponse (a parameter minimal APIs bind).
    const headers = ctx.headers.map((h) => `response.Headers[${ctx.str(h.name)}] = ${ctx.str(h.value)};\n`).join('');
    const statement = `${headers}return ${result};\n`;
    const handler = !ctx.headers.length
      ? `app.MapGet("/endpoint", () =>\n    ${result.split('\n').join('\n    ')}\n);\n`
      : `app.MapGet("/endpoint", (HttpResponse response) =>\n{\n${indentLines(statement, '    ')}});\n`;
    return { banner: '// ASP.NET Core Minimal API\n', imports: [], handler, statement, names: [{ kind: 'path', text: '/endpoint' }], app: 'app' };
  },
};
