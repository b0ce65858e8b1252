// The sidebar reference: protocol -> class -> code, with a filter that narrows it as you type
// (the core's search, the one the CLI and Look Up use) and an "IANA only" toggle hiding vendor codes.
import vscode = require('vscode');
import { classesOf, list } from '../core/registry';
import { search } from '../core/search';
import { PROTOCOLS, type CodeClass, type Protocol, type ResolvedCode } from '../core/types';
import { COMMANDS } from './commands';
import { classLabel, protocolLabel, registryText, statusLabel } from './labels';
import { REFERENCE_VIEW } from './contributions';
import { registerCommand } from './log';
import { targetOf, type CodeTarget } from './target';
import { Disposable } from './util/dispose';
import { host } from './host';

const VIEW_ID = REFERENCE_VIEW;
const FILTERED_CONTEXT = 'statusCodes.reference.filtered';
const IANA_ONLY_CONTEXT = 'statusCodes.reference.ianaOnly';
/** Where the toggle is kept between sessions. */
const IANA_ONLY_STATE = 'statusCodes.reference.ianaOnly';

type Node =
  | { kind: 'protocol'; protocol: Protocol }
  | { kind: 'class'; protocol: Protocol; cls: CodeClass }
  | { kind: 'code'; resolved: ResolvedCode; target: CodeTarget };

export class ReferenceTreeProvider extends Disposable implements vscode.TreeDataProvider<Node> {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  private filterText = '';
  private vendorHidden = false;
  /** protocol -> class digit -> codes; undefined when unfiltered. */
  private matches: Map<Protocol, Map<number, ResolvedCode[]>> | undefined;
  /**
   * What the user expanded or collapsed in the unfiltered tree (node id -> expanded): a filtered
   * tree has other ids and opens every match, and clearing the filter brings this state back.
   */
  private readonly expansion = new Map<string, boolean>();

  get filter(): string {
    return this.filterText;
  }

  get ianaOnly(): boolean {
    return this.vendorHidden;
  }

  /** Filters by what the user typed; returns how many codes are shown. */
  setFilter(text: string): number {
    this.filterText = text.trim().slice(0, 200);
    return this.refresh();
  }

  /** Hides (or shows again) the codes only one vendor defines; returns how many codes are shown. */
  setIanaOnly(on: boolean): number {
    this.vendorHidden = on;
    return this.refresh();
  }

  /** Remembers an unfiltered node's expansion (from the view's expand and collapse events). */
  noteExpansion(node: Node, expanded: boolean): void {
    if (!this.filterText && node.kind !== 'code') this.expansion.set(this.idOf(node), expanded);
  }

  /** How many codes the tree shows now. */
  count(): number {
    if (this.matches) return [...this.matches.values()].reduce((n, byClass) => n + [...byClass.values()].reduce((m, codes) => m + codes.length, 0), 0);
    return PROTOCOLS.reduce((n, p) => n + this.codesOf(p).length, 0);
  }

  private refresh(): number {
    this.matches = undefined;
    if (this.filterText) {
      this.matches = new Map();
      for (const r of search(this.filterText, { vendor: !this.vendorHidden })) {
        const byClass = this.matches.get(r.protocol) ?? new Map<number, ResolvedCode[]>();
        byClass.set(r.codeClass.digit, [...(byClass.get(r.codeClass.digit) ?? []), r]);
        this.matches.set(r.protocol, byClass);
      }
    }
    this.changed.fire();
    return this.count();
  }

  /** The unfiltered codes of a protocol (of one class), without vendor codes when they are hidden. */
  private codesOf(protocol: Protocol, digit?: number): ResolvedCode[] {
    const codes = list(protocol, digit);
    // "IANA only" keeps the codes of a registry or an RFC: no vendor codes, no non-standard FTP codes.
    return this.vendorHidden ? codes.filter((r) => r.entry.status !== 'vendor' && r.entry.status !== 'nonstandard') : codes;
  }

  private idOf(node: Node): string {
    switch (node.kind) {
      case 'protocol':
        return `${this.filterText}|${node.protocol}`;
      case 'class':
        return `${this.filterText}|${node.protocol}|${node.cls.digit}`;
      case 'code':
        return `${this.filterText}|${node.resolved.entry.id}|${node.resolved.code}`;
    }
  }

