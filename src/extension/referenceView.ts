// The sidebar reference: protocol -> class -> code, with a filter.
import * as vscode from 'vscode';
import { classesOf, list, search } from '../core/registry';
import { PROTOCOLS, type CodeClass, type Protocol, type ResolvedCode } from '../core/types';
import { COMMANDS } from './commands';
import { classLabel, protocolLabel, registryText, statusLabel } from './labels';
import { registerCommand } from './log';
import { targetOf, type CodeTarget } from './target';
import { Disposable } from './util/dispose';

const VIEW_ID = 'statusCodes.reference';
const FILTERED_CONTEXT = 'statusCodes.reference.filtered';

type Node =
  | { kind: 'protocol'; protocol: Protocol }
  | { kind: 'class'; protocol: Protocol; cls: CodeClass }
  | { kind: 'code'; resolved: ResolvedCode; target: CodeTarget };

export class ReferenceTreeProvider extends Disposable implements vscode.TreeDataProvider<Node> {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  private filterText = '';
  /** protocol -> class digit -> codes; all codes when unfiltered. */
  private matches: Map<Protocol, Map<number, ResolvedCode[]>> | undefined;

  get filter(): string {
    return this.filterText;
  }

  setFilter(text: string): number {
    this.filterText = text.trim();
    this.matches = undefined;
    let count = 0;
    if (this.filterText) {
      this.matches = new Map();
      // An enhanced code matched by words stands for each class it is used with (4.3.1 and 5.3.1).
      const concrete = /^[245]\.\d+\.\d+$/.test(this.filterText);
      const enhancedByEntry = new Map<string, ResolvedCode[]>();
      for (const x of list('smtp-enhanced')) enhancedByEntry.set(x.entry.id, [...(enhancedByEntry.get(x.entry.id) ?? []), x]);
      for (const r of search(this.filterText)) {
        const items = r.protocol === 'smtp-enhanced' && !concrete ? (enhancedByEntry.get(r.entry.id) ?? [r]) : [r];
        for (const item of items) {
          const byClass = this.matches.get(item.protocol) ?? new Map<number, ResolvedCode[]>();
          const bucket = byClass.get(item.codeClass.digit) ?? [];
          if (!bucket.some((b) => b.code === item.code && b.entry.id === item.entry.id)) {
            bucket.push(item);
            count++;
          }
          byClass.set(item.codeClass.digit, bucket);
          this.matches.set(item.protocol, byClass);
        }
      }
    }
    this.changed.fire();
    return count;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return PROTOCOLS.filter((p) => !this.matches || this.matches.has(p)).map((protocol) => ({ kind: 'protocol', protocol }));
    }
    if (node.kind === 'protocol') {
      return classesOf(node.protocol)
        .filter((cls) => !this.matches || this.matches.get(node.protocol)?.has(cls.digit))
        .map((cls) => ({ kind: 'class', protocol: node.protocol, cls }));
    }
    if (node.kind === 'class') {
      const codes = this.matches ? (this.matches.get(node.protocol)?.get(node.cls.digit) ?? []) : list(node.protocol, node.cls.digit);
      return codes.map((resolved) => ({ kind: 'code', resolved, target: targetOf(resolved) }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const expanded = this.matches ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    if (node.kind === 'protocol') {
      const item = new vscode.TreeItem(protocolLabel(node.protocol), this.matches ? expanded : vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${this.filterText}|${node.protocol}`;
      item.contextValue = 'protocol';
      return item;
    }
    if (node.kind === 'class') {
      const item = new vscode.TreeItem(classLabel(node.cls), expanded);
      item.id = `${this.filterText}|${node.protocol}|${node.cls.digit}`;
      item.contextValue = 'class';
      return item;
    }
    const r = node.resolved;
    const e = r.entry;
    const item = new vscode.TreeItem(r.code, vscode.TreeItemCollapsibleState.None);
    item.id = `${this.filterText}|${e.id}|${r.code}`;
    item.description = e.vendor ? `${e.phrase} · ${e.vendor}` : e.phrase;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${protocolLabel(r.protocol)} ${r.code} ${e.phrase}**`);
    tooltip.appendText(`\n\n${registryText(e.description)}\n\n`);
    tooltip.appendText(`${classLabel(r.codeClass)} · ${statusLabel(e.status)}${e.vendor ? ` · ${e.vendor}` : ''}`);
    item.tooltip = tooltip;
    // `code.http.notSent` (nginx 444, 499) matches no menu that inserts, or copies a response or curl line.
    item.contextValue = e.wire ? 'code.http.notSent' : `code.${r.protocol}`;
    item.iconPath = new vscode.ThemeIcon(e.status === 'vendor' ? 'organization' : e.status === 'obsolete' || e.status === 'unused' || e.status === 'deprecated' ? 'circle-slash' : 'symbol-constant');
    item.command = { command: COMMANDS.showResponse, title: vscode.l10n.t('Show response'), arguments: [node.target] };
    item.accessibilityInformation = { label: `${protocolLabel(r.protocol)} ${r.code} ${e.phrase}` };
    return item;
  }
}

export function registerReferenceView(context: vscode.ExtensionContext): ReferenceTreeProvider {
  const provider = new ReferenceTreeProvider();
  context.subscriptions.push(provider);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const applyFilter = (text: string): void => {
    const count = provider.setFilter(text);
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, provider.filter !== '');
    view.message = provider.filter
      ? count === 0
        ? vscode.l10n.t('No code matches "{0}".', provider.filter)
        : count === 1
          ? vscode.l10n.t('Filter "{0}": 1 code', provider.filter)
          : vscode.l10n.t('Filter "{0}": {1} codes', provider.filter, count)
      : undefined;
  };
  context.subscriptions.push(
    view,
    registerCommand('statusCodes.reference.filter', async (text?: unknown) => {
      const value =
        typeof text === 'string'
          ? text
          : await vscode.window.showInputBox({
              title: vscode.l10n.t('Filter Status Codes'),
              prompt: vscode.l10n.t('A code, a name or words of its meaning (e.g. 404, teapot, 5.1.1, storage)'),
              value: provider.filter,
            });
      if (value === undefined) return;
      applyFilter(value.slice(0, 200));
    }),
    registerCommand('statusCodes.reference.clearFilter', () => applyFilter('')),
  );
  return provider;
}
