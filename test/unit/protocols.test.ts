// gRPC, WebSocket and FTP through the registry: lookup (protocol + code is the key), ranges, search,
// the renderers (trailers, grpcurl, Close frame bytes, FTP replies), the report and the CLI.
import * as assert from 'node:assert/strict';
import { run } from './cliRun';
import { classesOf, crossProtocolOf, entryById, grpcByName, grpcFromHttp, grpcSpelling, list, lookup, lookupAll, relatedOf } from '../../src/core/registry';
import { completionsAt } from '../../src/core/complete';
import { documentHints } from '../../src/core/detect/index';
import { codeReport } from '../../src/core/render/report';
import { closeFrame, percentEncodeGrpcMessage, renderCloseFrame, renderFtpReply, renderGrpcTrailers, renderGrpcurl } from '../../src/core/render/protocols';
import { renderRawResponse } from '../../src/core/render/response';
import { search, searchCodes } from '../../src/core/search';
import type { LookupResult, ResolvedCode } from '../../src/core/types';

function found(r: LookupResult): ResolvedCode[] {
  assert.equal(r.kind, 'found', JSON.stringify(r));
  return r.kind === 'found' ? r.matches : [];
}
const one = (p: Parameters<typeof lookup>[0], code: string) => found(lookup(p, code))[0]!;
const ids = (rs: readonly ResolvedCode[]) => rs.map((r) => r.entry.id);


describe('protocols: lookup', () => {
  it('keeps protocol + code the key: FTP 550 is not SMTP 550, gRPC 5 is no HTTP code', () => {
    assert.equal(one('ftp', '550').entry.id, 'ftp:550');
    assert.equal(one('smtp', '550').entry.id, 'smtp:550');
    assert.notEqual(one('ftp', '550').entry.description, one('smtp', '550').entry.description);
    assert.equal(one('grpc', '5').entry.grpc?.name, 'NOT_FOUND');
    assert.equal(lookup('http', '5').kind, 'invalid');
    // A bare number is read in HTTP and SMTP only, as before.
    const all = lookupAll('550');
    assert.ok(all.kind === 'found' && all.answers.every((a) => ['http', 'smtp', 'smtp-enhanced'].includes(a.protocol)));
    assert.equal(lookupAll('1008').kind, 'invalid');
  });

  it('still answers HTTP 452 as unassigned with SMTP 452 and HTTP 507, never FTP 452', () => {
    const r = lookup('http', '452');
    assert.equal(r.kind, 'unassigned');
    const s = r.kind === 'unassigned' ? ids(r.suggestions) : [];
    assert.deepEqual(s.slice(0, 3), ['smtp:452', 'smtp-enhanced:X.3.1', 'http:507']);
    assert.ok(s.every((id) => /^(http|smtp|smtp-enhanced):/.test(id)), s.join(', '));
    const free = lookup('ftp', '549');
    assert.ok(free.kind === 'unassigned' && free.suggestions.length === 0, 'a free FTP code suggests nothing of SMTP or HTTP');
    assert.ok(entryById('ftp:452'));
  });

  it('reads gRPC codes by number and by every spelling', () => {
    for (const name of ['NOT_FOUND', 'NotFound', 'codes.NotFound', 'grpc.StatusCode.NOT_FOUND', 'Status.Code.NOT_FOUND', 'status.NOT_FOUND', 'StatusCode.NotFound', 'Code::NotFound', 'tonic::Code::NotFound'.replace('tonic::', '')]) {
      assert.equal(grpcByName(name)?.id, 'grpc:5', name);
    }
    assert.equal(grpcByName('codes.Canceled')?.code, '1');
    assert.equal(grpcByName('grpc.StatusCode.CANCELLED')?.code, '1');
    assert.equal(grpcByName('not found'), undefined);
    assert.equal(one('grpc', 'UNAUTHENTICATED').code, '16');
    assert.equal(one('grpc', '16').entry.grpc?.http.code, '401');
    assert.equal(lookup('grpc', '17').kind, 'invalid');
    assert.equal(grpcSpelling(one('grpc', '1').entry, 'go'), 'codes.Canceled');
  });

  it('maps both ways: code.proto for gRPC -> HTTP, the client table for HTTP -> gRPC (not symmetric)', () => {
    assert.deepEqual(ids(relatedOf(one('grpc', '5'))), ['http:404']);
    assert.equal(grpcFromHttp('404')?.grpc?.name, 'UNIMPLEMENTED');
    assert.equal(grpcFromHttp('503')?.grpc?.name, 'UNAVAILABLE');
    assert.equal(grpcFromHttp('200')?.grpc?.name, 'UNKNOWN');
    assert.equal(grpcFromHttp('418')?.grpc?.name, 'UNKNOWN');
    assert.equal(grpcFromHttp('5'), undefined);
    assert.equal(one('grpc', '1').entry.related[0], 'http:499@nginx');
    // The way back: HTTP 404 <- gRPC NOT_FOUND and UNIMPLEMENTED's client reading; HTTP 500 <- WebSocket 1011.
    assert.ok(ids(crossProtocolOf(entryById('http:404')!)).includes('grpc:5'));
    assert.ok(ids(crossProtocolOf(entryById('http:500')!)).includes('websocket:1011'));
    // HTTP's own related list is unchanged.
    assert.ok(!entryById('http:404')!.related.some((id) => id.startsWith('grpc')));
  });

  it('answers WebSocket codes, ranges and blocks', () => {
    assert.equal(one('websocket', '1008').entry.phrase, 'Policy Violation');
    const priv = one('websocket', '4001');
    assert.equal(priv.code, '4001');
    assert.equal(priv.entry.id, 'websocket:4000-4999');
    assert.equal(priv.entry.status, 'range');
    assert.equal(one('websocket', '3003').entry.phrase, 'Forbidden');
    const r3001 = lookup('websocket', '3001');
    assert.ok(r3001.kind === 'unassigned' && r3001.codeClass.label === '3000-3999' && /IANA registered/.test(r3001.codeClass.name));
    assert.equal(lookup('websocket', '1016').kind, 'unassigned');
    // The range as the sidebar lists it resolves again (a tree item's target).
    assert.equal(one('websocket', '4000-4999').entry.id, 'websocket:4000-4999');
    assert.equal(lookup('websocket', '4000-5999').kind, 'invalid');
    assert.equal(lookup('websocket', '999').kind, 'invalid');
    assert.equal(lookup('websocket', '5000').kind, 'invalid');
    assert.equal(one('websocket', '1006').entry.websocket?.sentOnWire, false);
  });

  it('lists by class: FTP 1yz-6yz, gRPC OK and errors, WebSocket blocks; the range sorts at its start', () => {
    assert.deepEqual(classesOf('ftp').map((c) => c.label), ['1yz', '2yz', '3yz', '4yz', '5yz', '6yz']);
    assert.deepEqual(list('ftp', 6).map((r) => r.code), ['631', '632', '633']);
    assert.deepEqual(list('grpc', 0).map((r) => r.code), ['0']);
    assert.equal(list('grpc', 1).length, 16);
    assert.deepEqual(list('grpc').map((r) => r.code), Array.from({ length: 17 }, (_, i) => String(i)));
    assert.deepEqual(list('websocket', 4).map((r) => r.code), ['4000-4999']);
    assert.deepEqual(list('websocket', 3).map((r) => r.code), ['3000', '3003', '3008']);
  });
});

