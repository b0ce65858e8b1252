// The response webview as a person uses it: opened from the palette, highlighted with shiki in
// the editor's theme (light, dark, high contrast; switching needs no re-render), framework tabs,
// Copy / Insert buttons, related codes that open in the same view, back and forward through the
// codes shown, and restored after a reload.
// Screenshots of the panel alone: artifacts/ui/webview-<theme>.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { expectContains, expectTrue, uiTest, type UiContext } from './framework';
import { repoRoot } from './manifest';
import { responseView, showResponse } from './response';
import type { Workbench } from './workbench';

const SHOTS = join(repoRoot, 'artifacts', 'ui');
const RESPONSE_TABS = '.editor-group-container .tab';

async function highlighted(view: FrameLocator): Promise<void> {
  await view.locator('body[data-highlighted="true"]').waitFor({ state: 'attached', timeout: 20_000 });
}

async function setTheme(wb: Workbench, page: Page, theme: string): Promise<void> {
  await wb.runCommand('Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(theme);
  const rows = await wb.settledQuickPickRows();
  if (!rows[0]?.startsWith(theme)) throw new Error(`the first theme row is not ${theme}: ${rows.join(' | ')}`);
  // Enter accepts the focused (first) row; clicking a row of the theme picker only previews it.
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** The theme in use: the theme picker opens with it focused. */
async function currentTheme(wb: Workbench, page: Page): Promise<string> {
  await wb.runCommand('Preferences: Color Theme');
  const focused = page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused').first();
  await focused.waitFor({ state: 'visible', timeout: 10_000 });
  const label = ((await focused.getAttribute('aria-label')) ?? (await focused.innerText())).trim();
  await page.keyboard.press('Escape');
  return label.split(/,|\n/)[0]!.trim();
}

/** The colour of the first token of the raw response (`HTTP`), and the body's theme class. */
async function tokenColour(view: FrameLocator): Promise<{ theme: string; colour: string; background: string }> {
  return view.locator('body').evaluate((body) => {
    const token = body.querySelector<HTMLElement>('#raw .code span');
    const theme = Array.from(body.classList).filter((c) => c.startsWith('vscode-')).join(' ');
    const pre = body.querySelector<HTMLElement>('#raw .code');
    return { theme, colour: token ? `${token.textContent}: ${getComputedStyle(token).color}` : '(no token)', background: pre ? getComputedStyle(pre).backgroundColor : '' };
  });
}

async function shootPanel(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const frame = page.locator('iframe.webview.ready').filter({ visible: true }).last();
  await frame.screenshot({ path: join(SHOTS, `webview-${name}.png`) });
}

/** Steps shared by the tests: open HTTP 404's panel from the palette and wait for its colours. */
async function open404({ wb, page, step }: UiContext): Promise<FrameLocator> {
  await step('Show Raw Response… → HTTP 404', () => showResponse(wb, page, '404', /^404 Not Found/));
  const view = await step('the panel shows 404', () => responseView(page, '404'));
  await step('the code is highlighted', () => highlighted(view));
  return view;
}

/** Steps shared by the tests: open a code's panel from the palette (its quick pick row matches `row`). */
async function openCode({ wb, page, step }: UiContext, code: string, row: RegExp): Promise<FrameLocator> {
  await step(`Show Raw Response… → ${code}`, () => showResponse(wb, page, code, row));
  return step(`the panel shows ${code}`, () => responseView(page, code));
}

async function restoreTheme(t: UiContext, theme: string): Promise<void> {
  await t.step(`back to the ${theme} theme`, () => setTheme(t.wb, t.page, theme));
}

export default [
  uiTest(
    'the response panel of SMTP 452: sections, tabs, copy, insert, related codes',
    async (t) => {
      const { wb, page, step } = t;
      await step('open app.py (the editor to insert into)', () => wb.openFile('app.py'));
      await step('Show Raw Response… → SMTP 452', () => showResponse(wb, page, '452', /^452 .*SMTP/));
      const view = await step('the panel shows SMTP 452', () => responseView(page, '452'));
      await step('the code is highlighted', () => highlighted(view));
      await step('it has the name, the SMTP replies, the HTTP response, curl and framework tabs', async () => {
        expectContains(await view.locator('h1').innerText(), 'Insufficient Storage', 'heading');
        expectContains(await view.locator('#smtp-reply pre').innerText(), /^452 4\.3\.1 /, 'SMTP reply');
        expectContains(await view.locator('#smtp-reply-multiline pre').innerText(), /^452-4\.3\.1 /m, 'multi-line reply');
        expectContains(await view.locator('#raw pre').innerText(), 'HTTP/1.1 452 Insufficient Storage', 'raw response');
        expectContains(await view.locator('#curl pre').innerText(), /curl -i '?https?:\/\/\S+\/status\/452/, 'curl line');
        const tabs = await view.locator('[role="tab"]').allInnerTexts();
        expectTrue(tabs.length >= 8, `framework tabs: ${tabs.join(' | ')}`);
      });
      await step('the SMTP replies come first; the HTTP rendering says it is non-standard and links HTTP 507', async () => {
        const order = await view.locator('section.block').evaluateAll((sections) => sections.map((s) => s.id));
        expectTrue(order.indexOf('smtp-reply') === 0 && order.indexOf('raw') > order.indexOf('smtp-reply-multiline'), `section order: ${order.join(', ')}`);
        expectContains(await view.locator('#raw-title').innerText(), 'non-standard', 'HTTP heading');
        expectContains(await view.locator('#raw .non-standard').innerText(), 'HTTP 507', 'HTTP equivalent');
      });
      await step('screenshot the top of the panel', () => shootPanel(page, 'smtp-452-top'));
      await step('click the Flask tab: its snippet shows, the others hide', async () => {
        await view.locator('[role="tab"]', { hasText: /^Flask$/ }).click();
        const visible = view.locator('.tabpanel:not([hidden])');
        expectTrue((await visible.count()) === 1, 'one visible tab panel');
        expectContains(await visible.locator('pre').innerText(), 'jsonify', 'Flask snippet');
        expectContains(await visible.locator('pre').innerText(), '452', 'Flask snippet');
      });
      await step('scroll to the snippets and screenshot them', async () => {
        await view.locator('#snippets').scrollIntoViewIfNeeded();
        await shootPanel(page, 'smtp-452-snippets');
      });
      await step('the snippet has coloured tokens', async () => {
        const colours = await view.locator('.tabpanel:not([hidden]) .code span').evaluateAll((spans) => [...new Set(spans.map((s) => getComputedStyle(s).color))]);
        expectTrue(colours.length >= 3, `token colours in the Flask snippet: ${colours.join(', ')}`);
      });
      await step('Copy on the raw response says Copied', async () => {
        const button = view.locator('#raw [data-action="copy"]');
        await button.click();
        await view.locator('#raw [data-action="copy"].done').waitFor({ state: 'visible', timeout: 5_000 });
      });
      await step('Copy on the curl line puts it on the clipboard: paste it into app.py', async () => {
        await view.locator('#curl [data-action="copy"]').click();
        await view.locator('#curl [data-action="copy"].done').waitFor({ state: 'visible', timeout: 5_000 });
        await page.locator('.editor-instance .view-lines', { hasText: 'ORDERS' }).first().click();
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Control+V');
        await page.waitForFunction(
          () => Array.from(document.querySelectorAll('.editor-instance .view-lines')).some((e) => /curl -i '?https?:\/\/\S+\/status\/452/.test((e as HTMLElement).innerText.replace(/\u00a0/g, ' '))),
          undefined,
          { timeout: 10_000 },
        );
      });
      await step('Insert puts the Flask snippet into app.py', async () => {
        await view.locator('.tabpanel:not([hidden]) [data-action="insert"]').click();
        await page.waitForFunction(
          () => Array.from(document.querySelectorAll('.editor-instance .view-lines')).some((e) => (e as HTMLElement).innerText.includes('insufficient_storage')),
          undefined,
          { timeout: 10_000 },
        );
      });
      await step('a related code opens in the same view', async () => {
        const link = view.locator('[data-action="open"]').first();
        const code = await link.getAttribute('data-code');
        expectTrue(!!code, 'a related code link');
        await link.click();
        await responseView(page, code!);
        // The view retitles once its page has painted (src/webview/main.ts posts `painted`): wait for the title too.
        await page.locator(RESPONSE_TABS, { hasText: code! }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
        const labels = await page.locator(RESPONSE_TABS).allInnerTexts();
        expectTrue(labels.some((l) => l.includes(code!)), `a tab for ${code}: ${labels.join(' | ')}`);
        expectTrue(!labels.some((l) => /SMTP 452/.test(l)), `the view moved on from SMTP 452: ${labels.join(' | ')}`);
      });
    },
    { timeoutMs: 180_000 },
  ),

  uiTest(
    'nginx 444: what the client sees instead of a response, and no snippet',
    async (t) => {
      const { page, step } = t;
      const view = await openCode(t, '444', /^444 /);
      await step('it shows what curl prints and the log line, and no raw response or curl line', async () => {
        expectContains(await view.locator('#not-sent pre').innerText(), 'curl: (52) Empty reply from server', 'what curl prints');
        expectContains(await view.locator('#not-sent pre').innerText(), '" 444 0 ', 'access log');
        expectTrue((await view.locator('#raw, #curl, [data-action="insert"]').count()) === 0, 'no raw response, curl line or insert button');
        expectContains(await view.locator('.tabpanel:not([hidden]) .notice').innerText(), 'never sent', 'snippet panel');
      });
      await step('screenshot the panel', () => shootPanel(page, 'nginx-444'));
    },
    { timeoutMs: 120_000 },
  ),

  uiTest(
    'the response panel follows the colour theme without re-rendering',
    async (t) => {
      const { wb, page, step } = t;
      let view = await open404(t);
      // A marker on the page: a re-render (new document) would drop it.
      await step('mark the document', () => view.locator('body').evaluate((b) => b.setAttribute('data-ui-marker', '1')));
      const initialTheme = await step('note the current theme', () => currentTheme(wb, page));
      const seen: Record<string, string> = {};
      try {
        for (const [theme, name, bodyClass] of [
          ['Dark Modern', 'dark', 'vscode-dark'],
          ['Light Modern', 'light', 'vscode-light'],
          ['Dark High Contrast', 'hc-dark', 'vscode-high-contrast'],
          ['Light High Contrast', 'hc-light', 'vscode-high-contrast-light'],
        ] as const) {
          await step(`theme ${theme}`, () => setTheme(wb, page, theme));
          view = await responseView(page, '404');
          const c = await step(`the page has ${bodyClass} and the same document`, async () => {
            await view.locator(`body.${bodyClass}`).waitFor({ state: 'attached', timeout: 10_000 });
            expectTrue((await view.locator('body[data-ui-marker="1"]').count()) === 1, 'the page was re-rendered');
            return tokenColour(view);
          });
          seen[name] = c.colour;
          await step(`screenshot the panel (${name})`, () => shootPanel(page, name));
        }
        await step('each theme gives the HTTP token its own colour', () => {
          expectTrue(!Object.values(seen).includes('(no token)') && new Set(Object.values(seen)).size === 4, `token colours: ${JSON.stringify(seen)}`);
        });
      } finally {
        await restoreTheme(t, initialTheme);
      }
    },
    { timeoutMs: 180_000 },
  ),

  uiTest(
    'the response panel re-renders when its settings change',
    async (t) => {
      const { wb, page, step } = t;
      await open404(t);
      await step('Preferences: Open User Settings (JSON)', async () => {
        await wb.runCommand('Preferences: Open User Settings (JSON)');
        await page.locator('.editor-group-container.active .tab.active', { hasText: 'settings.json' }).waitFor({ state: 'visible', timeout: 15_000 });
      });
      const edited = /"statusCodes\.curl\.baseUrl"/;
      try {
        await step('add curl.baseUrl and bodyStyle, save', async () => {
          // Focus the editor first: keys pressed before it has the focus go elsewhere.
          await page.locator('.editor-group-container.active .editor-instance .view-lines').first().click();
          // After the opening brace whether the file is `{}` or `{` + lines.
          await page.keyboard.press('Control+Home');
          await page.keyboard.press('ArrowRight');
          await page.keyboard.press('Enter');
          // As one input, the way a paste arrives: typed key by key, JSON completion and
          // auto-closed quotes can rewrite the line on a slow machine.
          await page.keyboard.insertText('"statusCodes.curl.baseUrl": "https://status.example.test/echo",\n"statusCodes.response.bodyStyle": "problem",');
          await page.keyboard.press('Escape');
          await page.keyboard.press('Control+S');
          expectContains(await wb.editorTextWith((t) => edited.test(t)), edited, 'settings.json');
        });
        await step('the panel shows the new curl base and a problem+json body', async () => {
          await page.locator(RESPONSE_TABS, { hasText: '404 Not Found' }).first().click();
          const view = await responseView(page, '404');
          await view.locator('#curl pre', { hasText: 'https://status.example.test/echo/status/404' }).waitFor({ state: 'visible', timeout: 10_000 });
          expectContains(await view.locator('#raw pre').innerText(), 'Content-Type: application/problem+json', 'raw response');
        });
      } finally {
        await step('remove the two settings again', async () => {
          await page.locator('.editor-group-container .tab', { hasText: 'settings.json' }).first().click();
          await page.keyboard.press('Control+Home');
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('Shift+ArrowDown');
          await page.keyboard.press('Shift+ArrowDown');
          await page.keyboard.press('Delete');
          await page.keyboard.press('Control+S');
          const clean = (t: string) => !edited.test(t) && !t.includes('bodyStyle');
          const text = await wb.editorTextWith(clean);
          expectTrue(clean(text), `settings.json still has our settings:\n${text}`);
        });
      }
    },
    { timeoutMs: 180_000 },
  ),

  uiTest(
    'the response panel starts the mock server; the status bar shows it and stops it',
    async (t) => {
      const { page, step } = t;
      const view = await open404(t);
      await step('click Start Mock Server by the curl line', () => view.locator('#curl [data-action="mock"][data-mock="startHttp"]').click());
      const item = page.locator('.statusbar-item', { hasText: /HTTP :\d+/ });
      await step('the status bar shows the HTTP mock', () => item.first().waitFor({ state: 'visible', timeout: 15_000 }));
      await step('the curl line points at the mock', async () => {
        await view.locator('#curl pre', { hasText: /http:\/\/127\.0\.0\.1:\d+\/status\/404/ }).waitFor({ state: 'visible', timeout: 10_000 });
        await shootPanel(page, 'mock-running');
      });
      await step('the status bar item offers Stop Mock Server', async () => {
        await item.first().click();
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Stop Mock Server' }).first().click();
      });
      await step('the item is gone and the curl line points at httpbin again', async () => {
        await item.first().waitFor({ state: 'hidden', timeout: 10_000 });
        await view.locator('#curl pre', { hasText: 'https://httpbin.org/status/404' }).waitFor({ state: 'visible', timeout: 10_000 });
      });
    },
    { timeoutMs: 120_000 },
  ),

  uiTest(
    'the response panel of an interim code says why no framework can send it',
    async ({ wb, page, step }) => {
      await step('Show Raw Response… → HTTP 103', () => showResponse(wb, page, '103', /^103 /));
      const view = await step('the panel shows 103', () => responseView(page, '103'));
      await step('the selected framework tab explains instead of showing code', async () => {
        const panel = view.locator('.tabpanel:not([hidden])');
        expectContains(await panel.locator('.notice').innerText(), /interim|1xx/i, 'notice');
        expectTrue((await panel.locator('[data-action="insert"]').count()) === 0, 'no Insert button for an unsupported framework');
        await view.locator('#snippets').scrollIntoViewIfNeeded();
        await shootPanel(page, '103-unsupported');
      });
    },
    { timeoutMs: 120_000 },
  ),

  uiTest(
    'three Show Response runs leave one view, with back and forward in its title bar',
    async (t) => {
      const { wb, page, step } = t;
      const responseTabs = () => page.locator(RESPONSE_TABS).filter({ has: page.locator('.tab-label') }).allInnerTexts();
      await step('Show Raw Response… → HTTP 404', () => showResponse(wb, page, '404', /^404 Not Found/));
      await step('the view shows 404', () => responseView(page, '404'));
      await step('Show Raw Response… → HTTP 418', () => showResponse(wb, page, '418', /^418 /));
      await step('the view shows 418', () => responseView(page, '418'));
      await step('Show Raw Response… → HTTP 503', () => showResponse(wb, page, '503', /^503 Service Unavailable/));
      const view = await step('the view shows 503', () => responseView(page, '503'));
      await step('the code is highlighted', () => highlighted(view));
      await step('one response tab, and one editor column beside the editor', async () => {
        const tabs = await responseTabs();
        expectTrue(tabs.filter((l) => /\b(404|418|503)\b/.test(l)).length === 1, `response tabs: ${tabs.join(' | ')}`);
      });
      const back = page.locator('.editor-group-container.active .editor-actions .action-item a[aria-label^="Back"]').first();
      const forward = page.locator('.editor-group-container.active .editor-actions .action-item a[aria-label^="Forward"]').first();
      await step('Back in the title bar shows 418', async () => {
        await back.click();
        await responseView(page, '418');
      });
      await step('Back again shows 404', async () => {
        await back.click();
        await responseView(page, '404');
      });
      await step('Forward shows 418 again', async () => {
        await forward.click();
        await responseView(page, '418');
        const tabs = await responseTabs();
        expectTrue(tabs.filter((l) => /\b(404|418|503)\b/.test(l)).length === 1, `still one response tab: ${tabs.join(' | ')}`);
      });
      await step('screenshot the view with its title bar', async () => {
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: join(SHOTS, 'webview-back-forward.png') });
      });
      await step("the mouse's back button in the view shows 404", async () => {
        // Playwright's mouse has no side buttons: send the event a side button sends (button 3).
        await (await responseView(page, '418')).locator('body').dispatchEvent('mouseup', { button: 3 });
        await responseView(page, '404');
      });
    },
    { timeoutMs: 150_000 },
  ),

  uiTest(
    'the response panel comes back after a reload with its tab',
    async (t) => {
      const { wb, page, step } = t;
      let view = await open404(t);
      await step('select the Ruby on Rails tab', async () => {
        await view.locator('[role="tab"]', { hasText: /Rails/ }).click();
        await page.waitForTimeout(500);
      });
      // A hidden tab's snippet is coloured when the tab is shown, by a message (and again when VS Code
      // reloads the page); the tabs never shown stay plain, so no grammar is compiled for them.
      const railsColoured = async (): Promise<void> => {
        await view.locator('.tabpanel:not([hidden]) pre.code:not([data-pending]) span[class^="t"]').first().waitFor({ state: 'attached', timeout: 10_000 });
        expectTrue((await view.locator('.tabpanel:not([hidden]) pre.code[data-pending]').count()) === 0, 'the Rails tab still waits for colours');
        expectTrue((await view.locator('.tabpanel[hidden] pre.code[data-pending]').count()) > 0, 'the tabs not shown were coloured too');
      };
      await step('the Rails snippet, hidden at first, is coloured', railsColoured);
      await step('hide the panel behind app.py, then show it again', async () => {
        await wb.openFile('app.py');
        await page.locator(RESPONSE_TABS, { hasText: '404 Not Found' }).first().click();
        view = await responseView(page, '404');
      });
      await step('the Rails tab is still selected', async () => {
        expectContains(await view.locator('[role="tab"][aria-selected="true"]').innerText(), 'Rails', 'selected tab');
      });
      await step('and coloured again after VS Code reloaded the page', railsColoured);
      await step('Developer: Reload Window', async () => {
        await wb.runCommand('Developer: Reload Window');
        await page.waitForTimeout(2_000);
        await wb.ready();
      });
      view = await step('the panel is restored', () => responseView(page, '404', 60_000));
      await step('with the Rails tab selected', async () => {
        const selected = await view.locator('[role="tab"][aria-selected="true"]').innerText();
        expectContains(selected, 'Rails', 'selected tab');
        expectContains(await view.locator('.tabpanel:not([hidden]) pre').innerText(), 'render json:', 'Rails snippet');
      });
    },
    { timeoutMs: 180_000 },
  ),
];
