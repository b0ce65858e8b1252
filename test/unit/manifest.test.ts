import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRAMEWORKS } from '../../src/core/snippets/index';

const root = process.cwd();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));

const version = (v: string): number[] => v.replace(/^[^\d]*/, '').split('.').map(Number);
const cmp = (a: number[], b: number[]): number => a.reduce((d, x, i) => d || x - (b[i] ?? 0), 0);

describe('manifest', () => {
  it('targets a VS Code that code-server 4.139 (VS Code 1.139) loads, matched by @types/vscode', () => {
    const engine = version(manifest.engines.vscode);
    assert.ok(cmp(engine, [1, 139, 0]) <= 0, manifest.engines.vscode);
    const types = version(lock.packages['node_modules/@types/vscode'].version);
    assert.ok(cmp(types, engine) <= 0, `@types/vscode ${types.join('.')} must not exceed engines ${engine.join('.')}`);
    assert.equal(types[1], engine[1], '@types/vscode matches the engine minor');
  });

  it('does not activate at startup', () => {
    for (const e of manifest.activationEvents as string[]) assert.ok(e !== '*' && e !== 'onStartupFinished', e);
  });

  it('offers every framework as default framework, and nothing else', () => {
    const prop = manifest.contributes.configuration.properties['statusCodes.snippets.defaultFramework'];
    assert.deepEqual(prop.enum, ['auto', ...FRAMEWORKS.map((f) => f.id)]);
  });

  it('labels the Settings UI choices by hand: "Go net/http", not go-net-http', () => {
    const props = manifest.contributes.configuration.properties;
    const fw = props['statusCodes.snippets.defaultFramework'];
    assert.deepEqual(fw.enumItemLabels.slice(1), FRAMEWORKS.map((f) => f.label));
    assert.equal(fw.enumItemLabels[0], '%config.defaultFramework.auto%');
    assert.equal(props['statusCodes.response.bodyStyle'].enumItemLabels.length, props['statusCodes.response.bodyStyle'].enum.length);
    assert.equal(props['statusCodes.hover.protocols'].items.enumItemLabels.length, props['statusCodes.hover.protocols'].items.enum.length);
  });

  it('writes "…" only on commands that always ask for more (the others act on the cursor\'s code at once)', () => {
    const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const asking = ['statusCodes.lookup', 'statusCodes.insertSnippet', 'statusCodes.reference.filter', 'statusCodes.testSmtpReply', 'statusCodes.mockServerMenu'];
    for (const c of manifest.contributes.commands as Array<{ command: string; title: string }>) {
      const title = nls[c.title.slice(1, -1)]!;
      assert.equal(title.endsWith('…'), asking.includes(c.command), `${c.command}: ${title}`);
    }
  });

  it('binds keys to Look Up and Show Response', () => {
    const keys = manifest.contributes.keybindings as Array<{ command: string; key: string; mac: string }>;
    assert.deepEqual(keys.map((k) => k.command), ['statusCodes.lookup', 'statusCodes.showResponse']);
    for (const k of keys) assert.ok(k.key && k.mac, k.command);
  });

  it('gives every command a localised title and the category', () => {
    for (const c of manifest.contributes.commands) {
      assert.match(c.title, /^%.+%$/, c.command);
      assert.equal(c.category, '%category%', c.command);
    }
  });

  it('has an icon and pins its tool versions with a lockfile', () => {
    assert.match(manifest.icon, /^media\/.+\.png$/);
    for (const name of ['@types/vscode', '@vscode/test-electron', 'shiki', 'esbuild', 'mocha', 'typescript', '@vscode/vsce']) {
      assert.ok(manifest.devDependencies[name], name);
      assert.ok(lock.packages[`node_modules/${name}`], `${name} in package-lock.json`);
    }
  });
});

describe('manifest activation', () => {
  it('activates on exactly the languages the hover serves', async () => {
    const { KNOWN_LANGUAGES } = await import('../../src/core/detect/index');
    const onLanguage = (manifest.activationEvents as string[]).filter((e) => e.startsWith('onLanguage:')).map((e) => e.slice('onLanguage:'.length));
    assert.deepEqual([...onLanguage].sort(), [...KNOWN_LANGUAGES].sort());
    assert.ok(onLanguage.includes('python') && onLanguage.includes('log'));
  });
});

describe('bundles', () => {
  // `import * as vscode` makes esbuild copy the whole API into a new object per module at load
  // (tsconfig.json says why the sources write `import vscode = require('vscode')`).
  it('take the vscode API as it is, with no copy of its exports at load', () => {
    for (const bundle of ['extension.js', 'features.js', 'web/extension.js']) {
      const text = readFileSync(join(root, 'dist', bundle), 'utf8');
      assert.match(text, /require\("vscode"\)/, bundle);
      // esbuild's helper wraps the require: __toESM(require("vscode")), minified to one letter or two.
      assert.doesNotMatch(text, /[\w$]\(require\("vscode"\)\)/, bundle);
    }
  });
});
