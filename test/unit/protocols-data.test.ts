// Checks the gRPC, WebSocket and FTP registry data (src/core/data/{grpc,websocket,ftp}.json) against
// the snapshots in data/upstream (see manifest.json: where each table was read, at which commit).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allEntries, entryById } from '../../src/core/registry';
import type { StatusEntry } from '../../src/core/types';
import { GRPC_LANGUAGES } from '../../src/core/types';
import { parseCsv } from '../../scripts/lib/upstream.mjs';

const UPSTREAM = join(process.cwd(), 'data', 'upstream');
const rows = (name: string) => parseCsv(readFileSync(join(UPSTREAM, name), 'utf8')).rows as Array<Record<string, string>>;
/** `v1.9.4` within `v1.0.0 to v1.3.1, v1.4.1 to v1.9.4`. */
function inVersions(version: string, ranges: string): boolean {
  const n = (v: string) => v.replace(/^v/, '').split('.').map(Number).reduce((a, x) => a * 1000 + x, 0);
  return ranges.split(/,\s*/).some((range) => {
    const [from, to] = range.split(/\s+to\s+/);
    return n(version) >= n(from!) && n(version) <= n(to ?? from!);
  });
}

const of = (p: StatusEntry['protocol']) => allEntries().filter((e) => e.protocol === p);

