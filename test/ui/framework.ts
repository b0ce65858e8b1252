// A small UI test framework over playwright-core: named steps, a screenshot after every step
// (artifacts/ui/<NN-test>/<NN-step>.png), and FAILED-<NN-step>.png when a step fails.
//
// A test file is test/ui/<name>.ui.ts with a default export of uiTest(...) values:
//
//   import { uiTest } from './framework';
//   export default [
//     uiTest('hover shows the code', async ({ wb, step }) => {
//       await step('open app.py', () => wb.openFile('app.py'));
//       const text = await step('hover 404', () => wb.hover('404'));
//       await step('hover names Not Found', () => expectContains(text, 'Not Found'));
//     }),
//   ];
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Workbench } from './workbench';

export interface UiContext {
  page: Page;
  wb: Workbench;
  /** Absolute path of the opened workspace folder (a throwaway copy of test/fixtures/workspace). */
  workspace: string;
  /** Runs fn as a named step, screenshots after it; the first failing step ends the test. */
  step<T>(name: string, fn: () => Promise<T> | T, options?: { timeoutMs?: number }): Promise<T>;
}

export interface UiTest {
  name: string;
  run(t: UiContext): Promise<void>;
  timeoutMs?: number;
  /**
   * The display language the workbench runs in (`--locale`, with the local language pack of
   * test/fixtures/language-pack-<locale>); default English. The runner starts one code-server per
   * locale and saves the screenshots of a non-English one under artifacts/ui/<locale>/.
   */
  locale?: string;
}

export function uiTest(name: string, run: UiTest['run'], options: { timeoutMs?: number; locale?: string } = {}): UiTest {
  return { name, run, ...options };
}

export interface UiResult {
  name: string;
  ok: boolean;
  error?: string;
  failedStep?: string;
  screenshots: string[];
  durationMs: number;
}

export class StepFailure extends Error {}

/** Throws with both texts shown when `text` does not contain `expected`. */
export function expectContains(text: string, expected: string | RegExp, what = 'text'): void {
  const ok = typeof expected === 'string' ? text.includes(expected) : expected.test(text);
  if (!ok) throw new StepFailure(`${what} does not contain ${String(expected)}; it was:\n${text.slice(0, 1500)}`);
}

export function expectTrue(value: unknown, message: string): void {
  if (!value) throw new StepFailure(message);
}

export function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'step';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new StepFailure(`${what} timed out after ${ms} ms`)), ms); }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export interface RunOptions {
  artifactsDir: string;
  workspace: string;
  log?: (line: string) => void;
  /** Only tests whose name matches. */
  grep?: RegExp;
  stepTimeoutMs?: number;
  testTimeoutMs?: number;
}

/** Runs the tests one after another on one page; a test's failure does not stop the others. */
export async function runUiTests(page: Page, tests: UiTest[], o: RunOptions): Promise<UiResult[]> {
  const log = o.log ?? ((l: string) => console.log(l));
  const wb = new Workbench(page);
  const results: UiResult[] = [];
  let index = 0;
  for (const test of tests) {
    if (o.grep && !o.grep.test(test.name)) continue;
    index += 1;
    const dir = join(o.artifactsDir, `${pad(index)}-${slug(test.name)}`);
    mkdirSync(dir, { recursive: true });
    const result: UiResult = { name: test.name, ok: false, screenshots: [], durationMs: 0 };
    const started = Date.now();
    let stepNo = 0;
    let current = '(setup)';
    const shoot = async (file: string) => {
      const path = join(dir, file);
      try {
        await page.screenshot({ path, timeout: 10_000, animations: 'disabled' });
        result.screenshots.push(path);
      } catch (e) {
        log(`      (screenshot ${file} failed: ${(e as Error).message.split('\n')[0]})`);
      }
    };
    const ctx: UiContext = {
      page,
      wb,
      workspace: o.workspace,
      async step<T>(name: string, fn: () => Promise<T> | T, so: { timeoutMs?: number } = {}): Promise<T> {
        stepNo += 1;
        current = name;
        const t0 = Date.now();
        try {
          const value = await withTimeout(Promise.resolve().then(fn), so.timeoutMs ?? o.stepTimeoutMs ?? 30_000, `step "${name}"`);
          await shoot(`${pad(stepNo)}-${slug(name)}.png`);
          log(`      ✓ ${name} (${Date.now() - t0} ms)`);
          return value;
        } catch (e) {
          await shoot(`FAILED-${pad(stepNo)}-${slug(name)}.png`);
          log(`      ✗ ${name} (${Date.now() - t0} ms)`);
          throw e;
        }
      },
    };
    log(`  ${test.name}`);
    try {
      await withTimeout(
        (async () => {
          await wb.reset();
          await test.run(ctx);
        })(),
        test.timeoutMs ?? o.testTimeoutMs ?? 120_000,
        `test "${test.name}"`,
      );
      result.ok = true;
    } catch (e) {
      result.failedStep = current;
      result.error = (e as Error)?.message ?? String(e);
      log(`    FAILED at step "${current}": ${result.error.split('\n').slice(0, 8).join('\n      ')}`);
      if (stepNo === 0) await shoot('FAILED-setup.png');
    }
    result.durationMs = Date.now() - started;
    results.push(result);
  }
  return results;
}
