// Unit tests of the gRPC, WebSocket and FTP detection (src/core/detect/protocols.ts and its data,
// protocols.json): each rule on a line that must give its finding, and the look-alikes that must give
// none (issue 14's precision rules: `codes` alone, `1000` alone, `Status.OK` without io.grpc,
// `StatusCode.OK` in ASP.NET code, `close(1)` on a file, FTP-looking numbers in files that are no FTP code).
import * as assert from 'node:assert/strict';
import data from '../../src/core/detect/protocols.json';
import { detectAt, detectLine, documentHints, type DetectOptions } from '../../src/core/detect/index';
import { protocolHits, protocolLibraries } from '../../src/core/detect/protocols';
import type { Family } from '../../src/core/detect/languages';
import { completionsAt } from '../../src/core/complete';
import { phraseHints } from '../../src/core/inline';

/** The findings of the last line of `doc` (the lines above are its imports), as `grpc:5[codes.NotFound]`. */
function found(language: string, doc: string, path = '', extra: Partial<DetectOptions> = {}): string[] {
  const lines = doc.split('\n');
  const line = lines[lines.length - 1]!;
  const options: DetectOptions = { hints: documentHints(doc, path), context: { line: lines.length - 1, lineAt: (n) => lines[n] }, ...extra };
  return detectLine(line, language, options).map((f) => `${f.protocol}:${f.code}[${line.slice(f.start, f.end)}]`);
}

const only = (xs: string[], protocols: readonly string[]) => xs.filter((x) => protocols.some((p) => x.startsWith(`${p}:`)));
const OTHER = ['grpc', 'websocket', 'ftp'];

