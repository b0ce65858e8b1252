// Static checks of the framework snippets: the proof for ASP.NET Core, which cannot run on this
// machine kind, and for what only Spring Boot 3 / Spring 6 has (scripts/run-frameworks.mjs runs the
// Spring snippets on Debian's Spring Framework 4.3 and every other framework for real), and the
// constant check for every framework with a constant table.
import * as assert from 'node:assert/strict';
import { constantTable, resolveConstant } from '../../src/core/constants/index';
import { lookup } from '../../src/core/registry';
import { bodyObject, responseBody, type BodyStyle } from '../../src/core/render/body';
import { statusHeaders } from '../../src/core/render/headers';
import { FRAMEWORKS, frameworkById, renderSnippet } from '../../src/core/snippets/index';
import { frameworkFromManifest } from '../../src/core/snippets/projectFramework';
import type { Protocol, ResolvedCode } from '../../src/core/types';
import codesFile from '../frameworks/codes.json';
import { constantCheck, staticCheck, type Expected } from '../frameworks/lib/static-checks';

/** The codes of issue 5 (shared with scripts/run-frameworks.mjs); below, also every HTTP code 200..599 the registry has. */
const CODES = codesFile.codes as Array<{ protocol: Protocol; code: string; vendor?: string }>;
const STYLES = codesFile.styles as BodyStyle[];

function resolved(protocol: Protocol, code: string, vendor?: string): ResolvedCode | undefined {
  const res = lookup(protocol, code);
  if (res.kind !== 'found') return undefined;
  return vendor ? res.matches.find((m) => m.entry.vendor?.toLowerCase() === vendor.toLowerCase()) : res.matches.find((m) => m.entry.status !== 'vendor');
}

/** Every HTTP entry of the registry that a handler can send (200..599; not 444 or 499 of nginx, which no client receives), plus SMTP 452. */
function allSendable(): ResolvedCode[] {
  const out: ResolvedCode[] = [];
  for (let n = 200; n <= 599; n++) {
    const res = lookup('http', String(n));
    if (res.kind === 'found') out.push(...res.matches.filter((m) => !m.entry.wire));
  }
  out.push(resolved('smtp', '452')!);
  return out;
}

function expectedOf(r: ResolvedCode, style: BodyStyle): Expected {
  const body = responseBody(r, { style });
  return { status: Number(r.code), contentType: body?.contentType, headers: statusHeaders(Number(r.code)), body: body ? bodyObject(body) : undefined };
}

const spring = frameworkById('spring-boot')!;
const aspnet = frameworkById('aspnet-core')!;

