// The quick pick over the whole registry: filterable by number, name and description,
// grouped with separators by protocol and class.
import * as vscode from 'vscode';
import { classesOf, list } from '../core/registry';
import { PROTOCOLS, type ResolvedCode } from '../core/types';
import { classLabel, protocolLabel, statusLabel } from './labels';

export interface CodePickItem extends vscode.QuickPickItem {
  resolved?: ResolvedCode;
}

let cached: CodePickItem[] | undefined;

/** Items for every code, built once (the registry does not change while running). */
export function codePickItems(): CodePickItem[] {
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
          detail: e.description,
          resolved: r,
        });
      }
    }
  }
  cached = items;
  return items;
}

/** Asks for a code; undefined when the user cancels. */
export async function pickCode(title: string): Promise<ResolvedCode | undefined> {
  const picked = await vscode.window.showQuickPick(codePickItems(), {
    title,
    placeHolder: vscode.l10n.t('Type a code, a name or words of its meaning (e.g. 404, teapot, 5.1.1, storage)'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.resolved;
}
