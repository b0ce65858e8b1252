// Bundled by scripts/run-frameworks.mjs (esbuild) so that the runner gets, for each code, exactly
// what the CLI's `--json` prints: `codeReport` with the raw mock response and every framework's
// snippet (`code` = the text with placeholders at their defaults, `snippet` = the VS Code snippet
// body the extension inserts).
import { lookup } from '../../../src/core/registry';
import type { BodyStyle } from '../../../src/core/render/body';
import { codeReport, type CodeReport } from '../../../src/core/render/report';
import { FRAMEWORKS, renderSnippet } from '../../../src/core/snippets/index';
import { GRPC_CODE_NAMES, GRPC_LIBRARIES, renderGrpcSnippets, renderWebSocketSnippets, WEBSOCKET_LIBRARIES } from '../../../src/core/snippets/protocols/index';
import { HONO_STATUS_CODES } from '../../../src/core/snippets/frameworks/js';
import type { Protocol } from '../../../src/core/types';
import { INSERT_CODES, INSERT_FIXTURES, insertIntoFixture, readFixture } from './insert-cases';

export const frameworks = FRAMEWORKS.map((f) => ({ id: f.id, label: f.label, language: f.language, constantTable: f.constantTable, range: f.range, refusesHeaders: f.refusesHeaders }));

/** A fixed clock, so the raw response is the same on every run. */
const NOW = new Date('2026-02-25T12:00:00Z');

export function report(protocol: Protocol, code: string, vendor: string | undefined, style: BodyStyle): { report: CodeReport } | { error: string } {
  const res = lookup(protocol, code);
  if (res.kind !== 'found') {
    return { error: res.kind === 'invalid' ? res.message : `${protocol} ${code} is not in the registry (${res.kind})` };
  }
  const match = vendor
    ? res.matches.find((m) => (m.entry.vendor ?? '').toLowerCase() === vendor.toLowerCase())
    : res.matches.find((m) => m.entry.status !== 'vendor') ?? res.matches[0];
  if (!match) return { error: `${protocol} ${code} has no meaning from vendor ${vendor} in the registry` };
  return { report: codeReport(match, { bodyStyle: style, now: () => NOW }) };
}

export { constantCheck, staticCheck } from './static-checks';
export const honoStatusCodes = [...HONO_STATUS_CODES];

// The protocol snippets (gRPC statuses, WebSocket close codes), as the runner's protocol part
// (test/frameworks/lib/protocols.mjs) takes them: plain data, no functions.
type Rendered = { ok: true; library: { id: string }; code: string; snippet: string; constant?: string } | { ok: false; library: { id: string }; reason: string; message: string };
const plain = (r: Rendered) => (r.ok ? { ok: true, library: r.library.id, code: r.code, snippet: r.snippet, constant: r.constant } : { ok: false, library: r.library.id, reason: r.reason, message: r.message });

export const grpcLibraries = GRPC_LIBRARIES.map((l) => ({ id: l.id, label: l.label, language: l.language }));
export const grpcCodeNames = [...GRPC_CODE_NAMES];
export const websocketLibraries = WEBSOCKET_LIBRARIES.map((l) => ({ id: l.id, label: l.label, language: l.language }));
export const renderGrpc = (code: number, name: string, message: string) => renderGrpcSnippets({ code, name, message }).map(plain);
export const renderWebSocket = (code: number, reason: string) => renderWebSocketSnippets({ code, reason }).map(plain);

/**
 * The in-file and in-body forms of Insert for one framework: each fixture app of
 * test/frameworks/insert with the statement planned into its handler's body and the handler at its
 * top level (insert-cases.ts), for each of INSERT_CODES in the simple body style. `caseId` names
 * the snippet case whose raw response the inserted code must send.
 */
export function insertCases(frameworkId: string, root: string) {
  const framework = FRAMEWORKS.find((f) => f.id === frameworkId)!;
  return (INSERT_FIXTURES[frameworkId] ?? []).flatMap((fixture) =>
    INSERT_CODES.map((code) => {
      const res = lookup('http', code);
      const match = res.kind === 'found' ? (res.matches.find((m) => m.entry.status !== 'vendor') ?? res.matches[0]) : undefined;
      const s = match && renderSnippet(match, framework, { style: 'simple' });
      if (!s?.ok) return { fixture: fixture.file, code, error: `no ${framework.label} snippet for HTTP ${code}` };
      const inserted = insertIntoFixture(readFixture(fixture.file, root), framework, s.parts);
      return { fixture: fixture.file, code, caseId: `http-${code}-simple`, constant: s.constant, text: inserted.code, at: inserted.at, checks: fixture.checks, routes: fixture.routes };
    }),
  );
}