describe('registry data: gRPC (googleapis code.proto, grpc docs, grpc-gateway, the libraries)', () => {
  it('has the 17 canonical codes 0-16 with code.proto names and its HTTP mapping', () => {
    const codes = rows('grpc-codes.csv');
    assert.equal(codes.length, 17);
    assert.deepEqual(of('grpc').map((e) => e.code), codes.map((r) => r['Value']));
    for (const r of codes) {
      const e = entryById(`grpc:${r['Value']}`)!;
      assert.equal(e.grpc?.name, r['Name'], `grpc:${r['Value']} name`);
      assert.ok(e.aliases?.includes(r['Name']!), `grpc:${r['Value']} has its name as an alias`);
      assert.equal(e.grpc.http.code, r['HTTP Mapping']!.slice(0, 3), `grpc:${r['Value']} HTTP mapping`);
      assert.match(e.grpc.http.source, /code\.proto @f8291d2b/);
      assert.equal(e.grpc.spellings.go, `codes.${r['Go']}`);
      // The mapping is a related entry, so the HTTP status is one click away.
      const related = e.related.map((id) => entryById(id));
      assert.ok(related.some((x) => x?.protocol === 'http' && x.code === e.grpc!.http.code), `grpc:${r['Value']} relates to HTTP ${e.grpc.http.code}`);
      assert.ok(related.every(Boolean), `grpc:${r['Value']}: every related id exists`);
    }
  });

  it('spells every code as each library does', () => {
    const prefix = { go: 'codes.', python: 'grpc.StatusCode.', java: 'Status.Code.', node: 'status.', csharp: 'StatusCode.', rust: 'Code::' };
    const column = { go: 'Go', python: 'Python', java: 'Java', node: 'Node', csharp: 'CSharp', rust: 'Rust' };
    for (const r of rows('grpc-spellings.csv')) {
      const e = entryById(`grpc:${r['Value']}`)!;
      for (const lang of GRPC_LANGUAGES) assert.equal(e.grpc!.spellings[lang], `${prefix[lang]}${r[column[lang]]}`, `grpc:${r['Value']} ${lang}`);
    }
    assert.equal(entryById('grpc:1')!.grpc!.spellings.go, 'codes.Canceled');
    assert.equal(entryById('grpc:1')!.grpc!.spellings.csharp, 'StatusCode.Cancelled');
    assert.equal(entryById('grpc:0')!.grpc!.spellings.rust, 'Code::Ok');
  });

  it('maps like grpc-gateway HTTPStatusFromCode at HEAD, and records where older versions differ', () => {
    const gw = rows('grpc-gateway-http-status.csv');
    const byGo = new Map(of('grpc').map((e) => [e.grpc!.spellings.go.slice(6), e]));
    let older = 0;
    for (const r of gw) {
      const e = byGo.get(r['Code']!)!;
      assert.ok(e, r['Code']);
      if (r['Version'] === 'HEAD') assert.equal(r['HTTP'], e.grpc!.http.code, `HEAD ${r['Code']}`);
      else if (r['HTTP'] !== e.grpc!.http.code) {
        older++;
        const o = e.grpc!.olderHttp?.find((x) => x.code === r['HTTP']);
        assert.ok(o, `${r['Version']} maps ${r['Code']} to ${r['HTTP']}: the entry must record it`);
        assert.ok(inVersions(r['Version']!, o.versions), `${r['Code']} ${r['Version']}: not within "${o.versions}"`);
      }
    }
    assert.ok(older >= 6, `${older} older mappings`);
    for (const e of of('grpc')) for (const o of e.grpc!.olderHttp ?? []) assert.ok(gw.some((r) => r['Code'] === e.grpc!.spellings.go.slice(6) && r['HTTP'] === o.code), `${e.id}: ${o.code} is in the snapshot`);
    assert.deepEqual(entryById('grpc:1')!.grpc!.olderHttp!.map((o) => o.code), ['408']);
  });

  it('has the reverse table of http-grpc-status-mapping.md (not symmetric) and what the library never generates', () => {
    for (const r of rows('grpc-http-to-grpc-status.csv')) {
      const e = of('grpc').find((x) => x.grpc!.name === r['gRPC Status Code'])!;
      if (/^\d{3}/.test(r['HTTP Status Code']!)) assert.ok(e.grpc!.fromHttp.includes(r['HTTP Status Code']!.slice(0, 3)), `${r['HTTP Status Code']} -> ${e.grpc!.name}`);
      else assert.equal(e.grpc!.name, 'UNKNOWN');
    }
    const total = of('grpc').reduce((n, e) => n + e.grpc!.fromHttp.length, 0);
    assert.equal(total, rows('grpc-http-to-grpc-status.csv').length - 1);
    const word = { yes: 'generates', never: 'never', 'not listed': 'not-listed' } as const;
    for (const r of rows('grpc-library-generated.csv')) {
      const e = of('grpc').find((x) => x.grpc!.name === r['Code'])!;
      assert.equal(e.grpc!.library, word[r['Generated by the library'] as keyof typeof word], r['Code']);
    }
    assert.deepEqual(of('grpc').filter((e) => e.grpc!.library === 'never').map((e) => e.grpc!.name), ['INVALID_ARGUMENT', 'NOT_FOUND', 'ALREADY_EXISTS', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE', 'DATA_LOSS']);
  });
});

describe('registry data: WebSocket close codes (RFC 6455, IANA)', () => {
  const csv = rows('websocket-close-codes.csv');

  it('has every code of the snapshot with its name, and nothing else', () => {
    const codes = csv.filter((r) => /^\d{4}$/.test(r['Value']!));
    for (const r of codes) {
      const e = entryById(`websocket:${r['Value']}`);
      assert.ok(e, `websocket:${r['Value']} missing`);
      const names = [e.phrase, ...(e.aliases ?? [])].map((n) => n.toLowerCase());
      assert.ok(names.includes(r['Meaning']!.toLowerCase()), `websocket:${r['Value']}: "${r['Meaning']}" not among ${names.join(', ')}`);
      const rfc = r['Reference']!.startsWith('[RFC6455');
      assert.equal(e.status, rfc ? (['1004', '1005', '1006', '1015'].includes(e.code) ? 'reserved' : 'standard') : 'registered', `${e.id} status`);
      assert.ok(rfc ? e.spec.title.startsWith('RFC 6455') : e.spec.title.startsWith('IANA'), `${e.id} spec`);
    }
    const single = of('websocket').filter((e) => !e.websocket?.range);
    assert.deepEqual(single.map((e) => e.code).sort(), codes.map((r) => r['Value']).sort());
  });

  it('marks 1005, 1006 and 1015 as never sent, 1012-1014 as IANA-only, and has the private range', () => {
    assert.deepEqual(of('websocket').filter((e) => e.websocket?.sentOnWire === false).map((e) => e.code), ['1005', '1006', '1015']);
    assert.deepEqual(of('websocket').filter((e) => e.status === 'registered' && Number(e.code) < 2000).map((e) => e.code), ['1012', '1013', '1014']);
    const range = entryById('websocket:4000-4999')!;
    assert.deepEqual(range.websocket?.range, { from: 4000, to: 4999 });
    assert.ok(csv.some((r) => r['Value'] === '4000-4999'));
    assert.equal(range.status, 'range');
    assert.match(entryById('websocket:3000')!.note ?? '', /not against the IANA page itself/, '3000-3999 entries say they were not checked against the IANA page');
  });
});

// The RFC 2228 and RFC 2428 codes and the WebSocket 3000-3999 names were written without a stored copy
// of their RFC or of the IANA page; data/upstream keeps excerpts of code that defines them (manifest.json:
// repo, path, commit, lines). Each code must be defined there, with a meaning that shares at least one
// word with the entry, and, for at least one source, half its words.
const STOP = new Set(['the', 'and', 'for', 'not', 'with', 'are', 'rfc']);
const words = (s: string) => (s.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 2 && !STOP.has(w));
/** The share of a source meaning's words (compared on their first five letters) that the entry uses. */
function shared(meaning: string, e: StatusEntry): number {
  const own = new Set(words([e.phrase, e.text ?? '', e.description, ...(e.conflicts ?? []).map((c) => c.meaning)].join(' ')).map((w) => w.slice(0, 5)));
  const ws = words(meaning);
  return ws.filter((w) => own.has(w.slice(0, 5))).length / ws.length;
}
const excerpt = (name: string) => readFileSync(join(UPSTREAM, name), 'utf8');
/** code -> the meanings (comments, constant names) a source gives it; `groups` says which group is which. */
function definitions(text: string, re: RegExp, groups: { code: number; meaning: number }): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(re)) {
    const code = m[groups.code]!;
    out.set(code, [...(out.get(code) ?? []), m[groups.meaning]!]);
  }
  return out;
}