describe('detect protocols: gRPC', () => {
  it('reads codes.X in Go only with google.golang.org/grpc/codes imported', () => {
    assert.deepEqual(found('go', 'import "google.golang.org/grpc/codes"\nreturn nil, status.Error(codes.NotFound, "no user")'), ['grpc:5[codes.NotFound]']);
    assert.deepEqual(found('go', 'import (\n\t"google.golang.org/grpc/codes"\n)\nif status.Code(err) == codes.Canceled {'), ['grpc:1[codes.Canceled]']);
    assert.deepEqual(only(found('go', 'return nil, status.Error(codes.NotFound, "no user")'), OTHER), []);
    // `codes` alone, the type and a name that is no code: nothing.
    assert.deepEqual(found('go', 'import "google.golang.org/grpc/codes"\nfunc f(want codes.Code) {'), []);
    assert.deepEqual(found('go', 'import "google.golang.org/grpc/codes"\nvar codes = map[string]int{}'), []);
    assert.deepEqual(found('go', 'import "google.golang.org/grpc/codes"\nx := y.codes.NotFound'), []);
  });

  it('reads grpc.StatusCode.X in Python always, StatusCode.X only imported from grpc', () => {
    assert.deepEqual(found('python', 'context.abort(grpc.StatusCode.PERMISSION_DENIED, "no")'), ['grpc:7[grpc.StatusCode.PERMISSION_DENIED]']);
    assert.deepEqual(found('python', 'from grpc import StatusCode\nraise Err(StatusCode.UNAVAILABLE)'), ['grpc:14[StatusCode.UNAVAILABLE]']);
    // OpenTelemetry's StatusCode.OK in a file that imports grpc but not grpc's StatusCode.
    assert.deepEqual(only(found('python', 'import grpc\nfrom opentelemetry.trace import StatusCode\nspan.set_status(StatusCode.OK)'), OTHER), []);
  });

  it('reads Status.X and Status.Code.X in Java only with io.grpc imported; JAX-RS Status.OK stays HTTP', () => {
    assert.deepEqual(found('java', 'import io.grpc.Status;\nresponseObserver.onError(Status.NOT_FOUND.withDescription("x").asRuntimeException());'), ['grpc:5[Status.NOT_FOUND]']);
    assert.deepEqual(found('java', 'import io.grpc.Status;\nif (status.getCode() == Status.Code.DEADLINE_EXCEEDED) {'), ['grpc:4[Status.Code.DEADLINE_EXCEEDED]']);
    assert.deepEqual(found('kotlin', 'import io.grpc.Status\nthrow Status.UNAUTHENTICATED.asException()'), ['grpc:16[Status.UNAUTHENTICATED]']);
    assert.deepEqual(found('java', 'throw new StatusRuntimeException(io.grpc.Status.ABORTED);'), ['grpc:10[io.grpc.Status.ABORTED]']);
    assert.deepEqual(only(found('java', 'import javax.ws.rs.core.Response;\nreturn Response.status(Status.OK).build();'), OTHER), []);
    assert.deepEqual(only(found('java', 'import java.util.List;\nif (job.getStatus() == Status.OK) {'), OTHER), []);
  });

  it('reads grpc.status.X in JS, status.X and Status.X only with grpc-js imported; Connect Code.X with connect-es', () => {
    assert.deepEqual(found('javascript', "const grpc = require('@grpc/grpc-js');\ncallback({ code: grpc.status.NOT_FOUND, details: 'x' });"), ['grpc:5[grpc.status.NOT_FOUND]']);
    assert.deepEqual(found('typescript', "import { status } from '@grpc/grpc-js';\nthrow { code: status.RESOURCE_EXHAUSTED };"), ['grpc:8[status.RESOURCE_EXHAUSTED]']);
    assert.deepEqual(found('typescript', "import { Status, Metadata } from '@grpc/grpc-js';\nreturn { code: Status.OUT_OF_RANGE };"), ['grpc:11[Status.OUT_OF_RANGE]']);
    assert.deepEqual(found('typescript', "import { Code, ConnectError } from '@connectrpc/connect';\nthrow new ConnectError('x', Code.FailedPrecondition);"), ['grpc:9[Code.FailedPrecondition]']);
    assert.deepEqual(only(found('javascript', "const express = require('express');\nres.json({ status: status.NOT_FOUND });"), OTHER), []);
    assert.deepEqual(only(found('typescript', "import { Status } from './job';\nif (job.status === Status.OK) {"), OTHER), []);
  });

  it('reads StatusCode.X in C# only with using Grpc.Core (ASP.NET has StatusCodes); ASP.NET constants stay HTTP', () => {
    assert.deepEqual(found('csharp', 'using Grpc.Core;\nthrow new RpcException(new Status(StatusCode.InvalidArgument, "x"));'), ['grpc:3[StatusCode.InvalidArgument]']);
    assert.deepEqual(found('csharp', 'catch (RpcException ex) when (ex.StatusCode == Grpc.Core.StatusCode.Cancelled)'), ['grpc:1[Grpc.Core.StatusCode.Cancelled]']);
    assert.deepEqual(found('csharp', 'using Microsoft.AspNetCore.Http;\nreturn StatusCode.OK;'), []);
    assert.deepEqual(
      found('csharp', 'using Grpc.Core;\nusing Microsoft.AspNetCore.Http;\nBuildHttpErrorResponse(httpContext.Response, StatusCodes.Status426UpgradeRequired, StatusCode.Internal, error);'),
      ['http:426[StatusCodes.Status426UpgradeRequired]', 'grpc:13[StatusCode.Internal]'],
    );
    // `response.StatusCode` (a property) is no qualifier.
    assert.deepEqual(only(found('csharp', 'using Grpc.Core;\nif (response.StatusCode.NotFound) {'), OTHER), []);
  });

  it('reads tonic Code::X and Status::not_found(...) only with tonic used', () => {
    assert.deepEqual(found('rust', 'use tonic::{Code, Request, Response, Status};\nlet s = Status::new(Code::NotFound, "x");'), ['grpc:5[Code::NotFound]']);
    assert.deepEqual(found('rust', 'use tonic::{Request, Response, Status};\nErr(Status::permission_denied("no"))'), ['grpc:7[Status::permission_denied]']);
    assert.deepEqual(found('rust', 'use tonic::Status;\nlet s = Status::with_error_details(Code::Internal, "x", d);'), ['grpc:13[Code::Internal]']);
    assert.deepEqual(found('rust', 'use std::io;\nmatch e.kind() { Code::NotFound => {} }'), []);
  });

  it('reads grpc-status headers, gRPC error strings and logs; numbers that are no code stay silent', () => {
    assert.deepEqual(found('log', 'grpc-status: 14'), ['grpc:14[14]']);
    assert.deepEqual(found('go', '{Name: "grpc-status", Value: "0"},'), ['grpc:0[0]']);
    assert.deepEqual(found('javascript', "metadata.set('grpc-status', '5');"), ['grpc:5[5]']);
    assert.deepEqual(found('log', 'rpc error: code = DeadlineExceeded desc = context deadline exceeded'), ['grpc:4[DeadlineExceeded]']);
    assert.deepEqual(found('log', 'status = StatusCode.UNAVAILABLE'), ['grpc:14[UNAVAILABLE]']);
    assert.deepEqual(found('log', 'level=info grpc.code=NotFound grpc.method=GetUser'), ['grpc:5[NotFound]']);
    assert.deepEqual(found('json', '"retryableStatusCodes": [ "UNAVAILABLE", "RESOURCE_EXHAUSTED" ]'), ['grpc:14[UNAVAILABLE]', 'grpc:8[RESOURCE_EXHAUSTED]']);
    assert.deepEqual(found('log', 'grpc-status: 17'), []);
    assert.deepEqual(found('log', 'retry 5 of 16'), []);
    assert.deepEqual(found('go', 'import "google.golang.org/grpc/codes"\nunaryCall(c, 2, "delay", codes.DeadlineExceeded)'), ['grpc:4[codes.DeadlineExceeded]']);
  });
});

