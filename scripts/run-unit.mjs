#!/usr/bin/env node
// Runs the unit tests (plain Node, no VS Code) with mocha's programmatic API over
// out/test/unit/**/*.test.js, built by `node scripts/build.mjs --tests`.
// Tests use mocha's bdd interface (describe/it).
// Usage: node scripts/run-unit.mjs [--grep REGEX]
// Last line: `unit: N passed, N failed`. Exit non-zero on failure or when no test ran.
import Mocha from 'mocha';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { watchdog } from './lib/proc.mjs';
import { argValue, closingLine, failureLine } from './lib/suite.mjs';
import { repoRoot } from './lib/tools.mjs';

const SUITE = 'unit';
const cancelWatchdog = watchdog(Number(process.env.STATUS_CODES_UNIT_TIMEOUT_MS || 5 * 60_000), SUITE);

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...testFiles(full));
    else if (name.endsWith('.test.js')) out.push(full);
  }
  return out;
}

const dir = join(repoRoot, 'out/test/unit');
const files = testFiles(dir);
if (files.length === 0) {
  console.error(`[${SUITE}] no *.test.js under ${dir}: build with \`node scripts/build.mjs --tests\``);
  console.log(closingLine(SUITE, 0, 0));
  process.exit(1);
}

const mocha = new Mocha({ ui: 'bdd', color: process.stdout.isTTY, timeout: 10_000, reporter: 'spec' });
const grep = argValue(process.argv.slice(2), '--grep');
if (grep) mocha.grep(new RegExp(grep));
for (const f of files) mocha.addFile(f);

let stats;
const failures = [];
try {
  await mocha.loadFilesAsync();
  stats = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
    runner.on('fail', (test, err) => failures.push(failureLine(SUITE, test.fullTitle(), err?.message ?? err)));
  });
} catch (e) {
  console.error(`[${SUITE}] ERROR: ${e?.stack ?? e}`);
  console.log(failureLine(SUITE, 'loading the tests', e?.message ?? e));
  console.log(closingLine(SUITE, 0, 1));
  process.exit(1);
}
cancelWatchdog();
const passed = stats.passes;
const failed = stats.failures;
if (passed + failed === 0) console.error(`[${SUITE}] ERROR: zero tests ran`);
for (const f of failures) console.log(f);
console.log(closingLine(SUITE, passed, failed));
process.exit(failed === 0 && passed > 0 ? 0 : 1);
