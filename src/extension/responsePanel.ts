// The response webview: one panel per code (showing a code again reveals its panel), highlighted
// with shiki. Shiki lives in dist/highlighter.js, required on the first render, never at activation.
// The page is built on the host (highlight/responsePage.ts); the webview only switches tabs and
// asks the host to copy, insert or open things, by name (src/shared/messages.ts).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeReport, type CodeReport } from '../core/render/report';
import type { Protocol, ResolvedCode } from '../core/types';
import { parseViewState, parseWebviewMessage, RESPONSE_VIEW_TYPE, type HostToWebview, type WebviewToHost } from '../shared/messages';
import { getSettings, onDidChangeSettings } from './config';
import type * as HighlighterModule from './highlight/highlighter';
import { codeBlocksOf, highlightAhead, newNonce, pickTab, renderPage, type CodeHighlight, type PageLabels, type RelatedLink } from './highlight/responsePage';
import { insertSnippetBody, targetEditor } from './insert';
import { classLabel, protocolLabel, registryText, statusLabel, unsupportedLabel } from './labels';
import { defaultFramework } from './projectFramework';
import { resolveTarget, targetOf } from './target';

export interface ResponsePanels {
  /** Opens (or reveals) the panel of a code. */
  show(r: ResolvedCode): void;
}

interface OpenPanel {
  panel: vscode.WebviewPanel;
  r: ResolvedCode;
  /** The report the page shows; copy and insert take their text from here, never from the webview. */
  report?: CodeReport;
  /** The selected framework tab. */
  tab?: string;
  /** Bumped per render; a slower older render does not overwrite a newer one. */
  generation: number;
}

type HighlighterApi = typeof HighlighterModule;

/** How long a first render waits for colours before showing the page plain meanwhile. */
const PLAIN_AFTER_MS = 300;

function panelKey(r: ResolvedCode): string {
  return `${r.entry.id}|${r.code}`;
}

function panelTitle(r: ResolvedCode): string {
  return r.protocol === 'http' ? `${r.code} ${r.entry.phrase}` : `${protocolLabel(r.protocol)} ${r.code} ${r.entry.phrase}`;
}

function pageLabels(r: ResolvedCode): PageLabels {
  return {
    protocol: protocolLabel(r.protocol),
    codeClass: classLabel(r.codeClass),
    status: statusLabel(r.entry.status),
    vendor: vscode.l10n.t('Defined by this vendor'),
    specification: vscode.l10n.t('Specification'),
    errorKey: vscode.l10n.t('Error key'),
    aliases: vscode.l10n.t('Also known as'),
    note: vscode.l10n.t('Note:'),
    registryText: vscode.l10n.t('Registry text'),
    basicCodes: vscode.l10n.t('Basic reply codes'),
    source: vscode.l10n.t('Source:'),
    related: vscode.l10n.t('Related codes'),
    httpResponse: vscode.l10n.t('HTTP response'),
    curl: vscode.l10n.t('Test with curl'),
    curlHint: vscode.l10n.t('The echo service at the base URL (setting statusCodes.curl.baseUrl) answers with this status.'),
    smtpReply: vscode.l10n.t('SMTP reply'),
    smtpReplyMultiline: vscode.l10n.t('Multi-line SMTP reply'),
    snippets: vscode.l10n.t('Return {0} {1} from a framework', r.code, r.entry.phrase),
    frameworks: vscode.l10n.t('Frameworks'),
    copy: vscode.l10n.t('Copy'),
    insert: vscode.l10n.t('Insert'),
    insertTitle: vscode.l10n.t('Insert into the editor at the cursor'),
    unsupported: vscode.l10n.t('Not available:'),
    constant: vscode.l10n.t("The framework's named constant for this status"),
    copied: vscode.l10n.t('Copied'),
    inserted: vscode.l10n.t('Inserted'),
    failed: vscode.l10n.t('Failed'),
  };
}

