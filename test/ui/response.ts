// The extension's response webview as the UI tests find it in the workbench.
import type { FrameLocator, Page } from 'playwright-core';
import { commandTitle } from './manifest';
import type { Workbench } from './workbench';

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

/** Opens a code's panel through the palette command and its quick pick. */
export async function showResponse(wb: Workbench, page: Page, query: string, row: RegExp): Promise<void> {
  // Right after the workbench opens, the palette may not list contributed commands yet: retry.
  for (let attempt = 1; ; attempt++) {
    try {
      await wb.runCommand(commandTitle('statusCodes.showResponse'));
      break;
    } catch (e) {
      if (attempt >= 4) throw e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(2_000);
    }
  }
  const rows = await wb.typeInQuickInput(query);
  const index = rows.findIndex((r) => row.test(r));
  if (index < 0) throw new Error(`no quick pick row matches ${row}: ${rows.join(' | ')}`);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').nth(index).click();
}
