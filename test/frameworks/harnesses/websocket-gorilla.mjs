// Go gorilla/websocket (Debian golang-github-gorilla-websocket-dev 1.5.0, built by Debian's
// golang-go offline in GOPATH mode from /usr/share/gocode): each snippet is a `package main` of
// its own (it declares `upgrader` and `wsHandler`), next to a main.go that serves it at /ws;
// each binary listens on a port of its own.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appDir, ensureDebian, probeCommand } from '../lib/common.mjs';
import { buildGoCases, wsClose } from '../lib/protocol-clients.mjs';

const GO = '/usr/bin/go';
const GOCODE = '/usr/share/gocode/src';

const MAIN = `package main

import (
    "fmt"
    "net"
    "net/http"
)

func main() {
    lis, err := net.Listen("tcp", "127.0.0.1:0")
    if err != nil {
        panic(err)
    }
    http.HandleFunc("/ws", wsHandler)
    fmt.Println("LISTENING", lis.Addr().(*net.TCPAddr).Port)
    if err := http.Serve(lis, nil); err != nil {
        panic(err)
    }
}
`;

export default {
  id: 'websocket-gorilla',
  install: (log) =>
    ensureDebian(['golang-go', 'golang-github-gorilla-websocket-dev'], () => probeCommand(GO, ['version']) && existsSync(join(GOCODE, 'github.com/gorilla/websocket/conn.go')), log),
  async start(cases) {
    const dir = appDir('websocket-gorilla');
    const built = await buildGoCases('gorilla/websocket', dir, cases, MAIN);
    return { call: (c) => wsClose(`ws://127.0.0.1:${built.port(c)}/ws`), output: built.output, stop: built.stop };
  },
};
