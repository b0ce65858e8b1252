// Python frameworks: Django, Flask, FastAPI.
import type { Framework } from '../framework';
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
    if (!ctx.body) {
      return `from django.http import HttpResponse


def my_view(request):
    return HttpResponse(status=${ctx.statusExpr}${dict ? `, headers=${dict}` : ''})
`;
    }
    const contentType = ctx.body.contentType === 'application/json' ? '' : `\n        content_type=${ctx.str(ctx.body.contentType)},`;
    return `from django.http import JsonResponse


def my_view(request):
    return JsonResponse(
        ${pyDict(ctx)},
        status=${ctx.statusExpr},${contentType}${dict ? `\n        headers=${dict},` : ''}
    )
`;
  },
};

export const flask: Framework = {
  id: 'flask',
  label: 'Flask',
  language: 'python',
  escape: jsonString,
  // Werkzeug accepts any integer status; HTTP itself has three digits.
  range: { min: 100, max: 599 },
  template(ctx) {
    if (!ctx.body) {
      const dict = pyHeaders(ctx);
      return `from flask import Flask

app = Flask(__name__)


@app.route("/endpoint")
def my_endpoint():
    return "", ${ctx.statusExpr}${dict ? `, ${dict}` : ''}
`;
    }
    const dict = pyHeaders(ctx, ctx.body.contentType === 'application/json' ? undefined : ctx.body.contentType);
    const headers = dict ? `, ${dict}` : '';
    return `from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/endpoint")
def my_endpoint():
    return jsonify(${pyDict(ctx)}), ${ctx.statusExpr}${headers}
`;
  },
};

export const fastapi: Framework = {
  id: 'fastapi',
  label: 'FastAPI',
  language: 'python',
  constantTable: 'starlette-status',
  escape: jsonString,
  range: { min: 100, max: 599 },
  template(ctx) {
    const imports = ctx.constant ? 'from fastapi import FastAPI, status' : 'from fastapi import FastAPI';
    const dict = pyHeaders(ctx);
    if (!ctx.body) {
      return `${imports}
from fastapi.responses import Response

app = FastAPI()


@app.get("/endpoint")
def my_endpoint():
    return Response(status_code=${ctx.statusExpr}${dict ? `, headers=${dict}` : ''})
`;
    }
    const mediaType = `${ctx.body.contentType === 'application/json' ? '' : `\n        media_type=${ctx.str(ctx.body.contentType)},`}${dict ? `\n        headers=${dict},` : ''}`;
    return `${imports}
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/endpoint")
def my_endpoint():
    return JSONResponse(
        content=${pyDict(ctx)},
        status_code=${ctx.statusExpr},${mediaType}
    )
`;
  },
};
