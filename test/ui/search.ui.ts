// Look Up ranks what people type, commands start from the cursor, hovers close after a link, and
// the sidebar filters as you type: the flows of issue 10, in the real workbench.
import type { Page } from 'playwright-core';
import { expectContains, expectTrue, uiTest } from './framework';
import { commandTitle, localize } from './manifest';

const label = (row: string): string => row.replace(/^\$\([a-z-]+\)\s*/, '');

/** Waits for an editor tab whose label shows `text` (the response panel of a code). */
async function tabWith(page: Page, text: string): Promise<void> {
  await page.locator('.editor-group-container .tab', { hasText: text }).first().waitFor({ state: 'visible', timeout: 15_000 });
}

async function quickInputHidden(page: Page): Promise<boolean> {
  return !(await page.locator('.quick-input-widget').isVisible());
}

/** The side bar's row labels, read at once (the tree re-renders while a row-by-row read runs). */
async function sidebarLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.part.sidebar .monaco-list-row')).map((r) => (r.getAttribute('aria-label') ?? (r as HTMLElement).innerText).replace(/\u00a0/g, ' ')),
  );
}

/** Selects the first `token` of the active editor with Find, so that the cursor sits on it. */
async function cursorOnToken(page: Page, token: string): Promise<void> {
  await page.locator('.editor-instance .view-lines').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
}

