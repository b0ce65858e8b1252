// The HTTP mock: Node's parser reads requests (with its limits and timeouts); the response is the
// core's raw response, written with the renderer's headers only. Node adds nothing: `Date`,
// `Connection`, `Content-Length` and `Transfer-Encoding` are removed from its automatic headers.
// Without a `Connection` header an HTTP/1.1 response is persistent (RFC 9112 section 9.3) and
// framed by its Content-Length, so keep-alive clients reuse the connection without one; the
// mock sends `Connection: close` only on the responses after which it closes (bad requests).
import * as http from 'node:http';
import type { Socket } from 'node:net';
import type { BodyStyle } from '../core/render/body';
import { listenOnLoopback, LOOPBACK } from './listen';
import { INDEX, LIMITS, pickWeighted, planRequest, realisticHeaders, type StatusPlan } from './route';
import { headBytes, wireFor, wireForUnassigned, wireMessage, type WireOptions, type WireResponse } from './wire';


export interface HttpMockLimits {
  /** Bytes of request line and headers (Node's maxHeaderSize). */
  maxHeaderBytes: number;
  maxBodyBytes: number;
  /** Until the request headers are complete. */
  headersTimeoutMs: number;
  /** Until the whole request is received. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  maxConnections: number;
}

const DEFAULT_LIMITS: HttpMockLimits = {
  maxHeaderBytes: 16 * 1024,
  maxBodyBytes: 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
};

export interface HttpMockOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The body style when a request names none (the response view's setting). */
  style?: BodyStyle;
  /** One line per request: method, target, what was answered. */
  log?: (line: string) => void;
  now?: () => Date;
  limits?: Partial<HttpMockLimits>;
  random?: () => number;
}

/** Replaces headers of the same name (case-insensitive) or appends them. */
function setHeaders(wire: WireResponse, extra: Array<[string, string]>, onlyIfMissing: boolean): void {
  for (const [name, value] of extra) {
    const i = wire.headers.findIndex(([n]) => n.toLowerCase() === name.toLowerCase());
    if (i === -1) wire.headers.push([name, value]);
    else if (!onlyIfMissing) wire.headers[i] = [wire.headers[i]![0], value];
  }
}

/** The renderer's response for a code plus the realistic headers it lacks. */
function withRealisticHeaders(wire: WireResponse): WireResponse {
  setHeaders(wire, realisticHeaders(wire.status), true);
  return wire;
}

function sleep(ms: number, res: http.ServerResponse): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      res.off('close', aborted);
      resolve(ok);
    };
    const aborted = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    res.on('close', aborted);
  });
}

/** The connection a response goes out on; a pipelined response gets it when its turn comes. */
async function socketOf(res: http.ServerResponse): Promise<Socket> {
  if (res.socket) return res.socket;
  return new Promise((resolve) => res.once('socket', (s: Socket) => resolve(s)));
}

function readBody(req: http.IncomingMessage, max: number): Promise<'ok' | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.pause();
        resolve('too-large');
      }
    });
    req.on('end', () => resolve('ok'));
    req.on('error', () => resolve('aborted'));
    req.on('close', () => resolve(req.complete ? 'ok' : 'aborted'));
  });
}

export class HttpMock {
  readonly server: http.Server;
  private readonly counters = new Map<string, number>();
  private readonly limits: HttpMockLimits;
  style: BodyStyle;
  private port_ = 0;

