// Code actions on any status code: "Show response for HTTP 404", and the conversions between a
// number and the constant of a table the file already uses (`404` <-> `HTTPStatus.NOT_FOUND`).
import vscode = require('vscode');
import { KNOWN_LANGUAGES } from '../core/detect/index';
import { conversionsFor, tablesInUse, type TableUse } from '../core/inline';
import { lookup } from '../core/registry';
import { httpStatusOf } from '../core/render/body';
import { COMMANDS } from './commands';
import { CODE_ACTION_KINDS } from './contributions';
import { findingAt, hintsFor, detectLanguage, linesOf } from './cursor';
import { codeTitle } from './labels';
import { targetOf } from './target';
import type { WorkspaceVersions } from './workspaceVersions';
import { host } from './host';


/** The tables a document uses, read once per version. */
const usesCache = new WeakMap<vscode.TextDocument, { version: number; uses: TableUse[] }>();

function usesOf(document: vscode.TextDocument): TableUse[] {
  const cached = usesCache.get(document);
  if (cached?.version === document.version) return cached.uses;
  const uses = tablesInUse(linesOf(document), detectLanguage(document), hintsFor(document));
  usesCache.set(document, { version: document.version, uses });
  return uses;
}

class StatusCodeActions implements vscode.CodeActionProvider {
  constructor(private readonly versions: WorkspaceVersions) {}

  /** Conversions rewrite code: under refactor.rewrite, so `editor.action.refactor` lists them too. */
  readonly convertKind = vscode.CodeActionKind.Empty.append(CODE_ACTION_KINDS.convert);
  /** Opening the response view changes no code. */
  readonly showKind = vscode.CodeActionKind.Empty.append(CODE_ACTION_KINDS.show);
  /** Inserting the snippet that sends the code, at this line. */
  readonly insertKind = vscode.CodeActionKind.Empty.append(CODE_ACTION_KINDS.insert);
  readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [this.showKind, this.insertKind, this.convertKind] };

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    if (token.isCancellationRequested || !range.isSingleLine) return [];
    const only = context.only;
    const { showKind: SHOW_KIND, convertKind: CONVERT_KIND } = this;
    const finding = findingAt(document, range.start);
    if (!finding) return [];
    const actions: vscode.CodeAction[] = [];
    const res = lookup(finding.protocol, finding.code);
    if (res.kind === 'found' && (!only || only.contains(SHOW_KIND) || SHOW_KIND.contains(only))) {
      const r = res.matches[0]!;
      const show = new vscode.CodeAction(vscode.l10n.t('Show response for {0}', codeTitle(r)), SHOW_KIND);
      show.command = { title: show.title, command: COMMANDS.showResponse, arguments: [targetOf(r)] };
      actions.push(show);
    }
    const INSERT_KIND = this.insertKind;
    if (res.kind === 'found' && (!only || only.contains(INSERT_KIND) || INSERT_KIND.contains(only))) {
      // As the hover: an HTTP status some client receives, inserted at this line.
      const r = res.matches[0]!;
      if (r.protocol === 'http' && httpStatusOf(r) !== undefined && !r.entry.wire) {
        const insert = new vscode.CodeAction(vscode.l10n.t('Insert snippet for {0}', codeTitle(r)), INSERT_KIND);
        insert.command = { title: insert.title, command: COMMANDS.insertSnippet, arguments: [{ ...targetOf(r), at: { uri: document.uri.toString(), line: range.start.line } }] };
        actions.push(insert);
      }
    }
    if (!only || only.contains(CONVERT_KIND) || CONVERT_KIND.contains(only)) {
      const line = range.start.line;
      // A constant the pinned framework version has (`UNPROCESSABLE_CONTENT` only from Python 3.13).
      const versions = await this.versions.versionsFor(document.isUntitled ? undefined : document.uri.path).catch(() => ({}));
      if (token.isCancellationRequested) return [];
      for (const c of conversionsFor(finding, usesOf(document), versions)) {
        const written = document.lineAt(line).text.slice(c.start, c.end);
        const versions = c.since ? vscode.l10n.t('{0} and later', c.since) : c.until ? vscode.l10n.t('before {0}', c.until) : undefined;
        const title = versions ? vscode.l10n.t('Write {0} as {1} ({2})', written, c.text, versions) : vscode.l10n.t('Write {0} as {1}', written, c.text);
        const action = new vscode.CodeAction(title, CONVERT_KIND);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, new vscode.Range(line, c.start, line, c.end), c.text);
        actions.push(action);
      }
    }
    return actions;
  }
}

export function registerCodeActions(context: vscode.ExtensionContext, versions: WorkspaceVersions): void {
  const selector: vscode.DocumentSelector = KNOWN_LANGUAGES.map((language) => ({ language }));
  const provider = new StatusCodeActions(versions);
  context.subscriptions.push(host().languages.registerCodeActionsProvider(selector, provider, provider.metadata));
}
