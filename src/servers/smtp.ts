// The SMTP mock on smtp-server: a chosen stage answers a chosen reply exactly as written (the
// registry's text and enhanced code by default), in sequences counted per attempt; every other
// stage accepts, and accepted messages are kept for a test to check.
// smtp-server has no EHLO/HELO or DATA-command hook, and sends a hook's error through the
// connection's `send`: the mock overrides those three on each connection object (never on the
// library's prototype). With hideENHANCEDSTATUSCODES left on, smtp-server adds no enhanced code
// of its own, so the reply text goes out as written.
import type { Socket } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { lookup } from '../core/registry';
import { renderSmtpReply } from '../core/render/response';
import { listenOnLoopback, LOOPBACK } from './listen';

import { SMTP_STAGES, type SmtpStage } from './stages';

export { SMTP_STAGES, type SmtpStage };

/** One attempt at a stage: accept, answer a reply (then optionally close), or drop the connection. */
export type SmtpStep = { kind: 'accept' } | { kind: 'reply'; code: number; lines: string[]; close?: boolean } | { kind: 'disconnect' };

/** Per stage, the steps of successive attempts; the last one repeats. */
export type SmtpScript = Partial<Record<SmtpStage, SmtpStep[]>>;

export interface AcceptedMessage {
  from: string | false;
  to: string[];
  size: number;
  receivedAt: Date;
}

export interface SmtpMockOptions {
  port?: number;
  script?: SmtpScript;
  log?: (line: string) => void;
  /** Accepted messages kept (the oldest are dropped beyond). */
  maxMessages?: number;
  socketTimeoutMs?: number;
}

const REPLY_LINE = /^([2-5][0-5]\d)([ -])(.*)$/;

/**
 * Reads a reply as written, one or more lines (`452 4.3.1 Insufficient system storage`, or the
 * RFC 5321 section 4.2.1 multi-line form). A 2yz or 3yz reply means: accept.
 */
export function parseReply(text: string, close = false): SmtpStep | string {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  let code: string | undefined;
  const texts: string[] = [];
  for (const [i, line] of lines.entries()) {
    const m = REPLY_LINE.exec(line);
    if (!m) return `"${line}" is not an SMTP reply line (e.g. 452 4.3.1 Insufficient system storage).`;
    if (code !== undefined && m[1] !== code) return `every line of a reply has the same code (${code}, not ${m[1]}).`;
    if ((m[2] === '-') !== (i < lines.length - 1)) return 'in a multi-line reply every line but the last has a hyphen after the code.';
    if (/[\x00-\x1f\x7f]/.test(m[3]!) || m[3]!.length > 500) return 'a reply line holds printable text, at most 500 characters.';
    code = m[1]!;
    texts.push(m[3]!);
  }
  if (!code) return 'the reply is empty.';
  if (code[0] === '2' || code[0] === '3') return { kind: 'accept' };
  return { kind: 'reply', code: Number(code), lines: texts, ...(close ? { close } : {}) };
}

/** The registry's reply for an SMTP code (452) or enhanced code (4.3.1), as a step. */
export function replyFromRegistry(code: string, options: { multiline?: boolean; close?: boolean } = {}): SmtpStep | string {
  const enhanced = /^[245]\.\d{1,3}\.\d{1,3}$/.test(code.trim());
  const answer = lookup(enhanced ? 'smtp-enhanced' : 'smtp', code);
  if (answer.kind === 'invalid') return answer.message;
  if (answer.kind === 'unassigned') return `SMTP ${answer.code} is unassigned.`;
  const rendered = renderSmtpReply(answer.matches[0]!, { multiline: options.multiline });
  if (!rendered.ok) return rendered.message;
  return parseReply(rendered.text, options.close);
}

type Connection = {
  session: SMTPServerSession;
  _socket: Socket;
  send(code: number, data?: string | string[], context?: unknown): void;
  close(): void;
  handler_EHLO(command: Buffer, callback: () => void): void;
  handler_HELO(command: Buffer, callback: () => void): void;
  handler_DATA(command: Buffer, callback: () => void): void;
};

function stepText(step: SmtpStep): string {
  if (step.kind === 'accept') return 'accepted';
  if (step.kind === 'disconnect') return 'disconnected without a reply';
  return `${step.lines.map((l, i) => `${step.code}${i < step.lines.length - 1 ? '-' : ' '}${l}`).join(' / ')}${step.close ? ', then closed' : ''}`;
}

export class SmtpMock {
  readonly server: SMTPServer;
  readonly messages: AcceptedMessage[] = [];
  private script: SmtpScript;
  private readonly attempts = new Map<SmtpStage, number>();
  private port_ = 0;

  constructor(private readonly options: SmtpMockOptions = {}) {
    this.script = options.script ?? {};
    this.server = new SMTPServer({
      name: 'localhost',
      banner: 'Status Codes mock',
      logger: false,
      disableReverseLookup: true,
      // No STARTTLS: clients would upgrade to the bundled self-signed certificate and fail.
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      size: 10 * 1024 * 1024,
      maxClients: 100,
      maxRecipients: 100,
      socketTimeout: options.socketTimeoutMs ?? 30_000,
      closeTimeout: 1000,
      onConnect: (session, cb) => this.onConnect(session, cb),
      onAuth: (auth, session, cb) => this.decide('auth', session, `AUTH ${auth.method} ${auth.username ?? ''}`, cb, () => cb(null, { user: auth.username ?? 'user' })),
      onMailFrom: (address, session, cb) => this.decide('mail', session, `MAIL FROM:<${address.address}>`, cb, () => cb()),
      onRcptTo: (address, session, cb) => this.decide('rcpt', session, `RCPT TO:<${address.address}>`, cb, () => cb()),
      onData: (stream, session, cb) => {
        let size = 0;
        stream.on('data', (c: Buffer) => (size += c.length));
        stream.on('end', () => {
          this.decide('eod', session, `end of data (${size} bytes)`, cb, () => {
            this.messages.push({ from: session.envelope.mailFrom && session.envelope.mailFrom.address, to: session.envelope.rcptTo.map((r) => r.address), size, receivedAt: new Date() });
            if (this.messages.length > (this.options.maxMessages ?? 1000)) this.messages.shift();
            cb(null, 'OK: message accepted by the Status Codes mock');
          });
        });
      },
    });
    this.server.on('error', (e) => this.log(`SMTP server error: ${e.message}`));
  }

