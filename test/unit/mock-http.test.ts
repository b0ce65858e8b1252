// The HTTP mock with real clients on loopback: Node's http (the raw bytes it reads) and curl get,
// byte for byte, the CLI's --raw for every code of the registry (Date aside), plus the knobs, the
// faults and bad clients.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli';
import { list } from '../../src/core/registry';
import { renderCurl } from '../../src/core/render/response';
import type { ResolvedCode } from '../../src/core/types';
import { startHttpMock, type HttpMock } from '../../src/servers/http';
import { realisticHeaders } from '../../src/servers/route';

/** curl from Debian: installed when missing (the suite runs as root in CI), else the suite fails saying so. */
function ensureCurl(): string {
  const which = () => spawnSync('sh', ['-c', 'command -v curl'], { encoding: 'utf8' }).stdout.trim();
  if (which()) return which();
  spawnSync('sh', ['-c', 'apt-get install -y curl >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y curl >/dev/null 2>&1)'], { timeout: 120_000 });
  const found = which();
  if (!found) throw new Error('curl is not installed and apt-get could not install it: the curl tests cannot run');
  return found;
}

/** Runs curl without blocking the event loop (the server under test runs in this process). */
function curlExit(args: string[], curl = ensureCurl()): Promise<number | null> {
  return new Promise((resolve) => spawn(curl, args, { stdio: 'ignore' }).on('close', (code) => resolve(code)));
}

async function cliRaw(r: ResolvedCode, style: string): Promise<string> {
  const argv = [r.code, '--raw', '--body', style, '--protocol', r.protocol, ...(r.entry.vendor ? ['--vendor', r.entry.vendor] : [])];
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (s) => out.push(s), (s) => err.push(s));
  assert.equal(code, 0, err.join('\n'));
  return out.join('\n');
}

const DATE = /^Date: .*$/gm;

/** The raw text as HTTP sends it: CRLF in the head, the realistic headers the rendering lacks appended. */
function toWire(raw: string): string {
  const split = raw.indexOf('\n\n');
  const head = (split === -1 ? raw.replace(/\n$/, '') : raw.slice(0, split)).split('\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head[0]!)![1]);
  const names = new Set(head.slice(1).map((l) => l.slice(0, l.indexOf(':')).toLowerCase()));
  for (const [n, v] of realisticHeaders(status)) if (!names.has(n.toLowerCase())) head.push(`${n}: ${v}`);
  return `${head.join('\r\n')}\r\n\r\n${split === -1 ? '' : raw.slice(split + 2)}`;
}

/** The path of the code's curl line (the response view's) against the mock, with the body style. */
function urlOf(r: ResolvedCode, style: string): string {
  const curl = renderCurl(r, 'http://127.0.0.1:1');
  assert.ok(curl.ok);
  const url = new URL(/^curl -i '?([^']+)'?$/.exec(curl.text)![1]!);
  url.searchParams.set('style', style);
  return `${url.pathname}${url.search}`;
}

/** What the mock sends for a code, from the CLI: 1xx interim then 200, 101 then close, a code never sent (444, 499) nothing. */
async function expectedWire(r: ResolvedCode, style: string, ok200: string): Promise<string> {
  if (r.entry.wire) return '';
  const raw = toWire(await cliRaw(r, style));
  const n = Number(r.code);
  if (n >= 100 && n < 200) return n === 101 ? raw : raw + ok200;
  return raw;
}

/** Every code the CLI's --raw renders: HTTP (with vendors) and SMTP codes sent as HTTP statuses. */
function everyCode(): ResolvedCode[] {
  return [...list('http'), ...list('smtp')];
}

