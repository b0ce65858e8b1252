// The extension in Korean in a real VS Code: the runner starts this code-server with --locale ko
// and the local language pack (test/fixtures/language-pack-ko), so vscode.env.language is `ko`.
// Every Korean string expected here is read from the extension's own translations
// (package.nls.ko.json, l10n/bundle.l10n.ko.json): the test fails when the workbench or the
// extension shows English. Screenshots: artifacts/ui/ko/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectContains, expectTrue, uiTest } from './framework';
import { commandTitle, l10n, repoRoot } from './manifest';
import { responseView } from './response';

const LOCALE = 'ko';
const ko = (english: string): string => l10n(english, LOCALE);

/** The explorer's title as the language pack translates it (the workbench's own string). */
function packExplorerTitle(): string {
  const file = join(repoRoot, 'test/fixtures/language-pack-ko/translations/main.i18n.json');
  const pack = JSON.parse(readFileSync(file, 'utf8')) as { contents: Record<string, Record<string, string>> };
  return pack.contents['vs/workbench/contrib/files/browser/explorerViewlet']!.explore!;
}

const hasHangul = (s: string): boolean => /[\uac00-\ud7a3]/.test(s);

export default [
  uiTest(
    'in Korean: the hover, the command palette and the response view',
    async ({ wb, page, step }) => {
      await step('the workbench runs in Korean (the language pack translates the explorer)', async () => {
        const title = page.locator('.part.sidebar .composite.title h2').first();
        await title.waitFor({ state: 'visible', timeout: 15_000 });
        expectContains(await title.innerText(), packExplorerTitle(), 'explorer title');
      });

      await step('open app.py', () => wb.openFile('app.py'));
      const hover = await step('hover 404 in abort(404)', () => wb.hoverAgain('404'));
      await step('the hover speaks Korean (l10n/bundle.l10n.ko.json)', () => {
        expectContains(hover, 'HTTP 404 Not Found', 'hover');
        for (const english of ['Client Error', 'Spec', 'Show response', 'Insert snippet', 'Copy curl']) {
          const text = ko(english);
          expectTrue(hasHangul(text), `the Korean bundle leaves "${english}" in English: ${text}`);
          expectContains(hover, text, `hover (Korean for "${english}")`);
        }
        expectTrue(!hover.includes('Show response'), `the hover still shows the English "Show response":\n${hover}`);
      });
      await step('move away from the hover', () => page.mouse.move(1, 1));

      const category = commandTitle('statusCodes.lookup', LOCALE).split(':')[0]!;
      const rows = await step(`F1 and type "${category}:"`, () => wb.palette(`${category}:`));
      await step('the palette lists the commands by their Korean titles (package.nls.ko.json)', () => {
        for (const command of ['statusCodes.lookup', 'statusCodes.showResponse', 'statusCodes.insertSnippet']) {
          const title = commandTitle(command, LOCALE);
          expectTrue(hasHangul(title), `package.nls.ko.json leaves ${command} in English: ${title}`);
          expectTrue(rows.some((r) => r.includes(title)), `the palette has no "${title}"; rows: ${rows.join(' | ')}`);
        }
      });
      await step('close the palette', () => page.keyboard.press('Escape'));

      const showResponse = commandTitle('statusCodes.showResponse', LOCALE);
      await step(`run "${showResponse}" typed in Korean`, async () => {
        await wb.palette(showResponse);
        await (await wb.quickPickRow(showResponse)).click();
      });
      const picks = await step('type 404 in its quick pick', () => wb.typeInQuickInput('404'));
      await step('click 404 Not Found', async () => {
        const index = picks.findIndex((r) => /^404 Not Found/.test(r));
        expectTrue(index >= 0, `no 404 Not Found row: ${picks.join(' | ')}`);
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').nth(index).click();
      });
      const view = await step('the response view shows 404', () => responseView(page, '404'));
      const body = await step('its text', () => view.locator('body').innerText());
      await step('the response view speaks Korean', () => {
        for (const english of ['HTTP response', 'Test with curl', 'Copy']) {
          const text = ko(english);
          expectTrue(hasHangul(text), `the Korean bundle leaves "${english}" in English: ${text}`);
          expectContains(body, text, `response view (Korean for "${english}")`);
        }
      });
    },
    { locale: LOCALE, timeoutMs: 180_000 },
  ),
  uiTest(
    'in Korean: the response view of gRPC 5 and of WebSocket 1008',
    async ({ wb, page, step }) => {
      const showResponse = commandTitle('statusCodes.showResponse', LOCALE);
      const open = async (query: string, row: RegExp): Promise<void> => {
        // Right after the workbench opens, the palette may not list contributed commands yet: retry.
        for (let attempt = 1; ; attempt++) {
          try {
            await wb.palette(showResponse);
            await (await wb.quickPickRow(showResponse)).click();
            break;
          } catch (e) {
            if (attempt >= 4) throw e;
            await page.keyboard.press('Escape');
            await page.waitForTimeout(2_000);
          }
        }
        const picks = await wb.typeInQuickInput(query);
        const index = picks.findIndex((r) => row.test(r));
        expectTrue(index >= 0, `no row matches ${row}: ${picks.join(' | ')}`);
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').nth(index).click();
      };
      await step(`run "${showResponse}" and pick grpc 5`, () => open('grpc 5', /^5 Not Found/));
      const grpc = await step('the response view shows gRPC 5', () => responseView(page, '5'));
      const body = await step('its text', () => grpc.locator('body').innerText());
      await step('its sections and its description speak Korean', () => {
        for (const english of ['HTTP mapping', 'Status trailers (HTTP/2)', 'Test with grpcurl', 'In code', 'The entity the call asked for (a file, a row, a resource) does not exist.']) {
          const text = ko(english);
          expectTrue(hasHangul(text), `the Korean bundle leaves "${english}" in English: ${text}`);
          expectContains(body, text, `gRPC 5 view (Korean for "${english}")`);
        }
      });
      await step(`run "${showResponse}" and pick websocket 1008`, () => open('websocket 1008', /^1008 Policy Violation/));
      const ws = await step('the response view shows WebSocket 1008', () => responseView(page, '1008'));
      const frame = await step('its Close frame section', () => ws.locator('#close-frame').innerText());
      await step('the Close frame and its fields speak Korean', () => {
        for (const english of ['Close frame', 'FIN + opcode 0x8 (Close)']) expectContains(frame, ko(english), `Close frame (Korean for "${english}")`);
      });
    },
    { locale: LOCALE, timeoutMs: 180_000 },
  ),
];