describe('detect protocols: WebSocket', () => {
  it('reads close codes of close calls on a socket-like receiver, not close(1) on a file', () => {
    assert.deepEqual(found('javascript', "ws.close(1008, 'policy');"), ['websocket:1008[1008]']);
    assert.deepEqual(found('python', 'await websocket.close(code=1011, reason="boom")'), ['websocket:1011[1011]']);
    assert.deepEqual(found('python', 'await self.conn.close(4001)'), ['websocket:4001[4001]']);
    assert.deepEqual(found('python', 'f.close(1)'), []);
    assert.deepEqual(found('javascript', 'file.close(1000)'), []);
    assert.deepEqual(found('javascript', 'setTimeout(() => ws.close(), 1000);'), []);
  });

  it('reads the close event code in a WebSocket context only; a bare 1000 is nothing', () => {
    assert.deepEqual(found('javascript', 'socket.onclose = (event) => { if (event.code === 1006) reconnect(); };'), ['websocket:1006[1006]']);
    assert.deepEqual(found('javascript', "const WebSocket = require('ws');\nws.on('close', (code) => { if (code !== 1000) log(code); });"), ['websocket:1000[1000]']);
    assert.deepEqual(found('javascript', "const WebSocket = require('ws');\nassert.strictEqual(code, 1005);"), ['websocket:1005[1005]']);
    assert.deepEqual(found('javascript', 'if (res.code === 1000) retry();'), []);
    assert.deepEqual(found('javascript', "const WebSocket = require('ws');\nconst delay = 1000;"), []);
    assert.deepEqual(found('javascript', "const WebSocket = require('ws');\nsetTimeout(ping, 1000);"), []);
  });

  it('reads the libraries\' constants: Starlette, gorilla, coder, python-websockets, tungstenite, .NET, Spring', () => {
    assert.deepEqual(found('python', 'await websocket.close(code=status.WS_1008_POLICY_VIOLATION)'), ['websocket:1008[WS_1008_POLICY_VIOLATION]']);
    assert.deepEqual(
      found('go', 'import "github.com/gorilla/websocket"\nc.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.ClosePolicyViolation, ""), deadline)'),
      ['websocket:1008[websocket.ClosePolicyViolation]'],
    );
    assert.deepEqual(found('go', 'c.Close(websocket.StatusInternalError, "boom")'), ['websocket:1011[websocket.StatusInternalError]']);
    assert.deepEqual(found('python', 'await ws.close(CloseCode.GOING_AWAY)'), ['websocket:1001[CloseCode.GOING_AWAY]']);
    assert.deepEqual(found('rust', 'socket.close(Some(CloseFrame { code: CloseCode::Policy, reason: "x".into() }))'), ['websocket:1008[CloseCode::Policy]']);
    assert.deepEqual(found('csharp', 'await ws.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", ct);'), ['websocket:1000[WebSocketCloseStatus.NormalClosure]']);
    assert.deepEqual(found('java', 'import org.springframework.web.socket.CloseStatus;\nsession.close(CloseStatus.SERVER_ERROR);'), ['websocket:1011[CloseStatus.SERVER_ERROR]']);
    // websocket.CloseMessage is a message type (8), no close code.
    assert.deepEqual(found('go', 'import "github.com/gorilla/websocket"\nc.WriteMessage(websocket.CloseMessage, []byte{})'), []);
    assert.deepEqual(found('go', 'import "github.com/gorilla/websocket"\nconn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(1000, ""), deadline)'), ['websocket:1000[1000]']);
  });

  it('reads a constant defined as its own code, and close logs', () => {
    assert.deepEqual(found('go', 'ClosePolicyViolation = 1008'), ['websocket:1008[1008]']);
    assert.deepEqual(found('go', 'CloseMessage = 8'), []);
    assert.deepEqual(found('python', 'websockets.exceptions.ConnectionClosedError: received 1011 (internal error) keepalive ping timeout'), ['websocket:1011[1011]']);
    assert.deepEqual(found('log', 'WebSocket closed: code=1006 reason='), ['websocket:1006[1006]']);
    assert.deepEqual(found('log', 'request finished: code=1000 rows'), []);
  });
});

