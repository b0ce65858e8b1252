// Completions of status codes and named status constants, where the detection sees a status
// context (src/core/complete.ts decides; this file only turns its items into VS Code's).
import vscode = require('vscode');
import { completionsAt, type CompletionEntry } from '../core/complete';
import { KNOWN_LANGUAGES } from '../core/detect/index';
import { lookup } from '../core/registry';
import { getSettings } from './config';
import { detectContext, detectLanguage } from './cursor';
import { codeDocumentation } from './hover';
import { classLabel, protocolLabel } from './labels';
import { COMPLETION_TRIGGERS } from './contributions';
import { host } from './host';


/** An item that remembers its entry, so that its documentation is built only when shown. */
class StatusCompletionItem extends vscode.CompletionItem {
  constructor(readonly entry: CompletionEntry, range: { inserting: vscode.Range; replacing: vscode.Range }) {
    super(entry.label, entry.kind === 'constant' ? vscode.CompletionItemKind.Constant : vscode.CompletionItemKind.Value);
    this.insertText = entry.insertText;
    this.filterText = entry.filterText;
    this.sortText = entry.sortText;
    this.range = range;
    this.detail = detailOf(entry);
    if (entry.deprecated || entry.obsolete) this.tags = [vscode.CompletionItemTag.Deprecated];
  }
}

/** `HTTP · 4xx Client Error` for a code; `HTTP 404 Not Found` for a constant (and what replaces a deprecated one). */
function detailOf(e: CompletionEntry): string {
  const protocol = protocolLabel(e.protocol);
  if (e.kind === 'code') {
    const vendor = e.resolved?.entry.vendor ? ` · ${e.resolved.entry.vendor}` : '';
    return `${protocol} · ${e.resolved ? classLabel(e.resolved.codeClass) : e.code}${vendor}`;
  }
  const head = `${protocol} ${e.code}${e.resolved ? ` ${e.resolved.entry.phrase}` : ''}`;
  if (!e.deprecated) return head;
  return `${head} · ${e.deprecated.replacement ? vscode.l10n.t('deprecated, use {0}', e.deprecated.replacement) : vscode.l10n.t('deprecated')}`;
}

class StatusCodeCompletionProvider implements vscode.CompletionItemProvider<StatusCompletionItem> {
  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.CompletionList<StatusCompletionItem> | undefined {
    if (token.isCancellationRequested) return undefined;
    const settings = getSettings();
    if (!settings.completionsEnabled) return undefined;
    const line = document.lineAt(position.line).text;
    const result = completionsAt(line, position.character, detectLanguage(document), { ...detectContext(document, position.line), protocols: settings.hoverProtocols });
    if (!result || token.isCancellationRequested) return undefined;
    const n = position.line;
    const range = { inserting: new vscode.Range(n, result.start, n, position.character), replacing: new vscode.Range(n, result.start, n, Math.max(result.end, position.character)) };
    return new vscode.CompletionList(result.items.map((e) => new StatusCompletionItem(e, range)), result.incomplete);
  }

  resolveCompletionItem(item: StatusCompletionItem): StatusCompletionItem {
    const e = item.entry;
    const doc = codeDocumentation(lookup(e.protocol, e.code));
    if (!doc) return item;
    if (e.deprecated) {
      const warning = e.deprecated.replacement
        ? vscode.l10n.t('{0} is deprecated; use {1}.', `\`${e.label}\``, `\`${e.deprecated.replacement}\``)
        : vscode.l10n.t('{0} is deprecated and has no replacement.', `\`${e.label}\``);
      item.documentation = new vscode.MarkdownString(`$(warning) ${warning}\n\n${doc.value}`, true);
      return item;
    }
    item.documentation = doc;
    return item;
  }
}

export function registerCompletions(context: vscode.ExtensionContext): void {
  const selector: vscode.DocumentSelector = KNOWN_LANGUAGES.map((language) => ({ language }));
  context.subscriptions.push(host().languages.registerCompletionItemProvider(selector, new StatusCodeCompletionProvider(), ...COMPLETION_TRIGGERS));
}
