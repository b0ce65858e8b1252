// Go net/http (Debian golang-go): each snippet is a `package main` of its own (it declares
// `myHandler`), next to a main.go that serves it at /endpoint; `go build ./...` builds them all,
// offline (GOPROXY=off, no module needs fetching), and each binary listens on its own port.
import { join } from 'node:path';
import { appDir, ensureDebian, mustRun, probeCommand, put, startServer, WORK } from '../lib/common.mjs';

const GO = '/usr/bin/go';

export default {
  id: 'go-net-http',
  install: (log) => ensureDebian(['golang-go'], () => probeCommand(GO, ['version']), log),
  async start(cases) {
    const dir = appDir('go-net-http');
    put(join(dir, 'go.mod'), 'module harness\n\ngo 1.19\n');
    for (const c of cases) {
      put(join(dir, c.ident, 'snippet.go'), c.code);
      put(join(dir, c.ident, 'main.go'), `package main

import (
    "net/http"
    "os"
)

func main() {
    http.HandleFunc("/endpoint", myHandler)
    http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
    if err := http.ListenAndServe("127.0.0.1:"+os.Getenv("PORT"), nil); err != nil {
        panic(err)
    }
}
`);
    }
    // Go's own build cache (~/.cache/go-build) is reused across runs; without a HOME it lives in .work.
    const home = process.env.HOME ? {} : { GOCACHE: join(WORK, 'go-build-cache'), GOPATH: join(WORK, 'gopath') };
    const env = { ...process.env, GOPROXY: 'off', GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', ...home };
    await mustRun('go vet + go build', 'sh', ['-c', `${GO} vet ./... && ${GO} build -o bin/ ./...`], { cwd: dir, env, timeoutMs: 480_000 });
    const servers = await Promise.all(
      cases.map((c) => startServer(`go ${c.id}`, (port) => [join(dir, 'bin', c.ident), [], { cwd: dir, env: { ...env, PORT: String(port) } }])),
    );
    const byCase = new Map(cases.map((c, i) => [c.id, servers[i]]));
    return {
      url: (c) => `${byCase.get(c.id).base}/endpoint`,
      output: (c) => byCase.get(c.id).proc.output(),
      stop: () => Promise.all(servers.map((s) => s.proc.stop())),
    };
  },
};
