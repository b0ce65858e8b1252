// What the extension's manifest promises, resolved the way the workbench shows it
// (package.nls.json strings), so UI tests check the UI against the manifest, not a copy of it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Repo root: this file runs as out/test/ui/<file>.js. */
export const repoRoot = resolve(__dirname, '../../..');

interface Manifest {
  contributes?: {
    commands?: { command: string; title: string; category?: string }[];
    menus?: { commandPalette?: { command: string; when?: string }[] };
  };
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as T;
}

export function localize(value: string): string {
  const nls = readJson<Record<string, string>>('package.nls.json');
  const m = /^%(.+)%$/.exec(value);
  return m ? nls[m[1]] ?? value : value;
}

/** "Category: Title" of every command the palette should list (those not hidden by `when: false`). */
export function paletteCommandTitles(): string[] {
  const manifest = readJson<Manifest>('package.json');
  const hidden = new Set((manifest.contributes?.menus?.commandPalette ?? []).filter((e) => e.when === 'false').map((e) => e.command));
  return (manifest.contributes?.commands ?? [])
    .filter((c) => !hidden.has(c.command))
    .map((c) => (c.category ? `${localize(c.category)}: ${localize(c.title)}` : localize(c.title)));
}

export function commandTitle(command: string): string {
  const manifest = readJson<Manifest>('package.json');
  const c = manifest.contributes?.commands?.find((x) => x.command === command);
  if (!c) throw new Error(`${command} is not contributed in package.json`);
  return c.category ? `${localize(c.category)}: ${localize(c.title)}` : localize(c.title);
}
