// Checks the bundled registry data (src/core/data/*.json) against the upstream snapshots in
// data/upstream (see its manifest.json), and the registry lookups built on it.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { allEntries, entryById, lookup } from '../../src/core/registry';
import type { StatusEntry } from '../../src/core/types';
import { parseCsv } from '../../scripts/lib/upstream.mjs';

/** The repository root: the nearest folder above process.cwd() that holds package.json and src/core. */
function repoRoot(): string {
  let dir = resolve(process.cwd());
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'core'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`registry-data tests: no repository root (package.json + src/core) above ${process.cwd()}`);
    dir = up;
  }
}

const ROOT = repoRoot();
const UPSTREAM = join(ROOT, 'data', 'upstream');
const CSV_FILES = ['iana-http-status-codes.csv', 'smtp-reply-codes.csv', 'iana-smtp-enhanced-status-codes.csv'];

function readCsv(name: string): Array<Record<string, string>> {
  return parseCsv(readFileSync(join(UPSTREAM, name), 'utf8')).rows;
}

/** "[RFC9110, Section 15.5.5][RFC3207, Section 4]" -> [{ doc: 'RFC9110', section: '15.5.5' }, ...] */
function references(s: string): Array<{ doc: string; section?: string }> {
  return [...s.matchAll(/\[([^\]]+)\]/g)].map((m) => {
    const [doc, section] = m[1]!.split(/,\s*Section\s+/);
    return section ? { doc: doc!.trim(), section: section.trim() } : { doc: doc!.trim() };
  });
}

/** Checks that an entry's spec names the registry's first reference (and its section when given). */
function assertSpecMatches(e: StatusEntry, reference: string): void {
  const first = references(reference)[0];
  assert.ok(first, `${e.id}: the snapshot gives no reference`);
  const rfc = /^RFC(\d+)$/.exec(first.doc);
  if (rfc) {
    const title = `RFC ${rfc[1]}`;
    assert.ok(e.spec.title === title || e.spec.title.startsWith(`${title}, Section `), `${e.id}: spec "${e.spec.title}" is not ${title}`);
    assert.ok(e.spec.url.startsWith(`https://www.rfc-editor.org/rfc/rfc${rfc[1]}.html`), `${e.id}: spec url ${e.spec.url}`);
    if (first.section) {
      assert.equal(e.spec.title, `${title}, Section ${first.section}`, `${e.id}: spec section`);
      assert.ok(e.spec.url.endsWith(`#section-${first.section}`), `${e.id}: spec url anchor ${e.spec.url}`);
    }
  } else {
    assert.ok(e.spec.title.includes(first.doc), `${e.id}: spec "${e.spec.title}" does not name ${first.doc}`);
  }
}

/** Associated basic codes as the registry writes them: "451, 550", "250 or 251", "Not given", "5XX". */
function basicCodes(s: string): string[] {
  const t = s.replace(/\([^)]*\)/g, '').trim();
  if (!t || /^(not given|any)$/i.test(t)) return [];
  return t.split(/\s*,\s*|\s+or\s+/).map((x) => x.trim()).filter(Boolean);
}

const byProtocol = (p: StatusEntry['protocol']) => allEntries().filter((e) => e.protocol === p);
const standardHttp = () => byProtocol('http').filter((e) => e.status !== 'vendor');
const vendorHttp = () => byProtocol('http').filter((e) => e.status === 'vendor');

