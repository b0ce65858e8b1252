// Python frameworks: Django, Flask, FastAPI.
import type { Framework } from '../framework';
import { indentLines } from '../parts';
import { jsonString, type SnippetContext } from '../template';

/** `{"error": "...", "message": "..."}` as a Python dict literal. */
function pyDict(ctx: SnippetContext): string {
  return `{${ctx.body!.fields.map((f) => `${ctx.str(f.name)}: ${ctx.value(f)}`).join(', ')}}`;
}

/** The status's header fields as a Python dict literal, with a Content-Type first when given. */
function pyHeaders(ctx: SnippetContext, contentType?: string): string | undefined {
  const fields = [...(contentType ? [{ name: 'Content-Type', value: contentType }] : []), ...ctx.headers];
  return fields.length ? `{${fields.map((h) => `${ctx.str(h.name)}: ${ctx.str(h.value)}`).join(', ')}}` : undefined;
}

export const django: Framework = {
  id: 'django',
  label: 'Django',
  language: 'python',
  escape: jsonString,
  // django.http.HttpResponseBase rejects a status outside 100..599 with ValueError.
  range: { min: 100, max: 599 },
  // PEP 3333 forbids hop-by-hop fields from a WSGI application; runserver's wsgiref asserts it
  // (wsgiref/handlers.py start_response: a 500), gunicorn drops them. Proven by the suite's probe.
  refusesHeaders: {
    names: ['Upgrade', 'Proxy-Authenticate'],
    why: 'WSGI (PEP 3333) forbids an application from sending hop-by-hop header fields; runserver (wsgiref) answers 500, other WSGI servers drop the field',
  },
  template(ctx) {
    // headers= exists since Django 3.2.
    const dict = pyHeaders(ctx);
    const response = ctx.body ? 'JsonResponse' : 'HttpResponse';
    let statement: string;
    if (!ctx.body) {
      statement = `return HttpResponse(status=${ctx.statusExpr}${dict ? `, headers=${dict}` : ''})\n`;
    } else {
      const contentType = ctx.body.contentType === 'application/json' ? '' : `\n    content_type=${ctx.str(ctx.body.contentType)},`;
      statement = `return JsonResponse(
    ${pyDict(ctx)},
    status=${ctx.statusExpr},${contentType}${dict ? `\n    headers=${dict},` : ''}
)
`;
    }
    return {
      imports: [{ from: 'django.http', name: response }],
      handler: `def my_view(request):\n${indentLines(statement, '    ')}`,
      statement,
      names: [{ kind: 'id', text: 'my_view' }],
    };
  },
};

export const flask: Framework = {
  id: 'flask',
  label: 'Flask',
  language: 'python',
  escape: jsonString,
  // Werkzeug accepts any integer status; HTTP itself has three digits.
  range: { min: 100, max: 599 },
  place: { app: /^(\w+)\s*=\s*(?:flask\.)?Flask\(/m },
  template(ctx) {
    let statement: string;
    if (!ctx.body) {
      const dict = pyHeaders(ctx);
      statement = `return "", ${ctx.statusExpr}${dict ? `, ${dict}` : ''}\n`;
    } else {
      const dict = pyHeaders(ctx, ctx.body.contentType === 'application/json' ? undefined : ctx.body.contentType);
      statement = `return jsonify(${pyDict(ctx)}), ${ctx.statusExpr}${dict ? `, ${dict}` : ''}\n`;
    }
    return {
      imports: [{ from: 'flask', name: 'Flask', withSetup: true }, ...(ctx.body ? [{ from: 'flask', name: 'jsonify' }] : [])],
      setup: 'app = Flask(__name__)\n',
      handler: `@app.route("/endpoint")\ndef my_endpoint():\n${indentLines(statement, '    ')}`,
      statement,
      names: [{ kind: 'id', text: 'my_endpoint' }, { kind: 'path', text: '/endpoint' }],
      app: 'app',
    };
  },
};

export const fastapi: Framework = {
  id: 'fastapi',
  label: 'FastAPI',
  language: 'python',
  constantTable: 'starlette-status',
  escape: jsonString,
  range: { min: 100, max: 599 },
  place: { app: /^(\w+)\s*=\s*(?:fastapi\.)?(?:FastAPI|APIRouter)\(/m },
  template(ctx) {
    const dict = pyHeaders(ctx);
    let statement: string;
    if (!ctx.body) {
      statement = `return Response(status_code=${ctx.statusExpr}${dict ? `, headers=${dict}` : ''})\n`;
    } else {
      const mediaType = `${ctx.body.contentType === 'application/json' ? '' : `\n    media_type=${ctx.str(ctx.body.contentType)},`}${dict ? `\n    headers=${dict},` : ''}`;
      statement = `return JSONResponse(
    content=${pyDict(ctx)},
    status_code=${ctx.statusExpr},${mediaType}
)
`;
    }
    return {
      imports: [
        { from: 'fastapi', name: 'FastAPI', withSetup: true },
        ...(ctx.constant ? [{ from: 'fastapi', name: 'status' }] : []),
        { from: 'fastapi.responses', name: ctx.body ? 'JSONResponse' : 'Response' },
      ],
      setup: 'app = FastAPI()\n',
      handler: `@app.get("/endpoint")\ndef my_endpoint():\n${indentLines(statement, '    ')}`,
      statement,
      names: [{ kind: 'id', text: 'my_endpoint' }, { kind: 'path', text: '/endpoint' }],
      app: 'app',
    };
  },
};
