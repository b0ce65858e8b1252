// `npm run data:update` (scripts/data-update.mjs over scripts/lib/upstream.mjs) with local inputs
// only: modified copies of the snapshots stand for the fetched registries, a rejecting fetch for
// a machine without network.
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkReplyCodes,
  diffEntries,
  EXIT,
  formatChange,
  KINDS,
  parseCsv,
  rfc5321ReplyCodes,
  RFC5321_TXT,
  toCsv,
  toSnapshotRows,
  updateSnapshots,
  type Row,
} from '../../scripts/lib/upstream.mjs';

const UPSTREAM = join(process.cwd(), 'data', 'upstream');
const HTTP = 'iana-http-status-codes.csv';
const ENHANCED = 'iana-smtp-enhanced-status-codes.csv';
const REPLY = 'smtp-reply-codes.csv';
const HTTP_URL = 'https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv';
const ENHANCED_URL = 'https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes-3.csv';

const snapshot = (file: string) => readFileSync(join(UPSTREAM, file), 'utf8');

/** Replaces one exact line of a CSV text, failing when the line is not there. */
function edit(text: string, line: string, by: string[]): string {
  const lines = text.split('\n');
  const i = lines.indexOf(line);
  assert.ok(i >= 0, `no line ${JSON.stringify(line)} to edit`);
  lines.splice(i, 1, ...by);
  return lines.join('\n');
}

/** The HTTP registry as IANA might publish it next: 452 assigned, 422 renamed, 510 no longer obsoleted, CRLF line ends. */
function nextHttp(): string {
  let t = snapshot(HTTP);
  t = edit(t, '452-499,Unassigned,', ['452,Insufficient Storage,[RFC9999]', '453-499,Unassigned,']);
  t = edit(t, '422,Unprocessable Content,"[RFC9110, Section 15.5.21]"', ['422,Unprocessable Entity,"[RFC9110, Section 15.5.21]"']);
  t = edit(t, '510,Not Extended (OBSOLETED),[RFC2774][status-change-http-experiments-to-historic]', ['510,Not Extended,[RFC2774]']);
  t = edit(t, '418,(Unused),"[RFC9110, Section 15.5.19]"', ['418,Unassigned,']);
  return t.replace(/\n/g, '\r\n');
}

/** The enhanced codes as IANA publishes them: more columns than the snapshot keeps, a wrapped cell. */
function nextEnhanced(): string {
  const { rows } = parseCsv(snapshot(ENHANCED));
  const wide: Row[] = rows.map((r) => ({ ...r, Description: `About ${r.Code}:\nsee the reference.`, Submitter: 'IESG' }));
  wide.find((r) => r.Code === 'X.3.1')!['Sample Text'] = 'Mail system   full,\n  really';
  wide.push({ Code: 'X.7.31', 'Sample Text': 'Some new condition', 'Associated basic status code': '550', Reference: '[RFC9998]', Description: 'New.', Submitter: 'IESG' });
  return toCsv(['Code', 'Sample Text', 'Associated basic status code', 'Description', 'Reference', 'Submitter'], wide);
}

/** RFC 5321's Section 4.2.3 as its .txt lays it out (contents line, page break, wrapped texts). */
function rfc5321(codes: string[]): string {
  const body = codes.map((c, i) => (i === 3 ? `   ${c}  Some text that wraps onto\n      a second line\n` : `   ${c}  Some text\n`)).join('\n');
  return [
    '   4.2.3.  Reply Codes in Numeric Order . . . . . . . . . . . . . .  49',
    '',
    '4.2.3.  Reply Codes in Numeric Order',
    '',
    body.slice(0, body.length >> 1),
    'Klensin                     Standards Track                   [Page 49]',
    '\f',
    'RFC 5321                          SMTP                     October 2008',
    '',
    body.slice(body.length >> 1),
    '4.2.4.  Reply Code 502',
    '',
    '   500  not a code of section 4.2.3',
  ].join('\n');
}

function tempUpstream(): string {
  const dir = mkdtempSync(join(tmpdir(), 'status-codes-upstream-'));
  cpSync(UPSTREAM, dir, { recursive: true });
  return dir;
}

const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const replyCodes = () => parseCsv(snapshot(REPLY)).rows.filter((r) => r.Reference.includes('RFC5321, Section 4.2.3')).map((r) => r.Code);

