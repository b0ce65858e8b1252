// The framework status-constant tables (src/core/constants): their shape, the facts the
// snippet renderers and hover rely on. Nothing here reads an installed framework: the exact
// comparison with each framework's own source is the sources suite (test/sources/constants.test.ts).
import * as assert from 'node:assert/strict';
import {
  compareVersions,
  constantFor,
  constantTable,
  constantTables,
  constantsFor,
  deprecatedIn,
  existsIn,
  resolveConstant,
  type ConstantTable,
} from '../../src/core/constants/index';

const EXPECTED_TABLES = [
  'go-net-http',
  'spring-httpstatus',
  'nestjs-httpstatus',
  'python-httpstatus',
  'starlette-status',
  'drf-status',
  'aspnet-statuscodes',
  'dotnet-httpstatuscode',
  'rack-symbols',
  'symfony-response',
  'rust-http',
  'java-httpurlconnection',
  'jaxrs-status',
  'opensearch-reststatus',
];

function table(id: string): ConstantTable {
  const t = constantTable(id);
  assert.ok(t, `table ${id} is registered`);
  return t;
}

function code(id: string, name: string): number | undefined {
  return resolveConstant(id, name)?.code;
}

describe('constants: table shape', () => {
  it('registers every expected table once, under its own id', () => {
    const ids = constantTables().map((t) => t.id);
    assert.deepEqual([...ids].sort(), [...EXPECTED_TABLES].sort());
    for (const id of EXPECTED_TABLES) assert.equal(table(id).id, id);
  });

  for (const id of EXPECTED_TABLES) {
    describe(id, () => {
      it('has title, usage with {name}, an https source, versions and oldest', () => {
        const t = table(id);
        assert.ok(t.title.length > 0);
        assert.equal(t.usage.split('{name}').length, 2, `usage ${t.usage} has one {name}`);
        assert.match(t.source, /^https:\/\//);
        assert.ok(t.versions.length > 0);
        assert.match(t.oldest, /^\d+(\.\d+)*$/);
        assert.ok(t.constants.length > 0);
      });

      it('has unique names, codes 100..599 and identifier-shaped names', () => {
        const t = table(id);
        const names = t.constants.map((c) => c.name);
        assert.equal(new Set(names).size, names.length, `duplicate names: ${names.filter((n, i) => names.indexOf(n) !== i)}`);
        const shape = id === 'rack-symbols' ? /^[a-z_][a-z0-9_]*$/ : /^[A-Za-z_][A-Za-z0-9_]*$/;
        for (const c of t.constants) {
          assert.ok(Number.isInteger(c.code) && c.code >= 100 && c.code <= 599, `${c.name} = ${c.code}`);
          assert.match(c.name, shape);
        }
      });

      it('points every deprecated, aliasOf and renamed at an existing constant with the same code', () => {
        const t = table(id);
        for (const c of t.constants) {
          for (const target of [c.deprecated, c.aliasOf, c.renamed]) {
            if (target === undefined) continue;
            const r = resolveConstant(id, target);
            assert.ok(r, `${c.name} -> ${target} exists`);
            assert.equal(r.code, c.code, `${c.name} -> ${target} has the same code`);
            assert.notEqual(r.name, c.name);
          }
          if (c.aliasOf) assert.equal(resolveConstant(id, c.aliasOf)?.aliasOf, undefined, `${c.aliasOf} is no alias itself`);
          if (c.deprecatedSince) assert.ok(c.deprecated || c.obsolete, `${c.name} has deprecatedSince but is not deprecated`);
        }
      });

      it('gives since and deprecatedSince as versions newer than oldest', () => {
        const t = table(id);
        for (const c of t.constants) {
          for (const v of [c.since, c.deprecatedSince]) {
            if (v === undefined) continue;
            assert.match(v, /^\d+(\.\d+)*$/);
            assert.ok(compareVersions(v, t.oldest) > 0, `${c.name}: ${v} is newer than ${t.oldest}`);
          }
        }
      });

      it('constantFor returns, for every code, a constant of the oldest version that no covered version deprecates', () => {
        const t = table(id);
        for (const codeValue of new Set(t.constants.map((c) => c.code))) {
          const c = constantFor(id, codeValue);
          if (!c) continue;
          assert.equal(c.code, codeValue);
          assert.equal(c.since, undefined, `${c.name} exists in ${t.oldest}`);
          assert.equal(c.deprecated, undefined, `${c.name} is not deprecated`);
          assert.notEqual(c.obsolete, true, `${c.name} is not obsolete`);
          if (c.aliasOf) {
            const preferred = resolveConstant(id, c.aliasOf)!;
            assert.ok(!existsIn(preferred, t) || deprecatedIn(preferred), `${c.name}: its preferred name ${c.aliasOf} is usable and should win`);
          }
        }
      });
    });
  }
});

describe('constants: facts', () => {
  it('Go: StatusInsufficientStorage is 507, StatusNotFound 404, and nothing is 452 or 306', () => {
    assert.equal(code('go-net-http', 'StatusInsufficientStorage'), 507);
    assert.equal(constantFor('go-net-http', 507)?.name, 'StatusInsufficientStorage');
    assert.equal(code('go-net-http', 'StatusNotFound'), 404);
    assert.deepEqual(constantsFor('go-net-http', 452), []);
    assert.equal(constantFor('go-net-http', 452), undefined);
    assert.deepEqual(constantsFor('go-net-http', 306), []);
  });

  it('Spring: INSUFFICIENT_STORAGE is 507; deprecations carry their replacement', () => {
    assert.equal(code('spring-httpstatus', 'INSUFFICIENT_STORAGE'), 507);
    assert.equal(constantFor('spring-httpstatus', 507)?.name, 'INSUFFICIENT_STORAGE');
    assert.equal(resolveConstant('spring-httpstatus', 'MOVED_TEMPORARILY')?.deprecated, 'FOUND');
    assert.equal(constantFor('spring-httpstatus', 302)?.name, 'FOUND');
    assert.equal(resolveConstant('spring-httpstatus', 'METHOD_FAILURE')?.code, 420);
    assert.equal(resolveConstant('spring-httpstatus', 'METHOD_FAILURE')?.obsolete, true);
    assert.equal(resolveConstant('spring-httpstatus', 'INSUFFICIENT_SPACE_ON_RESOURCE')?.code, 419);
    assert.equal(resolveConstant('spring-httpstatus', 'DESTINATION_LOCKED')?.code, 421);
    assert.equal(resolveConstant('spring-httpstatus', 'REQUEST_ENTITY_TOO_LARGE')?.deprecated, 'PAYLOAD_TOO_LARGE');
    assert.equal(resolveConstant('spring-httpstatus', 'PAYLOAD_TOO_LARGE')?.deprecated, 'CONTENT_TOO_LARGE');
    assert.equal(resolveConstant('spring-httpstatus', 'CONTENT_TOO_LARGE')?.since, '7.0');
    // No 413 or 422 name is both in 5.3 and undeprecated in 7.0: the number is written.
    assert.equal(constantFor('spring-httpstatus', 413), undefined);
    assert.equal(constantFor('spring-httpstatus', 422), undefined);
    // A renderer targeting one version gets that version's current name.
    assert.equal(constantFor('spring-httpstatus', 413, '6.2')?.name, 'PAYLOAD_TOO_LARGE');
    assert.equal(constantFor('spring-httpstatus', 413, '7.0')?.name, 'CONTENT_TOO_LARGE');
    assert.equal(constantFor('spring-httpstatus', 422, '5.3')?.name, 'UNPROCESSABLE_ENTITY');
    assert.equal(constantFor('spring-httpstatus', 103, '6.0')?.name, 'CHECKPOINT');
    assert.equal(constantFor('spring-httpstatus', 103, '6.1')?.name, 'EARLY_HINTS');
    assert.equal(constantFor('spring-httpstatus', 305), undefined, 'USE_PROXY is deprecated without replacement');
  });

  it('NestJS: I_AM_A_TEAPOT 418, MISDIRECTED 421, UNPROCESSABLE_ENTITY 422; 507 only since 11', () => {
    assert.equal(code('nestjs-httpstatus', 'I_AM_A_TEAPOT'), 418);
    assert.equal(code('nestjs-httpstatus', 'MISDIRECTED'), 421);
    assert.equal(code('nestjs-httpstatus', 'UNPROCESSABLE_ENTITY'), 422);
    assert.equal(constantFor('nestjs-httpstatus', 404)?.name, 'NOT_FOUND');
    assert.equal(resolveConstant('nestjs-httpstatus', 'INSUFFICIENT_STORAGE')?.since, '11.0.0');
    assert.equal(constantFor('nestjs-httpstatus', 507), undefined);
    assert.equal(constantFor('nestjs-httpstatus', 507, '12.5.1')?.name, 'INSUFFICIENT_STORAGE');
    assert.deepEqual(constantsFor('nestjs-httpstatus', 511), [], 'the published enum has no 511');
  });

  it('Python: old names kept, RFC 9110 names since 3.13', () => {
    assert.equal(constantFor('python-httpstatus', 404)?.name, 'NOT_FOUND');
    assert.equal(resolveConstant('python-httpstatus', 'CONTENT_TOO_LARGE')?.since, '3.13');
    assert.equal(resolveConstant('python-httpstatus', 'UNPROCESSABLE_CONTENT')?.since, '3.13');
    assert.equal(constantFor('python-httpstatus', 413)?.name, 'REQUEST_ENTITY_TOO_LARGE');
    assert.equal(constantFor('python-httpstatus', 422)?.name, 'UNPROCESSABLE_ENTITY');
    assert.equal(constantFor('python-httpstatus', 422, '3.13')?.name, 'UNPROCESSABLE_CONTENT');
    assert.equal(constantFor('python-httpstatus', 422, '3.12')?.name, 'UNPROCESSABLE_ENTITY');
  });

  it('Starlette: HTTP_507_INSUFFICIENT_STORAGE is 507; the 0.48 renames', () => {
    assert.equal(code('starlette-status', 'HTTP_507_INSUFFICIENT_STORAGE'), 507);
    assert.equal(constantFor('starlette-status', 507)?.name, 'HTTP_507_INSUFFICIENT_STORAGE');
    const renames: Array<[string, string]> = [
      ['HTTP_413_REQUEST_ENTITY_TOO_LARGE', 'HTTP_413_CONTENT_TOO_LARGE'],
      ['HTTP_414_REQUEST_URI_TOO_LONG', 'HTTP_414_URI_TOO_LONG'],
      ['HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE', 'HTTP_416_RANGE_NOT_SATISFIABLE'],
      ['HTTP_422_UNPROCESSABLE_ENTITY', 'HTTP_422_UNPROCESSABLE_CONTENT'],
    ];
    for (const [old, now] of renames) {
      assert.equal(resolveConstant('starlette-status', old)?.deprecated, now);
      assert.equal(resolveConstant('starlette-status', now)?.since, '0.48.0');
    }
    assert.equal(constantFor('starlette-status', 422), undefined);
    assert.equal(constantFor('starlette-status', 422, '0.26.1')?.name, 'HTTP_422_UNPROCESSABLE_ENTITY');
    assert.equal(constantFor('starlette-status', 422, '0.48.0')?.name, 'HTTP_422_UNPROCESSABLE_CONTENT');
    assert.deepEqual(constantsFor('starlette-status', 1000), [], 'WebSocket close codes are not HTTP statuses');
  });

  it('DRF: HTTP_404_NOT_FOUND and HTTP_507_INSUFFICIENT_STORAGE', () => {
    assert.equal(constantFor('drf-status', 404)?.name, 'HTTP_404_NOT_FOUND');
    assert.equal(code('drf-status', 'HTTP_507_INSUFFICIENT_STORAGE'), 507);
  });

  it('ASP.NET Core: Status507InsufficientStorage is 507; the RFC 7231 name wins over the renamed one', () => {
    assert.equal(code('aspnet-statuscodes', 'Status507InsufficientStorage'), 507);
    assert.equal(constantFor('aspnet-statuscodes', 507)?.name, 'Status507InsufficientStorage');
    assert.equal(constantFor('aspnet-statuscodes', 404)?.name, 'Status404NotFound');
    assert.equal(constantFor('aspnet-statuscodes', 413)?.name, 'Status413PayloadTooLarge');
    assert.equal(constantFor('aspnet-statuscodes', 416)?.name, 'Status416RangeNotSatisfiable');
  });

  it('.NET HttpStatusCode: aliases resolve but the primary name is chosen; no 418', () => {
    assert.equal(code('dotnet-httpstatuscode', 'NotFound'), 404);
    for (const [alias, value, primary] of [
      ['Ambiguous', 300, 'MultipleChoices'],
      ['Moved', 301, 'MovedPermanently'],
      ['Redirect', 302, 'Found'],
      ['RedirectMethod', 303, 'SeeOther'],
      ['RedirectKeepVerb', 307, 'TemporaryRedirect'],
    ] as const) {
      assert.equal(code('dotnet-httpstatuscode', alias), value);
      assert.equal(constantFor('dotnet-httpstatuscode', value)?.name, primary);
    }
    assert.equal(code('dotnet-httpstatuscode', 'UnprocessableEntity'), 422);
    assert.equal(constantFor('dotnet-httpstatuscode', 418), undefined);
  });

  it('Rack: :insufficient_storage is 507; Rack 3.1 renames', () => {
    assert.equal(code('rack-symbols', 'insufficient_storage'), 507);
    assert.equal(constantFor('rack-symbols', 507)?.name, 'insufficient_storage');
    assert.equal(constantFor('rack-symbols', 404)?.name, 'not_found');
    assert.equal(resolveConstant('rack-symbols', 'unprocessable_entity')?.deprecated, 'unprocessable_content');
    assert.equal(resolveConstant('rack-symbols', 'unprocessable_content')?.since, '3.1.0');
    assert.equal(resolveConstant('rack-symbols', 'payload_too_large')?.deprecated, 'content_too_large');
    assert.equal(constantFor('rack-symbols', 422), undefined);
    assert.equal(constantFor('rack-symbols', 422, '2.2.22')?.name, 'unprocessable_entity');
    assert.equal(constantFor('rack-symbols', 422, '3.1')?.name, 'unprocessable_content');
    assert.equal(constantFor('rack-symbols', 509), undefined, ':bandwidth_limit_exceeded is obsolete in 3.1');
  });

  it('Symfony, Rust http, Java, JAX-RS: 404 and their particular spellings', () => {
    assert.equal(constantFor('symfony-response', 404)?.name, 'HTTP_NOT_FOUND');
    assert.equal(code('symfony-response', 'HTTP_I_AM_A_TEAPOT'), 418);
    assert.equal(constantFor('rust-http', 404)?.name, 'NOT_FOUND');
    assert.equal(code('rust-http', 'IM_A_TEAPOT'), 418);
    assert.equal(constantFor('java-httpurlconnection', 404)?.name, 'HTTP_NOT_FOUND');
    assert.equal(constantFor('java-httpurlconnection', 500)?.name, 'HTTP_INTERNAL_ERROR');
    assert.equal(constantFor('jaxrs-status', 404)?.name, 'NOT_FOUND');
    assert.equal(constantFor('jaxrs-status', 422), undefined);
  });
});

describe('constants: lookups and bad input', () => {
  it('constantFor answers undefined for an unknown table, a code without constant, or no integer', () => {
    assert.equal(constantFor('no-such-table', 404), undefined);
    assert.equal(constantFor('__proto__', 404), undefined);
    assert.equal(constantFor('go-net-http', 599), undefined);
    assert.equal(constantFor('go-net-http', 404.5), undefined);
    assert.equal(constantFor('go-net-http', Number.NaN), undefined);
    assert.equal(constantTable('constructor'), undefined);
    assert.equal(resolveConstant('no-such-table', 'StatusNotFound'), undefined);
    assert.equal(resolveConstant('go-net-http', 'StatusNope'), undefined);
    assert.deepEqual(constantsFor('no-such-table', 404), []);
  });

  it('compareVersions orders dotted versions numerically', () => {
    assert.ok(compareVersions('3.13', '3.9') > 0);
    assert.ok(compareVersions('0.48.0', '0.48') === 0);
    assert.ok(compareVersions('6.0.5', '6.0.10') < 0);
    assert.ok(compareVersions('11.0.0', '10.4.22') > 0);
  });
});
