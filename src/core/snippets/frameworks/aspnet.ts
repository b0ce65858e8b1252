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
    if (!ctx.body) {
      return `// ASP.NET Core Minimal API
app.MapGet("/endpoint", () =>
    Results.StatusCode(${ctx.statusExpr})
);
`;
    }
    const members = ctx.body.fields.map((f) => `${f.name} = ${ctx.value(f)}`).join(', ');
    const contentType = ctx.body.contentType === 'application/json' ? '' : `,\n        contentType: ${ctx.str(ctx.body.contentType)}`;
    return `// ASP.NET Core Minimal API
app.MapGet("/endpoint", () =>
    Results.Json(
        new { ${members} },
        statusCode: ${ctx.statusExpr}${contentType}
    )
);
`;
  },
};
