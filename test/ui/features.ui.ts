// Hover, snippet insertion and the reference sidebar, driven as a person would.
import { expectContains, expectTrue, uiTest } from './framework';
import { commandTitle, localize } from './manifest';

export default [
  uiTest('hovering a status number in code shows its meaning and links', async ({ wb, step }) => {
    await step('open app.py', () => wb.openFile('app.py'));
    const text = await step('hover 404 in abort(404)', () => wb.hoverAgain('404'));
    await step('the hover names HTTP 404 Not Found and its class', () => {
      expectContains(text, 'HTTP 404 Not Found', 'hover');
      expectContains(text, '4xx Client Error', 'hover');
      expectContains(text, 'RFC 9110', 'hover');
      expectContains(text, 'Insert snippet', 'hover');
    });
    const unassigned = await step('hover 452 in return "over quota", 452', () => wb.hoverAgain('452', 1));
    await step('HTTP 452 is answered as unassigned, pointing to SMTP 452', () => {
      expectContains(unassigned, /unassigned/i, 'hover');
      expectContains(unassigned, 'SMTP 452', 'hover');
    });
  }),

  uiTest('hovering a named constant and a mail log code', async ({ wb, step }) => {
    await step('open main.go', () => wb.openFile('main.go'));
    const go = await step('hover http.StatusNotFound', () => wb.hoverAgain('StatusNotFound'));
    await step('it resolves to 404', () => expectContains(go, 'HTTP 404 Not Found', 'hover'));
    await step('open mail.log', () => wb.openFile('mail.log'));
    // Postfix lines are long: wrap them so the codes are on screen.
    await step('toggle word wrap', () => wb.runCommand('View: Toggle Word Wrap'));
    const enhanced = await step('hover 5.1.1 in dsn=5.1.1', () => wb.hoverAgain('5.1.1'));
    await step('it is the SMTP enhanced code 5.1.1', () => expectContains(enhanced, /SMTP enhanced 5\.1\.1/, 'hover'));
  }),

  uiTest('no hover on a port number', async ({ wb, page, step }) => {
    await step('open server.js', () => wb.openFile('server.js'));
    const text = await step('the file listens on a port', () => wb.editorText());
    const port = /listen\((\d+)/.exec(text)?.[1];
    await step('server.js has a listen(port) call', () => expectTrue(port, 'no listen(port) in server.js'));
    const hover = await step(`hover ${port}`, () => wb.hover(port!, 0, 3_000).catch(() => ''));
    await step('no Status Codes hover appears', () => expectTrue(!/HTTP \d{3}|SMTP/.test(hover), `unexpected hover: ${hover}`));
    await step('move away', () => page.mouse.move(1, 1));
  }),

  uiTest('Look Up answers an unassigned HTTP code with what the user may mean', async ({ wb, page, step }) => {
    await step('run "Look Up Status Code…"', () => wb.runCommand(commandTitle('statusCodes.lookup')));
    const rows = await step('type 452', () => wb.typeInQuickInput('452'));
    await step('SMTP 452 and HTTP 507 are offered', () => {
      expectTrue(rows.some((r) => r.includes('452') && r.includes('Insufficient Storage')), `rows: ${rows.join(' | ')}`);
      expectTrue(rows.some((r) => r.includes('507') && r.includes('Insufficient Storage')), `rows: ${rows.join(' | ')}`);
    });
    await step('the first row is SMTP 452, then the row saying HTTP 452 is unassigned', () => {
      expectTrue(/^452 Insufficient Storage\b.*SMTP/.test(rows[0] ?? ''), `rows: ${rows.join(' | ')}`);
      expectTrue(/452 Unassigned\b.*HTTP 452 is not assigned/.test(rows[1] ?? ''), `rows: ${rows.join(' | ')}`);
    });
    await step('SMTP 452 is listed once', () => expectTrue(rows.filter((r) => /^452 Insufficient Storage/.test(r.replace(/^\$\([a-z-]+\)\s*/, ''))).length === 1, `rows: ${rows.join(' | ')}`));
    await step('close the quick pick', () => page.keyboard.press('Escape'));
  }),

  uiTest('Insert Status Code Snippet inserts the file\'s framework snippet at the cursor, asking only for the code', async ({ wb, page, step }) => {
    await step('open server.js', () => wb.openFile('server.js'));
    await step('go to the end of the file', async () => {
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
    });
    await step('run "Insert Status Code Snippet…"', () => wb.runCommand(commandTitle('statusCodes.insertSnippet')));
    const codes = await step('type 507 in the code pick', () => wb.typeInQuickInput('507'));
    await step('choose 507 Insufficient Storage', async () => {
      expectTrue(codes.some((r) => r.includes('507')), `rows: ${codes.join(' | ')}`);
      await page.keyboard.press('Enter');
    });
    // server.js requires express: the framework is certain, so nothing more is asked. At the top
    // level of a file that has its app, the route alone, in the file's single quotes.
    // The inlay hint may already follow the code.
    const expected = /app\.get\('\/endpoint', \(req, res\) => \{\s+res\.status\(507(\s*Insufficient Storage)?\)\.json\(\{ error: 'insufficient_storage', message: 'Insufficient Storage' \}\)/;
    const after = await step('the editor shows the snippet', () => wb.editorTextWith((t) => expected.test(t)));
    await step('it sends 507 with the JSON body', () => expectContains(after, expected, 'editor'));
    await step('undo the insertion', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+z');
    });
  }),

  uiTest('the reference sidebar browses and filters every code', async ({ wb, page, step }) => {
    const sidebar = await step('open the Status Codes activity', () => wb.openActivity(localize('%viewContainer.title%')));
    const rows = await step('it lists the protocols', () => wb.sidebarRows());
    await step('HTTP, SMTP and SMTP enhanced are there', () => {
      for (const p of ['HTTP', 'SMTP', 'SMTP enhanced']) expectTrue(rows.some((r) => r === p || r.startsWith(`${p} `) || r.startsWith(p)), `rows: ${rows.join(' | ')}`);
    });
    await step('filter by "teapot" with the view action', async () => {
      await sidebar.locator('.action-label[aria-label^="' + localize('%statusCodes.reference.filter.title%') + '"]').first().click();
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill('teapot');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(600);
    });
    const filtered = await step('only matching codes remain', () => wb.sidebarRows());
    await step('418 is shown', () => expectTrue(filtered.some((r) => r.includes('418')), `rows: ${filtered.join(' | ')}`));
    await step('404 is not', () => expectTrue(!filtered.some((r) => /\b404\b/.test(r)), `rows: ${filtered.join(' | ')}`));
    await step('click 418 to open its response', async () => {
      await page.locator('.part.sidebar .monaco-list-row', { hasText: '418' }).first().click();
      await page.locator('.editor-group-container .tab', { hasText: '418' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    });
    await step('the panel shows 418', async () => {
      await wb.webview().locator('h1', { hasText: "I'm a teapot" }).first().waitFor({ state: 'visible', timeout: 15_000 });
    });
  }),
];