  get port(): number {
    return this.port_;
  }

  get url(): string {
    return `smtp://${LOOPBACK}:${this.port_}`;
  }

  /** Replaces the script; attempt counters restart. */
  setScript(script: SmtpScript): void {
    this.script = script;
    this.attempts.clear();
  }

  resetAttempts(): void {
    this.attempts.clear();
  }

  async listen(port = this.options.port ?? 0): Promise<void> {
    this.port_ = await listenOnLoopback(this.server.server, port);
  }


  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server.server.listening) return resolve();
      this.server.close(() => resolve());
    });
  }

  private log(line: string): void {
    try {
      this.options.log?.(line);
    } catch {
      // A failing logger must not break a session.
    }
  }

  /** The step for this attempt at a stage (counted server-wide, so retries on new connections count). */
  private next(stage: SmtpStage): SmtpStep {
    const steps = this.script[stage];
    if (!steps?.length) return { kind: 'accept' };
    const n = this.attempts.get(stage) ?? 0;
    this.attempts.set(stage, n + 1);
    return steps[Math.min(n, steps.length - 1)]!;
  }

  private connectionOf(session: SMTPServerSession): Connection | undefined {
    for (const c of (this.server as unknown as { connections: Set<Connection> }).connections) if (c.session === session) return c;
    return undefined;
  }

  /**
   * Sends a step's reply in place of the library's: the hook's error carries the code, the
   * connection's `send` (overridden per connection) writes the lines as written.
   */
  private decide(stage: SmtpStage, session: SMTPServerSession, what: string, cb: (err?: Error | null) => void, accept: () => void): void {
    const step = this.next(stage);
    this.log(`SMTP ${what} -> ${stepText(step)}`);
    const conn = this.connectionOf(session);
    if (step.kind === 'accept') return accept();
    if (step.kind === 'disconnect' || !conn) {
      conn?._socket.destroy();
      return;
    }
    (conn as Connection & { pending?: SmtpStep }).pending = step;
    cb(Object.assign(new Error(step.lines[0]), { responseCode: step.code }));
  }

  private onConnect(session: SMTPServerSession, cb: (err?: Error | null) => void): void {
    const conn = this.connectionOf(session);
    if (conn) this.instrument(conn);
    this.decide('connect', session, `connect from ${session.remoteAddress}`, cb, () => cb());
  }

  private instrument(conn: Connection & { pending?: SmtpStep }): void {
    const send = conn.send.bind(conn);
    conn.send = (code, data, context) => {
      const step = conn.pending;
      if (step?.kind === 'reply' && step.code === code) {
        conn.pending = undefined;
        // `false`: no enhanced code from the library; the lines carry the one written.
        send(code, step.lines.length > 1 ? step.lines : step.lines[0], false);
        if (step.close && code !== 421) conn.close();
        return;
      }
      send(code, data, context);
    };
    const command = (stage: SmtpStage, original: (command: Buffer, callback: () => void) => void) =>
      (cmd: Buffer, callback: () => void) => {
        const step = this.next(stage);
        this.log(`SMTP ${cmd.toString().trim().slice(0, 100)} -> ${stepText(step)}`);
        if (step.kind === 'accept') return original.call(conn, cmd, callback);
        if (step.kind === 'disconnect') {
          conn._socket.destroy();
          return callback();
        }
        conn.pending = step;
        conn.send(step.code, step.lines[0]);
        callback();
      };
    const proto = Object.getPrototypeOf(conn) as Connection;
    conn.handler_EHLO = command('ehlo', proto.handler_EHLO);
    conn.handler_HELO = command('ehlo', proto.handler_HELO);
    conn.handler_DATA = command('data', proto.handler_DATA);
  }
}

/** Starts an SMTP mock on loopback; rejects (EADDRINUSE, ...) without leaving anything open. */
export async function startSmtpMock(options: SmtpMockOptions = {}): Promise<SmtpMock> {
  const mock = new SmtpMock(options);
  await mock.listen();
  return mock;
}

/**
 * A script from what a user typed: a stage, and a reply or a comma-separated sequence of them,
 * each a registry code (`452`, `4.3.1`), a reply as written (`452 4.3.1 No room`), `accept` or
 * `disconnect`. Gives the reason as a string when something does not read.
 */
export function scriptFor(stage: string, reply: string, options: { multiline?: boolean } = {}): SmtpScript | string {
  if (!(SMTP_STAGES as readonly string[]).includes(stage)) return `unknown stage "${stage}" (${SMTP_STAGES.join(', ')})`;
  const items = reply.split(',').map((s) => s.trim());
  if (items.length > 100 || items.some((s) => !s)) return `"${reply}": one to 100 replies, separated by commas`;
  const steps: SmtpStep[] = [];
  for (const item of items) {
    const s = item === 'accept' ? { kind: 'accept' as const } : item === 'disconnect' ? { kind: 'disconnect' as const } : /\s/.test(item) ? parseReply(item) : replyFromRegistry(item, options);
    if (typeof s === 'string') return s;
    steps.push(s);
  }
  return { [stage]: steps };
}
