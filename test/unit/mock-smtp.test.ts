// The SMTP mock with real clients on loopback: Python's smtplib (Debian's python3) and nodemailer
// see the chosen reply at every stage, a sequence, a multi-line reply and disconnects.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as net from 'node:net';
import { join } from 'node:path';
import * as nodemailer from 'nodemailer';
import { parseReply, replyFromRegistry, startSmtpMock, SMTP_STAGES, type SmtpMock, type SmtpStage, type SmtpStep } from '../../src/servers/smtp';

/** One transaction with smtplib; prints where it stopped and the reply it saw there. */
const PYTHON = String.raw`
import json, smtplib, sys
port, auth = int(sys.argv[1]), sys.argv[2] == 'auth'
stage = 'connect'
def out(**kw):
    print(json.dumps(dict(stage=stage, **kw))); sys.exit(0)
try:
    s = smtplib.SMTP('127.0.0.1', port, timeout=5)
    stage = 'ehlo'
    code, msg = s.ehlo()
    if code != 250: out(code=code, msg=msg.decode())
    if auth:
        stage = 'auth'
        s.login('user', 'secret')
    stage = 'mail'
    code, msg = s.mail('alice@example.com')
    if code != 250: out(code=code, msg=msg.decode())
    stage = 'rcpt'
    code, msg = s.rcpt('bob@example.com')
    if code != 250: out(code=code, msg=msg.decode())
    stage = 'data'
    code, msg = s.docmd('DATA')
    if code != 354: out(code=code, msg=msg.decode())
    stage = 'eod'
    s.send(b'Subject: test\r\n\r\nhello\r\n.\r\n')
    code, msg = s.getreply()
    if code != 250: out(code=code, msg=msg.decode())
    stage = 'done'
    out(code=code, msg=msg.decode())
except smtplib.SMTPConnectError as e:
    out(code=e.smtp_code, msg=e.smtp_error.decode())
except smtplib.SMTPAuthenticationError as e:
    out(code=e.smtp_code, msg=e.smtp_error.decode())
except (smtplib.SMTPServerDisconnected, ConnectionError) as e:
    out(disconnected=True)
`;

type PyResult = { stage: string; code?: number; msg?: string; disconnected?: boolean };

function python(port: number, auth = false): Promise<PyResult> {
  return new Promise((resolve, reject) => {
    const p = spawn('python3', ['-c', PYTHON, String(port), auth ? 'auth' : ''], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', () => {
      try {
        resolve(JSON.parse(out));
      } catch {
        reject(new Error(`python3 printed ${JSON.stringify(out)}, stderr ${err}`));
      }
    });
  });
}

async function mailer(port: number, auth = false): Promise<{ ok: true; response: string } | { ok: false; responseCode?: number; response?: string; command?: string; code?: string }> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, ...(auth ? { auth: { user: 'user', pass: 'secret' } } : {}), connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 5000 });
  try {
    const info = await transport.sendMail({ from: 'alice@example.com', to: 'bob@example.com', subject: 'test', text: 'hello' });
    return { ok: true, response: info.response };
  } catch (e) {
    const err = e as { responseCode?: number; response?: string; command?: string; code?: string };
    return { ok: false, responseCode: err.responseCode, response: err.response, command: err.command, code: err.code };
  } finally {
    transport.close();
  }
}

function step(code: string, options: { multiline?: boolean; close?: boolean } = {}): SmtpStep {
  const s = replyFromRegistry(code, options);
  if (typeof s === 'string') throw new Error(s);
  return s;
}

const CHOSEN: Record<SmtpStage, string> = { connect: '554', ehlo: '550', mail: '452', rcpt: '550', data: '554', eod: '452', auth: '535' };

