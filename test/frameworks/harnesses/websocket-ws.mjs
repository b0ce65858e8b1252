// Node ws (npm ws, pinned in test/frameworks/package-lock.json): each snippet (it registers a
// "connection" listener on `wss`) gets a WebSocketServer of its own (noServer), to which one
// HTTP server hands the upgrades of /c/<case>.
import { join } from 'node:path';
import { appDir, ensureNpm, put, run, WORK } from '../lib/common.mjs';
import { lastLines, startListening, wsClose } from '../lib/protocol-clients.mjs';

export default {
  id: 'websocket-ws',
  install: (log) => ensureNpm(log),
  async start(cases) {
    const dir = appDir('websocket-ws');
    const blocks = cases.map((c) => `// ${c.id}
{
  const wss = new WebSocketServer({ noServer: true });
${c.code}
  servers.set(${JSON.stringify(`/c/${c.id}`)}, wss);
}
`);
    put(join(dir, 'server.cjs'), `const http = require("node:http");
const { WebSocketServer } = require("ws");

const servers = new Map();
${blocks.join('\n')}
const server = http.createServer((req, res) => res.end("ok"));
server.on("upgrade", (req, socket, head) => {
  const wss = servers.get(req.url);
  if (!wss) return socket.destroy();
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
});
server.listen(0, "127.0.0.1", () => console.log("LISTENING " + server.address().port));
`);
    const { port, proc } = await startListening('websocket-ws', 'node', ['server.cjs'], { cwd: dir });
    return { call: (c) => wsClose(`ws://127.0.0.1:${port}/c/${c.id}`), output: () => lastLines(proc), stop: () => proc.stop() };
  },
  /** For each probe [code, reason], the name of what a server-side ws.close(code, reason) throws, or "accepted". */
  async refuses(probes) {
    const dir = join(WORK, 'apps', 'websocket-ws');
    put(join(dir, 'refuses.cjs'), `const { WebSocket, WebSocketServer } = require("ws");

const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
wss.on("listening", async () => {
  const out = [];
  for (const [code, reason] of ${JSON.stringify(probes)}) {
    out.push(await new Promise((resolve) => {
      wss.once("connection", (ws) => {
        try {
          ws.close(code, reason);
          resolve("accepted");
        } catch (e) {
          resolve(e.name);
          ws.terminate();
        }
      });
      const client = new WebSocket("ws://127.0.0.1:" + wss.address().port);
      client.on("error", () => {});
    }));
  }
  console.log(JSON.stringify(out));
  process.exit(0);
});
`);
    const r = await run('node', ['refuses.cjs'], { cwd: dir, timeoutMs: 30_000 });
    if (r.code !== 0) throw new Error(`the probe exited ${r.code}: ${r.out}`);
    return JSON.parse(r.out.trim().split('\n').pop());
  },
};