describe('detect protocols: FTP', () => {
  it('reads reply strings in FTP code (ftplib, pyftpdlib) and nowhere else', () => {
    assert.deepEqual(found('python', 'import ftplib\nif resp[:3] == "550":'), ['ftp:550[550]']);
    assert.deepEqual(found('python', 'import ftplib\nftp.voidcmd("TYPE I")  # expects "200 Type set to I"'), ['ftp:200[200]']);
    assert.deepEqual(found('python', 'self.respond("550 No such file or directory.")', 'pyftpdlib/handlers.py'), ['ftp:550[550]']);
    assert.deepEqual(found('python', 'self.respond(f"226 Transfer complete.")', 'pyftpdlib/handlers.py'), ['ftp:226[226]']);
    assert.deepEqual(only(found('python', 'self.respond("550 No such file or directory.")', 'app/views.py'), OTHER), []);
    assert.deepEqual(only(found('python', 'import requests\nif r.text[:3] == "550":'), OTHER), []);
    // A chmod mode and a timeout in FTP code stay silent.
    assert.deepEqual(found('python', 'import ftplib\nself.client.sendcmd("site chmod 555 " + path)'), []);
    assert.deepEqual(found('python', 'import ftplib\nftp = ftplib.FTP(host, timeout=300)'), []);
  });

  it('reads reply codes compared, sent and named in comments of FTP code', () => {
    assert.deepEqual(found('javascript', "const ftp = require('basic-ftp');\nif (err.code === 550) return null;"), ['ftp:550[550]']);
    assert.deepEqual(found('python', '# a 226 response is expected once transfer finishes', 'pyftpdlib/test/test_functional.py'), ['ftp:226[226]']);
    assert.deepEqual(found('python', "# we'll just return 501 (bad arg).", 'pyftpdlib/handlers.py'), ['ftp:501[501]']);
    assert.deepEqual(found('python', 'ftplib.error_perm: 550 Failed to change directory.'), ['ftp:550[550]']);
  });

  it('reads FTP server logs: vsftpd, FileZilla, ProFTPD; syslog lines without a reply stay silent', () => {
    assert.deepEqual(found('log', 'Tue Oct  4 22:15:10 2022 [pid 4133] [ftp] FTP response: Client "::ffff:192.168.1.2", "530 Login incorrect."'), ['ftp:530[530]']);
    assert.deepEqual(found('log', '(000007)2/8/2013 10:42:09 AM - (not logged in) (192.168.0.3)> 530 Login or password incorrect!'), ['ftp:530[530]']);
    assert.deepEqual(found('log', 'Response:\t550 Failed to open file.'), ['ftp:550[550]']);
    assert.deepEqual(found('log', 'host proftpd[123]: 10.0.0.1 UNKNOWN alice [10/Oct/2025:13:55:36 +0000] "RETR /pub/a.txt" 550 -'), ['ftp:550[550]']);
    assert.deepEqual(found('log', 'Jan 10 00:00:00 myhost proftpd[12345] myhost (123.123.123.123[123.123.123.123]): USER u (Login failed): to 1.2.3.4:21'), []);
    assert.deepEqual(found('log', 'Oct 11 01:06:47 ServerJV vsftpd: (pam_unix) authentication failure; logname= uid=0 euid=0 tty= ruser= rhost=209.67.1.67'), []);
  });

  it('an FTP reading wins over the HTTP reading of the same number, and HTTP log lines stay HTTP', () => {
    const f = found('python', '# RFC-959 specifies that a 500 response could be given in', 'pyftpdlib/handlers.py');
    assert.deepEqual(f, ['ftp:500[500]']);
    assert.deepEqual(found('log', '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /a.gif HTTP/1.0" 550 2326'), ['http:550[550]']);
  });
});

