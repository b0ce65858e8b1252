#!/usr/bin/env node
// Micro-benchmarks of the core, run on a bundle built the way the extension's is (esbuild,
// minified) into out/bench/, and of the built extension in dist/ (build it first: npm run build:prod).
// Prints ops/s and µs per call.
//   node scripts/bench.mjs              all figures
//   node scripts/bench.mjs --quick      fewer iterations and runs, no .vsix, no code-server windows
//                                       (a smoke run; docs/benchmarks.md is not written)
//   node scripts/bench.mjs --ext DIR    also measure another built extension folder (repeatable):
//                                       its bundles and its load + activate (and first hover) in
//                                       plain Node with the stub vscode, beside ours; in the
//                                       code-server figures it is installed beside ours
// A full run writes what it printed to docs/benchmarks.md, with the machine and the date, and the
// figures also in the previous file beside the previous values.
// Figures: detection (detectAt on typical lines and on a 1 MB minified line, detectLine,
// detectText on a large document); the registry and renderers; completions, inlay hints and
// diagnostics, each against its budget; bundle sizes (entry, lazy parts, highlighter, webview, web
// bundle, .vsix); load + activate, the first and a warm hover, in fresh Node processes with a stub
// vscode (scripts/lib/activate-probe.mjs); shiki's first and warm highlighting (dist/highlighter.js);
// the HTTP mock's requests per second and latency under autocannon, as a ratio to bare node:http;
// and, when the real-VS-Code tools are installed (npm run setup:tools), in code-server + Chromium:
// the response view's first highlighted paint (scripts/bench-paint.mjs), VS Code's own activation
// time and the extension host's memory (scripts/bench-host.mjs).
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordBench } from './lib/bench-record.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
/** Other built extension folders to set beside ours (--ext DIR, repeatable). */
const others = process.argv.flatMap((a, i, all) => (a === '--ext' && all[i + 1] ? [all[i + 1]] : []));
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

// What the editor asks for while typing and scrolling: completions, inlay hints, diagnostics.
const editingFile = join(root, 'out/bench/editing.cjs');
await bundle({
  stdin: {
    contents: `export { completionsAt } from './src/core/complete'; export { phraseHints } from './src/core/inline'; export { diagnoseText } from './src/core/diagnose'; export { documentHints } from './src/core/detect/index';`,
    resolveDir: root,
    loader: 'ts',
  },
  outfile: editingFile,
});
const editing = require(editingFile);
/** A row with its budget: `budget N ms: met` (or NOT met), from µs per call. */
function budgetRow(name, us, budgetMs, note = '') {
  row(name, us, `${note}${note ? '; ' : ''}budget ${budgetMs} ms: ${us / 1000 <= budgetMs ? 'met' : 'NOT met'}`);
}
console.log('\ncompletions, inlay hints, diagnostics (bundle out/bench/editing.cjs; our own time, no VS Code)');
const completionLines = [
  ['javascript', '  res.status('],
  ['javascript', '  res.status(40'],
  ['python', '        raise HTTPException(status_code='],
  ['python', '    return Response(status=status.HTTP_'],
  ['go', '\thttp.Error(w, msg, http.Status'],
  ['java', '        return ResponseEntity.status(HttpStatus.'],
  ['typescript', 'const total = items.reduce((a, b) => a + b.price, 0); //'],
];
for (const [lang, line] of completionLines) {
  const r = editing.completionsAt(line, line.length, lang);
  budgetRow(`completionsAt ${lang} ${JSON.stringify(line.trim().slice(0, 26))}`, measure(() => editing.completionsAt(line, line.length, lang)), 5, r ? `${r.items.length} ${r.context.kind}s` : 'none');
}
{
  const column = huge.indexOf('res.status(') + 'res.status('.length;
  budgetRow('completionsAt 1 MB minified line, after res.status(', measure(() => editing.completionsAt(huge, column, 'javascript')), 5, editing.completionsAt(huge, column, 'javascript') ? 'items' : 'none (a long line is not read)');
}
{
  const lines = { count: doc.length, lineAt: (n) => doc[n] };
  const hints = editing.documentHints(doc.slice(0, 200).join('\n'));
  const opts = { languageId: 'javascript', hints, maxMillis: 60_000 };
  const mid = doc.length >> 1;
  const visible = editing.phraseHints(lines, mid, mid + 59, opts);
  budgetRow(`phraseHints 60 visible lines of ${doc.length}`, measure(() => editing.phraseHints(lines, mid, mid + 59, opts)), 5, `${visible.length} hints`);
  const all = editing.phraseHints(lines, 0, doc.length - 1, opts);
  // The provider asks for at most 2000 lines and stops after 50 ms (inlayHints.ts, phraseHints'
  // maxMillis); unbounded here, to see what the whole file costs.
  budgetRow(`phraseHints all ${doc.length} lines (unbounded)`, measure(() => editing.phraseHints(lines, 0, doc.length - 1, opts), quick ? 300 : 2000), 50, `${all.length} hints`);
  const diag = editing.diagnoseText(text, 'javascript', { maxMillis: 60_000 });
  budgetRow(`diagnoseText ${doc.length} lines (${(text.length / 1e6).toFixed(2)} MB)`, measure(() => editing.diagnoseText(text, 'javascript', { maxMillis: 60_000 }), quick ? 300 : 2000), 50, `${diag.diagnoses.length} diagnoses${diag.truncated ? ` (truncated: ${diag.truncated})` : ''}`);
  console.log('  (every line of these 10,000 is a status line: the worst case; the budgets are per request)');
  console.log('  Nothing is computed for documents not shown: diagnostics run for the documents of visible');
  console.log('  editors only (src/extension/diagnostics.ts: window.visibleTextEditors, onDidChangeVisibleTextEditors;');
  console.log('  an edit is diagnosed only when its document is visible), inlay hints for the range VS Code asks');
  console.log('  (the visible lines, capped at 2000 lines and 50 ms), and the features themselves load only once');
  console.log('  one of our documents is shown or a provider or command is first called (src/extension/main.ts).');
}