describe('registry data', () => {
  before(() => {
    const missing = CSV_FILES.filter((f) => !existsSync(join(UPSTREAM, f)));
    if (missing.length) {
      throw new Error(
        `registry-data tests need the upstream snapshots in ${UPSTREAM}; missing: ${missing.join(', ')}`,
      );
    }
  });

  describe('HTTP (IANA)', () => {
    it('has every assigned code of the snapshot with its current IANA name and status', () => {
      const rows = readCsv('iana-http-status-codes.csv').filter((r) => /^\d{3}$/.test(r['Value']!) && r['Description'] !== 'Unassigned');
      assert.ok(rows.length > 50, `only ${rows.length} assigned codes read from the snapshot`);
      for (const r of rows) {
        const code = r['Value']!;
        const name = r['Description']!;
        const e = entryById(`http:${code}`);
        assert.ok(e, `http:${code} (${name}) is missing`);
        const temporary = /^(.*) \(TEMPORARY - (.*)\)$/.exec(name);
        const obsoleted = /^(.*) \(OBSOLETED\)$/.exec(name);
        if (name === '(Unused)') {
          assert.equal(e.status, 'unused', `http:${code} status`);
          assert.ok(e.note?.includes('(Unused)'), `http:${code}: the note must quote the IANA name "(Unused)"`);
        } else if (temporary) {
          assert.equal(e.phrase, temporary[1], `http:${code} phrase`);
          assert.equal(e.status, 'temporary', `http:${code} status`);
          const expiry = /expires (\d{4}-\d{2}-\d{2})/.exec(temporary[2]!)?.[1];
          assert.ok(expiry && e.note?.includes(expiry), `http:${code}: the note must give the expiry date ${expiry}`);
        } else if (obsoleted) {
          assert.equal(e.phrase, obsoleted[1], `http:${code} phrase`);
          assert.equal(e.status, 'obsolete', `http:${code} status`);
          assert.ok(e.note?.includes('OBSOLETED'), `http:${code}: the note must quote the IANA name`);
        } else {
          assert.equal(e.phrase, name, `http:${code} phrase`);
          assert.equal(e.status, 'permanent', `http:${code} status`);
        }
        assertSpecMatches(e, r['Reference']!);
      }
    });

    it('has no standard code that the snapshot does not assign', () => {
      const assigned = new Set(
        readCsv('iana-http-status-codes.csv')
          .filter((r) => /^\d{3}$/.test(r['Value']!) && r['Description'] !== 'Unassigned')
          .map((r) => r['Value']),
      );
      for (const e of standardHttp()) assert.ok(assigned.has(e.code), `${e.id} is not assigned by IANA`);
    });

    it('keeps older names as aliases and gives the unused codes the names developers use', () => {
      const aliases = (code: string) => entryById(`http:${code}`)?.aliases ?? [];
      assert.ok(aliases('413').includes('Payload Too Large') && aliases('413').includes('Request Entity Too Large'));
      assert.ok(aliases('422').includes('Unprocessable Entity'));
      assert.ok(aliases('416').includes('Requested Range Not Satisfiable'));
      assert.ok(aliases('414').includes('Request-URI Too Long'));
      assert.ok(aliases('302').includes('Moved Temporarily'));
      const teapot = entryById('http:418')!;
      assert.equal(teapot.phrase, "I'm a teapot");
      assert.equal(teapot.key, 'im_a_teapot');
      assert.match(teapot.source, /rfc2324/);
      assert.equal(entryById('http:306')!.phrase, 'Switch Proxy');
    });
  });

  describe('SMTP reply codes', () => {
    it('has every code of the snapshot with its text and reference', () => {
      const rows = readCsv('smtp-reply-codes.csv');
      assert.ok(rows.length > 20, `only ${rows.length} codes read from the snapshot`);
      for (const r of rows) {
        const e = entryById(`smtp:${r['Code']}`);
        assert.ok(e, `smtp:${r['Code']} is missing`);
        assert.equal(e.text, r['Text'], `${e.id} text`);
        assert.equal(e.status, 'standard', `${e.id} status`);
        assert.ok(e.replyText && e.replyText.length > 1, `${e.id} has no replyText`);
        assert.match(e.replyText, /^[A-Z<]/, `${e.id}: replyText should start in sentence case`);
        assert.match(e.phrase, /^[A-Z]/, `${e.id}: phrase should be in Title Case`);
        assertSpecMatches(e, r['Reference']!);
      }
      const codes = new Set(rows.map((r) => r['Code']));
      for (const e of byProtocol('smtp')) assert.ok(codes.has(e.code), `${e.id} is not in the snapshot`);
    });

    it('names 452 as the reference page does', () => {
      const e = entryById('smtp:452')!;
      assert.equal(e.phrase, 'Insufficient Storage');
      assert.equal(e.key, 'insufficient_storage');
      assert.equal(e.replyText, 'Insufficient system storage');
    });
  });

  describe('SMTP enhanced status codes', () => {
    it('has every code of the snapshot with its sample text and associated basic codes', () => {
      const rows = readCsv('iana-smtp-enhanced-status-codes.csv');
      assert.ok(rows.length > 60, `only ${rows.length} codes read from the snapshot`);
      for (const r of rows) {
        const e = entryById(`smtp-enhanced:${r['Code']}`);
        assert.ok(e, `smtp-enhanced:${r['Code']} is missing`);
        assert.equal(e.text, r['Sample Text'], `${e.id} text`);
        assert.deepEqual(e.basicCodes, basicCodes(r['Associated basic status code']!), `${e.id} basic codes`);
        assertSpecMatches(e, r['Reference']!);
      }
      const codes = new Set(rows.map((r) => r['Code']));
      for (const e of byProtocol('smtp-enhanced')) assert.ok(codes.has(e.code), `${e.id} is not in the snapshot`);
    });

    it('gives each code classes consistent with its basic codes', () => {
      for (const e of byProtocol('smtp-enhanced')) {
        const classes = e.classes ?? [];
        assert.ok(classes.length > 0, `${e.id} has no classes`);
        assert.deepEqual([...classes].sort(), [...new Set(classes)].sort(), `${e.id} classes repeat`);
        for (const c of classes) assert.ok(c === 2 || c === 4 || c === 5, `${e.id}: class ${c}`);
        for (const b of e.basicCodes ?? []) {
          const digit = Number(b[0]);
          if (digit === 2 || digit === 4 || digit === 5) assert.ok(classes.includes(digit), `${e.id}: basic code ${b} needs class ${digit}`);
        }
      }
      assert.deepEqual(entryById('smtp-enhanced:X.0.0')!.classes, [2, 4, 5]);
      assert.ok(entryById('smtp-enhanced:X.1.5')!.classes!.includes(2));
      assert.deepEqual(entryById('smtp-enhanced:X.3.1')!.classes, [4, 5]);
    });

    it('marks X.6.10 deprecated with a note', () => {
      const e = entryById('smtp-enhanced:X.6.10')!;
      assert.equal(e.status, 'deprecated');
      assert.match(e.note ?? '', /X\.6\.8/);
    });
  });

  describe('every entry', () => {
    it('has a description, a snake_case key, an https spec, a source and resolvable related ids', () => {
      const ids = new Set<string>();
      for (const e of allEntries()) {
        assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
        ids.add(e.id);
        assert.ok(e.phrase.trim().length > 0, `${e.id} has no phrase`);
        assert.ok(e.description.trim().length >= 20, `${e.id} has no real description`);
        assert.match(e.key, /^[a-z0-9]+(_[a-z0-9]+)*$/, `${e.id}: key "${e.key}" is not snake_case`);
        assert.ok(e.spec.title.trim().length > 0, `${e.id} has no spec title`);
        assert.match(e.spec.url, /^https:\/\/[^\s]+$/, `${e.id}: spec url ${e.spec.url}`);
        assert.ok(e.source.trim().length > 0, `${e.id} has no source`);
        for (const r of e.related) {
          assert.ok(entryById(r), `${e.id}: related id ${r} does not exist`);
          assert.notEqual(r, e.id, `${e.id} is related to itself`);
        }
      }
    });

    it('links the codes that mean the same thing across protocols', () => {
      const rel = (id: string) => entryById(id)!.related;
      assert.ok(rel('smtp:452').includes('smtp-enhanced:X.3.1') && rel('smtp:452').includes('http:507'));
      assert.ok(rel('smtp-enhanced:X.3.1').includes('smtp:452') && rel('smtp-enhanced:X.3.1').includes('http:507'));
      assert.ok(rel('http:507').includes('smtp:452') && rel('http:507').includes('smtp-enhanced:X.3.1'));
      assert.ok(rel('http:413').includes('smtp:552') && rel('smtp:552').includes('http:413'));
      assert.ok(rel('http:404').includes('smtp:550') && rel('smtp:550').includes('http:404'));
    });

    it('is stored as human-readable JSON (2-space indent, one object per entry)', () => {
      for (const file of ['http.json', 'http-vendor.json', 'smtp.json', 'smtp-enhanced.json']) {
        const text = readFileSync(join(ROOT, 'src', 'core', 'data', file), 'utf8');
        const rows = JSON.parse(text) as unknown[];
        const lines = text.split('\n');
        assert.equal(lines.filter((l) => l === '  {').length, rows.length, `${file}: one "  {" line per entry`);
        for (const l of lines) assert.equal((/^ */.exec(l)![0].length) % 2, 0, `${file}: odd indent in ${JSON.stringify(l)}`);
      }
    });
  });

  describe('HTTP vendor codes', () => {
    it('have a vendor and a vendor-documented source', () => {
      for (const e of vendorHttp()) {
        assert.ok(e.vendor && e.vendor.trim(), `${e.id} has no vendor`);
        assert.match(e.code, /^[1-5]\d\d$/, `${e.id}: code`);
        assert.match(e.source, /https:\/\//, `${e.id}: source has no URL`);
      }
    });

    it('include the codes people meet in logs', () => {
      const want: Array<[string, string]> = [
        ['444', 'nginx'], ['494', 'nginx'], ['495', 'nginx'], ['496', 'nginx'], ['497', 'nginx'], ['499', 'nginx'],
        ...['520', '521', '522', '523', '524', '525', '526', '527', '530'].map((c): [string, string] => [c, 'cloudflare']),
        ...['460', '463', '464', '561'].map((c): [string, string] => [c, 'aws-elastic-load-balancing']),
        ['440', 'microsoft-iis'], ['449', 'microsoft-iis'], ['451', 'microsoft-iis'],
        ['419', 'laravel'], ['420', 'twitter'], ['420', 'spring-framework'], ['430', 'shopify'], ['218', 'apache'],
        ['509', 'cpanel'], ['529', 'qualys-ssl-labs'], ['598', 'informal-proxy-convention'], ['599', 'informal-proxy-convention'],
        ['498', 'esri-arcgis'], ['499', 'esri-arcgis'],
      ];
      for (const [code, vendor] of want) assert.ok(entryById(`http:${code}@${vendor}`), `http:${code}@${vendor} is missing`);
      assert.equal(entryById('http:499@nginx')!.key, 'client_closed_request');
      assert.equal(entryById('http:420@twitter')!.key, 'enhance_your_calm');
      assert.equal(entryById('http:420@spring-framework')!.key, 'method_failure');
    });

    it('keep clashing meanings as separate entries', () => {
      for (const code of ['420', '451', '499', '530']) {
        const r = lookup('http', code);
        assert.equal(r.kind, 'found', `http ${code}`);
        if (r.kind !== 'found') continue;
        const ids = r.matches.map((m) => m.entry.id);
        assert.ok(ids.length >= 2, `http ${code} should have several meanings, has ${ids.join(', ')}`);
        assert.equal(new Set(ids).size, ids.length);
        assert.equal(new Set(r.matches.map((m) => m.entry.phrase)).size, ids.length, `http ${code}: each meaning keeps its own phrase`);
      }
      const r451 = lookup('http', '451');
      assert.ok(r451.kind === 'found' && r451.matches[0]!.entry.id === 'http:451', 'the IANA meaning of 451 comes first');
    });
  });

  describe('lookup over the data', () => {
    it('finds HTTP 452 unassigned and suggests SMTP 452 and HTTP 507', () => {
      const r = lookup('http', '452');
      assert.equal(r.kind, 'unassigned');
      if (r.kind !== 'unassigned') return;
      const ids = r.suggestions.map((s) => s.entry.id);
      assert.ok(ids.includes('smtp:452'), `suggestions: ${ids.join(', ')}`);
      assert.ok(ids.includes('http:507'), `suggestions: ${ids.join(', ')}`);
    });

    it('finds SMTP 452 with its name', () => {
      const r = lookup('smtp', 452);
      assert.equal(r.kind, 'found');
      if (r.kind !== 'found') return;
      assert.equal(r.matches[0]!.entry.id, 'smtp:452');
      assert.equal(r.matches[0]!.entry.phrase, 'Insufficient Storage');
    });

    it('finds an enhanced code typed with its class', () => {
      const r = lookup('smtp-enhanced', '4.3.1');
      assert.equal(r.kind, 'found');
      if (r.kind !== 'found') return;
      assert.equal(r.code, '4.3.1');
      assert.equal(r.matches[0]!.entry.id, 'smtp-enhanced:X.3.1');
    });
  });
});
