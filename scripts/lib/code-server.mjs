// Starts code-server (a real VS Code workbench + Node extension host) on loopback
// with throwaway state, in its own process group.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnGroup } from './proc.mjs';

/** User settings for a quiet, offline, deterministic workbench. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  // Screenshots show settled UI (hovers fade in otherwise).
  'workbench.reduceMotion': 'on',
};

/**
 * @param {object} o
 * @param {ReturnType<import('./tools.mjs').getToolPaths>} o.tools
 * @param {string} o.folder          workspace folder to open
 * @param {string} [o.extensionsDir] extensions dir (default: an empty throwaway one)
 * @param {number} [o.port]          port (default: a free one)
 * @param {string} [o.stateDir]      where user-data / XDG dirs go (default: a new temp dir, removed on stop)
 * @param {Record<string,string>} [o.env] extra environment (inherited by the extension host)
 * @param {(line:string)=>void} [o.onLine] called with every log line
 * @param {Record<string,unknown>} [o.settings] user settings.json (default QUIET_SETTINGS)
 * @param {number} [o.startTimeoutMs]
 * @param {string} [o.locale]        display language (`--locale`); VS Code keeps `en` unless a language
 *                                   pack for it is installed in the extensions dir (installLanguagePack)
 */
export async function startCodeServer({ tools, folder, extensionsDir, port, stateDir, env = {}, onLine, settings = QUIET_SETTINGS, startTimeoutMs = 60_000, locale }) {
  const ownState = !stateDir;
  const dir = stateDir ?? mkdtempSync(join(tmpdir(), 'status-codes-cs-'));
  const ud = join(dir, 'user-data');
  const ext = extensionsDir ?? join(dir, 'extensions');
  for (const d of [join(ud, 'User'), ext, join(dir, 'config'), join(dir, 'data'), join(dir, 'cache')]) mkdirSync(d, { recursive: true });
  writeFileSync(join(ud, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  if (locale) writeLanguagePacks(ud, ext);
  const p = port ?? (await freePort());
  const args = [
    tools.codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${p}`,
    '--user-data-dir', ud,
    '--extensions-dir', ext,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver',
    ...(locale ? ['--locale', locale] : []),
    folder,
  ];
  const proc = spawnGroup(tools.node, args, {
    name: 'code-server',
    onLine,
    env: {
      ...process.env,
      PATH: `${tools.nodeBinDir}:${process.env.PATH}`,
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_DATA_HOME: join(dir, 'data'),
      XDG_CACHE_HOME: join(dir, 'cache'),
      // Keep the user's own code-server settings out.
      CODE_SERVER_CONFIG: join(dir, 'config', 'code-server.yaml'),
      ...env,
    },
  });
  try {
    await proc.waitFor(/HTTP server listening on/, startTimeoutMs);
  } catch (e) {
    await proc.stop();
    if (ownState) rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    port: p,
    url: `http://127.0.0.1:${p}/`,
    folder,
    extensionsDir: ext,
    stateDir: dir,
    proc,
    output: () => proc.output(),
    async stop() {
      await proc.stop();
      if (ownState) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Writes <user-data>/languagepacks.json for the language packs in an extensions dir, as VS Code
 * does when it installs one: the server reads it to build the workbench's translations for
 * `--locale`, and without it stays in English (a pack copied into the folder is never "installed").
 * Same shape as VS Code's LanguagePacksCache: { [languageId]: { hash, extensions, translations, label } }.
 */
export function writeLanguagePacks(userDataDir, extensionsDir) {
  const packs = {};
  for (const name of existsSync(extensionsDir) ? readdirSync(extensionsDir) : []) {
    const manifestFile = join(extensionsDir, name, 'package.json');
    if (!existsSync(manifestFile)) continue;
    const m = JSON.parse(readFileSync(manifestFile, 'utf8'));
    for (const loc of m.contributes?.localizations ?? []) {
      const pack = (packs[loc.languageId] ??= { hash: '', extensions: [], translations: {}, label: loc.localizedLanguageName ?? loc.languageName });
      pack.extensions.push({ extensionIdentifier: { id: `${m.publisher}.${m.name}` }, version: m.version });
      for (const t of loc.translations ?? []) pack.translations[t.id] = join(extensionsDir, name, t.path);
    }
  }
  for (const pack of Object.values(packs)) {
    const hash = createHash('md5');
    for (const e of pack.extensions) hash.update(e.extensionIdentifier.id).update(e.version);
    pack.hash = hash.digest('hex');
  }
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
  return packs;
}