// What activation costs: the size of what VS Code loads, and the time to load and activate it.
const { statSync, existsSync, readFileSync, readdirSync, mkdtempSync, rmSync } = await import('node:fs');
const { spawnSync } = await import('node:child_process');
const { tmpdir } = await import('node:os');
const kb = (f) => `${(statSync(f).size / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
/** `runs` fresh Node processes of scripts/lib/activate-probe.mjs; their JSON outputs. */
function probeRuns(dir, args, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--expose-gc', join(root, 'scripts/lib/activate-probe.mjs'), dir, ...args], { encoding: 'utf8' });
    const last = r.stdout.trim().split('\n').pop() ?? '';
    // An entry that fails with the stub says so: never print a 0.
    if (r.status !== 0 || !last.startsWith('{')) throw new Error(`the activation probe failed on ${dir}: ${(r.stderr.split('\n').find((l) => /Error/.test(l)) ?? r.stderr).slice(0, 300)}`);
    out.push(JSON.parse(last));
  }
  return out;
}
const line = (name, value) => console.log(`${name.padEnd(52)} ${value}`);
const msCol = (x, digits = 2) => `${x.toFixed(digits).padStart(10)} ms`;
/** Load + activate (and the first hover) of a built extension folder, printed; returns the medians. */
function activationFigures(dir, { runs, hover, label }) {
  // First as in the first window after an install or update (no code cache: --cold), then as in
  // every later one (the cache the previous window wrote when it closed, src/extension/util/compileCache.ts).
  const cold = hover ? probeRuns(dir, ['--hover', '--cold'], runs) : undefined;
  const results = probeRuns(dir, hover ? ['--hover'] : [], runs);
  const m = (k) => median(results.map((r) => r[k]));
  const total = m('totalMs');
  line(`${label}require + activate (median of ${runs} processes)`, `${msCol(total)}   require ${m('requireMs').toFixed(2)} ms, activate ${m('activateMs').toFixed(2)} ms${results[0].activateResolvedMs !== undefined ? ` (its promise ${m('activateResolvedMs').toFixed(2)} ms)` : ''}`);
  const reg = results[0].registered;
  const stubbed = results[0].stubbed.length ? `; also touched ${results[0].stubbed.slice(0, 6).join(', ')}` : '';
  line(`${label}  registered at activation`, `${reg.hover} hover, ${reg.completion} completion, ${reg.inlayHints} inlay hints, ${reg.codeActions} code action providers, ${reg.commands} commands, ${reg.treeViews} tree views, ${reg.serializers} serializers${stubbed}`);
  line(`${label}  V8 heap after activate`, `${(m('heapAfterActivate') / 1024).toFixed(0).padStart(10)} KB`);
  if (hover) {
    const answered = results[0].hover;
    line(`${label}first hover after activate (median of ${runs})`, `${msCol(m('firstHoverMs'))}   ${answered ? `"${answered.slice(0, 50)}"` : 'NO HOVER'}`);
    line(`${label}  in the first window after an install or update`, `${msCol(median(cold.map((r) => r.firstHoverMs)))}   no code cache yet: the features bundle compiles from source`);
    line(`${label}warm hover (mean of 300, median of ${runs})`, `${msCol(m('warmHoverUs') / 1000, 3)}`);
    line(`${label}  V8 heap after the first hover`, `${(m('heapAfterHover') / 1024).toFixed(0).padStart(10)} KB`);
  }
  return { total, firstHover: hover ? m('firstHoverMs') : undefined, results };
}

if (existsSync(join(root, 'dist/extension.js'))) {
  console.log('\nbundles (current dist/: run `npm run build:prod` first for release figures)');
  const webview = existsSync(join(root, 'dist/webview')) ? readdirSync(join(root, 'dist/webview')).filter((n) => !n.endsWith('.map')).map((n) => `dist/webview/${n}`) : [];
  const parts = [
    ['dist/extension.js', 'the entry: loaded at activation'],
    ['dist/features.js', 'lazy: on first use'],
    ['dist/servers.js', 'lazy: when a mock server starts'],
    ['dist/highlighter.js', 'lazy: on the first response view'],
    ...webview.map((f) => [f, 'the response view (in the webview)']),
    ['dist/web/extension.js', 'the web build (vscode.dev), shiki inside'],
  ];
  for (const [f, what] of parts) if (existsSync(join(root, f))) line(f, `${kb(join(root, f)).padStart(10)}   ${what}`);
  if (quick) line('.vsix', '  skipped (--quick)');
  else {
    // vsce runs vscode:prepublish (build:prod) first: the package is of a production build.
    const dir = mkdtempSync(join(tmpdir(), 'status-codes-vsix-'));
    const vsix = join(dir, 'status-codes.vsix');
    const r = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-package-secrets', 'privatekey', '--baseContentUrl', 'https://example.invalid/x', '--baseImagesUrl', 'https://example.invalid/x', '--out', vsix], { cwd: root, encoding: 'utf8' });
    const files = /\((\d+) files/.exec(r.stdout)?.[1];
    if (r.status === 0 && existsSync(vsix)) line('.vsix (vsce package)', `${kb(vsix).padStart(10)}   ${files ?? '?'} files`);
    else line('.vsix (vsce package)', `  skipped: vsce failed (${(r.stderr || r.stdout).trim().split('\n').pop()?.slice(0, 120)})`);
    rmSync(dir, { recursive: true, force: true });
  }

  console.log('\nactivation in plain Node (fresh processes, stub vscode: scripts/lib/vscode-stub.mjs)');
  // The figure of earlier runs: module evaluation only, with an empty object for `vscode`.
  const probe = `const M=require('module');const o=M._load;M._load=function(r,...a){return r==='vscode'?{}:o.call(this,r,...a)};` +
    `const t=process.hrtime.bigint();require(${JSON.stringify(join(root, 'dist/extension.js'))});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  const runs = [];
  for (let i = 0; i < (quick ? 3 : 9); i++) {
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    const ms = Number(r.stdout.trim());
    if (!r.stdout.trim() || !Number.isFinite(ms)) throw new Error(`loading dist/extension.js with a stub vscode failed: ${(r.stderr.split('\n').find((l) => /Error/.test(l)) ?? r.stderr).slice(0, 300)}`);
    runs.push(ms);
  }
  line(`load dist/extension.js (median of ${runs.length})`, msCol(median(runs)));
  // require + activate(context) with the stub context and vscode, then the hover provider it
  // registered asked about `res.status(404)`: the first answer loads dist/features.js.
  const ours = activationFigures(root, { runs: quick ? 5 : 20, hover: true, label: '' });
  line('  target: require + activate ≤ 3 ms', ours.total <= 3 ? 'met' : 'NOT met');
  line('  target: first hover (load features + answer) ≤ 30 ms', `${ours.firstHover <= 30 ? 'met' : 'NOT met'} (with the code cache, as in every window but the first after an update)`);
  const features = probeRuns(root, ['--require', 'dist/features.js'], quick ? 5 : 20).map((r) => r.requireMs);
  line(`require dist/features.js alone (median of ${features.length})`, `${msCol(median(features))}   a plain require (no code cache): what the features cost to compile and evaluate`);

  for (const dir of others) {
    const m = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    console.log(`\nanother extension: ${m.publisher}.${m.name} ${m.version} (${m.displayName ?? m.name}), the same measurements`);
    for (const f of [m.main, m.browser]) if (f && existsSync(join(dir, f))) line(f.replace(/^\.\//, ''), `${kb(join(dir, f)).padStart(10)}`);
    activationFigures(dir, { runs: quick ? 5 : 20, hover: true, label: '' });
    console.log('  (our internals: the features bundle, completions, hints, diagnostics: not measured for it)');
  }
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
  const { benchPaint, FLOOR_EXTENSION, paintBenchAvailable, printPaint } = await import('./bench-paint.mjs');
  if (quick) {
    console.log('\nresponse view paint and VS Code activation figures: skipped (--quick; they open code-server windows)');
  } else if (!paintBenchAvailable()) {
    console.log('\nresponse view paint: skipped (the real-VS-Code tools are not installed: npm run setup:tools)');
  } else {
    console.log('\nresponse view, Show Response to the first highlighted block painted (code-server + Chromium, scripts/bench-paint.mjs)');
    printPaint(await benchPaint({ runs: quick ? 1 : 5, log: () => undefined }));
    printPaint(await benchPaint({ runs: quick ? 1 : 5, log: () => undefined, extension: FLOOR_EXTENSION }), console.log, true);
    const { benchHost, printHost } = await import('./bench-host.mjs');
    console.log(`\nin VS Code: Developer: Show Running Extensions, and the extension host's memory (code-server, fresh windows, scripts/bench-host.mjs)`);
    printHost(await benchHost({ runs: quick ? 1 : 5, others, log: () => undefined }));
  }
}

if (writeRecord) console.log(`\n[bench] recorded in ${writeRecord().replace(root, '')}`);
