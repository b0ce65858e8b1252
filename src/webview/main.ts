// The response webview's client: framework tabs, Copy / Insert / related-code buttons, and the
// saved state (target + selected tab) that the host's serializer restores after a reload.
// It sends only *which* item to copy or insert; the host holds the text.
import {
  parseHostMessage,
  parseViewState,
  type ClientLabels,
  type CopyItem,
  type ResponseViewState,
  type CodeTarget,
  type HostToWebview,
  type WebviewToHost,
} from '../common/messages';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: ResponseViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const body = document.body;
/** The plain blocks whose colours were asked for and have not come yet (each is asked for once per page). */
const asked = new Set<number>();
// When this page's script first ran (an update in place sets it again): scripts/bench-paint.mjs
// splits a paint's time into the host's part, the way to the webview, and the webview's own.
body.dataset.receivedAt = String(Date.now());

/** The one way this page talks to the host. */
function post(message: WebviewToHost): void {
  vscode.postMessage(message);
}

function readJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

const initial = parseViewState(readJson(body.dataset.state));
const labels = (readJson(body.dataset.labels) ?? {}) as Partial<ClientLabels>;
// VS Code keeps getState() while the panel is hidden and recreates the page from its last HTML
// when shown again: the tab chosen since then is in the saved state, not in the HTML.
const saved = parseViewState(vscode.getState());
const sameCode = !!saved && !!initial && saved.target.protocol === initial.target.protocol && saved.target.code === initial.target.code && saved.target.id === initial.target.id;
let state: ResponseViewState | undefined = initial;
if (state) vscode.setState(state);

// ---- tabs (WAI-ARIA tabs pattern: arrows, Home, End) --------------------------------------

let tabs: HTMLButtonElement[] = [];

function selectTab(tab: HTMLButtonElement, focus: boolean): void {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    const panel = document.getElementById(t.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !on;
  }
  if (focus) tab.focus();
  askColours();
  const framework = tab.dataset.framework;
  if (framework && state) {
    state = { ...state, tab: framework };
    vscode.setState(state);
    post({ type: 'selectTab', framework });
  }
}

/** Binds the tabs of the page's <main> (again after an update in place). */
function bindTabs(): void {
  tabs = Array.from(document.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  for (const tab of tabs) {
    tab.addEventListener('click', () => selectTab(tab, false));
    tab.addEventListener('keydown', (e) => {
      const i = tabs.indexOf(tab);
      const next =
        e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length] : e.key === 'Home' ? tabs[0] : e.key === 'End' ? tabs[tabs.length - 1] : undefined;
      if (next) {
        e.preventDefault();
        selectTab(next, true);
      }
    });
  }
}

bindTabs();
const restored = sameCode && saved?.tab ? tabs.find((t) => t.dataset.framework === saved.tab) : undefined;
if (restored && restored.getAttribute('aria-selected') !== 'true') selectTab(restored, false);

// ---- buttons ----------------------------------------------------------------------------

let nextRequest = 1;
const pending = new Map<number, { button: HTMLButtonElement; done: string }>();
const live = document.querySelector<HTMLElement>('.toast');

function flash(button: HTMLButtonElement, text: string, ok: boolean): void {
  const original = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = original;
  button.textContent = text;
  button.classList.toggle('done', ok);
  button.classList.toggle('failed', !ok);
  if (live) live.textContent = text;
  window.setTimeout(() => {
    button.textContent = original;
    button.classList.remove('done', 'failed');
  }, 1500);
}

