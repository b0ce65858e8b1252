#!/usr/bin/env node
// Builds every bundle with esbuild. Usage:
//   node scripts/build.mjs [--production] [--tests] [--watch]
// --production minifies and drops source maps; --tests also builds the test bundles.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { highlighterPlugin } from './lib/highlighter-plugin.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const withTests = args.has('--tests');
const watch = args.has('--watch');

function filesUnder(dir, pattern) {
  const out = [];
  let names;
  try { names = readdirSync(dir); } catch { return out; }
  for (const name of names) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, pattern));
    else if (pattern.test(name)) out.push(full);
  }
  return out;
}

/**
 * mocha's browser build is a UMD script in an ESM package: bundled as ESM, its
 * `module.exports = factory()` would replace the test bundle's own exports. Give it a module of its own.
 * @type {import('esbuild').Plugin}
 */
const mochaBrowserPlugin = {
  name: 'mocha-browser',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `const module = { exports: {} }; const exports = module.exports; const define = undefined;\n${readFileSync(args.path, 'utf8')}\nexport default module.exports;`,
      loader: 'js',
    }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

/** @type {import('esbuild').BuildOptions} */
const node = { ...common, platform: 'node', target: 'node18', format: 'cjs' };

/** @type {import('esbuild').BuildOptions[]} */
const targets = [
  // The extension's entry: stand-ins only, so activation loads a few KB.
  { ...node, entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The features (thin VS Code layer over the core), required by the entry on first use.
  { ...node, entryPoints: ['src/extension/nodeFeatures.ts'], outfile: 'dist/features.js', external: ['vscode'] },
  // Shiki lives in its own bundle, required only when a webview first needs highlighting
  // (src/extension/highlight/load.ts). The plugin drops grammars' unneeded embedded languages.
  { ...node, entryPoints: ['src/extension/highlight/highlighter.ts'], outfile: 'dist/highlighter.js', external: ['vscode'], plugins: [highlighterPlugin()] },
  // The web build (vscode.dev, github.dev): one bundle for the web worker extension host, shiki inside.
  { ...common, platform: 'browser', target: 'es2022', format: 'cjs', entryPoints: ['src/extension/browserMain.ts'], outfile: 'dist/web/extension.js', external: ['vscode'], plugins: [highlighterPlugin()] },
  // The webview client (browser) and its stylesheet.
  { ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview/main.js' },
  { ...common, entryPoints: ['src/webview/style.css'], outfile: 'dist/webview/style.css' },
  // The mock servers (smtp-server inside), required by the extension only when a mock starts.
  { ...node, entryPoints: ['src/servers/index.ts'], outfile: 'dist/servers.js' },
  // The command-line entry over the core.
  { ...node, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (withTests) {
  const unit = filesUnder(join(root, 'test/unit'), /\.test\.ts$/).map((f) => relative(root, f));
  targets.push({ ...node, entryPoints: unit, outdir: 'out/test/unit', outbase: 'test/unit', external: ['mocha'] });
  // The comparisons with installed framework sources, run by scripts/run-sources.mjs.
  const sources = filesUnder(join(root, 'test/sources'), /\.test\.ts$/).map((f) => relative(root, f));
  if (sources.length) targets.push({ ...node, entryPoints: sources, outdir: 'out/test/sources', outbase: 'test/sources', external: ['mocha'] });
  const integration = filesUnder(join(root, 'test/integration'), /\.ts$/).map((f) => relative(root, f));
  if (integration.length) {
    targets.push({ ...node, entryPoints: integration, outdir: 'out/test/integration', outbase: 'test/integration', external: ['vscode', 'mocha'] });
  }
  // The web suite: one browser bundle (mocha's browser build inside) for the web worker extension host.
  targets.push({ ...common, platform: 'browser', target: 'es2022', format: 'cjs', entryPoints: ['test/web/index.ts'], outfile: 'out/test/web/index.js', external: ['vscode'], plugins: [highlighterPlugin(), mochaBrowserPlugin] });
  // UI tests (playwright-core driving code-server in Chromium), loaded by scripts/run-ui.mjs.
  const ui = filesUnder(join(root, 'test/ui'), /\.ts$/).map((f) => relative(root, f));
  if (ui.length) {
    targets.push({ ...node, entryPoints: ui, outdir: 'out/test/ui', outbase: 'test/ui', external: ['playwright-core'] });
  }
}


const started = Date.now();
if (watch) {
  for (const t of targets) {
    const ctx = await esbuild.context(t);
    await ctx.watch();
  }
  console.log('[build] watching for changes…');
} else {
  const results = await Promise.all(targets.map((t) => esbuild.build({ ...t, metafile: true })));
  // Remove what an earlier build left that this one did not write (a deleted test, an old bundle).
  // Done after building, never before: a build never leaves dist/ half empty for a running test.
  const written = new Set(results.flatMap((r) => Object.keys(r.metafile.outputs)).map((f) => join(root, f)));
  for (const dir of withTests ? ['dist', 'out'] : ['dist']) {
    for (const f of filesUnder(join(root, dir), /\.(js|css|map|wasm)$/)) if (!written.has(f)) rmSync(f, { force: true });
  }
  console.log(`[build] ${targets.length} bundles (${production ? 'production' : 'development'}) in ${Date.now() - started} ms`);
}