describe('data:update', () => {
  it('the manifest describes every snapshot: where from, when, under which terms, how it is updated', () => {
    const manifest = JSON.parse(snapshot('manifest.json')) as { files: Array<Record<string, unknown>> };
    const csv = readdirSync(UPSTREAM).filter((f) => f.endsWith('.csv')).sort();
    assert.deepEqual(manifest.files.map((f) => f['file']).sort(), csv);
    for (const f of manifest.files) {
      const name = String(f['file']);
      assert.ok(f['update'] === 'fetch' || f['update'] === 'hand', `${name}: update`);
      if (f['update'] === 'fetch') {
        assert.match(String(f['source']), /^https:\/\/www\.iana\.org\/assignments\/.+\.csv$/, `${name}: source`);
        assert.ok(KINDS[name], `${name}: data:update has no comparison for it`);
      } else assert.ok(Array.isArray(f['sources']) && f['sources'].length > 0, `${name}: sources`);
      assert.deepEqual(f['columns'], parseCsv(snapshot(name)).columns, `${name}: columns`);
      assert.ok(f['taken'] === null || /^\d{4}-\d{2}-\d{2}$/.test(String(f['taken'])), `${name}: taken`);
      assert.ok(String(f['takenNote']).length > 20 && String(f['terms']).length > 20, `${name}: takenNote, terms`);
      assert.match(String(f['termsUrl']), /^https:\/\//, `${name}: termsUrl`);
    }
  });

  describe('CSV', () => {
    it('writes every snapshot back byte for byte', () => {
      for (const file of [HTTP, ENHANCED, REPLY]) {
        const text = snapshot(file);
        const { columns, rows } = parseCsv(text);
        assert.ok(rows.length > 20, `${file}: ${rows.length} rows`);
        assert.equal(toCsv(columns, rows), text, file);
      }
    });

    it('reads CRLF, a BOM, quoted commas, newlines and doubled quotes', () => {
      const { columns, rows } = parseCsv('\uFEFFa,b\r\n1,"x, ""y""\r\nz"\r\n\r\n2,\r\n');
      assert.deepEqual(columns, ['a', 'b']);
      assert.deepEqual(rows, [{ a: '1', b: 'x, "y"\r\nz' }, { a: '2', b: '' }]);
      assert.equal(toCsv(columns, [{ a: '1', b: 'x, "y"' }, { a: ' 2', b: '' }]), 'a,b\n1,"x, ""y"""\n" 2",\n');
    });

    it('keeps the snapshot columns of a wider registry, one line per cell, and refuses one without them', () => {
      const rows = toSnapshotRows(nextEnhanced(), ['Code', 'Sample Text', 'Associated basic status code', 'Reference'], 'enhanced');
      assert.deepEqual(rows.find((r) => r.Code === 'X.3.1'), { Code: 'X.3.1', 'Sample Text': 'Mail system full, really', 'Associated basic status code': '452', Reference: '[RFC3463]' });
      assert.throws(() => toSnapshotRows('Value,Name\n100,Continue\n', ['Value', 'Description'], 'http'), /http: no column "Description" \(columns: Value, Name\)/);
      assert.throws(() => toSnapshotRows('Value,Description\n', ['Value', 'Description'], 'http'), /http: no rows/);
    });
  });

  describe('differences in registry terms', () => {
    it('HTTP: a code assigned, one renamed, one no longer obsoleted, one withdrawn', () => {
      const kind = KINDS[HTTP]!;
      const before = kind.entries(parseCsv(snapshot(HTTP)).rows);
      const after = kind.entries(toSnapshotRows(nextHttp(), ['Value', 'Description', 'Reference'], HTTP));
      assert.deepEqual(diffEntries(before, after).map(formatChange), [
        '  ~ http:422 name: "Unprocessable Content" → "Unprocessable Entity"',
        '  + http:452 added: "Insufficient Storage" (permanent) [RFC9999]',
        '  ~ http:510 status: "obsolete" → "permanent"',
        '  ~ http:510 reference: "[RFC2774][status-change-http-experiments-to-historic]" → "[RFC2774]"',
        '  - http:418 removed (was "(Unused)" (unused) [RFC9110, Section 15.5.19])',
      ]);
    });

    it('HTTP: a temporary code whose registration is extended', () => {
      const kind = KINDS[HTTP]!;
      const row = (d: string) => kind.entries([{ Value: '104', Description: d, Reference: '[draft]' }]);
      const [change, ...more] = diffEntries(row('Upload (TEMPORARY - expires 2026-11-13)'), row('Upload (TEMPORARY - expires 2027-11-13)'));
      assert.deepEqual(more, []);
      assert.equal(formatChange(change!), '  ~ http:104 detail: "expires 2026-11-13" → "expires 2027-11-13"');
      assert.deepEqual(diffEntries(row('Upload (TEMPORARY - expires 2026-11-13)'), row('Upload')).map((c) => c.op === '~' && c.field), ['status', 'detail']);
    });

    it('SMTP enhanced: a code added, one renamed, basic codes and deprecation seen', () => {
      const kind = KINDS[ENHANCED]!;
      const before = kind.entries(parseCsv(snapshot(ENHANCED)).rows);
      const after = kind.entries(toSnapshotRows(nextEnhanced(), ['Code', 'Sample Text', 'Associated basic status code', 'Reference'], ENHANCED));
      assert.deepEqual(diffEntries(before, after).map(formatChange), [
        '  ~ smtp-enhanced:X.3.1 name: "Mail system full" → "Mail system full, really"',
        '  + smtp-enhanced:X.7.31 added: "Some new condition" (standard) [RFC9998]',
      ]);
      const one = (text: string, basic: string) => kind.entries([{ Code: 'X.6.8', 'Sample Text': text, 'Associated basic status code': basic, Reference: '[RFC6531]' }]);
      assert.deepEqual(diffEntries(one('UTF-8 reply required', '553'), one('(deprecated: see X.6.9)', '553, 550')).map(formatChange), [
        '  ~ smtp-enhanced:X.6.8 name: "UTF-8 reply required" → "(deprecated: see X.6.9)"',
        '  ~ smtp-enhanced:X.6.8 status: "standard" → "deprecated"',
        '  ~ smtp-enhanced:X.6.8 basic codes: "553" → "553, 550"',
      ]);
    });

    it('SMTP reply codes: the list of RFC 5321 Section 4.2.3, checked against the hand-kept snapshot', () => {
      const codes = replyCodes();
      assert.equal(codes.length, 24);
      assert.deepEqual(rfc5321ReplyCodes(rfc5321(codes)), [...codes].sort());
      const rows = parseCsv(snapshot(REPLY)).rows;
      assert.deepEqual(checkReplyCodes(rows, rfc5321ReplyCodes(rfc5321(codes))), []);
      const without452 = rows.filter((r) => r.Code !== '452');
      assert.deepEqual(checkReplyCodes(without452, rfc5321ReplyCodes(rfc5321([...codes.filter((c) => c !== '555'), '599']))), [
        '  + smtp:452 is in RFC 5321 Section 4.2.3 but not in the snapshot: add it by hand',
        '  + smtp:599 is in RFC 5321 Section 4.2.3 but not in the snapshot: add it by hand',
        '  - smtp:555 cites RFC 5321 Section 4.2.3, which does not list it',
      ]);
      assert.throws(() => rfc5321ReplyCodes('4.2.2.  Reply Codes by Function Groups\n   500  x\n'), /no section 4\.2\.3/);
    });
  });

  describe('the update', () => {
    const dirs: string[] = [];
    afterEach(() => {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    });
    function run(fetchText: (url: string) => Promise<string>, dryRun = false) {
      const dir = tempUpstream();
      dirs.push(dir);
      const before = filesOf(dir);
      const lines: string[] = [];
      return updateSnapshots({ dir, fetchText, today: '2031-02-03', log: (l) => lines.push(l), dryRun }).then((code) => ({ dir, before, lines, code }));
    }
    const sources: Record<string, () => string> = { [HTTP_URL]: nextHttp, [ENHANCED_URL]: nextEnhanced, [RFC5321_TXT]: () => rfc5321(replyCodes()) };
    const fetchLocal = async (url: string) => {
      const make = sources[url];
      if (!make) throw new Error(`unexpected fetch of ${url}`);
      return make();
    };

    it('offline: one line per source, nothing written, exit 3', async () => {
      const offline = async (url: string) => {
        throw new TypeError('fetch failed', { cause: Object.assign(new Error(`getaddrinfo ENOTFOUND ${new URL(url).hostname}`), { code: 'ENOTFOUND', hostname: new URL(url).hostname }) });
      };
      const { dir, before, lines, code } = await run(offline);
      assert.equal(code, EXIT.unreachable);
      assert.equal(EXIT.unreachable, 3);
      assert.deepEqual(filesOf(dir), before);
      assert.deepEqual(lines.filter((l) => l.includes('cannot fetch')), [
        `data:update: ${HTTP}: cannot fetch ${HTTP_URL}: ENOTFOUND www.iana.org`,
        `data:update: ${ENHANCED}: cannot fetch ${ENHANCED_URL}: ENOTFOUND www.iana.org`,
        `data:update: ${REPLY}: cannot fetch ${RFC5321_TXT}: ENOTFOUND www.rfc-editor.org`,
      ]);
      assert.equal(lines.at(-1), 'data:update: wrote nothing (3 sources unreachable: offline?)');
    });

    it('one source unreachable: the others are compared, nothing is written', async () => {
      const { dir, before, lines, code } = await run((url) => (url === ENHANCED_URL ? Promise.reject(new Error('HTTP 503 Service Unavailable')) : fetchLocal(url)));
      assert.equal(code, EXIT.unreachable);
      assert.deepEqual(filesOf(dir), before);
      assert.ok(lines.includes('  + http:452 added: "Insufficient Storage" (permanent) [RFC9999]'), lines.join('\n'));
      assert.ok(lines.includes(`data:update: ${ENHANCED}: cannot fetch ${ENHANCED_URL}: HTTP 503 Service Unavailable`), lines.join('\n'));
      assert.equal(lines.at(-1), 'data:update: wrote nothing (1 source unreachable)');
    });

    it('fetched: prints the changes, rewrites the fetched snapshots and their dates, keeps the hand-kept file', async () => {
      const { dir, before, lines, code } = await run(fetchLocal);
      assert.equal(code, EXIT.ok, lines.join('\n'));
      assert.ok(lines.includes(`data:update: ${HTTP}: 5 changes; revise these entries in src/core/data/http.json:`), lines.join('\n'));
      assert.ok(lines.includes(`data:update: ${ENHANCED}: 2 changes; revise these entries in src/core/data/smtp-enhanced.json:`), lines.join('\n'));
      assert.ok(lines.includes('  + smtp-enhanced:X.7.31 added: "Some new condition" (standard) [RFC9998]'), lines.join('\n'));
      assert.ok(lines.includes(`data:update: ${REPLY}: every code of RFC 5321 Section 4.2.3 is there`), lines.join('\n'));
      const after = filesOf(dir);
      assert.equal(after[HTTP], nextHttp().replace(/\r\n/g, '\n'), 'HTTP snapshot in the snapshot form (LF)');
      assert.equal(parseCsv(after[ENHANCED]!).rows.find((r) => r.Code === 'X.7.31')?.Reference, '[RFC9998]');
      assert.deepEqual(parseCsv(after[ENHANCED]!).columns, ['Code', 'Sample Text', 'Associated basic status code', 'Reference']);
      assert.equal(after[REPLY], before[REPLY]);
      const manifest = JSON.parse(after['manifest.json']!) as { files: Array<{ file: string; taken: string | null; takenNote: string }> };
      const taken = Object.fromEntries(manifest.files.map((f) => [f.file, f.taken]));
      const handKept = JSON.parse(before['manifest.json']!) as { files: Array<{ file: string; taken: string | null }> };
      const others = Object.fromEntries(handKept.files.filter((f) => ![HTTP, ENHANCED, REPLY].includes(f.file)).map((f) => [f.file, f.taken]));
      assert.deepEqual(taken, { [HTTP]: '2031-02-03', [ENHANCED]: '2031-02-03', [REPLY]: null, ...others });
      assert.match(manifest.files[0]!.takenNote, /data:update on 2031-02-03/);

      const again = await updateSnapshots({ dir, fetchText: fetchLocal, today: '2031-02-04', log: (l) => lines.push(l) });
      assert.equal(again, EXIT.ok);
      assert.ok(lines.includes(`data:update: ${HTTP}: no entry changed`), 'a second run finds nothing new');
    });

    it('--dry-run prints the changes and writes nothing', async () => {
      const { dir, before, lines, code } = await run(fetchLocal, true);
      assert.equal(code, EXIT.ok);
      assert.deepEqual(filesOf(dir), before);
      assert.ok(lines.includes('  ~ http:422 name: "Unprocessable Content" → "Unprocessable Entity"'), lines.join('\n'));
      assert.equal(lines.at(-1), 'data:update: --dry-run: wrote nothing');
    });

    it('a registry that lost a column: says which, writes nothing, exit 1', async () => {
      const { dir, before, lines, code } = await run((url) => (url === HTTP_URL ? Promise.resolve('Value,Name,Reference\n100,Continue,x\n') : fetchLocal(url)));
      assert.equal(code, EXIT.failed);
      assert.deepEqual(filesOf(dir), before);
      assert.ok(lines.some((l) => l.startsWith(`data:update: ${HTTP} from ${HTTP_URL}: no column "Description"`)), lines.join('\n'));
      assert.equal(lines.at(-1), 'data:update: wrote nothing (errors above)');
    });
  });
});
