// Installs the BUILT extension into an extensions dir by copying the files a .vsix would carry.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './tools.mjs';

export function extensionManifest() {
  return JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
}

export function extensionId() {
  const m = extensionManifest();
  return `${m.publisher}.${m.name}`;
}

/** Copy package.json, package.nls*.json, dist/, media/, l10n/ (and README/LICENSE/CHANGELOG) into
 *  <extensionsDir>/<publisher>.<name>-<version>. Returns that folder. */
export function installExtensionCopy(extensionsDir) {
  const m = extensionManifest();
  const main = join(repoRoot, m.main ?? 'dist/extension.js');
  if (!existsSync(main)) throw new Error(`${main} does not exist: build first (node scripts/build.mjs)`);
  const target = join(extensionsDir, `${m.publisher}.${m.name}-${m.version}`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const names = readdirSync(repoRoot).filter(
    (n) => n === 'package.json' || /^package\.nls(\.[\w-]+)?\.json$/.test(n) || /^(README|LICENSE|CHANGELOG)(\.md|\.txt)?$/i.test(n),
  );
  for (const n of names) cpSync(join(repoRoot, n), join(target, n));
  for (const d of ['dist', 'media', 'l10n']) {
    if (existsSync(join(repoRoot, d))) cpSync(join(repoRoot, d), join(target, d), { recursive: true });
  }
  return target;
}

/** The local language packs (test/fixtures/language-pack-<locale>), by locale. */
export function languagePackDir(locale) {
  return join(repoRoot, 'test/fixtures', `language-pack-${locale}`);
}

/**
 * Installs the local language pack for `locale` into an extensions dir, so that VS Code accepts
 * `--locale <locale>` (it stays `en` without a pack, and none can be downloaded here). Returns its
 * folder; throws when the repository has no pack for that locale.
 */
export function installLanguagePack(extensionsDir, locale) {
  const src = languagePackDir(locale);
  if (!existsSync(join(src, 'package.json'))) {
    const have = readdirSync(join(repoRoot, 'test/fixtures')).filter((n) => n.startsWith('language-pack-')).map((n) => n.slice('language-pack-'.length));
    throw new Error(`no language pack for "${locale}" in ${src} (have: ${have.join(', ') || 'none'})`);
  }
  const m = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8'));
  const target = join(extensionsDir, `${m.publisher}.${m.name}-${m.version}`);
  rmSync(target, { recursive: true, force: true });
  cpSync(src, target, { recursive: true });
  return target;
}
