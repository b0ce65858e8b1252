// The palette commands. Each accepts an optional target (from hover links, the sidebar or the
// webview); without one it acts on the code under the cursor (`204`, `HttpStatus.NO_CONTENT`) at
// once, and asks for a code only when there is none.
import vscode = require('vscode');
import { closeFrame, renderFtpReply, renderGrpcTrailers, renderGrpcurl } from '../core/render/protocols';
import { httpStatusOf } from '../core/render/body';
import { renderCurl, renderRawResponse, renderSmtpReply, textOf, type Rendered } from '../core/render/response';
import { FRAMEWORKS, frameworkById, renderSnippet, type SnippetResult } from '../core/snippets/index';
import type { ResolvedCode } from '../core/types';
import { getSettings } from './config';
import { codeAtCursor } from './cursor';
import { editorAt, insertSnippetInto, parseInsertAt, targetEditor } from './insert';
import { codeTitle, notSentLabel, registryText, unsupportedLabel } from './labels';
import { registerCommand } from './log';
import { pickCode } from './pick';
import { frameworkFor } from './projectFramework';
import type { ResponsePanels } from './responsePanelManager';
import { resolveTarget, targetOf } from './target';

export const COMMANDS = {
  lookup: 'statusCodes.lookup',
  insertSnippet: 'statusCodes.insertSnippet',
  showResponse: 'statusCodes.showResponse',
  copyCurl: 'statusCodes.copyCurl',
  copyRawResponse: 'statusCodes.copyRawResponse',
  copySmtpReply: 'statusCodes.copySmtpReply',
  copyCode: 'statusCodes.copyCode',
} as const;

/** Commands that hover links may run (the hover trusts only these). */
export const HOVER_COMMANDS: readonly string[] = [COMMANDS.insertSnippet, COMMANDS.showResponse, COMMANDS.copyCurl, COMMANDS.copySmtpReply];

/** What hover links add to their target, so that the hover closes once its link has run. */
export const FROM_HOVER = { via: 'hover' } as const;

function fromHover(arg: unknown): boolean {
  return typeof arg === 'object' && arg !== null && (arg as { via?: unknown }).via === FROM_HOVER.via;
}

/**
 * The target given as argument, else the code under the cursor of `editor`, else one the user
 * picks (starting from the cursor's code when nobody assigns it: 452 lists SMTP 452).
 * A malformed argument is reported, not guessed.
 */
async function targetOrPick(arg: unknown, pickTitle: string, editor = vscode.window.activeTextEditor): Promise<ResolvedCode | undefined> {
  if (arg !== undefined && arg !== null) {
    // A hover stays open over what the command shows or copies unless it is told to close.
    if (fromHover(arg)) void vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
    const r = resolveTarget(arg);
    if (!r) void vscode.window.showErrorMessage(vscode.l10n.t('Status Codes: that is not a known status code.'));
    return r;
  }
  const atCursor = codeAtCursor(editor);
  if (atCursor?.kind === 'found') return atCursor.resolved;
  return pickCode(pickTitle, atCursor?.code);
}

async function copy(text: string, what: string): Promise<void> {
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Copied {0}', what), 3000);
}

/** Copies a rendering, or says why there is none (an SMTP enhanced code has no HTTP response). */
async function copyRendered(r: ResolvedCode, result: Rendered, what: string): Promise<void> {
  if (result.ok) return copy(result.text, what);
  void vscode.window.showInformationMessage(
    result.reason === 'not-sent' && r.entry.wire
      ? notSentLabel(r.entry.wire.kind, r)
      : result.reason === 'not-http'
      ? vscode.l10n.t('{0} is not an HTTP status; it has no HTTP response or curl line.', codeTitle(r))
      : result.reason === 'not-smtp'
        ? vscode.l10n.t('{0} is not an SMTP code; it has no SMTP reply.', codeTitle(r))
        : result.reason === 'not-sent'
          ? vscode.l10n.t('{0} is never sent on the wire.', codeTitle(r))
          : result.reason === 'not-protocol' || result.reason === 'too-long'
            ? vscode.l10n.t('{0} has no such form.', codeTitle(r))
            : vscode.l10n.t('The setting statusCodes.curl.baseUrl is not a valid http(s) URL.'),
  );
}

