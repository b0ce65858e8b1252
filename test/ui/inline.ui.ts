// Inline help as a person meets it: the phrase after a status in the editor, and the response view
// one click away from it.
import { expectContains, expectTrue, uiTest, type UiContext } from './framework';

/** The rows of the open suggest widget, as VS Code labels them for screen readers. */
async function suggestRows(page: UiContext['page']): Promise<string[]> {
  const rows = page.locator('.suggest-widget .monaco-list-row');
  await rows.first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.waitForTimeout(300);
  return rows.evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\u00a0/g, ' ')));
}

export default [
  uiTest('an inlay hint names the status after abort(404), and Ctrl+click opens its response', async ({ wb, page, step }) => {
    await step('open app.py', () => wb.openFile('app.py'));
    const text = await step('the editor shows "Not Found" after abort(404)', () => wb.editorTextWith((t) => /abort\(404\s*Not Found\)/.test(t), 10_000));
    await step('the hint sits right after the code', () => expectTrue(/abort\(404\s*Not Found\)/.test(text), `editor: ${text.slice(0, 400)}`));
    await step('HTTP 452 is marked unassigned', () => expectTrue(/452\s*unassigned/.test(text), `editor: ${text.slice(0, 800)}`));
    await step('Ctrl+click the hint', async () => {
      // The innermost span whose text is the hint (the editor writes spaces as nbsp).
      const box = await page.evaluate(() => {
        const spans = Array.from(document.querySelectorAll('.editor-instance .view-lines span')) as HTMLElement[];
        const el = spans.find((s) => s.children.length === 0 && (s.textContent ?? '').replace(/\u00a0/g, ' ').trim() === 'Not Found');
        const r = el?.getBoundingClientRect();
        return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
      });
      expectTrue(box, 'the hint is a span in the editor');
      await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
      await page.keyboard.down('Control');
      await page.waitForTimeout(300);
      await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
      await page.keyboard.up('Control');
    });
    await step('the response view for 404 opens', async () => {
      await wb.webview().locator('h1', { hasText: 'Not Found' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    });
  }),

  uiTest('completions after res.status( list status codes, commonly used first', async ({ wb, page, step }) => {
    await step('open server.js', () => wb.openFile('server.js'));
    // While the TypeScript server is still loading the file, the editor holds back the list a
    // trigger character asks for; a person starts typing a moment later too.
    await step('wait until TypeScript has analysed server.js', async () => {
      await page.waitForTimeout(1000);
      await page.waitForFunction(() => !/Analyzing|Initializing/.test((document.querySelector('.part.statusbar') as HTMLElement | null)?.innerText ?? ''), undefined, { timeout: 30_000 });
      await page.waitForTimeout(500);
    });
    await step('type res.status( on a new last line', async () => {
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('res.status(', { delay: 30 });
    });
    const rows = await step('the suggest widget opens', () => suggestRows(page));
    await step('it lists codes with their phrases, ours first', () => {
      expectTrue(/^\d{3} /.test(rows[0] ?? ''), `rows: ${rows.slice(0, 8).join(' | ')}`);
      expectTrue(rows.some((r) => r.startsWith('404 Not Found')), `rows: ${rows.slice(0, 12).join(' | ')}`);
    });
    await step('type "too many": 429 remains', async () => {
      await page.keyboard.type('too many', { delay: 60 });
      const filtered = await suggestRows(page);
      expectTrue(/^429 Too Many Requests/.test(filtered[0] ?? ''), `rows: ${filtered.slice(0, 5).join(' | ')}`);
    });
    await step('accept it', () => page.keyboard.press('Enter'));
    const text = await step('the editor holds res.status(429)', () => wb.editorTextWith((t) => /res\.status\(429/.test(t)));
    await step('429 was inserted', () => expectContains(text, /res\.status\(429/, 'editor'));
  }),

  uiTest('a deprecated constant is struck through and fixed from the light bulb', async ({ wb, page, step }) => {
    await step('open Controller.java', () => wb.openFile('Controller.java'));
    await step('add a line using HttpStatus.PAYLOAD_TOO_LARGE', async () => {
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.insertText('class Limits { static final Object TOO_BIG = HttpStatus.PAYLOAD_TOO_LARGE; }');
    });
    await step('the name is struck through (a deprecated hint)', async () => {
      await page.locator('.editor-instance .squiggly-inline-deprecated').first().waitFor({ state: 'visible', timeout: 10_000 });
    });
    await step('put the cursor on it and open the quick fixes (Ctrl+.)', async () => {
      await wb.clickToken('PAYLOAD_TOO_LARGE');
      await page.waitForTimeout(300);
      await page.keyboard.press('Control+.');
    });
    const fix = await step('the fix to CONTENT_TOO_LARGE is offered', async () => {
      const row = page.locator('.action-widget .monaco-list-row', { hasText: 'CONTENT_TOO_LARGE' }).first();
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      return row;
    });
    await step('choose it', () => fix.click());
    const text = await step('the editor holds HttpStatus.CONTENT_TOO_LARGE', () => wb.editorTextWith('HttpStatus.CONTENT_TOO_LARGE'));
    await step('the name was replaced', () => expectContains(text, 'TOO_BIG = HttpStatus.CONTENT_TOO_LARGE', 'editor'));
  }),
];
