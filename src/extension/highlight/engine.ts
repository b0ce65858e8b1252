// The regex engine of the highlighter. This default is shiki's JavaScript engine: no wasm, builds
// with a plain esbuild config. When scripts/build.mjs uses scripts/lib/highlighter-plugin.mjs, the plugin swaps
// this module for engine-oniguruma.ts (about 3x faster to compile the grammars).
import type { RegexEngine } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

export const ENGINE_NAME = 'javascript';

export function createEngine(): Promise<RegexEngine> {
  // `forgiving`: a pattern the JS engine cannot express is skipped, never thrown.
  return Promise.resolve(createJavaScriptRegexEngine({ forgiving: true }));
}
