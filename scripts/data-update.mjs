#!/usr/bin/env node
// `npm run data:update`: fetches the registries behind data/upstream (see its manifest.json and
// README.md), prints what changed in registry terms (codes added or removed, names, statuses,
// references), then rewrites the snapshots and their "taken" date.
// Usage: node scripts/data-update.mjs [--dry-run]
// Exit: 0 fetched (and written unless --dry-run); 3 a source could not be fetched (offline):
// nothing written; 1 a source no longer parses, or a write failed.
import { join } from 'node:path';
import { repoRoot } from './lib/tools.mjs';
import { EXIT, updateSnapshots } from './lib/upstream.mjs';

async function fetchText(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(60_000), headers: { 'user-agent': 'status-codes data:update' } });
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
  return res.text();
}

try {
  process.exitCode = await updateSnapshots({
    dir: join(repoRoot, 'data', 'upstream'),
    fetchText,
    today: new Date().toISOString().slice(0, 10),
    log: (line) => console.log(line),
    dryRun: process.argv.includes('--dry-run'),
  });
} catch (e) {
  console.error(`data:update: FAILED: ${e?.stack ?? e}`);
  process.exitCode = EXIT.failed;
}
