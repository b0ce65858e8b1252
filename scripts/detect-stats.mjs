#!/usr/bin/env node
// Prints the detection figures on the evaluation corpus (test/fixtures/detect-eval), the table
// the unit test detect-eval prints.
//   node scripts/detect-stats.mjs [--half tune|holdout|blind|blind2|blind3|blind4|blind5|blind6|blind7|tune6..tune11] [--verbose] [--floors]
// --verbose lists the missed and false findings of the tuning groups (tune, blind, blind2 since round 5,
// blind3 and tune6-tune9 since round 6, tune10 and tune11 since round 7); holdout, blind4, blind5, blind6 and blind7 are the measures: figures only, never a line or a miss;
// --floors prints floors.json content for the figures (each rounded down to two decimals).
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;
const outfile = join(root, 'out/stats/detect-eval.cjs');
await esbuild.build({ absWorkingDir: root, entryPoints: ['test/eval/detect-eval.ts'], outfile, bundle: true, platform: 'node', target: 'node18', format: 'cjs', logLevel: 'warning' });
const ev = createRequire(import.meta.url)(outfile);
if (halfArg && !ev.HALVES.includes(halfArg)) {
  console.error(`detect-stats: --half ${ev.HALVES.join('|')}`);
  process.exit(2);
}
const floors = {};
for (const half of halfArg ? [halfArg] : ev.HALVES) {
  const cases = ev.loadHalf(root, half);
  if (!cases.length) continue;
  const tuning = ev.TUNING_HALVES.includes(half);
  // A measure (holdout, blind4, blind5, blind6, blind7): figures only (the scorer keeps no case text for it).
  const r = ev.score(cases, { failures: tuning });
  console.log(ev.table(`${half}: ${cases.length} lines`, r));
  if (tuning && args.includes('--verbose')) console.log(r.failures.join('\n'));
  console.log('');
  floors[half] = ev.floorsOf(r);
}
if (args.includes('--floors')) console.log(JSON.stringify(floors, null, 2));
