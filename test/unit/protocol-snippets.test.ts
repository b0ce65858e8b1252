// The gRPC and WebSocket snippet renderers (src/core/snippets/protocols): exact output per library,
// refusals, escaping and tab stops. That the snippets do what they say in the real libraries is
// the frameworks suite's part (test/frameworks/lib/protocols.mjs).
import * as assert from 'node:assert/strict';
import {
  closeCodeProblem,
  GRPC_CODE_NAMES,
  GRPC_LIBRARIES,
  grpcGo,
  grpcJava,
  grpcJs,
  grpcPython,
  MAX_CLOSE_REASON_BYTES,
  renderGrpcSnippet,
  renderGrpcSnippets,
  renderWebSocketSnippet,
  renderWebSocketSnippets,
  utf8Length,
  WEBSOCKET_LIBRARIES,
  type GrpcLibrary,
  type WebSocketLibrary,
} from '../../src/core/snippets/protocols/index';
import { browser, gorilla, nodeWs, pythonWebsockets, starlette } from '../../src/core/snippets/protocols/websocket';
import { expandSnippet as expand } from './snippetBody';

function grpcOk(code: number, library: GrpcLibrary, message = 'Item not found') {
  const r = renderGrpcSnippet({ code, name: GRPC_CODE_NAMES[code]!, message }, library);
  assert.ok(r.ok, !r.ok ? r.message : '');
  return r;
}

function wsOk(code: number, library: WebSocketLibrary, reason = 'Policy violation') {
  const r = renderWebSocketSnippet({ code, reason }, library);
  assert.ok(r.ok, !r.ok ? r.message : '');
  return r;
}

describe('gRPC snippets', () => {
  it('names the 17 codes of google.rpc.Code in order', () => {
    assert.equal(GRPC_CODE_NAMES.length, 17);
    assert.equal(GRPC_CODE_NAMES[0], 'OK');
    assert.equal(GRPC_CODE_NAMES[5], 'NOT_FOUND');
    assert.equal(GRPC_CODE_NAMES[16], 'UNAUTHENTICATED');
  });

  it("spells each code as each library does (Go's Canceled, PascalCase; the others upper snake)", () => {
    assert.equal(grpcGo.constant('CANCELLED'), 'codes.Canceled');
    assert.equal(grpcGo.constant('NOT_FOUND'), 'codes.NotFound');
    assert.equal(grpcGo.constant('DEADLINE_EXCEEDED'), 'codes.DeadlineExceeded');
    assert.equal(grpcGo.constant('OK'), 'codes.OK');
    assert.equal(grpcJs.constant('CANCELLED'), 'status.CANCELLED');
    assert.equal(grpcPython.constant('NOT_FOUND'), 'grpc.StatusCode.NOT_FOUND');
    assert.equal(grpcJava.constant('DATA_LOSS'), 'Status.DATA_LOSS');
    for (const name of GRPC_CODE_NAMES) assert.match(grpcGo.constant(name), /^codes\.[A-Z][A-Za-z]*$/);
  });

  it('grpc-go: returns status.Error with the code and message', () => {
    const r = grpcOk(5, grpcGo);
    assert.equal(r.constant, 'codes.NotFound');
    assert.equal(
      r.code,
      `package main

import (
    "context"

    "google.golang.org/grpc/codes"
    "google.golang.org/grpc/status"
    "google.golang.org/protobuf/types/known/emptypb"
)

// MyMethod is a unary method of your service (emptypb.Empty stands for its messages).
func (s *server) MyMethod(ctx context.Context, req *emptypb.Empty) (*emptypb.Empty, error) {
    return nil, status.Error(codes.NotFound, "Item not found")
}
`,
    );
    assert.ok(r.snippet.includes('status.Error(codes.NotFound, "${1:Item not found}")'));
  });

  it('grpc-js: calls back with { code, details }', () => {
    const r = grpcOk(1, grpcJs, 'Cancelled by the client');
    assert.equal(
      r.code,
      `const { status } = require("@grpc/grpc-js");

// A unary method of your service: server.addService(MyService.service, { myMethod }).
function myMethod(call, callback) {
  callback({ code: status.CANCELLED, details: "Cancelled by the client" });
}
`,
    );
  });

  it('Python grpcio: context.abort with the StatusCode', () => {
    const r = grpcOk(16, grpcPython, 'Log in first');
    assert.equal(
      r.code,
      `import grpc


class MyServiceServicer:  # your my_service_pb2_grpc.MyServiceServicer
    def MyMethod(self, request, context):
        context.abort(grpc.StatusCode.UNAUTHENTICATED, "Log in first")
`,
    );
  });

  it('grpc-java: onError with Status.X.withDescription', () => {
    const r = grpcOk(8, grpcJava, 'Quota exceeded');
    assert.equal(
      r.code,
      `import com.google.protobuf.Empty;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

public class MyServiceImpl extends MyServiceGrpc.MyServiceImplBase {
    @Override
    public void myMethod(Empty request, StreamObserver<Empty> responseObserver) {
        responseObserver.onError(Status.RESOURCE_EXHAUSTED.withDescription("Quota exceeded").asRuntimeException());
    }
}
`,
    );
  });

  it('OK (0) returns a normal response: no error, no constant, no message, no tab stop', () => {
    for (const library of GRPC_LIBRARIES) {
      const r = grpcOk(0, library, 'ignored');
      assert.equal(r.constant, undefined, library.id);
      assert.ok(!r.code.includes('ignored'), library.id);
      assert.equal(expand(r.snippet).stops.size, 0, library.id);
      assert.equal(expand(r.snippet).text, r.code, library.id);
    }
    assert.ok(grpcOk(0, grpcGo).code.includes('return &emptypb.Empty{}, nil'));
    assert.ok(!grpcOk(0, grpcGo).code.includes('grpc/codes'), 'no unused import');
    assert.ok(grpcOk(0, grpcJs).code.includes('callback(null, {});'));
    assert.ok(grpcOk(0, grpcPython).code.includes('return empty_pb2.Empty()'));
    assert.ok(grpcOk(0, grpcJava).code.includes('responseObserver.onCompleted();'));
    assert.ok(!grpcOk(0, grpcJava).code.includes('import io.grpc.Status;'), 'no unused import');
  });

  it('refuses a code outside 0-16 and a name that is not the code’s', () => {
    for (const code of [-1, 17, 1.5, 404]) {
      const r = renderGrpcSnippet({ code, name: 'UNKNOWN', message: 'x' }, grpcGo);
      assert.equal(r.ok, false, String(code));
      assert.equal(!r.ok && r.reason, 'unknown-code');
      assert.match(!r.ok ? r.message : '', /not a gRPC status code/);
    }
    const r = renderGrpcSnippet({ code: 5, name: 'ALREADY_EXISTS', message: 'x' }, grpcJs);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.message, 'gRPC code 5 is NOT_FOUND, not ALREADY_EXISTS.');
  });

  it('escapes quotes, backslashes and newlines in the literal and $ } \\ in the snippet body; the message is tab stop 1', () => {
    const message = 'say "hi" to $HOME\\path}\nnext line';
    for (const r of renderGrpcSnippets({ code: 3, name: 'INVALID_ARGUMENT', message })) {
      assert.ok(r.ok);
      assert.ok(r.code.includes(String.raw`"say \"hi\" to $HOME\\path}\nnext line"`), r.library.id);
      const { text, stops } = expand(r.snippet);
      assert.equal(text, r.code, r.library.id);
      assert.deepEqual([...stops], [[1, String.raw`say \"hi\" to $HOME\\path}\nnext line`]], r.library.id);
      assert.ok(r.snippet.includes(String.raw`\$HOME`), r.library.id);
    }
  });
});

