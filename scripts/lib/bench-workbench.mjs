// What the workbench benchmarks (bench-paint.mjs, bench-host.mjs) share.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from './tools.mjs';

/** @param {number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The workbench helpers of the UI tests (test/ui/workbench.ts), bundled for a bench script. */
export async function workbenchClass() {
  const outfile = join(repoRoot, 'out/bench/workbench.cjs');
  await esbuild.build({ absWorkingDir: repoRoot, entryPoints: ['test/ui/workbench.ts'], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node18', external: ['playwright-core'], logLevel: 'warning' });
  return createRequire(import.meta.url)(outfile).Workbench;
}