  private collapsible(node: Node, expandedByDefault: boolean): vscode.TreeItemCollapsibleState {
    const expanded = this.matches ? true : (this.expansion.get(this.idOf(node)) ?? expandedByDefault);
    return expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return PROTOCOLS.filter((p) => (this.matches ? this.matches.has(p) : this.codesOf(p).length > 0)).map((protocol) => ({ kind: 'protocol', protocol }));
    }
    if (node.kind === 'protocol') {
      return classesOf(node.protocol)
        .filter((cls) => (this.matches ? this.matches.get(node.protocol)?.has(cls.digit) : this.codesOf(node.protocol, cls.digit).length > 0))
        .map((cls) => ({ kind: 'class', protocol: node.protocol, cls }));
    }
    if (node.kind === 'class') {
      const codes = this.matches ? (this.matches.get(node.protocol)?.get(node.cls.digit) ?? []) : this.codesOf(node.protocol, node.cls.digit);
      return codes.map((resolved) => ({ kind: 'code', resolved, target: targetOf(resolved) }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'protocol') {
      const item = new vscode.TreeItem(protocolLabel(node.protocol), this.collapsible(node, true));
      item.id = this.idOf(node);
      item.contextValue = 'protocol';
      return item;
    }
    if (node.kind === 'class') {
      const item = new vscode.TreeItem(classLabel(node.cls), this.collapsible(node, false));
      item.id = this.idOf(node);
      item.contextValue = 'class';
      return item;
    }
    const r = node.resolved;
    const e = r.entry;
    const item = new vscode.TreeItem(r.code, vscode.TreeItemCollapsibleState.None);
    item.id = this.idOf(node);
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
  const view = host().window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  /** What the view says above the tree: the filter and how many codes it leaves. */
  const describe = (count: number): string | undefined => {
    const hidden = provider.ianaOnly ? ` ${vscode.l10n.t('(vendor codes hidden)')}` : '';
    if (!provider.filter) return provider.ianaOnly ? vscode.l10n.t('IANA and RFC codes only: vendor codes are hidden.') : undefined;
    if (count === 0) return vscode.l10n.t('No code matches "{0}".', provider.filter) + hidden;
    return (count === 1 ? vscode.l10n.t('Filter "{0}": 1 code', provider.filter) : vscode.l10n.t('Filter "{0}": {1} codes', provider.filter, count)) + hidden;
  };
  const show = (count: number): string | undefined => {
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, provider.filter !== '');
    void vscode.commands.executeCommand('setContext', IANA_ONLY_CONTEXT, provider.ianaOnly);
    view.message = describe(count);
    return view.message;
  };
  const applyFilter = (text: string): string | undefined => show(provider.setFilter(text));
  const setIanaOnly = (on: boolean): void => {
    show(provider.setIanaOnly(on));
    void context.globalState.update(IANA_ONLY_STATE, on);
  };
  if (context.globalState.get<boolean>(IANA_ONLY_STATE) === true) provider.setIanaOnly(true);
  // No filter yet, so the message needs no count (counting walks the whole registry; the first
  // hover may be what loaded the features).
  show(0);

  /** The filter box: the tree follows every keystroke; Escape or Enter leave the filter as typed. */
  const filterAsYouType = (): void => {
    const input = vscode.window.createInputBox();
    input.title = vscode.l10n.t('Filter Status Codes');
    input.placeholder = vscode.l10n.t('A code, a name or words of its meaning (e.g. 404, teapot, 5.1.1, storage)');
    input.value = provider.filter;
    input.prompt = describe(provider.count());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const disposables = [
      input.onDidChangeValue((value) => {
        if (timer) clearTimeout(timer);
        // A short pause, so that a fast typist does not rebuild the tree for every letter.
        timer = setTimeout(() => {
          timer = undefined;
          input.prompt = applyFilter(value) ?? '';
        }, 60);
      }),
      input.onDidAccept(() => input.hide()),
      input.onDidHide(() => {
        if (timer) {
          clearTimeout(timer);
          applyFilter(input.value);
        }
        disposables.forEach((d) => d.dispose());
        input.dispose();
      }),
    ];
    input.show();
  };

  context.subscriptions.push(
    view,
    view.onDidExpandElement((e) => provider.noteExpansion(e.element, true)),
    view.onDidCollapseElement((e) => provider.noteExpansion(e.element, false)),
    registerCommand('statusCodes.reference.filter', (text?: unknown) => {
      if (typeof text === 'string') applyFilter(text);
      else filterAsYouType();
    }),
    registerCommand('statusCodes.reference.clearFilter', () => applyFilter('')),
    registerCommand('statusCodes.reference.ianaOnly', () => setIanaOnly(true)),
    registerCommand('statusCodes.reference.showVendorCodes', () => setIanaOnly(false)),
  );
  return provider;
}
