// How the node build gets the highlighter (nodeFeatures.ts passes it as the platform's loader): it
// requires dist/highlighter.js at the first render, a separate bundle that esbuild leaves alone,
// so shiki stays out of extension.js and features.js. The web build (browserMain.ts, a web worker:
// no `require` of a file path) passes `() => import('./highlighter')` instead, bundled in; the
// highlighter needs nothing else there: its engine is plain JavaScript over precompiled grammars
// (engine.ts), no wasm.
import path = require('node:path');
import type * as HighlighterModule from './highlighter';

export type { HighlighterModule };

export function loadHighlighterModule(extensionPath: string): Promise<typeof HighlighterModule> {
  return Promise.resolve().then(() => require(path.join(extensionPath, 'dist', 'highlighter.js')) as typeof HighlighterModule);
}