export function registerResponsePanel(context: vscode.ExtensionContext): ResponsePanels {
  const open = new Map<string, OpenPanel>();
  const webviewRoot = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview');
  let channel: vscode.LogOutputChannel | undefined;
  const logError = (message: string): void => {
    if (!channel) {
      channel = vscode.window.createOutputChannel(vscode.l10n.t('Status Codes: Response Panel'), { log: true });
      context.subscriptions.push(channel);
    }
    channel.error(message);
  };
  const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

  let highlighter: Promise<HighlighterModule.Highlighter | undefined> | undefined;
  /** Requires and loads shiki once; undefined (code shown plain) if that fails. */
  function loadHighlighter(): Promise<HighlighterModule.Highlighter | undefined> {
    highlighter ??= (async () => {
      try {
        // A plain require of a separate bundle: esbuild leaves it alone, so shiki stays out of extension.js.
        const mod = require(path.join(context.extensionPath, 'dist', 'highlighter.js')) as HighlighterApi;
        return await mod.loadHighlighter();
      } catch (e) {
        logError(`Syntax highlighting is unavailable: ${describe(e)}`);
        return undefined;
      }
    })();
    return highlighter;
  }

  function webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, enableFindWidget: true, localResourceRoots: [webviewRoot] };
  }

  /** Languages whose grammars have been used once (compiled): their pages highlight at once. */
  const warmLanguages = new Set<string>();

  async function render(p: OpenPanel): Promise<void> {
    const generation = ++p.generation;
    const stale = (): boolean => generation !== p.generation || open.get(panelKey(p.r)) !== p;
    const settings = getSettings();
    let report: CodeReport;
    try {
      report = codeReport(p.r, { bodyStyle: settings.bodyStyle, curlBase: settings.curlBaseUrl });
    } catch (e) {
      // A curl base the renderer rejects (config.ts validates it; this is a safety net).
      report = codeReport(p.r, { bodyStyle: settings.bodyStyle });
      logError(`Rendering ${p.r.entry.id} with the default curl base: ${describe(e)}`);
    }
    // The core speaks English: its texts are put in the user's language here.
    report.description = registryText(report.description);
    if (report.note) report.note = registryText(report.note);
    for (const s of Object.values(report.snippets)) {
      if ('unsupported' in s) s.unsupported = unsupportedLabel(s.reason, s.label, s.range, p.r);
    }
    if (!p.tab) {
      const preferred = await defaultFramework(vscode.window.activeTextEditor?.document.languageId).catch(() => undefined);
      if (stale()) return;
      p.tab = pickTab(report, [p.tab, preferred]);
    } else {
      p.tab = pickTab(report, [p.tab]);
    }
    p.report = report;
    const related: RelatedLink[] = report.related.flatMap((x) => {
      const target = { protocol: x.protocol as Protocol, code: x.code, id: x.id };
      return resolveTarget(target) ? [{ target, protocol: protocolLabel(target.protocol), code: x.code, phrase: x.phrase }] : [];
    });
    const webview = p.panel.webview;
    const page = (highlighter?: CodeHighlight): string =>
      renderPage({
        report,
        labels: pageLabels(p.r),
        related,
        state: { target: targetOf(p.r), ...(p.tab ? { tab: p.tab } : {}) },
        highlighter,
        cspSource: webview.cspSource,
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot, 'main.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot, 'style.css')).toString(),
        nonce: newNonce(),
        language: vscode.env.language,
      });
    const blocks = codeBlocksOf(report);
    const cold = blocks.some((b) => !warmLanguages.has(b.language));
    const colouring = (async (): Promise<CodeHighlight | undefined> => {
      const hl = await loadHighlighter();
      if (!hl || stale()) return undefined;
      return cold ? highlightAhead(hl.session(), blocks, undefined, stale) : hl.session();
    })().catch((e: unknown) => {
      logError(`Highlighting ${p.r.entry.id} failed: ${describe(e)}`);
      return undefined;
    });
    let shown = false;
    if (cold) {
      // Loading shiki or compiling a grammar the first time takes a moment: if it takes longer
      // than a blink, show the page plain meanwhile (then coloured), rather than a blank panel.
      const first = await Promise.race([colouring.then(() => 'done' as const), new Promise<'slow'>((r) => setTimeout(() => r('slow'), PLAIN_AFTER_MS))]);
      if (first === 'slow' && !stale()) {
        webview.html = page();
        shown = true;
      }
    }
    const coloured = await colouring;
    if (stale()) return;
    if (coloured) for (const b of blocks) warmLanguages.add(b.language);
    if (coloured || !shown) webview.html = page(coloured);
  }

  async function handle(p: OpenPanel, msg: WebviewToHost): Promise<void> {
    const ack = (request: number, ok: boolean): void => {
      const reply: HostToWebview = { type: 'ack', request, ok };
      void p.panel.webview.postMessage(reply);
    };
    const report = p.report;
    switch (msg.type) {
      case 'ready':
        return;
      case 'copy': {
        let text: string | undefined;
        if (msg.item === 'snippet') {
          const s = msg.framework !== undefined && report && Object.hasOwn(report.snippets, msg.framework) ? report.snippets[msg.framework] : undefined;
          text = s && 'code' in s ? s.code : undefined;
        } else {
          text = report?.[msg.item];
        }
        if (text === undefined) return ack(msg.request, false);
        await vscode.env.clipboard.writeText(text);
        return ack(msg.request, true);
      }
      case 'insert': {
        const s = report && Object.hasOwn(report.snippets, msg.framework) ? report.snippets[msg.framework] : undefined;
        if (!s || !('snippet' in s)) return ack(msg.request, false);
        const editor = targetEditor();
        if (!editor) return ack(msg.request, false);
        const ok = await insertSnippetBody(s.snippet, editor);
        if (ok) await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
        return ack(msg.request, ok);
      }
      case 'open': {
        // Only the related codes the page lists, resolved again against the registry.
        const r = resolveTarget(msg.target);
        if (r && report?.related.some((x) => x.id === r.entry.id)) show(r);
        return;
      }
      case 'selectTab':
        if (report && Object.hasOwn(report.snippets, msg.framework)) p.tab = msg.framework;
        return;
    }
  }

  function adopt(panel: vscode.WebviewPanel, r: ResolvedCode, tab?: string): void {
    const p: OpenPanel = { panel, r, tab, generation: 0 };
    const key = panelKey(r);
    open.set(key, p);
    panel.title = panelTitle(r);
    panel.iconPath = {
      light: vscode.Uri.joinPath(context.extensionUri, 'media', 'response-light.svg'),
      dark: vscode.Uri.joinPath(context.extensionUri, 'media', 'response-dark.svg'),
    };
    panel.onDidDispose(() => {
      if (open.get(key) === p) open.delete(key);
    });
    panel.webview.onDidReceiveMessage((raw: unknown) => {
      const msg = parseWebviewMessage(raw);
      if (!msg) return;
      handle(p, msg).catch((e: unknown) => logError(`Webview request ${msg.type} failed: ${describe(e)}`));
    });
    void render(p).catch((e: unknown) => logError(`Rendering ${r.entry.id} failed: ${describe(e)}`));
  }

  function show(r: ResolvedCode): void {
    const existing = open.get(panelKey(r));
    if (existing) {
      existing.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(RESPONSE_VIEW_TYPE, panelTitle(r), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, webviewOptions());
    adopt(panel, r);
  }

  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(RESPONSE_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const saved = parseViewState(state);
        const r = saved ? resolveTarget(saved.target) : undefined;
        if (!r || open.has(panelKey(r))) {
          // Nothing to restore (the registry changed), or that code is already shown.
          panel.dispose();
          return;
        }
        panel.webview.options = webviewOptions();
        adopt(panel, r, saved?.tab);
      },
    }),
    onDidChangeSettings(() => {
      for (const p of open.values()) void render(p);
    }),
  );

  return { show };
}