describe('protocols: search', () => {
  it('takes a protocol named first and gRPC names as code writes them', () => {
    assert.deepEqual(ids(search('ftp 550')), ['ftp:550']);
    assert.deepEqual(ids(search('grpc 5')), ['grpc:5']);
    assert.deepEqual(ids(search('ws 1008')), ['websocket:1008']);
    assert.deepEqual(search('websocket 4001').map((r) => `${r.entry.id}@${r.code}`), ['websocket:4000-4999@4001']);
    assert.deepEqual(ids(search('codes.NotFound')), ['grpc:5']);
    assert.deepEqual(ids(search('grpc.StatusCode.UNAVAILABLE')), ['grpc:14']);
    assert.deepEqual(ids(search('Code::DeadlineExceeded')), ['grpc:4']);
    // NOT_FOUND is also a framework's HTTP constant: both, HTTP first.
    assert.deepEqual(ids(search('NOT_FOUND')), ['http:404', 'grpc:5']);
    assert.deepEqual(ids(search('5', { protocol: 'grpc' })), ['grpc:5']);
    assert.ok(search('ftp 5yz').every((r) => r.protocol === 'ftp' && r.code.startsWith('5')));
  });

  it('does not read a bare number in the new protocols, and says a free close code is free', () => {
    assert.ok(!search('550').some((r) => r.protocol === 'ftp'));
    assert.ok(!search('5').some((r) => r.protocol === 'grpc'));
    const r = searchCodes('websocket 3001');
    assert.deepEqual(r.unassigned.map((u) => `${u.protocol}:${u.code}`), ['websocket:3001']);
    assert.deepEqual(r.hits, []);
    // Words search every protocol.
    assert.ok(ids(search('policy violation')).includes('websocket:1008'));
    assert.ok(ids(search('passive mode')).includes('ftp:227'));
  });
});

