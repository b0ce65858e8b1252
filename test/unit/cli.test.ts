import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli', () => {
  it('prints a summary', async () => {
    const r = await run('452', '--protocol', 'smtp');
    assert.equal(r.code, 0);
    assert.match(r.out, /^SMTP 452 Insufficient Storage/);
    assert.match(r.out, /RFC 5321/);
  });

  it('prints the raw response with a fixed date', async () => {
    const r = await run('452', '--protocol', 'smtp', '--raw', '--date', '2026-02-25T12:00:00Z');
    assert.equal(r.code, 0);
    assert.match(r.out, /^HTTP\/1\.1 452 Insufficient Storage\nContent-Type: application\/json\nDate: Wed, 25 Feb 2026 12:00:00 GMT\nContent-Length: 68\n/);
  });

  it('prints curl, SMTP reply and snippets', async () => {
    assert.equal((await run('404', '--curl', '--base', 'http://127.0.0.1:9')).out, 'curl -i http://127.0.0.1:9/status/404');
    assert.equal((await run('452', '--protocol', 'smtp', '--smtp-reply')).out, '452 4.3.1 Insufficient system storage');
    assert.match((await run('4.3.1', '--smtp-reply', '--multiline')).out, /^452-4\.3\.1 /);
    assert.match((await run('452', '--protocol', 'smtp', '--snippet', 'rails')).out, /status: 452/);
  });

  it('--json prints the entry with its renderings', async () => {
    const r = await run('452', '--protocol', 'smtp', '--json');
    const j = JSON.parse(r.out);
    assert.equal(j.id, 'smtp:452');
    assert.match(j.raw, /^HTTP\/1\.1 452/);
    assert.equal(j.curl, 'curl -i https://httpbin.org/status/452');
    assert.ok(j.snippets.django.code.includes('status=452'));
    assert.ok(j.snippets['go-net-http'].snippet.includes('${1:insufficient_storage}'));
  });

  it('--list --json prints every entry as one array', async () => {
    const r = await run('--list', '--json');
    const j = JSON.parse(r.out);
    assert.ok(Array.isArray(j));
    assert.ok(j.length > 150, `${j.length} entries`);
    assert.ok(j.some((e: { id: string }) => e.id === 'smtp-enhanced:X.3.1'));
  });

  it('unknown code or bad flag: one line on stderr, exit code 2', async () => {
    for (const argv of [['abc'], ['999'], ['452'], ['404', '--frobnicate'], ['404', '--snippet', 'cobol'], ['404', '--protocol', 'gopher'], ['404', '--body', 'xml'], ['404', '--date', 'yesterday'], ['4.3.1', '--raw'], [], ['404', '--vendor', 'acme']]) {
      const r = await run(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.out, '', argv.join(' '));
      assert.equal(r.err.split('\n').length, 1, `${argv.join(' ')}: ${r.err}`);
      assert.match(r.err, /^status-codes: /);
    }
    assert.match((await run('452')).err, /unassigned; did you mean SMTP 452 Insufficient Storage/);
  });

  it('the built dist/cli.js exits 2 on bad input and 0 on good', function () {
    const cli = join(process.cwd(), 'dist', 'cli.js');
    assert.ok(existsSync(cli), 'dist/cli.js is built by the test build');
    const bad = spawnSync(process.execPath, [cli, 'nope'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^status-codes: /);
    const good = spawnSync(process.execPath, [cli, '404'], { encoding: 'utf8' });
    assert.equal(good.status, 0);
    assert.match(good.stdout, /HTTP 404 Not Found/);
  });

  it('--detect prints findings as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-'));
    const file = join(dir, 'app.js');
    writeFileSync(file, 'const port = 8080;\napp.get("/", (req, res) => res.status(404).end());\n');
    const r = await run('--detect', file);
    assert.equal(r.code, 0, r.err);
    const findings = JSON.parse(r.out);
    assert.deepEqual(findings.map((f: { line: number; code: string; protocol: string }) => [f.line, f.protocol, f.code]), [[2, 'http', '404']]);
    assert.equal((await run('--detect', join(dir, 'missing.js'))).code, 2);
  });
});
