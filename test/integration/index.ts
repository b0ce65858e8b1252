// The mocha entry that VS Code calls inside the real extension host (extensionTestsPath).
// Used by both runners: scripts/run-integration.mjs (code-server + Chromium) and
// scripts/run-electron.mjs (@vscode/test-electron, for machines that can download VS Code).
//
// It loads every compiled `*.test.js` next to this file; tests use mocha's bdd interface
// (describe/it/before…).
// Environment:
//   STATUS_CODES_TEST_GREP           only run tests whose full title matches this regex
//   STATUS_CODES_TEST_SUMMARY_FILE   also write the JSON summary to this file
import * as fs from 'node:fs';
import * as path from 'node:path';
import type MochaType from 'mocha';

/** Printed (through the extension host console) as one line each; the runners parse them:
 *  output between the two is the tests' own, the rest is workbench noise. */
export const START_MARKER = '@@status-codes-mocha-start';
export const SUMMARY_PREFIX = '@@status-codes-mocha-summary ';
/** One line per test start / pass / fail, so a runner can still count and name the test when one hangs. */
export const EVENT_PREFIX = '@@status-codes-mocha-event ';

export interface Summary {
  passed: number;
  failed: number;
  pending: number;
  files: string[];
  failures: { title: string; error: string }[];
  durationMs: number;
}

export async function run(): Promise<void> {
  // mocha 12's package entry is ESM; its CommonJS build is the plain class.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require('mocha/lib/mocha.cjs') as typeof MochaType;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, reporter: 'spec' });
  if (process.env.STATUS_CODES_TEST_GREP) mocha.grep(new RegExp(process.env.STATUS_CODES_TEST_GREP));

  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  console.log(`${START_MARKER} ${files.length} file(s): ${files.join(', ')}`);
  const started = Date.now();
  const failures: Summary['failures'] = [];
  const stats = await new Promise<MochaType.Stats>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(runner.stats ?? ({ passes: 0, failures: 0, pending: 0 } as MochaType.Stats)));
      const event = (e: string, t: MochaType.Runnable) => console.log(EVENT_PREFIX + JSON.stringify({ e, title: t.fullTitle() }));
      runner.on('test', (test: MochaType.Runnable) => event('test', test));
      runner.on('pass', (test: MochaType.Runnable) => event('pass', test));
      runner.on('fail', (test: MochaType.Runnable, err: Error) => {
        event('fail', test);
        failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err).split('\n').slice(0, 6).join('\n') });
      });
    } catch (e) {
      reject(e);
    }
  });

  const summary: Summary = {
    passed: stats.passes,
    failed: stats.failures,
    pending: stats.pending,
    files,
    failures,
    durationMs: Date.now() - started,
  };
  console.log(SUMMARY_PREFIX + JSON.stringify(summary));
  if (process.env.STATUS_CODES_TEST_SUMMARY_FILE) {
    fs.writeFileSync(process.env.STATUS_CODES_TEST_SUMMARY_FILE, JSON.stringify(summary, null, 2));
  }
  if (files.length === 0) throw new Error(`no *.test.js files next to ${__filename}`);
  if (summary.passed + summary.failed === 0) throw new Error('no integration test ran');
  if (summary.failed > 0) throw new Error(`${summary.failed} integration test(s) failed`);
}