/** A request over a fresh connection; resolves with every byte the server sent until it closed. */
function rawRequest(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ bytes: Buffer; error?: NodeJS.ErrnoException; informational: number[]; status?: number }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const informational: number[] = [];
    let status: number | undefined;
    let error: NodeJS.ErrnoException | undefined;
    let socket: net.Socket | undefined;
    const req = http.request({
      host: '127.0.0.1',
      port,
      path,
      method: options.method ?? 'GET',
      headers: { Connection: 'close', ...options.headers },
      createConnection: () => {
        socket = net.connect(port, '127.0.0.1');
        socket.on('data', (d) => chunks.push(d));
        socket.on('close', () => setImmediate(() => resolve({ bytes: Buffer.concat(chunks), error, informational, status })));
        return socket;
      },
    });
    req.on('information', (i) => informational.push(i.statusCode));
    req.on('response', (res) => {
      status = res.statusCode;
      res.on('error', (e) => (error ??= e));
      res.on('aborted', () => (error ??= Object.assign(new Error('aborted'), { code: 'ABORTED' })));
      res.resume();
    });
    req.on('upgrade', (_res, s) => s.destroy());
    req.on('error', (e) => (error ??= e));
    req.end(options.body);
  });
}

function normalise(text: string): string {
  return text.replace(DATE, 'Date: X');
}

