#!/usr/bin/env node
// `npm start`: the extension in a real VS Code in your browser. Installs the tools (cached),
// builds, installs the built extension into a throwaway extensions dir and starts code-server
// on 127.0.0.1 with the sample workspace (or the folder you pass). Ctrl-C stops it.
//
// Usage: node scripts/start.mjs [FOLDER] [--verbose]      PORT=8080 picks the port.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startCodeServer } from './lib/code-server.mjs';
import { installExtensionCopy } from './lib/extension.mjs';
import { ensureTools, repoRoot } from './lib/tools.mjs';

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
// `npm start -- dir` runs in the package root; INIT_CWD is where the user typed it.
const folderArg = argv.find((a) => !a.startsWith('--'));
const folder = folderArg ? resolve(process.env.INIT_CWD ?? process.cwd(), folderArg) : join(repoRoot, 'test/fixtures/workspace');
const port = process.env.PORT ? Number(process.env.PORT) : undefined;
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error(`[start] PORT must be a port number (1-65535), not ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}
if (!existsSync(folder)) {
  console.error(`[start] no such folder: ${folder}`);
  process.exit(2);
}

const tools = await ensureTools().catch((e) => {
  console.error(`[start] ${e.message}`);
  process.exit(1);
});
const build = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('[start] build failed');
  process.exit(1);
}

const state = mkdtempSync(join(tmpdir(), 'status-codes-start-'));
process.on('exit', () => rmSync(state, { recursive: true, force: true }));
const extDir = join(state, 'extensions');
mkdirSync(extDir, { recursive: true });
installExtensionCopy(extDir);

let cs;
try {
  cs = await startCodeServer({
    tools,
    folder,
    port,
    stateDir: state,
    extensionsDir: extDir,
    settings: { 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none' },
    onLine: verbose ? (l) => console.log(`  [code-server] ${l}`) : undefined,
  });
} catch (e) {
  console.error(`[start] code-server did not start: ${e.message}`);
  process.exit(1);
}

const url = `${cs.url}?folder=${encodeURIComponent(folder)}`;
console.log(`\nStatus Codes is running in VS Code (code-server) at:\n\n  ${url}\n\nOpen it in a browser. Press Ctrl-C to stop.\n`);

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