describe('snippets checked statically (Spring Boot, ASP.NET Core)', () => {
  it('the codes of issue 5 are in the registry', () => {
    for (const c of CODES) assert.ok(resolved(c.protocol, c.code, c.vendor), `${c.protocol} ${c.code} ${c.vendor ?? ''} is missing`);
  });

  for (const fw of [spring, aspnet]) {
    it(`${fw.label}: every sendable code in both body styles sends the status, content type and body shown`, () => {
      const failures: string[] = [];
      for (const r of allSendable()) {
        for (const style of STYLES) {
          const s = renderSnippet(r, fw, { style });
          if (!s.ok) {
            failures.push(`${r.entry.id} ${style}: ${s.message}`);
            continue;
          }
          for (const e of staticCheck(fw.id, s, expectedOf(r, style))) failures.push(`${r.entry.id} ${style}: ${e}`);
        }
      }
      assert.deepEqual(failures, []);
    });
  }

  it('Spring never uses HttpStatus.valueOf, and writes numbers for codes HttpStatus does not name', () => {
    const s452 = renderSnippet(resolved('smtp', '452')!, spring);
    assert.ok(s452.ok);
    assert.doesNotMatch(s452.code, /HttpStatus/);
    assert.match(s452.code, /\.status\(452\)/);
    const s520 = renderSnippet(resolved('http', '520', 'Cloudflare')!, spring);
    assert.ok(s520.ok);
    assert.match(s520.code, /\.status\(520\)/);
    for (const r of allSendable()) assert.doesNotMatch((renderSnippet(r, spring) as { code: string }).code, /valueOf/);
  });

  it('Spring and ASP.NET use their own constants where they name the code', () => {
    const s404 = renderSnippet(resolved('http', '404')!, spring);
    assert.ok(s404.ok);
    assert.equal(s404.constant, 'HttpStatus.NOT_FOUND');
    assert.equal(resolveConstant('spring-httpstatus', 'NOT_FOUND')?.code, 404);
    const a507 = renderSnippet(resolved('http', '507')!, aspnet);
    assert.ok(a507.ok);
    assert.equal(a507.constant, 'StatusCodes.Status507InsufficientStorage');
    assert.match(a507.code, /statusCode: StatusCodes\.Status507InsufficientStorage/);
  });

  it('the static checks catch a wrong snippet', () => {
    const r = resolved('smtp', '452')!;
    const expected = expectedOf(r, 'simple');
    const s = renderSnippet(r, spring);
    assert.ok(s.ok);
    // The reference page's mistake, in Spring's terms: a constant that sends 507 for 452.
    const wrong = { code: s.code.replace('.status(452)', '.status(HttpStatus.INSUFFICIENT_STORAGE)'), constant: 'HttpStatus.INSUFFICIENT_STORAGE' };
    assert.ok(staticCheck('spring-boot', wrong, expected).some((e) => /is 507, not 452/.test(e)));
    assert.ok(staticCheck('spring-boot', { code: s.code.replace('.status(452)', '.status(HttpStatus.valueOf(452))') }, expected).some((e) => /valueOf/.test(e)));
    assert.ok(staticCheck('spring-boot', { code: s.code.replace('"insufficient_storage"', '"full"') }, expected).some((e) => /body/.test(e)));
    const a = renderSnippet(r, aspnet, { style: 'problem' });
    assert.ok(a.ok);
    const problem = expectedOf(r, 'problem');
    assert.deepEqual(staticCheck('aspnet-core', a, problem), []);
    assert.ok(staticCheck('aspnet-core', { code: a.code.replace(/,\s*contentType: "application\/problem\+json"/, '') }, problem).some((e) => /contentType/.test(e)));
    assert.ok(staticCheck('aspnet-core', { code: a.code.replace('statusCode: 452', 'statusCode: 507') }, problem).some((e) => /sends 507/.test(e)));
    // A required header missing or wrong (401's WWW-Authenticate, RFC 9110 15.5.2: MUST).
    const r401 = resolved('http', '401')!;
    const e401 = expectedOf(r401, 'problem');
    const sp = renderSnippet(r401, spring, { style: 'problem' });
    const as = renderSnippet(r401, aspnet, { style: 'problem' });
    assert.ok(sp.ok && as.ok);
    assert.deepEqual(staticCheck('spring-boot', sp, e401), []);
    assert.deepEqual(staticCheck('aspnet-core', as, e401), []);
    assert.ok(staticCheck('spring-boot', { ...sp, code: sp.code.replace(/\n\s*\.header\([^\n]*\)/, '') }, e401).some((e) => /header fields \[\], expected \[WWW-Authenticate/.test(e)));
    assert.ok(staticCheck('aspnet-core', { ...as, code: as.code.replace('Bearer realm', 'Basic realm') }, e401).some((e) => /header fields/.test(e)));
    assert.ok(staticCheck('aspnet-core', { ...as, code: as.code.replace('(HttpResponse response)', '()') }, e401).some((e) => /HttpResponse/.test(e)));
  });
});

describe('named constants in snippets (every framework with a constant table)', () => {
  it('every framework that names a constant table has that table', () => {
    for (const fw of FRAMEWORKS) if (fw.constantTable) assert.ok(constantTable(fw.constantTable), `${fw.id}: table ${fw.constantTable} is missing`);
  });

  it('a constant used exists in the table, maps to that very code, is current, and only IANA codes use one', () => {
    const failures: string[] = [];
    for (const fw of FRAMEWORKS) {
      for (const r of allSendable()) {
        for (const style of STYLES) {
          const s = renderSnippet(r, fw, { style });
          if (!s.ok && s.reason === 'header' && fw.refusesHeaders) continue; // Django's WSGI refusals, tested in render.test.ts
          if (!s.ok) {
            failures.push(`${fw.id} ${r.entry.id}: ${s.message}`);
            continue;
          }
          for (const e of constantCheck(fw.constantTable, s, s.status)) failures.push(`${fw.id} ${r.entry.id} ${style}: ${e}`);
          const iana = r.protocol === 'http' && r.entry.status !== 'vendor';
          if (s.constant && !iana) failures.push(`${fw.id} ${r.entry.id}: uses ${s.constant} for a code outside the IANA registry`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  it('the constant check rejects a constant of another code and a missing number', () => {
    assert.ok(constantCheck('rack-symbols', { code: 'head :insufficient_storage', constant: ':insufficient_storage' }, 452).some((e) => /is 507, not 452/.test(e)));
    assert.ok(constantCheck('go-net-http', { code: 'w.WriteHeader(452)' }, 404).some((e) => /number 404/.test(e)));
    assert.deepEqual(constantCheck('go-net-http', { code: 'w.WriteHeader(http.StatusNotFound)', constant: 'http.StatusNotFound' }, 404), []);
  });
});

describe('JavaScript framework snippets (NestJS, Fastify, Koa, Hono, Next.js)', () => {
  const r452 = resolved('smtp', '452')!;
  const r404 = resolved('http', '404')!;
  const r204 = resolved('http', '204')!;
  const r103 = resolved('http', '103');
  const code = (r: ResolvedCode, id: string, style: BodyStyle = 'simple'): string => {
    const s = renderSnippet(r, frameworkById(id)!, { style });
    assert.ok(s.ok, `${id} ${r.entry.id}: ${s.ok ? '' : s.message}`);
    return s.code;
  };

  it('are in the framework list (CLI, webview, insert command) and found from a package.json', () => {
    for (const id of ['nestjs', 'fastify', 'koa', 'hono', 'nextjs']) assert.ok(frameworkById(id), id);
    const deps = (name: string): string => JSON.stringify({ dependencies: { [name]: '^1.0.0' } });
    assert.equal(frameworkFromManifest('package.json', deps('@nestjs/core')), 'nestjs');
    assert.equal(frameworkFromManifest('package.json', deps('fastify')), 'fastify');
    assert.equal(frameworkFromManifest('package.json', deps('koa')), 'koa');
    assert.equal(frameworkFromManifest('package.json', deps('hono')), 'hono');
    assert.equal(frameworkFromManifest('package.json', deps('next')), 'nextjs');
  });

  it('Hono casts codes its StatusCode type does not name, and only those', () => {
    assert.match(code(r452, 'hono'), /452 as UnofficialStatusCode/);
    assert.match(code(r452, 'hono'), /^import type \{ UnofficialStatusCode \} from "hono\/utils\/http-status";/);
    assert.doesNotMatch(code(r404, 'hono'), /UnofficialStatusCode/);
    assert.match(code(r204, 'hono'), /c\.body\(null, 204\)/);
    assert.match(code(r452, 'hono', 'problem'), /\{ "Content-Type": "application\/problem\+json" \}/);
  });

  it('Next.js route handlers use NextResponse.json, and a bodiless Response for 204', () => {
    assert.match(code(r452, 'nextjs'), /^\/\/ app\/endpoint\/route\.ts\n/);
    assert.match(code(r452, 'nextjs'), /NextResponse\.json\(\n\s+\{ error: "insufficient_storage", message: "Insufficient Storage" \},\n\s+\{ status: 452 \},/);
    assert.match(code(r204, 'nextjs'), /new Response\(null, \{ status: 204 \}\)/);
    assert.doesNotMatch(code(r204, 'nextjs'), /NextResponse/);
  });

  it('NestJS uses its HttpStatus enum only where it names the code', () => {
    assert.match(code(r404, 'nestjs'), /@HttpCode\(HttpStatus\.NOT_FOUND\)/);
    assert.match(code(r404, 'nestjs'), /import \{ Controller, Get, HttpCode, HttpStatus \} from "@nestjs\/common";/);
    assert.match(code(r452, 'nestjs'), /@HttpCode\(452\)/);
    assert.doesNotMatch(code(r452, 'nestjs'), /HttpStatus/);
    assert.match(code(r452, 'nestjs', 'problem'), /@Header\("Content-Type", "application\/problem\+json"\)/);
  });

  it('Koa sets a problem+json type after the body, Fastify with reply.type', () => {
    const koa = code(r452, 'koa', 'problem');
    assert.ok(koa.indexOf('ctx.body =') < koa.indexOf('ctx.type ='));
    assert.match(code(r452, 'fastify', 'problem'), /reply\.code\(452\)\.type\("application\/problem\+json"\)\.send\(/);
    assert.match(code(r204, 'fastify'), /reply\.code\(204\)\.send\(\);/);
  });

  it('the Fetch-based frameworks say a 1xx code cannot be sent instead of offering a snippet', () => {
    if (!r103) return assert.fail('HTTP 103 is not in the registry');
    for (const id of ['hono', 'nextjs', 'fastify', 'koa', 'nestjs']) {
      const s = renderSnippet(r103, frameworkById(id)!);
      assert.equal(s.ok, false, id);
    }
  });

  it('tab stops: the key and the message are placeholders in the snippet body', () => {
    for (const id of ['nestjs', 'fastify', 'koa', 'hono', 'nextjs']) {
      const s = renderSnippet(r452, frameworkById(id)!);
      assert.ok(s.ok);
      assert.match(s.snippet, /"\$\{1:insufficient_storage\}"/, id);
      assert.match(s.snippet, /"\$\{2:Insufficient Storage\}"/, id);
    }
  });
});
