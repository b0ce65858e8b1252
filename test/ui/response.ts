// The extension's response webview as the UI tests find it in the workbench.
import type { FrameLocator, Page } from 'playwright-core';

/** The visible response webview whose heading shows `code` (the newest first); throws after `timeoutMs`. */
export async function responseView(page: Page, code: string, timeoutMs = 20_000): Promise<FrameLocator> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frames = page.locator('iframe.webview.ready');
    const n = await frames.count();
    for (let i = n - 1; i >= 0; i--) {
      if (!(await frames.nth(i).isVisible())) continue;
      const view = page.frameLocator(`iframe.webview.ready >> nth=${i}`).frameLocator('iframe#active-frame');
      const h1 = view.locator('h1 .code-number');
      if ((await h1.count()) && (await h1.first().innerText()) === code) return view;
    }
    if (Date.now() > deadline) throw new Error(`no visible response webview for ${code} (${n} webview frames)`);
    await page.waitForTimeout(250);
  }
}
