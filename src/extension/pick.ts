// The quick pick over the whole registry: filterable by number, name and description,
// grouped with separators by protocol and class.
import * as vscode from 'vscode';
import { classesOf, list, lookup } from '../core/registry';
import { PROTOCOLS, type ResolvedCode } from '../core/types';
import { classLabel, protocolLabel, registryText, statusLabel } from './labels';

interface CodePickItem extends vscode.QuickPickItem {
  resolved?: ResolvedCode;
}

let cached: CodePickItem[] | undefined;

/** Items for every code, built once (the registry does not change while running). */
function codePickItems(): CodePickItem[] {
  if (cached) return cached;
  const items: CodePickItem[] = [];
  for (const protocol of PROTOCOLS) {
    for (const cls of classesOf(protocol)) {
      items.push({ kind: vscode.QuickPickItemKind.Separator, label: `${protocolLabel(protocol)} · ${classLabel(cls)}` });
      for (const r of list(protocol, cls.digit)) {
        const e = r.entry;
        items.push({
          label: `${r.code} ${e.phrase}`,
          description: [protocolLabel(protocol), e.vendor, e.status !== 'permanent' && e.status !== 'standard' && e.status !== 'vendor' ? statusLabel(e.status) : undefined, ...(e.aliases ?? [])]
            .filter(Boolean)
            .join(' · '),
          detail: registryText(e.description),
          resolved: r,
        });
      }
    }
  }
  cached = items;
  return items;
}

/**
 * Items for what the user typed when it is a well-formed but unassigned HTTP code (452): a row
 * saying so, then what they may mean (SMTP 452, HTTP 507), shown whatever the filter.
 */
function unassignedItems(value: string): CodePickItem[] {
  const code = value.trim();
  if (!/^\d{3}$/.test(code)) return [];
  const res = lookup('http', code);
  if (res.kind !== 'unassigned') return [];
  return [
    {
      // Labelled with the code, so that it sorts with the codes that match what was typed.
      label: `${code} ${vscode.l10n.t('Unassigned')}`,
      description: protocolLabel('http'),
      detail: `$(info) ${vscode.l10n.t('HTTP {0} is not in the IANA registry. Did you mean one of these?', code)}`,
      alwaysShow: true,
    },
    ...res.suggestions.map((r) => ({
      label: `${r.code} ${r.entry.phrase}`,
      description: [protocolLabel(r.protocol), r.entry.vendor].filter(Boolean).join(' · '),
      detail: registryText(r.entry.description),
      alwaysShow: true,
      resolved: r,
    })),
  ];
}

/** Asks for a code; undefined when the user cancels. */
export function pickCode(title: string): Promise<ResolvedCode | undefined> {
  const qp = vscode.window.createQuickPick<CodePickItem>();
  qp.title = title;
  qp.placeholder = vscode.l10n.t('Type a code, a name or words of its meaning (e.g. 404, teapot, 5.1.1, storage)');
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  const base = codePickItems();
  qp.items = base;
  return new Promise((resolve) => {
    let picked: ResolvedCode | undefined;
    const disposables = [
      qp.onDidChangeValue((value) => {
        const extra = unassignedItems(value);
        if (!extra.length) {
          if (qp.items !== base) qp.items = base;
          return;
        }
        // The suggestions lead; the same codes are not listed twice.
        const shown = new Set(extra.map((i) => i.resolved && `${i.resolved.entry.id}|${i.resolved.code}`));
        qp.items = [...extra, ...base.filter((i) => !i.resolved || !shown.has(`${i.resolved.entry.id}|${i.resolved.code}`))];
      }),
      qp.onDidAccept(() => {
        const item = qp.selectedItems[0];
        // The "is unassigned" line is information, not a choice.
        if (item && !item.resolved) return;
        picked = item?.resolved;
        qp.hide();
      }),
      qp.onDidHide(() => {
        disposables.forEach((d) => d.dispose());
        qp.dispose();
        resolve(picked);
      }),
    ];
    qp.show();
  });
}