document.addEventListener('click', (e) => {
  const button = (e.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
  if (!button) return;
  const { action, item, framework, protocol, code, id, mock } = button.dataset;
  if (action === 'copy' && item) {
    const request = nextRequest++;
    pending.set(request, { button, done: labels.copied ?? 'Copied' });
    post(framework ? { type: 'copy', item: item as CopyItem, framework, request } : { type: 'copy', item: item as CopyItem, request });
  } else if (action === 'insert' && framework) {
    const request = nextRequest++;
    pending.set(request, { button, done: labels.inserted ?? 'Inserted' });
    post({ type: 'insert', framework, request });
  } else if (action === 'mock' && (mock === 'startHttp' || mock === 'testSmtp')) {
    post({ type: 'mock', action: mock });
  } else if (action === 'open' && protocol && code) {
    e.preventDefault();
    post({ type: 'open', target: id ? { protocol: protocol as CodeTarget['protocol'], code, id } : { protocol: protocol as CodeTarget['protocol'], code } });
  }
});

// The mouse's back and forward buttons walk the codes this view showed, as in a browser.
window.addEventListener('mouseup', (e: MouseEvent) => {
  if (e.button !== 3 && e.button !== 4) return;
  e.preventDefault();
  post({ type: 'navigate', direction: e.button === 3 ? 'back' : 'forward' });
});

window.addEventListener('message', (e: MessageEvent) => {
  const msg = parseHostMessage(e.data);
  if (!msg) return;
  if (msg.type === 'highlight') return colour(msg);
  if (msg.type === 'page') return replacePage(msg);
  const p = pending.get(msg.request);
  if (!p) return;
  pending.delete(msg.request);
  flash(p.button, msg.ok ? p.done : (labels.failed ?? 'Failed'), msg.ok);
});

// ---- colours that come after the first paint --------------------------------------------

/** Fills in the blocks this page showed plain (the hidden tabs' snippets) and their token classes. */
function colour(msg: Extract<HostToWebview, { type: 'highlight' }>): void {
  if (String(msg.page) !== body.dataset.page) return;
  // The page's own <style> carries the nonce; rules added through the CSSOM need no inline style.
  const sheet = document.querySelector<HTMLStyleElement>('head style[data-tokens]')?.sheet;
  for (const rule of msg.css) {
    try {
      sheet?.insertRule(rule, sheet.cssRules.length);
    } catch {
      // A rule the browser rejects only leaves its tokens uncoloured.
    }
  }
  for (const b of msg.blocks) {
    asked.delete(b.block);
    for (const pre of document.querySelectorAll<HTMLElement>(`pre.code[data-block="${b.block}"][data-pending]`)) {
      const code = pre.querySelector('code');
      if (!code) continue;
      // The host's highlighter output: escaped text in <span class="tN"> (the CSP runs no script in it).
      code.innerHTML = b.html;
      delete pre.dataset.pending;
    }
  }
  if (!document.querySelector('pre.code[data-pending]')) delete body.dataset.pending;
}

/** Asks the host for the colours of the plain blocks on screen (a hidden tab's are asked for when it is shown). */
function askColours(): void {
  const page = Number(body.dataset.page);
  if (!Number.isSafeInteger(page) || body.dataset.pending !== 'true') return;
  const blocks = new Set<number>();
  for (const pre of document.querySelectorAll<HTMLElement>('pre.code[data-pending]')) {
    const block = Number(pre.dataset.block);
    if (Number.isSafeInteger(block) && !asked.has(block) && !pre.closest('[hidden]')) blocks.add(block);
  }
  if (!blocks.size) return;
  for (const b of blocks) asked.add(b);
  post({ type: 'ready', page, blocks: [...blocks] });
}

/** Another code's page in place of this one: its <main>, <body> data, title and token classes. */
function replacePage(msg: Extract<HostToWebview, { type: 'page' }>): void {
  const main = document.querySelector<HTMLElement>('main.page');
  const sheet = document.querySelector<HTMLStyleElement>('head style[data-tokens]')?.sheet;
  if (!main) return;
  if (sheet) {
    while (sheet.cssRules.length) sheet.deleteRule(0);
    for (const rule of msg.css) {
      try {
        sheet.insertRule(rule, sheet.cssRules.length);
      } catch {
        // A rule the browser rejects only leaves its tokens uncoloured.
      }
    }
  }
  const receivedAt = String(Date.now());
  for (const key of Object.keys(body.dataset)) if (key !== 'labels') delete body.dataset[key];
  Object.assign(body.dataset, msg.attrs);
  body.dataset.receivedAt = receivedAt;
  document.title = msg.title;
  // The host's own page (escaped text, highlighter spans, buttons): the CSP runs no script in it.
  main.innerHTML = msg.main;
  state = parseViewState(readJson(body.dataset.state));
  if (state) vscode.setState(state);
  bindTabs();
  window.scrollTo(0, 0);
  pageLoaded();
}

/** Tells the host this page listens, asks for the colours it showed plain, and marks its first highlighted paint. */
function pageLoaded(): void {
  const page = Number(body.dataset.page);
  if (!Number.isSafeInteger(page)) return;
  post({ type: 'loaded', page });
  // The blocks on screen shown plain are coloured by the host once this page is listening (also when
  // VS Code loads the page again after it was hidden); a hidden tab's when it is shown.
  asked.clear();
  askColours();
  // When the page is first on screen (the frame after this ran has been painted), the host is told:
  // it moves the focus and retitles the view only then. With highlighted code, the time goes on
  // <body> for scripts/bench-paint.mjs, which times a command to this moment.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (body.dataset.highlighted === 'true') body.dataset.paintedAt = String(Date.now());
      post({ type: 'painted', page });
    }),
  );
}

pageLoaded();