  constructor(private readonly options: HttpMockOptions = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.style = options.style ?? 'simple';
    this.server = http.createServer(
      {
        maxHeaderSize: this.limits.maxHeaderBytes,
        headersTimeout: this.limits.headersTimeoutMs,
        requestTimeout: this.limits.requestTimeoutMs,
        keepAliveTimeout: this.limits.keepAliveTimeoutMs,
        // How often the timeouts above are checked (Node's default is 30 s).
        connectionsCheckingInterval: Math.min(1000, this.limits.headersTimeoutMs),
      },
      (req, res) => void this.handle(req, res),
    );
    this.server.maxConnections = this.limits.maxConnections;
    this.server.maxHeadersCount = 100;
    this.server.on('connection', (socket: Socket) => socket.on('error', () => socket.destroy()));
    this.server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => this.clientError(err, socket));
  }

  get port(): number {
    return this.port_;
  }

  get url(): string {
    return `http://${LOOPBACK}:${this.port_}`;
  }

  async listen(port = this.options.port ?? 0): Promise<void> {
    this.port_ = await listenOnLoopback(this.server, port);
  }


  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server.listening) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  resetSequences(): number {
    const n = this.counters.size;
    this.counters.clear();
    return n;
  }

  private log(line: string): void {
    try {
      this.options.log?.(line);
    } catch {
      // A failing logger must not break a response.
    }
  }

  private wireOptions(style?: BodyStyle): WireOptions {
    return { style: style ?? this.style, ...(this.options.now ? { now: this.options.now } : {}) };
  }

  /** Malformed request line, headers too large, timeouts: answered once, then closed. */
  private clientError(err: NodeJS.ErrnoException, socket: Socket): void {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, message] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, `The request headers exceed ${this.limits.maxHeaderBytes} bytes.`]
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'The request was not received in time.']
          : [400, `Malformed request (${err.code ?? 'parse error'}).`];
    const wire = wireMessage(status, message, this.wireOptions());
    wire.headers.push(['Connection', 'close']);
    this.log(`(bad request) -> ${status} ${wire.phrase}: ${message}`);
    socket.setTimeout(2000, () => socket.destroy());
    socket.end(Buffer.concat([headBytes(wire), wire.body]));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const what = `${req.method} ${req.url}`;
    try {
      const body = await readBody(req, this.limits.maxBodyBytes);
      if (body === 'aborted') return;
      if (body === 'too-large') {
        const wire = wireMessage(413, `The request body exceeds ${this.limits.maxBodyBytes} bytes.`, this.wireOptions());
        wire.headers.push(['Connection', 'close']);
        this.send(req, res, wire, what);
        return;
      }
      const plan = planRequest(req.method ?? 'GET', req.url ?? '/', req.headers.accept);
      switch (plan.kind) {
        case 'index':
          return this.index(req, res, what);
        case 'reset-sequences': {
          const n = this.resetSequences();
          return this.send(req, res, wireMessage(200, `${n} sequence${n === 1 ? '' : 's'} reset.`, this.wireOptions()), what);
        }
        case 'error':
          return this.send(req, res, wireMessage(plan.status, plan.message, this.wireOptions()), what);
        case 'status':
          return await this.status(req, res, plan, what);
      }
    } catch (e) {
      this.log(`${what} -> internal error: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent && !res.destroyed) {
        const wire = wireMessage(500, 'The mock server failed on this request.', this.wireOptions());
        wire.headers.push(['Connection', 'close']);
        try {
          this.send(req, res, wire, what);
          return;
        } catch {
          // fall through to destroy
        }
      }
      res.destroy();
    }
  }

  private pick(plan: StatusPlan): number {
    if (plan.mode === 'single') return 0;
    if (plan.mode === 'random') return pickWeighted(plan.weights, (this.options.random ?? Math.random)());
    if (plan.resetSequence) this.counters.delete(plan.sequenceKey);
    const n = this.counters.get(plan.sequenceKey) ?? 0;
    // Re-inserting keeps the map in use order, so the least recently used sequence goes first.
    this.counters.delete(plan.sequenceKey);
    this.counters.set(plan.sequenceKey, n + 1);
    if (this.counters.size > LIMITS.maxSequences) this.counters.delete(this.counters.keys().next().value!);
    return Math.min(n, plan.targets.length - 1);
  }

  private async status(req: http.IncomingMessage, res: http.ServerResponse, plan: StatusPlan, what: string): Promise<void> {
    const target = plan.targets[this.pick(plan)]!;
    const opts = this.wireOptions(plan.style);
    const wire = withRealisticHeaders(target.kind === 'found' ? wireFor(target.resolved, opts) : wireForUnassigned(target.code, opts));
    setHeaders(wire, plan.headers, false);
    if (!(await sleep(plan.sleepMs, res))) return this.log(`${what} -> client left during sleep`);
    const socket = await socketOf(res);
    if (plan.fault === 'empty' || wire.closeWithoutResponse) {
      socket.destroy();
      return this.log(`${what} -> closed without a response${wire.closeWithoutResponse ? ` (${wire.status}, as the server does)` : ' (fault=empty)'}`);
    }
    if (plan.fault === 'reset') {
      socket.resetAndDestroy();
      return this.log(`${what} -> connection reset (fault=reset)`);
    }
    if (plan.fault === 'truncate') {
      const head = headBytes(wire);
      const bytes = wire.body.length ? Buffer.concat([head, wire.body.subarray(0, Math.floor(wire.body.length / 2))]) : head.subarray(0, Math.floor(head.length / 2));
      socket.end(bytes, () => socket.destroy());
      return this.log(`${what} -> ${wire.status} cut off after ${bytes.length} bytes (fault=truncate)`);
    }
    if (plan.earlyHints && wire.status !== 103) socket.write(headBytes(withRealisticHeaders(wireMessage(103, '', opts))));
    if (wire.status >= 100 && wire.status < 200) {
      // A 1xx is interim: sent as shown, then the final response (101 would switch protocols: close instead).
      socket.write(headBytes(wire));
      if (wire.status === 101) {
        socket.end();
        return this.log(`${what} -> ${wire.status} ${wire.phrase}, then closed`);
      }
      this.log(`${what} -> ${wire.status} ${wire.phrase} (interim)`);
      return this.send(req, res, withRealisticHeaders(wireMessage(200, 'OK', opts)), what);
    }
    this.send(req, res, wire, what);
  }

  /** Writes the response with exactly its headers; HEAD and body-less statuses send no body. */
  private send(req: http.IncomingMessage, res: http.ServerResponse, wire: WireResponse, what: string): void {
    for (const name of ['Date', 'Connection', 'Content-Length', 'Transfer-Encoding']) res.removeHeader(name);
    const closing = wire.headers.some(([n, v]) => n.toLowerCase() === 'connection' && v === 'close');
    if (closing) res.shouldKeepAlive = false;
    res.writeHead(wire.status, wire.phrase, wire.headers.flat());
    res.end(req.method === 'HEAD' ? undefined : wire.body);
    this.log(`${what} -> ${wire.status} ${wire.phrase}`);
  }

  private index(req: http.IncomingMessage, res: http.ServerResponse, what: string): void {
    const json = !/text\/html/i.test(req.headers.accept ?? '');
    const text = json ? JSON.stringify(INDEX, null, 2) : indexHtml(this.url);
    const date = (this.options.now ?? (() => new Date()))().toUTCString();
    const body = Buffer.from(text, 'utf8');
    this.send(req, res, { status: 200, phrase: 'OK', headers: [['Content-Type', json ? 'application/json' : 'text/html; charset=utf-8'], ['Date', date], ['Content-Length', String(body.length)]], body }, what);
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function indexHtml(base: string): string {
  const rows = (items: Array<{ name?: string; path?: string; methods?: string; says: string }>) =>
    items.map((i) => `<tr><td><code>${escapeHtml(i.path ?? `?${i.name}`)}</code></td><td>${escapeHtml(i.methods ?? '')}</td><td>${escapeHtml(i.says)}</td></tr>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(INDEX.name)}</title></head>
<body>
<h1>${escapeHtml(INDEX.name)}</h1>
<p>Try <a href="/status/503">${escapeHtml(base)}/status/503</a>.</p>
<h2>Endpoints</h2>
<table>${rows(INDEX.endpoints)}</table>
<h2>Knobs</h2>
<table>${rows(INDEX.knobs)}</table>
<ul>${INDEX.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>
</body></html>
`;
}

/** Starts an HTTP mock on loopback; rejects (EADDRINUSE, ...) without leaving anything open. */
export async function startHttpMock(options: HttpMockOptions = {}): Promise<HttpMock> {
  const mock = new HttpMock(options);
  await mock.listen();
  return mock;
}
