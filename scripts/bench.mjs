#!/usr/bin/env node
// Micro-benchmarks of the core, run on a bundle built the way the extension's is (esbuild,
// minified) into out/bench/. Prints ops/s and µs per call.
//   node scripts/bench.mjs            all figures
//   node scripts/bench.mjs --quick    fewer iterations (a smoke run)
// Figures so far: detection (detectAt on typical lines and on a 1 MB minified line,
// detectLine, detectText on a large document).
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const outfile = join(root, 'out/bench/detect.cjs');

await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['src/core/detect/index.ts'],
  outfile,
  bundle: true,
  minify: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  logLevel: 'warning',
});
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
