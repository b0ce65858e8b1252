// ASP.NET Core minimal API.
import type { Framework } from '../framework';
import { jsonString } from '../template';

export const aspnetCore: Framework = {
  id: 'aspnet-core',
  label: 'ASP.NET Core',
  language: 'csharp',
  constantTable: 'aspnet-statuscodes',
  escape: jsonString,
  // Kestrel sends any code 100..999; HTTP itself has three digits.
  range: { min: 100, max: 599 },
  template(ctx) {
    const result = ctx.body
      ? `Results.Json(
        new { ${ctx.body.fields.map((f) => `${f.name} = ${ctx.value(f)}`).join(', ')} },
        statusCode: ${ctx.statusExpr}${ctx.body.contentType === 'application/json' ? '' : `,\n        contentType: ${ctx.str(ctx.body.contentType)}`}
    )`
      : `Results.StatusCode(${ctx.statusExpr})`;
    if (!ctx.headers.length) {
      return `// ASP.NET Core Minimal API
app.MapGet("/endpoint", () =>
    ${result}
);
`;
    }
    // IResult has no headers; the handler takes the HttpResponse (a parameter minimal APIs bind).
    const headers = ctx.headers.map((h) => `    response.Headers[${ctx.str(h.name)}] = ${ctx.str(h.value)};\n`).join('');
    return `// ASP.NET Core Minimal API
app.MapGet("/endpoint", (HttpResponse response) =>
{
${headers}    return ${result};
});
`;
  },
};
