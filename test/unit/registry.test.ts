import * as assert from 'node:assert/strict';
import { allEntries, classesOf, entryById, list, lookup, lookupAll, primaryAnswer, type Answer } from '../../src/core/registry';
import { unassignedReport } from '../../src/core/render/report';

describe('registry lookup', () => {
  it('keys on protocol and code: HTTP 452 is unassigned, SMTP 452 is insufficient storage', () => {
    const http = lookup('http', '452');
    assert.equal(http.kind, 'unassigned');
    if (http.kind === 'unassigned') {
      const ids = http.suggestions.map((s) => s.entry.id);
      assert.ok(ids.includes('smtp:452'), ids.join());
      assert.ok(ids.includes('http:507'), ids.join());
      assert.equal(http.codeClass.label, '4xx');
    }
    const smtp = lookup('smtp', 452);
    assert.equal(smtp.kind, 'found');
    if (smtp.kind === 'found') {
      assert.equal(smtp.matches[0]!.entry.phrase, 'Insufficient Storage');
      assert.equal(smtp.matches[0]!.entry.key, 'insufficient_storage');
      assert.equal(smtp.codeClass.name, 'Transient Negative Completion');
    }
  });

  it('resolves enhanced codes written with their class to the X.Y.Z entry', () => {
    const r = lookup('smtp-enhanced', '4.3.1');
    assert.equal(r.kind, 'found');
    if (r.kind === 'found') {
      assert.equal(r.code, '4.3.1');
      assert.equal(r.matches[0]!.entry.code, 'X.3.1');
      assert.equal(r.codeClass.digit, 4);
    }
    const x = lookup('smtp-enhanced', 'x.3.1');
    assert.equal(x.kind, 'found');
  });

  it('answers malformed input clearly, without throwing', () => {
    for (const [p, c] of [
      ['http', 'abc'],
      ['http', '999'],
      ['http', '42'],
      ['http', ''],
      ['http', '4040'],
      ['smtp', '600'],
      ['smtp', '269'],
      ['smtp-enhanced', '9.1.1'],
      ['smtp-enhanced', '5.1'],
      ['smtp-enhanced', '5.1.1.1'],
    ] as const) {
      const r = lookup(p, c);
      assert.equal(r.kind, 'invalid', `${p} ${c}`);
      if (r.kind === 'invalid') assert.ok(r.message.length > 10);
    }
  });

  it('keeps clashing vendor meanings apart', () => {
    for (const code of ['420', '499']) {
      const r = lookup('http', code);
      assert.equal(r.kind, 'found', code);
      if (r.kind === 'found') {
        const vendors = r.matches.map((m) => m.entry.vendor);
        assert.ok(r.matches.length >= 2, `${code}: ${vendors.join()}`);
        assert.equal(new Set(vendors).size, vendors.length);
      }
    }
    // A standard meaning comes before vendor meanings.
    const r451 = lookup('http', '451');
    if (r451.kind === 'found') assert.equal(r451.matches[0]!.entry.status, 'permanent');
  });

  it('lists by protocol and class in code order', () => {
    const client = list('http', 4);
    assert.ok(client.length > 20);
    assert.ok(client.every((r) => r.code.startsWith('4')));
    const codes = client.map((r) => Number(r.code));
    assert.deepEqual(codes, [...codes].sort((a, b) => a - b));
    assert.deepEqual(classesOf('smtp').map((c) => c.digit), [2, 3, 4, 5]);
    const enhanced5 = list('smtp-enhanced', 5);
    assert.ok(enhanced5.every((r) => r.code.startsWith('5.')));
  });

  it('has unique ids and resolvable related ids', () => {
    const ids = allEntries().map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const e of allEntries()) for (const id of e.related) assert.ok(entryById(id), `${e.id} -> ${id}`);
  });
});

describe('registry order', () => {
  it('lists the vendor meaning people meet most first (nginx 499 before Esri)', () => {
    const r = lookup('http', '499');
    assert.equal(r.kind, 'found');
    if (r.kind === 'found') assert.deepEqual(r.matches.map((m) => m.entry.vendor), ['nginx', 'Esri ArcGIS']);
  });
});

