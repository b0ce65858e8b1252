// `status-codes serve`: the built command prints its URLs as soon as it listens, serves, logs
// requests on stderr and stops on SIGTERM; a busy port is one line and exit 2.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as net from 'node:net';
import { join } from 'node:path';
import { main } from '../../src/cli/cli';

async function run(argv: string[], stop?: Promise<void>): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (s) => out.push(s), (s) => err.push(s), stop);
  return { code, out, err };
}

describe('cli-serve', function () {
  this.timeout(20_000);

  it('the built dist/cli.js serves HTTP and SMTP until SIGTERM', async () => {
    const cli = join(process.cwd(), 'dist', 'cli.js');
    assert.ok(existsSync(cli), 'dist/cli.js is built by the test build');
    const p = spawn(process.execPath, [cli, 'serve', '--port', '0', '--smtp', '--stage', 'rcpt', '--reply', '452'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    const urls = await new Promise<string[]>((resolve, reject) => {
      p.stdout.on('data', (d) => {
        out += d;
        const lines = out.split('\n').filter(Boolean);
        if (lines.length >= 2) resolve(lines);
      });
      p.on('exit', (c) => reject(new Error(`exited ${c}: ${err}`)));
    });
    assert.match(urls[0]!, /^http:\/\/127\.0\.0\.1:\d+ /);
    assert.match(urls[1]!, /^smtp:\/\/127\.0\.0\.1:\d+ /);
    const base = urls[0]!.split(' ')[0]!;
    const res = await fetch(`${base}/status/503`);
    assert.equal(res.status, 503);
    assert.equal((await res.json()).message, 'Service Unavailable');
    // The SMTP mock answers the chosen reply at RCPT.
    const smtpPort = Number(/:(\d+) /.exec(urls[1]!)![1]);
    const wire = await new Promise<string>((resolve) => {
      let text = '';
      const lines = ['EHLO c.example', 'MAIL FROM:<a@example.com>', 'RCPT TO:<b@example.com>', 'QUIT'];
      const s = net.connect(smtpPort, '127.0.0.1');
      s.on('data', (d) => {
        text += d;
        const next = lines.shift();
        if (next) s.write(`${next}\r\n`);
      });
      s.on('close', () => resolve(text));
    });
    assert.match(wire, /\r\n452 4\.3\.1 Insufficient system storage\r\n/);
    const code = await new Promise<number | null>((resolve) => {
      p.on('exit', (c) => resolve(c));
      p.kill('SIGTERM');
    });
    assert.equal(code, 0);
    assert.match(err, /GET \/status\/503 -> 503 Service Unavailable/);
    assert.match(err, /RCPT TO:<b@example.com> -> 452 4\.3\.1/);
  });

  it('a busy port is one clear line and exit 2; bad flags too', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const busy = await run(['serve', '--port', String(port)], Promise.resolve());
      assert.equal(busy.code, 2);
      assert.deepEqual(busy.err, [`status-codes: HTTP port ${port} is in use (try --port 0 for a free one)`]);
      const smtpBusy = await run(['serve', '--port', '0', '--smtp', '--smtp-port', String(port)], Promise.resolve());
      assert.equal(smtpBusy.code, 2);
      assert.match(smtpBusy.err.at(-1)!, /SMTP port \d+ is in use/);
    } finally {
      blocker.close();
    }
    for (const argv of [['serve', '--port', '70000'], ['serve', '--stage', 'rcpt'], ['serve', '--stage', 'helo', '--reply', '452'], ['serve', '--stage', 'rcpt', '--reply', '999'], ['serve', '--body', 'fancy'], ['404', '--smtp']]) {
      const r = await run(argv, Promise.resolve());
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.err.length, 1, argv.join(' '));
      assert.equal(r.out.length, 0, argv.join(' '));
    }
  });

  it('--help names serve and its flags', async () => {
    const r = await run(['--help']);
    assert.match(r.out.join('\n'), /status-codes serve \[--port N\][^]*--stage STAGE[^]*connect, ehlo, mail, rcpt, data, eod, auth/);
  });
});
