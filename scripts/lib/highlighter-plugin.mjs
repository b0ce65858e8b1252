// esbuild plugin for the highlighter bundle (dist/highlighter.js), used by scripts/build.mjs (and
// usable as is by a browser build of the same entry): it slims shiki grammars. `ruby` imports
// html, css, sql, cpp, lua... for heredocs, ~800 kB the panel never needs. An embedded language is
// kept only when highlighter.ts imports it itself; the others are dropped from the module and from
// the grammar's `embeddedLangs` (their `include`s then simply match nothing).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const HIGHLIGHT_DIR = fileURLToPath(new URL('../../src/extension/highlight/', import.meta.url));
const ENTRY = `${HIGHLIGHT_DIR}highlighter.ts`;
const LANG_MODULE = /[\\/]@shikijs[\\/]langs(-precompiled)?[\\/]dist[\\/]([a-z0-9-]+)\.mjs$/;

/** The grammars highlighter.ts imports directly (`from '…'` or `import('…')`). */
export function directLanguages(source = readFileSync(ENTRY, 'utf8')) {
  return new Set([...source.matchAll(/(?:from\s+|import\()['"]@shikijs\/langs(?:-precompiled)?\/([a-z0-9-]+)['"]/g)].map((m) => m[1]));
}

/** Rewrites one `@shikijs/langs/dist/<name>.mjs` module to keep only the `keep` embedded languages. */
export function slimLanguageModule(text, keep) {
  const dropped = [];
  const importRe = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+'\.\/([a-z0-9-]+)\.mjs'\s*;?\s*$/gm;
  let out = text.replace(importRe, (line, ident, file) => {
    if (keep.has(file)) return line;
    dropped.push({ ident, file });
    return '';
  });
  if (!dropped.length) return text;
  for (const { ident } of dropped) {
    out = out.replace(new RegExp(`^\\.\\.\\.${ident.replace(/\$/g, '\\$')},?\\s*$`, 'm'), '');
  }
  const gone = new Set(dropped.map((d) => d.file));
  // @shikijs/langs has the grammar as a JSON string inside JSON.parse("...") (quotes escaped
  // there); @shikijs/langs-precompiled as an object literal (`embeddedLangs:["html"]`).
  out = out.replace(/(\\"embeddedLangs\\"|\bembeddedLangs):\[([^\]]*)\]/g, (_m, key, list) => {
    const names = list.split(',').map((s) => s.trim()).filter(Boolean).filter((q) => !gone.has(q.replace(/\\?"/g, '')));
    return `${key}:[${names.join(',')}]`;
  });
  return out;
}

export function highlighterPlugin() {
  return {
    name: 'status-codes-highlighter',
    setup(build) {
      const keep = directLanguages();
      build.onLoad({ filter: LANG_MODULE }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        return { contents: slimLanguageModule(text, keep), loader: 'js' };
      });
    },
  };
}
