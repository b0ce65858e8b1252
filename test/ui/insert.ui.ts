// Insert fits where it goes (issue 10): in a Flask file that already has its app and routes, the
// palette's Insert at the top level adds a route, not a second app.
import { expectContains, expectTrue, uiTest } from './framework';
import { commandTitle } from './manifest';

const count = (text: string, what: string): number => text.split(what).length - 1;

export default [
  uiTest('Insert into an existing Flask file at the top level leaves one app and every route, and adds the new route', async ({ wb, page, step }) => {
    await step('open app.py (a Flask app with three routes)', () => wb.openFile('app.py'));
    const before = await step('the file has one app and its routes', async () => {
      const text = await wb.editorTextWith('def quota');
      expectTrue(count(text, 'app = Flask(') === 1, `one app before: ${text}`);
      return text;
    });
    const routes = ['@app.get("/orders/<order_id>")', '@app.post("/orders")', '@app.get("/quota")'];
    for (const r of routes) expectContains(before, r, 'app.py before');
    await step('put the cursor on the empty last line (the top level, after the last route)', async () => {
      await page.locator('.editor-instance .view-lines', { hasText: 'ORDERS' }).first().click();
      await page.keyboard.press('Control+End');
    });
    await step('run "Insert Status Code Snippet…" from the palette', () => wb.runCommand(commandTitle('statusCodes.insertSnippet')));
    const codes = await step('type 429 in the code pick', () => wb.typeInQuickInput('429'));
    await step('choose 429 Too Many Requests (app.py imports Flask: no framework is asked)', async () => {
      expectTrue(codes.some((r) => r.includes('429')), `rows: ${codes.join(' | ')}`);
      await page.keyboard.press('Enter');
    });
    const after = await step('the editor shows the new route', () => wb.editorTextWith((t) => t.includes('def my_endpoint')));
    const top = await step('scroll to the top: one import line and one app = Flask(...)', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Home');
      const text = await wb.editorTextWith('from flask import');
      expectTrue(count(text, 'app = Flask(') === 1 && count(after, 'app = Flask(') <= 1, `app.py after: ${text}`);
      expectTrue(count(text, 'from flask import') === 1, `one import line: ${text}`);
      return text;
    });
    await step('every old route is still there, and the new one returns 429 with Retry-After', () => {
      for (const r of routes) expectContains(`${top}\n${after}`, r, 'app.py after');
      expectContains(after, /@app\.route\("\/endpoint"\)\s+def my_endpoint\(\):\s+return jsonify\(\{"error": "too_many_requests", "message": "Too Many Requests"\}\), 429(\s*Too Many Requests)?, \{"Retry-After": "60"\}/, 'app.py after');
    });
    await step('undo the insertion', async () => {
      await page.keyboard.press('Control+z');
      await wb.editorTextWith((t) => !t.includes('def my_endpoint'));
    });
  }),
];
