import * as assert from 'node:assert/strict';
import { lookup } from '../../src/core/registry';
import { FRAMEWORKS, frameworkById, renderSnippet } from '../../src/core/snippets/index';
import { applyEdits, planInsert, type InsertPlan } from '../../src/core/snippets/insert';
import type { ResolvedCode } from '../../src/core/types';
import { INSERT_CODES, INSERT_FIXTURES, insertIntoFixture, readFixture } from '../frameworks/lib/insert-cases';

function found(code: string, protocol: 'http' | 'smtp' = 'http'): ResolvedCode {
  const res = lookup(protocol, code);
  assert.equal(res.kind, 'found');
  return (res as Extract<typeof res, { kind: 'found' }>).matches[0]!;
}

function parts(fw: string, code: string, style: 'simple' | 'problem' = 'simple') {
  const s = renderSnippet(found(code), frameworkById(fw)!, { style });
  assert.ok(s.ok);
  return s as Extract<typeof s, { ok: true }>;
}

/** Expands a snippet body with every placeholder at its default; the stops it had. */
function expand(body: string): { text: string; stops: number } {
  let stops = 0;
  const text = body.replace(/\$\{(\d+):((?:\\.|[^\\}])*)\}|\\([\\$}])/g, (_m, _n: string | undefined, def: string | undefined, esc: string | undefined) => {
    if (esc) return esc;
    stops++;
    return def!.replace(/\\(.)/g, '$1');
  });
  assert.doesNotMatch(text.replace(/\\./g, ''), /\$\{/);
  return { text, stops };
}

/** Inserts at the `|` of `file`; the new text and the plan. */
function insert(fw: string, code: string, file: string, style: 'simple' | 'problem' = 'simple'): { text: string; plan: Extract<InsertPlan, { ok: true }> } {
  const offset = file.indexOf('|');
  assert.ok(offset >= 0, 'the file marks the cursor with |');
  const text = file.slice(0, offset) + file.slice(offset + 1);
  const s = parts(fw, code, style);
  const plan = planInsert(text, offset, s.framework, s.parts);
  assert.ok(plan.ok, plan.ok ? '' : plan.message);
  const edited = applyEdits(text, plan.edits);
  assert.equal(expand(plan.snippet.text).text, plan.plain, 'the snippet body expands to the plain text');
  return { text: edited.slice(0, plan.snippet.offset) + plan.plain + edited.slice(plan.snippet.offset + plan.snippet.length), plan };
}

const count = (text: string, what: string | RegExp): number => (typeof what === 'string' ? text.split(what).length - 1 : [...text.matchAll(new RegExp(what.source, 'g'))].length);

const FLASK_APP = `from flask import Flask

app = Flask(__name__)


@app.route('/')
def index():
    return 'index'


@app.route('/users/<id>')
def user(id):
    if id == '0':
        |
    return {'id': id}
`;

