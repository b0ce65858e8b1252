// Every user-visible string goes through vscode.l10n / package.nls.json, with a complete Korean translation.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SEND_RANGES } from '../../src/core/diagnose';
import { allEntries } from '../../src/core/registry';

const root = process.cwd();
const read = (p: string): string => readFileSync(join(root, p), 'utf8');

function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    return statSync(join(root, rel)).isDirectory() ? tsFiles(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}

/** The string literals passed as first argument to l10n.t(...). */
function l10nStrings(source: string): string[] {
  const out: string[] = [];
  const re = /l10n\.t\(\s*('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\$])*`)/g;
  for (const m of source.matchAll(re)) {
    const lit = m[1]!;
    out.push(lit.startsWith('`') ? lit.slice(1, -1) : (new Function(`return ${lit}`)() as string));
  }
  return out;
}

describe('localisation', () => {
  const used = new Set(tsFiles('src/extension').flatMap((f) => l10nStrings(read(f))));
  const ko = JSON.parse(read('l10n/bundle.l10n.ko.json')) as Record<string, string>;

  it('finds the strings the extension shows', () => {
    assert.ok(used.size > 40, `${used.size} strings`);
    assert.ok(used.has('Open a file to insert the snippet into.'));
  });

  // The registry's descriptions, notes and the meanings of an FTP code's recorded conflicts are
  // shown through registryText() = vscode.l10n.t(text), and so are the messages of the send-range
  // table (diagnostics.ts tableText).
  const registry = new Set(allEntries().flatMap((e) => [e.description, ...(e.note ? [e.note] : []), ...(e.conflicts ?? []).map((c) => c.meaning)]));
  const tables = new Set(SEND_RANGES.map((r) => r.message));

  it('has a Korean translation for every l10n.t string, and no stale ones', () => {
    const missing = [...used].filter((s) => !(s in ko));
    assert.deepEqual(missing, [], 'missing in l10n/bundle.l10n.ko.json');
    const stale = Object.keys(ko).filter((k) => !used.has(k) && !registry.has(k) && !tables.has(k));
    assert.deepEqual(stale, [], 'stale in l10n/bundle.l10n.ko.json');
    for (const [en, k] of Object.entries(ko)) {
      const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
      assert.equal(placeholders(k), placeholders(en), `placeholders of "${en}"`);
    }
  });

  it('has a Korean translation of every message of the send-range table', () => {
    const missing = [...tables].filter((t) => !(t in ko));
    assert.deepEqual(missing, [], 'missing in l10n/bundle.l10n.ko.json');
  });

  it('has a Korean translation of every registry description and note', () => {
    assert.ok(registry.size > 200, `${registry.size} registry texts`);
    const missing = [...registry].filter((t) => !(t in ko));
    assert.deepEqual(missing.slice(0, 5), [], `${missing.length} registry texts missing in l10n/bundle.l10n.ko.json`);
    for (const t of registry) assert.match(ko[t]!, /[\uac00-\ud7a3]/, `Korean text for "${t.slice(0, 40)}"`);
  });

  it('localises every %key% of the manifest in English and Korean', () => {
    const manifest = read('package.json');
    const keys = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
    const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const koNls = JSON.parse(read('package.nls.ko.json')) as Record<string, string>;
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json: ${k}`);
      assert.ok(koNls[k], `package.nls.ko.json: ${k}`);
    }
    assert.deepEqual(Object.keys(koNls).sort(), Object.keys(en).sort());
  });
});
