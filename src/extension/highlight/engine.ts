// The regex engine of the highlighter: shiki's JavaScript engine in its raw form, which runs the
// RegExp objects @shikijs/langs-precompiled built ahead of time (converted from Oniguruma by
// oniguruma-to-es when shiki was released), so nothing compiles at run time and no wasm is needed.
import type { RegexEngine } from 'shiki/core';
import { createJavaScriptRawEngine } from 'shiki/engine/javascript';

export const ENGINE_NAME = 'javascript-precompiled';

export function createEngine(): Promise<RegexEngine> {
  return Promise.resolve(createJavaScriptRawEngine());
}
