import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './cliRun';
import { search } from '../../src/core/search';


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

  it('--raw and --snippet refuse the codes no client receives (nginx 444, 499): exit 2, one line saying what happens instead', async () => {
    for (const argv of [['444', '--raw'], ['499', '--raw'], ['444', '--snippet', 'express'], ['499', '--vendor', 'nginx', '--snippet', 'go-net-http']]) {
      const r = await run(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.out, '');
      assert.equal(r.err.split('\n').length, 1, r.err);
    }
    assert.equal((await run('444', '--raw')).err, 'status-codes: nginx 444 No Response is never sent: the server closes the connection without sending any response.');
    assert.match((await run('499', '--raw')).err, /^status-codes: nginx 499 Client Closed Request is never sent: the server writes it to its access log/);
    // Esri's 499 is a response.
    assert.equal((await run('499', '--vendor', 'Esri ArcGIS', '--raw', '--date', '2026-02-25T12:00:00Z')).code, 0);
    const j = JSON.parse((await run('444', '--json')).out)[0];
    assert.equal(j.raw, undefined);
    assert.equal(j.notSent.kind, 'closes-connection');
    assert.match(j.notSent.transcript, /curl: \(52\) Empty reply from server/);
  });

  it('--json prints the entry with its renderings', async () => {
    const r = await run('452', '--protocol', 'smtp', '--json');
    const j = JSON.parse(r.out);
    assert.equal(j.id, 'smtp:452');
    assert.match(j.raw, /^HTTP\/1\.1 452/);
    assert.equal(j.curl, "curl -i 'https://httpbin.org/status/452?protocol=smtp'");
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
    for (const argv of [['abc'], ['999'], ['99999'], ['209'], ['452', '--protocol', 'http'], ['404', '--frobnicate'], ['404', '--snippet', 'cobol'], ['404', '--protocol', 'gopher'], ['404', '--body', 'xml'], ['404', '--date', 'yesterday'], ['4.3.1', '--raw'], [], ['404', '--vendor', 'acme']]) {
      const r = await run(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.out, '', argv.join(' '));
      assert.equal(r.err.split('\n').length, 1, `${argv.join(' ')}: ${r.err}`);
      assert.match(r.err, /^status-codes: /);
    }
    assert.match((await run('452', '--protocol', 'http')).err, /^status-codes: HTTP 452 is unassigned; did you mean SMTP 452 Insufficient Storage/);
    assert.match((await run('99999')).err, /^status-codes: 99999 is not a status code: HTTP codes are 100-599/);
    assert.match((await run('abc')).err, /^status-codes: "abc" is not a status code/);
    assert.equal((await run('209')).err, 'status-codes: HTTP 209 and SMTP 209 are unassigned');
  });

  it('answers a number for every protocol that knows it: 452 is SMTP 452, and HTTP 452 unassigned', async () => {
    const r = await run('452');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    const [smtp, http] = r.out.split('\n\n');
    assert.match(smtp!, /^SMTP 452 Insufficient Storage\n/);
    assert.match(smtp!, /text: {4}Requested action not taken: insufficient system storage/);
    assert.match(http!, /^HTTP 452 is unassigned\n {2}class: {3}4xx Client Error\n {2}see: {5}SMTP 452 Insufficient Storage\n {11}SMTP enhanced 4\.3\.1 Mail System Full\n/);
    assert.match(http!, /HTTP 507 Insufficient Storage/);
  });

  it('--json without --protocol prints an array, one object per answer', async () => {
    const j = JSON.parse((await run('452', '--json')).out);
    assert.ok(Array.isArray(j));
    assert.deepEqual(j.map((a: { protocol: string }) => a.protocol), ['smtp', 'http']);
    assert.deepEqual(j[0], JSON.parse((await run('452', '--protocol', 'smtp', '--json')).out));
    assert.equal(j[1].kind, 'unassigned');
    assert.equal(j[1].code, '452');
    assert.deepEqual(j[1].class, { label: '4xx', name: 'Client Error' });
    assert.ok(j[1].suggestions.some((s: { id: string }) => s.id === 'http:507'));
    const single = JSON.parse((await run('418', '--json')).out);
    assert.deepEqual(single.map((a: { id: string }) => a.id), ['http:418']);
  });

  it('--protocol narrows to one protocol', async () => {
    const smtp = await run('452', '--protocol', 'smtp');
    assert.equal(smtp.code, 0);
    assert.doesNotMatch(smtp.out, /HTTP/);
    const http = await run('404', '--protocol', 'http', '--json');
    assert.equal(JSON.parse(http.out).id, 'http:404');
    const both = await run('500');
    assert.match(both.out, /^HTTP 500 Internal Server Error\n[^]*\n\nSMTP 500 Command Unrecognized\n/);
    assert.doesNotMatch((await run('500', '--protocol', 'smtp')).out, /HTTP/);
  });

  it('answers what the registry says: 550 is SMTP 550 and HTTP 550 unassigned, 418 only HTTP', async () => {
    const r550 = await run('550');
    assert.equal(r550.code, 0);
    assert.deepEqual(r550.out.split('\n\n').map((b) => b.split('\n')[0]), ['SMTP 550 Mailbox Unavailable', 'HTTP 550 is unassigned']);
    const r418 = await run('418');
    assert.equal(r418.code, 0);
    assert.deepEqual(r418.out.split('\n\n').map((b) => b.split('\n')[0]), ["HTTP 418 I'm a teapot"]);
    assert.match((await run('5.1.1')).out, /^SMTP enhanced 5\.1\.1 Bad Destination Mailbox Address\n[^]*RFC 3463/);
  });

  it('a rendering picks one answer: HTTP where it knows the number, else the SMTP code; SMTP for an SMTP reply', async () => {
    const date = ['--date', '2026-02-25T12:00:00Z'];
    const raw452 = await run('--raw', '452', ...date);
    assert.equal(raw452.code, 0);
    assert.equal(raw452.err, '');
    const body = '{"error": "insufficient_storage", "message": "Insufficient Storage"}';
    assert.equal(raw452.out, `HTTP/1.1 452 Insufficient Storage\nContent-Type: application/json\nDate: Wed, 25 Feb 2026 12:00:00 GMT\nContent-Length: ${Buffer.byteLength(body)}\n\n${body}`);
    assert.equal(raw452.out, (await run('452', '--protocol', 'smtp', '--raw', ...date)).out);
    assert.match((await run('--raw', '404', ...date)).out, /^HTTP\/1\.1 404 Not Found\n[^]*"error": "not_found"/);
    assert.match((await run('--raw', '500', ...date)).out, /^HTTP\/1\.1 500 Internal Server Error\n/);
    assert.equal((await run('452', '--curl')).out, "curl -i 'https://httpbin.org/status/452?protocol=smtp'");
    assert.match((await run('452', '--snippet', 'rails')).out, /message: "Insufficient Storage" \},\n\s+status: 452/);
    assert.match((await run('500', '--snippet', 'express')).out, /message: "Internal Server Error"/);
    assert.equal((await run('550', '--smtp-reply')).out, '550 5.1.1 Requested action not taken: mailbox unavailable');
    assert.match((await run('500', '--smtp-reply')).out, /^500 /);
    assert.match((await run('452', '--smtp-reply', '--multiline')).out, /^452-4\.3\.1 /);
    const noReply = await run('404', '--smtp-reply');
    assert.equal(noReply.code, 2);
    assert.equal(noReply.err, 'status-codes: HTTP 404 is not an SMTP code; it has no SMTP reply.');
  });

  it('--vendor picks a vendor meaning among every protocol', async () => {
    const r = await run('451', '--vendor', 'Microsoft IIS', '--json');
    assert.deepEqual(JSON.parse(r.out).map((a: { id: string }) => a.id), ['http:451@microsoft-iis']);
    assert.equal((await run('451', '--vendor', 'acme')).err, 'status-codes: HTTP 451 and SMTP 451 have no meaning from vendor "acme" (vendors: Microsoft IIS)');
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
    const both = spawnSync(process.execPath, [cli, '452'], { encoding: 'utf8' });
    assert.equal(both.status, 0, both.stderr);
    assert.match(both.stdout, /^SMTP 452 Insufficient Storage\n[^]*\n\nHTTP 452 is unassigned\n/);
    const none = spawnSync(process.execPath, [cli, '99999'], { encoding: 'utf8' });
    assert.equal(none.status, 2);
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /^status-codes: 99999 is not a status code[^\n]*\n$/);
  });

  it('--search prints the core search, ranked: storage finds the seven codes the sidebar shows (names first, FTP among them)', async () => {
    const r = await run('--search', 'storage');
    assert.equal(r.code, 0);
    const lines = r.out.split('\n');
    assert.equal(lines.length, search('storage').length);
    assert.deepEqual(
      lines.map((l) => l.replace(/ — .*/, '')),
      [
        'HTTP 507 Insufficient Storage',
        'SMTP 452 Insufficient Storage',
        'SMTP 552 Exceeded Storage Allocation',
        'FTP 452 Insufficient Storage Space',
        'FTP 552 Exceeded Storage Allocation',
        'SMTP enhanced 4.3.1 Mail System Full',
        'SMTP enhanced 5.3.1 Mail System Full',
      ],
    );
    const json = JSON.parse((await run('--search', 'storage', '--json')).out) as Array<{ code: string }>;
    assert.deepEqual(json.map((j) => j.code), ['507', '452', '552', '452', '552', '4.3.1', '5.3.1']);
  });

  it('--search reads codes, constants and log fragments like Look Up', async () => {
    assert.match((await run('--search', '5.1.1')).out, /^SMTP enhanced 5\.1\.1 /);
    assert.match((await run('--search', 'HttpStatus.NOT_FOUND')).out, /^HTTP 404 Not Found — /);
    assert.deepEqual(
      (await run('--search', '550 5.1.1')).out.split('\n').map((l) => l.replace(/ — .*/, '').replace(/ \S+$/, '')),
      ['SMTP 550 Mailbox', 'SMTP enhanced 5.1.1 Bad Destination Mailbox'],
    );
    const r452 = await run('--search', '452');
    assert.match(r452.out, /^SMTP 452 Insufficient Storage — .*\nHTTP 452 is unassigned; did you mean:\n/);
  });

  it('--search that finds nothing, or an empty one, says "no match" and exits 1', async () => {
    for (const q of ['zzzz no such thing', '', '   ']) {
      const r = await run('--search', q);
      assert.equal(r.code, 1, JSON.stringify(q));
      assert.equal(r.out, '');
      assert.match(r.err, /^status-codes: no match for "/);
    }
    assert.match((await run('--search', '299')).err, /no match for "299" \(HTTP 299 is unassigned\)/);
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