describe('WebSocket snippets', () => {
  it('browser: socket.close(code, reason) once open', () => {
    const r = wsOk(4000, browser, 'Bye');
    assert.equal(
      r.code,
      `// socket: the page's WebSocket (new WebSocket(url)).
socket.addEventListener("open", () => {
  socket.close(4000, "Bye");
});
`,
    );
  });

  it('Node ws: ws.close(code, reason) in the connection listener', () => {
    assert.equal(
      wsOk(1008, nodeWs).code,
      `// wss: your WebSocketServer (const { WebSocketServer } = require("ws")).
wss.on("connection", (ws) => {
  ws.close(1008, "Policy violation");
});
`,
    );
  });

  it("Starlette / FastAPI: accept, then close with code= and reason=, Starlette's WS_ constant where it has one", () => {
    const r = wsOk(1008, starlette);
    assert.equal(r.constant, 'status.WS_1008_POLICY_VIOLATION');
    assert.equal(
      r.code,
      `from fastapi import FastAPI, WebSocket, status

app = FastAPI()


@app.websocket("/ws")
async def websocket_endpoint(websocket: WebSocket):
    await websocket.accept()
    await websocket.close(code=status.WS_1008_POLICY_VIOLATION, reason="Policy violation")
`,
    );
    const custom = wsOk(4001, starlette, 'Custom');
    assert.equal(custom.constant, undefined);
    assert.ok(custom.code.startsWith('from fastapi import FastAPI, WebSocket\n'));
    assert.ok(custom.code.includes('await websocket.close(code=4001, reason="Custom")'));
    assert.equal(wsOk(1014, starlette).constant, 'status.WS_1014_BAD_GATEWAY');
  });

  it('Python websockets: await websocket.close(code=..., reason=...) in the handler', () => {
    assert.equal(
      wsOk(1011, pythonWebsockets, 'Oops').code,
      `# The connection handler: websockets.serve(handler, host, port).
async def handler(websocket):
    await websocket.close(code=1011, reason="Oops")
`,
    );
  });

  it("Go gorilla: WriteControl with FormatCloseMessage, gorilla's constant where it has one", () => {
    const r = wsOk(1008, gorilla);
    assert.equal(r.constant, 'websocket.ClosePolicyViolation');
    assert.ok(r.code.includes('msg := websocket.FormatCloseMessage(websocket.ClosePolicyViolation, "Policy violation")'));
    assert.ok(r.code.includes('conn.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second))'));
    assert.equal(wsOk(1011, gorilla).constant, 'websocket.CloseInternalServerErr');
    // gorilla has no constant for 1014 or the registered and private ranges.
    assert.equal(wsOk(1014, gorilla).constant, undefined);
    assert.ok(wsOk(4999, gorilla).code.includes('websocket.FormatCloseMessage(4999, '));
  });

  it('refuses codes outside 1000-4999, the reserved ones and the ones never sent, for every library', () => {
    const cases: Array<[number, string]> = [
      [0, 'range'],
      [999, 'range'],
      [5000, 'range'],
      [1004, 'reserved'],
      [1016, 'reserved'],
      [2999, 'reserved'],
      [1005, 'not-sent'],
      [1006, 'not-sent'],
      [1015, 'not-sent'],
    ];
    for (const [code, reason] of cases) {
      assert.equal(closeCodeProblem(code)?.reason, reason, String(code));
      for (const r of renderWebSocketSnippets({ code, reason: 'x' })) {
        assert.equal(r.ok, false, `${r.library.id} ${code}`);
        assert.equal(!r.ok && r.reason, reason, `${r.library.id} ${code}`);
      }
    }
    assert.match(closeCodeProblem(1006)!.message, /never sent in a close frame/);
    for (const code of [1000, 1001, 1003, 1007, 1014, 3000, 4999]) assert.equal(closeCodeProblem(code), undefined, String(code));
  });

  it("the browser's close() takes only 1000 and 3000-4999 (WHATWG); the servers take 1001-1014 as well", () => {
    for (const code of [1000, 3000, 3999, 4000, 4999]) wsOk(code, browser);
    for (const code of [1001, 1002, 1003, 1007, 1008, 1011, 1013, 1014]) {
      const r = renderWebSocketSnippet({ code, reason: 'x' }, browser);
      assert.equal(r.ok, false, String(code));
      assert.equal(!r.ok && r.reason, 'library');
      assert.match(!r.ok ? r.message : '', /InvalidAccessError/);
      for (const library of WEBSOCKET_LIBRARIES.filter((l) => l !== browser)) wsOk(code, library);
    }
  });

  it('counts the reason in UTF-8 bytes and refuses more than 123', () => {
    assert.equal(MAX_CLOSE_REASON_BYTES, 123);
    assert.equal(utf8Length('abc'), 3);
    assert.equal(utf8Length('é'), 2);
    assert.equal(utf8Length('한'), 3);
    assert.equal(utf8Length('😀'), 4);
    wsOk(4000, nodeWs, 'a'.repeat(123));
    wsOk(4000, nodeWs, '한'.repeat(41)); // 123 bytes
    for (const reason of ['a'.repeat(124), '한'.repeat(42)]) {
      for (const r of renderWebSocketSnippets({ code: 4000, reason })) {
        assert.equal(r.ok, false, r.library.id);
        assert.equal(!r.ok && r.reason, 'reason-length');
        assert.match(!r.ok ? r.message : '', new RegExp(`${utf8Length(reason)} bytes`));
      }
    }
  });

  it('escapes the reason; it is tab stop 1; the body expands to the plain code', () => {
    const reason = 'a "b" $c \\d}\ne';
    for (const r of renderWebSocketSnippets({ code: 4000, reason })) {
      assert.ok(r.ok, r.library.id);
      assert.ok(r.code.includes(String.raw`"a \"b\" $c \\d}\ne"`), r.library.id);
      const { text, stops } = expand(r.snippet);
      assert.equal(text, r.code, r.library.id);
      assert.deepEqual([...stops.keys()], [1], r.library.id);
    }
    // The Go template has no $ or } of its own left unescaped either.
    assert.ok(!/(?<!\\)\$(?!\{1:)/.test(wsOk(1000, gorilla).snippet));
  });

  it('an empty reason is allowed (a close frame may carry the code alone)', () => {
    for (const r of renderWebSocketSnippets({ code: 1000, reason: '' })) {
      assert.ok(r.ok, r.library.id);
      assert.equal(expand(r.snippet).stops.get(1), '');
    }
  });
});