describe('mock-smtp', function () {
  this.timeout(30_000);
  let mock: SmtpMock;
  const logs: string[] = [];
  before(async () => {
    mock = await startSmtpMock({ log: (l) => logs.push(l), socketTimeoutMs: 3000 });
  });
  after(() => mock.close());

  it('reads replies as written and from the registry', () => {
    assert.deepEqual(parseReply('452 4.3.1 Insufficient system storage'), { kind: 'reply', code: 452, lines: ['4.3.1 Insufficient system storage'] });
    assert.deepEqual(parseReply('250 OK'), { kind: 'accept' });
    assert.match(String(parseReply('452-a\n451 b')), /same code/);
    assert.match(String(parseReply('452 a\n452 b')), /hyphen/);
    assert.match(String(parseReply('hello')), /not an SMTP reply/);
    assert.match(String(parseReply('452 a\u0007')), /printable/);
    assert.match(String(replyFromRegistry('999')), /not an SMTP reply code/);
    assert.deepEqual(step('452'), { kind: 'reply', code: 452, lines: ['4.3.1 Insufficient system storage'] });
  });

  for (const stage of SMTP_STAGES) {
    it(`smtplib and nodemailer see the chosen reply at ${stage}`, async () => {
      const s = step(CHOSEN[stage]) as Extract<SmtpStep, { kind: 'reply' }>;
      const written = `${s.code} ${s.lines[0]}`;
      mock.setScript({ [stage]: [s] });
      const auth = stage === 'auth';
      const py = await python(mock.port, auth);
      assert.deepEqual(py, { stage, code: s.code, msg: s.lines[0] });
      const nm = await mailer(mock.port, auth);
      assert.equal(nm.ok, false);
      if (!nm.ok) {
        assert.equal(nm.responseCode, s.code, JSON.stringify(nm));
        // nodemailer keeps the reply line as received.
        assert.equal(nm.response, written, JSON.stringify(nm));
      }
    });
  }

  it('every other stage accepts, and accepted messages are kept', async () => {
    mock.setScript({});
    const before = mock.messages.length;
    assert.equal((await python(mock.port, true)).stage, 'done');
    const nm = await mailer(mock.port, true);
    assert.equal(nm.ok, true, JSON.stringify(nm));
    assert.equal(mock.messages.length, before + 2);
    const last = mock.messages.at(-1)!;
    assert.equal(last.from, 'alice@example.com');
    assert.deepEqual(last.to, ['bob@example.com']);
    assert.ok(last.size > 50);
  });

  it('a sequence: 452 twice, then 250', async () => {
    mock.setScript({ rcpt: [step('452'), step('452'), { kind: 'accept' }] });
    const seen = [await python(mock.port), await python(mock.port), await python(mock.port)];
    assert.deepEqual(seen.map((r) => r.code), [452, 452, 250]);
    assert.deepEqual(seen.map((r) => r.stage), ['rcpt', 'rcpt', 'done']);
    // nodemailer retried by a caller: the last step (accept) repeats.
    assert.equal((await mailer(mock.port)).ok, true);
  });

  it('a multi-line reply (RFC 5321 4.2.1), on the wire and in both clients', async () => {
    const s = step('452', { multiline: true }) as Extract<SmtpStep, { kind: 'reply' }>;
    assert.ok(s.lines.length > 1);
    mock.setScript({ mail: [s] });
    const py = await python(mock.port);
    assert.deepEqual(py, { stage: 'mail', code: 452, msg: s.lines.join('\n') });
    const nm = await mailer(mock.port);
    assert.ok(!nm.ok && nm.responseCode === 452, JSON.stringify(nm));
    const wire = await talk(['EHLO client.example', 'MAIL FROM:<a@example.com>', 'QUIT']);
    const expected = s.lines.map((l, i) => `452${i < s.lines.length - 1 ? '-' : ' '}${l}\r\n`).join('');
    assert.ok(wire.includes(expected), wire);
  });

  it('disconnects with and without a reply', async () => {
    mock.setScript({ rcpt: [{ kind: 'disconnect' }] });
    assert.deepEqual(await python(mock.port), { stage: 'rcpt', disconnected: true });
    const nm = await mailer(mock.port);
    assert.ok(!nm.ok && nm.responseCode === undefined, JSON.stringify(nm));
    mock.setScript({ mail: [step('451', { close: true })] });
    const wire = await talk(['EHLO client.example', 'MAIL FROM:<a@example.com>', 'NOOP']);
    assert.match(wire, /\r\n451 4\.3\.0 [^\r]*\r\n$/);
    mock.setScript({ connect: [step('421')] });
    const greeting = await talk([]);
    assert.equal(greeting, '421 4.4.2 Service not available, closing transmission channel\r\n');
  });

  /** Sends lines one by one after the greeting; resolves with everything read until the close. */
  function talk(lines: string[], raw?: Buffer): Promise<string> {
    return new Promise((resolve) => {
      let text = '';
      const s = net.connect(mock.port, '127.0.0.1');
      let i = 0;
      s.on('data', (d) => {
        text += d.toString('latin1');
        if (raw && i === 0) {
          i++;
          s.write(raw);
        } else if (i < lines.length && text.endsWith('\r\n')) s.write(`${lines[i++]}\r\n`);
      });
      s.on('error', () => undefined);
      s.on('close', () => resolve(text));
      setTimeout(() => s.destroy(), 8000);
    });
  }

  it('a binary stream is bounded and closed; the next session is served', async () => {
    mock.setScript({});
    const binary = Buffer.alloc(256 * 1024);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 131 + 7) % 256;
    const t0 = Date.now();
    const text = await talk([], binary);
    assert.ok(Date.now() - t0 < 7000, 'closed by the server');
    assert.match(text, /^220 /);
    assert.match(text, /\r\n(421|500)[ -]/);
    assert.equal((await python(mock.port)).stage, 'done');
  });

  it('stays out of the extension bundles: dist/servers.js holds it, required on first start', () => {
    const read = (f: string) => readFileSync(join(process.cwd(), 'dist', f), 'utf8');
    // A reply text of smtp-server's connection (a string: it survives a minified production build too).
    const marker = 'Error: command not recognized';
    assert.ok(read('servers.js').includes(marker));
    for (const bundle of ['extension.js', 'features.js']) {
      assert.ok(!read(bundle).includes(marker), bundle);
      assert.ok(!read(bundle).includes('createServer('), bundle);
    }
    assert.match(read('features.js'), /"dist",\s?"servers\.js"/);
  });

  it('logs each decision', () => {
    assert.ok(logs.some((l) => l === 'SMTP MAIL FROM:<alice@example.com> -> 452 4.3.1 Insufficient system storage'), logs.join('\n'));
  });
});
