// The features bundle is required through V8's code cache (src/extension/util/compileCache.ts).
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheName, requireWithCache } from '../../src/extension/util/compileCache';

describe('requireWithCache', () => {
  let dir: string;
  let bundle: string;
  let cacheDir: string;
  type Bundle = { answer: number; helper: string; base: string; self: string };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'status-codes-cc-'));
    bundle = join(dir, 'bundle.js');
    cacheDir = join(dir, 'storage', 'compile-cache');
    writeFileSync(join(dir, 'helper.js'), 'module.exports = "helper";\n');
    writeBundle(41);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  let copies = 0;
  /**
   * The same bundle at another path, same name, size and time (so the same cache file): V8 keeps
   * what this process compiled keyed by the script's path too, so only a copy shows what the
   * cache file itself gives, as a new window would.
   */
  function copy(): string {
    const to = join(dir, `copy${++copies}`);
    mkdirSync(to);
    const file = join(to, 'bundle.js');
    copyFileSync(bundle, file);
    copyFileSync(join(dir, 'helper.js'), join(to, 'helper.js'));
    const { atimeMs, mtimeMs } = statSync(bundle);
    utimesSync(file, atimeMs / 1000, mtimeMs / 1000);
    return file;
  }

  function writeBundle(answer: number): void {
    writeFileSync(
      bundle,
      `"use strict";
const path = require("node:path");
exports.answer = (function add(a, b) { return a + b; })(${answer}, 1);
exports.helper = require("./helper.js");
exports.base = path.basename(__filename);
exports.self = module.filename;
`,
    );
    // Whole seconds: a copy given the same times then has the same millisecond mtime (a fractional time
    // set through utimes may land a millisecond lower, and the cache name would differ).
    const now = Math.floor(Date.now() / 1000);
    utimesSync(bundle, now, now);
  }

  it('runs the bundle as a CommonJS module: exports, relative requires, __filename, in require.cache', () => {
    const r = requireWithCache<Bundle>(bundle, cacheDir);
    assert.deepEqual({ ...r.exports }, { answer: 42, helper: 'helper', base: 'bundle.js', self: bundle });
    assert.equal(require.cache[bundle]?.exports, r.exports, 'a later require gets the same module');
    delete require.cache[bundle];
  });

  it('compiles from source the first time, from the cache it wrote after that', () => {
    const first = requireWithCache<Bundle>(bundle, cacheDir);
    assert.equal(first.compiled, 'source');
    assert.equal(first.flush(), true);
    assert.equal(first.flush(), false, 'written once');
    assert.deepEqual(readdirSync(cacheDir), [cacheName(bundle, statSync(bundle))]);
    const file = copy();
    const second = requireWithCache<Bundle>(file, cacheDir);
    assert.equal(second.compiled, 'cache');
    assert.deepEqual({ ...second.exports }, { answer: 42, helper: 'helper', base: 'bundle.js', self: file });
    assert.equal(second.flush(), false, 'nothing to write when the cache was used');
  });

  it('rejects a damaged cache, still runs, and writes a good one', () => {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, cacheName(bundle, statSync(bundle))), Buffer.from('not a V8 code cache at all'));
    const damaged = requireWithCache<Bundle>(bundle, cacheDir);
    assert.equal(damaged.compiled, 'rejected');
    assert.equal(damaged.exports.answer, 42);
    assert.equal(damaged.flush(), true);
    assert.equal(requireWithCache(copy(), cacheDir).compiled, 'cache');
  });

  it('never reads the cache of another version of the bundle, and drops it when writing', () => {
    requireWithCache(bundle, cacheDir).flush();
    const old = readdirSync(cacheDir);
    writeBundle(99);
    utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    const updated = requireWithCache<Bundle>(bundle, cacheDir);
    assert.equal(updated.compiled, 'source');
    assert.equal(updated.exports.answer, 100);
    updated.flush();
    const now = readdirSync(cacheDir);
    assert.equal(now.length, 1);
    assert.notDeepEqual(now, old);
  });

  it('works without a cache folder it can write', () => {
    writeFileSync(join(dir, 'storage'), 'a file where the folder would go');
    const r = requireWithCache<Bundle>(bundle, cacheDir);
    assert.equal(r.exports.answer, 42);
    assert.equal(r.flush(), false);
    assert.equal(requireWithCache<Bundle>(bundle, undefined).flush(), false);
  });

  it('throws what the bundle throws, as require does', () => {
    writeFileSync(bundle, 'throw new Error("broken bundle");\n');
    assert.throws(() => requireWithCache(bundle, cacheDir), /broken bundle/);
    assert.equal(require.cache[bundle], undefined, 'not cached, as require leaves it');
  });
});
