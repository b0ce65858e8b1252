#!/usr/bin/env node
// Runs the sources suite: the comparisons that read installed framework sources (the framework
// constant tables against Go's, Python's, Starlette's, DRF's, Rack's, Symfony's, Rust http's and
// the JDK's own), over out/test/sources/**/*.test.js built by `node scripts/build.mjs --tests`.
// First installs the Debian packages they read, each only when missing (apt-get, as root).
// Usage: node scripts/run-sources.mjs [--grep REGEX] (`npm run test:sources` builds first)
// Last line: `sources: N passed, N failed`. Exit non-zero on failure or when no test ran.
import { existsSync, readdirSync } from 'node:fs';
import { ensureDebian, probeCommand } from '../test/frameworks/lib/common.mjs';
import { watchdog } from './lib/proc.mjs';
import { argValue, closingLine, failureLine, runMochaSuite } from './lib/suite.mjs';

const SUITE = 'sources';
const cancelWatchdog = watchdog(Number(process.env.STATUS_CODES_SOURCES_TIMEOUT_MS || 20 * 60_000), SUITE);

/** Some entry of `parent` matches `pattern` and holds `inner`. */
function someDir(parent, pattern, inner) {
  try {
    return readdirSync(parent).some((n) => pattern.test(n) && existsSync(`${parent}/${n}/${inner}`));
  } catch {
    return false;
  }
}

// What test/sources/constants.test.ts reads, and the Debian package that provides it.
const SOURCES = [
  { packages: ['golang-go'], probe: () => probeCommand('go', ['env', 'GOROOT']) },
  { packages: ['python3'], probe: () => someDir('/usr/lib', /^python3\.\d+$/, 'http/__init__.py') },
  { packages: ['python3-starlette'], probe: () => existsSync('/usr/lib/python3/dist-packages/starlette/status.py') },
  { packages: ['python3-djangorestframework'], probe: () => existsSync('/usr/lib/python3/dist-packages/rest_framework/status.py') },
  {
    packages: ['ruby-rack'],
    probe: () => someDir('/usr/share/rubygems-integration/all/gems', /^rack-\d+\.\d+\.\d+$/, 'lib/rack/utils.rb') || existsSync('/usr/lib/ruby/vendor_ruby/rack/utils.rb'),
  },
  { packages: ['php-symfony-http-foundation'], probe: () => existsSync('/usr/share/php/Symfony/Component/HttpFoundation/Response.php') },
  { packages: ['librust-http-dev'], probe: () => someDir('/usr/share/cargo/registry', /^http-\d+\.\d+\.\d+$/, 'src/status.rs') },
  { packages: ['default-jdk-headless'], probe: () => probeCommand('javap', ['-version']) },
  // test/sources/protocol-constants.test.ts: the gRPC and WebSocket libraries' spellings.
  { packages: ['golang-google-grpc-dev'], probe: () => existsSync('/usr/share/gocode/src/google.golang.org/grpc/codes/codes.go') },
  { packages: ['golang-github-gorilla-websocket-dev'], probe: () => existsSync('/usr/share/gocode/src/github.com/gorilla/websocket/conn.go') },
  { packages: ['python3-grpcio'], probe: () => existsSync('/usr/lib/python3/dist-packages/grpc/__init__.py') },
  { packages: ['libgrpc-java'], probe: () => existsSync('/usr/share/java/grpc-api.jar') },
];

const log = (msg) => console.log(`[${SUITE}] ${msg}`);
try {
  for (const s of SOURCES) await ensureDebian(s.packages, s.probe, log);
  log('framework sources present');
} catch (e) {
  console.log(failureLine(SUITE, 'preparing the framework sources', e?.message ?? e));
  console.log(closingLine(SUITE, 0, 1));
  process.exit(1);
}
const code = await runMochaSuite(SUITE, { grep: argValue(process.argv.slice(2), '--grep') });
cancelWatchdog();
process.exit(code);