interface FrameworkItem extends vscode.QuickPickItem {
  result: SnippetResult;
}

async function pickFramework(r: ResolvedCode, document: vscode.TextDocument): Promise<SnippetResult | undefined> {
  const { id: preferred, certain } = await frameworkFor(document);
  const style = getSettings().bodyStyle;
  // The setting or the file's imports name the framework: no need to ask, when it can send the code.
  const chosen = certain && preferred ? frameworkById(preferred) : undefined;
  if (chosen) {
    const s = renderSnippet(r, chosen, { style });
    if (s.ok) return s;
  }
  const results = FRAMEWORKS.map((f) => renderSnippet(r, f, { style }));
  results.sort((a, b) => Number(b.framework.id === preferred) - Number(a.framework.id === preferred));
  const items: FrameworkItem[] = results.map((s) => ({
    label: s.framework.label,
    description: s.ok ? (s.constant ?? String(s.status)) + (s.framework.id === preferred ? ` · ${vscode.l10n.t('default')}` : '') : vscode.l10n.t('cannot send this code'),
    detail: s.ok ? undefined : unsupportedLabel(s.reason, s.framework, r),
    result: s,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Insert snippet for {0}: choose a framework', codeTitle(r)), matchOnDescription: true });
  return picked?.result;
}

async function insertSnippet(arg: unknown, panels: ResponsePanels): Promise<void> {
  // From a hover or a code action: that document, at that line. No editor, nothing to insert
  // into: say so before asking anything.
  const at = parseInsertAt(arg);
  const editor = at ? await editorAt(at) : await targetEditor();
  if (!editor) return;
  const r = await targetOrPick(arg, vscode.l10n.t('Insert Status Code Snippet: choose a code'), editor);
  if (!r) return;
  if (httpStatusOf(r) === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not an HTTP status; no framework sends it.', codeTitle(r)));
    return;
  }
  const fwId = typeof arg === 'object' && arg !== null && typeof (arg as { framework?: unknown }).framework === 'string' ? (arg as { framework: string }).framework : undefined;
  const framework = fwId ? frameworkById(fwId) : undefined;
  const s = framework ? renderSnippet(r, framework, { style: getSettings().bodyStyle }) : await pickFramework(r, editor.document);
  if (!s) return;
  if (!s.ok) {
    void vscode.window.showWarningMessage(unsupportedLabel(s.reason, s.framework, r), vscode.l10n.t('Show Response')).then((choice) => {
      if (choice) panels.show(r);
    });
    return;
  }
  await insertSnippetInto(editor, s, at ? new vscode.Position(Math.min(at.line, editor.document.lineCount - 1), 0) : undefined);
}

interface ActionItem extends vscode.QuickPickItem {
  run: () => unknown;
}

/** Look Up's actions for a gRPC, WebSocket or FTP code: its own forms to copy. */
function protocolActions(r: ResolvedCode): ActionItem[] {
  const item = (icon: string, label: string, rendered: Rendered, what: string): ActionItem => ({ label: `$(${icon}) ${label}`, description: textOf(rendered)?.split('\n')[0], run: () => copyRendered(r, rendered, what) });
  if (r.protocol === 'grpc') {
    const call = renderGrpcurl(r);
    return [
      item('copy', vscode.l10n.t('Copy status trailers'), renderGrpcTrailers(r), vscode.l10n.t('status trailers')),
      item('terminal', vscode.l10n.t('Copy grpcurl line'), call.ok ? { ok: true, text: call.command } : call, vscode.l10n.t('grpcurl line')),
    ];
  }
  if (r.protocol === 'websocket') {
    const frame = closeFrame(r);
    return [item('copy', vscode.l10n.t('Copy Close frame (hex)'), frame.ok ? { ok: true, text: frame.frame.hex } : frame, vscode.l10n.t('Close frame'))];
  }
  if (r.protocol === 'ftp') return [item('copy', vscode.l10n.t('Copy FTP reply'), renderFtpReply(r), vscode.l10n.t('FTP reply'))];
  return [];
}

async function lookupCommand(panels: ResponsePanels): Promise<void> {
  const r = await pickCode(vscode.l10n.t('Look Up Status Code'));
  if (!r) return;
  // A code no client receives (nginx 444, 499) has no response to copy, insert or request.
  const isHttp = httpStatusOf(r) !== undefined && !r.entry.wire;
  const settings = getSettings();
  const target = targetOf(r);
  const actions: ActionItem[] = [
    { label: `$(preview) ${vscode.l10n.t('Show response')}`, detail: registryText(r.entry.description), run: () => panels.show(r) },
    ...(isHttp ? [{ label: `$(insert) ${vscode.l10n.t('Insert snippet…')}`, run: () => insertSnippet(target, panels) }] : []),
    { label: `$(copy) ${vscode.l10n.t('Copy code')}`, description: r.code, run: () => copy(r.code, r.code) },
    ...(isHttp
      ? [
          { label: `$(copy) ${vscode.l10n.t('Copy raw response')}`, run: () => copyRendered(r, renderRawResponse(r, { style: settings.bodyStyle }), vscode.l10n.t('raw response')) },
          { label: `$(terminal) ${vscode.l10n.t('Copy curl line')}`, description: textOf(renderCurl(r, settings.curlBaseUrl)), run: () => copyRendered(r, renderCurl(r, settings.curlBaseUrl), vscode.l10n.t('curl line')) },
        ]
      : []),
    ...(r.protocol === 'smtp' || r.protocol === 'smtp-enhanced' ? [{ label: `$(mail) ${vscode.l10n.t('Copy SMTP reply')}`, description: textOf(renderSmtpReply(r)), run: () => copyRendered(r, renderSmtpReply(r), vscode.l10n.t('SMTP reply')) }] : []),
    ...protocolActions(r),
  ];
  const picked = await vscode.window.showQuickPick(actions, { title: codeTitle(r), placeHolder: vscode.l10n.t('What do you want to do with {0}?', r.code) });
  await picked?.run();
}

export function registerCommands(context: vscode.ExtensionContext, panels: ResponsePanels): void {
  const copyCommand = (id: string, pickTitle: () => string, render: (r: ResolvedCode) => Rendered, what: () => string) =>
    registerCommand(id, async (arg?: unknown) => {
      const r = await targetOrPick(arg, pickTitle());
      if (r) await copyRendered(r, render(r), what());
    });
  context.subscriptions.push(
    registerCommand(COMMANDS.lookup, () => lookupCommand(panels)),
    registerCommand(COMMANDS.insertSnippet, (arg?: unknown) => insertSnippet(arg, panels)),
    registerCommand(COMMANDS.showResponse, async (arg?: unknown) => {
      const r = await targetOrPick(arg, vscode.l10n.t('Show Raw Response: choose a code'));
      if (r) panels.show(r);
    }),
    copyCommand(COMMANDS.copyCurl, () => vscode.l10n.t('Copy curl Line: choose a code'), (r) => renderCurl(r, getSettings().curlBaseUrl), () => vscode.l10n.t('curl line')),
    copyCommand(COMMANDS.copyRawResponse, () => vscode.l10n.t('Copy Raw Response: choose a code'), (r) => renderRawResponse(r, { style: getSettings().bodyStyle }), () => vscode.l10n.t('raw response')),
    copyCommand(COMMANDS.copySmtpReply, () => vscode.l10n.t('Copy SMTP Reply: choose a code'), (r) => renderSmtpReply(r), () => vscode.l10n.t('SMTP reply')),
    copyCommand(COMMANDS.copyCode, () => vscode.l10n.t('Copy Code: choose a code'), (r) => ({ ok: true, text: r.code }), () => vscode.l10n.t('code')),
  );
}
