// The browser's WebSocket API, as Node implements the WHATWG WebSockets standard (undici's
// WebSocket, `node --experimental-websocket` on Node 20, global from Node 22): the snippet is the
// client here. Each snippet (it closes `socket` once open) runs in a block of its own with
// `socket` opened to /c/<case> of a Node `ws` server, which records the close code and reason it
// receives. `refuses` asks the same WebSocket whether close() throws for the codes the extension
// gives no browser snippet for. Chromium's own WebSocket is not run (see the README).
import { join } from 'node:path';
import { appDir, ensureNpm, put, run, WORK } from '../lib/common.mjs';
import { lastLines, startListening } from '../lib/protocol-clients.mjs';

const NODE_FLAGS = Number(process.versions.node.split('.')[0]) >= 22 ? [] : ['--experimental-websocket'];

/** A `ws` server that prints `CLOSED <path> <json>` for every close frame a client sends. */
const RECORDER = `const http = require("node:http");
const { WebSocketServer } = require("ws");

const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((req, res) => res.end("ok"));
server.on("upgrade", (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => {
    ws.on("close", (code, reason) => console.log("CLOSED " + req.url + " " + JSON.stringify({ code, message: reason.toString("utf8") })));
  });
});
server.listen(0, "127.0.0.1", () => console.log("LISTENING " + server.address().port));
`;

export default {
  id: 'websocket-browser',
  install: (log) => ensureNpm(log),
  async start(cases) {
    const dir = appDir('websocket-browser');
    put(join(dir, 'recorder.cjs'), RECORDER);
    const server = await startListening('websocket recorder', 'node', ['recorder.cjs'], { cwd: dir });
    const base = `ws://127.0.0.1:${server.port}`;
    const blocks = cases.map((c) => `// ${c.id}
{
  const socket = new WebSocket(${JSON.stringify(`${base}/c/${c.id}`)});
${c.code}
}
`);
    put(join(dir, 'client.mjs'), blocks.join('\n'));
    const client = run('node', [...NODE_FLAGS, 'client.mjs'], { cwd: dir, timeoutMs: 60_000 });
    const closes = new Map();
    const seen = (c) =>
      server.proc.waitFor(new RegExp(`CLOSED /c/${c.id} (\\{.*\\})\\n`), 20_000).then((m) => JSON.parse(m[1]));
    return {
      call: (c) => {
        if (!closes.has(c.id)) closes.set(c.id, seen(c));
        return closes.get(c.id);
      },
      output: () => lastLines(server.proc),
      stop: async () => {
        await server.proc.stop();
        const r = await client;
        if (r.code !== 0) throw new Error(`the client exited ${r.code}: ${r.out}`);
      },
    };
  },
  /**
   * For each probe [code, reason], the name of what the WebSocket's close(code, reason) throws
   * (WHATWG: InvalidAccessError for the code, SyntaxError for a reason over 123 bytes), or "accepted".
   */
  async refuses(probes) {
    const dir = join(WORK, 'apps', 'websocket-browser');
    put(join(dir, 'refuses.mjs'), `const out = [];
for (const [code, reason] of ${JSON.stringify(probes)}) {
  const socket = new WebSocket("ws://127.0.0.1:9/");
  socket.onerror = () => {};
  try {
    socket.close(code, reason);
    out.push("accepted");
  } catch (e) {
    out.push(e.name);
  }
}
console.log(JSON.stringify(out));
process.exit(0);
`);
    const r = await run('node', [...NODE_FLAGS, 'refuses.mjs'], { cwd: dir, timeoutMs: 30_000 });
    if (r.code !== 0) throw new Error(`the probe exited ${r.code}: ${r.out}`);
    return JSON.parse(r.out.trim().split('\n').pop());
  },
};
