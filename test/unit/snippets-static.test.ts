// Static checks of the framework snippets: the proof for Spring Boot and ASP.NET Core, which cannot
// run on this machine kind (scripts/run-frameworks.mjs runs every other framework for real), and
// the constant check for every framework with a constant table.
import * as assert from 'node:assert/strict';
import { constantTable, resolveConstant } from '../../src/core/constants/index';
import { lookup } from '../../src/core/registry';
import { bodyObject, responseBody, type BodyStyle } from '../../src/core/render/body';
import { FRAMEWORKS, frameworkById, renderSnippet } from '../../src/core/snippets/index';
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

/** Every HTTP entry of the registry that a handler can send (200..599), plus SMTP 452. */
function allSendable(): ResolvedCode[] {
  const out: ResolvedCode[] = [];
  for (let n = 200; n <= 599; n++) {
    const res = lookup('http', String(n));
    if (res.kind === 'found') out.push(...res.matches);
  }
  out.push(resolved('smtp', '452')!);
  return out;
}

function expectedOf(r: ResolvedCode, style: BodyStyle): Expected {
  const body = responseBody(r, { style });
  return { status: Number(r.code), contentType: body?.contentType, body: body ? bodyObject(body) : undefined };
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
    const s499 = renderSnippet(resolved('http', '499', 'nginx')!, spring);
    assert.ok(s499.ok);
    assert.match(s499.code, /\.status\(499\)/);
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
