#!/usr/bin/env node
// Counts how often each status code is labelled in the detection evaluation corpus (the tune and
// holdout halves: real lines from public repositories) and writes src/core/code-frequency.json,
// the ranking completions use (commonly used codes first). The blind half is never read.
//   node scripts/code-frequency.mjs [--check]   (--check: fail when the file is out of date)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const HALVES = ['tune', 'holdout'];
const out = join(root, 'src/core/code-frequency.json');
const counts = { http: {}, smtp: {}, 'smtp-enhanced': {} };
let lines = 0;
for (const half of HALVES) {
  const dir = join(root, 'test/fixtures/detect-eval', half);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split(/\r?\n/)) {
      if (!line.startsWith('?? ')) continue;
      lines++;
      for (const m of line.slice(3).matchAll(/(?<![\w-])(http|smtp-enhanced|smtp):([\d.]+)/g)) {
        const table = counts[m[1]];
        table[m[2]] = (table[m[2]] ?? 0) + 1;
      }
    }
  }
}
/** Most labelled first, ties in code order. */
const order = (t) => Object.entries(t).sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'en', { numeric: true }));
const body = [
  '{',
  `  "source": "labels of test/fixtures/detect-eval/{${HALVES.join(',')}} (${lines} labelled lines from public repositories), counted by scripts/code-frequency.mjs; the blind half is not read",`,
  ...Object.entries(counts).map(([protocol, t], i, all) => `  ${JSON.stringify(protocol)}: {\n${order(t).map(([code, n]) => `    ${JSON.stringify(code)}: ${n}`).join(',\n')}\n  }${i < all.length - 1 ? ',' : ''}`),
  '}',
  '',
].join('\n');
if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  if (current !== body) {
    console.error('code-frequency: src/core/code-frequency.json is out of date; run node scripts/code-frequency.mjs');
    process.exit(1);
  }
  console.log('code-frequency: up to date');
} else {
  writeFileSync(out, body);
  console.log(`code-frequency: ${lines} lines -> ${out}`);
}
