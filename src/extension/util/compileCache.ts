// Requires a bundle through V8's code cache. Compiling dist/features.js (350 KB) is most of what
// its first require costs (about 15 of 22 ms); with the cache V8 keeps from an earlier window it
// is deserialised instead. The cache is written once the features have been used for a while, so
// it holds the functions the first hover and commands compiled too, and is keyed by the bundle's
// size and time and by the runtime, so an update or another VS Code never reads a stale one.
// Anything wrong with the cache (unreadable, rejected by V8, unwritable folder) only costs the
// compile it would have saved. Node only: the web build loads everything in one bundle.
// Required as they are (see tsconfig.json).
import fs = require('node:fs');
import Module = require('node:module');
import path = require('node:path');
import vm = require('node:vm');

export interface CachedRequire<T> {
  exports: T;
  /** How the bundle was compiled: from the cache, or from source (no cache yet, or V8 rejected it). */
  compiled: 'cache' | 'source' | 'rejected';
  /** Writes the cache now if it is missing or was rejected (once); false when nothing was written. */
  flush(): boolean;
}

const PREFIX = 'v8-';

/** The cache file's name: the bundle's name, size and mtime, the V8 version and the architecture. */
export function cacheName(file: string, stat: fs.Stats): string {
  const key = [path.basename(file, '.js'), stat.size, Math.trunc(stat.mtimeMs), process.versions.v8, process.arch].join('-');
  return `${PREFIX}${key.replace(/[^\w.-]/g, '_')}.cache`;
}

/**
 * Requires `file` (a CommonJS bundle) with the V8 code cache kept in `cacheDir`. `require` inside
 * it goes through Node's loader with the bundle as parent, as a plain require would (VS Code's
 * `vscode` module resolves by that parent).
 */
export function requireWithCache<T>(file: string, cacheDir: string | undefined): CachedRequire<T> {
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = cacheDir ? path.join(cacheDir, cacheName(file, fs.statSync(file))) : undefined;
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No cache yet.
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  const compiled = !cachedData ? 'source' : script.cachedDataRejected ? 'rejected' : 'cache';
  const m = new Module(file);
  m.filename = file;
  m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  const run = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: Module, f: string, d: string) => void;
  const req = ((id: string) => m.require(id)) as NodeJS.Require;
  // In require's cache as a require would put it: a later require of the file gets this module.
  const cache = (Module as unknown as { _cache: Record<string, Module> })._cache;
  cache[file] = m;
  try {
    run.call(m.exports, m.exports, req, m, file, path.dirname(file));
  } catch (e) {
    delete cache[file];
    throw e;
  }
  m.loaded = true;
  let written = compiled === 'cache';
  return {
    exports: m.exports as T,
    compiled,
    flush() {
      if (written || !cacheDir || !cacheFile) return false;
      written = true;
      try {
        fs.mkdirSync(cacheDir, { recursive: true });
        // Caches of other bundles' versions are of no more use.
        for (const name of fs.readdirSync(cacheDir)) {
          if (name.startsWith(PREFIX) && name !== path.basename(cacheFile)) fs.rmSync(path.join(cacheDir, name), { force: true });
        }
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
        return true;
      } catch {
        return false;
      }
    },
  };
}
