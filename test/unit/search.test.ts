// The one search (src/core/search.ts) that the CLI, the sidebar and Look Up share: what it
// understands and how it ranks.
import * as assert from 'node:assert/strict';
import { editDistance, search, searchCodes, type SearchHit } from '../../src/core/search';

const ids = (hits: readonly SearchHit[]): string[] => hits.map((h) => `${h.resolved.protocol}:${h.resolved.code}`);
const first = (q: string): string => ids(searchCodes(q).hits)[0] ?? '';

describe('search: codes first', () => {
  it('puts the exact enhanced code first, then its own family (5.1.1 -> 5.1.1, 5.1.10)', () => {
    const hits = ids(searchCodes('5.1.1').hits);
    assert.equal(hits[0], 'smtp-enhanced:5.1.1');
    assert.equal(hits[1], 'smtp-enhanced:5.1.10');
    assert.equal(first('5.7.1'), 'smtp-enhanced:5.7.1');
    assert.deepEqual(ids(searchCodes('5.7.1').hits).slice(1, 3), ['smtp-enhanced:5.7.10', 'smtp-enhanced:5.7.11']);
  });

  it('lists the start of a code in code order (50 -> 500..509)', () => {
    const http = ids(searchCodes('50').hits).filter((id) => id.startsWith('http:'));
    assert.deepEqual(http, ['http:500', 'http:501', 'http:502', 'http:503', 'http:504', 'http:505', 'http:506', 'http:507', 'http:508', 'http:509']);
    assert.ok(searchCodes('50').hits.every((h) => h.match === 'family'));
    const sub = ids(searchCodes('5.1').hits);
    assert.equal(sub[0], 'smtp-enhanced:5.1.0');
    assert.ok(sub.indexOf('smtp-enhanced:5.1.9') < sub.indexOf('smtp-enhanced:5.1.10'));
  });

  it('answers 452 with SMTP 452 first, says HTTP 452 is unassigned, then what it may mean', () => {
    const r = searchCodes('452');
    assert.equal(r.hits[0]!.match, 'code');
    assert.equal(ids(r.hits)[0], 'smtp:452');
    assert.deepEqual(r.unassigned.map((u) => `${u.protocol}:${u.code}`), ['http:452']);
    assert.ok(ids(r.hits).includes('http:507'));
    assert.ok(r.hits.slice(1).every((h) => h.match === 'suggestion'));
  });

  it('reads a protocol named first (smtp 452, http 452, smtp: 550)', () => {
    assert.deepEqual(ids(searchCodes('smtp 452').hits), ['smtp:452']);
    assert.deepEqual(ids(searchCodes('SMTP: 550').hits), ['smtp:550']);
    const http = searchCodes('http 452');
    assert.deepEqual(http.unassigned.map((u) => `${u.protocol}:${u.code}`), ['http:452']);
    assert.ok(http.hits.every((h) => h.match === 'suggestion'));
    assert.deepEqual(ids(searchCodes('http 404').hits), ['http:404']);
    // "http" alone is a word of names (505 HTTP Version Not Supported), not a protocol.
    assert.ok(ids(searchCodes('http').hits).includes('http:505'));
  });

  it('lists a class (4xx, 4yz, 5.x.x) in code order', () => {
    const c4 = searchCodes('4xx').hits;
    assert.ok(c4.length > 20);
    assert.ok(c4.every((h) => h.resolved.protocol === 'http' && h.resolved.code.startsWith('4')));
    assert.equal(ids(c4)[0], 'http:400');
    assert.ok(searchCodes('4yz').hits.every((h) => h.resolved.protocol === 'smtp' && h.resolved.code.startsWith('4')));
    const e5 = searchCodes('5.x.x').hits;
    assert.ok(e5.length > 20 && e5.every((h) => h.resolved.protocol === 'smtp-enhanced' && h.resolved.code.startsWith('5.')));
    assert.ok(searchCodes('smtp 5xx').hits.every((h) => h.resolved.protocol === 'smtp'));
  });

  it('gives every code of a log fragment, in the order written (550 5.1.1)', () => {
    assert.deepEqual(ids(searchCodes('550 5.1.1').hits), ['smtp:550', 'smtp-enhanced:5.1.1']);
    assert.deepEqual(ids(searchCodes('status=550 dsn=5.1.1 (user unknown)').hits).slice(0, 2), ['smtp:550', 'smtp-enhanced:5.1.1']);
    assert.deepEqual(searchCodes('550 5.1.1').unassigned, [], 'HTTP 550 being free is no news in a mail log');
  });
});

