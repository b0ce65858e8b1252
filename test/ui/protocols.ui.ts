// gRPC, WebSocket and FTP in the workbench: the sidebar has a branch for each, and the response
// view of gRPC 5 shows its HTTP mapping, the status trailers and the grpcurl call; FTP 550's shows
// its reply. Screenshots: artifacts/ui/protocols/.
import { expectContains, expectTrue, uiTest } from './framework';
import { localize } from './manifest';
import { responseView, showResponse } from './response';

export default [
  uiTest('the sidebar has gRPC, WebSocket and FTP branches', async ({ wb, page, step }) => {
    const sidebar = await step('open the Status Codes activity', () => wb.openActivity(localize('%viewContainer.title%')));
    await step('unfiltered (an earlier test may have left a filter) and collapsed to the protocols', async () => {
      const clear = sidebar.locator(`.action-label[aria-label^="${localize('%statusCodes.reference.clearFilter.title%')}"]`).first();
      if (await clear.isVisible()) await clear.click();
      await page.locator('.part.sidebar .monaco-list-row', { hasText: 'SMTP' }).first().waitFor({ state: 'visible', timeout: 10_000 });
      await sidebar.locator('.action-label[aria-label^="Collapse All"]').first().click();
      await page.locator('.part.sidebar .monaco-list-row', { hasText: 'FTP' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    });
    const rows = await step('it lists the protocols', () => wb.sidebarRows());
    await step('gRPC, WebSocket and FTP are there beside HTTP and SMTP', () => {
      for (const p of ['HTTP', 'SMTP', 'gRPC', 'WebSocket', 'FTP']) expectTrue(rows.some((r) => r === p || r.startsWith(p)), `${p} in rows: ${rows.join(' | ')}`);
    });
  }),

  uiTest('the response view of gRPC 5: HTTP mapping both ways, trailers, grpcurl, spellings', async ({ wb, page, step }) => {
    await step('Show Raw Response… → grpc 5', () => showResponse(wb, page, 'grpc 5', /^5 Not Found/));
    const view = await step('the panel shows gRPC 5', () => responseView(page, '5'));
    await step('its heading and protocol badge', async () => {
      expectContains(await view.locator('h1').innerText(), 'Not Found', 'heading');
      expectContains(await view.locator('.badge.protocol').innerText(), 'gRPC', 'badge');
    });
    await step('the HTTP mapping names HTTP 404, and that the library never sends NOT_FOUND', async () => {
      const mapping = await view.locator('#grpc-mapping').innerText();
      expectContains(mapping, '404', 'mapping');
      expectContains(mapping, 'never generates', 'library note');
    });
    await step('the trailers carry grpc-status 5 and grpcurl prints Code: NotFound', async () => {
      expectContains(await view.locator('#grpc-trailers pre').innerText(), 'grpc-status: 5', 'trailers');
      expectContains(await view.locator('#grpcurl').innerText(), 'Code: NotFound', 'grpcurl output');
      expectContains(await view.locator('#grpc-spellings').innerText(), 'codes.NotFound', 'Go spelling');
    });
    await step('no HTTP response; gRPC library tabs, not framework tabs', async () => {
      expectTrue((await view.locator('#raw').count()) === 0, 'no #raw');
      const tabs = await view.locator('#snippets [role="tab"]').allInnerTexts();
      expectTrue(tabs.includes('grpc-go') && !tabs.includes('Flask'), `library tabs: ${tabs.join(', ')}`);
    });
    await step('HTTP 404 opens from the mapping in the same view', async () => {
      await view.locator('#grpc-mapping [data-action="open"][data-code="404"]').first().click();
      await responseView(page, '404');
    });
  }),

  uiTest('the response view of FTP 550 and of WebSocket 1008', async ({ wb, page, step }) => {
    await step('Show Raw Response… → ftp 550', () => showResponse(wb, page, 'ftp 550', /^550 /));
    const ftp = await step('the panel shows FTP 550', () => responseView(page, '550'));
    await step('the reply line and its multi-line form', async () => {
      expectContains(await ftp.locator('#ftp-reply pre').innerText(), /^550 Requested action not taken/, 'reply');
      expectContains(await ftp.locator('#ftp-reply-multiline pre').innerText(), /^550 End$/m, 'multi-line reply');
    });
    await step('Show Raw Response… → websocket 1008', () => showResponse(wb, page, 'websocket 1008', /^1008 Policy Violation/));
    const ws = await step('the panel shows WebSocket 1008', () => responseView(page, '1008'));
    await step('the Close frame starts with 88 and the code 03 f0', async () => {
      expectContains(await ws.locator('#close-frame pre').innerText(), /^88 [0-9a-f]{2} 03 f0/, 'close frame');
    });
  }),
];
