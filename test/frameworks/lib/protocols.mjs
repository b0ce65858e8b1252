// The protocol part of the frameworks suite (issue 14): the gRPC and WebSocket snippets run in
// their real libraries, and a real client sees the status (gRPC: code and details message) or the
// close (WebSocket: code and reason) the snippet was rendered for.
//
// The cases come from test/frameworks/protocols.json. For each, the runner renders every
// library's snippet through the core (report-entry.ts), checks that the VS Code snippet body
// expands to the plain code and that every refused code is refused by every library, then hands
// each library's cases to its harness (test/frameworks/harnesses/<protocol>-<library>.mjs), which
// places every snippet, unchanged, in a server of its own (or, for the browser, in a client of
// its own) and answers `call(case)` with what the other end saw. grpc-java runs where Debian's
// libgrpc-java, netty and protobuf jars are installable; a library without a harness fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNpm, FRAMEWORKS_DIR } from './common.mjs';

const SPEC = JSON.parse(readFileSync(join(FRAMEWORKS_DIR, 'protocols.json'), 'utf8'));

/** The harness ids of the protocol libraries: `grpc-go`, `websocket-ws`, ... */
export function protocolIds(core) {
  return [...core.grpcLibraries.map((l) => l.id), ...core.websocketLibraries.map((l) => `websocket-${l.id}`)];
}

const fill = (text, values) => text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));

/** Every case and the problems found without running anything, per harness id. */
function buildCases(core, expandSnippet) {
  const byHarness = new Map(protocolIds(core).map((id) => [id, { cases: [], early: [] }]));
  const add = (harnessId, c, r) => {
    const h = byHarness.get(harnessId);
    if (!r.ok) {
      h.early.push(`${c.id}: the extension offers no snippet (${r.message})`);
      return;
    }
    try {
      if (expandSnippet(r.snippet) !== r.code) h.early.push(`${c.id}: the VS Code snippet body expands to different text than the code shown`);
    } catch (e) {
      h.early.push(`${c.id}: ${e.message}`);
    }
    if (r.constant && !r.code.includes(r.constant)) h.early.push(`${c.id}: the constant ${r.constant} is not in the code`);
    h.cases.push({ ...c, code: r.code, snippet: r.snippet, constant: r.constant });
  };

  const g = SPEC.grpc;
  for (const code of g.codes) {
    const name = core.grpcCodeNames[code];
    const messages = [fill(g.message, { name, code })];
    if (g.multiline?.code === code) messages.push(g.multiline.message);
    messages.forEach((message, i) => {
      const id = `grpc-${code}${i ? `-${i}` : ''}`;
      // OK is a normal response, with no message.
      const c = { id, ident: id.replace(/-/g, '_'), input: { code, name, message }, expected: { code, message: code === 0 ? '' : message } };
      for (const r of core.renderGrpc(code, name, message)) add(r.library, c, r);
    });
  }
  for (const [code, name] of [[17, 'UNKNOWN'], [5, 'ALREADY_EXISTS']]) {
    for (const r of core.renderGrpc(code, name, 'x')) if (r.ok) byHarness.get(r.library).early.push(`offers a snippet for gRPC ${code} named ${name}`);
  }

  const w = SPEC.websocket;
  for (const code of w.codes) {
    const reason = fill(w.reason, { code });
    const id = `websocket-${code}`;
    const c = { id, ident: id.replace(/-/g, '_'), input: { code, reason }, expected: { code, message: reason } };
    for (const r of core.renderWebSocket(code, reason)) {
      if (!r.ok && r.library === 'browser' && w.browserRefused.includes(code)) continue;
      add(`websocket-${r.library}`, c, r);
    }
  }
  const refusedBy = (code, reason, libraries) => {
    for (const r of core.renderWebSocket(code, reason)) {
      if (!libraries || libraries.includes(r.library)) {
        if (r.ok) byHarness.get(`websocket-${r.library}`).early.push(`offers a snippet for close code ${code}${reason.length > 40 ? ' with a reason over 123 bytes' : ''}, which it cannot send`);
      }
    }
  };
  for (const code of w.refused) refusedBy(code, 'x');
  for (const code of w.browserRefused) refusedBy(code, 'x', ['browser']);
  refusedBy(4000, w.longReason);
  return byHarness;
}

