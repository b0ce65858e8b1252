#!/usr/bin/env node
// Micro-benchmarks of the core, run on a bundle built the way the extension's is (esbuild,
// minified) into out/bench/. Prints ops/s and µs per call.
//   node scripts/bench.mjs            all figures
//   node scripts/bench.mjs --quick    fewer iterations (a smoke run; docs/benchmarks.md is not written)
// A full run writes what it printed to docs/benchmarks.md, with the machine and the date.
// Figures: detection (detectAt on typical lines and on a 1 MB minified line, detectLine,
// detectText on a large document); the registry and renderers; what activation costs (bundle
// sizes, loading dist/extension.js); shiki's first and warm highlighting (dist/highlighter.js);
// the HTTP mock's requests per second and latency under autocannon, as a ratio to bare node:http;
// and, when the real-VS-Code tools are installed (npm run setup:tools), the response view's first
// highlighted paint in code-server + Chromium (scripts/bench-paint.mjs).
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordBench } from './lib/bench-record.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const writeRecord = quick ? undefined : recordBench(root);
const outfile = join(root, 'out/bench/detect.cjs');

/** Builds a minified CommonJS bundle the way the extension's is built. */
function bundle(options) {
  return esbuild.build({ absWorkingDir: root, bundle: true, minify: true, platform: 'node', target: 'node18', format: 'cjs', logLevel: 'warning', ...options });
}

await bundle({ entryPoints: ['src/core/detect/index.ts'], outfile });
const require = createRequire(import.meta.url);
const detect = require(outfile);

/** Runs fn repeatedly for about `ms` milliseconds (after a warm-up) and returns µs per call. */
function measure(fn, ms = quick ? 100 : 600) {
  for (let i = 0; i < 50; i++) fn();
  let n = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(ms) * 1_000_000n;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < 20; i++) fn();
    n += 20;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / 1000 / n;
}

const rows = [];
function row(name, usPerCall, note = '') {
  rows.push({ name, us: usPerCall, note });
  const ops = 1e6 / usPerCall;
  console.log(`${name.padEnd(52)} ${usPerCall.toFixed(2).padStart(10)} µs/call ${Math.round(ops).toLocaleString('en-US').padStart(12)} ops/s  ${note}`);
}

const typical = [
  ['javascript', '  res.status(404).json({ error: "Not found" });', '404'],
  ['python', '        raise HTTPException(status_code=status.HTTP_422_UNPROCESSABLE_ENTITY, detail=errors)', 'HTTP_422'],
  ['go', '\thttp.Error(w, err.Error(), http.StatusInternalServerError)', 'StatusInternal'],
  ['java', '        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(errors);', 'NOT_FOUND'],
  ['log', '127.0.0.1 - - [25/Nov/2024:08:53:26 +0000] "GET /index.html HTTP/1.1" 404 153 "-" "curl/8.5.0"', '404'],
  ['log', 'postfix/smtp[123]: to=<b@x.org>, dsn=5.1.1, status=bounced (host said: 550 5.1.1 User unknown)', '550'],
  ['typescript', 'const total = items.reduce((a, b) => a + b.price, 0); // no status here', 'total'],
];

console.log(`detection (bundle ${outfile.replace(root, '')})`);
for (const [lang, line, at] of typical) {
  const col = line.indexOf(at) + 1;
  const f = detect.detectAt(line, col, lang);
  row(`detectAt ${lang} ${JSON.stringify(line.trim().slice(0, 28))}`, measure(() => detect.detectAt(line, col, lang)), f ? `-> ${f.protocol} ${f.code}` : '-> none');
}
for (const [lang, line] of typical.slice(0, 3)) {
  row(`detectLine ${lang}`, measure(() => detect.detectLine(line, lang)));
}

// A 1 MB minified line: numbers everywhere, one status call in the middle.
const chunk = 'var a=[1,2,3,404,500];function f(n){return n<404?x[200]:y(300)};e.status=t;';
const half = chunk.repeat(Math.ceil(500_000 / chunk.length));
const huge = `${half}res.status(418).end();${half}`;
const at = huge.indexOf('418') + 1;
const hit = detect.detectAt(huge, at, 'javascript');
row(`detectAt 1 MB minified line (${(huge.length / 1e6).toFixed(2)} MB)`, measure(() => detect.detectAt(huge, at, 'javascript')), hit ? `-> ${hit.code}` : '-> none (WRONG)');
row('detectAt 1 MB line, column with nothing', measure(() => detect.detectAt(huge, 1000, 'javascript')));
row('detectLine 1 MB minified line (first 2000 chars)', measure(() => detect.detectLine(huge, 'javascript')));