describe('protocols: renderers', () => {
  it('writes the exact bytes of a Close frame for 1008 "policy" (server to client, unmasked)', () => {
    const res = closeFrame(one('websocket', '1008'), { reason: 'policy' });
    assert.ok(res.ok);
    assert.deepEqual(res.frame.bytes, [0x88, 0x08, 0x03, 0xf0, 0x70, 0x6f, 0x6c, 0x69, 0x63, 0x79]);
    assert.equal(res.frame.hex, '88 08 03 f0 70 6f 6c 69 63 79');
    const text = renderCloseFrame(one('websocket', '1008'), { reason: 'policy' });
    assert.ok(text.ok && text.text.startsWith('88 08 03 f0 70 6f 6c 69 63 79\n'));
  });

  it('encodes a reason as UTF-8, refuses one over 123 bytes, and never frames 1005, 1006, 1015', () => {
    const k = closeFrame(one('websocket', '1000'), { reason: '안녕' });
    assert.ok(k.ok);
    assert.deepEqual(k.frame.bytes, [0x88, 8, 0x03, 0xe8, 0xec, 0x95, 0x88, 0xeb, 0x85, 0x95]);
    const empty = closeFrame(one('websocket', '4001'), { reason: '' });
    assert.ok(empty.ok && empty.frame.hex === '88 02 0f a1');
    const long = closeFrame(one('websocket', '1008'), { reason: 'x'.repeat(124) });
    assert.ok(!long.ok && long.reason === 'too-long');
    assert.ok(closeFrame(one('websocket', '1008'), { reason: 'x'.repeat(123) }).ok);
    for (const c of ['1005', '1006', '1015']) {
      const r = closeFrame(one('websocket', c));
      assert.ok(!r.ok && r.reason === 'not-sent', c);
    }
  });

  it('renders a gRPC status as Trailers-Only HTTP/2 and as grpcurl shows it', () => {
    assert.deepEqual(renderGrpcTrailers(one('grpc', '5')), { ok: true, text: 'HTTP/2 200\ncontent-type: application/grpc\ngrpc-status: 5\ngrpc-message: Not Found' });
    assert.deepEqual(renderGrpcTrailers(one('grpc', '0')), { ok: true, text: 'HTTP/2 200\ncontent-type: application/grpc\ngrpc-status: 0' });
    assert.equal(percentEncodeGrpcMessage('50% 없음'), '50%25 %EC%97%86%EC%9D%8C');
    const curl = renderGrpcurl(one('grpc', '1'));
    assert.ok(curl.ok && curl.output === 'ERROR:\n  Code: Canceled\n  Message: Cancelled');
    assert.match(curl.ok ? curl.command : '', /^grpcurl -plaintext -d '\{\}' localhost:50051 \S+\/\S+$/);
    assert.equal(renderRawResponse(one('grpc', '5')).ok, false);
  });

  it('renders FTP replies, single and multi-line (RFC 959 4.2)', () => {
    assert.deepEqual(renderFtpReply(one('ftp', '550')), { ok: true, text: '550 Requested action not taken. File unavailable (e.g., file not found, no access).' });
    const multi = renderFtpReply(one('ftp', '211'), { multiline: true });
    assert.ok(multi.ok);
    const lines = multi.text.split('\n');
    assert.equal(lines[0], '211-System status, or system help reply.');
    assert.equal(lines.at(-1), '211 End');
    assert.ok(lines.slice(1, -1).every((l) => l.startsWith(' ') && !/^\d{3}[ -]/.test(l)));
    assert.equal(renderFtpReply(one('smtp', '550')).ok, false);
  });

  it('puts each protocol in its section of the report, and no HTTP response or SMTP reply there', () => {
    const g = codeReport(one('grpc', '5'));
    assert.equal(g.grpc?.http.code, '404');
    assert.equal(g.grpc?.library, 'never');
    assert.deepEqual(g.grpc?.fromHttp, []);
    assert.equal(g.raw, undefined);
    assert.equal(g.smtpReply, undefined);
    assert.deepEqual(codeReport(one('grpc', '14')).grpc?.fromHttp.map((r) => r.code), ['429', '502', '503', '504']);
    const w = codeReport(one('websocket', '1011'));
    assert.equal(w.websocket?.closeFrame?.hex.slice(0, 11), '88 10 03 f3');
    assert.ok(codeReport(one('websocket', '1006')).websocket?.notSent);
    const f = codeReport(one('ftp', '550'));
    assert.deepEqual(f.ftp?.group, { label: 'x5z', name: 'File system' });
    assert.equal(f.smtpReply, undefined);
    assert.ok(codeReport(one('http', '404')).relatedFrom?.some((r) => r.id === 'grpc:5'));
  });
});

