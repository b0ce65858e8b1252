// The quick pick over the whole registry. Empty, it lists every code grouped by protocol and class;
// typed into, it shows the core's ranked search (src/core/search.ts, the one the CLI and the
// sidebar use) in the core's order, not the quick pick's own fuzzy sort.
import vscode = require('vscode');
import { classesOf, list, type UnassignedAnswer } from '../core/registry';
import { searchCodes } from '../core/search';
import { PROTOCOLS, type ResolvedCode } from '../core/types';
import { classLabel, protocolLabel, registryText, statusLabel } from './labels';

interface CodePickItem extends vscode.QuickPickItem {
  resolved?: ResolvedCode;
}

/** The quick pick's `sortByLabel` (in VS Code's QuickPick since 1.66; typed only from @types/vscode 1.9x's proposal). */
type SortableQuickPick<T extends vscode.QuickPickItem> = vscode.QuickPick<T> & { sortByLabel?: boolean };

function codeItem(r: ResolvedCode): CodePickItem {
  const e = r.entry;
  return {
    label: `${r.code} ${e.phrase}`,
    description: [protocolLabel(r.protocol), e.vendor, e.status !== 'permanent' && e.status !== 'standard' && e.status !== 'vendor' ? statusLabel(e.status) : undefined, ...(e.aliases ?? [])]
      .filter(Boolean)
      .join(' · '),
    detail: registryText(e.description),
    resolved: r,
  };
}

let cached: CodePickItem[] | undefined;

/** Items for every code, built once (the registry does not change while running). */
function codePickItems(): CodePickItem[] {
  if (cached) return cached;
  const items: CodePickItem[] = [];
  for (const protocol of PROTOCOLS) {
    for (const cls of classesOf(protocol)) {
      items.push({ kind: vscode.QuickPickItemKind.Separator, label: `${protocolLabel(protocol)} · ${classLabel(cls)}` });
      for (const r of list(protocol, cls.digit)) items.push(codeItem(r));
    }
  }
  cached = items;
  return items;
}

/** The line saying a code is unassigned; the codes it may mean follow it. */
function unassignedItem(u: UnassignedAnswer): CodePickItem {
  return {
    label: `$(info) ${u.code} ${vscode.l10n.t('Unassigned')}`,
    description: protocolLabel(u.protocol),
    detail: u.suggestions.length
      ? vscode.l10n.t('{0} {1} is not assigned. Did you mean one of these?', protocolLabel(u.protocol), u.code)
      : vscode.l10n.t('{0} {1} is not assigned.', protocolLabel(u.protocol), u.code),
  };
}

/** The rows for what the user typed, in the core's order; every row is shown whatever VS Code's filter thinks. */
function searchItems(value: string): CodePickItem[] {
  const { hits, unassigned } = searchCodes(value);
  const notes = unassigned.map(unassignedItem);
  const items: CodePickItem[] = [];
  hits.forEach((h, i) => {
    if (h.match === 'suggestion' && hits[i - 1]?.match !== 'suggestion') items.push(...notes.splice(0));
    items.push(codeItem(h.resolved));
  });
  items.push(...notes);
  if (!items.length) {
    items.push({
      label: `$(search-stop) ${vscode.l10n.t('No status code matches "{0}"', value.trim())}`,
      detail: vscode.l10n.t('Try a code (404, 5.1.1), a class (4xx), a constant (HttpStatus.NOT_FOUND) or words of its meaning.'),
    });
  }
  for (const item of items) item.alwaysShow = true;
  return items;
}

/** The row Enter acts on: the active one when it names a code, else the first that does. */
function firstActionable(items: readonly CodePickItem[], from = 0): CodePickItem | undefined {
  return items.slice(from).find((i) => i.resolved) ?? items.find((i) => i.resolved);
}

/** Asks for a code; undefined when the user cancels. `value`: what the box starts with (the cursor's unassigned code). */
export function pickCode(title: string, value?: string): Promise<ResolvedCode | undefined> {
  const qp = vscode.window.createQuickPick<CodePickItem>() as SortableQuickPick<CodePickItem>;
  qp.title = title;
  qp.placeholder = vscode.l10n.t('Type a code, a name, a constant or words of its meaning (e.g. 404, teapot, 5.1.1, HttpStatus.NOT_FOUND)');
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  // The core ranks; VS Code's sort by label would put 5.1.10 before 5.1.1.
  qp.sortByLabel = false;
  const base = codePickItems();
  /** The value the shown rows were computed for. */
  let shownFor = '';
  const update = (text: string): void => {
    shownFor = text;
    if (!text.trim()) {
      if (qp.items !== base) qp.items = base;
      return;
    }
    const items = searchItems(text);
    qp.items = items;
    const first = firstActionable(items);
    if (first) qp.activeItems = [first];
  };
  return new Promise((resolve) => {
    let picked: ResolvedCode | undefined;
    const disposables = [
      qp.onDidChangeValue(update),
      qp.onDidAccept(() => {
        // Enter before the rows for the latest keystroke arrived: act on what that value finds first.
        if (qp.value !== shownFor && qp.value.trim()) {
          picked = firstActionable(searchItems(qp.value))?.resolved;
          if (picked) qp.hide();
          return;
        }
        const item = qp.activeItems[0] ?? qp.selectedItems[0];
        if (item?.resolved) {
          picked = item.resolved;
          qp.hide();
          return;
        }
        // An information row ("452 Unassigned"): Enter moves to the first code after it.
        const items = qp.items;
        const next = item ? firstActionable(items, items.indexOf(item) + 1) : firstActionable(items);
        if (next) qp.activeItems = [next];
      }),
      qp.onDidHide(() => {
        disposables.forEach((d) => d.dispose());
        qp.dispose();
        resolve(picked);
      }),
    ];
    qp.items = base;
    if (value) {
      qp.value = value;
      update(value);
    }
    qp.show();
  });
}
