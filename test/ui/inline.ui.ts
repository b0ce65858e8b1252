// Inline help as a person meets it: the phrase after a status in the editor, and the response view
// one click away from it.
import { expectTrue, uiTest } from './framework';

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
];
