// The one place the extension gets the highlighter bundle from. This is the Node build's: it
// requires dist/highlighter.js at the first render, a separate bundle that esbuild leaves alone,
// so shiki stays out of extension.js and activation never loads it.
//
// A browser build (the extension host in a web worker: no `require` of a file path, no node:path,
// no file read) replaces this module with one that has the same export, by an esbuild onResolve
// plugin for './load' (as scripts/lib/highlighter-plugin.mjs rewrites grammars) or `alias`:
//   export const loadHighlighterModule = (_extensionPath: string) => import('./highlighter');
// esbuild then bundles the highlighter in and evaluates it only at that call (with `splitting`
// and `format: 'esm'`, it becomes a chunk the worker fetches then). The highlighter needs nothing
// else: its engine is plain JavaScript over precompiled grammars (engine.ts), no wasm.
import * as path from 'node:path';
import type * as HighlighterModule from './highlighter';

export type { HighlighterModule };

export function loadHighlighterModule(extensionPath: string): Promise<typeof HighlighterModule> {
  return Promise.resolve().then(() => require(path.join(extensionPath, 'dist', 'highlighter.js')) as typeof HighlighterModule);
}