describe('registry data: the FTP security and extended-passive codes, the WebSocket 3000-3999 names, against source code', () => {
  const proftpd = definitions(excerpt('ftp-reply-codes-proftpd.h.txt'), /#define\s+R_\d{3}\s+"(\d{3})"\s+\/\*\s*(.*?)\s*\*\//g, { code: 1, meaning: 2 });
  // Constant names as words: SECURITY_MECHANISM_IS_OK -> "SECURITY MECHANISM IS OK", FTP_NEEDENCRYPT -> "NEEDENCRYPT".
  const cn = definitions(excerpt('ftp-reply-codes-commons-net.java.txt').replace(/(?<=final int \w*)_/g, ' '), /public static final int ([\w ]+) = (\d{3});/g, { code: 2, meaning: 1 });
  const vs = definitions(excerpt('ftp-reply-codes-vsftpd.h.txt'), /#define\s+FTP_(\w+)\s+(\d{3})/g, { code: 2, meaning: 1 });
  const checked = '229 232 234 235 334 335 336 431 522 533 534 535 536 537 631 632 633'.split(' ');

  it('finds every RFC 2228 and RFC 2428 code in proftpd include/ftp.h, with a meaning the entry shares', () => {
    assert.deepEqual(of('ftp').filter((e) => /^RFC (2228|2428)/.test(e.spec.title)).map((e) => e.code), checked);
    for (const code of checked) {
      const e = entryById(`ftp:${code}`)!;
      const [comment] = proftpd.get(code) ?? [];
      assert.ok(comment, `ftp:${code} is not defined in proftpd include/ftp.h`);
      const names = [comment, ...(cn.get(code) ?? [])];
      for (const m of names) assert.ok(shared(m, e) > 0, `ftp:${code}: "${m}" shares no word with the entry`);
      assert.ok(names.some((m) => shared(m, e) >= 0.5), `ftp:${code}: no source shares half its words with the entry (${names.join(' / ')})`);
      assert.match(e.source, /checked against proftpd include\/ftp\.h R_\d{3} ".+" @1dbfb9d7 \(ftp-reply-codes-proftpd\.h\.txt\)/, `${e.id} source`);
      if (cn.has(code)) assert.ok(cn.get(code)!.every((n) => e.source.includes(n.replace(/ /g, '_'))), `${e.id} source names Commons Net`);
      if (vs.has(code)) assert.ok(e.source.includes('ftp-reply-codes-vsftpd.h.txt'), `${e.id} source names vsftpd`);
    }
    // Commons Net: the protected replies are the 6xx codes, "631, 632 and 633" in RFC 2228.
    assert.match(excerpt('ftp-reply-codes-commons-net.java.txt'), /only 3 protected reply codes are\s+\/\/ defined in RFC 2228: 631, 632 and 633/);
  });

  it('records the second meaning of 522 that Commons Net and vsftpd give it (FTPS: data connection must be encrypted)', () => {
    assert.deepEqual(cn.get('522')!.sort(), ['BAD TLS NEGOTIATION OR DATA ENCRYPTION REQUIRED', 'EXTENDED PORT FAILURE']);
    assert.deepEqual(vs.get('522')!.sort(), ['DATATLSBAD', 'EPSVBAD', 'NEEDENCRYPT']);
    const e = entryById('ftp:522')!;
    assert.equal(e.conflicts?.length, 2);
    assert.ok(e.conflicts!.some((c) => c.source.startsWith('RFC 2428')));
    const tls = e.conflicts!.find((c) => /TLS/.test(c.meaning))!;
    assert.ok(tls && /BAD_TLS_NEGOTIATION_OR_DATA_ENCRYPTION_REQUIRED/.test(tls.source) && /FTP_NEEDENCRYPT/.test(tls.source));
    assert.ok(e.note?.includes('Two meanings'));
  });

  it('agrees with the jlaffaye/ftp status texts, and records its other meaning of 232', () => {
    const go = excerpt('ftp-reply-codes-jlaffaye.go.txt');
    const constants = definitions(go, /^\s*Status(\w+)\s+= (\d{3})$/gm, { code: 2, meaning: 1 });
    const texts = new Map([...go.matchAll(/^\s*Status(\w+):\s+"(.*)",$/gm)].map((m) => [m[1]!, m[2]!]));
    for (const code of ['229', '234']) {
      const text = texts.get(constants.get(code)![0]!)!;
      assert.ok(shared(text, entryById(`ftp:${code}`)!) >= 0.5, `ftp:${code}: "${text}"`);
    }
    const logout = texts.get(constants.get('232')![0]!)!;
    assert.equal(logout, 'Logout command noted, will complete when transfer done.');
    const e = entryById('ftp:232')!;
    assert.ok(e.conflicts?.some((c) => c.meaning.startsWith(logout.slice(0, -1)) && c.source.includes('ftp-reply-codes-jlaffaye.go.txt')), 'ftp:232 records the jlaffaye meaning');
    assert.ok(e.conflicts!.some((c) => c.source.startsWith('RFC 2228')));
  });

  it('finds 3000 Unauthorized, 3003 Forbidden and 3008 Timeout in the copy of the IANA names', () => {
    const table = excerpt('websocket-close-codes-luka967.md.txt').split('\n');
    assert.match(table[0]!, /\|\s*Close code \(uint16\)\s*\|\s*IANA meaning\s*\|/);
    const iana = new Map(table.map((l) => /^\|\s*`(\d{4})`\s*\|\s*([^|]*?)\s*\|/.exec(l)).filter((m) => m !== null).map((m) => [m[1]!, m[2]!]));
    const registered = of('websocket').filter((e) => Number(e.code) >= 3000 && Number(e.code) <= 3999 && !e.websocket?.range);
    assert.deepEqual(registered.map((e) => e.code), ['3000', '3003', '3008']);
    for (const e of registered) {
      assert.equal(iana.get(e.code), e.phrase, `${e.id} name`);
      assert.match(e.source, /Luka967\/websocket-close-codes README\.md @044100b6 \(websocket-close-codes-luka967\.md\.txt/, `${e.id} source`);
      assert.match(e.source, /not checked against the IANA page itself/, `${e.id} says what it was not checked against`);
    }
    for (const r of rows('websocket-close-codes.csv').filter((x) => /^30\d\d$/.test(x['Value']!))) assert.match(r['Read from']!, /^Luka967\/websocket-close-codes/, r['Value']);
  });
});

describe('registry data: FTP reply codes (RFC 959 and extensions)', () => {
  const csv = rows('ftp-reply-codes.csv');

  it('has every code of the snapshot with its RFC text and reference, and nothing else', () => {
    assert.ok(csv.length >= 60, `${csv.length} rows`);
    for (const r of csv) {
      const e = entryById(`ftp:${r['Code']}`);
      assert.ok(e, `ftp:${r['Code']} missing`);
      assert.equal(e.text, r['Text'], `ftp:${r['Code']} text`);
      const ref = /^\[RFC(\d+), Section ([\d.]+)\]$/.exec(r['Reference']!);
      if (ref) {
        assert.equal(e.status, 'standard', `${e.id} status`);
        assert.equal(e.spec.title, `RFC ${ref[1]}, Section ${ref[2]}`, `${e.id} spec`);
        assert.ok(e.spec.url.startsWith(`https://www.rfc-editor.org/rfc/rfc${ref[1]}.html#section-${ref[2]}`), `${e.id} url`);
      } else {
        assert.equal(r['Reference'], '[non-standard]');
        assert.equal(e.status, 'nonstandard', `${e.id} status`);
        assert.ok(e.note?.includes('Non-standard'), `${e.id} note`);
      }
    }
    assert.deepEqual(of('ftp').map((e) => e.code), csv.map((r) => r['Code']));
  });

  it('has every code of RFC 959 section 4.2.2 and of RFC 2228, and records the 521 conflict', () => {
    const rfc959 = '110 120 125 150 200 202 211 212 213 214 215 220 221 225 226 227 230 250 257 331 332 350 421 425 426 450 451 452 500 501 502 503 504 530 532 550 551 552 553'.split(' ');
    for (const c of rfc959) assert.equal(entryById(`ftp:${c}`)?.spec.title, 'RFC 959, Section 4.2.2', c);
    for (const c of '232 234 235 334 335 336 431 533 534 535 536 537 631 632 633'.split(' ')) assert.match(entryById(`ftp:${c}`)!.spec.title, /^RFC 2228/, c);
    const c521 = entryById('ftp:521')!;
    assert.equal(c521.conflicts?.length, 2);
    assert.ok(c521.conflicts!.some((c) => c.source.startsWith('RFC 1639')));
    for (const e of of('ftp')) for (const id of e.related) assert.ok(entryById(id), `${e.id}: related ${id}`);
  });
});