// A large document: 10,000 lines of mixed code.
const doc = [];
for (let i = 0; i < 10_000 / typical.length; i++) for (const [, line] of typical) doc.push(line);
const text = doc.join('\n');
const res = detect.detectDocument(text, 'javascript', { maxMillis: 60_000 });
row(`detectText ${res.totalLines} lines (${(text.length / 1e6).toFixed(2)} MB)`, measure(() => detect.detectDocument(text, 'javascript', { maxMillis: 60_000 }), quick ? 300 : 2000), `${res.findings.length} findings`);

if (!hit || hit.code !== '418') {
  console.error('bench: detectAt on the 1 MB line did not find 418');
  process.exit(1);
}
// The registry and the renderers.
const coreFile = join(root, 'out/bench/core.cjs');
await bundle({
  stdin: {
    contents: `export * from './src/core/registry'; export * from './src/core/search'; export * from './src/core/render/response'; export * from './src/core/snippets/index'; export { codeReport } from './src/core/render/report';`,
    resolveDir: root,
    loader: 'ts',
  },
  outfile: coreFile,
});
let t0 = process.hrtime.bigint();
const core = require(coreFile);
const coreLoadMs = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(`\nregistry and renderers (bundle ${coreFile.replace(root, '')}, loaded in ${coreLoadMs.toFixed(1)} ms, ${core.allEntries().length} entries)`);
const smtp452 = core.lookup('smtp', '452').matches[0];
row('lookup http 404', measure(() => core.lookup('http', '404')));
row('lookup smtp-enhanced 5.1.1', measure(() => core.lookup('smtp-enhanced', '5.1.1')));
row('lookup http 452 (unassigned, suggestions)', measure(() => core.lookup('http', '452')));
row('search "storage"', measure(() => core.search('storage')), `${core.search('storage').length} results`);
row('search "teapto" (a typo: edit distance)', measure(() => core.search('teapto')), `${core.search('teapto').length} results`);
row('search "550 5.1.1" (a log fragment)', measure(() => core.search('550 5.1.1')), `${core.search('550 5.1.1').length} results`);
row('renderRawResponse smtp 452', measure(() => core.renderRawResponse(smtp452)));
row('renderAllSnippets smtp 452', measure(() => core.renderAllSnippets(smtp452)), `${core.renderAllSnippets(smtp452).length} frameworks`);
row('codeReport smtp 452 (everything for the webview)', measure(() => core.codeReport(smtp452)));

