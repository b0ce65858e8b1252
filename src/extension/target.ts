// The code a command acts on, as passed by hover links, tree items and the webview:
// validated here, because any of them may hand over something malformed.
import { lookup } from '../core/registry';
import { PROTOCOLS, type Protocol, type ResolvedCode } from '../core/types';

export interface CodeTarget {
  protocol: Protocol;
  /** Concrete code: `404`, `452`, `5.1.1`. */
  code: string;
  /** Entry id, to pick one meaning where vendors clash (`http:499@nginx`). */
  id?: string;
}

export function isCodeTarget(value: unknown): value is CodeTarget {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.protocol === 'string' &&
    (PROTOCOLS as readonly string[]).includes(v.protocol) &&
    typeof v.code === 'string' &&
    v.code.length <= 16 &&
    (v.id === undefined || (typeof v.id === 'string' && v.id.length <= 64))
  );
}

/** Resolves a target to one registry meaning, or undefined when it names none. */
export function resolveTarget(value: unknown): ResolvedCode | undefined {
  // Tree items carry their target in `target`.
  const candidate = typeof value === 'object' && value !== null && 'target' in value ? (value as { target: unknown }).target : value;
  if (!isCodeTarget(candidate)) return undefined;
  const res = lookup(candidate.protocol, candidate.code);
  if (res.kind !== 'found') return undefined;
  return (candidate.id && res.matches.find((m) => m.entry.id === candidate.id)) || res.matches[0];
}

export function targetOf(r: ResolvedCode): CodeTarget {
  return { protocol: r.protocol, code: r.code, id: r.entry.id };
}
