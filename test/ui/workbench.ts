// Drives the VS Code workbench (code-server 1.139 in Chromium) the way a person does:
// clicks explorer rows, moves the mouse over text, presses F1 and types.
// Selectors are the workbench's own DOM classes; keep them here, not in the tests.
import type { FrameLocator, Locator, Page } from 'playwright-core';

const EDITOR = '.editor-group-container.active .editor-instance .monaco-editor';

export class Workbench {
  constructor(readonly page: Page) {}

  /** Waits until the workbench and the explorer of the opened folder are shown. */
  async ready(timeoutMs = 90_000): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
    // The explorer fills in once the remote file system answers; give it time before asking for it.
    const rows = this.page.locator('.explorer-folders-view .monaco-list-row');
    try {
      await rows.first().waitFor({ state: 'visible', timeout: Math.min(20_000, timeoutMs) });
    } catch {
      await this.showExplorer(timeoutMs);
    }
  }

  /** Shows the explorer (Ctrl+Shift+E shows it; clicking its activity bar icon would toggle it). */
  async showExplorer(timeoutMs = 30_000): Promise<void> {
    const rows = this.page.locator('.explorer-folders-view .monaco-list-row');
    if (!(await rows.first().isVisible())) await this.page.keyboard.press('Control+Shift+E');
    await rows.first().waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /** Back to a known state between tests: no hover, no quick input, no editors. */
  async reset(): Promise<void> {
    await this.page.mouse.move(1, 1);
    // A modal dialog left by an earlier test (e.g. a command error) blocks every click.
    const dialog = this.page.locator('.monaco-dialog-box');
    for (let i = 0; i < 3 && (await dialog.isVisible()); i++) {
      await this.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => undefined);
    }
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Escape');
    if (await this.page.locator('.editor-group-container .tab').count()) {
      await this.runCommand('View: Close All Editors');
      const dontSave = this.page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
      if (await dontSave.isVisible()) await dontSave.click();
    }
  }

  /** Clicks the file's row in the explorer and waits for its editor. */
  async openFile(name: string): Promise<void> {
    await this.showExplorer();
    const row = this.page
      .locator('.explorer-folders-view .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) })
      .first();
    await row.click();
    await this.page
      .locator('.editor-group-container.active .tab.active', { hasText: name })
      .waitFor({ state: 'visible', timeout: 15_000 });
    await this.page.locator(`${EDITOR} .view-lines`).first().waitFor({ state: 'visible', timeout: 15_000 });
  }

  /**
   * The active editor's text once it contains `wanted` (or satisfies it), as the editor renders
   * after a key press or an edit; its text as it is after `timeoutMs` otherwise.
   */
  async editorTextWith(wanted: string | ((text: string) => boolean), timeoutMs = 5_000): Promise<string> {
    const ok = typeof wanted === 'string' ? (t: string) => t.includes(wanted) : wanted;
    const end = Date.now() + timeoutMs;
    for (;;) {
      const text = await this.editorText();
      if (ok(text) || Date.now() > end) return text;
      await this.page.waitForTimeout(150);
    }
  }

  /** The visible text of the active editor (nbsp turned into spaces). */
  async editorText(): Promise<string> {
    const text = await this.page.locator(`${EDITOR} .view-lines`).first().innerText();
    return text.replace(/\u00a0/g, ' ');
  }

  /**
   * Moves the mouse over the nth occurrence of `token` in the active editor and returns the
   * text of the hover that appears (throws when none does).
   */
  async hover(token: string, occurrence = 0, timeoutMs = 10_000): Promise<string> {
    await this.page.mouse.move(1, 1);
    await this.page.locator('.monaco-hover').filter({ visible: true }).first().waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => undefined);
    const point = await this.tokenPoint(token, occurrence);
    if (!point) throw new Error(`"${token}" (occurrence ${occurrence}) is not visible in the active editor`);
    await this.page.mouse.move(point.x - 3, point.y);
    await this.page.mouse.move(point.x, point.y, { steps: 3 });
    const hover = this.page.locator('.monaco-hover').filter({ visible: true }).first();
    await hover.waitFor({ state: 'visible', timeout: timeoutMs });
    // The hover fills in asynchronously ("Loading..." first).
    await this.page.waitForFunction(
      () => {
        const el = Array.from(document.querySelectorAll('.monaco-hover')).find((e) => (e as HTMLElement).offsetParent !== null) as HTMLElement | undefined;
        return !!el && el.innerText.trim().length > 0 && !/^Loading\.\.\.$/.test(el.innerText.trim());
      },
      undefined,
      { timeout: timeoutMs },
    );
    return (await hover.innerText()).replace(/\u00a0/g, ' ');
  }

  /** Clicks the middle of the nth occurrence of `token` in the active editor: the cursor goes there. */
  async clickToken(token: string, occurrence = 0): Promise<void> {
    const point = await this.tokenPoint(token, occurrence);
    if (!point) throw new Error(`"${token}" (occurrence ${occurrence}) is not visible in the active editor`);
    await this.page.mouse.click(point.x, point.y);
  }

  /** Where the middle character of the nth occurrence of `token` is drawn in the active editor. */
  private tokenPoint(token: string, occurrence: number): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate(
      ({ selector, token, occurrence }) => {
        const lines = Array.from(document.querySelectorAll(`${selector} .view-lines .view-line`)) as HTMLElement[];
        lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
        let seen = 0;
        for (const line of lines) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          const nodes: Text[] = [];
          let full = '';
          for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push(n as Text); full += (n as Text).data; }
          full = full.replace(/\u00a0/g, ' ');
          let at = full.indexOf(token);
          while (at >= 0) {
            if (seen === occurrence) {
              // Find the text node holding the middle character of the token.
              let target = at + Math.floor(token.length / 2);
              for (const node of nodes) {
                if (target < node.data.length) {
                  const range = document.createRange();
                  range.setStart(node, target);
                  range.setEnd(node, target + 1);
                  const r = range.getBoundingClientRect();
                  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
                }
                target -= node.data.length;
              }
            }
            seen += 1;
            at = full.indexOf(token, at + 1);
          }
        }
        return null;
      },
      { selector: EDITOR, token, occurrence },
    );
  }

  /**
   * hover(), tried again when no hover appeared, as a person would move the mouse again: the
   * first hover in a file of a new language can arrive before the extension has activated.
   */
  async hoverAgain(token: string, occurrence = 0): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.hover(token, occurrence, 5_000);
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
  }

  /**
   * Moves keyboard focus out of a webview (its iframe keeps key presses such as F1 to itself)
   * back to the workbench document.
   */
  async focusWorkbench(): Promise<void> {
    await this.page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (active && active.tagName === 'IFRAME') active.blur();
    });
  }

  /** Opens the command palette with F1 (retrying once with focus moved out of a webview). */
  async openPalette(): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    for (let attempt = 0; ; attempt++) {
      await this.focusWorkbench();
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('F1');
      try {
        await input.waitFor({ state: 'visible', timeout: attempt === 0 ? 3_000 : 10_000 });
        return;
      } catch (e) {
        if (attempt >= 1) throw new Error(`F1 did not open the command palette: ${(e as Error).message.split('\n')[0]}`);
        // Focus may sit in an editor's or webview's inner frame: click the editor area's empty title bar space.
        await this.page.mouse.move(1, 1);
      }
    }
  }

  /** F1, types `query` after the '>' and returns the labels of the rows shown. Leaves the palette open. */
  async palette(query: string): Promise<string[]> {
    const input = this.page.locator('.quick-input-widget input');
    // A webview that finishes loading may take the focus while keys are typed, and the keys go to
    // it: type, check the input got them, and open the palette again if it did not.
    for (let attempt = 0; ; attempt++) {
      await this.openPalette();
      await this.page.keyboard.type(query, { delay: 10 });
      const typed = await this.page
        .waitForFunction(
          (q) => {
            const i = document.querySelector('.quick-input-widget input') as HTMLInputElement | null;
            return !!i && i.value.endsWith(q);
          },
          query,
          { timeout: attempt === 0 ? 4_000 : 10_000 },
        )
        .then(() => true)
        .catch((e: Error) => {
          if (attempt >= 2) throw new Error(`the command palette did not receive "${query}": ${e.message.split('\n')[0]}`);
          return false;
        });
      if (typed) break;
      if (await input.isVisible()) await this.page.keyboard.press('Escape');
    }
    return this.settledQuickPickRows();
  }

  /**
   * The quick input's rows once the list has stopped changing: it filters and fills in
   * asynchronously, later on a loaded machine. Two equal non-empty reads 200 ms apart, at most
   * `timeoutMs` (then the last read).
   */
  async settledQuickPickRows(timeoutMs = 5_000): Promise<string[]> {
    const end = Date.now() + timeoutMs;
    await this.page.waitForTimeout(200);
    let last = await this.quickPickRows();
    for (;;) {
      await this.page.waitForTimeout(200);
      const rows = await this.quickPickRows();
      if ((rows.length && rows.join('\n') === last.join('\n')) || Date.now() > end) return rows;
      last = rows;
    }
  }

  /** Labels of the visible rows of the open quick input (palette or quick pick). */
  async quickPickRows(): Promise<string[]> {
    const rows = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    const n = await rows.count();
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const label = (await rows.nth(i).getAttribute('aria-label')) ?? (await rows.nth(i).innerText());
      out.push(label.replace(/\u00a0/g, ' '));
    }
    return out;
  }

  /** Runs a command from the palette by its title (as shown, e.g. "Status Codes: Look Up…"): clicks its row. */
  async runCommand(title: string): Promise<void> {
    await this.palette(title);
    await (await this.quickPickRow(title)).click();
  }

  /** The first row of the open quick input that shows `text`, once it is visible. */
  async quickPickRow(text: string, timeoutMs = 10_000): Promise<Locator> {
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: text }).first();
    await row.waitFor({ state: 'visible', timeout: timeoutMs });
    return row;
  }

  /** Types into the open quick input (e.g. a quick pick the extension showed). */
  async typeInQuickInput(text: string): Promise<string[]> {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(text);
    return this.settledQuickPickRows();
  }

  /** Clicks an activity bar entry (e.g. "Status Codes") and returns the side bar. */
  async openActivity(title: string): Promise<Locator> {
    const item = this.page.locator(`.activitybar .action-item .action-label[aria-label^="${title}"]`).first();
    await item.waitFor({ state: 'visible', timeout: 15_000 });
    const sidebar = this.page.locator('.part.sidebar');
    const header = sidebar.locator('.composite.title h2', { hasText: title });
    if (!(await header.isVisible())) await item.click();
    await header.waitFor({ state: 'visible', timeout: 15_000 });
    return sidebar;
  }

  /** Rows of the tree/list views shown in the side bar (waits up to waitMs for the first one: views fill in after activation). */
  async sidebarRows(waitMs = 10_000): Promise<string[]> {
    const rows = this.page.locator('.part.sidebar .monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: waitMs }).catch(() => undefined);
    const n = await rows.count();
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(((await rows.nth(i).getAttribute('aria-label')) ?? (await rows.nth(i).innerText())).replace(/\u00a0/g, ' '));
    return out;
  }

  /**
   * The content frame of the newest webview: VS Code nests it, outer iframe.webview
   * then inner iframe#active-frame.
   */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready >> nth=-1').frameLocator('iframe#active-frame');
  }

  /** Texts of notifications: toasts and the notification centre (headless code-server may show only the latter). */
  async notifications(): Promise<string[]> {
    const toasts = await this.page.locator('.notifications-toasts .notification-list-item').allInnerTexts();
    if (toasts.length) return toasts;
    await this.runCommand('Notifications: Show Notifications');
    const items = this.page.locator('.notifications-center .notification-list-item');
    await items.first().waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
    const texts = await items.allInnerTexts();
    await this.page.keyboard.press('Escape');
    return texts;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
