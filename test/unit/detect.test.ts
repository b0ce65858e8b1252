// Unit tests of the detection core: columns, the finding under the cursor, bounds on huge
// lines and documents, malformed input, options, document hints and languageFromPath.
import * as assert from 'node:assert/strict';
import { detectAt, detectDocument, detectLine, detectText, documentHints, languageFromPath } from '../../src/core/detect/index';
import { lookup } from '../../src/core/registry';

/** The text of each finding: `http:404[404]`. */
function show(line: string, language: string, options?: Parameters<typeof detectLine>[2]): string[] {
  return detectLine(line, language, options).map((f) => `${f.protocol}:${f.code}[${line.slice(f.start, f.end)}]`);
}

function elapsed(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** The best of three timings: one sample may include a GC pause or a busy machine. */
function bestOf3(fn: () => void): number {
  return Math.min(elapsed(fn), elapsed(fn), elapsed(fn));
}

describe('detect: columns and the finding under the cursor', () => {
  const line = '    return res.status(404).json({ code: HttpStatus.NOT_FOUND });';
  const num = line.indexOf('404');
  const cst = line.indexOf('HttpStatus');

  it('gives exact token columns', () => {
    const fs = detectLine(line, 'typescript');
    assert.deepEqual(
      fs.map((f) => [f.start, f.end, f.code, f.via]),
      [
        [num, num + 3, '404', 'number'],
        [cst, cst + 'HttpStatus.NOT_FOUND'.length, '404', 'constant'],
      ],
    );
    assert.deepEqual(fs[1]!.constant, { table: 'nestjs-httpstatus', name: 'NOT_FOUND' });
  });

  it('finds the token under every column of it, and just after it', () => {
    for (const col of [num, num + 1, num + 2, num + 3]) assert.equal(detectAt(line, col, 'typescript')?.code, '404', `column ${col}`);
    assert.equal(detectAt(line, cst + 5, 'typescript')?.via, 'constant');
    assert.equal(detectAt(line, num - 1, 'typescript'), undefined);
    assert.equal(detectAt(line, 2, 'typescript'), undefined);
  });

  it('tells neighbouring tokens apart', () => {
    const l = 'log("550 5.1.1 user unknown via smtp")';
    const at = l.indexOf('5.1.1');
    assert.equal(detectAt(l, at - 1, 'javascript')?.code, '550');
    assert.equal(detectAt(l, at, 'javascript')?.code, '5.1.1');
    assert.equal(detectAt(l, at + 5, 'javascript')?.code, '5.1.1');
    assert.equal(detectAt(l, at + 6, 'javascript'), undefined);
  });

  it('gives two findings for a reply code with an enhanced code', () => {
    assert.deepEqual(show('said: 550 5.1.1 <bob@example.org>: Recipient address rejected', 'log'), ['smtp:550[550]', 'smtp-enhanced:5.1.1[5.1.1]']);
  });

  it('names the current constant for a deprecated one', () => {
    const f = detectLine('raise HTTPException(status_code=status.HTTP_422_UNPROCESSABLE_ENTITY)', 'python')[0]!;
    assert.equal(f.code, '422');
    assert.equal(f.constant?.table, 'starlette-status');
    assert.equal(f.constant?.deprecated, 'HTTP_422_UNPROCESSABLE_CONTENT');
    const rails = detectLine('render json: errors, status: :unprocessable_entity', 'ruby')[0]!;
    assert.equal(rails.constant?.deprecated, 'unprocessable_content');
    // Spring's REQUEST_ENTITY_TOO_LARGE -> PAYLOAD_TOO_LARGE -> CONTENT_TOO_LARGE: the end of the chain.
    const spring = detectLine('return ResponseEntity.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).build();', 'java')[0]!;
    assert.equal(spring.code, '413');
    assert.equal(spring.constant?.deprecated, 'CONTENT_TOO_LARGE');
  });

  it('chooses the table by qualifier and language', () => {
    assert.equal(detectLine('HttpStatus.NOT_FOUND', 'java')[0]?.constant?.table, 'spring-httpstatus');
    assert.equal(detectLine('HttpStatus.NOT_FOUND', 'typescript')[0]?.constant?.table, 'nestjs-httpstatus');
    assert.equal(detectLine('HttpStatusCode.NotFound', 'csharp')[0]?.constant?.table, 'dotnet-httpstatuscode');
    // Go's table is not used for TypeScript: `http.StatusOK` there is nothing.
    assert.deepEqual(detectLine('const s = http.StatusOK;', 'typescript'), []);
    assert.equal(detectLine('w.WriteHeader(http.StatusOK)', 'go')[0]?.constant?.table, 'go-net-http');
    // Prose sees every table.
    assert.equal(detectLine('Use `http.StatusTeapot` for 418.', 'markdown')[0]?.code, '418');
  });

  it('prefers the table the document imports', () => {
    const line = 'return Response(status=status.HTTP_422_UNPROCESSABLE_ENTITY)';
    const drf = documentHints('from rest_framework import status\nfrom rest_framework.response import Response\n');
    assert.deepEqual(drf.tables, ['drf-status']);
    assert.equal(detectLine(line, 'python', { hints: drf })[0]?.constant?.table, 'drf-status');
    assert.equal(detectLine(line, 'python')[0]?.constant?.table, 'starlette-status');
  });
});

describe('detect: options and hints', () => {
  it('filters by protocol', () => {
    const line = 'said: 550 5.1.1 user unknown; res.status(404)';
    assert.deepEqual(show(line, 'log', { protocols: ['http'] }), ['http:404[404]']);
    assert.deepEqual(show(line, 'log', { protocols: ['smtp-enhanced'] }), ['smtp-enhanced:5.1.1[5.1.1]']);
    assert.deepEqual(show(line, 'log', { protocols: ['smtp'] }), ['smtp:550[550]']);
  });

  it('reads `code == 421` as SMTP only in mail code', () => {
    assert.deepEqual(show('    if code == 421:', 'python'), []);
    const hints = documentHints('import smtplib\n\ndef send():\n    pass\n');
    assert.equal(hints.smtp, true);
    assert.deepEqual(show('    if code == 421:', 'python', { hints }), ['smtp:421[421]']);
    // HTTP identifiers stay HTTP in mail code.
    assert.deepEqual(show('    if resp.status_code == 404:', 'python', { hints }), ['http:404[404]']);
  });

  it('counts an OpenAPI key only under `responses` when the document is known', () => {
    const yaml = ['paths:', '  /pets:', '    get:', '      responses:', "        '200':", '          description: OK', "        '404':", 'colors:', '  red:', '    500:', '    600:'].join('\n');
    const found = detectText(yaml, 'yaml').map((f) => `${f.line}:${f.code}`);
    assert.deepEqual(found, ['4:200', '6:404']);
    const json = '{\n  "responses": {\n    "404": {\n      "description": "x"\n    }\n  },\n  "palette": {\n    "500": {\n      "value": "#fff"\n    }\n  }\n}';
    assert.deepEqual(detectText(json, 'json').map((f) => `${f.line}:${f.code}`), ['2:404']);
    // detectAt with the document as context does the same.
    const lines = yaml.split('\n');
    assert.equal(detectAt(lines[9]!, 4, 'yaml', { context: { line: 9, lineAt: (n) => lines[n] } }), undefined);
    assert.equal(detectAt(lines[6]!, 9, 'yaml', { context: { line: 6, lineAt: (n) => lines[n] } })?.code, '404');
  });

  it('reads switch branches over a status in a document', () => {
    const at = (text: string, lang: string) => detectText(text, lang).map((f) => `${f.line}:${f.protocol}:${f.code}`);
    const js = ['switch (res.status) {', '  case 404:', '    return null;', '  case 500: case 503:', '    throw err;', '}', 'switch (count) {', '  case 404:', '}'].join('\n');
    assert.deepEqual(at(js, 'javascript'), ['1:http:404', '3:http:500']);
    const go = ['switch resp.StatusCode {', 'case 200, 204:', '\treturn nil', 'case http.StatusNotFound:', '}'].join('\n');
    assert.deepEqual(at(go, 'go'), ['1:http:200', '1:http:204', '3:http:404']);
    const py = ['match response.status_code:', '    case 404:', '        pass', '    case 301 | 302:', '        follow()'].join('\n');
    assert.deepEqual(at(py, 'python'), ['1:http:404', '3:http:301', '3:http:302']);
    const rb = ['case response.code.to_i', 'when 404 then nil', "when 500, 502", 'end'].join('\n');
    assert.deepEqual(at(rb, 'ruby'), ['1:http:404', '2:http:500', '2:http:502']);
    const rs = ['match res.status().as_u16() {', '    404 => None,', '    500 | 502 => retry(),', '    n => Some(n),', '}'].join('\n');
    assert.deepEqual(at(rs, 'rust'), ['1:http:404', '2:http:500', '2:http:502']);
    const kt = ['when (response.status.value) {', '    404 -> null', '    else -> body', '}'].join('\n');
    assert.deepEqual(at(kt, 'kotlin'), ['1:http:404']);
    const smtp = ['import smtplib', 'match code:', '    case 421:', '        retry()'].join('\n');
    assert.deepEqual(at(smtp, 'python'), ['2:smtp:421']);
    // Without the document, a bare branch is nothing.
    assert.deepEqual(detectLine('  case 404:', 'javascript'), []);
  });

  it('reads a matcher continued on the next line under a status', () => {
    const at = (text: string, lang: string) => detectText(text, lang).map((f) => `${f.line}:${f.protocol}:${f.code}`);
    const cs = ['((int)response.StatusCode).Should()', '            .Be(405);', 'items.Count.Should()', '            .Be(200);', 'response.StatusCode.Should().Be(HttpStatusCode.OK);', '            .Be(404);'].join('\n');
    assert.deepEqual(at(cs, 'csharp'), ['1:http:405', '4:http:200']);
    const kt = ['assertThat(response.statusCode.value())', '    .isEqualTo(404)', 'assertThat(list.size)', '    .isEqualTo(200)'].join('\n');
    assert.deepEqual(at(kt, 'kotlin'), ['1:http:404']);
    const js = ['expect(res.status)', '  .toBe(201);', 'expect(items)', '  .toHaveLength(200);'].join('\n');
    assert.deepEqual(at(js, 'javascript'), ['1:http:201']);
    assert.deepEqual(detectLine('            .Be(405);', 'csharp'), []);
    const doc = ['\t/**', '\tThe HTTP status codes allowed to retry.', '', '\t@default [413, 429, 503]', '\t*/', '\tstatusCodes?: number[];', '\t/**', '\t * Retries.', '\t * @default [100, 200]', '\t */', '\tlimit?: number;'].join('\n');
    assert.deepEqual(at(doc, 'typescript'), ['3:http:413', '3:http:429', '3:http:503']);
    const doc2 = ['\t/**', '\t * The HTTP status codes allowed to retry.', '\t * @default [413, 429, 503]', '\t */', '\tstatusCodes?: number[];', '\t/**', '\t * Sizes.', '\t * @default [100, 200]', '\t */', '\tsizes?: number[];'].join('\n');
    assert.deepEqual(at(doc2, 'typescript'), ['2:http:413', '2:http:429', '2:http:503']);
  });

  it('reads markdown table cells under a status or code column', () => {
    const md = [
      '| Status | Meaning | Retry after |',
      '| ------ | ------- | ----------- |',
      '| 404 | not found | 300 |',
      '| 429 | slow down | 120 |',
      '',
      '| Page | Views |',
      '|---|---|',
      '| 404 | 500 |',
      '',
      '| SMTP reply | Meaning |',
      '|:--|:--|',
      '| 452 | mailbox full |',
    ].join('\n');
    assert.deepEqual(
      detectText(md, 'markdown').map((f) => `${f.line}:${f.protocol}:${f.code}`),
      ['2:http:404', '3:http:429', '11:smtp:452'],
    );
  });

  it('gives line numbers over a whole document', () => {
    const text = 'package main\r\n\r\nfunc h(w http.ResponseWriter) {\r\n\tw.WriteHeader(http.StatusTeapot)\r\n\thttp.Error(w, "x", 500)\r\n}\r\n';
    assert.deepEqual(
      detectText(text, 'go').map((f) => `${f.line}:${f.start}:${f.code}`),
      ['3:15:418', '4:20:500'],
    );
  });
});

describe('detect: malformed input', () => {
  it('returns nothing for empty and non-string input, never throws', () => {
    assert.deepEqual(detectLine('', 'python'), []);
    assert.deepEqual(detectLine(undefined as unknown as string, 'python'), []);
    assert.deepEqual(detectLine(null as unknown as string, undefined as unknown as string), []);
    assert.deepEqual(detectLine(404 as unknown as string, 'python'), []);
    assert.equal(detectAt('res.status(404)', NaN, 'javascript'), undefined);
    assert.equal(detectAt('res.status(404)', -1, 'javascript'), undefined);
    assert.equal(detectAt('res.status(404)', 99, 'javascript'), undefined);
    assert.equal(detectAt(undefined as unknown as string, 0, 'javascript'), undefined);
    assert.deepEqual(detectText('', 'python'), []);
    assert.deepEqual(detectText(undefined as unknown as string, 'python'), []);
    assert.deepEqual(documentHints(undefined as unknown as string), {});
  });

  it('ignores numbers that are no status codes, even in context', () => {
    assert.deepEqual(show('res.status(4040)', 'javascript'), []);
    assert.deepEqual(show('res.status(999)', 'javascript'), []);
    assert.deepEqual(show('res.status(099)', 'javascript'), []);
    assert.deepEqual(show('res.status(40)', 'javascript'), []);
    assert.deepEqual(show('res.status(12345678901234567890404)', 'javascript'), []);
    assert.deepEqual(show('res.status(404.5)', 'javascript'), []);
    assert.deepEqual(show('status: 9.9.9', 'yaml'), []);
  });

  it('handles unicode around codes with UTF-16 columns', () => {
    const line = "res.status(404).send('Ünïcödé 🚀 не найдено')";
    assert.deepEqual(show(line, 'javascript'), ['http:404[404]']);
    const emoji = "msg = '🚀🚀'; res.status(410)";
    const f = detectLine(emoji, 'javascript')[0]!;
    assert.equal(emoji.slice(f.start, f.end), '410');
    assert.deepEqual(show('ステータス: HTTP/1.1 503 Service Unavailable', 'plaintext'), ['http:503[503]']);
  });

  it('accepts unknown and oddly cased language ids', () => {
    assert.deepEqual(show('res.status(404)', 'COBOL'), ['http:404[404]']);
    assert.deepEqual(show('w.WriteHeader(http.StatusNotFound)', 'Go'), ['http:404[http.StatusNotFound]']);
  });
});

describe('detect: bounds', () => {
  // A 1 MB minified line with many numbers and a status call in the middle.
  const chunk = 'var a=[1,2,3,404,500];function f(n){return n<404?x[200]:y(300)};';
  const half = chunk.repeat(Math.ceil(500_000 / chunk.length));
  const huge = `${half}res.status(418).end();${half}`;
  const at = huge.indexOf('418');

  // Timings are figures for `npm run bench`; these tests check the structure that bounds the work.
  it('finds the code under the cursor in a 1 MB line, looking only at a window around it', () => {
    assert.ok(huge.length > 1_000_000);
    const f = detectAt(huge, at + 1, 'javascript');
    assert.equal(f?.code, '418');
    assert.equal(f?.start, at);
    // The same answer from the 600 characters around the cursor: nothing outside them is read.
    const from = at - 300;
    const windowed = detectAt(huge.slice(from, at + 300), at + 1 - from, 'javascript');
    assert.deepEqual(windowed && { ...windowed, start: windowed.start + from, end: windowed.end + from }, f);
    // Far from the status call, the many numbers of minified code give nothing.
    assert.equal(detectAt(huge, 1000, 'javascript'), undefined);
  });

  it('examines only the start of a long line in detectLine', () => {
    assert.deepEqual(detectLine(huge, 'javascript'), []);
    assert.deepEqual(detectLine(huge, 'javascript'), detectLine(huge.slice(0, 2000), 'javascript'));
    const early = `res.status(404);${'x'.repeat(5000)}res.status(500);`;
    assert.deepEqual(show(early, 'javascript'), ['http:404[404]']);
  });

  it('does not split a token at the window edge', () => {
    // The cut at 2000 characters falls inside `4041`: a naive cut would leave `res.status(404`.
    const pre = ' res.status(';
    const line = `${'a'.repeat(1997 - pre.length)}${pre}4041)`;
    assert.equal(line.indexOf('4041'), 1997);
    assert.deepEqual(show(line, 'javascript'), []);
    assert.deepEqual(show(`${line.slice(1, 2000)})`, 'javascript'), ['http:404[404]']);
  });

  // A guard against catastrophic regex backtracking (which would take seconds, freezing the
  // editor), not a speed measurement: the bound is hundreds of times the real cost.
  it('stays linear on adversarial lines', () => {
    const bad = [
      '('.repeat(2000),
      'status '.repeat(300),
      ',404'.repeat(500),
      'a.'.repeat(1000),
      'http.http.http.'.repeat(130),
      '5.1.1 '.repeat(330),
      ' '.repeat(1990) + '404',
      `assert(${'x,'.repeat(990)}404)`,
      `return ${'['.repeat(1000)}404`,
      `status_forcelist=[${'404, '.repeat(390)}`,
      `"GET ${'/a'.repeat(995)}" 404`,
      `${'{'.repeat(999)}404: {"description"`,
    ];
    for (const line of bad) {
      for (const lang of ['javascript', 'python', 'yaml', 'log', 'nginx', 'ruby']) {
        const ms = bestOf3(() => detectLine(line, lang));
        assert.ok(ms < 100, `${ms.toFixed(1)} ms for ${JSON.stringify(line.slice(0, 30))}... (${lang})`);
      }
    }
  });

  it('caps detectText by lines and by time', () => {
    const doc = 'res.status(404)\n'.repeat(50_000);
    const byLines = detectDocument(doc, 'javascript', { maxLines: 1000 });
    assert.equal(byLines.truncated, 'lines');
    assert.equal(byLines.findings.length, 1000);
    const byTime = detectDocument(doc, 'javascript', { maxMillis: 1 });
    assert.ok(byTime.truncated === 'time' || byTime.lines === byTime.totalLines);
    const full = detectDocument(doc, 'javascript', { maxMillis: 60_000 });
    assert.equal(full.truncated, undefined);
    assert.equal(full.findings.length, 50_000);
  });
});

describe('detect: properties on random lines', () => {
  // A deterministic generator of lines made of the pieces the rules look for.
  let seed = 20241125;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = [
    '404', '500', '5.1.1', '550', '250 ', ' OK', 'status', 'res.status(', ')', '(', '=', '==', ': ', ', ', "'", '"', '`', ' ',
    'HTTP/1.1 ', 'HttpStatus.', 'NOT_FOUND', 'http.', 'StatusNotFound', ':not_found', 'status: ', 'return ', '[', ']', '{', '}',
    'smtp', 'said: ', 'dsn=', '-', '.', '/', '#', '1', '22', '4041', 'é', '🚀', '\t', 'case ', 'error_page ', '|', 'GET /x ',
  ];
  const languages = ['javascript', 'python', 'go', 'ruby', 'java', 'csharp', 'php', 'rust', 'yaml', 'json', 'nginx', 'log', 'plaintext', 'x-unknown'];

  it('never throws, keeps spans inside the line and reports only well-formed codes', () => {
    let findings = 0;
    let slowest = { ms: 0, line: '', lang: '' };
    for (let i = 0; i < 3000; i++) {
      let line = '';
      const n = 1 + rand(30);
      for (let k = 0; k < n; k++) line += pieces[rand(pieces.length)];
      const lang = languages[rand(languages.length)]!;
      const t = process.hrtime.bigint();
      const fs = detectLine(line, lang);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (ms > slowest.ms) slowest = { ms, line, lang };
      for (const f of fs) {
        findings++;
        assert.ok(f.start >= 0 && f.start < f.end && f.end <= line.length, `span ${f.start}-${f.end} in ${JSON.stringify(line)}`);
        assert.notEqual(lookup(f.protocol, f.code).kind, 'invalid', `${f.protocol} ${f.code} in ${JSON.stringify(line)}`);
        if (f.via !== 'constant' && f.rule !== 'nginx-http-token' && f.rule !== 'enhanced-code-struct') assert.equal(line.slice(f.start, f.end), f.code);
        const col = f.start + rand(f.end - f.start);
        const at = detectAt(line, col, lang);
        assert.ok(at && at.start <= col && col <= at.end, `detectAt ${col} in ${JSON.stringify(line)}`);
      }
      const overlaps = fs.some((a, j) => fs.some((b, k) => j !== k && a.start < b.end && b.start < a.end));
      assert.ok(!overlaps, `overlapping findings in ${JSON.stringify(line)}`);
    }
    assert.ok(findings > 100, `only ${findings} findings: the generator no longer exercises the rules`);
    // The slowest line, timed again: a guard against backtracking (seconds), not a speed figure.
    const again = elapsed(() => {
      for (let i = 0; i < 20; i++) detectLine(slowest.line, slowest.lang);
    }) / 20;
    assert.ok(again < 50, `slowest line takes ${again.toFixed(2)} ms: ${JSON.stringify(slowest.line)}`);
  });
});

describe('languageFromPath', () => {
  const cases: Array<[string, string]> = [
    ['src/app.py', 'python'],
    ['index.mjs', 'javascript'],
    ['a/b/c.tsx', 'typescriptreact'],
    ['Main.java', 'java'],
    ['build.gradle.kts', 'kotlin'],
    ['server.go', 'go'],
    ['Gemfile', 'ruby'],
    ['config.ru', 'ruby'],
    ['Program.cs', 'csharp'],
    ['index.php', 'php'],
    ['main.rs', 'rust'],
    ['requests.http', 'http'],
    ['openapi.yml', 'yaml'],
    ['tsconfig.json', 'json'],
    ['/etc/nginx/sites-enabled/default.conf', 'nginx'],
    ['nginx.conf', 'nginx'],
    ['/var/www/.htaccess', 'apacheconf'],
    ['C:\\logs\\access.log', 'log'],
    ['access.log.1', 'log'],
    ['README.md', 'markdown'],
    ['notes', 'plaintext'],
    ['weird.xyz', 'plaintext'],
    ['', 'plaintext'],
  ];
  for (const [p, id] of cases) it(`${p || '(empty)'} -> ${id}`, () => assert.equal(languageFromPath(p), id));
});

describe('effectiveLanguage', () => {
  it('takes the file name where the editor language has no rules of its own', async () => {
    const { effectiveLanguage } = await import('../../src/core/detect/index');
    assert.equal(effectiveLanguage('properties', '/etc/nginx/nginx.conf'), 'nginx');
    assert.equal(effectiveLanguage('plaintext', '/var/log/maillog'), 'plaintext');
    assert.equal(effectiveLanguage('plaintext', '/srv/site/.htaccess'), 'apacheconf');
    assert.equal(effectiveLanguage('python', '/x/nginx.conf'), 'python');
    assert.equal(effectiveLanguage('properties', '/x/app.properties'), 'properties');
    assert.equal(effectiveLanguage('plaintext'), 'plaintext');
  });
});

describe('detect: documents (issue 9: structure, mail code, prose)', () => {
  const at = (text: string, lang: string, path?: string) =>
    detectText(text, lang, { hints: documentHints(text, path) }).map((f) => `${f.line}:${f.protocol}:${f.code}[${text.split('\n')[f.line]!.slice(f.start, f.end)}]`);

  it('reads mail code by its imports or its path, and its reply codes then as SMTP', () => {
    // A command and its reply side by side in a test table are SMTP wherever they stand; lower-case words are no command.
    assert.deepEqual(show('    {"RCPT TO: <u2@gmail.com>", 250},', 'go'), ['smtp:250[250]']);
    assert.deepEqual(show('    ("EHLO localhost", 250),', 'python'), ['smtp:250[250]']);
    assert.deepEqual(show('    {"data", 354},', 'go'), []);
    const js = ["const SMTPServer = require('smtp-server').SMTPServer;", "if (str.substr(0, 3) === '421') {", "socket.write('220 mx ESMTP\\r\\n250 OK\\r\\n');", "setTimeout(done, 500);"].join('\n');
    assert.deepEqual(at(js, 'javascript'), ['1:smtp:421[421]', '2:smtp:220[220]', '2:smtp:250[250]']);
    const go = ['func (c *Client) hello() error {', '\t_, _, err := c.cmd(250, "%s", sb.String())', '\tcase 334:'].join('\n');
    assert.deepEqual(at(go, 'go'), []);
    assert.deepEqual(at(go, 'go', '/src/go-smtp/client.go'), ['1:smtp:250[250]', '2:smtp:334[334]']);
    assert.equal(documentHints('', 'lib/smtp-connection/index.js').smtp, true);
    assert.equal(documentHints('', 'app/controllers/users_controller.rb').smtp, undefined);
    const py = ['from smtplib import SMTP', '    assert resp == S.S503_HELO_FIRST', '    assert code not in (235, 503)'].join('\n');
    assert.deepEqual(at(py, 'python'), ['1:smtp:503[S503_HELO_FIRST]', '2:smtp:235[235]', '2:smtp:503[503]']);
  });

  it('reads status-keyed maps and test tables by the lines above', () => {
    const js = ['  schema: {', '    response: {', '      200: S.object(),', '      404: errorSchema', '    }', '  },', '  colors: {', '    500: "#f00",', '  }'].join('\n');
    assert.deepEqual(at(js, 'javascript'), ['2:http:200[200]', '3:http:404[404]']);
    const py = ['@pytest.mark.parametrize(', '    "path,expected_status,body",', '    [', '        ("/x", 404, {"detail": "Not Found"}),', '        ("/y", 200, 300),', '    ],', ')'].join('\n');
    assert.deepEqual(at(py, 'python'), ['3:http:404[404]', '4:http:200[200]']);
  });

  it('gives every code of a collection its own range, under the cursor too', () => {
    const line = 'if response.status_code in (301, 302, 307, 308):';
    const found = detectLine(line, 'python');
    assert.deepEqual(found.map((f) => line.slice(f.start, f.end)), ['301', '302', '307', '308']);
    for (const f of found) assert.deepEqual(detectAt(line, f.start + 1, 'python'), f);
  });

  it('reads a standard code no context rule claims: a whole argument, an equality test, a hash key', () => {
    // A bare `code` tested against common codes is a status even where nothing else says HTTP (since round 15 against
    // one too: real code showed no counter-example); against a code SMTP shares and HTTP seldom sends, not.
    assert.deepEqual(show('    if (code == 401 || code == 403) {', 'kotlin'), ['http:401[401]', 'http:403[403]']);
    assert.deepEqual(show('    (err.code === 401 || err.code === 409)', 'typescript'), ['http:401[401]', 'http:409[409]']);
    assert.deepEqual(show('    if (code == 401) {', 'kotlin'), ['http:401[401]']);
    assert.deepEqual(show('    if (code == 421) {', 'kotlin'), []);
    assert.deepEqual(show('    if (exception.code == 401) {', 'kotlin'), ['http:401[401]']);
    assert.deepEqual(show('    if (errorCode == 503) {', 'kotlin'), ['http:503[503]']);
    assert.deepEqual(show('    if (b.code == 404) {', 'kotlin'), ['http:404[404]']);
    // A list given to a call is judged by the words before it, not by the arguments after it.
    assert.deepEqual(show('    .catcher([401, 403], _ => authErrorCount++)', 'typescript'), ['http:401[401]', 'http:403[403]']);
    assert.deepEqual(show('    expect(calculateContainerSize(a, b)).toStrictEqual([500, 200])', 'typescript'), []);
    // A constant named for its code after a response's or an error's prefix; a code receiving a response's method;
    // not Rust's Some() of a timeout.
    assert.deepEqual(show('    const val RESPONSE_CODE_UNAUTHORIZED = 401', 'kotlin'), ['http:401[401]']);
    assert.deepEqual(show('    401.response(),', 'kotlin'), ['http:401[401]']);
    assert.deepEqual(show('    raise Http404("gone")', 'python'), ['http:404[Http404]']);
    assert.deepEqual(show('    http.NotFound(w, r)', 'go'), ['http:404[http.NotFound]']);
    assert.deepEqual(show('    let s = spawn_command(command, Some(500)).unwrap();', 'rust'), []);
    assert.deepEqual(show('    assert_eq!(res.status(), Some(404));', 'rust'), ['http:404[404]']);
    assert.deepEqual(show('Pagination is supported through the skip and limit options (limit defaults to 100)', 'markdown'), []);
    // A code beside a response's status among a call's arguments.
    assert.deepEqual(show('    t.Errorf("expected %d, got %d", 420, resp.StatusCode)', 'go'), ['http:420[420]']);
    assert.deepEqual(show('    foo(150, resp.StatusCode)', 'go'), []);
    // A mockk stub of a status: every { x.statusCode } returns 418.
    assert.deepEqual(show('    every { statusCode } returns 418', 'kotlin'), ['http:418[418]']);
    assert.deepEqual(show('    every { it.size } returns 404', 'kotlin'), []);
    // A list a loop walks is named by the loop's variable.
    assert.deepEqual(show('    for (code in listOf("301", "302", "303")) {', 'kotlin'), ['http:301[301]', 'http:302[302]', 'http:303[303]']);
    assert.deepEqual(show('    for size in (200, 404):', 'python'), []);
    // A bare `code` or `error_code` key given a common code that is no round figure; a round one only beside words about a response.
    assert.deepEqual(show('    error_code: 401,', 'typescript'), ['http:401[401]']);
    assert.deepEqual(show("    'code' => 404,", 'php'), ['http:404[404]']);
    // A `code` member alone on its line holds a status even when the code is round (round 14: every such line of the
    // tuning batches and of the snapshots' diffs was one); beside other members a round figure still needs a word.
    assert.deepEqual(show("    'code' => 200,", 'php'), ['http:200[200]']);
    assert.deepEqual(show("    ['code' => 200, 'count' => 3]", 'php'), []);
    assert.deepEqual(show("    'code' => 598,", 'php'), []);
    assert.deepEqual(show('    abort_if(is_null($request->user()), 401);', 'php'), ['http:401[401]']);
    assert.deepEqual(show('    $response = response()->make($csv, 200);', 'php'), ['http:200[200]']);
    assert.deepEqual(show('    assertCached(false, 406)', 'kotlin'), ['http:406[406]']);
    assert.deepEqual(show('preflightStatusCode: Validate.valid(200, 204)', 'javascript'), ['http:200[200]', 'http:204[204]']);
    assert.deepEqual(show('    const res = await $fetch(getURL("403"), { ignoreResponseError: true });', 'typescript'), ['http:403[403]']);
    assert.deepEqual(show('    if (r.Key == "500") {', 'csharp'), ['http:500[500]']);
    assert.deepEqual(show('    303 => [', 'php'), ['http:303[303]']);
    // Not when the call, its receiver or its statement names a measure, an id, an index, a time or a text,
    // nor in a data row, a log call, a timer, an index, or among other numbers.
    for (const [line, lang] of [
      ['        var user = await db.Users.FindAsync(404);', 'csharp'],
      ['    user, err := store.GetUser(ctx, 404)', 'go'],
      ['const arr = items[404];', 'javascript'],
      ['    setTimeout(() => done(), 500);', 'javascript'],
      ['    }, 500);', 'javascript'],
      ['    logger.info("GET %s -> %d", path, 200)', 'python'],
      ["    $table->string('name', 200);", 'php'],
      ['    values = [1.1, 2, 200, 10]', 'python'],
      ['    [InlineData(200, 100, WebSocketCloseReason.ServerGracefulClose)]', 'csharp'],
      ['    expect(await result.text()).toBe("200");', 'typescript'],
      ['    if (count == 200) {', 'java'],
      ['    500 => Faraday::ConnectionFailed,', 'ruby'],
      ['    services.AddHttpClient("x").SetHandlerLifetime(TimeSpan.FromMinutes(500));', 'csharp'],
      ['    int[] sizes = new int[200];', 'java'],
      ['    Retry(100, 300)', 'go'],
      ['    var w = isMobile ? 200 : 400;', 'javascript'],
      ['    const point = (200, 404)', 'python'],
      ['    resize("/img/a.png", 100, 200)', 'javascript'],
      ['    .Be(200);', 'csharp'],
    ] as const) assert.deepEqual(show(line, lang), [], line);
    // Both branches of a ternary; a request and its status side by side (a tuple, a test row); a constructor named by its class.
    assert.deepEqual(show('    return _settings.IsAspNetCore ? "200" : "204";', 'csharp'), ['http:200[200]', 'http:204[204]']);
    assert.deepEqual(show('    ("/resource1", 200),', 'python'), ['http:200[200]']);
    assert.deepEqual(show("    yield ['POST', 500, null];", 'php'), ['http:500[500]']);
    assert.deepEqual(show('    .Given(x => x.GivenServiceIsRunning(1, port2, "/", 404, ""))', 'csharp'), ['http:404[404]']);
    assert.deepEqual(show('    response = HTTPI::Response.new(500, {}, message)', 'ruby'), ['http:500[500]']);
    // A constant named after (part of) its code's name, vendor codes too; not a name that only shares a word.
    assert.deepEqual(show('    internal const val HTTP_CLIENT_CLOSED_REQUEST = 499', 'kotlin'), ['http:499[499]']);
    assert.deepEqual(show('    const val HTTP_NOT_ALLOWED: Short = 405', 'kotlin'), ['http:405[405]']);
    assert.deepEqual(show('    TIMEOUT = 408', 'python'), ['http:408[408]']); // ("Request Time-out", run together; a blind line held it)
    assert.deepEqual(show('    TIMEOUT = 300', 'python'), []);
    // A list of common codes given to a name: two or more with one not round, or a name about statuses; not sizes.
    assert.deepEqual(show('    retryOn: [429, 503],', 'typescript'), ['http:429[429]', 'http:503[503]']);
    assert.deepEqual(show('    widths: [200, 400],', 'typescript'), []);
    assert.deepEqual(show('    const sizes = [200, 404]', 'typescript'), []);
    // A code then response header fields; an arm of a Kotlin `when` listing codes; a bare `code` beside words about HTTP.
    assert.deepEqual(show("    200, ['Content-Type' => 'application/json'], <<<'JSON'", 'php'), ['http:200[200]']);
    assert.deepEqual(show('    400, 404, 409, 415 -> InvalidRequestException(status, error, exception)', 'kotlin'), ['http:400[400]', 'http:404[404]', 'http:409[409]', 'http:415[415]']);
    assert.deepEqual(show('    100, 200 -> 3', 'kotlin'), []);
    assert.deepEqual(show('    if (t is HttpException && t.code() == 404) {', 'kotlin'), ['http:404[404]']);
    assert.deepEqual(show('    if (node.code() == 401) {', 'kotlin'), ['http:401[401]']);
    // A status name then its own number; a method of a status class; a ProblemDetails beside the code.
    assert.deepEqual(show('    //// HttpStatusCode.BadRequest            400', 'csharp'), ['http:400[HttpStatusCode.BadRequest]', 'http:400[400]']);
    assert.deepEqual(show('    // Found 302 results', 'csharp'), []);
    assert.deepEqual(show('    Assert.assertEquals(expected, Status.lookup(500));', 'java'), ['http:500[500]']);
    assert.deepEqual(show('    new(400, typeof(HttpValidationProblemDetails), ["application/problem+json"]);', 'csharp'), ['http:400[400]']);
    // Netty's HttpResponseStatus names; a name ending in HttpCode; a string's words are not the statement's, unless it names the number.
    assert.deepEqual(show('    HttpResponseStatus.GATEWAY_TIMEOUT, body);', 'java'), ['http:504[HttpResponseStatus.GATEWAY_TIMEOUT]']);
    assert.deepEqual(show('    private $sendHttpCode    = 500;', 'php'), ['http:500[500]']);
    assert.deepEqual(show('    return rack_response(404, "Unsupported action", \'text/plain\')', 'ruby'), ['http:404[404]']);
    assert.deepEqual(show('    parameter("delay", 500)', 'kotlin'), []);
    // A test named for what a request gets; Rails' render of a status.
    assert.deepEqual(show("  it('authn authz user / -> 403', async function () {", 'javascript'), ['http:403[403]']);
    assert.deepEqual(show('    // maps 1 -> 200', 'javascript'), []);
    assert.deepEqual(show("  test 'will render 401 if not authenticated as json' do", 'ruby'), ['http:401[401]']);
    // An SMTP server's reply class is mail; a char cast is no reply code.
    assert.deepEqual(show('    throw new SmtpServerException(new SmtpResponse(451, "Secure connection required"));', 'csharp'), ['smtp:451[451]']);
    assert.deepEqual(show('    byte[] bytes = encoding.GetBytes(new[] { (char)250 }, 0, 1);', 'csharp', { hints: { smtp: true } }), []);
    // A mail constant makes the line mail; a lone-word string names a property; a list is judged by the call it is passed to.
    assert.deepEqual(show('    Assert.Equal(220, (int)StandardSmtpResponseCode.ServiceReady);', 'csharp'), ['smtp:220[220]', 'smtp:220[StandardSmtpResponseCode.ServiceReady]']);
    assert.deepEqual(show("    expect(response.body).to.have.property('length').and.be.oneOf([500, 501])", 'javascript'), []);
    assert.deepEqual(show("    testCharacterRangeFollow(2, 'Z:bc<6|x=b4|2-6$', [400, 407], false, [400, 401]);", 'javascript'), []);
    // A C# switch arm from an error to a code; ControllerBase helpers called on this.
    assert.deepEqual(show('    (_, Errors.ServerError) => 500,', 'csharp'), ['http:500[500]']);
    assert.deepEqual(show('    Size.Large => 500,', 'csharp'), []);
    assert.deepEqual(show('    return this.NoContent();', 'csharp'), ['http:204[NoContent]']);
    // A reason phrase after a short link word, written as a name.
    assert.deepEqual(show('401 for Unauthorized requests, when a request requires authentication', 'markdown'), ['http:401[401]']);
    assert.deepEqual(show('wait 200 for ok', 'markdown'), []);
    // Python's conditional expression; a constant of a class named for HTTP; a measure word (a radius) beside a number.
    assert.deepEqual(show('    code = 404 if missing else 204', 'python'), ['http:404[404]', 'http:204[204]']);
    assert.deepEqual(show('    if (status == HttpConstants.HTTP_CREATED) {', 'kotlin'), ['http:201[HTTP_CREATED]']);
    assert.deepEqual(show('    .livePeriod(60).heading(100).proximityAlertRadius(500)),', 'java'), []);
    // Rails status symbols in both branches of a ternary where a status goes; not a ternary of other symbols.
    assert.deepEqual(show('    head @blog.save ? :ok : :unprocessable_entity', 'ruby'), ['http:200[:ok]', 'http:422[:unprocessable_entity]']);
    assert.deepEqual(show('    mode = fast ? :ok : :fail', 'ruby'), []);
    // Mail code: a bare 500 there is the reply code's business.
    assert.deepEqual(show('    check(false, 500)', 'python', { hints: { smtp: true } }).filter((f) => f.startsWith('http:')), []);
  });

  it('reads a fenced block of a document by its fence\'s language, in a whole document and from the lines above', () => {
    const md = ['Returns 404 when missing.', '```ruby', 'rescue Octokit::UnprocessableEntity => e', '  head :not_found', '```', 'We sold 200 units.', '~~~python', 'return jsonify(x), 201', '~~~', '```yaml', '- redirectTo(308, "https://login.example.org/")', '```'].join('\n');
    const found = detectDocument(md, 'markdown').findings.map((f) => `${f.line}:${f.protocol}:${f.code}`);
    assert.deepEqual(found, ['0:http:404', '2:http:422', '3:http:404', '7:http:201', '10:http:308']);
    // The hover has the lines above only: the same answer, and nothing on a fence.
    const lines = md.split('\n');
    const at = (n: number, col: number) => detectAt(lines[n]!, col, 'markdown', { context: { line: n, lineAt: (k) => lines[k] } })?.code;
    assert.equal(at(3, 9), '404');
    assert.equal(at(7, 22), '201');
    assert.equal(at(5, 9), undefined);
    assert.equal(detectLine('```ruby', 'markdown', { context: { line: 1, lineAt: (k) => lines[k] } }).length, 0);
  });

  it('hears prose that talks about a code, not a bare number in it', () => {
    // A line of code in a document (a sample in a README) is read as code too; a sentence is not.
    assert.deepEqual(show('    .respond_with(ResponseTemplate::new(200))', 'markdown'), ['http:200[200]']);
    assert.deepEqual(show('    "code":429,', 'markdown'), ['http:429[429]']);
    assert.deepEqual(show('If you call it (as the docs say) with 200 items, it returns them all.', 'markdown'), []);
    assert.deepEqual(show('    # returns 404 when the user is gone', 'python'), ['http:404[404]']);
    assert.deepEqual(show('// 303: all methods except GET become GET', 'javascript'), ['http:303[303]']);
    assert.deepEqual(show('The handlers for 404 and 405 exceptions.', 'markdown'), ['http:404[404]', 'http:405[405]']);
    assert.deepEqual(show('    # wait 500 ms, then retry up to 200 times', 'python'), []);
    assert.deepEqual(show(' * @default 500', 'typescript'), []);
    assert.deepEqual(show('Total: 250 items, 500 errors fixed.', 'plaintext'), []);
    // A common code alone in a comment or a test name on a line about HTTP; not a count, a measure or a reference there.
    assert.deepEqual(show('    // 307 keeps the redirect as POST with the original body.', 'ruby'), ['http:307[307]']);
    assert.deepEqual(show("  it('propagates the allow header in case of 405 (with passthrough)', async () => {", 'javascript'), ['http:405[405]']);
    for (const line of [
      '    // retry the request up to 200 times',
      '    // the response body is cut after 500 characters',
      '    // see issue 404 of the client',
      '    // the server handles 200 requests',
      '    // run 500 tests against the endpoint',
      '    return "200";',
      '    // if you make a list request and receive 100 objects, ending with obj_foo',
      '    const msg = `Response: ${body.take(200)}`',
    ]) assert.deepEqual(show(line, 'typescript'), [], line);
    // A common code after an article is a kind of response, without a word about HTTP; a measure or a count after it is not.
    assert.deepEqual(show('    // This should lead to a 404', 'rust'), ['http:404[404]']);
    assert.deepEqual(show('whenever a 404 would otherwise occur in order to allow the SPA router to handle it.', 'markdown'), ['http:404[404]']);
    assert.deepEqual(show('    fmt.Println("should be a 404:", err)', 'go'), ['http:404[404]']);
    for (const line of ['// keep a 404 users cap', '// take the 200 best', '// a 500 ms budget', '// sold a 401-seat hall']) assert.deepEqual(show(line, 'typescript'), [], line);
    // A common code that is no round figure, alone in a comment of code: a status without a word about HTTP; not an
    // argument of code in the comment, a round figure, a count or an app's own code before CJK text.
    assert.deepEqual(show("    // Should be 404 if user doesn't exist", 'csharp'), ['http:404[404]']);
    assert.deepEqual(show('    } catch (FileNotFoundException e) { // TODO: handle 404 slightly more nicely', 'java'), ['http:404[404]']);
    assert.deepEqual(show("  it('missing scopes - 403 with scope message', () => {", 'typescript'), ['http:403[403]']);
    assert.deepEqual(show('    //\t  401: Unauthorized', 'go'), ['http:401[401]']);
    assert.deepEqual(show('    //\t  200:', 'go'), ['http:200[200]']);
    assert.deepEqual(show('    x = 1 // 200: the limit', 'go'), []);
    assert.deepEqual(show('    const msg = `page 403 of 900`;', 'typescript'), []);
    for (const line of ['    # Verify 500 is recorded', '    // let pr = pulls("o", "r").get(404).await?;', '    // Totally 301 empty messages', '    * 201 支付完成，商家未发货', '    # took 301 seconds']) assert.deepEqual(show(line, 'python'), [], line);
  });
});

describe('detect: round 9 (a class of status constants, Go contexts, Kotlin test names, mail status codes)', () => {
  it('reads HTTP_ constants of any class named for HTTP, a status or a response, and not of another', () => {
    assert.deepEqual(show('    case ResponseStatusCode::HTTP_FORBIDDEN:', 'php'), ['http:403[HTTP_FORBIDDEN]']);
    assert.deepEqual(show('    case Response::HTTP_FORBIDDEN:', 'php'), ['http:403[Response::HTTP_FORBIDDEN]']);
    assert.deepEqual(show('    case Setting::HTTP_FORBIDDEN:', 'php'), []);
  });

  it("reads a Go web context's NotFound (gogs, Gitea, Iris), not another receiver's", () => {
    assert.deepEqual(show('    c.NotFound()', 'go'), ['http:404[NotFound]']);
    assert.deepEqual(show('    ctx.NotFound("GetUserByName", err)', 'go'), ['http:404[NotFound]']);
    assert.deepEqual(show('    if os.IsNotExist(err) { store.NotFound() }', 'go'), []);
  });

  it("reads a code in a Kotlin test's backquoted name and in a comment's parenthesis", () => {
    assert.deepEqual(show('    fun `getBitmapFromURL handles 404`() = runTest {', 'kotlin'), ['http:404[404]']);
    assert.deepEqual(show('    fun `parses 300 items`() {', 'kotlin'), []);
    assert.deepEqual(show('    // inside the root (404 for the non-existent file).', 'rust'), ['http:404[404]']);
    assert.deepEqual(show('    // waits (250 ms) before retrying', 'rust'), []);
    assert.deepEqual(show('    // see the list (401 entries) below', 'rust'), []);
  });

  it('reads a status code that is no HTTP code as a reply code in mail code, a bare status and known HTTP codes as HTTP', () => {
    const mail = documentHints("import SmtpClient from './client'\n");
    assert.equal(mail.smtp, true);
    assert.deepEqual(show('    statusCode: 250,', 'javascript', { hints: mail }), ['smtp:250[250]']);
    assert.deepEqual(show("    if (command.statusCode !== 334 || command.data !== 'x') {", 'javascript', { hints: mail }), ['smtp:334[334]']);
    assert.deepEqual(show("    status: '401',", 'javascript', { hints: mail }), ['http:401[401]']);
    assert.deepEqual(show('    statusCode: 404,', 'javascript', { hints: mail }), ['http:404[404]']);
    assert.deepEqual(show('    statusCode: 250,', 'javascript'), ['http:250[250]']);
    assert.equal(documentHints("import { Client } from './client'\n").smtp, undefined);
    // Known HTTP codes too, when they are reply codes: a status code of mail code, a list of them, a comment's lead.
    assert.deepEqual(show('    statusCode: 500,', 'javascript', { hints: mail }), ['smtp:500[500]']);
    const emails = documentHints('from __future__ import annotations\nfrom emails.backend.smtp.aio_backend import AsyncSMTPBackend\n');
    assert.deepEqual(show('    assert response.status_code in (421, 451)', 'python', { hints: emails }), ['smtp:421[421]', 'smtp:451[451]']);
    assert.deepEqual(show('    assert response.status_code in (421, 451)', 'python'), ['http:421[421]', 'http:451[451]']);
    // (An import further down the head counts; a word "smtp" lines below an unrelated import does not.)
    assert.equal(documentHints('from __future__ import annotations\n\nclass Response:\n    smtp = None\n').smtp, undefined);
    assert.deepEqual(show('    /* 503: Error: already authenticated */', 'php', { hints: documentHints('/**\n * @package Net_SMTP\n */\n') }), ['smtp:503[503]']);
    assert.deepEqual(show('    /* 503: Error: already authenticated */', 'php'), ['http:503[503]']);
    // A version in mail docs is no enhanced code: "in 2.4.0.".
    assert.deepEqual(show('Support for XOAUTH2 arrived in 2.4.0.', 'markdown', { hints: { smtp: true } }), []);
  });

  it('reads a reply code no HTTP status is after words about codes, not an exit code or Javadoc', () => {
    assert.deepEqual(show('    // Expected response code 235 but got code "535", with message...', 'php'), ['smtp:235[235]', 'smtp:535[535]']);
    assert.deepEqual(show('    # exit code 250 means the job was killed', 'python'), []);
    assert.deepEqual(show('     * this should be set to {@code 250} (default) to minimize', 'java'), []);
  });

  it('reads the names of a qualifier named for HTTP codes, and Ruby Net::HTTP response classes', () => {
    assert.deepEqual(show('    if (response.status !== HttpResponseCode.TooManyRequests) {', 'typescript'), ['http:429[HttpResponseCode.TooManyRequests]']);
    assert.deepEqual(show('    HttpCodes.BadGateway,', 'typescript'), ['http:502[HttpCodes.BadGateway]']);
    assert.deepEqual(show('    HttpCodes.Primary,', 'typescript'), []);
    assert.deepEqual(show('    when Net::HTTPNotModified', 'ruby'), ['http:304[Net::HTTPNotModified]']);
    assert.deepEqual(show('    response = Net::HTTPOK.allocate', 'ruby'), ['http:200[Net::HTTPOK]']);
    assert.deepEqual(show('    response.is_a?(Net::HTTPSuccess)', 'ruby'), []);
  });

  it('reads the plural of a code in prose, not a duration or a round figure', () => {
    assert.deepEqual(show('    it "404s if the organization does not exist" do', 'ruby'), ['http:404[404]']);
    assert.deepEqual(show('retries: `429`s honor `retry_after` up to', 'markdown'), ['http:429[429]']);
    assert.deepEqual(show('    // Don\'t try to decode on 204s or Content-Length is 0', 'go'), ['http:204[204]']);
    assert.deepEqual(show('2024-11-25 10:00:00 INFO status: ok, uptime 404s, load 2.00', 'log'), []);
    assert.deepEqual(show('    // wait 301s then retry', 'go'), []);
    assert.deepEqual(show('    // 500s are retried', 'go'), []);
    assert.deepEqual(show('    proxy_read_timeout 300s;', 'nginx'), []);
  });

  it('reads a code no round figure is after "on", not a version before another or "based on"', () => {
    assert.deepEqual(show('- **Single-flight refresh:** on 401 with a refresh token, `POST /api/v1/identity/token/refresh`', 'markdown'), ['http:401[401]']);
    assert.deepEqual(show("    assert(!loggerWarn.called, 'no warning logged on 404')", 'javascript'), ['http:404[404]']);
    assert.deepEqual(show(' *      people on 505 to update to 506', 'php'), []);
    assert.deepEqual(show('based on 301 of the spec', 'markdown'), []);
    assert.deepEqual(show('runs on 404 machines', 'markdown'), []);
  });

  it("reads a docstring's line of prose with an aside in parentheses as prose, not a string's continuation", () => {
    assert.deepEqual(show('    Exception raised when a non-existing object is requested (when Github API replies with a 404 HTML status)', 'python'), ['http:404[404]']);
    assert.deepEqual(show("    'The live preview needs a fetcher that supports Javascript and screenshots (sorry).', 501)", 'python'), []);
  });

  it('reads a code before redirections, a redirected code, and not a count of redirections', () => {
    assert.deepEqual(show('- Fix 301 redirections', 'markdown'), ['http:301[301]']);
    assert.deepEqual(show('(so OPTIONS preflight is not 307-redirected)', 'markdown'), ['http:307[307]']);
    assert.deepEqual(show('It gives up after 301 redirections.', 'markdown'), []);
  });

  it("reads Rust's wiremock templates, actix-web's error helpers and workers-rs responses", () => {
    assert.deepEqual(show('    .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(2)))', 'rust'), ['http:200[200]']);
    assert.deepEqual(show('    Err(actix_web::error::ErrorNotFound("Not found"))', 'rust'), ['http:404[actix_web::error::ErrorNotFound]']);
    assert.deepEqual(show('    .map_err(ErrorInternalServerError)?;', 'rust'), []);
    assert.deepEqual(show('    Err(ErrorKind::Other(x))', 'rust'), []);
    assert.deepEqual(show('    Some(e) => Response::ok(e),', 'rust'), ['http:200[Response::ok]']);
  });

  it("reads a code whose phrase opens the comment after it, Sinatra's halt with a modifier, an HTTP_..._STATUS constant", () => {
    assert.deepEqual(show('    if code == 401 { // unauthorized', 'go'), ['http:401[401]']);
    assert.deepEqual(show('    total := 429 // server error count', 'go'), []);
    assert.deepEqual(show('    halt 500 unless tempfile.is_a? Tempfile', 'ruby'), ['http:500[500]']);
    assert.deepEqual(show('    const HTTP_RATE_LIMIT_STATUS: u32 = 429;', 'rust'), ['http:429[429]']);
  });

  it('reads codes given as examples of codes in prose', () => {
    assert.deepEqual(show('    code (such as 400, 500 etc) */', 'markdown'), ['http:400[400]', 'http:500[500]']);
    assert.deepEqual(show('- `code` (`Number`) - Status Code, i.e. `200`', 'markdown'), ['http:200[200]']);
  });

  it('reads the bounds a subject is compared with once the line compares it with a code, under the cursor too', () => {
    const line = '    if (b.code >= 100 && b.code < 200) || b.code == 204 || b.code == 304 {';
    assert.deepEqual(show(line, 'go'), ['http:100[100]', 'http:200[200]', 'http:204[204]', 'http:304[304]']);
    assert.deepEqual(detectAt(line, line.indexOf('100') + 1, 'go'), detectLine(line, 'go')[0]);
    // (Bounds of no one class: read only through the subject's other comparisons.)
    const wide = '    if (b.code >= 100 && b.code < 300) || b.code == 204 || b.code == 304 {';
    assert.deepEqual(show(wide, 'go'), ['http:100[100]', 'http:300[300]', 'http:204[204]', 'http:304[304]']);
    assert.equal(detectAt(wide, wide.indexOf('100') + 1, 'go')?.rule, 'same-subject-compare');
    assert.deepEqual(show('    if status_code.0 < 200 || status_code.0 == 204 {', 'rust'), ['http:200[200]', 'http:204[204]']);
    assert.deepEqual(show('    if n.Size > 300 || resp.StatusCode == 204 {', 'go'), ['http:204[204]']);
  });

  it("reads a code named in an API error or a Result's error", () => {
    assert.deepEqual(show('    .thenReturn(Result.Error(code = 418, reason = ""))', 'kotlin'), ['http:418[418]']);
    assert.deepEqual(show('    throw ApiError(code = 418, message = "x")', 'kotlin'), ['http:418[418]']);
    assert.deepEqual(show('    throw ParseError(code = 418)', 'kotlin'), []);
  });

  it('reads an expected code named expectCode and a code named an HTTP error code, not an Android request code', () => {
    assert.deepEqual(show('    get(webHelloUrl, "web", expectCode = 200)', 'kotlin'), ['http:200[200]']);
    assert.deepEqual(show('    const val ANY_HTTP_ERROR_CODE = 401', 'kotlin'), ['http:401[401]']);
    assert.deepEqual(show('    assert_eq!(x, StatusCode::new(200));', 'rust'), ['http:200[200]']);
    assert.deepEqual(show('    requestPermissionsSafe(arrayOf(WRITE_EXTERNAL_STORAGE), 301)', 'kotlin'), []);
    assert.deepEqual(show('    startActivityForResult(intent, 404)', 'kotlin'), []);
  });

  it("reads Laravel's Response facade and a Spring status matcher that continues a chain", () => {
    assert.deepEqual(show('    $response = \\Response::make($pixel, 200);', 'php'), ['http:200[200]']);
    assert.deepEqual(show('        .isOk();', 'java'), ['http:200[isOk]']);
    assert.deepEqual(show('        .isNotFound()', 'kotlin'), ['http:404[isNotFound]']);
    assert.deepEqual(show('        .isCreated();', 'java'), []);
    assert.deepEqual(show('    order.isOk();', 'java'), []);
  });
});

describe('detect: lists written one element per line', () => {
  it('lends the opening line\'s context to each element line', () => {
    const ts = ['const retry = {', '  statusCodes: [', '    408,', '    503, 522,', '  ],', '  limits: [', '    500,', '  ],', '};'].join('\n');
    assert.deepEqual(
      detectText(ts, 'typescript').map((f) => `${f.line}:${f.code}`),
      ['2:408', '3:503', '3:522'],
    );
  });
});

describe('detect: rules as data (contexts.json, vocabulary.json)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const contexts = require('../../src/core/detect/contexts.json') as { firstArgCalls: Group[]; laterArgCalls: Group[]; identifierStatusWords: string[]; identifierNotStatusWords: string[] };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vocabulary = require('../../src/core/detect/vocabulary.json') as { helpers: { id: string; source?: string; pattern: string }[]; smtpMarkers: { source?: string }[]; httpMarkers: { source?: string }[] };
  interface Group { title: string; names: string[]; source: string }

  it('every group of call targets has a title, names that compile, and a source', () => {
    for (const g of [...contexts.firstArgCalls, ...contexts.laterArgCalls]) {
      assert.ok(g.title && g.source && /https?:\/\//.test(g.source), `group without a title or a source: ${JSON.stringify(g).slice(0, 80)}`);
      assert.ok(g.names.length > 0, g.title);
      for (const n of g.names) assert.doesNotThrow(() => new RegExp(`(?:${n})\\(`), n);
    }
    const all = [...contexts.firstArgCalls, ...contexts.laterArgCalls].flatMap((g) => g.names);
    assert.equal(new Set(contexts.firstArgCalls.flatMap((g) => g.names)).size, contexts.firstArgCalls.flatMap((g) => g.names).length, 'a first-argument call listed twice');
    assert.ok(all.length > 50);
  });

  it('every vocabulary entry and marker has a source', () => {
    for (const h of vocabulary.helpers) assert.ok(h.source, `helper ${h.id} has no source`);
    for (const m of [...vocabulary.smtpMarkers, ...vocabulary.httpMarkers]) assert.ok(m.source, `marker without a source: ${JSON.stringify(m).slice(0, 80)}`);
  });

  it('a call target from the table is a status context, and the identifier words decide codes in names', () => {
    assert.deepEqual(show('    return ctx.fail(404)', 'java'), ['http:404[404]']);
    assert.deepEqual(show('    http.Redirect(w, r, "/login", 302)', 'go'), ['http:302[302]']);
    assert.deepEqual(show('def test_redirect_301():', 'python'), ['http:301[301]']);
    assert.deepEqual(show('def test_issue_301():', 'python'), []);
    assert.ok(contexts.identifierStatusWords.includes('redirect') && contexts.identifierNotStatusWords.includes('issue'));
  });

  it('a helper of the vocabulary names its status: @fastify/sensible reply helpers, not other reply methods', () => {
    assert.deepEqual(show('    raise InternalServerError("x")', 'python'), ['http:500[InternalServerError]']);
    assert.deepEqual(show('    raise NotImplementedError()', 'python'), []);
    assert.deepEqual(show("    throw new createHTTPError.BadRequest(errCaused.message);", 'typescript'), ['http:400[createHTTPError.BadRequest]']);
    assert.deepEqual(show('    return SmtpResponse.Ok;', 'csharp'), ['smtp:250[SmtpResponse.Ok]']);
    assert.deepEqual(show('    exchange.sendResponseHeaders(401, -1);', 'java'), ['http:401[401]']);
    assert.deepEqual(show('    web::resource("/r").route(web::post().to(HttpResponse::NotFound)),', 'rust'), ['http:404[HttpResponse::NotFound]']);
    assert.deepEqual(show('    return reply.notFound()', 'typescript'), ['http:404[notFound]']);
    assert.deepEqual(show("    throw fastify.httpErrors.imateapot('no coffee')", 'javascript'), ['http:418[imateapot]']);
    assert.deepEqual(show('    return reply.send(user)', 'typescript'), []);
  });

  it('an error type named after a status phrase is that status: by its suffix, its errors namespace or its HTTP error base', () => {
    assert.deepEqual(show('    next(new NotFoundError("Not Found"))', 'typescript'), ['http:404[NotFoundError]']);
    assert.deepEqual(show('    throw new NotFoundHttpException();', 'php'), ['http:404[NotFoundHttpException]']);
    assert.deepEqual(show('    end.to raise_error(Gitlab::Error::TooManyRequests)', 'ruby'), ['http:429[TooManyRequests]']);
    assert.deepEqual(show('    class Forbidden < ResponseError; end', 'ruby'), ['http:403[Forbidden]']);
    assert.deepEqual(show('    class NotModified(HTTPException):', 'python'), ['http:304[NotModified]']);
    assert.deepEqual(show('    from werkzeug.exceptions import HTTPException, NotFound, InternalServerError', 'python'), ['http:404[NotFound]', 'http:500[InternalServerError]']);
    assert.deepEqual(show('    expect(exception).to be_a(Faraday::ResourceNotFound)', 'ruby'), ['http:404[Faraday::ResourceNotFound]']);
    assert.deepEqual(show('    class BadRequest < CommunicationError', 'ruby'), ['http:400[BadRequest]']);
    assert.deepEqual(show('    rescue Octokit::UnprocessableEntity => e', 'ruby'), ['http:422[UnprocessableEntity]']);
    assert.deepEqual(show('    raise Down::NotFound.new(*args)', 'ruby'), ['http:404[NotFound]']);
    // Several names on a line without digits come in the order of the line (the tables and the vocabulary report in their own).
    assert.deepEqual(show('    except (exceptions.Forbidden, NotFoundError, HTTPStatus.OK):', 'python'), ['http:403[Forbidden]', 'http:404[NotFoundError]', 'http:200[HTTPStatus.OK]']);
    // Not a status: another phrase (FileNotFound, KeyNotFound), a builtin (NotImplementedError), one word on a plain base, a file error of Deno's.
    assert.deepEqual(show('    except FileNotFoundError:', 'python'), []);
    assert.deepEqual(show('    catch (KeyNotFoundException e)', 'csharp'), []);
    assert.deepEqual(show('    raise NotImplementedError', 'ruby'), []);
    assert.deepEqual(show('    class Conflict < StandardError; end', 'ruby'), []);
    assert.deepEqual(show('    throw new UnauthorizedAccessException();', 'csharp'), []);
    assert.deepEqual(show('    if (error instanceof Deno.errors.NotFound) {', 'typescript'), []);
  });
});

describe('detect: data rows of .NET tests (the signature below names the column)', () => {
  it('a value of [InlineData]/[TestCase] in a column the test method calls a status is a status; other columns stay silent', () => {
    const doc = [
      '    [Theory]',
      '    [InlineData("header1", "value1", 404, ResponseCondition.Success)]',
      '    [InlineData(200, 100, WebSocketCloseReason.ServerGracefulClose)]',
      '    public async Task Remove(string names, string values, int status, ResponseCondition condition)',
      '    [InlineData(200, 100, WebSocketCloseReason.ServerGracefulClose)]',
      '    public async Task Closes(int count, int delay, WebSocketCloseReason reason)',
      '    [TestCase(HttpStatusCode.OK, 404)]',
      '    public void Maps(HttpStatusCode given, HttpStatusCode expected)',
    ].join('\n');
    const found = detectText(doc, 'csharp').map((f) => `${f.line}:${f.code}`);
    assert.deepEqual(found, ['1:404', '6:200', '6:404']);
  });
});

describe('detect: round 10 (ranges of codes, response code setters, Perl tests)', () => {
  it('reads the bounds of a range compared with a status that are codes, not a class end nor a range of other numbers', () => {
    assert.deepEqual(show('    if (300..400).contains(&resp.status().as_u16()) {', 'rust'), ['http:300[300]', 'http:400[400]']);
    assert.deepEqual(show('    return true if (200...300).cover?(res.status)', 'ruby'), ['http:200[200]', 'http:300[300]']);
    assert.deepEqual(show('    if (response.status in 400..499) retry()', 'kotlin'), ['http:400[400]']);
    assert.deepEqual(show('    if (status in 200 until 300) {', 'kotlin'), ['http:200[200]', 'http:300[300]']);
    assert.deepEqual(show('    return false unless [403, 503].include?(response[:status_code].to_i)', 'ruby'), ['http:403[403]', 'http:503[503]']);
    assert.deepEqual(show('    for (i in 100..200) {', 'kotlin'), []);
    assert.deepEqual(show('    let v = &data[100..200];', 'rust'), []);
    assert.deepEqual(show('    sleep(100..200)', 'ruby'), []);
    assert.deepEqual(show('    if (100..200).contains(&index) {', 'rust'), []);
  });

  it('reads a range arm of a switch over a status', () => {
    const lines = (text: string, language: string) => detectText(text, language).map((f) => `${f.line}:${f.code}`);
    assert.deepEqual(lines('case response.status\nwhen 200..299\n  ok\nwhen 400..599\n  fail\nend\n', 'ruby'), ['1:200', '3:400']);
    assert.deepEqual(lines('match resp.status().as_u16() {\n    200..=299 => Ok(()),\n    300..=399 => redirect(),\n    _ => Err(e),\n}\n', 'rust'), ['1:200', '2:300']);
    assert.deepEqual(lines('when (response.code) {\n    in 200..299 -> ok()\n    in 500..599 -> retry()\n}\n', 'kotlin'), ['1:200', '2:500']);
    assert.deepEqual(lines('match idx {\n    100..=200 => a(),\n}\n', 'rust'), []);
  });

  it("reads a response's code setter (Mojolicious, OkHttp's builder) and Perl's Test::More on a response", () => {
    assert.deepEqual(show("  is $res->code(509)->default_message, 'Bandwidth Limit Exceeded', 'right message';", 'perl'), ['http:509[509]']);
    assert.deepEqual(show('        .code(404)', 'kotlin'), ['http:404[404]']);
    assert.deepEqual(show('        .code(452)', 'kotlin'), []);
    assert.deepEqual(show('  $res->code(452);', 'perl'), ['http:452[452]']);
    assert.deepEqual(show("  is $c->res->code,      500,      'right status';", 'perl'), ['http:500[500]']);
    assert.deepEqual(show('  isnt $t->tx->res->code, 404;', 'perl'), ['http:404[404]']);
    assert.deepEqual(show("  is $count, 200, 'two hundred';", 'perl'), []);
    assert.deepEqual(show('    pingGetContent := v3.Paths.Value("/ping").Get.Responses.Value("200").Value.Content', 'go'), ['http:200[200]']);
  });

  it('hears "defaults to" a code, not a default that is a measure', () => {
    assert.deepEqual(show('Number of seconds a request times out. Defaults to 300.', 'perl'), []);
    assert.deepEqual(show('The status of the redirect response; defaults to 302.', 'markdown'), ['http:302[302]']);
  });
});

describe('detect: round 10, second batch (status tables and pairs, qmail bounces)', () => {
  it("reads jshttp/statuses' tables, a status object's code, WebMock's status pair and a code beside its constant's name", () => {
    assert.deepEqual(show('    assert(status.redirect[308])', 'javascript'), ['http:308[308]']);
    assert.deepEqual(show('    assert(cache.redirect[308])', 'javascript'), []);
    assert.deepEqual(show('    function () { return { status: { code: 300 } }; },', 'javascript'), ['http:300[300]']);
    assert.deepEqual(show('    @response.status.should == ["200", "hello"]', 'ruby'), ['http:200[200]']);
    assert.deepEqual(show('    (418, "IM_A_TEAPOT"),', 'rust'), ['http:418[418]']);
    assert.deepEqual(show('    (500, "WIDTH"),', 'rust'), []);
    assert.deepEqual(show('    private const val unAuthorized = 401', 'kotlin'), ['http:401[401]']);
  });

  it("reads a key mapped to its code's constant, ReactPHP's Response::STATUS_ names and Ruby's error!", () => {
    assert.deepEqual(show('    206 => self::TEXT_206,', 'php'), ['http:206[206]']);
    assert.deepEqual(show('    206 => self::TEXT_207,', 'php'), []);
    assert.deepEqual(show('    )->withStatus(Response::STATUS_UNPROCESSABLE_ENTITY);', 'php'), ['http:422[Response::STATUS_UNPROCESSABLE_ENTITY]']);
    assert.deepEqual(show('    error!(409, "Upload-Offset header does not match")', 'ruby'), ['http:409[409]']);
    assert.deepEqual(show("    error!('Unauthorized', 401)", 'ruby'), ['http:401[401]']);
    assert.deepEqual(show('    go addRoutes(200, "POST", concurrentRoutes)', 'go'), []);
  });

  it('reads a remote reply in a qmail bounce and its (#x.y.z), not a numbered reference', () => {
    assert.deepEqual(show('host mx.example.org [192.0.2.1]: 553 sorry, that domain is not allowed (#5.7.1)', 'plaintext'), ['smtp:553[553]', 'smtp-enhanced:5.7.1[5.7.1]']);
    assert.deepEqual(show('See issue (#4.2.1) for details', 'plaintext'), []);
  });

  it('keeps ids in a URL, a measure asserted and section numbers silent', () => {
    assert.deepEqual(show('- `GET https://api.gocardless.com/payments/1234,444,555,666`', 'markdown'), []);
    assert.deepEqual(show("    expect(res.headers['content-length']).to.equal(200);", 'javascript'), []);
    assert.deepEqual(show('    assert_eq!(tb.reduce(500), BucketReduction::Success);', 'rust'), []);
    assert.deepEqual(show('The SMTP reply codes are in RFC 2821: [4.2.3: Reply Codes](https://www.rfc-editor.org/rfc/rfc2821#section-4.2.3).', 'markdown', { hints: { smtp: true } }), []);
  });
});

describe('detect: round 11 (Rust status paths, items of a list of codes)', () => {
  it("reads Rocket's Status::NotFound and http-types' StatusCode::BadGateway; one word needs a status context", () => {
    assert.deepEqual(show('    Err(Status::NotFound)', 'rust'), ['http:404[Status::NotFound]']);
    assert.deepEqual(show('        StatusCode::BadGateway => "Bad Gateway",', 'rust'), ['http:502[StatusCode::BadGateway]']);
    assert.deepEqual(show('    Status::Enqueued | Status::Processing => (),', 'rust'), []);
    assert.deepEqual(show('    wasi::otel::tracing::Status::Ok => Self::Ok,', 'rust'), []);
    assert.deepEqual(show('    Err(Status::not_found("no such user"))', 'rust'), []);
  });

  it('reads a code that opens an item of a list of codes in a document, not a measure', () => {
    assert.deepEqual(show('- `402 Request Failed` - parameters were valid but request failed.', 'markdown'), ['http:402[402]']);
    assert.deepEqual(show('`201`- If the controller operation leads to creation of a resource, return it as response code.', 'markdown'), ['http:201[201]']);
    assert.deepEqual(show('`300` - the timeout of a request, in seconds', 'markdown'), []);
    assert.deepEqual(show('300 - the server responds', 'markdown'), []);
  });

  it('reads a ternary whose other arm is a name, and Laravel redirects and status asserts with arguments', () => {
    assert.deepEqual(show('  this.status = options.status === undefined ? 200 : options.status', 'javascript'), ['http:200[200]']);
    assert.deepEqual(show('  const width = wide ? 300 : base.width;', 'javascript'), []);
    assert.deepEqual(show("    return redirect()->route('gallery', $album->id, 301);", 'php'), ['http:301[301]']);
    assert.deepEqual(show("    return Redirect::to('/home', 301);", 'php'), ['http:301[301]']);
    assert.deepEqual(show('    $this->assertForbidden($response);', 'php'), ['http:403[assertForbidden]']);
    assert.deepEqual(show("function set_status_header($code = 200, $text = '')", 'php'), ['http:200[200]']);
    assert.deepEqual(show("function set_width($code = 200)", 'php'), []);
    assert.deepEqual(show('    new ImportCsv(301, 400),', 'php'), []);
  });

  it('reads codes in prose: a plural phrase, a Go constant after the code, range bounds, "to 401 responses"', () => {
    assert.deepEqual(show('- Fixed an error log reported when 400 bad requests were received.', 'markdown'), ['http:400[400]']);
    assert.deepEqual(show('* `204 StatusNoContent`', 'markdown'), ['http:204[204]']);
    assert.deepEqual(show('Assert that the response has a client error (>= 400, < 500) HTTP status code:', 'markdown'), ['http:400[400]', 'http:500[500]']);
    assert.deepEqual(show('Keep the cache size (>= 400, < 500) in bytes.', 'markdown'), []);
    assert.deepEqual(show('- **jwt**: Add WWW-Authenticate headers to 401 responses.', 'markdown'), ['http:401[401]']);
    assert.deepEqual(show('request. The HTTP status code is likely a 408 here. Note: recently,', 'plaintext'), ['http:408[408]']);
    assert.deepEqual(show('    # The page size we want to request, defaults to 500', 'ruby'), []);
    assert.deepEqual(show('px-http/srv1 3183/-1/-1/-1/11215 503 0 - - SC-- 205/202/202/115/3', 'plaintext'), ['http:503[503]']);
  });

  it("reads a class's bounds on one subject, an error variant's code, HTTP::Response->new and a request's code default", () => {
    assert.deepEqual(show('sub is_success ($) { $_[0] && $_[0] >= 200 && $_[0] < 300; }', 'perl'), ['http:200[200]', 'http:300[300]']);
    assert.deepEqual(show('if ($n >= 100 && $n < 200) { $count++ }', 'perl'), []);
    // An upper bound followed by more of the condition is still read as the class's bound.
    assert.deepEqual(detectLine('sub ok_code { $_[0] >= 200 && $_[0] < 300 && !$_[1] }', 'perl').map((f) => `${f.code} ${f.rule}`), ['200 class-range-bound', '300 class-range-bound']);
    assert.deepEqual(show('    my $response = HTTP::Response->new(407);', 'perl'), ['http:407[407]']);
    assert.deepEqual(show('        Error::FileNotFound { .. } => 404,', 'rust'), ['http:404[404]']);
    assert.deepEqual(show('        Shape::Big => 400,', 'rust'), []);
    assert.deepEqual(show('    code = int(args.get("code", 200))', 'python'), ['http:200[200]']);
  });

  it('reads exception classes and HTTP methods mapped to codes, response tables, RSpec lets and status-code collections', () => {
    assert.deepEqual(show('    ValidationException::class => 409,', 'php'), ['http:409[409]']);
    assert.deepEqual(show("    $responses['400'] = [", 'php'), ['http:400[400]']);
    assert.deepEqual(show('    if ( $response->success && 200 === (int) $response->status_code ) {', 'php'), ['http:200[200]']);
    assert.deepEqual(show('    let(:code) { 300 }', 'ruby'), ['http:300[300]']);
    assert.deepEqual(show('    let(:count) { 300 }', 'ruby'), []);
    assert.deepEqual(show('const DEFAULT_CODES = { get: 200, put: 204, post: 201, delete: 204 };', 'javascript'), ['http:200[200]', 'http:204[204]', 'http:201[201]', 'http:204[204]']);
    assert.deepEqual(show('const opts = { get: 100, limit: 200 };', 'javascript'), []);
    assert.deepEqual(show('    properties.getRetry().getRetryableStatusCodes().add(503);', 'java'), ['http:503[503]']);
    assert.deepEqual(show('    app.post("/a", redirectsTo(307, "http://localhost:3600/b"));', 'javascript'), ['http:307[307]']);
    assert.deepEqual(show('    links.chunked(500).forEach { chunk ->', 'kotlin'), []);
    assert.deepEqual(show('    Name = profiler.Name.Truncate(200),', 'csharp'), []);
  });

  it("reads Servlet's SC_ and HTTP::Status's RC_ names used bare, Symfony's createNotFoundException, and a class's start in prose", () => {
    assert.deepEqual(show('    rsp.sendError(SC_NOT_FOUND);', 'java'), ['http:404[SC_NOT_FOUND]']);
    assert.deepEqual(show('    $self->send_error(RC_NOT_IMPLEMENTED);', 'perl'), ['http:501[RC_NOT_IMPLEMENTED]']);
    assert.deepEqual(show('    return RC_OK;', 'c'), []);
    assert.deepEqual(show('    throw $this->createNotFoundException();', 'php'), ['http:404[createNotFoundException]']);
    assert.deepEqual(show('* `500` and above are for server errors. You almost never use them directly.', 'markdown'), ['http:500[500]']);
    assert.deepEqual(show('Timeouts of 300 and above are rejected.', 'markdown'), []);
    assert.deepEqual(show('    /// For example, `200` is a valid HTTP status code,', 'rust'), ['http:200[200]']);
    assert.deepEqual(show('    // 300 is the default timeout', 'rust'), []);
    assert.deepEqual(show('Unauthenticated or unauthorized calls return 401/403. | `AlbumPolicy` |', 'markdown'), ['http:401[401]', 'http:403[403]']);
  });

  it("reads a status class's members used by their bare names where the document imports them", () => {
    const hints = documentHints('import io.ktor.http.HttpStatusCode.Companion.*');
    assert.equal(hints.bareNames, true);
    assert.deepEqual(show('    if (skipBytes > 0L && response.status != PartialContent) {', 'kotlin', { hints }), ['http:206[PartialContent]']);
    assert.deepEqual(show('    assertEquals(Forbidden, e.response.status)', 'kotlin', { hints }), ['http:403[Forbidden]']);
    assert.deepEqual(show('    val x = Created', 'kotlin', { hints }), []);
    assert.deepEqual(show('    if (response.status != PartialContent) {', 'kotlin'), []);
    assert.equal(documentHints('import io.grpc.Status.*').bareNames, undefined);
  });

  it('reads runs of codes, bare status names in a status context, deno STATUS_CODE and mail statuses in JSON', () => {
    assert.deepEqual(show('    200 | 203 | 204 | 206 | 300 | 301 | 404', 'rust').length, 7);
    assert.deepEqual(show('    404 or 408 or 410 or 429 => true,', 'csharp'), ['http:404[404]', 'http:408[408]', 'http:410[410]', 'http:429[429]']);
    assert.deepEqual(show('let sizes = [200, 201, 202, 203];', 'rust'), []);
    assert.deepEqual(show('let x = [100, 200, 300, 400];', 'rust'), []);
    assert.deepEqual(show("    reply.status(SERVICE_UNAVAILABLE).header('Retry-After', retryAfter)", 'javascript'), ['http:503[SERVICE_UNAVAILABLE]']);
    assert.deepEqual(show('    setTimeout(fn, DEFAULT_TIMEOUT)', 'javascript'), []);
    assert.deepEqual(show('    const status = STATUS_CODE.NotModified;', 'typescript'), ['http:304[STATUS_CODE.NotModified]']);
    assert.deepEqual(show('    private val badRequestCode = 400', 'kotlin'), ['http:400[400]']);
    assert.deepEqual(show('  "status": "5.0.0"', 'json'), ['smtp-enhanced:5.0.0[5.0.0]']);
    assert.deepEqual(show('    strerr_die1x(111,"Out of memory. (#4.3.0)");', 'c'), ['smtp-enhanced:4.3.0[4.3.0]']);
    assert.deepEqual(show('- **Status code**: 404', 'markdown'), ['http:404[404]']);
    assert.deepEqual(show("    test('invalid signed cookie should return 401, not 500', async function (t) {", 'javascript'), ['http:401[401]', 'http:500[500]']);
    assert.deepEqual(show('    // respond with a 200 rather than a 416 when the range header is unsatisfiable', 'typescript'), ['http:200[200]', 'http:416[416]']);
    assert.deepEqual(show('http-in,FRONTEND,,,3,100,100,2639994,813557487', 'plaintext'), []);
    assert.deepEqual(show('     * Validate the sync can handle 100 of pages.', 'java'), []);
    assert.equal(documentHints('import io.opentelemetry.api.trace.StatusCode.OK').bareNames, undefined);
  });

  it('reads Perl test helpers on a status, RSpec predicate matchers, status-named throws and constants that end with their code', () => {
    assert.deepEqual(show("    is $headers->{'Status'}, 200, 'streaming response should succeed';", 'perl'), ['http:200[200]']);
    assert.deepEqual(show('    is $res->[0], 404;', 'perl'), ['http:404[404]']);
    assert.deepEqual(show('    is $list->[0], 404;', 'perl'), []);
    assert.deepEqual(show('    response_status_is  $request => 200,', 'perl'), ['http:200[200]']);
    assert.deepEqual(show('    example { expect(last_response).to be_not_found }', 'ruby'), ['http:404[not_found]']);
    assert.deepEqual(show('    expect(invitation).to be_accepted', 'ruby'), []);
    assert.deepEqual(show('    return Promise.reject(new NotFound("Not found"));', 'typescript'), ['http:404[NotFound]']);
    assert.deepEqual(show('    throw new TypeError("Not found");', 'typescript'), []);
    assert.deepEqual(show('    assertThat(response.status(), is(Status.OK_200));', 'java'), ['http:200[OK_200]']);
    assert.deepEqual(show('    response.setStatus(HttpStatus.NOT_FOUND_404);', 'java'), ['http:404[NOT_FOUND_404]']);
    assert.deepEqual(show('    x = Status.V_200;', 'java'), []);
  });

  it('reads codes in patterns, comments naming a status, statuses compared in words, swagger-php responses and bounds given to a status call', () => {
    assert.deepEqual(show('    return 1 if $c->response->status =~ /^(?:204|3\\d\\d)$/;', 'perl'), ['http:204[204]']);
    assert.deepEqual(show('    if (/^(?:204|304)$/.test(res.status)) {', 'javascript'), ['http:204[204]', 'http:304[304]']);
    assert.deepEqual(show('    if (/^(200|404)$/.test(x)) {', 'javascript'), []);
    assert.deepEqual(show('    200,          # Status code', 'ruby'), ['http:200[200]']);
    assert.deepEqual(show('    timeout: 300, # status check interval', 'ruby'), []);
    assert.deepEqual(show('// Retry if we get errors greater than 500 (over capacity etc)', 'php'), ['http:500[500]']);
    assert.deepEqual(show('// when errors above 100 occur, stop', 'php'), []);
    assert.deepEqual(show('    response: 204,', 'php'), ['http:204[204]']);
    assert.deepEqual(show('    $response = 204;', 'php'), []);
    assert.deepEqual(show('http.setResponseCallback(http.expectedStatuses({ min: 200, max: 300 }));', 'javascript'), ['http:200[200]', 'http:300[300]']);
    assert.deepEqual(show("    if ( $response['response']['code'] >= 200 && $response['response']['code'] < 300 ) {", 'php'), ['http:200[200]', 'http:300[300]']);
    assert.deepEqual(show('    "{handler=\\"Foo\\",http_status=\\"200\\",",', 'java'), ['http:200[200]']);
    assert.deepEqual(show('            rcode=200,', 'python'), ['http:200[200]']);
    assert.deepEqual(show('# the response status (e.g. 404) is kept', 'python'), ['http:404[404]']);
    assert.deepEqual(show('# raggi@mbk:~$ ab -c 100 -n 500 http://127.0.0.1:3000/', 'ruby'), []);
    assert.deepEqual(show('<description>Number of range reversals (eg: <code>100-200,50-70</code>) allowed', 'xml'), []);
  });

  it('reads more log and config formats, and more of SMTP: DSN diagnostics, transcripts, reply prefixes, three-digit details', () => {
    assert.deepEqual(show('1.2.3.4 - - [25/Apr/2021:06:15:33 +0000] "GET /$%7B("TextString"+"123456")%7D/a.action HTTP/1.0" 404 1164', 'log'), ['http:404[404]']);
    assert.deepEqual(show('2013-07-30 00:00:03 NAME 10.10.10.100 GET /some/path.htm - 80 - 22.22.22.200 Mozilla/5.0 404 0 0', 'log'), ['http:404[404]']);
    assert.deepEqual(show('1.2.3.4 | https | u | 2012-10-29 00:06:26,838 | "GET /x HTTP/1.1" | "" "git/1.7.4.1" | 200 | 13 | 0 | refs, cache:hit | 101 | tmp |', 'log'), ['http:200[200]']);
    assert.deepEqual(show(' ~ Redirecting to: /login (302)', 'log'), ['http:302[302]']);
    assert.deepEqual(show('    try_files $uri $uri/ =404;', 'nginx'), ['http:404[404]']);
    assert.deepEqual(show('    fastcgi_param  REDIRECT_STATUS    200;', 'nginx'), ['http:200[200]']);
    assert.deepEqual(show('      return 200 "hello from pod $hostname\\n";', 'yaml'), ['http:200[200]']);
    assert.deepEqual(show('#server.error-handler-404   = "/error-handler.php"', 'plaintext'), ['http:404[404]']);
    assert.deepEqual(show('{%- for error_code in "400 401 403 404".split(" ") %}', 'nginx'), ['http:400[400]', 'http:401[401]', 'http:403[403]', 'http:404[404]']);
    assert.deepEqual(show('sizes = "100 200 300 400"', 'python'), []);
    assert.deepEqual(show('Diagnostic-Code: SMTP; 550 : User unknown', 'plaintext'), ['smtp:550[550]']);
    assert.deepEqual(show('<<< 550 User unknown', 'plaintext'), ['smtp:550[550]']);
    assert.deepEqual(show('< 200 OK', 'plaintext'), ['http:200[200]']);
    assert.deepEqual(show('Diagnostic-Code: smtp;550 5.1.351 Remote server returned unknown recipient', 'plaintext'), ['smtp:550[550]', 'smtp-enhanced:5.1.351[5.1.351]']);
    assert.deepEqual(show('see 5.1.351 now', 'plaintext'), []);
    assert.deepEqual(show('    if ((strncmp(line, "250-", 4) != 0) && (strncmp(line, "250 ", 4) != 0)) {', 'c'), ['smtp:250[250]', 'smtp:250[250]']);
    assert.deepEqual(show('    if (line.startsWith("500 ")) x', 'javascript'), []);
    assert.deepEqual(show('    if ($r =~ /^354 /) {', 'perl'), ['smtp:354[354]']);
    assert.deepEqual(show('  | 503 -> `Bad_sequence_of_commands_503', 'ocaml', { hints: { smtp: true } }), ['smtp:503[503]', 'smtp:503[503]']);
    assert.deepEqual(show('    int x = NOT_FOUND_404;', 'java'), ['http:404[404]']);
    assert.deepEqual(show('    foo_bar_200 = 1', 'python'), []);
    assert.deepEqual(show('codes (e.g., ``%400,501T`` or ``%!200T``).', 'restructuredtext'), ['http:400[400]', 'http:501[501]', 'http:200[200]']);
    assert.deepEqual(show('    printf("%200s", x);', 'c'), []);
    assert.deepEqual(show('    // DPoP HTM mismatch returns invalid_dpop_proof (400)', 'go'), ['http:400[400]']);
    assert.deepEqual(show("        return 'debounce(500)|*';", 'php'), []);
    assert.deepEqual(show('2010-08-15 03:53:32 W3SVC20 1.2.3.4 GET /a.JPG - 80 - 6.6.7.1 Googlebot-Image/1.0 304 0 0 210 257 97', 'log'), ['http:304[304]']);
    assert.deepEqual(show('1.2.3.4, -, 03/20/01, 7:57:20, W3SVC2, SERVER, 172.21.13.45, 411, 221, 1967, 200, 0, GET, /style.css, -,', 'log'), ['http:200[200]']);
    assert.deepEqual(show('114.5.1.4 - - [04/Apr/2024:08:01:12 +0800] "\\x16\\x03\\x01" 400 163 "-" "-"', 'log'), ['http:400[400]']);
    assert.deepEqual(show('https - 10.252.4.24 - - [08/Oct/2015:00:26:26 +0000] 200 174 0.099', 'log'), ['http:200[200]']);
    assert.deepEqual(show('"http-request-end","127.0.0.1","GET","HTTP/1.1",200,0,64,"/_api/version",0.000139', 'log'), ['http:200[200]']);
    assert.deepEqual(show('      409 => NewRelic::Agent::ForceRestartException,', 'ruby'), ['http:409[409]']);
    assert.deepEqual(show('    return e.evtlog.Error(301, line)', 'go'), []);
    assert.deepEqual(show('if [[ "$HTTP_CODE" -ge 200 && "$HTTP_CODE" -lt 400 ]]; then', 'shellscript'), ['http:200[200]', 'http:400[400]']);
    assert.deepEqual(show('  local _http_code="300"', 'shellscript'), ['http:300[300]']);
    assert.deepEqual(show('  local _exit_code=300', 'shellscript'), []);
    assert.deepEqual(show('    withStatusCode 200 serveOnce true,', 'kotlin'), ['http:200[200]']);
    assert.deepEqual(show('    hitcounter.source("not-found", "/respond_statuscode/404/"),', 'rust'), ['http:404[404]']);
    assert.deepEqual(show('    expect(sim.feedRate).toBe(500);', 'javascript'), []);
    assert.deepEqual(show('    /// 530 Authentication required (RFC 4954)', 'rust', { hints: { smtp: true } }), ['smtp:530[530]']);
    assert.deepEqual(show('| Standard `forbidden`             | 403  | Insufficient permissions |', 'markdown'), ['http:403[403]']);
    assert.deepEqual(show('| 429      | ListStatusType               | INT          | Y        | Possible values: x', 'markdown'), []);
    assert.deepEqual(show('| Max requests | 500 | per minute limit |', 'markdown'), []);
    assert.deepEqual(show('    code = http.client.NOT_FOUND', 'python'), ['http:404[http.client.NOT_FOUND]']);
    assert.deepEqual(show('    conn = http.client.HTTPConnection(host)', 'python'), []);
    assert.deepEqual(show('    return new HttpResponseUnauthorized();', 'typescript'), ['http:401[HttpResponseUnauthorized]']);
    assert.deepEqual(show('    return new HttpResponseRedirect("/login");', 'typescript'), ['http:302[HttpResponseRedirect]']);
    assert.deepEqual(show('    assert "204" in hug.test.delete(hug_api, "test_route").status', 'python'), ['http:204[204]']);
    assert.deepEqual(show('    assert "500" in text', 'python'), []);
    assert.deepEqual(show('    return "100/minute"', 'python'), []);
    assert.deepEqual(show('    HttpResults.BadRequest();', 'csharp'), ['http:400[BadRequest]']);
    assert.deepEqual(show('    ResultCode = "500"', 'csharp'), ['http:500[500]']);
    assert.deepEqual(show('#define SMTP_CONTINUE 354 ///< SMTP server ready to accept message data', 'c'), ['smtp:354[354]']);
    assert.deepEqual(show('#define SMTP_PORT 587', 'c'), []);
    assert.deepEqual(show('    public static final Predicate<Integer> SUCCESS = i -> i != null && i >= 200 && i < 400;', 'java'), ['http:200[200]', 'http:400[400]']);
    assert.deepEqual(show('    if (n >= 100 && n < 300) {', 'java'), []);
    assert.deepEqual(show('        httpCode == HttpsURLConnection.HTTP_UNAUTHORIZED /* 401 */) {', 'kotlin'), ['http:401[HTTP_UNAUTHORIZED]', 'http:401[401]']);
    assert.deepEqual(show('    check: err => err && err.code >= 500', 'javascript'), ['http:500[500]']);
    assert.deepEqual(show('    if (err.code >= 300) retry()', 'javascript'), []);
    assert.deepEqual(show(' *   214   帮助信息 help', 'javascript', { hints: { smtp: true } }), ['smtp:214[214]']);
    assert.deepEqual(show('      #   response = client.certificates.purchase_renewal(1010, "example.com", 200, auto_renew: true)', 'ruby'), []);
    assert.deepEqual(show('    assert.Empty(t, body, "304 must have no body")', 'go'), ['http:304[304]']);
    assert.deepEqual(show('    options.ClientErrorMapping[406] = new ClientErrorData', 'csharp'), ['http:406[406]']);
    assert.deepEqual(show('    response.StatusCode.ShouldBe(Enum.Parse<HttpStatusCode>("500"));', 'csharp'), ['http:500[500]']);
    assert.deepEqual(show('    Assert.Contains("/errors/403", s.Page.Url);', 'csharp'), ['http:403[403]']);
    assert.deepEqual(show('    if (e is HttpException && e.code == 103) return', 'kotlin'), ['http:103[103]']);
    assert.deepEqual(show('    if (code == 404) return', 'kotlin'), ['http:404[404]']);
    assert.deepEqual(show('    // conflict the backend rejects with a 400 on every attempt.', 'go'), ['http:400[400]']);
    assert.deepEqual(show('    expected: semconv.HTTPResponseStatusCodeKey.Int(404),', 'go'), ['http:404[404]']);
    assert.deepEqual(show('    raises(Kubeclient::HttpError.new("409", "Pod with same name exists", {}))', 'ruby'), ['http:409[409]']);
    assert.deepEqual(show('    val bitmap = qrCode.generateQrBitmap(ticketIdentifier, 400, 400)', 'kotlin'), []);
    assert.deepEqual(show('    awaitEvent<Long> { vertx.setTimer(500, it) }', 'kotlin'), []);
    assert.deepEqual(show('    "cache_response_codes": [200]', 'json'), ['http:200[200]']);
    assert.deepEqual(show('[2022-11-04 22:17:57.811] http: GET /_health (0 ms) 204', 'log'), ['http:204[204]']);
    assert.deepEqual(show('To control for which of the 301/302/303 status codes libcurl should *not*', 'markdown'), ['http:301[301]', 'http:302[302]', 'http:303[303]']);
    assert.deepEqual(show('    see /items/123/456 page', 'markdown'), []);
    assert.deepEqual(show('| 429 | Rate limit exceeded |', 'markdown'), ['http:429[429]']);
    assert.deepEqual(show('| 401 | User not authenticated |', 'markdown'), ['http:401[401]']);
    assert.deepEqual(show('    raise NotImplemented("x")', 'python'), []);
    assert.deepEqual(show('# curl --expect-status 404 http://x', 'shellscript'), ['http:404[404]']);
    // Words of mail on a line of an HTTP document (Sentry's envelopes) do not make its codes SMTP.
    assert.deepEqual(show('    fun `does not record lost envelope on 500 error for retryable`() {', 'kotlin', { hints: { http: true } }), ['http:500[500]']);
  });
});

describe('detect: round 13', () => {
  it('reads word lists of codes, collections handed to a block whose parameter is a status, and bare HttpURLConnection names', () => {
    assert.deepEqual(show('%w[404 406 422 500 503].each do |status_code|', 'ruby'), ['http:404[404]', 'http:406[406]', 'http:422[422]', 'http:500[500]', 'http:503[503]']);
    assert.deepEqual(show('    (400..422).each do |status|', 'ruby'), ['http:400[400]', 'http:422[422]']);
    // A bare `code` parameter only in web code.
    assert.deepEqual(show('    (400..422).each do |code|', 'ruby', { hints: { http: true } }), ['http:400[400]', 'http:422[422]']);
    assert.deepEqual(show('    [201, 212, 646].forEach(code => dial(code))', 'javascript'), []);
    assert.deepEqual(show('    const width = isMobile ? 304 : 404;', 'javascript'), []);
    assert.deepEqual(show('    [401, 403].forEach((status) => {', 'javascript'), ['http:401[401]', 'http:403[403]']);
    assert.deepEqual(show('    listOf(500, 503).forEach { status ->', 'kotlin'), ['http:500[500]', 'http:503[503]']);
    assert.deepEqual(show('    %w[100 200 300].each do |size|', 'ruby'), []);
    assert.deepEqual(show('    (1..100).each do |code|', 'ruby'), []);
    assert.deepEqual(show('        HTTP_INTERNAL_ERROR, null,', 'kotlin', { hints: documentHints('import java.net.HttpURLConnection.HTTP_INTERNAL_ERROR') }), ['http:500[HTTP_INTERNAL_ERROR]']);
    assert.deepEqual(show('    static final String HTTP_VERSION = "HTTP/1.1";', 'java'), []);
    assert.deepEqual(show('    responses = [OpenApiResponse("200", [OpenApiContent(Array<User>::class)])],', 'kotlin'), ['http:200[200]']);
    // A run time is no status; a RuntimeException's code is one.
    assert.deepEqual(show('        $this->setMinimumRuntime(500);', 'php'), []);
    assert.deepEqual(show("        throw new \\RuntimeException('Not found', 404);", 'php'), ['http:404[404]']);
  });

  it('reads status texts, OpenSearch RestStatus, a PHP class\'s own HTTP_ names, OpenAPI response references and more', () => {
    assert.deepEqual(show("        statusText: 'Unauthorized',", 'typescript'), ['http:401[Unauthorized]']);
    assert.deepEqual(show("    return { status: 200, statusText: 'OK', headers: {} };", 'typescript'), ['http:200[200]', 'http:200[OK]']);
    assert.deepEqual(show("        statusText: 'Whatever',", 'typescript'), []);
    assert.deepEqual(show("    throw createError({ statusCode: 404, statusMessage: 'Not Found' })", 'javascript'), ['http:404[404]', 'http:404[Not Found]']);
    assert.deepEqual(show("    job.statusMessage = 'Processing'", 'javascript'), []);
    assert.deepEqual(show('    .firstOrNull { it.status() == RestStatus.TOO_MANY_REQUESTS }', 'kotlin'), ['http:429[RestStatus.TOO_MANY_REQUESTS]']);
    assert.deepEqual(show('        $this->response($response, self::HTTP_UNAUTHORIZED);', 'php'), ['http:401[HTTP_UNAUTHORIZED]']);
    assert.deepEqual(show("      $ref: '#/components/responses/404'", 'yaml'), ['http:404[404]']);
    assert.deepEqual(show('    "/paths/~1accounts~1{accountId}/get/responses/200", "application/json");', 'java'), ['http:200[200]']);
    assert.deepEqual(show('    GET /api/items/404', 'markdown'), []);
    assert.deepEqual(show('    return is_user_logged_in() ? 403 : 401;', 'php'), ['http:403[403]', 'http:401[401]']);
    assert.deepEqual(show('    const size = user.big ? 400 : 200;', 'javascript'), []);
    assert.deepEqual(show('{"host":"192.168.0.1","user":"-","method":"GET","path":"/","code":"200","size":"777"}', 'json'), ['http:200[200]']);
    assert.deepEqual(show("  nock('http://mailer.com').post('/send').reply(202);", 'javascript'), ['http:202[202]']);
    assert.deepEqual(show("    .intercept('GET', '/capabilities', 200, {", 'typescript'), ['http:200[200]']);
    assert.deepEqual(show('        .hasCode(404)', 'java'), ['http:404[404]']);
    assert.deepEqual(show('        .Be(200);', 'csharp'), []);
    assert.deepEqual(show('    assert_eq!(res.status(), http_types::StatusCode::Ok);', 'rust'), ['http:200[StatusCode::Ok]']);
    assert.deepEqual(show('    respons.second.statusCode shouldBeExactly 401', 'kotlin'), ['http:401[401]']);
    assert.deepEqual(show('    class HTTPConflict < HTTPClientError; end', 'ruby'), ['http:409[HTTPConflict]']);
    assert.deepEqual(show('      assert_raises(GdsApi::HTTPUnprocessableEntity) do', 'ruby'), ['http:422[GdsApi::HTTPUnprocessableEntity]']);
    assert.deepEqual(show('    @client = HTTPClient.new', 'ruby'), []);
    assert.deepEqual(show("        headers = {'X-Mock': 200}", 'python'), ['http:200[200]']);
    assert.deepEqual(show('        $request_headers = ["X-Mock: 204"];', 'php'), ['http:204[204]']);
    assert.deepEqual(show('        code = HttpStatus.OK; // default to 200', 'java'), ['http:200[HttpStatus.OK]', 'http:200[200]']);
    assert.deepEqual(show('        timeout = 30; // default to 500', 'java'), []);
    assert.deepEqual(show('    wantCodes(t, codes, []int{200, 200, 429})', 'go'), ['http:200[200]', 'http:200[200]', 'http:429[429]']);
    assert.deepEqual(show('    respCodes: []int{200, 429},', 'go'), ['http:200[200]', 'http:429[429]']);
    assert.deepEqual(show('    sizes := []int{200, 400}', 'go'), []);
    assert.deepEqual(show("    cy.wait('@getComment').its('response.statusCode').should('be.oneOf', [200, 304])", 'javascript'), ['http:200[200]', 'http:304[304]']);
    assert.deepEqual(show('    FailureCode = 400', 'go'), ['http:400[400]']);
    assert.deepEqual(show('    405: (False, True, "Method Not Allowed"),', 'python'), ['http:405[405]']);
    assert.deepEqual(show('    400 => Typesense::Error::RequestMalformed,', 'ruby'), ['http:400[400]']);
    assert.deepEqual(show('    504 => TimeoutError,', 'ruby'), []);
    assert.deepEqual(show('        return result is not null ? Ok(result) : NotFound();', 'csharp'), ['http:200[Ok]', 'http:404[NotFound]']);
    assert.deepEqual(show('    avviste.all { it.status == FORBIDDEN.value() } shouldBe true', 'kotlin'), ['http:403[FORBIDDEN]']);
    assert.deepEqual(show('    int x = PENDING.value();', 'java'), []);
    assert.deepEqual(show('2002-05-24 20:18:01 172.224.24.114 - 206.73.118.24 80 GET /Default.htm - 200 7930 248 31 Mozilla/4.0+(compatible) http://64.224.24.114/', 'log'), ['http:200[200]']);
    assert.deepEqual(show('-   RespStatus     200', 'log'), ['http:200[200]']);
    assert.deepEqual(show('    15, SLT_RespStatus,     "500";', 'rust'), ['http:500[500]']);
    assert.deepEqual(show("        MockResponse::make(['name' => 'Gareth'], 500),", 'php'), ['http:500[500]']);
    assert.deepEqual(show("      .getOnce(`https://api.github.local/repos/${owner}/${repo}`, 401);", 'javascript'), ['http:401[401]']);
    assert.deepEqual(show('    cache.getOnce(key, 500)', 'javascript'), []);
    assert.deepEqual(show('        RauthyError::MalformedJwt(err) => (400, err.to_string()),', 'rust'), ['http:400[400]']);
    // A line of code in a document with no fence in view reads any language's helpers.
    assert.deepEqual(show('    $response->assertFound();', 'markdown'), ['http:302[assertFound]']);
    assert.deepEqual(show('    .route("/", web::to(|| HttpResponse::Ok()))', 'markdown'), ['http:200[HttpResponse::Ok]']);
    assert.deepEqual(show('We found it ok, and everything went fine in the end.', 'markdown'), []);
    assert.deepEqual(show('    /// GET (Anon) node page     |           296 |         0 (0%) |    29.60 |    0.00', 'rust'), []);
    assert.deepEqual(documentHints('const ErrNeedMAILBeforeRCPT = "Need MAIL before RCPT"').smtp, true);
    assert.deepEqual(show("    AND status = ANY (VALUES '400', '401', '403')", 'plaintext'), ['http:400[400]', 'http:401[401]', 'http:403[403]']);
    assert.deepEqual(show('    wget --output-document /dev/null --retry-on-http-error=500 localhost:4200/api', 'shellscript'), ['http:500[500]']);
    assert.deepEqual(show('    ab -n 500 -c 100 http://127.0.0.1:3000/', 'shellscript'), []);
    assert.deepEqual(show('1548043032.187 524 192.168.97.135 58322 185.53.177.31 444 TCP_MISS 200 152 339 GET http://test.com:444/ http test.com text/html', 'log'), ['http:200[200]']);
    assert.deepEqual(show("        self.logster.parse_line(access_log_tmpl % (1, 'TCP_MISS', '200'))", 'python'), ['http:200[200]']);
    assert.deepEqual(show('    redir https://dl.example.com{uri} permanent', 'caddyfile'), ['http:301[permanent]']);
    assert.deepEqual(show('            .isUnauthorized', 'kotlin'), ['http:401[isUnauthorized]']);
    assert.deepEqual(show('            .isEmpty', 'kotlin'), []);
    assert.deepEqual(show('        return new DataResponse($message, Http::STATUS_FORBIDDEN);', 'php'), ['http:403[Http::STATUS_FORBIDDEN]']);
    assert.deepEqual(show('    Then("returnerer 403 for bulk") {', 'kotlin'), ['http:403[403]']);
    assert.deepEqual(show('[ "403" == "$(curl --silent --output /dev/null --write-out %{http_code} ${APP_URL}/x)" ]', 'shellscript'), ['http:403[403]']);
    assert.deepEqual(show('    self.setreply(\'550\',\'5.7.1\',\'Mixing internal and external TLDs\')', 'python', { hints: documentHints('import Milter') }), ['smtp:550[550]', 'smtp-enhanced:5.7.1[5.7.1]']);
    assert.deepEqual(show('    "\\350\\207\\252\\345"', 'php', { hints: { smtp: true } }), []);
  });
});

describe('detect: round 14', () => {
  const doc = (text: string, language: string): string[] =>
    detectDocument(text, language).findings.map((f) => `${f.line}:${f.protocol}:${f.code}`);
  it('reads the forms the round 14 tuning batches showed', () => {
    assert.deepEqual(show('    @error status 500 503 5xx', 'caddyfile'), ['http:500[500]', 'http:503[503]']);
    assert.deepEqual(show('    requester = MockRequester.new(500, {}, {})', 'ruby'), ['http:500[500]']);
    assert.deepEqual(show('    requester = Requester.new(500, {}, {})', 'ruby'), []);
    assert.deepEqual(show('    const status = Number(url.searchParams.get("status") ?? 200);', 'typescript'), ['http:200[200]']);
    assert.deepEqual(show('    const size = Number(url.searchParams.get("size") ?? 200);', 'typescript'), []);
    assert.deepEqual(show('    * @see https://httpstatus.in/503/', 'typescript'), ['http:503[503]']);
    assert.deepEqual(show('    "https://fonts.googleapis.com/css2?family=Exo+2:wght@300;400;600&display=swap";', 'typescript'), []);
    assert.deepEqual(show('**limit:** `Integer` — The maximum number of payments to return in a single response. This value cannot exceed 200.', 'markdown'), []);
    assert.deepEqual(show('res.response_status # => 200', 'ruby'), ['http:200[200]']);
    assert.deepEqual(show('res.count # => 200', 'ruby'), []);
    assert.deepEqual(show('        "code": 200,', 'markdown'), ['http:200[200]']);
    assert.deepEqual(show("        'code'    => 500,", 'php'), ['http:500[500]']);
    assert.deepEqual(show('        code: 126', 'ruby'), []);
    assert.deepEqual(show('##### 200 Success', 'markdown'), ['http:200[200]']);
    assert.deepEqual(show('- Fix 404 links ([deeda79](https://github.com/nuxt-hub/core/commit/deeda79))', 'markdown'), ['http:404[404]']);
    assert.deepEqual(show('We handled 500 requests per second', 'markdown'), []);
    assert.deepEqual(show('    | 504 -> `Gateway_Timeout', 'ocaml'), ['http:504[504]', 'http:504[Gateway_Timeout]']);
    assert.deepEqual(show('    | `See_other -> "303"', 'ocaml'), ['http:303[See_other]', 'http:303[303]']);
    assert.deepEqual(show('    | Foo -> 200', 'ocaml'), []);
    assert.deepEqual(show('204,No Content', 'csv'), ['http:204[204]']);
    assert.deepEqual(show('1551811000085,115,0,http://blazedemo.com/,200,OK,true,1,8507', 'csv'), ['http:200[200]']);
    assert.deepEqual(show('from swift.common.swob import HTTPForbidden, HTTPUnauthorized', 'python'), ['http:403[HTTPForbidden]', 'http:401[HTTPUnauthorized]']);
    assert.deepEqual(show('from http.server import HTTPServer, HTTPStatus', 'python'), []);
    assert.deepEqual(show('* ``HTTPNotFound`` or other failures', 'restructuredtext'), ['http:404[HTTPNotFound]']);
    assert.deepEqual(show('    @extensions.expected_errors((400, 409))', 'python'), ['http:400[400]', 'http:409[409]']);
    assert.deepEqual(show("    <title>The page you were looking for doesn't exist (404)</title>", 'html'), ['http:404[404]']);
    assert.deepEqual(show('    <title>Top 100 (200)</title>', 'html'), []);
    assert.deepEqual(show('![alt](https://picsum.photos/200 "title")', 'markdown'), []);
    assert.deepEqual(show("    cy.get('.question-form').contains('300/300')", 'javascript'), []);
    assert.deepEqual(show('   "note": "Both GETs returned 200/200 — pipelining works"', 'json'), ['http:200[200]', 'http:200[200]']);
    assert.deepEqual(show('- HTTP 401 rather than 400 for expired JWT', 'markdown'), ['http:401[401]', 'http:400[400]']);
    assert.deepEqual(show('- Request with `from` field present → 400 (unknown field).', 'markdown'), ['http:400[400]']);
    assert.deepEqual(show('- Sizes → 400 (pixels).', 'markdown'), []);
    assert.deepEqual(show('- Token present but key disabled → `AppError::Forbidden` (403).', 'markdown'), ['http:403[403]']);
    assert.deepEqual(show('    throw Abort(.unauthorized)', 'swift'), ['http:401[unauthorized]']);
    assert.deepEqual(show('    let s = Foo(status: .active)', 'swift'), []);
    assert.deepEqual(show('        // 其他错误, 404的话返回404页面', 'javascript'), ['http:404[404]', 'http:404[404]']);
    assert.deepEqual(show('    // 返回200条数据', 'javascript'), []);
    assert.deepEqual(show('Server: 354 End data with <CRLF>.<CRLF>', 'markdown'), ['smtp:354[354]']);
    assert.deepEqual(show('        ~rsp:(Opium.Response.of_json ~status:`OK default_response_body) )', 'ocaml'), ['http:200[OK]']);
    assert.deepEqual(show('  | `Continue -> loop ()', 'ocaml'), []);
    assert.deepEqual(show('  console.log(`Found ${sessions.length} sessions to migrate.`);', 'markdown'), []);
    assert.deepEqual(show('            setStatusCode 404 >=> text "Not found"', 'fsharp'), ['http:404[404]']);
    assert.deepEqual(show('    let notFoundHandler = "Not Found" |> text |> RequestErrors.notFound', 'fsharp'), ['http:404[notFound]']);
    assert.deepEqual(show('    assertStatus 200 req', 'haskell'), ['http:200[200]']);
    assert.deepEqual(show('    redirect scheme https code 301 if !{ ssl_fc }', 'haproxy'), ['http:301[301]']);
    assert.deepEqual(show('    respond * "1.0.0" 200', 'caddyfile'), ['http:200[200]']);
    assert.deepEqual(show('    konghq.com/https-redirect-status-code: "301"', 'yaml'), ['http:301[301]']);
    assert.deepEqual(show('    public int ErrorResponseCode { get; set; } = 500;', 'csharp'), ['http:500[500]']);
    assert.deepEqual(show('    public int RetryCount { get; set; } = 500;', 'csharp'), []);
    assert.deepEqual(show('        .status(Status.NOT_FOUND.getStatusCode())', 'java'), ['http:404[Status.NOT_FOUND]']);
    assert.deepEqual(show('    raise web.HTTPOk(text="")', 'python'), ['http:200[web.HTTPOk]']);
    // (Not in data files: a country's ISO numeric code is `code: 404`.)
    assert.deepEqual(show('          code: 404', 'yaml'), []);
    assert.deepEqual(show('    #   200, 203, 300, 301, 302, 307, 404 & 410.', 'vcl').length, 8);
    assert.deepEqual(show('   E: 500, 501, 504, 421', 'plaintext'), []);
    assert.deepEqual(show('    expectedReason: "no data within this time period: [201,300]. Store time ranges: [100,200]",', 'yaml'), []);
    assert.deepEqual(show('    expr: sum(rate(gateway_function_invocation_total{code="200"}[10s])) > 5', 'yaml'), ['http:200[200]']);
    assert.deepEqual(show('dovecot_smtp_command_count{cmd_name="LHLO",status_code="250"} 1', 'markdown'), ['smtp:250[250]']);
    assert.deepEqual(show('    Image = "https://i.pravatar.cc/300"', 'csharp'), []);
    assert.deepEqual(show("<m>::1 - [31/Aug/2011:11:44:02 +0200] &quot;OPTIONS * HTTP/1.0&quot; 200 152 &quot;-&quot;</m>", 'xml'), ['http:200[200]']);
    assert.deepEqual(show('2015-03-27T07:06:41.177907Z my-loadbalancer 192.168.131.39:2817 - -1 -1 -1 503 0 0 0 "GET https://www.example.com:443/ HTTP/1.1" "curl/7.38.0"', 'log'), ['http:503[503]']);
    assert.deepEqual(show('::1 - [Fri, 07 Dec 2018 17:05:38 JST] "GET /users?page=1&per=100 HTTP/1.1 200 200ms "Mozilla/5.0"', 'log'), ['http:200[200]']);
    assert.deepEqual(show("    resp = FakeResponse.new '202', '{}'", 'ruby'), ['http:202[202]']);
    assert.deepEqual(show('    animationSpec = tween(500),', 'kotlin'), []);
    assert.deepEqual(show('- 502 errors', 'markdown'), ['http:502[502]']);
    assert.deepEqual(show('(subject to receiving a minimum of 500 responses during that time):', 'markdown'), []);
    assert.deepEqual(show('A key piece of information is the enhanced status code (for example, 4.4.7).', 'markdown'), ['smtp-enhanced:4.4.7[4.4.7]']);
    assert.deepEqual(show(' *   redirect_code: HTTP redirect type. Could be 301, 302, 303, 307, 308.', 'c').length, 5);
    assert.deepEqual(show('    {response, fin, 416, Headers} = gun:await(ConnPid, Ref),', 'erlang'), ['http:416[416]']);
    assert.deepEqual(show('//! Implements RFC 070–071, 201–203, 206.', 'rust'), []);
    assert.deepEqual(show('    if ($response->notFound()) {', 'php'), ['http:404[notFound()]']);
    assert.deepEqual(show('    $query->found()', 'php'), []);
    // The review's examples of over-broad readings.
    assert.deepEqual(show('    Order(status: .processing)', 'swift'), []);
    assert.deepEqual(show('  match x with None -> `Not_found | Some v -> `Found v', 'ocaml'), []);
    assert.deepEqual(show('{ width: 200, ok: true }', 'javascript'), []);
    assert.deepEqual(show('<title>Notifications (401)</title>', 'html'), []);
    assert.deepEqual(show('// 页面宽度 300', 'javascript'), []);
    assert.deepEqual(show('// 请求间隔 500', 'javascript'), []);
    assert.deepEqual(show('// fixed 300 links in the docs', 'javascript'), []);
    assert.deepEqual(show('- 100 routes', 'markdown'), []);
    assert.deepEqual(show('# see lines 201, 202, 203, 204, 301', 'python'), []);
    assert.deepEqual(show('// per RFC 7231 404 means the resource is missing', 'javascript'), ['http:404[404]']);
    assert.deepEqual(show('status 250 records', 'shellscript'), []);
    assert.deepEqual(show("    resp = FakeResponse.new '202'", 'ruby'), ['http:202[202]']);
    assert.deepEqual(show('<m>&quot;GET /a?x=1&amp;y=2 HTTP/1.1&quot; 404 153</m>', 'xml'), ['http:404[404]']);
    assert.deepEqual(show('    {gun_response, ConnPid, StreamRef, nofin, 200, Headers} ->', 'erlang'), ['http:200[200]']);
    assert.deepEqual(show('Check status values: 200 and 206.', 'plaintext'), ['http:200[200]', 'http:206[206]']);
  });
  it('reads a result on the line under the expression it shows, in code and in a fenced block', () => {
    assert.deepEqual(doc('res = client.get("/")\nres.response_status\n# => 200\n', 'ruby'), ['2:http:200']);
    assert.deepEqual(doc('```python\n>>> r.status_code\n200\n>>> len(r.text)\n200\n```\n', 'markdown'), ['2:http:200']);
    assert.deepEqual(doc('r.status_code\n200\n', 'python'), []);
    assert.deepEqual(doc('Status | Meaning\n404 | Cannot find location to delete.\n', 'markdown'), ['1:http:404']);
    assert.deepEqual(doc('Size | Meaning\n404 | Bytes of the header.\n', 'markdown'), []);
  });
  it('reads a status column of a CSV file, a reST list table and an HTML table', () => {
    const csv = 'timeStamp,elapsed,label,responseCode,responseMessage\n1551811000085,404,HR-Redirect,302,Found text\n';
    assert.deepEqual(doc(csv, 'csv'), ['1:http:302']);
    assert.deepEqual(doc('timeStamp,elapsed,label,size\n1551811000085,404,HR-Redirect,302\n', 'csv'), []);
    const rst = '.. list-table:: Error response codes\n   :header-rows: 1\n\n   * - Code\n     - Reason\n   * - 401\n     - Unauthorized\n\n.. list-table:: Sizes\n\n   * - 401\n';
    assert.deepEqual(doc(rst, 'restructuredtext'), ['5:http:401']);
    const html = '<table>\n<tr>\n  <th>Error Code\n  <th>HTTP Status\n  <th>Size\n<tr>\n  <td>no such element\n  <td>404\n  <td>404\n</table>\n';
    assert.deepEqual(doc(html, 'html'), ['7:http:404']);
    assert.deepEqual(doc('```ocaml\n  Dream.empty `Bad_Request);\n```\n', 'markdown'), ['1:http:400']);
    assert.deepEqual(doc('    where:\n    code || result\n    200  || "Success"\n', 'groovy'), ['2:http:200']);
    assert.deepEqual(doc('    where:\n    size || result\n    200  || "Success"\n', 'groovy'), []);
    assert.deepEqual(doc('| Name | Status | Width |\n|---|---|---|\n| logo || 300 |\n| foo | 404 | 3 |\n', 'markdown'), ['3:http:404']);
    assert.deepEqual(doc('.. list-table:: HTTP client settings\n\n   * - Name\n     - Value\n   * - timeout\n     - 300\n', 'restructuredtext'), []);
    assert.deepEqual(doc('<table><tr><th>Size</th><th>Status</th></tr>\n<tr>\n<td>300\n<td>404\n</table>\n', 'html'), ['3:http:404']);
    assert.deepEqual(doc('country,code\nKenya,404\n', 'csv'), []);
    assert.deepEqual(doc('> the status\n200\n', 'markdown'), []);
  });
  it('reads status names imported by name in JS for use bare', () => {
    const ts = 'import { BAD_REQUEST, CREATED, OK, UNAUTHORIZED } from "../errors/enums";\nthrow new APIError("Invalid credentials.", UNAUTHORIZED);\nconst x = <Created />;\n';
    assert.deepEqual(doc(ts, 'typescript'), ['1:http:401']);
    assert.deepEqual(doc('import { UNAUTHORIZED } from "./x";\nthrow new APIError("Invalid credentials.", UNAUTHORIZED);\n', 'typescript'), []);
  });
});

describe('detect: round 15', () => {
  const doc = (text: string, language: string, path?: string): string[] =>
    detectDocument(text, language, { path }).findings.map((f) => `${f.line}:${f.protocol}:${f.code}`);
  it('reads an equality test of a bare code, and keeps other tests of it silent', () => {
    assert.deepEqual(show('    } else if code != 200 {', 'go'), ['http:200[200]']);
    assert.deepEqual(show('        if ($code == 404) {', 'php'), ['http:404[404]']);
    assert.deepEqual(show('        if (Code == "404")', 'csharp'), ['http:404[404]']);
    assert.deepEqual(show('    if (code == 0) {', 'c'), []);
    assert.deepEqual(show('    if exit_code == 127:', 'python'), []);
    // An FTP file's `code` is an FTP reply, by its path.
    assert.deepEqual(doc('    if (code == 226 || code == 250) {\n', 'cpp', 'src/clients/FtpGateway.cc'), ['0:ftp:226', '0:ftp:250']);
  });
  it('reads a code member alone on its line for any known status, a $-named constant, and not a selector mapping', () => {
    // (A common code only: ISO currencies share other registered ones, `'code' => 208,` is the Danish krone.)
    assert.deepEqual(show("        'code' => '416',", 'php'), []);
    assert.deepEqual(show("        'code' => 208,", 'php'), []);
    assert.deepEqual(show('  code: 126,', 'javascript'), []);
    assert.deepEqual(show('    public static $FORBIDDEN = 403;', 'php'), ['http:403[403]']);
    assert.deepEqual(show('    public static $LIMIT = 403;', 'php'), []);
    assert.deepEqual(show('        builder.OwnsName(_ => _.RegistrarFullName, 200);', 'csharp'), []);
    assert.deepEqual(show('        return StatusCode(500, error);', 'csharp'), ['http:500[500]']);
  });
  it('reads the forms the round 15 tuning batches showed (tune74-tune77)', () => {
    assert.deepEqual(show('    ["508"] = "Loop Detected";', 'lua'), ['http:508[508]']);
    assert.deepEqual(show('    ["508"] = "Loop";', 'lua'), []);
    assert.deepEqual(show('    #expect(response.status == .notFound)', 'swift'), ['http:404[notFound]']);
    assert.deepEqual(show('    XCTAssertEqual(res.status, .ok)', 'swift'), ['http:200[ok]']);
    assert.deepEqual(show('    if order.status == .created {', 'swift'), []);
    assert.deepEqual(show('    XCTAssertEqual(authManager.status, .unauthorized)', 'swift'), []);
    assert.deepEqual(show("    return ResponseBody.fromString('', 200);", 'dart'), ['http:200[200]']);
    assert.deepEqual(show('    response.read(500);', 'dart'), []);
    assert.deepEqual(show('    :responses {200 {:body any?}}', 'clojure'), ['http:200[200]']);
    assert.deepEqual(show('    {:sizes {200 {:body any?}}', 'clojure'), []);
    assert.deepEqual(show("    return (200, {}, b'ok')", 'python'), ['http:200[200]']);
    assert.deepEqual(show("    foo(300, {}, 'abc')", 'python'), []);
    assert.deepEqual(show('    users = create_users(500, {}, "seed")', 'python'), []);
    // Up to 255 an unassigned code is an exit status (`ssh` exits 255), in a strong context too; 452 is still worth its hover.
    assert.deepEqual(show('    result.status = 255', 'ruby'), []);
    assert.deepEqual(show('    res.status(452)', 'javascript'), ['http:452[452]']);
    assert.deepEqual(show('    [Column("url", TypeName = "varchar(500)")]', 'csharp'), []);
    assert.deepEqual(show("    expect(headers.toString(), 'content-length: 200\\ntest: 1\\n');", 'dart'), []);
  });
  it('reads a mock registered by verb, a name of run-together phrase words, a count keyed by status, a code span in a comment', () => {
    assert.deepEqual(show("        $this->get_client()->register_get('/secrets/store/test', 204, null);", 'php'), ['http:204[204]']);
    assert.deepEqual(show('    static $NOTALLOWED = 405;', 'php'), ['http:405[405]']);
    assert.deepEqual(show('    static $NOTFOUND = 500;', 'php'), []);
    const counts = (parent: string) => detectDocument(`    ${parent}: {\n        '504': 0,\n`, 'python').findings.map((f) => `${f.line}:${f.protocol}:${f.code}`);
    assert.deepEqual(counts("'status_count'"), ['1:http:504']);
    assert.deepEqual(counts("'size_count'"), []);
    assert.deepEqual(show('    # Respond to the HTTP request with a `401` (Unauthroized)', 'ruby'), ['http:401[401]']);
    assert.deepEqual(show('    # Retry the job `500` times', 'ruby'), []);
  });
  it('reads any variable a shell test compares with a common status, not a measure and not a bound', () => {
    assert.deepEqual(show('    if [ "${grid_check}" = "401" ]; then', 'shellscript'), ['http:401[401]']);
    assert.deepEqual(show('    if [[ "${output: -3}" -eq 200 || "${output: -3}" -eq 404 ]]; then', 'shellscript'), ['http:200[200]', 'http:404[404]']);
    assert.deepEqual(show('    if [ "${count}" -eq 200 ]; then', 'shellscript'), []);
    assert.deepEqual(show('    if [ "$loops" = "500" ]; then', 'shellscript'), []);
    assert.deepEqual(show('    if [ "$n" -gt 200 ]; then', 'shellscript'), []);
    assert.deepEqual(show('    if [ "$n" -eq 255 ]; then', 'shellscript'), []);
  });
  it('reads the forms tune78 and tune79 showed: SMTP code lists after a command, responseCode, status classes, h2, grep', () => {
    assert.deepEqual(show("        $this->sendRequestWithCheck('VRFY', array(250, 251, 252), $sUser);", 'php'), ['smtp:250[250]', 'smtp:251[251]', 'smtp:252[252]']);
    assert.deepEqual(show("        foo('GET', [200, 404]);", 'javascript'), ['http:200[200]', 'http:404[404]']);
    // What only SMTP assigns, in nodemailer's responseCode; an HTTP code there stays HTTP.
    assert.deepEqual(show('        err.responseCode = 535;', 'javascript'), ['smtp:535[535]']);
    assert.deepEqual(show('        err.responseCode = 404;', 'javascript'), ['http:404[404]']);
    assert.deepEqual(show('        err.statusCode = 535;', 'javascript'), ['http:535[535]']);
    assert.deepEqual(show('        .status(ProblemStatus.BAD_REQUEST)', 'java'), ['http:400[ProblemStatus.BAD_REQUEST]']);
    assert.deepEqual(show('        order.setStatus(OrderStatus.PAYMENT_REQUIRED);', 'java'), []);
    assert.deepEqual(show('        task.setStatus(ApiStatus.CREATED);', 'java'), []);
    assert.deepEqual(show('        x = WebhookStatus.NOT_FOUND;', 'java'), []);
    assert.deepEqual(show('    send_html(conn, :ok, index(assigns))', 'elixir'), ['http:200[:ok]']);
    assert.deepEqual(show('        (b":status", b"200"),', 'python'), ['http:200[200]']);
    assert.deepEqual(show('        (b"content-length", b"200"),', 'python'), []);
    assert.deepEqual(show('    echo "$RESPONSE" | grep --quiet 200', 'shellscript'), ['http:200[200]']);
    assert.deepEqual(show('    echo "$LINES" | grep --quiet 200', 'shellscript'), []);
  });
  it('reads a value destructured into a status by its position, and a name that ends with Response and a code', () => {
    assert.deepEqual(show('    status_code, body = 500, "Error: %s" % e', 'python'), ['http:500[500]']);
    assert.deepEqual(show('    body, status = "x", 201', 'python'), ['http:201[201]']);
    assert.deepEqual(show("    const [status, body] = [404, 'x'];", 'javascript'), ['http:404[404]']);
    assert.deepEqual(show('    width, height = 200, 300', 'python'), []);
    assert.deepEqual(show('def paginate(code, per_page=200, page=1):', 'python'), []);
    assert.deepEqual(show('    let status, count = 200;', 'javascript'), []);
    assert.deepEqual(show('    city, area_code = "Atlanta", 404', 'python'), []);
    assert.deepEqual(show('    label, timeout, status = "a,b", 500, 200', 'python'), ['http:200[200]']);
    assert.deepEqual(show('    const { status, limit = 100, page = 0 } = opts;', 'typescript'), []);
    assert.deepEqual(show('    status, count = 5, 200', 'python'), []);
    assert.deepEqual(show('    self.assertResponse201(response)', 'python'), ['http:201[assertResponse201]']);
    assert.deepEqual(show('    self.assertResponse452(response)', 'python'), []);
    assert.deepEqual(show('    const maxResponse500 = 1', 'javascript'), []);
  });
  it('reads a status after a chain of fallbacks, a response object keyed by code, and not a measure default in a docblock', () => {
    assert.deepEqual(show('    const statusCode = meta?.status ?? TRPC_ERROR_CODE_HTTP_STATUS[error.code] ?? 500;', 'typescript'), ['http:500[500]']);
    assert.deepEqual(show('    const timeout = a ?? b ?? 500;', 'typescript'), []);
    assert.deepEqual(show('        "204", new OpenApiResponse()', 'csharp'), ['http:204[204]']);
    assert.deepEqual(show('        ["404"] = new OpenApiResponse(),', 'csharp'), ['http:404[404]']);
    assert.deepEqual(show('        { "404", new Widget() },', 'csharp'), []);
    assert.deepEqual(show('     * @param $chunkSize the maximum number of operations in a bulk request (DEFAULT: 500)', 'php'), []);
    assert.deepEqual(show('     * @param $status the HTTP status of the error response (default: 500)', 'php'), ['http:500[500]']);
  });
  it('reads statuses iterated as a bare code, and a fixture of a response beside its status', () => {
    assert.deepEqual(show('    [200, 300, 400].each do |code|', 'ruby'), ['http:200[200]', 'http:300[300]', 'http:400[400]']);
    assert.deepEqual(show('    [1, 2, 3].each do |code|', 'ruby'), []);
    assert.deepEqual(show('    [100, 150].each do |code|', 'ruby'), []);
    assert.deepEqual(show("    array('tests/Resources/Checkout/payments-success.json', 200),", 'php'), ['http:200[200]']);
    assert.deepEqual(show("    array('/users', 404),", 'php'), ['http:404[404]']);
    assert.deepEqual(show("    array('tests/Resources/img/logo.png', 200),", 'php'), []);
    assert.deepEqual(show("    x = rotate('error.txt', 500)", 'python'), []);
    assert.deepEqual(show("    cache.set('head', 200)", 'ruby'), []);
    assert.deepEqual(show('    array(200, 300),', 'php'), []);
  });
  it('reads the forms tune83-tune85 showed: C and C++ constants, a code before its name, wrapped values, data under a status', () => {
    assert.deepEqual(show('    k421MisdirectedRequest = 421,', 'cpp'), ['http:421[k421MisdirectedRequest]', 'http:421[421]']);
    assert.deepEqual(show('    k206Foo = 207,', 'cpp'), []);
    assert.deepEqual(show('    constexpr int k200Ms = 200;', 'cpp'), []);
    assert.deepEqual(show('    k418ImATeapot = 418,', 'cpp'), ['http:418[k418ImATeapot]', 'http:418[418]']);
    assert.deepEqual(show('#define MHD_HTTP_MISDIRECTED_REQUEST         421', 'c'), ['http:421[HTTP_MISDIRECTED_REQUEST]', 'http:421[421]']);
    assert.deepEqual(show('#define MAX_SIZE 421', 'c'), []);
    assert.deepEqual(show('    con_info->answercode = MHD_HTTP_BAD_REQUEST;', 'c'), ['http:400[HTTP_BAD_REQUEST]']);
    assert.deepEqual(show('    CURLE_HTTP_RETURNED_ERROR', 'c'), []);
    assert.deepEqual(show('    boolean ENABLE_HTTP_CONTINUE = true;', 'java'), []);
    assert.deepEqual(show('    $api_code = BaseApiCodes::EX_HTTP_NOT_FOUND();', 'php'), []);
    assert.deepEqual(show('    (417, EXPECTATION_FAILED),', 'rust'), ['http:417[417]']);
    assert.deepEqual(show('    (200, MAX_SIZE),', 'rust'), []);
    assert.deepEqual(show('    StringBuilder uri = new StringBuilder(500);', 'java'), []);
    assert.deepEqual(show('    "0-499 has content-length = 500" in {', 'scala'), []);
    assert.deepEqual(show('    // which will use 3GiBs of RAM for 200+ concurrent requests', 'rust'), []);
    assert.deepEqual(show('    // Retry temporary errors, 429, and 500+ with backoff.', 'go'), ['http:429[429]', 'http:500[500]']);
    assert.deepEqual(show('    res.code = 405;', 'cpp'), ['http:405[405]']);
    assert.deepEqual(show('    node.code = 405;', 'cpp'), []);
    assert.deepEqual(show('    op.response::<204, ()>()', 'rust'), ['http:204[204]']);
    assert.deepEqual(show('    let x = parse::<404>();', 'rust'), []);
    assert.deepEqual(show('        ELBStatusCode:          aws.Int(301),', 'go'), ['http:301[301]']);
    assert.deepEqual(show('        Port: aws.Int(301),', 'go'), []);
    const data = (text: string, language: string) => detectDocument(text, language).findings.map((f) => `${f.line}:${f.protocol}:${f.code}`);
    assert.deepEqual(data('  response:\n    body: x\n    code: 200\n', 'yaml'), ['2:http:200']);
    assert.deepEqual(data('{\n  "status": {\n    "code": 200,\n    "message": "OK"\n  }\n}', 'json'), ['2:http:200']);
    assert.deepEqual(data('country:\n  code: 404\n', 'yaml'), []);
    assert.deepEqual(show('        StatusCodes: map[string]int{"500": 3333, "200": 3334},', 'go'), ['http:500[500]', 'http:200[200]']);
    assert.deepEqual(show('    status_counts = {200: 5, 404: 1}', 'python'), ['http:200[200]', 'http:404[404]']);
    assert.deepEqual(show('    sizes = {200: 5, 404: 1}', 'python'), []);
    assert.deepEqual(show("    statusbar_widths = {200: 'narrow', 300: 'wide'}", 'python'), []);
    assert.deepEqual(show('    if event.code == 304:', 'python'), []);
    assert.deepEqual(show('    if (Number(ctx.response.status) === 404 && !ctx.response.body) {', 'javascript'), ['http:404[404]']);
    assert.deepEqual(show('    if (Number(count) === 404) {', 'javascript'), []);
    // In mail code a reply built by a status call is SMTP's when HTTP has no such code or the line speaks SMTP.
    const mail = documentHints('package com.dumbster.smtp.action;\nimport com.dumbster.smtp.Response;\n', 'dumbster/src/com/dumbster/smtp/action/Mail.java');
    assert.deepEqual(show('        return new Response(250, "OK", SmtpState.MAIL);', 'java', { hints: mail }), ['smtp:250[250]']);
    assert.deepEqual(show('        String longSubject = StringUtil.longString(500);', 'java', { hints: mail }), []);
    assert.deepEqual(show('        res.status(404).send("x");', 'javascript', { hints: mail }), ['http:404[404]']);
    assert.deepEqual(show('    ngx.exit(499)', 'lua'), ['http:499[499]']);
    assert.deepEqual(show('    ngx.exit(ngx.HTTP_FORBIDDEN)', 'lua'), ['http:403[HTTP_FORBIDDEN]']);
    assert.deepEqual(show('    os.exit(1)', 'lua'), []);
  });
  it('reads a status after an argument spread over lines by the call that opened it', () => {
    assert.deepEqual(doc("        return new JsonResponse([\n            'error' => 'x',\n        ], 401);\n", 'php'), ['2:http:401']);
    assert.deepEqual(doc("  error!({\n    type: 'param_error',\n  }, 400)\n", 'ruby'), ['2:http:400']);
    assert.deepEqual(doc("        $rows = array_slice([\n            'a' => 1,\n        ], 200);\n", 'php'), []);
    assert.deepEqual(doc('  setTimeout(() => {\n    run();\n  }, 500);\n', 'javascript'), []);
    // The opener must be at the closing line's indentation or less, and end with the opener.
    assert.deepEqual(doc("return new JsonResponse($data);\n    'x' => 1,\n    ], 401);\n", 'php'), []);
  });
});
