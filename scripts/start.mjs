#!/usr/bin/env node
// `npm start`: the extension in a real VS Code in your browser. Installs what running needs
// (Node 24 and code-server, cached in ~/.cache/status-codes-tools; no Debian packages, no root),
// builds, installs the built extension into a throwaway extensions dir and starts code-server on
// 127.0.0.1 with a throwaway copy of the sample workspace (removed on exit, so experiments never
// change test/fixtures/workspace), or with the folder you pass, opened in place. Ctrl-C stops it.
//
// Usage: node scripts/start.mjs [FOLDER] [--locale LANG] [--verbose]      PORT=8080 picks the port.
//   --locale ko   the workbench and the extension in Korean (installs test/fixtures/language-pack-ko)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startCodeServer } from './lib/code-server.mjs';
import { installExtensionCopy, installLanguagePack, languagePackDir } from './lib/extension.mjs';
import { copyFixtureWorkspace } from './lib/suite.mjs';
import { ensureTools, repoRoot } from './lib/tools.mjs';

const USAGE = 'usage: npm start -- [FOLDER] [--locale LANG] [--verbose]';
let verbose = false;
let locale;
let folderArg;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--verbose') verbose = true;
  else if (a === '--locale' || a.startsWith('--locale=')) {
    locale = a === '--locale' ? argv[++i] : a.slice('--locale='.length);
    if (!locale || locale.startsWith('--')) fail(`--locale needs a language (e.g. --locale ko)\n${USAGE}`, 2);
  } else if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (a.startsWith('-')) fail(`unknown option ${a}\n${USAGE}`, 2);
  else if (folderArg === undefined) folderArg = a;
  else fail(`one folder only (got ${folderArg} and ${a})\n${USAGE}`, 2);
}
locale = locale?.toLowerCase();

function fail(message, code = 1) {
  console.error(`[start] ${message}`);
  process.exit(code);
}

// `npm start -- dir` runs in the package root; INIT_CWD is where the user typed it.
const ownFolder = folderArg ? resolve(process.env.INIT_CWD ?? process.cwd(), folderArg) : undefined;
const port = process.env.PORT ? Number(process.env.PORT) : undefined;
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  fail(`PORT must be a port number (1-65535), not ${JSON.stringify(process.env.PORT)}`, 2);
}
if (ownFolder && !existsSync(ownFolder)) fail(`no such folder: ${ownFolder}`, 2);
// VS Code stays in English for a locale without a language pack (none can be downloaded here).
const needsPack = !!locale && locale !== 'en' && !locale.startsWith('en-');
if (needsPack && !existsSync(languagePackDir(locale))) fail(`no language pack for "${locale}": ${languagePackDir(locale)} does not exist`, 2);

// Only Node 24 and code-server: Chromium and the framework sources are the test suites' extras.
const tools = await ensureTools({ browser: false }).catch((e) => fail(e.message));
const build = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('[start] build failed');
  process.exit(1);
}

const state = mkdtempSync(join(tmpdir(), 'status-codes-start-'));
// The sample workspace is copied for each run: VS Code auto-saves, and the tests copy the original.
const sample = ownFolder ? undefined : copyFixtureWorkspace();
const folder = ownFolder ?? sample.ws;
process.on('exit', () => {
  rmSync(state, { recursive: true, force: true });
  if (sample) rmSync(sample.dir, { recursive: true, force: true });
});
const extDir = join(state, 'extensions');
mkdirSync(extDir, { recursive: true });
installExtensionCopy(extDir);
if (needsPack) {
  try {
    installLanguagePack(extDir, locale);
  } catch (e) {
    fail(e.message, 2);
  }
}

let cs;
try {
  cs = await startCodeServer({
    tools,
    folder,
    port,
    stateDir: state,
    extensionsDir: extDir,
    locale,
    settings: { 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none' },
    onLine: verbose ? (l) => console.log(`  [code-server] ${l}`) : undefined,
  });
} catch (e) {
  console.error(`[start] code-server did not start: ${e.message}`);
  process.exit(1);
}

const url = `${cs.url}?folder=${encodeURIComponent(folder)}`;
const where = sample
  ? `a throwaway copy of the sample workspace (removed when you stop):\n  ${folder}\n(\`npm start -- DIR\` opens your own folder instead, in place.)`
  : `your folder, in place:\n  ${folder}`;
console.log(
  `\nStatus Codes is running in VS Code (code-server${locale ? `, locale ${locale}` : ''}) at:\n\n  ${url}\n\n` +
    `It opens ${where}\n\nOpen the address in a browser. Press Ctrl-C to stop.\n`,
);

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping code-server…');
  await cs.stop(2000);
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(0));
cs.proc.child.on('exit', (code, signal) => {
  if (stopping) return;
  console.error(`[start] code-server exited (${code ?? signal})\n${cs.output().trim().split('\n').slice(-20).join('\n')}`);
  stop(1);
});