describe('protocols: CLI', () => {
  it('--protocol grpc|websocket|ftp, a gRPC name as the code, --raw per protocol', async () => {
    const g = await run('NOT_FOUND');
    assert.equal(g.code, 0);
    assert.match(g.out, /^gRPC 5 Not Found\n/);
    assert.match(g.out, /http: {4}404 /);
    assert.match(g.out, /never generates this code/);
    const raw = await run('5', '--protocol', 'grpc', '--raw');
    assert.equal(raw.out, 'HTTP/2 200\ncontent-type: application/grpc\ngrpc-status: 5\ngrpc-message: Not Found');
    assert.match(raw.err, /Trailers-Only/);
    const ws = await run('1008', '--protocol', 'websocket', '--raw', '--reason', 'policy');
    assert.equal(ws.out.split('\n')[0], '88 08 03 f0 70 6f 6c 69 63 79');
    assert.match(ws.err, /unmasked/);
    assert.equal((await run('550', '--protocol', 'ftp', '--raw')).out, '550 Requested action not taken. File unavailable (e.g., file not found, no access).');
    assert.match((await run('550', '--protocol', 'ftp', '--raw', '--multiline')).out, /^550-.*\n[\s\S]*\n550 End$/);
    assert.match((await run('1', '--protocol', 'grpc', '--curl')).out, /^grpcurl .*\nERROR:\n {2}Code: Canceled\n/);
  });

  it('fails with one line where a form does not exist or a code is free', async () => {
    const never = await run('1006', '--protocol', 'websocket', '--raw');
    assert.equal(never.code, 2);
    assert.match(never.err, /never sent in a Close frame/);
    const free = await run('3001', '--protocol', 'websocket');
    assert.equal(free.code, 2);
    assert.match(free.err, /WebSocket 3001 is unassigned in 3000-3999/);
    assert.equal((await run('550', '--protocol', 'ftp', '--curl')).code, 2);
    assert.equal((await run('5', '--protocol', 'grpc', '--snippet', 'express')).code, 2);
    assert.match((await run('5', '--protocol', 'gopher')).err, /grpc, websocket, ftp/);
  });

  it('--list and --search by protocol, --json with the protocol section', async () => {
    const l = await run('--list', '--protocol', 'grpc');
    assert.equal(l.out.split('\n').length, 17);
    assert.match(l.out.split('\n')[16]!, /^gRPC 16 Unauthenticated — /);
    assert.equal((await run('--list', '--protocol', 'ftp')).out.split('\n').length, 61);
    assert.match((await run('--search', 'codes.NotFound')).out, /^gRPC 5 Not Found — /);
    const j = JSON.parse((await run('1008', '--protocol', 'websocket', '--json', '--reason', 'policy')).out) as { websocket: { closeFrame: { hex: string } } };
    assert.equal(j.websocket.closeFrame.hex, '88 08 03 f0 70 6f 6c 69 63 79');
  });
});

