// The shiki highlighter bundle: grammars for every framework language, per-theme colours as classes.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FRAMEWORKS } from '../../src/core/snippets/index';
import { CSS_VAR, loadHighlighter, THEME_VARIANTS } from '../../src/extension/highlight/highlighter';

const root = process.cwd();
// Loaded at run time, not bundled into this test: esbuild cannot be bundled, and the plugin
// locates highlighter.ts through its own import.meta.url.
type PluginModule = typeof import('../../scripts/lib/highlighter-plugin.mjs');
const loadPlugin = (): Promise<PluginModule> => import(pathToFileURL(join(root, 'scripts/lib/highlighter-plugin.mjs')).href) as Promise<PluginModule>;
const requireFromRoot = createRequire(join(root, 'package.json'));

describe('highlighter', () => {
  it('has a grammar for every framework language and the panel blocks', async () => {
    const hl = await loadHighlighter();
    for (const lang of new Set([...FRAMEWORKS.map((f) => f.language), 'http', 'shellscript', 'json'])) {
      assert.notEqual(hl.grammarFor(lang), 'text', `no grammar for ${lang}`);
    }
    assert.ok(['bash', 'shellscript'].includes(hl.grammarFor('bash')));
    assert.equal(hl.grammarFor('curl'), 'shellscript');
    assert.equal(hl.grammarFor('C#'), 'csharp');
    assert.equal(hl.grammarFor('cobol'), 'text');
  });

  it('loads a grammar only when a page needs it, and highlights it plain until then', async () => {
    const hl = await loadHighlighter();
    const s = hl.session();
    assert.equal(hl.ready('kotlin'), false, 'no page needed Kotlin yet');
    assert.equal(s.highlight('val x = 452', 'kotlin'), 'val x = 452');
    await hl.prepare(['kt', 'cobol']);
    assert.equal(hl.ready('kotlin'), true);
    assert.ok(hl.ready('cobol'), 'no grammar: plain at once');
    assert.match(s.highlight('val x = 452', 'kotlin'), /<span class="t\d+">val<\/span>/);
  });

  it('highlights with one class per distinct style, and escapes', async () => {
    const hl = await loadHighlighter();
    await hl.prepare(['python']);
    const s = hl.session();
    const html = s.highlight('if x < 1 and y > "a&b":\n    return 452', 'python');
    assert.equal(html.split('\n').length, 2);
    assert.ok(html.includes('&lt;') && html.includes('&gt;') && html.includes('&amp;'));
    assert.doesNotMatch(html, /<(?!\/?span\b)/, 'only span tags');
    const classes = [...html.matchAll(/class="(t\d+)"/g)].map((m) => m[1]);
    assert.ok(new Set(classes).size >= 3, `${new Set(classes).size} styles`);
    const css = s.css();
    assert.equal(css.split('\n').length, new Set(classes).size);
    assert.deepEqual(s.rules(), css.split('\n'));
    // The keyword is coloured differently in light and dark.
    const kw = /<span class="(t\d+)">if<\/span>/.exec(html)?.[1];
    assert.ok(kw, html);
    const rule = css.split('\n').find((l) => l.startsWith(`.${kw}{`))!;
    const light = /--sl:(#\w+)/.exec(rule)?.[1];
    const dark = /--sd:(#\w+)/.exec(rule)?.[1];
    assert.ok(light && dark && light !== dark, rule);
  });

  it('returns escaped text for an unknown language', async () => {
    const s = (await loadHighlighter()).session();
    assert.equal(s.highlight('<a href="x">', 'cobol'), '&lt;a href=&quot;x&quot;&gt;');
    assert.equal(s.css(), '');
  });

  it('has a CSS variable per theme variant, each used by the stylesheet', () => {
    const css = readFileSync(join(root, 'src/webview/style.css'), 'utf8');
    const bodyClass: Record<keyof typeof THEME_VARIANTS, string> = {
      light: 'body.vscode-light',
      dark: 'body.vscode-dark',
      hcDark: 'body.vscode-high-contrast',
      hcLight: 'body.vscode-high-contrast.vscode-high-contrast-light',
    };
    for (const v of Object.keys(THEME_VARIANTS) as Array<keyof typeof THEME_VARIANTS>) {
      assert.ok(css.includes(`${bodyClass[v]} .code span {\n  color: var(--s${CSS_VAR[v]});`), v);
    }
  });
});

describe('highlighter bundle (esbuild plugin)', () => {
  it('drops embedded languages the highlighter does not load', async () => {
    const { slimLanguageModule } = await loadPlugin();
    const keep = new Set(['json', 'ruby']);
    const text = [
      "import html from './html.mjs'",
      "import json from './json.mjs'",
      '',
      'const lang = Object.freeze(JSON.parse("{\\"name\\":\\"ruby\\",\\"embeddedLangs\\":[\\"html\\",\\"json\\"]}"))',
      '',
      'export default [',
      '...html,',
      '...json,',
      'lang',
      ']',
    ].join('\n');
    const out = slimLanguageModule(text, keep);
    assert.ok(!out.includes('html.mjs') && !out.includes('...html'), out);
    assert.ok(out.includes("import json from './json.mjs'") && out.includes('...json,'), out);
    assert.ok(out.includes('\\"embeddedLangs\\":[\\"json\\"]'), out);
  });

  it('knows the grammars highlighter.ts imports', async () => {
    const langs = (await loadPlugin()).directLanguages();
    for (const l of ['python', 'javascript', 'typescript', 'java', 'go', 'ruby', 'csharp', 'http', 'shellscript', 'json']) assert.ok(langs.has(l), l);
  });

  it('drops them from a precompiled grammar too (an object literal, not JSON)', async () => {
    const { slimLanguageModule } = await loadPlugin();
    const text = ["import { EmulatedRegExp } from 'oniguruma-to-es'", "import html from './html.mjs'", "import json from './json.mjs'", '', 'const lang = Object.freeze({name:"ruby",embeddedLangs:["html","json"],aliases:["rb"]})', '', 'export default [', '...html,', '...json,', 'lang', ']'].join('\n');
    const out = slimLanguageModule(text, new Set(['json']));
    assert.ok(!out.includes('html') && out.includes('embeddedLangs:["json"]') && out.includes('EmulatedRegExp'), out);
  });

  it('builds a bundle without the unneeded grammars that highlights Ruby', async function () {
    this.timeout(60_000);
    const { highlighterPlugin } = await loadPlugin();
    const esbuild = requireFromRoot('esbuild') as typeof import('esbuild');
    const outfile = join(root, 'out/test/highlighter-plugin/highlighter.js');
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: ['src/extension/highlight/highlighter.ts'],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      logLevel: 'silent',
      plugins: [highlighterPlugin()],
    });
    const text = readFileSync(outfile, 'utf8');
    assert.ok(!text.includes('"name\\":\\"cpp\\"') && !text.includes('source.cpp\\"'), 'no C++ grammar');
    const mod = requireFromRoot(outfile) as typeof import('../../src/extension/highlight/highlighter');
    assert.equal(mod.ENGINE_NAME, 'javascript-precompiled');
    assert.ok(!text.includes('.wasm') && !/require\("(node:)?(fs|path|crypto)"\)/.test(text), 'nothing a web worker lacks');
    const hl = await mod.loadHighlighter();
    await hl.prepare(['ruby']);
    const s = hl.session();
    assert.match(s.highlight('render json: { error: "x" }, status: 452', 'ruby'), /<span class="t\d+">452<\/span>/);
  });
});
