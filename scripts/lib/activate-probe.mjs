#!/usr/bin/env node
// One fresh-process measurement for scripts/bench.mjs, printed as one JSON line:
//   node scripts/lib/activate-probe.mjs DIR [--hover]   require DIR's `main` with the stub vscode
//        (vscode-stub.mjs), call activate(context); with --hover, then ask the hover provider it
//        registered about `res.status(404)`, first (what the first hover after activation pays)
//        and warm.
//   node scripts/lib/activate-probe.mjs DIR --require FILE   only require FILE (relative to DIR).
//   --cold: remove the stub context's storage first (no code cache kept by an earlier window).
// The probe calls deactivate() at the end, as VS Code does when a window closes.
// Times are process.hrtime around the calls; heap is V8's heapUsed after a GC (--expose-gc).
import { createRequire } from 'node:module';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createVscodeStub, installVscodeStub, Position, stubContext, stubDocument, token } from './vscode-stub.mjs';

const [dirArg, ...rest] = process.argv.slice(2);
const dir = resolve(dirArg ?? '.');
const require = createRequire(join(dir, 'package.json'));
const { vscode, registered } = createVscodeStub();
installVscodeStub(vscode);
const gc = /** @type {any} */ (globalThis).gc ?? (() => undefined);
const heap = () => (gc(), process.memoryUsage().heapUsed);
const now = () => process.hrtime.bigint();
const ms = (from) => Number(now() - from) / 1e6;

// What VS Code has done before it requires the entry: read the manifest (this warms Node's CJS
// loader too, which an extension host has long warmed).
const manifest = require(join(dir, 'package.json'));
const out = {};
let exports;
// --cold: as in the first window after an install or update, with no code cache the extension kept.
if (rest.includes('--cold')) rmSync(join(dir, '.bench-storage'), { recursive: true, force: true });
const requireIndex = rest.indexOf('--require');
if (requireIndex >= 0) {
  const file = join(dir, rest[requireIndex + 1]);
  const t = now();
  require(file);
  out.requireMs = ms(t);
} else {
  const main = join(dir, manifest.main ?? 'index.js');
  const context = stubContext(dir);
  const heap0 = heap();
  let t = now();
  const ext = require(main);
  exports = ext;
  out.requireMs = ms(t);
  t = now();
  const returned = ext.activate?.(context);
  out.activateMs = ms(t);
  if (returned && typeof returned.then === 'function') {
    await returned;
    out.activateResolvedMs = ms(t);
  }
  out.totalMs = out.requireMs + (out.activateResolvedMs ?? out.activateMs);
  out.heapAfterActivate = heap() - heap0;
  out.registered = { hover: registered.hover.length, completion: registered.completion.length, inlayHints: registered.inlayHints.length, codeActions: registered.codeActions.length, commands: registered.commands.size, treeViews: registered.treeViews.length, serializers: registered.serializers.length };
  out.stubbed = [...new Set(registered.other)];
  if (rest.includes('--hover')) {
    const line = '  res.status(404).json({ error: "Not found" });';
    const document = stubDocument(`const express = require('express');\napp.get('/x', (req, res) => {\n${line}\n});\n`, 'javascript', '/bench/app.js');
    const position = new Position(2, line.indexOf('404') + 1);
    const ask = async () => {
      for (const { provider } of registered.hover) {
        const h = await provider.provideHover(document, position, token);
        if (h) return h;
      }
      return undefined;
    };
    t = now();
    const first = await ask();
    out.firstHoverMs = ms(t);
    const contents = first?.contents?.[0];
    out.hover = String(contents?.value ?? contents ?? '').split('\n')[0];
    out.heapAfterHover = heap() - heap0;
    const n = Number(process.env.WARM ?? 300);
    t = now();
    for (let i = 0; i < n; i++) await ask();
    out.warmHoverUs = (ms(t) * 1000) / n;
  }
}
// As VS Code does when the window closes: the extension writes what it keeps (its code cache).
if (requireIndex < 0) exports?.deactivate?.();
console.log(JSON.stringify(out));
process.exit(0);
