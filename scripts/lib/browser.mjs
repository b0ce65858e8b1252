// Debian Chromium driven by the project's playwright-core.
import { pathToFileURL } from 'node:url';
import { withTimeout } from './proc.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launch headless Chromium; returns { browser, close() } where close never hangs. */
export async function launchChromium(tools, { headless = true, timeoutMs = 60_000 } = {}) {
  const mod = await import(pathToFileURL(tools.playwrightCore).href);
  const chromium = mod.chromium ?? mod.default?.chromium;
  const browser = await chromium.launch({ executablePath: tools.chromium, headless, args: CHROMIUM_ARGS, timeout: timeoutMs });
  return {
    browser,
    async close() {
      const pid = browser.process?.()?.pid;
      try { await withTimeout(browser.close(), 10_000, 'closing Chromium'); } catch { /* fall through to kill */ }
      if (pid) {
        for (const target of [-pid, pid]) { try { process.kill(target, 'SIGKILL'); } catch { /* gone */ } }
      }
    },
  };
}
