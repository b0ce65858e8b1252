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

/** Resolves a `%key%` of the manifest: package.nls.<locale>.json when given (falling back to package.nls.json, as VS Code does). */
export function localize(value: string, locale?: string): string {
  const nls = readJson<Record<string, string>>('package.nls.json');
  const m = /^%(.+)%$/.exec(value);
  if (!m) return value;
  if (locale) {
    const own = readJson<Record<string, string>>(`package.nls.${locale}.json`)[m[1]];
    if (own !== undefined) return own;
  }
  return nls[m[1]] ?? value;
}

/** The translation of a vscode.l10n.t() string in l10n/bundle.l10n.<locale>.json; throws when it has none. */
export function l10n(english: string, locale: string): string {
  const bundle = readJson<Record<string, string | { message: string }>>(`l10n/bundle.l10n.${locale}.json`);
  const t = bundle[english];
  const text = typeof t === 'string' ? t : t?.message;
  if (!text) throw new Error(`l10n/bundle.l10n.${locale}.json does not translate ${JSON.stringify(english)}`);
  return text;
}

/**
 * "Category: Title" of every command the palette lists with no view of ours active: those with no
 * `when` in `commandPalette` (`false` hides a command always; the response view's Back, Forward and
 * Keep Open show only while it is active).
 */
export function paletteCommandTitles(): string[] {
  const manifest = readJson<Manifest>('package.json');
  const hidden = new Set((manifest.contributes?.menus?.commandPalette ?? []).filter((e) => e.when !== undefined).map((e) => e.command));
  return (manifest.contributes?.commands ?? [])
    .filter((c) => !hidden.has(c.command))
    .map((c) => (c.category ? `${localize(c.category)}: ${localize(c.title)}` : localize(c.title)));
}

export function commandTitle(command: string, locale?: string): string {
  const manifest = readJson<Manifest>('package.json');
  const c = manifest.contributes?.commands?.find((x) => x.command === command);
  if (!c) throw new Error(`${command} is not contributed in package.json`);
  return c.category ? `${localize(c.category, locale)}: ${localize(c.title, locale)}` : localize(c.title, locale);
}
