// The gRPC and WebSocket snippets' spellings of codes (src/core/snippets/protocols) compared with
// the libraries' own sources, read from Debian 12's packages (scripts/run-sources.mjs installs
// them first): grpc-go's codes/codes.go, Python grpcio's grpc.StatusCode, grpc-java's
// io.grpc.Status (javap), gorilla/websocket's conn.go and Starlette's status.py. grpc-js is read
// from the framework harness (test/frameworks/.work) and is skipped until that suite has run once.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { closeCodeProblem, GRPC_CODE_NAMES, grpcGo, grpcJava, grpcJs, grpcPython } from '../../src/core/snippets/protocols/index';
import { gorilla, starlette } from '../../src/core/snippets/protocols/websocket';

const GOCODE = '/usr/share/gocode/src';
const PY = '/usr/bin/python3';

/** The codes a close frame can carry, 1000-4999 without the refused ones. */
const SENDABLE = Array.from({ length: 4000 }, (_, i) => 1000 + i).filter((c) => !closeCodeProblem(c));

describe('protocol snippet constants match the libraries', () => {
  it('grpc-go: codes.X for every code, as codes/codes.go declares it', () => {
    const src = fs.readFileSync(path.join(GOCODE, 'google.golang.org/grpc/codes/codes.go'), 'utf8');
    const declared = new Map([...src.matchAll(/^\t(\w+) Code = (\d+)$/gm)].map((m) => [Number(m[2]), m[1]!]));
    assert.equal(declared.size, 17);
    GRPC_CODE_NAMES.forEach((name, code) => assert.equal(grpcGo.constant(name), `codes.${declared.get(code)}`, name));
  });

  it('Python grpcio: grpc.StatusCode.X, whose value is (code, ...)', () => {
    const out = execFileSync(PY, ['-c', 'import grpc, json; print(json.dumps({s.name: s.value[0] for s in grpc.StatusCode}))'], { encoding: 'utf8' });
    const values = JSON.parse(out) as Record<string, number>;
    assert.equal(Object.keys(values).length, 17);
    GRPC_CODE_NAMES.forEach((name, code) => {
      assert.equal(grpcPython.constant(name), `grpc.StatusCode.${name}`);
      assert.equal(values[name], code, name);
    });
  });

  it('grpc-java: Status.X for every code, and Status.Code declares them in code order', () => {
    const jar = '/usr/share/java/grpc-api.jar';
    const fields = (cls: string) => [...execFileSync('javap', ['-cp', jar, cls], { encoding: 'utf8' }).matchAll(new RegExp(`public static final ${cls.replace(/\$/g, '\\$')} (\\w+);`, 'g'))].map((m) => m[1]!);
    assert.deepEqual(fields('io.grpc.Status$Code'), [...GRPC_CODE_NAMES]);
    const statuses = new Set(fields('io.grpc.Status'));
    for (const name of GRPC_CODE_NAMES) {
      assert.equal(grpcJava.constant(name), `Status.${name}`);
      assert.ok(statuses.has(name), `io.grpc.Status.${name}`);
    }
  });

  it('grpc-js: status.X, the Status enum of the pinned @grpc/grpc-js', function () {
    const file = path.join(__dirname, '../../../test/frameworks/.work/node_modules/@grpc/grpc-js/build/src/constants.js');
    if (!fs.existsSync(file)) this.skip();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Status } = require(file) as { Status: Record<string, number> };
    GRPC_CODE_NAMES.forEach((name, code) => {
      assert.equal(grpcJs.constant(name), `status.${name}`);
      assert.equal(Status[name], code, name);
    });
  });

  it("gorilla/websocket: every Close constant of a sendable code is the snippet's, and none other", () => {
    const src = fs.readFileSync(path.join(GOCODE, 'github.com/gorilla/websocket/conn.go'), 'utf8');
    const declared = new Map([...src.matchAll(/^\t(Close\w+)\s+= (\d+)$/gm)].map((m) => [Number(m[2]), m[1]!]));
    assert.ok(declared.size >= 14, 'conn.go declares the close codes');
    for (const code of SENDABLE) {
      const theirs = declared.get(code);
      assert.equal(gorilla.constant!(code), theirs ? `websocket.${theirs}` : undefined, String(code));
    }
  });

  it("Starlette: every WS_ constant (of __all__: not the deprecated misnamed ones) of a sendable code is the snippet's, and none other", () => {
    const out = execFileSync(PY, ['-c', 'import json, starlette.status as s; print(json.dumps({n: getattr(s, n) for n in s.__all__ if n.startswith("WS_")}))'], { encoding: 'utf8' });
    const byCode = new Map(Object.entries(JSON.parse(out) as Record<string, number>).map(([n, c]) => [c, n]));
    assert.ok(byCode.size >= 14);
    for (const code of SENDABLE) {
      const theirs = byCode.get(code);
      assert.equal(starlette.constant!(code), theirs ? `status.${theirs}` : undefined, String(code));
    }
  });
});