describe('detect protocols: options, hints and the cursor', () => {
  it('honours the protocols option (hover.protocols)', () => {
    const line = "ws.close(1008, 'policy');";
    assert.equal(detectLine(line, 'javascript', { protocols: ['http', 'smtp'] }).length, 0);
    assert.equal(detectLine(line, 'javascript', { protocols: ['websocket'] }).length, 1);
  });

  it('gives the same finding under the cursor at every column of the token', () => {
    const doc = 'import "google.golang.org/grpc/codes"\nreturn status.Error(codes.NotFound, "x")';
    const line = doc.split('\n')[1]!;
    const hints = documentHints(doc, '');
    const s = line.indexOf('codes.NotFound');
    for (let col = s; col <= s + 'codes.NotFound'.length; col++) {
      const f = detectAt(line, col, 'go', { hints });
      assert.equal(f && `${f.protocol}:${f.code}`, 'grpc:5', `column ${col}`);
    }
    assert.equal(detectAt(line, line.indexOf('"x"') + 1, 'go', { hints }), undefined);
  });

  it('names the libraries a document uses, from its imports and its path', () => {
    assert.deepEqual(protocolLibraries('import "google.golang.org/grpc/codes"', ''), ['grpc-go']);
    assert.deepEqual(protocolLibraries('using Grpc.Core;\nusing Microsoft.AspNetCore.Http;', ''), ['grpc-dotnet']);
    assert.ok(protocolLibraries('import ftplib', '').includes('ftplib'));
    assert.deepEqual(protocolLibraries('', 'pyftpdlib/handlers.py'), ['ftp-path']);
    assert.deepEqual(protocolLibraries('', 'src/sftp/client.ts'), []);
    assert.deepEqual(protocolLibraries('', 'src/clients/FtpGateway.cc'), ['ftp-path']);
    assert.deepEqual(protocolLibraries('', 'src/http/Gateway.cc'), []);
    assert.deepEqual(protocolLibraries('', 'src/clients/FtpGateway.cc'), ['ftp-path']);
    assert.deepEqual(protocolLibraries('', 'src/http/Gateway.cc'), []);
    assert.deepEqual(protocolLibraries('', 'ws/lib/websocket.js'), ['websocket-path']);
    assert.deepEqual(documentHints('import json\n', 'app.py').libraries, undefined);
  });

  it('every rule of protocols.json names its source and every pattern compiles', () => {
    const entries: Array<Record<string, unknown>> = [
      ...data.libraries, ...data.paths, ...data.grpc.qualifiers, ...data.grpc.helpers, ...data.grpc.numbers, ...data.grpc.logs, ...data.grpc.lists,
      ...data.websocket.names, ...data.websocket.numbers, ...data.websocket.logs, data.websocket.definitions, ...data.ftp.logs, ...data.ftp.numbers,
    ];
    for (const e of entries) {
      assert.ok(typeof e.source === 'string' && e.source.length > 10, `source of ${JSON.stringify(e).slice(0, 80)}`);
      for (const k of ['pattern', 'pre', 'suf', 'receiver', 'item']) if (typeof e[k] === 'string') assert.doesNotThrow(() => new RegExp(e[k] as string), `${k} of ${String(e.id ?? e.prefix)}`);
    }
  });

  it('stays bounded on adversarial lines of 2000 characters', () => {
    const hints = documentHints('import ftplib\nconst WebSocket = require("ws");\nimport "google.golang.org/grpc/codes"', '');
    const lines: Array<[Family, string]> = [
      ['text', `(000001)${'(a '.repeat(700)})> 530 x`],
      ['text', `proftpd ${'"'.repeat(1900)} 550`],
      ['js', `${'a'.repeat(1990)}.close(1000`],
      ['go', `IsCloseError(${'a, '.repeat(600)}1000`],
      ['go', 'codes.'.repeat(330)],
      ['python', "'550 ".repeat(500)],
      ['text', 'close code=1000 '.repeat(125)],
    ];
    for (const [family, line] of lines) {
      const t = process.hrtime.bigint();
      protocolHits(line, { family, libraries: hints.libraries, allowed: () => true });
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      assert.ok(ms < 150, `${ms.toFixed(1)} ms on ${line.slice(0, 30)}...`);
    }
  });
});