describe('related codes', () => {
  it('gives an SMTP reply its enhanced codes in its own class', async () => {
    const { relatedOf } = await import('../../src/core/registry');
    const r = lookup('smtp', '452');
    assert.equal(r.kind, 'found');
    if (r.kind !== 'found') return;
    const codes = relatedOf(r.matches[0]!).map((x) => `${x.protocol}:${x.code}`);
    assert.ok(codes.includes('smtp-enhanced:4.3.1'), codes.join());
    assert.ok(!codes.includes('smtp-enhanced:5.3.1'), codes.join());
    assert.ok(codes.includes('http:507'), codes.join());
  });
});

describe('lookup across protocols', () => {
  const shape = (answers: readonly Answer[]) => answers.map((a) => `${a.kind}:${a.protocol}:${a.code}`);

  it('answers 452 with SMTP 452, then HTTP 452 unassigned with its suggestions', () => {
    const r = lookupAll('452');
    assert.equal(r.kind, 'found');
    if (r.kind !== 'found') return;
    assert.deepEqual(shape(r.answers), ['found:smtp:452', 'unassigned:http:452']);
    const http = r.answers[1]!;
    assert.deepEqual(http, lookup('http', '452'));
  });

  it('lists every protocol that assigns the number, in protocol order, and no free number but HTTP\'s', () => {
    const all = (code: string) => {
      const r = lookupAll(code);
      return r.kind === 'found' ? shape(r.answers) : r.kind;
    };
    assert.deepEqual(all('500'), ['found:http:500', 'found:smtp:500']);
    assert.deepEqual(all('404'), ['found:http:404']); // SMTP 404 is well-formed but free: not shown
    assert.deepEqual(all('418'), ['found:http:418']);
    assert.deepEqual(all(' 550 '), ['found:smtp:550', 'unassigned:http:550']);
    assert.deepEqual(all('5.1.1'), ['found:smtp-enhanced:5.1.1']);
  });

  it('says unassigned where no protocol assigns a well-formed code, invalid where none has it', () => {
    const free = lookupAll('209');
    assert.equal(free.kind, 'unassigned');
    if (free.kind === 'unassigned') assert.deepEqual(shape(free.answers), ['unassigned:http:209', 'unassigned:smtp:209']);
    for (const code of ['99999', 'abc', '', '9.1.1', '600']) {
      const r = lookupAll(code);
      assert.equal(r.kind, 'invalid', code);
      if (r.kind === 'invalid') assert.match(r.message, /is not a status code: HTTP codes are 100-599/);
    }
  });

  it('picks the answer each rendering form prefers', () => {
    const answers = (code: string) => {
      const r = lookupAll(code);
      assert.equal(r.kind, 'found', code);
      return r.kind === 'found' ? r.answers : [];
    };
    const pick = (code: string, form: 'http' | 'smtp') => {
      const a = primaryAnswer(answers(code), form);
      return a && `${a.protocol}:${a.code}`;
    };
    assert.equal(pick('404', 'http'), 'http:404');
    assert.equal(pick('500', 'http'), 'http:500');
    assert.equal(pick('452', 'http'), 'smtp:452'); // HTTP 452 is free: the SMTP code as an HTTP status
    assert.equal(pick('500', 'smtp'), 'smtp:500');
    assert.equal(pick('550', 'smtp'), 'smtp:550');
    assert.equal(pick('4.3.1', 'smtp'), 'smtp-enhanced:4.3.1');
    // Nothing in the preferred protocols: the first found answer, for the renderer to refuse.
    assert.equal(pick('404', 'smtp'), 'http:404');
    assert.equal(pick('4.3.1', 'http'), 'smtp-enhanced:4.3.1');
    assert.equal(primaryAnswer([], 'http'), undefined);
  });

  it('reports an unassigned answer as plain data', () => {
    const r = lookup('http', '452');
    assert.equal(r.kind, 'unassigned');
    if (r.kind !== 'unassigned') return;
    const report = unassignedReport(r);
    assert.deepEqual({ ...report, suggestions: report.suggestions.slice(0, 1) }, {
      kind: 'unassigned',
      protocol: 'http',
      code: '452',
      class: { label: '4xx', name: 'Client Error' },
      suggestions: [{ id: 'smtp:452', protocol: 'smtp', code: '452', phrase: 'Insufficient Storage' }],
    });
    assert.equal(report.suggestions.length, r.suggestions.length);
  });
});
