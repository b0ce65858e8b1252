// The Oniguruma engine, with its wasm embedded as bytes by scripts/lib/highlighter-plugin.mjs (which also swaps
// this module in for engine.ts). Same regex semantics as VS Code's own TextMate highlighting.
import type { RegexEngine } from 'shiki/core';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import onigWasm from 'shiki/onig.wasm';

export const ENGINE_NAME = 'oniguruma';

export function createEngine(): Promise<RegexEngine> {
  return createOnigurumaEngine({ data: onigWasm });
}
