// The mock servers in the real extension host: started by command, fetched, pointed at by the
// curl lines (unless the user set curl.baseUrl), an SMTP reply under test, stopped.
import * as assert from 'node:assert/strict';
import * as net from 'node:net';
import * as vscode from 'vscode';
import { api, setSetting } from './helpers';

async function copiedCurl(code: string): Promise<string> {
  await vscode.commands.executeCommand('statusCodes.copyCurl', { protocol: 'http', code });
  return vscode.env.clipboard.readText();
}

function smtpSession(port: number, lines: string[]): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const s = net.connect(port, '127.0.0.1');
    s.on('data', (d) => {
      text += d;
      const next = lines.shift();
      if (next) s.write(`${next}\r\n`);
    });
    s.on('error', () => undefined);
    s.on('close', () => resolve(text));
    setTimeout(() => s.destroy(), 5000);
  });
}

describe('mock servers', function () {
  this.timeout(30_000);
  before(async () => {
    await api();
  });
  after(async () => {
    await setSetting('curl.baseUrl', undefined);
    await vscode.commands.executeCommand('statusCodes.stopMockServer');
  });

  it('starts by command, serves the response, points the curl lines at it, stops', async () => {
    const url = await vscode.commands.executeCommand<string>('statusCodes.startMockServer');
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${url}/status/452?protocol=smtp`);
    assert.equal(res.status, 452);
    assert.equal(res.statusText, 'Insufficient Storage');
    assert.equal((await res.json()).error, 'insufficient_storage');
    assert.equal(await copiedCurl('404'), `curl -i ${url}/status/404`);
    // The user's own setting wins.
    await setSetting('curl.baseUrl', 'https://example.test');
    assert.equal(await copiedCurl('404'), 'curl -i https://example.test/status/404');
    await setSetting('curl.baseUrl', undefined);

    const smtpUrl = await vscode.commands.executeCommand<string>('statusCodes.testSmtpReply', { protocol: 'smtp', code: '452' }, 'rcpt');
    assert.match(smtpUrl, /^smtp:\/\/127\.0\.0\.1:\d+$/);
    const wire = await smtpSession(Number(smtpUrl.split(':')[2]), ['EHLO c.example', 'MAIL FROM:<a@example.com>', 'RCPT TO:<b@example.com>', 'QUIT']);
    assert.match(wire, /\r\n452 4\.3\.1 Insufficient system storage\r\n/);

    await vscode.commands.executeCommand('statusCodes.stopMockServer');
    await assert.rejects(fetch(`${url}/status/200`));
    assert.equal(await copiedCurl('404'), 'curl -i https://httpbin.org/status/404');
  });
});