// What activation costs: the size of what VS Code loads, and the time to load it.
const { statSync, existsSync } = await import('node:fs');
const kb = (f) => `${(statSync(join(root, f)).size / 1024).toFixed(1)} KB`;
if (existsSync(join(root, 'dist/extension.js'))) {
  console.log('\nactivation (current dist/: run `npm run build:prod` first for release figures)');
  for (const f of ['dist/extension.js', 'dist/highlighter.js', 'dist/webview/main.js', 'dist/webview/style.css']) if (existsSync(join(root, f))) console.log(`${f.padEnd(52)} ${kb(f).padStart(10)}`);
  // Load dist/extension.js in a fresh Node with an empty stand-in for the `vscode` module: module
  // evaluation only (no activate call), which is what stands between a trigger and activate().
  const { spawnSync } = await import('node:child_process');
  const probe = `const M=require('module');const o=M._load;M._load=function(r,...a){return r==='vscode'?{}:o.call(this,r,...a)};` +
    `const t=process.hrtime.bigint();require(${JSON.stringify(join(root, 'dist/extension.js'))});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  const runs = [];
  for (let i = 0; i < (quick ? 3 : 9); i++) {
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    const ms = Number(r.stdout.trim());
    // A bundle that touches the vscode API while loading fails here: say so, never print a 0.
    if (!r.stdout.trim() || !Number.isFinite(ms)) throw new Error(`loading dist/extension.js with a stub vscode failed: ${(r.stderr.split('\n').find((l) => /Error/.test(l)) ?? r.stderr).slice(0, 300)}`);
    runs.push(ms);
  }
  runs.sort((a, b) => a - b);
  console.log(`${'load dist/extension.js (median of ' + runs.length + ')'.padEnd(0)}`.padEnd(52) + ` ${runs[runs.length >> 1].toFixed(2).padStart(10)} ms`);
}

// shiki: loaded on first webview render, never at activation; each grammar evaluated on first use.
if (existsSync(join(root, 'dist/highlighter.js'))) {
  t0 = process.hrtime.bigint();
  const hl = require(join(root, 'dist/highlighter.js'));
  const h = await hl.loadHighlighter();
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const report = core.codeReport(smtp452);
  const blocks = Object.values(report.snippets).filter((s) => s.code);
  t0 = process.hrtime.bigint();
  await h.prepare(blocks.map((b) => b.language));
  const prepareMs = Number(process.hrtime.bigint() - t0) / 1e6;
  t0 = process.hrtime.bigint();
  for (const b of blocks) h.tokens(b.code, b.language);
  const firstMs = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`\nhighlighting (dist/highlighter.js, engine ${hl.ENGINE_NAME})`);
  console.log(`${'load shiki + themes'.padEnd(52)} ${loadMs.toFixed(1).padStart(10)} ms`);
  console.log(`${`load the grammars of ${blocks.length} snippets`.padEnd(52)} ${prepareMs.toFixed(1).padStart(10)} ms`);
  console.log(`${`first render of ${blocks.length} snippets`.padEnd(52)} ${firstMs.toFixed(1).padStart(10)} ms`);
  row(`warm render of ${blocks.length} snippets`, measure(() => { for (const b of blocks) h.tokens(b.code, b.language); }, quick ? 200 : 1000));
}

// The HTTP mock on loopback under load (autocannon), against a bare Node http server answering
// the same bytes in the same run: the ratio is what the mock's routing and rendering cost.
{
  const serversOut = join(root, 'out/bench/servers.cjs');
  await bundle({ entryPoints: ['src/servers/index.ts'], outfile: serversOut });
  const { startHttpMock } = require(serversOut);
  const { default: autocannon } = await import('autocannon');
  const http = await import('node:http');
  const path = '/status/404';
  const mock = await startHttpMock({});
  // The bare server sends the mock's own response to the same request, headers in the same order.
  const { headers, body } = await new Promise((resolve, reject) =>
    http.get(`${mock.url}${path}`, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      // rawHeaders keeps the names' case and order.
      res.on('end', () => resolve({ headers: res.rawHeaders, body: Buffer.concat(chunks) }));
    }).on('error', reject),
  );
  const bare = http.createServer((req, res) => {
    req.resume();
    for (const h of ['Date', 'Connection', 'Content-Length', 'Transfer-Encoding']) res.removeHeader(h);
    res.writeHead(404, 'Not Found', headers);
    res.end(body);
  });
  await new Promise((r) => bare.listen(0, '127.0.0.1', () => r(undefined)));
  const barePort = /** @type {import('node:net').AddressInfo} */ (bare.address()).port;
  const seconds = quick ? 1 : 5;
  const load = (url) => new Promise((resolve, reject) => autocannon({ url, connections: 10, duration: seconds }, (e, r) => (e ? reject(e) : resolve(r))));
  console.log(`\nHTTP mock under load (autocannon, 10 connections, ${seconds} s each, GET ${path})`);
  const results = {};
  for (const [name, url] of [['bare node:http, same bytes', `http://127.0.0.1:${barePort}${path}`], ['HTTP mock', `${mock.url}${path}`]]) {
    const r = await load(url);
    results[name] = r;
    console.log(`${name.padEnd(52)} ${Math.round(r.requests.average).toLocaleString('en-US').padStart(10)} req/s  latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx - r['4xx']}`);
  }
  const ratio = results['HTTP mock'].requests.average / results['bare node:http, same bytes'].requests.average;
  console.log(`${'mock / bare (requests per second)'.padEnd(52)} ${ratio.toFixed(2).padStart(10)}`);
  await mock.close();
  await new Promise((r) => bare.close(r));
}

// The response view in the real workbench: optional, it needs code-server and Chromium.
{
  const { benchPaint, paintBenchAvailable, printPaint } = await import('./bench-paint.mjs');
  if (!paintBenchAvailable()) {
    console.log('\nresponse view paint: skipped (the real-VS-Code tools are not installed: npm run setup:tools)');
  } else {
    console.log('\nresponse view, Show Response to the first highlighted block painted (code-server + Chromium, scripts/bench-paint.mjs)');
    printPaint(await benchPaint({ runs: quick ? 1 : 5, log: () => undefined }));
  }
}

if (writeRecord) console.log(`\n[bench] recorded in ${writeRecord().replace(root, '')}`);