describe('protocols: completions', () => {
  const at = (line: string, lang: string) => completionsAt(line, line.length, lang);

  // The document's imports, as the hover and the completions read them (documentHints).
  const IMPORTS: Record<string, string> = {
    go: 'import "google.golang.org/grpc/codes"',
    python: 'from grpc import StatusCode',
    java: 'import io.grpc.Status;',
    csharp: 'using Grpc.Core;',
    rust: 'use tonic::{Code, Status};',
  };
  const withImports = (line: string, lang: string, head = IMPORTS[lang] ?? '') => completionsAt(line, line.length, lang, { hints: documentHints(`${head}\n${line}`, '') });

  it('offers nothing after a short qualifier when the document does not import its gRPC library', () => {
    assert.ok(!at('return status.Error(codes.', 'go')?.items.some((i) => i.protocol === 'grpc'), 'Go codes. without google.golang.org/grpc/codes');
    assert.ok(!at('throw Status.Code.', 'java')?.items.some((i) => i.protocol === 'grpc'), 'Java Status.Code. without io.grpc');
    assert.ok(!at('return StatusCode.', 'csharp')?.items.some((i) => i.protocol === 'grpc'), 'C# StatusCode. without Grpc.Core');
    assert.ok(!at('Err(Status::new(Code::', 'rust')?.items.some((i) => i.protocol === 'grpc'), 'Rust Code:: without tonic');
    assert.equal(withImports('return status.Error(codes.', 'go')?.items.length, 17, 'with the import');
  });

  it('offers the gRPC codes after each library\'s qualifier, spelled as that library spells them', () => {
    const at = withImports;
    const go = at('return status.Error(codes.', 'go')!;
    assert.equal(go.context.kind, 'constant');
    assert.deepEqual(go.items.slice(0, 2).map((i) => i.label), ['OK', 'Canceled']);
    assert.equal(go.items.length, 17);
    assert.ok(go.items.every((i) => i.protocol === 'grpc'));
    assert.equal(at('context.abort(grpc.StatusCode.NOT', 'python')!.items[5]!.label, 'NOT_FOUND');
    assert.equal(at('context.abort(grpc.StatusCode.NOT', 'python')!.start, 'context.abort(grpc.StatusCode.'.length);
    assert.equal(at('throw Status.Code.', 'java')!.items[1]!.label, 'CANCELLED');
    assert.equal(at('callback({ code: grpc.status.', 'typescript')!.items[16]!.label, 'UNAUTHENTICATED');
    assert.equal(at('throw new RpcException(new Status(StatusCode.', 'csharp')!.items[1]!.label, 'Cancelled');
    assert.equal(at('Err(Status::new(Code::', 'rust')!.items[0]!.label, 'Ok');
  });

  it('leaves HTTP qualifiers alone, and offers nothing when gRPC is not among the protocols', () => {
    assert.notEqual(at('return new ResponseEntity<>(HttpStatus.', 'java')?.context, undefined);
    assert.ok(!at('return new ResponseEntity<>(HttpStatus.', 'java')?.items.some((i) => i.protocol === 'grpc'));
    assert.ok(!at('return HttpStatusCode.', 'csharp')?.items.some((i) => i.protocol === 'grpc'));
    assert.ok(!at('let s = StatusCode::', 'rust')?.items.some((i) => i.protocol === 'grpc'));
    assert.equal(completionsAt('return status.Error(codes.', 26, 'go', { protocols: ['http'], hints: documentHints(`${IMPORTS.go}\n`, '') }), undefined);
  });
});

describe('protocols: snippets in the report', () => {
  const snippetsOf = (p: Parameters<typeof lookup>[0], code: string, message?: string) => codeReport(one(p, code), { message }).snippets;

  it('a gRPC code has a handler per library, with the message given or the phrase', () => {
    const s = snippetsOf('grpc', '5', 'no such book');
    assert.deepEqual(Object.keys(s), ['grpc-go', 'grpc-js', 'grpc-python', 'grpc-java']);
    const go = s['grpc-go']!;
    assert.ok('code' in go && go.code.includes('codes.NotFound') && go.code.includes('"no such book"'), JSON.stringify(go));
    assert.equal('constant' in go && go.constant, 'codes.NotFound');
    const js = codeReport(one('grpc', '5')).snippets['grpc-js']!;
    assert.ok('code' in js && js.code.includes('status.NOT_FOUND') && js.code.includes('"Not Found"'), JSON.stringify(js));
  });

  it('a WebSocket close code has a close per library; the browser refuses codes a page cannot send', () => {
    const s = snippetsOf('websocket', '1008');
    assert.deepEqual(Object.keys(s), ['browser', 'ws', 'starlette', 'websockets', 'gorilla']);
    assert.ok('protocolReason' in s.browser! && s.browser.protocolReason === 'library', JSON.stringify(s.browser));
    assert.ok('code' in s.gorilla! && s.gorilla.code.includes('websocket.ClosePolicyViolation'));
    const page = snippetsOf('websocket', '4001', 'kicked')['browser']!;
    assert.ok('code' in page && page.code.includes('4001') && page.code.includes('"kicked"'), 'a code of the private range');
  });

  it('codes never sent on the wire get reasons, not snippets; HTTP keeps its frameworks; FTP has none', () => {
    for (const s of Object.values(snippetsOf('websocket', '1006'))) assert.ok('protocolReason' in s && s.protocolReason === 'not-sent', JSON.stringify(s));
    assert.ok(Object.keys(snippetsOf('http', '404')).includes('flask'));
    assert.deepEqual(snippetsOf('ftp', '550'), {});
  });
});