/** Differences between what the client saw and what the snippet was rendered for. */
function compare(expected, got) {
  const diffs = [];
  if (got.code !== expected.code) diffs.push(`code ${got.code}, expected ${expected.code}`);
  if (got.message !== expected.message) diffs.push(`${expected.code >= 1000 ? 'reason' : 'message'} ${JSON.stringify(got.message)}, expected ${JSON.stringify(expected.message)}`);
  return diffs;
}

/**
 * Runs the protocol harnesses (those `only` names, or all); prints one block per library like the
 * HTTP part and resolves { passed, failed } (libraries) and the failure lines.
 */
export async function runProtocols({ core, only, expandSnippet, loadHarness, pool, parallel, failureLine, log }) {
  const byHarness = buildCases(core, expandSnippet);
  const labels = new Map([...core.grpcLibraries.map((l) => [l.id, l.label]), ...core.websocketLibraries.map((l) => [`websocket-${l.id}`, `WebSocket: ${l.label}`])]);
  const ids = protocolIds(core).filter((id) => !only || only.has(id));
  const failures = [];
  const results = await pool(ids, parallel, async (id) => {
    const t0 = Date.now();
    const { cases, early } = byHarness.get(id);
    const lines = early.map((e) => `  FAIL ${e}`);
    const fail = (m) => lines.push(`  FAIL ${m}`);
    if (!cases.length) fail('no case has a snippet to run');
    const flog = (m) => log(`${id}: ${m}`);
    let passed = 0;
    let server;
    const harness = await loadHarness(id).catch((e) => fail(`its harness does not load: ${e.message}`));
    if (harness) {
      try {
        await ensureNpm(flog); // the clients: grpc-js, ws
        await harness.install(flog);
        if (harness.refuses) {
          // The codes (and the over-long reason) the extension refuses: the library must refuse them too.
          const w = SPEC.websocket;
          const codes = [...w.refused, ...(id === 'websocket-browser' ? w.browserRefused : [])];
          const probes = [...codes.map((code) => [code, 'x']), [4000, w.longReason]];
          const said = await harness.refuses(probes);
          const accepted = probes.filter((p, i) => said[i] === 'accepted').map(([code, reason]) => (reason === 'x' ? String(code) : `${code} with a ${Buffer.byteLength(reason)}-byte reason`));
          if (accepted.length) fail(`the extension refuses close codes ${accepted.join(', ')}, but the library sends them`);
          else lines.push(`  note refused by the library as by the extension (probed): ${probes.map(([code, reason], i) => `${reason === 'x' ? code : `${code} + ${Buffer.byteLength(reason)}-byte reason`} ${said[i]}`).join(', ')}`);
        }
        server = await harness.start(cases, flog);
        const outcomes = await pool(cases, 4, async (c) => {
          try {
            return { c, diffs: compare(c.expected, await server.call(c)) };
          } catch (e) {
            return { c, diffs: [`the call failed: ${e.message}`] };
          }
        });
        for (const { c, diffs } of outcomes) {
          if (diffs.length) {
            fail(`${c.id}: ${diffs.join('; ')}`);
            const said = server.output?.(c)?.trim();
            if (said) lines.push(`  ${id}'s output (last lines) after ${c.id}:`, ...said.split('\n').slice(-10).map((l) => `    | ${l}`));
          } else passed++;
        }
        for (const n of server.notes ?? []) lines.push(`  note ${n}`);
      } catch (e) {
        fail(`cannot run ${labels.get(id)}: ${e.message}`);
      } finally {
        if (server) await server.stop().catch((e) => fail(`stopping ${labels.get(id)}: ${e.message}`));
        await harness.dispose?.().catch(() => {});
      }
    }
    const ok = !lines.some((l) => l.startsWith('  FAIL'));
    for (const l of lines) if (l.startsWith('  FAIL ')) failures.push(failureLine('frameworks', labels.get(id), l.slice('  FAIL '.length)));
    const what =
      id === 'websocket-browser'
        ? "closes that Chromium's and Node's WebSocket sent to a real ws server with the code and reason rendered"
        : id.startsWith('websocket-')
          ? 'closes seen by a real ws client with the code and reason rendered'
          : 'calls answered to a real grpc-js client with the status and message rendered';
    console.log([`${ok ? 'PASS' : 'FAIL'} ${id} (${labels.get(id)}): ${passed}/${cases.length} ${what}, run for real [${((Date.now() - t0) / 1000).toFixed(1)} s]`, ...lines].join('\n'));
    return ok;
  });
  return { passed: results.filter(Boolean).length, failed: results.filter((r) => !r).length, failures };
}
