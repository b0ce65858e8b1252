// The client lines the response view shows for an SMTP reply, run for real: the SMTP mock started
// as the first line says (the same stage and reply), then curl, Python's smtplib and nodemailer
// exactly as written, each expected to see that reply.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { lookup } from '../../src/core/registry';
import { renderSmtpClients, stageOf, type SmtpClientLine } from '../../src/core/render/smtpClients';
import type { ResolvedCode } from '../../src/core/types';
import { scriptFor, startSmtpMock, type SmtpMock } from '../../src/servers/smtp';

function found(protocol: 'smtp' | 'smtp-enhanced', code: string): ResolvedCode {
  const res = lookup(protocol, code);
  assert.equal(res.kind, 'found', `${protocol} ${code}`);
  return res.kind === 'found' ? res.matches[0]! : (undefined as never);
}

/** Runs a command to its end (bounded); resolves with everything it printed. */
function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}

const line = (lines: SmtpClientLine[], id: SmtpClientLine['id']): string => lines.find((l) => l.id === id)!.code;

describe('SMTP client lines, run against the SMTP mock', () => {
  for (const [protocol, code, text] of [
    // Between the code and its text each client prints its own separator (a space, a hyphen, `, b'`).
    ['smtp', '452', /452\D{1,6}4\.3\.1 Insufficient system storage/],
    ['smtp-enhanced', '5.1.1', /550\D{1,6}5\.1\.1 /],
    ['smtp', '421', /421/],
  ] as const) {
    describe(`${protocol} ${code}`, () => {
      const r = found(protocol, code);
      let mock: SmtpMock;
      let lines: SmtpClientLine[];
      before(async () => {
        // What the first line asks of `status-codes serve`, on a free port.
        const serve = renderSmtpClients(r)[0]!.code;
        const m = /--stage (\S+) --reply (\S+)$/.exec(serve)!;
        assert.equal(m[1], stageOf(r));
        assert.equal(m[2], code);
        const script = scriptFor(m[1]!, m[2]!);
        assert.notEqual(typeof script, 'string', String(script));
        mock = await startSmtpMock({ port: 0, script: script as Exclude<typeof script, string> });
        lines = renderSmtpClients(r, { port: mock.port });
      });
      after(() => mock.close());

      it('Python smtplib sees the reply', async function () {
        if (spawnSync('/usr/bin/python3', ['--version']).status !== 0) this.skip();
        assert.match(await run('/usr/bin/python3', ['-c', line(lines, 'smtplib')]), text);
      });

      it('nodemailer sees the reply', async () => {
        assert.match(await run(process.execPath, ['-e', line(lines, 'nodemailer')]), text);
      });

      it('curl sees the reply', async () => {
        const out = await run('sh', ['-c', `${line(lines, 'curl')} -v 2>&1`]);
        assert.match(out, text);
      });
    });
  }

  it('offers nothing for an HTTP status', () => {
    const res = lookup('http', '404');
    assert.ok(res.kind === 'found');
    assert.deepEqual(renderSmtpClients(res.matches[0]!), []);
  });
});