describe('mock-http', function () {
  this.timeout(30_000);
  let mock: HttpMock;
  const logs: string[] = [];

  before(async () => {
    mock = await startHttpMock({ log: (l) => logs.push(l), limits: { headersTimeoutMs: 600, maxConnections: 200 } });
  });
  after(() => mock.close());

  for (const style of ['simple', 'problem']) {
    it(`Node's http, at each code's curl line, gets the CLI's --raw byte for byte for every code (${style})`, async () => {
      const ok200 = toWire(await cliRaw(list('http').find((r) => r.code === '200')!, style));
      const codes = everyCode();
      assert.ok(codes.length > 100, `only ${codes.length} codes`);
      for (const r of codes) {
        const got = await rawRequest(mock.port, urlOf(r, style));
        assert.equal(normalise(got.bytes.toString('utf8')), normalise(await expectedWire(r, style, ok200)), `${r.entry.id} (${style})`);
      }
    });

    it(`curl gets the CLI's --raw byte for byte for every code (${style})`, async function () {
      const curl = ensureCurl();
      const dir = mkdtempSync(join(tmpdir(), 'mock-curl-'));
      try {
        const codes = everyCode();
        // One curl for every code: it reuses the connection, as a keep-alive client does.
        const args = ['-s', '-i', '--http1.1'];
        codes.forEach((r, i) => args.push(`${mock.url}${urlOf(r, style)}`, '-o', join(dir, String(i))));
        await curlExit(args, curl);
        const ok200 = toWire(await cliRaw(list('http').find((r) => r.code === '200')!, style));
        for (const [i, r] of codes.entries()) {
          let got = '';
          try {
            got = readFileSync(join(dir, String(i)), 'utf8');
          } catch {
            // 444: curl saw no response and wrote no file.
          }
          assert.equal(normalise(got), normalise(await expectedWire(r, style, ok200)), `${r.entry.id} (${style})`);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('HEAD sends the headers alone; any method and sub-path answer the code', async () => {
    const head = await rawRequest(mock.port, '/status/404', { method: 'HEAD' });
    assert.match(head.bytes.toString(), /^HTTP\/1\.1 404 Not Found\r\n[^]*Content-Length: \d+\r\n\r\n$/);
    const post = await rawRequest(mock.port, '/status/201/users/7?x=1', { method: 'POST', body: '{"a":1}', headers: { 'Content-Type': 'application/json' } });
    assert.equal(post.status, 201);
    const patch = await rawRequest(mock.port, '/status/409/a/b', { method: 'PATCH' });
    assert.equal(patch.status, 409);
  });

  it('selects: protocol=smtp, vendor, problem by Accept, unassigned numbers', async () => {
    assert.match((await rawRequest(mock.port, '/status/452?protocol=smtp')).bytes.toString(), /^HTTP\/1\.1 452 Insufficient Storage\r\n/);
    const esri = await rawRequest(mock.port, '/status/499?vendor=Esri%20ArcGIS');
    assert.match(esri.bytes.toString(), /^HTTP\/1\.1 499 Token Required\r\n/);
    // nginx's 499 is only ever logged: like nginx, the mock sends nothing.
    assert.equal((await rawRequest(mock.port, '/status/499?vendor=nginx')).bytes.length, 0);
    const problem = await rawRequest(mock.port, '/status/404', { headers: { Accept: 'application/problem+json' } });
    assert.match(problem.bytes.toString(), /\r\nContent-Type: application\/problem\+json\r\n/);
    const unassigned = (await rawRequest(mock.port, '/status/452')).bytes.toString();
    assert.match(unassigned, /^HTTP\/1\.1 452 Unassigned\r\n/);
    assert.match(unassigned, /unassigned[^]*SMTP 452/);
    for (const bad of ['/status/600', '/status/abc', '/status/452?protocol=ftp', '/status/404?vendor=nobody', '/status/200?sleep=61000', '/status/200?fault=melt', '/status/200?style=fancy', '/status/200?header=Bad%20Name:x', '/status/200?header=Content-Length:1']) {
      const r = await rawRequest(mock.port, bad);
      assert.equal(r.status, 400, bad);
      assert.match(r.bytes.toString(), /"message": "(?:[^"\\]|\\.){10,}"/, bad);
    }
  });

  it('sequences are deterministic per list and resettable', async () => {
    const seq = async (path: string) => (await rawRequest(mock.port, path)).status;
    assert.deepEqual([await seq('/status/503,503,200'), await seq('/status/503,503,200'), await seq('/status/503,503,200'), await seq('/status/503,503,200')], [503, 503, 200, 200]);
    // Another list counts on its own.
    assert.equal(await seq('/status/500,201'), 500);
    assert.equal(await seq('/status/503,503,200?reset'), 503);
    const del = await rawRequest(mock.port, '/sequences', { method: 'DELETE' });
    assert.equal(del.status, 200);
    assert.equal(await seq('/status/500,201'), 500);
  });

  it('weighted random follows the weights', async () => {
    const seen = new Map<number, number>();
    for (let i = 0; i < 40; i++) {
      const s = (await rawRequest(mock.port, '/status/200:0.5,503:0.5,418:0'))!.status!;
      seen.set(s, (seen.get(s) ?? 0) + 1);
    }
    assert.equal(seen.get(418), undefined);
    assert.ok((seen.get(200) ?? 0) > 5 && (seen.get(503) ?? 0) > 5, JSON.stringify([...seen]));
  });

  it('sleeps, adds headers, sends realistic headers and a real 103', async () => {
    const t0 = Date.now();
    const slept = await rawRequest(mock.port, '/status/200?sleep=300&header=X-Test:yes&header=Retry-After:0');
    assert.ok(Date.now() - t0 >= 290);
    assert.match(slept.bytes.toString(), /\r\nX-Test: yes\r\n/);
    assert.match((await rawRequest(mock.port, '/status/503?header=Retry-After:0')).bytes.toString(), /\r\nRetry-After: 0\r\n/);
    assert.match((await rawRequest(mock.port, '/status/503')).bytes.toString(), /\r\nRetry-After: \d+\r\n/);
    assert.match((await rawRequest(mock.port, '/status/401')).bytes.toString(), /\r\nWWW-Authenticate: Bearer realm="api"\r\n/);
    assert.match((await rawRequest(mock.port, '/status/302')).bytes.toString(), /\r\nLocation: \S+\r\n/);
    const hints = await rawRequest(mock.port, '/status/201?early-hints');
    assert.deepEqual(hints.informational, [103]);
    assert.equal(hints.status, 201);
    assert.match(hints.bytes.toString(), /^HTTP\/1\.1 103 Early Hints\r\n[^]*Link: [^]*\r\n\r\nHTTP\/1\.1 201 Created\r\n/);
  });

  it('lists endpoints at / as JSON and HTML', async () => {
    const json = await rawRequest(mock.port, '/', { headers: { Accept: 'application/json' } });
    const body = json.bytes.toString().split('\r\n\r\n')[1]!;
    assert.ok(JSON.parse(body).knobs.some((k: { name: string }) => k.name.startsWith('sleep')));
    const html = await rawRequest(mock.port, '/', { headers: { Accept: 'text/html' } });
    assert.match(html.bytes.toString(), /Content-Type: text\/html[^]*<table>/);
  });

  it('faults: the client sees a reset, an empty reply, a cut-off body', async () => {
    const reset = await rawRequest(mock.port, '/status/200?fault=reset');
    assert.equal(reset.error?.code, 'ECONNRESET');
    assert.equal(reset.bytes.length, 0);
    const empty = await rawRequest(mock.port, '/status/200?fault=empty');
    assert.equal(empty.bytes.length, 0);
    assert.match(String(empty.error?.message), /socket hang up/);
    const cut = await rawRequest(mock.port, '/status/404?fault=truncate');
    assert.equal(cut.status, 404);
    assert.ok(cut.error, 'the client notices the cut');
    const rc = (path: string) => curlExit(['-s', '-o', '/dev/null', `${mock.url}${path}`]);
    assert.equal(await rc('/status/200?fault=reset'), 56); // failure receiving data
    assert.equal(await rc('/status/200?fault=empty'), 52); // empty reply from server
    assert.equal(await rc('/status/200?fault=truncate'), 18); // partial file
    assert.equal(await rc('/status/444'), 52);
  });

  /** Sends raw bytes, resolves with what came back when the server closed (or after `ms`). */
  function rawSocket(data: string | Buffer, ms = 5000): Promise<{ text: string; closed: boolean; ms: number }> {
    return new Promise((resolve) => {
      const t0 = Date.now();
      const chunks: Buffer[] = [];
      const s = net.connect(mock.port, '127.0.0.1', () => s.write(data));
      const timer = setTimeout(() => {
        s.destroy();
        resolve({ text: Buffer.concat(chunks).toString(), closed: false, ms: Date.now() - t0 });
      }, ms);
      s.on('data', (d) => chunks.push(d));
      s.on('error', () => undefined);
      s.on('close', () => {
        clearTimeout(timer);
        resolve({ text: Buffer.concat(chunks).toString(), closed: true, ms: Date.now() - t0 });
      });
    });
  }

  async function stillServes(): Promise<void> {
    assert.equal((await rawRequest(mock.port, '/status/200')).status, 200);
  }

  it('bad clients: malformed request line, 1 MB header, slow client, big body: answered and closed', async () => {
    const malformed = await rawSocket('HELLO THERE\r\n\r\n');
    assert.ok(malformed.closed);
    assert.match(malformed.text, /^HTTP\/1\.1 400 Bad Request\r\n[^]*Connection: close\r\n/);
    await stillServes();
    const huge = await rawSocket(`GET /status/200 HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(1024 * 1024)}\r\n\r\n`);
    assert.ok(huge.closed);
    assert.match(huge.text, /^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    await stillServes();
    // Headers never finished: the headers timeout (600 ms here) answers 408 and closes.
    const slow = await rawSocket('GET /status/200 HTTP/1.1\r\nHost: x\r\n', 5000);
    assert.ok(slow.closed, 'the slow client is closed');
    assert.ok(slow.ms < 4000, `closed after ${slow.ms} ms`);
    assert.match(slow.text, /^HTTP\/1\.1 408 Request Timeout\r\n/);
    await stillServes();
    const big = await rawRequest(mock.port, '/status/200', { method: 'POST', body: 'x'.repeat(1024 * 1024 + 10) });
    assert.equal(big.status, 413);
    await stillServes();
  });

  it('500 connections at once: each answered or closed, then the next request is served', async () => {
    const results = await Promise.all(Array.from({ length: 500 }, () => rawSocket('GET /status/204 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 10_000)));
    for (const r of results) assert.ok(r.closed, 'every connection ends');
    const answered = results.filter((r) => r.text.startsWith('HTTP/1.1 204 No Content\r\n')).length;
    const dropped = results.filter((r) => r.text === '').length;
    assert.equal(answered + dropped, 500);
    assert.ok(answered >= 100, `${answered} answered`);
    await stillServes();
  });

  it('a busy port is refused with EADDRINUSE and binds loopback only', async () => {
    await assert.rejects(startHttpMock({ port: mock.port }), /EADDRINUSE/);
    assert.equal((mock.server.address() as net.AddressInfo).address, '127.0.0.1');
  });

  it('logs method, target and what was answered', () => {
    assert.ok(logs.some((l) => /^GET \/status\/503,503,200 -> 503 Service Unavailable$/.test(l)), logs.slice(0, 5).join('\n'));
    assert.ok(logs.some((l) => /fault=reset/.test(l)));
  });
});
