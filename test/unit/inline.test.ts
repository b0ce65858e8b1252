// Unit tests of src/core/inline.ts: the phrase hints after numeric statuses, the tables a file
// uses, and the conversions between numbers and constants.
import * as assert from 'node:assert/strict';
import { constantTable } from '../../src/core/constants/index';
import { detectLine, documentHints } from '../../src/core/detect/index';
import { conversionsFor, importPatternTables, phraseHints, tablesInUse, type Lines } from '../../src/core/inline';

function linesOf(text: string): Lines {
  const lines = text.split('\n');
  return { count: lines.length, lineAt: (n) => lines[n] };
}

function hints(text: string, languageId: string): string[] {
  const lines = linesOf(text);
  return phraseHints(lines, 0, lines.count - 1, { languageId, hints: documentHints(text) }).map((h) => `${h.line}:${h.column} ${h.protocol} ${h.code} ${h.phrase ?? '(unassigned)'}`);
}

describe('inline: phrase hints', () => {
  it('puts the phrase right after a numeric status in a status context', () => {
    const text = "app.get('/', (req, res) => res.status(404).json({}));";
    assert.deepEqual(hints(text, 'javascript'), [`0:${text.indexOf('404') + 3} http 404 Not Found`]);
  });

  it('says unassigned for a code nobody assigns, and reads SMTP codes in mail code as SMTP', () => {
    assert.deepEqual(hints('    return jsonify(body), 452', 'python'), ['0:29 http 452 (unassigned)']);
    const mail = 'import smtplib\n\nif code == 452:\n    retry()';
    assert.deepEqual(hints(mail, 'python'), ['2:14 smtp 452 Insufficient Storage']);
  });

  it('gives nothing after named constants, in log lines or prose, or for numbers that are no status', () => {
    assert.deepEqual(hints('w.WriteHeader(http.StatusNotFound)', 'go'), []);
    assert.deepEqual(hints('127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /a.gif HTTP/1.0" 404 2326', 'log'), []);
    assert.deepEqual(hints('time.sleep(500)\nport = 8080\nitems[404]\nfor i in range(200):', 'python'), []);
    assert.deepEqual(hints('HTTP/1.1 404 Not Found', 'http'), []);
    // A comment that talks about a code gets a hover, not a hint.
    assert.deepEqual(hints('import smtplib\n    # 452 is not an HTTP status code in the IANA registry (it is an SMTP reply).\n# returns 404 when the user is gone', 'python'), []);
    assert.deepEqual(hints('| 404 | Not Found |', 'markdown'), []);
  });

  it('gives one hint per code of a collection and of each arm of a conditional', () => {
    assert.deepEqual(hints('if resp.status_code in (301, 302):', 'python').map((h) => h.split(' ').slice(2).join(' ')), ['301 Moved Permanently', '302 Found']);
    assert.deepEqual(hints('res.status(ok ? 200 : 404)', 'javascript').map((h) => h.split(' ')[2]), ['200', '404']);
  });

  it('reads only the lines asked for, and stops at its time budget', () => {
    const text = Array.from({ length: 100 }, (_, i) => `  res.status(${i % 2 ? 404 : 201});`).join('\n');
    const lines = linesOf(text);
    const some = phraseHints(lines, 10, 19, { languageId: 'javascript' });
    assert.deepEqual([...new Set(some.map((h) => h.line))], [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    let clock = 0;
    const stopped = phraseHints(lines, 0, 99, { languageId: 'javascript', maxMillis: 5, now: () => (clock += 10) });
    assert.ok(stopped.length < 10, `stopped early (${stopped.length} hints)`);
    assert.deepEqual(phraseHints(lines, 200, 300, { languageId: 'javascript' }), []);
  });
});

describe('inline: tables in use and conversions', () => {
  it('finds the tables a file writes, with the prefix it writes them with', () => {
    const pyText = 'from fastapi import FastAPI, status\n\nraise HTTPException(status_code=status.HTTP_404_NOT_FOUND)\n';
    assert.deepEqual(tablesInUse(linesOf(pyText), 'python', documentHints(pyText)), [{ table: 'starlette-status', prefix: 'status.' }]);
    const go = linesOf('package main\n\nimport "net/http"\n\nfunc h(w http.ResponseWriter) { w.WriteHeader(http.StatusOK) }\n');
    assert.deepEqual(tablesInUse(go, 'go'), [{ table: 'go-net-http', prefix: 'http.' }]);
  });

  it('finds a table by its import when the file uses none of its names yet', () => {
    const py = linesOf('from http import HTTPStatus\n\ndef f():\n    return "", 404\n');
    assert.deepEqual(tablesInUse(py, 'python'), [{ table: 'python-httpstatus', prefix: 'HTTPStatus.' }]);
    const plain = linesOf('def f():\n    return "", 404\n');
    assert.deepEqual(tablesInUse(plain, 'python'), []);
  });

  it('every import pattern is for a real table', () => {
    for (const id of importPatternTables()) assert.ok(constantTable(id), id);
  });

  it('offers the number as the constant of each table in use, and a constant as its number', () => {
    const line = '    return "", 404';
    const [f] = detectLine(line, 'python', { hints: documentHints('from flask import Flask') });
    assert.ok(f);
    assert.deepEqual(conversionsFor(f, [{ table: 'python-httpstatus', prefix: 'HTTPStatus.' }]), [{ start: 15, end: 18, text: 'HTTPStatus.NOT_FOUND', to: 'constant', table: 'python-httpstatus' }]);
    const [c] = detectLine('w.WriteHeader(http.StatusTeapot)', 'go');
    assert.ok(c);
    assert.deepEqual(conversionsFor(c, []), [{ start: 14, end: 31, text: '418', to: 'number', table: 'go-net-http' }]);
  });

  it('writes the current name of a renamed constant, and the one the pinned version has', () => {
    const [f] = detectLine('raise HTTPException(status_code=422)', 'python');
    assert.ok(f);
    const uses = [{ table: 'python-httpstatus', prefix: 'HTTPStatus.' }];
    // Without a version: a name every covered Python has (UNPROCESSABLE_CONTENT needs 3.13).
    assert.equal(conversionsFor(f, uses)[0]?.text, 'HTTPStatus.UNPROCESSABLE_ENTITY');
    assert.equal(conversionsFor(f, uses, { 'python-httpstatus': '3.13' })[0]?.text, 'HTTPStatus.UNPROCESSABLE_CONTENT');
  });

  it('offers nothing for a code the table does not name, nor for SMTP codes', () => {
    const [f] = detectLine('    return jsonify(body), 452', 'python');
    assert.ok(f);
    assert.deepEqual(conversionsFor(f, [{ table: 'python-httpstatus', prefix: 'HTTPStatus.' }]), []);
    const [s] = detectLine('if code == 452:', 'python', { hints: { smtp: true } });
    assert.equal(s?.protocol, 'smtp');
    assert.deepEqual(conversionsFor(s!, [{ table: 'python-httpstatus', prefix: 'HTTPStatus.' }]), []);
  });
});