// (The gRPC names after a qualifier: complete.ts's own table, tested in protocols.test.ts.)
describe('completions: WebSocket close codes', () => {
  const at = (language: string, head: string, line: string) => completionsAt(line, line.length, language, { hints: documentHints(`${head}\n${line}`, '') });

  it('offers close codes after ws.close( (no range entry), nothing after file.close(', () => {
    const ws = at('javascript', "const WebSocket = require('ws');", 'ws.close(');
    assert.equal(ws?.context.kind === 'code' && ws.context.protocol, 'websocket');
    assert.equal(ws?.items[0]?.code, '1000');
    assert.ok(ws!.items.every((i) => /^\d{4}$/.test(i.code)), 'codes only');
    assert.equal(at('javascript', '', 'file.close('), undefined);
    assert.equal(at('javascript', '', 'res.status(')?.context.kind === 'code' && at('javascript', '', 'res.status(')?.items[0]?.protocol, 'http');
  });
});

describe('inlay hints: the phrase after a close code or reply code where code sets or tests one', () => {
  const hintsOf = (language: string, doc: string) => {
    const lines = doc.split('\n');
    return phraseHints({ count: lines.length, lineAt: (n) => lines[n] }, 0, lines.length - 1, { languageId: language, hints: documentHints(doc, '') }).map((h) => `${h.line}:${h.protocol}:${h.code}=${h.phrase}`);
  };

  it('shows the phrase after ws.close(1008) and new CloseEvent codes, none after a named constant or a log line', () => {
    assert.deepEqual(hintsOf('javascript', "const WebSocket = require('ws');\nws.close(1008, 'policy');\nconst e = new CloseEvent('close', { code: 1000 });\nws.close(websocket.ClosePolicyViolation);"), [
      '1:websocket:1008=Policy Violation',
      '2:websocket:1000=Normal Closure',
    ]);
    assert.deepEqual(hintsOf('log', 'Tue Oct  4 22:15:10 2022 [pid 4133] [ftp] FTP response: Client "::ffff:192.168.1.2", "530 Login incorrect."'), []);
    assert.deepEqual(hintsOf('go', 'import "google.golang.org/grpc/codes"\nreturn status.Error(codes.NotFound, "x")'), []);
  });

  it('shows the phrase after an FTP reply code compared in FTP code', () => {
    assert.deepEqual(hintsOf('javascript', "const ftp = require('basic-ftp');\nif (err.code === 550) return null;"), ['1:ftp:550=Requested Action Not Taken: File Unavailable']);
  });
});
