// The workbench shows the sample workspace, opens its files, and lists our commands.
import { expectContains, expectTrue, uiTest } from './framework';
import { commandTitle, localize, paletteCommandTitles } from './manifest';

export default [
  uiTest('opens a file by clicking it in the explorer', async ({ wb, step }) => {
    await step('click app.py in the explorer', () => wb.openFile('app.py'));
    const text = await step('the editor shows its code', () => wb.editorText());
    await step('the code has abort(404)', () => expectContains(text, /abort\(404(\s*Not Found)?\)/, 'app.py editor (the inlay hint may follow the code)'));
    await step('click main.go in the explorer', () => wb.openFile('main.go'));
    await step('the editor shows http.StatusNotFound', async () => expectContains(await wb.editorText(), 'http.StatusNotFound', 'main.go editor'));
  }),

  uiTest('the command palette lists every Status Codes command', async ({ wb, page, step }) => {
    const category = localize('%category%');
    const rows = await step(`F1 and type "${category}:"`, () => wb.palette(`${category}:`));
    const expected = paletteCommandTitles();
    await step('every contributed command is listed', () => {
      expectTrue(expected.length > 0, 'package.json contributes no command');
      const missing = expected.filter((title) => !rows.some((r) => r.includes(title)));
      expectTrue(missing.length === 0, `missing from the palette: ${missing.join(' | ')}\nrows: ${rows.join(' | ')}`);
    });
    await step('close the palette', () => page.keyboard.press('Escape'));
  }),

  uiTest('Look Up Status Code finds 404 by number', async ({ wb, page, step }) => {
    await step('run "Look Up Status Code…" from the palette', () => wb.runCommand(commandTitle('statusCodes.lookup')));
    const rows = await step('type 404 in its quick pick', () => wb.typeInQuickInput('404'));
    await step('a row shows 404 Not Found', () => {
      expectTrue(rows.some((r) => r.includes('404') && r.includes('Not Found')), `rows: ${rows.join(' | ')}`);
    });
    await step('close the quick pick', () => page.keyboard.press('Escape'));
  }),
];
