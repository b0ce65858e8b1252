#!/usr/bin/env node
// Runs the unit tests (plain Node, no VS Code) with mocha's programmatic API over
// out/test/unit/**/*.test.js, built by `node scripts/build.mjs --tests`.
// Tests use mocha's bdd interface (describe/it).
// Usage: node scripts/run-unit.mjs [--grep REGEX]
// Last line: `unit: N passed, N failed`. Exit non-zero on failure or when no test ran.
import { watchdog } from './lib/proc.mjs';
import { argValue, runMochaSuite } from './lib/suite.mjs';

const SUITE = 'unit';
const cancelWatchdog = watchdog(Number(process.env.STATUS_CODES_UNIT_TIMEOUT_MS || 5 * 60_000), SUITE);
const grep = argValue(process.argv.slice(2), '--grep');
const code = await runMochaSuite(SUITE, { grep });
cancelWatchdog();
process.exit(code);