describe('search: what developers paste', () => {
  for (const [q, code] of [
    ['HTTP_422_UNPROCESSABLE_ENTITY', 'http:422'],
    ['status.HTTP_404_NOT_FOUND', 'http:404'],
    ['StatusNotFound', 'http:404'],
    ['http.StatusNoContent', 'http:204'],
    ['HttpStatus.NOT_FOUND', 'http:404'],
    ['HttpStatus.NO_CONTENT', 'http:204'],
    [':unprocessable_entity', 'http:422'],
    ['Status404NotFound', 'http:404'],
    ['HttpServletResponse.SC_NOT_FOUND', 'http:404'],
    ['not_found', 'http:404'],
    ['OK', 'http:200'],
  ] as const) {
    it(`reads the constant ${q}`, () => {
      assert.deepEqual(ids(searchCodes(q).hits), [code]);
    });
  }

  it('does not read a word as a constant (found is a word of 302 and 404)', () => {
    const hits = ids(searchCodes('found').hits);
    assert.ok(hits.includes('http:302') && hits.includes('http:404'), hits.join());
  });
});

describe('search: words', () => {
  it('ranks names before words of descriptions', () => {
    const r = searchCodes('not found').hits;
    assert.deepEqual(ids(r.filter((h) => h.match === 'name')), ['http:404', 'grpc:5']);
    assert.equal(r[0]!.match, 'name');
    assert.ok(r.slice(2).every((h) => h.match === 'words'));
  });

  it('forgives a small typo in a name (teapto -> 418), only when nothing matches exactly', () => {
    const r = searchCodes('teapto').hits;
    assert.deepEqual(ids(r), ['http:418']);
    assert.equal(r[0]!.match, 'typo');
    assert.ok(searchCodes('storage').hits.every((h) => h.match !== 'typo'));
    assert.deepEqual(searchCodes('zzzz no such thing').hits, []);
    assert.deepEqual(searchCodes('xyz').hits, [], 'no typos in words under 4 letters');
  });

  it('bounds the edit distance (a swap is one edit)', () => {
    assert.equal(editDistance('teapto', 'teapot', 1), 1);
    assert.equal(editDistance('gatway', 'gateway', 1), 1);
    assert.equal(editDistance('storage', 'garbage', 2), undefined);
  });

  it('finds each class an enhanced code is used with (storage -> 4.3.1 and 5.3.1), FTP storage codes by name', () => {
    const hits = ids(searchCodes('storage').hits);
    assert.deepEqual(hits, ['http:507', 'smtp:452', 'smtp:552', 'ftp:452', 'ftp:552', 'smtp-enhanced:4.3.1', 'smtp-enhanced:5.3.1']);
  });

  it('matches nothing for an empty query', () => {
    assert.deepEqual(searchCodes('').hits, []);
    assert.deepEqual(searchCodes('   ').hits, []);
  });
});

describe('search: options', () => {
  it('keeps to one protocol', () => {
    assert.ok(search('storage', { protocol: 'smtp' }).every((r) => r.protocol === 'smtp'));
    assert.ok(search('storage', { protocol: 'smtp' }).length >= 2);
  });

  it('leaves vendor codes out when asked (the sidebar\'s IANA only)', () => {
    assert.ok(search('nginx').length > 3);
    assert.deepEqual(search('nginx', { vendor: false }), []);
    assert.ok(!search('50', { vendor: false }).some((r) => r.code === '509'));
    assert.ok(!search('499', { vendor: false }).some((r) => r.entry.status === 'vendor'));
  });

  it('lists each concrete code once', () => {
    for (const q of ['5', '4', 'mail', 'error', '550 550 5.1.1']) {
      const keys = search(q).map((r) => `${r.entry.id}|${r.code}`);
      assert.equal(new Set(keys).size, keys.length, q);
    }
  });
});