describe('insert: the snippet adapts to where it goes', () => {
  it('Flask, inside a handler body: only the return statement, at the block\'s indentation, jsonify imported into the file\'s own line, single quotes kept', () => {
    const { text, plan } = insert('flask', '429', FLASK_APP);
    assert.equal(plan.form, 'statement');
    assert.match(text, /^from flask import Flask, jsonify\n/);
    assert.match(text, /\n {4}if id == '0':\n {8}return jsonify\(\{'error': 'too_many_requests', 'message': 'Too Many Requests'\}\), 429, \{'Retry-After': '60'\}\n {4}return \{'id': id\}\n/);
    assert.equal(count(text, 'Flask(__name__)'), 1);
    assert.equal(count(text, 'import'), 1);
  });

  it('Flask, at the top level of a file with two routes: one app, both routes kept, the new route after them, PEP 8 spacing', () => {
    const file = FLASK_APP.replace("    if id == '0':\n        |\n", '') + '\n|';
    const { text, plan } = insert('flask', '404', file);
    assert.equal(plan.form, 'handler');
    assert.equal(count(text, 'app = Flask('), 1);
    assert.equal(count(text, '@app.route('), 3);
    assert.match(text, /return \{'id': id\}\n\n\n@app\.route\('\/endpoint'\)\ndef my_endpoint\(\):\n {4}return jsonify\(\{'error': 'not_found', 'message': 'Not Found'\}\), 404\n$/);
    assert.equal(count(text, 'from flask import Flask, jsonify'), 1);
  });

  it('Flask, a second insertion: the route and the function get new names (no endpoint overwritten)', () => {
    const once = insert('flask', '404', 'from flask import Flask\n\napp = Flask(__name__)\n|').text;
    const twice = insert('flask', '404', `${once}\n|`).text;
    assert.match(twice, /def my_endpoint\(\)/);
    assert.match(twice, /@app\.route\("\/endpoint2"\)\ndef my_endpoint2\(\):/);
    assert.equal(count(twice, 'Flask(__name__)'), 1);
  });

  it('Flask, a file without an app: the setup comes with the handler, Flask imported', () => {
    const { text } = insert('flask', '201', 'import os\n\nBASE = os.getcwd()\n|');
    assert.match(text, /^import os\nfrom flask import Flask, jsonify\n/);
    assert.match(text, /BASE = os\.getcwd\(\)\n\n\napp = Flask\(__name__\)\n\n\n@app\.route\("\/endpoint"\)/);
  });

  it('Flask, an app named otherwise: the route is registered on it', () => {
    const { text } = insert('flask', '404', 'from flask import Flask\n\napplication = Flask(__name__)\n|');
    assert.match(text, /@application\.route\("\/endpoint"\)/);
    assert.equal(count(text, 'Flask(__name__)'), 1);
  });

  it('an empty file gets the whole program, exactly the snippet shown (Go with gofmt tabs)', () => {
    for (const fw of FRAMEWORKS) {
      for (const code of ['201', '204', '404', '429']) {
        const s = renderSnippet(found(code), fw);
        if (!s.ok) continue;
        const plan = planInsert('', 0, fw, s.parts);
        assert.ok(plan.ok);
        assert.equal(plan.form, 'program');
        const want = fw.id === 'go-net-http' ? s.code.replace(/^((?: {4})+)/gm, (m) => '\t'.repeat(m.length / 4)) : s.code;
        assert.equal(plan.plain, want, `${fw.id} ${code}`);
        assert.equal(expand(plan.snippet.text).text, want);
      }
    }
  });

  it('keeps the tab stops for the key and the message in every form', () => {
    for (const [fw, fixtures] of Object.entries(INSERT_FIXTURES)) {
      const s = parts(fw, '507');
      for (const f of fixtures) {
        const inserted = insertIntoFixture(readFixture(f.file), s.framework, s.parts);
        for (const [marker, at] of Object.entries(inserted.at)) {
          if ('skipped' in at) continue;
          const { text, stops } = expand(at.snippet);
          assert.equal(text, at.plain, `${fw} ${marker}`);
          assert.equal(stops, 2, `${fw} ${marker}: the key and the message are tab stops`);
        }
      }
    }
  });

  it('Go main.go: the statement in a body with tabs, encoding/json added to the import block in order, no second package', () => {
    const file = 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc hello(w http.ResponseWriter, r *http.Request) {\n\tif r.URL.Path == "/x" {\n\t\t|\n\t}\n\tfmt.Fprintln(w, "hello")\n}\n';
    const { text, plan } = insert('go-net-http', '429', file);
    assert.equal(plan.form, 'statement');
    assert.equal(count(text, 'package main'), 1);
    assert.match(text, /import \(\n\t"encoding\/json"\n\t"fmt"\n\t"net\/http"\n\)/);
    assert.match(text, /\tif r\.URL\.Path == "\/x" \{\n\t\tw\.Header\(\)\.Set\("Content-Type", "application\/json"\)\n\t\tw\.Header\(\)\.Set\("Retry-After", "60"\)\n\t\tw\.WriteHeader\(http\.StatusTooManyRequests\)\n\t\tjson\.NewEncoder\(w\)\.Encode\(map\[string\]string\{\n\t\t\t"error": {3}"too_many_requests",\n/);
    assert.doesNotMatch(text, /^ +/m);
  });

  it('Go, at the top level: the handler only; a single import line gets the missing one beside it; the name is kept unique', () => {
    const file = 'package api\n\nimport "net/http"\n\nfunc myHandler(w http.ResponseWriter, r *http.Request) {}\n\n|';
    const { text } = insert('go-net-http', '404', file);
    assert.equal(count(text, 'package '), 1);
    assert.match(text, /^package api\n\nimport "net\/http"\nimport "encoding\/json"\n/);
    assert.match(text, /\nfunc myHandler2\(w http\.ResponseWriter, r \*http\.Request\) \{\n\tw\.Header/);
  });

  it('Express, from a hover in a handler\'s if block: only res.status(...), no route inside the handler', () => {
    const file = "const express = require('express')\nconst router = express.Router()\n\nrouter.get('/users/:id', (req, res) => {\n  if (!req.params.id) {\n|    return\n  }\n  res.json({ id: req.params.id })\n})\n";
    const { text, plan } = insert('express', '404', file);
    assert.equal(plan.form, 'statement');
    // The file writes no semicolons: nor does the statement.
    assert.match(text, /\n {2}if \(!req\.params\.id\) \{\n {4}res\.status\(404\)\.json\(\{ error: 'not_found', message: 'Not Found' \}\)\n {4}return\n/);
    assert.equal(count(text, '.get('), 1);
  });

  it('Express, at the top level: a route on the file\'s router, after a blank line', () => {
    const file = "const express = require('express')\nconst router = express.Router()\n\nrouter.get('/a', (req, res) => res.send('a'))\n|\nmodule.exports = router\n";
    const { text } = insert('express', '201', file);
    assert.match(text, /res\.send\('a'\)\)\n\nrouter\.get\('\/endpoint', \(req, res\) => \{\n {2}res\.status\(201\)\.set\('Location', '\/endpoint\/1'\)\.json\(\{ status: 'created', message: 'Created' \}\)\n\}\)\n\nmodule\.exports/);
  });

  it('inside a call or literal that spans lines (a hover on its status), the statement goes above the whole statement', () => {
    const django = 'from django.http import JsonResponse\n\n\ndef view(request):\n    x = 1\n    return JsonResponse(\n        {"a": 1},\n|        status=404,\n    )\n';
    const { text } = insert('django', '429', django);
    assert.match(text, /\n {4}x = 1\n {4}return JsonResponse\(\n {8}\{"error": "too_many_requests"[^\n]*\n {8}status=429,\n {8}headers=\{"Retry-After": "60"\},\n {4}\)\n {4}return JsonResponse\(\n {8}\{"a": 1\},\n {8}status=404,\n/);
    const express = 'app.get("/a", (req, res) => {\n  res.status(404).json({\n|    error: "x",\n  });\n});\n';
    const js = insert('express', '404', express);
    assert.equal(js.plan.form, 'statement');
    assert.match(js.text, /=> \{\n {2}res\.status\(404\)\.json\(\{ error: "not_found", message: "Not Found" \}\);\n {2}res\.status\(404\)\.json\(\{\n {4}error: "x",/);
  });

  it('braces and keywords in strings and comments do not count', () => {
    const file = 'app.get("/x", (req, res) => {\n  res.send("}}} def class {");\n  // }\n});\n|';
    assert.equal(insert('express', '404', file).plan.form, 'handler');
    const py = 'X = """\ndef f():\n    """\n    |';
    assert.equal(insert('flask', '404', `from flask import Flask\napp = Flask(__name__)\n${py}`).plan.scope, 'top');
  });

  it('Django views.py: a view at the top level, JsonResponse merged into the django.http import', () => {
    const file = 'from django.http import HttpResponse\n\n\ndef index(request):\n    return HttpResponse("ok")\n|';
    const { text, plan } = insert('django', '404', file);
    assert.equal(plan.form, 'handler');
    assert.match(text, /^from django\.http import HttpResponse, JsonResponse\n/);
    assert.match(text, /return HttpResponse\("ok"\)\n\n\ndef my_view\(request\):\n {4}return JsonResponse\(\n {8}\{"error": "not_found", "message": "Not Found"\},\n {8}status=404,\n {4}\)\n$/);
  });

  it('FastAPI: no second FastAPI(); status merged into the fastapi import', () => {
    const file = 'from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/")\ndef root():\n    return {}\n|';
    const { text } = insert('fastapi', '404', file);
    assert.equal(count(text, 'FastAPI()'), 1);
    assert.match(text, /^from fastapi import FastAPI, status\nfrom fastapi\.responses import JSONResponse\n/);
    assert.match(text, /status_code=status\.HTTP_404_NOT_FOUND/);
  });

  const NEST = "import { Controller, Get, Param } from '@nestjs/common';\n\n@Controller('cats')\nexport class CatsController {\n  @Get(':id')\n  findOne(@Param('id') id: string) {\n    return { id };\n  }\n}\n";

  it('NestJS: in a method body an HttpException (imports merged), in the class a decorated method, at the top level the method goes into the controller', () => {
    const body = insert('nestjs', '404', NEST.replace('    return { id };', '    |return { id };'));
    assert.equal(body.plan.form, 'statement');
    assert.match(body.text, /^import \{ Controller, Get, Param, HttpException, HttpStatus \} from '@nestjs\/common';\n/);
    assert.match(body.text, /\n {4}throw new HttpException\(\{ error: 'not_found', message: 'Not Found' \}, HttpStatus\.NOT_FOUND\);\n {4}return \{ id \};/);
    const top = insert('nestjs', '204', `${NEST}\n|`);
    assert.equal(top.plan.form, 'member');
    assert.match(top.text, /\n {2}\}\n\n {2}@Get\('endpoint'\)\n {2}@HttpCode\(HttpStatus\.NO_CONTENT\)\n {2}myEndpoint\(\): void \{\}\n\}\n/);
    assert.equal(count(top.text, 'class '), 1);
    assert.match(top.text, /^import \{ Controller, Get, Param, HttpCode, HttpStatus \} from '@nestjs\/common';/);
  });

  it('NestJS: a status with header fields cannot be sent from inside a method, and says so', () => {
    const s = parts('nestjs', '429');
    const text = NEST;
    const plan = planInsert(text, text.indexOf('return { id }'), s.framework, s.parts);
    assert.equal(plan.ok, false);
    assert.match((plan as { message: string }).message, /decorators/);
  });

  it('Spring: the statement in a method; at the top level a member of the controller; imports not duplicated (explicit GetMapping satisfies the wildcard)', () => {
    const file = 'package demo;\n\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.GetMapping;\nimport org.springframework.web.bind.annotation.RestController;\n\n@RestController\npublic class UserController {\n\n    @GetMapping("/users")\n    public ResponseEntity<?> users() {\n        |\n    }\n}\n';
    const body = insert('spring-boot', '507', file);
    assert.equal(body.plan.form, 'statement');
    assert.match(body.text, /\n {8}return ResponseEntity\n {12}\.status\(HttpStatus\.INSUFFICIENT_STORAGE\)\n/);
    assert.equal(count(body.text, 'import org.springframework.http.ResponseEntity;'), 1);
    assert.equal(count(body.text, 'annotation.*'), 0);
    assert.match(body.text, /import org\.springframework\.http\.HttpStatus;\nimport java\.util\.Map;\n/);
    const top = insert('spring-boot', '201', `${file.replace('        |\n', '        return null;\n')}|`);
    assert.equal(top.plan.form, 'member');
    assert.equal(count(top.text, 'class '), 1);
    assert.match(top.text, /return null;\n {4}\}\n\n {4}@GetMapping\("\/endpoint"\)\n {4}public ResponseEntity<Map<String, Object>> myEndpoint\(\) \{\n/);
  });

  it('Spring: a file without a controller gets one, not public beside the file\'s public class', () => {
    const file = 'package demo;\n\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n\n@SpringBootApplication\npublic class DemoApplication {\n}\n|';
    const { text, plan } = insert('spring-boot', '404', file);
    assert.equal(plan.form, 'handler');
    assert.match(text, /\n\n@RestController\nclass MyController \{\n\n {4}@GetMapping\("\/endpoint"\)/);
    assert.match(text, /import org\.springframework\.boot\.autoconfigure\.SpringBootApplication;\nimport org\.springframework\.http\.HttpStatus;\n/);
    assert.equal(count(text, 'public class'), 1);
  });

  it('Rails: a statement in an action, a new action in the controller from the top level', () => {
    const file = "class UsersController < ApplicationController\n  def show\n    if params[:id].blank?\n      |\n    end\n    render json: { id: params[:id] }\n  end\nend\n";
    const body = insert('rails', '404', file);
    assert.equal(body.plan.form, 'statement');
    assert.match(body.text, /\n {6}render json: \{ error: "not_found", message: "Not Found" \},\n {13}status: :not_found\n {4}end\n/);
    const top = insert('rails', '204', `${file.replace('      |\n', '      head :ok\n')}|`);
    assert.equal(top.plan.form, 'member');
    assert.match(top.text, /\n {2}end\n\n {2}def my_action\n {4}head :no_content\n {2}end\nend\n/);
  });

  it('ASP.NET Program.cs with CRLF: a MapGet before app.Run, every line ending kept', () => {
    const file = 'var builder = WebApplication.CreateBuilder(args);\r\nvar app = builder.Build();\r\n\r\napp.MapGet("/", () => "Hello");\r\n|\r\napp.Run();\r\n';
    const { text, plan } = insert('aspnet-core', '404', file);
    assert.equal(plan.form, 'handler');
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/);
    assert.match(text, /"Hello"\);\r\n\r\napp\.MapGet\("\/endpoint", \(\) =>\r\n {4}Results\.Json\(\r\n/);
    assert.match(text, /\);\r\n\r\napp\.Run\(\);\r\n$/);
  });

  it('Python with CRLF and tabs: the file\'s line endings and indentation unit', () => {
    const file = 'from flask import Flask, jsonify\r\n\r\napp = Flask(__name__)\r\n\r\n\r\n@app.route("/a")\r\ndef a():\r\n\tif True:\r\n\t\t|\r\n\treturn "a"\r\n';
    const { text } = insert('flask', '404', file);
    assert.match(text, /\r\n\tif True:\r\n\t\treturn jsonify\(/);
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/);
    assert.equal(count(text, 'jsonify'), 2);
  });

  it('Koa, Fastify, Hono, Next.js: the statement in a handler, the route at the top level', () => {
    const koa = insert('koa', '404', "router.get('/a', (ctx) => {\n  |\n});\n");
    assert.match(koa.text, /\n {2}ctx\.status = 404;\n {2}ctx\.body = \{ error: 'not_found', message: 'Not Found' \};\n/);
    const fastify = insert('fastify', '204', 'const app = Fastify();\n\napp.get("/a", async (request, reply) => {\n  return "a";\n});\n|');
    assert.match(fastify.text, /\n\napp\.get\("\/endpoint", \(request, reply\) => \{\n {2}reply\.code\(204\)\.send\(\);\n\}\);\n$/);
    const hono = insert('hono', '520', 'import { Hono } from "hono";\n\nconst api = new Hono();\n|', 'simple');
    assert.match(hono.text, /^import \{ Hono \} from "hono";\nimport type \{ UnofficialStatusCode \} from "hono\/utils\/http-status";\n/);
    assert.match(hono.text, /\napi\.get\("\/endpoint", \(c\) => \{\n {2}return c\.json\(/);
    const next = insert('nextjs', '404', 'export async function GET() {\n  |\n}\n');
    assert.match(next.text, /^import \{ NextResponse \} from "next\/server";\n\nexport async function GET\(\) \{\n {2}return NextResponse\.json\(\n {4}\{ error: "not_found"/);
  });

  it('every framework\'s fixture app (test/frameworks/insert): both forms planned, the setup and the old routes once', () => {
    for (const [fw, fixtures] of Object.entries(INSERT_FIXTURES)) {
      for (const code of INSERT_CODES) {
        const s = parts(fw, code);
        for (const f of fixtures) {
          const original = readFixture(f.file);
          const { code: text, at } = insertIntoFixture(original, s.framework, s.parts);
          for (const check of f.checks) {
            const marker = check.form === 'statement' ? 'BODY' : check.form ? 'TOP' : undefined;
            if (!marker) continue;
            const done = at[marker];
            assert.ok(done, `${fw} ${code} ${marker}`);
            if ('skipped' in done) {
              assert.equal(fw, 'nestjs', `${fw} ${code}: ${done.skipped}`);
              continue;
            }
            assert.equal(done.form, check.form, `${fw} ${code} ${marker}`);
          }
          assert.doesNotMatch(text, /@@/);
          for (const line of ['app = Flask(__name__)', 'app = FastAPI()', 'package main', 'export class MyController', 'class MyController <', 'public class MyController', 'var app = builder.Build();']) {
            assert.ok(count(text, line) <= 1, `${fw} ${code}: ${line} twice`);
          }
          assert.equal(count(text, 'existing'), count(original, 'existing'), `${fw} ${code}: the old route is kept`);
        }
      }
    }
  });
});