export default [
  uiTest('Look Up 5.1.1 + Enter opens 5.1.1 (not 5.1.10)', async ({ wb, page, step }) => {
    await step('run "Look Up Status Code…"', () => wb.runCommand(commandTitle('statusCodes.lookup')));
    const rows = await step('type 5.1.1', () => wb.typeInQuickInput('5.1.1'));
    await step('5.1.1 is the first row, 5.1.10 after it', () => {
      expectTrue(/^5\.1\.1 Bad Destination Mailbox Address/i.test(label(rows[0] ?? '')), `rows: ${rows.join(' | ')}`);
      expectTrue(/^5\.1\.10 /.test(label(rows[1] ?? '')), `rows: ${rows.join(' | ')}`);
    });
    await step('Enter, then Enter on "Show response"', async () => {
      await page.keyboard.press('Enter');
      await wb.quickPickRow('Show response');
      await page.keyboard.press('Enter');
    });
    await step('the response panel of 5.1.1 opens', () => tabWith(page, '5.1.1'));
    await step('it is 5.1.1, not 5.1.10', async () => {
      const title = await page.locator('.editor-group-container .tab.active').first().innerText();
      expectTrue(/5\.1\.1(?!\d)/.test(title), `active tab: ${title}`);
    });
  }),

  uiTest('Look Up lists 50 in code order and says when nothing matches', async ({ wb, page, step }) => {
    await step('run "Look Up Status Code…"', () => wb.runCommand(commandTitle('statusCodes.lookup')));
    const rows = await step('type 50', () => wb.typeInQuickInput('50'));
    await step('500..509 lead, in order (as many as the list shows)', () => {
      const codes = rows.map((r) => label(r).slice(0, 3));
      const expected = ['500', '501', '502', '503', '504', '505', '506', '507', '508', '509'];
      expectTrue(codes.length >= 5 && codes.slice(0, 10).join() === expected.slice(0, Math.min(10, codes.length)).join(), `rows: ${rows.join(' | ')}`);
    });
    const pasted = await step('paste a constant: HttpStatus.NOT_FOUND', () => wb.typeInQuickInput('HttpStatus.NOT_FOUND'));
    await step('it is 404 Not Found', () => expectTrue(/^404 Not Found/.test(label(pasted[0] ?? '')), `rows: ${pasted.join(' | ')}`));
    const typo = await step('a typo: teapto', () => wb.typeInQuickInput('teapto'));
    await step("it is 418 I'm a teapot", () => expectTrue(/^418 /.test(label(typo[0] ?? '')), `rows: ${typo.join(' | ')}`));
    const none = await step('nonsense: zzzq', () => wb.typeInQuickInput('zzzq'));
    await step('a row says no code matches', () => expectContains(none.join('\n'), 'No status code matches "zzzq"', 'rows'));
    await step('close the quick pick', () => page.keyboard.press('Escape'));
  }),

  uiTest('Show Raw Response on 204 under the cursor opens 204 with no picker (ctrl+alt+;)', async ({ wb, page, step }) => {
    await step('open server.js', () => wb.openFile('server.js'));
    await step('put the cursor on 204 in res.sendStatus(204)', () => cursorOnToken(page, '204'));
    await step('press ctrl+alt+; (Show Raw Response)', () => page.keyboard.press('Control+Alt+Semicolon'));
    await step('the response panel of 204 opens', () => tabWith(page, '204'));
    await step('no picker was shown', async () => expectTrue(await quickInputHidden(page), 'a quick input is open'));
    await step('the panel shows 204 No Content', () => wb.webview().locator('h1', { hasText: 'No Content' }).first().waitFor({ state: 'visible', timeout: 15_000 }));
  }),

  uiTest('a hover closes after one of its links runs', async ({ wb, page, step }) => {
    await step('open app.py', () => wb.openFile('app.py'));
    // The first hover in a fresh workbench may come before the extension has activated: hover again.
    const text = await step('hover 404 in abort(404)', async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await wb.hover('404', 0, 5_000);
        } catch (e) {
          if (attempt >= 3) throw e;
        }
      }
    });
    await step('it offers Copy curl', () => expectContains(text, 'Copy curl', 'hover'));
    await step('click Copy curl', () => page.locator('.monaco-hover a', { hasText: 'Copy curl' }).first().click());
    await step('the hover is gone', () => page.locator('.monaco-hover').filter({ visible: true }).first().waitFor({ state: 'hidden', timeout: 5_000 }));
  }),

  uiTest('the sidebar filters as you type, keeps its expansion, and hides vendor codes', async ({ wb, page, step }) => {
    const sidebar = await step('open the Status Codes activity', () => wb.openActivity(localize('%viewContainer.title%')));
    await step('start unfiltered (an earlier test may have left a filter)', async () => {
      const clear = sidebar.locator(`.action-label[aria-label^="${localize('%statusCodes.reference.clearFilter.title%')}"]`).first();
      if (await clear.isVisible()) await clear.click();
      // An earlier test may have collapsed the protocols too: open HTTP.
      const http = page.locator('.part.sidebar .monaco-list-row', { hasText: 'HTTP' }).first();
      const classRow = page.locator('.part.sidebar .monaco-list-row', { hasText: '4xx Client Error' }).first();
      await http.waitFor({ state: 'visible', timeout: 10_000 });
      for (let attempt = 0; attempt < 4 && !(await classRow.isVisible()); attempt++) {
        if ((await http.getAttribute('aria-expanded')) !== 'true') await http.click();
        await classRow.waitFor({ state: 'visible', timeout: 2_500 }).catch(() => undefined);
      }
      await classRow.waitFor({ state: 'visible', timeout: 10_000 });
    });
    await step('expand 4xx Client Error', async () => {
      const badRequest = page.locator('.part.sidebar .monaco-list-row', { hasText: 'Bad Request' }).first();
      const row = page.locator('.part.sidebar .monaco-list-row', { hasText: '4xx Client Error' }).first();
      // The tree may still be re-rendering the expansion an earlier test left (rows move under
      // the mouse): click the row when it says it is collapsed, until its codes show.
      for (let attempt = 0; attempt < 4 && !(await badRequest.isVisible()); attempt++) {
        if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
        await badRequest.waitFor({ state: 'visible', timeout: 2_500 }).catch(() => undefined);
      }
      await badRequest.waitFor({ state: 'visible', timeout: 10_000 });
    });
    await step('open the filter and type "stor" without Enter', async () => {
      await sidebar.locator(`.action-label[aria-label^="${localize('%statusCodes.reference.filter.title%')}"]`).first().click();
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.type('stor', { delay: 80 });
    });
    await step('the tree already shows the storage codes', () =>
      page.locator('.part.sidebar .monaco-list-row', { hasText: 'Insufficient Storage' }).first().waitFor({ state: 'visible', timeout: 10_000 }),
    );
    const filtered = await step('and only those', () => sidebarLabels(page));
    await step('no 404 while filtered', () => expectTrue(!filtered.some((r) => /\b404\b/.test(r)), `rows: ${filtered.join(' | ')}`));
    await step('close the filter box and clear the filter', async () => {
      await page.keyboard.press('Enter');
      await sidebar.locator(`.action-label[aria-label^="${localize('%statusCodes.reference.clearFilter.title%')}"]`).first().click();
    });
    await step('the client errors show vendor codes too (419 Page Expired · Laravel)', () =>
      page.locator('.part.sidebar .monaco-list-row', { hasText: 'Laravel' }).first().waitFor({ state: 'visible', timeout: 10_000 }),
    );
    await step('4xx Client Error is still expanded', () =>
      page.locator('.part.sidebar .monaco-list-row', { hasText: 'Bad Request' }).first().waitFor({ state: 'visible', timeout: 10_000 }),
    );
    await step('turn on "IANA only"', () => sidebar.locator(`.action-label[aria-label^="${localize('%statusCodes.reference.ianaOnly.title%')}"]`).first().click());
    await step('Laravel 419 is gone from 4xx, 404 stays', async () => {
      await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Laravel' }).first().waitFor({ state: 'hidden', timeout: 10_000 });
      await page.waitForTimeout(300);
      const rows = await sidebarLabels(page);
      expectTrue(rows.some((r) => /\b404\b/.test(r)) && !rows.some((r) => /Laravel|Twitter/.test(r)), `rows: ${rows.join(' | ')}`);
    });
    await step('turn vendor codes back on', () => sidebar.locator(`.action-label[aria-label^="${localize('%statusCodes.reference.showVendorCodes.title%')}"]`).first().click());
  }),
];
