// The browser's WebSocket API (WHATWG WebSockets), in two real implementations: Debian's Chromium
// (driven by the project's playwright-core, as the UI suite does) and Node's own WebSocket
// (undici; `node --experimental-websocket` on Node 20, global from Node 22). The snippet is the
// client here: each snippet (it closes `socket` once open) runs in a block of its own, in a page
// of Chromium and in a Node script, with `socket` opened to /c/<case>/<client> of a Node `ws`
// server, which records the close code and reason it receives; both must agree. `refuses` asks
// both whether close() throws for the codes the extension gives no browser snippet for.
import { join } from 'node:path';
import { launchChromium } from '../../../scripts/lib/browser.mjs';
import { chromiumPath, playwrightCorePath } from '../../../scripts/lib/tools.mjs';
import { appDir, ensureDebian, ensureNpm, put, run, WORK } from '../lib/common.mjs';
import { lastLines, startListening } from '../lib/protocol-clients.mjs';
import { existsSync } from 'node:fs';

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

/** Every case's snippet, `socket` opened to the recorder's /c/<case>/<client>. */
const clientScript = (cases, base, client) =>
  cases
    .map((c) => `// ${c.id}
{
  const socket = new WebSocket(${JSON.stringify(`${base}/c/${c.id}/${client}`)});
${c.code}
}
`)
    .join('\n');

/** In the page or in Node: the error name close(code, reason) throws per probe, or "accepted". */
function probeClose(probes) {
  return probes.map(([code, reason]) => {
    const socket = new WebSocket('ws://127.0.0.1:9/');
    socket.onerror = () => {};
    try {
      socket.close(code, reason);
      return 'accepted';
    } catch (e) {
      return e.name;
    }
  });
}

let chromium;
const openChromium = async () => (chromium ??= launchChromium({ chromium: chromiumPath(), playwrightCore: playwrightCorePath() }));

export default {
  id: 'websocket-browser',
  install: async (log) => {
    await ensureNpm(log);
    await ensureDebian(['chromium'], () => existsSync(chromiumPath()), log);
  },
  async start(cases) {
    const dir = appDir('websocket-browser');
    put(join(dir, 'recorder.cjs'), RECORDER);
    const server = await startListening('websocket recorder', 'node', ['recorder.cjs'], { cwd: dir });
    const base = `ws://127.0.0.1:${server.port}`;
    put(join(dir, 'client.mjs'), clientScript(cases, base, 'node'));
    const node = run('node', [...NODE_FLAGS, 'client.mjs'], { cwd: dir, timeoutMs: 60_000 });
    const { browser } = await openChromium();
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.addScriptTag({ content: clientScript(cases, base, 'chromium') });
    const seen = (c, client) => server.proc.waitFor(new RegExp(`CLOSED /c/${c.id}/${client} (\\{.*\\})\\n`), 20_000).then((m) => JSON.parse(m[1]));
    return {
      async call(c) {
        const [inNode, inChromium] = await Promise.all([seen(c, 'node'), seen(c, 'chromium')]);
        if (inNode.code !== inChromium.code || inNode.message !== inChromium.message) {
          throw new Error(`Node's WebSocket closed with ${JSON.stringify(inNode)}, Chromium's with ${JSON.stringify(inChromium)}`);
        }
        return inChromium;
      },
      output: () => [lastLines(server.proc), ...pageErrors.map((e) => `Chromium page error: ${e}`)].join('\n'),
      stop: async () => {
        await server.proc.stop();
        const r = await node;
        if (r.code !== 0) throw new Error(`the Node client exited ${r.code}: ${r.out}`);
      },
    };
  },
  /** Closes Chromium, also when the run failed half-way. */
  async dispose() {
    if (!chromium) return;
    const open = chromium;
    chromium = undefined;
    await (await open).close();
  },
  /**
   * For each probe [code, reason], what close(code, reason) throws in Chromium and in Node's
   * WebSocket (WHATWG: InvalidAccessError for the code, SyntaxError for a reason over 123 bytes):
   * the error name when both throw the same, else "accepted" or a description of the difference.
   */
  async refuses(probes) {
    const dir = join(WORK, 'apps', 'websocket-browser');
    put(join(dir, 'refuses.mjs'), `${probeClose}\nconsole.log(JSON.stringify(probeClose(${JSON.stringify(probes)})));\nprocess.exit(0);\n`);
    const r = await run('node', [...NODE_FLAGS, 'refuses.mjs'], { cwd: dir, timeoutMs: 30_000 });
    if (r.code !== 0) throw new Error(`the Node probe exited ${r.code}: ${r.out}`);
    const inNode = JSON.parse(r.out.trim().split('\n').pop());
    const { browser } = await openChromium();
    const page = await browser.newPage();
    const inChromium = await page.evaluate(probeClose, probes);
    await page.close();
    return probes.map((_, i) => (inNode[i] === inChromium[i] ? inNode[i] : inNode[i] === 'accepted' || inChromium[i] === 'accepted' ? 'accepted' : `${inNode[i]} in Node, ${inChromium[i]} in Chromium`));
  },
};
