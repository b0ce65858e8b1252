// Hover on status codes in code: numbers in status contexts, named constants, SMTP codes in logs.
import * as vscode from 'vscode';
import { detectAt, documentHints, effectiveLanguage, KNOWN_LANGUAGES, type DetectHints, type Finding } from '../core/detect/index';
import { lookup } from '../core/registry';
import { httpStatusOf } from '../core/render/body';
import type { LookupResult, ResolvedCode } from '../core/types';
import { COMMANDS, HOVER_COMMANDS } from './commands';
import { getSettings } from './config';
import { classLabel, protocolLabel, registryText, statusLabel } from './labels';
import { targetOf } from './target';


function commandLink(label: string, command: string, arg: unknown): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify([arg]))})`;
}

/** Escapes what Markdown would read as markup in a name or description. */
const md = (s: string): string => s.replace(/[\\`*_[\]<>|]/g, '\\$&');

function heading(r: ResolvedCode): string {
  const vendor = r.entry.vendor ? ` · ${md(r.entry.vendor)}` : '';
  return `**${protocolLabel(r.protocol)} ${md(r.code)} ${md(r.entry.phrase)}**${vendor} · ${md(classLabel(r.codeClass))}`;
}

function describe(r: ResolvedCode): string[] {
  const e = r.entry;
  const lines = [heading(r), '', md(registryText(e.description))];
  const facts: string[] = [];
  if (e.status !== 'permanent' && e.status !== 'standard') facts.push(md(statusLabel(e.status)));
  if (e.aliases?.length) facts.push(vscode.l10n.t('also known as {0}', e.aliases.map(md).join(', ')));
  if (facts.length) lines.push('', `*${facts.join(' · ')}*`);
  if (e.note) lines.push('', md(registryText(e.note)));
  lines.push('', `${vscode.l10n.t('Spec')}: [${md(e.spec.title)}](${e.spec.url})`);
  const target = targetOf(r);
  const links = [commandLink(vscode.l10n.t('Show response'), COMMANDS.showResponse, target)];
  if (httpStatusOf(r) !== undefined) {
    links.push(commandLink(vscode.l10n.t('Insert snippet'), COMMANDS.insertSnippet, target), commandLink(vscode.l10n.t('Copy curl'), COMMANDS.copyCurl, target));
  }
  if (r.protocol !== 'http') links.push(commandLink(vscode.l10n.t('Copy SMTP reply'), COMMANDS.copySmtpReply, target));
  lines.push('', links.join(' · '));
  return lines;
}

/** The hover text for one finding; undefined when there is nothing to say. */
function hoverMarkdown(finding: Finding, result: LookupResult): vscode.MarkdownString | undefined {
  const parts: string[] = [];
  if (finding.constant?.deprecated) {
    parts.push(`$(warning) ${vscode.l10n.t('{0} is deprecated; use {1}.', `\`${finding.constant.name}\``, `\`${finding.constant.deprecated}\``)}`, '');
  } else if (finding.constant?.obsolete) {
    parts.push(`$(warning) ${vscode.l10n.t('{0} is deprecated and has no replacement.', `\`${finding.constant.name}\``)}`, '');
  }
  if (result.kind === 'found') {
    result.matches.forEach((m, i) => {
      if (i > 0) parts.push('', '---', '');
      parts.push(...describe(m));
    });
  } else if (result.kind === 'unassigned') {
    parts.push(`**${protocolLabel(result.protocol)} ${md(result.code)}** · ${md(classLabel(result.codeClass))}`, '', vscode.l10n.t('This code is unassigned.'));
    if (result.suggestions.length) {
      parts.push('', vscode.l10n.t('Did you mean:'));
      for (const s of result.suggestions) {
        parts.push(`- ${commandLink(`${protocolLabel(s.protocol)} ${md(s.code)} ${md(s.entry.phrase)}`, COMMANDS.showResponse, targetOf(s))}${s.entry.vendor ? ` (${md(s.entry.vendor)})` : ''}`);
      }
    }
  } else {
    return undefined;
  }
  const markdown = new vscode.MarkdownString(parts.join('\n'), true);
  // Links may run the extension's own commands, and nothing else.
  markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  return markdown;
}

/** Hints read from a document's head (its imports: mail code? which constant tables?). */
const HINTS_BYTES = 65536;

class StatusCodeHoverProvider implements vscode.HoverProvider {
  private readonly hints = new WeakMap<vscode.TextDocument, { version: number; hints: DetectHints }>();

  private hintsFor(document: vscode.TextDocument): DetectHints {
    const cached = this.hints.get(document);
    if (cached && cached.version === document.version) return cached.hints;
    // Only the head is read, so a huge or minified file costs no more than a small one.
    const head = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(HINTS_BYTES)));
    // The path too: a file under go-smtp/ is mail code, one under a web framework's tree web code (as the CLI).
    const hints = documentHints(head, document.isUntitled ? undefined : document.uri.path);
    this.hints.set(document, { version: document.version, hints });
    return hints;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const settings = getSettings();
    if (!settings.hoverEnabled || token.isCancellationRequested) return undefined;
    const line = document.lineAt(position.line).text;
    const finding = detectAt(line, position.character, effectiveLanguage(document.languageId, document.isUntitled ? undefined : document.uri.path), {
      protocols: settings.hoverProtocols,
      hints: this.hintsFor(document),
      context: { line: position.line, lineAt: (n) => (n >= 0 && n < document.lineCount ? document.lineAt(n).text : undefined) },
    });
    if (!finding) return undefined;
    const markdown = hoverMarkdown(finding, lookup(finding.protocol, finding.code));
    if (!markdown) return undefined;
    return new vscode.Hover(markdown, new vscode.Range(position.line, finding.start, position.line, finding.end));
  }
}

export function registerHover(context: vscode.ExtensionContext): void {
  const selector: vscode.DocumentSelector = KNOWN_LANGUAGES.map((language) => ({ language }));
  context.subscriptions.push(vscode.languages.registerHoverProvider(selector, new StatusCodeHoverProvider()));
}
