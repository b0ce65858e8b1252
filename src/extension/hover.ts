// Hover on status codes in code: numbers in status contexts, named constants, SMTP codes in logs.
import vscode = require('vscode');
import { KNOWN_LANGUAGES, type Finding } from '../core/detect/index';
import { lookup } from '../core/registry';
import { httpStatusOf } from '../core/render/body';
import type { LookupResult, ResolvedCode } from '../core/types';
import { COMMANDS, FROM_HOVER, HOVER_COMMANDS } from './commands';
import { getSettings } from './config';
import { findingAt } from './cursor';
import { classLabel, ftpGroupLabel, protocolLabel, registryText, statusLabel } from './labels';
import { ftpFunctionGroup } from '../core/classes';
import { targetOf, type CodeTarget } from './target';
import { host } from './host';
import type { InsertAt } from './insert';


/** A link that runs one of the extension's commands on a code, and closes the hover (FROM_HOVER). */
function commandLink(label: string, command: string, target: CodeTarget, extra: object = {}): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify([{ ...target, ...FROM_HOVER, ...extra }]))})`;
}


/** Escapes what Markdown would read as markup in a name or description. */
const md = (s: string): string => s.replace(/[\\`*_[\]<>|]/g, '\\$&');

function heading(r: ResolvedCode): string {
  const vendor = r.entry.vendor ? ` · ${md(r.entry.vendor)}` : '';
  return `**${protocolLabel(r.protocol)} ${md(r.code)} ${md(r.entry.phrase)}**${vendor} · ${md(classLabel(r.codeClass))}`;
}

/** What only a gRPC, WebSocket or FTP code has: the HTTP mapping both ways, the library, the wire, the group. */
function protocolFacts(r: ResolvedCode): string[] {
  const e = r.entry;
  const out: string[] = [];
  if (e.grpc) {
    const g = e.grpc;
    out.push('', `${vscode.l10n.t('HTTP mapping')}: **HTTP ${md(g.http.code)}** · \`${md(g.spellings.go)}\` · \`${md(g.spellings.python)}\``);
    if (g.fromHttp.length) out.push('', vscode.l10n.t('A client that got no grpc-status reads HTTP {0} as {1}.', g.fromHttp.join(', '), g.name));
    if (g.library === 'never') out.push('', md(vscode.l10n.t('The gRPC library never generates this code: if you see it, the application sent it.')));
  }
  if (e.websocket && !e.websocket.sentOnWire) out.push('', md(vscode.l10n.t('Never sent in a Close frame: a WebSocket library reports it to the application.')));
  const group = r.protocol === 'ftp' ? ftpFunctionGroup(r.code) : undefined;
  if (group) out.push('', `${vscode.l10n.t('Function group')}: ${md(ftpGroupLabel(group))}`);
  return out;
}

function describe(r: ResolvedCode, withLinks = true, place?: InsertAt): string[] {
  const e = r.entry;
  const lines = [heading(r), '', md(registryText(e.description))];
  const facts: string[] = [];
  if (e.status !== 'permanent' && e.status !== 'standard') facts.push(md(statusLabel(e.status)));
  if (e.aliases?.length) facts.push(vscode.l10n.t('also known as {0}', e.aliases.map(md).join(', ')));
  // Sentence case: the line starts with a capital whichever fact comes first.
  const factLine = facts.join(' · ');
  if (facts.length) lines.push('', `*${factLine.charAt(0).toUpperCase()}${factLine.slice(1)}*`);
  if (e.note) lines.push('', md(registryText(e.note)));
  lines.push(...protocolFacts(r));
  lines.push('', `${vscode.l10n.t('Spec')}: [${md(e.spec.title)}](${e.spec.url})`);
  if (!withLinks) return lines;
  const target = targetOf(r);
  const links = [commandLink(vscode.l10n.t('Show response'), COMMANDS.showResponse, target)];
  // HTTP actions only for an HTTP status some client receives: an SMTP code (in mail code or a
  // log) gets SMTP actions, and nginx 444 / 499 have no response to insert or request.
  if (r.protocol === 'http' && httpStatusOf(r) !== undefined && !r.entry.wire) {
    links.push(commandLink(vscode.l10n.t('Insert snippet'), COMMANDS.insertSnippet, target, place ? { at: place } : {}), commandLink(vscode.l10n.t('Copy curl'), COMMANDS.copyCurl, target));
  }
  if (r.protocol === 'smtp' || r.protocol === 'smtp-enhanced') links.push(commandLink(vscode.l10n.t('Copy SMTP reply'), COMMANDS.copySmtpReply, target));
  lines.push('', links.join(' · '));
  return lines;
}

/** The hover text for one finding; undefined when there is nothing to say. */
function hoverMarkdown(finding: Finding, result: LookupResult, place?: InsertAt): vscode.MarkdownString | undefined {
  const parts: string[] = [];
  if (finding.constant?.deprecated) {
    parts.push(`$(warning) ${vscode.l10n.t('{0} is deprecated; use {1}.', `\`${finding.constant.name}\``, `\`${finding.constant.deprecated}\``)}`, '');
  } else if (finding.constant?.obsolete) {
    parts.push(`$(warning) ${vscode.l10n.t('{0} is deprecated and has no replacement.', `\`${finding.constant.name}\``)}`, '');
  }
  if (result.kind === 'found') {
    result.matches.forEach((m, i) => {
      if (i > 0) parts.push('', '---', '');
      parts.push(...describe(m, true, place));
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

/** What the hover says of a code, without its command links: the documentation of a completion item. */
export function codeDocumentation(result: LookupResult): vscode.MarkdownString | undefined {
  let parts: string[];
  if (result.kind === 'found') parts = result.matches.flatMap((m, i) => [...(i > 0 ? ['', '---', ''] : []), ...describe(m, false)]);
  else if (result.kind === 'unassigned') parts = [`**${protocolLabel(result.protocol)} ${md(result.code)}** · ${md(classLabel(result.codeClass))}`, '', vscode.l10n.t('This code is unassigned.')];
  else return undefined;
  return new vscode.MarkdownString(parts.join('\n'), true);
}

class StatusCodeHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const settings = getSettings();
    if (!settings.hoverEnabled || token.isCancellationRequested) return undefined;
    const finding = findingAt(document, position, settings.hoverProtocols);
    if (!finding) return undefined;
    const markdown = hoverMarkdown(finding, lookup(finding.protocol, finding.code), { uri: document.uri.toString(), line: position.line });
    if (!markdown) return undefined;
    return new vscode.Hover(markdown, new vscode.Range(position.line, finding.start, position.line, finding.end));
  }
}

export function registerHover(context: vscode.ExtensionContext): void {
  const selector: vscode.DocumentSelector = KNOWN_LANGUAGES.map((language) => ({ language }));
  context.subscriptions.push(host().languages.registerHoverProvider(selector, new StatusCodeHoverProvider()));
}
