// The code a command acts on, as passed by hover links, tree items and the webview: validated by
// the one parser the webview messages use too (src/common/messages.ts), since any of them may hand
// over something malformed.
import { lookup } from '../core/registry';
import type { ResolvedCode } from '../core/types';
import { parseCodeTarget, type CodeTarget } from '../common/messages';

export type { CodeTarget };

/** Resolves a target to one registry meaning, or undefined when it names none. */
export function resolveTarget(value: unknown): ResolvedCode | undefined {
  // Tree items carry their target in `target`.
  const candidate = typeof value === 'object' && value !== null && 'target' in value ? (value as { target: unknown }).target : value;
  const target = parseCodeTarget(candidate);
  if (!target) return undefined;
  const res = lookup(target.protocol, target.code);
  if (res.kind !== 'found') return undefined;
  return (target.id && res.matches.find((m) => m.entry.id === target.id)) || res.matches[0];
}

export function targetOf(r: ResolvedCode): CodeTarget {
  return { protocol: r.protocol, code: r.code, id: r.entry.id };
}
