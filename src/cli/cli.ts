// status-codes: the command-line entry over the core.
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { PROTOCOL_LABELS } from '../core/classes';
import { allEntries, crossProtocolOf, grpcByName, lookup, lookupAll, primaryAnswer, resolve, type Answer, type UnassignedAnswer } from '../core/registry';
import { CLOSE_FRAME_NOTE, GRPC_TRAILERS_NOTE, renderCloseFrame, renderFtpReply, renderGrpcTrailers, renderGrpcurl } from '../core/render/protocols';
import { ftpFunctionGroup } from '../core/classes';
import { BODY_STYLES, type BodyStyle } from '../core/render/body';
import { codeReport, unassignedReport, type CodeReport, type ReportOptions, type UnassignedReport } from '../core/render/report';
import { renderCurl, renderRawResponse, renderSmtpReply, type Rendered } from '../core/render/response';
import { searchCodes } from '../core/search';
import { FRAMEWORKS, frameworkById, renderSnippet } from '../core/snippets/index';
import { SMTP_STAGES } from '../servers/stages';
import { PROTOCOLS, type Protocol, type ResolvedCode } from '../core/types';

const SMTP_STAGE_LIST = SMTP_STAGES.join(', ');

const USAGE = `Usage: status-codes <code> [options]
       status-codes --list [--protocol P] [--json]
       status-codes --search <words> [--protocol P] [--json]
       status-codes serve [--port N] [--body STYLE] [--smtp] [--smtp-port N] [--reply CODE] [--stage STAGE]

Looks a status code up in the bundled registry (HTTP, SMTP reply codes, SMTP enhanced codes,
gRPC status codes, WebSocket close codes, FTP reply codes).

A number answers for every protocol that assigns it, HTTP then SMTP (500: HTTP 500 and SMTP 500);
where only SMTP assigns it, HTTP's answer follows as unassigned, with what it may mean instead
(452: SMTP 452, then HTTP 452). The exit code is 2 only when no protocol assigns the code.
A 4.3.1-style code is an SMTP enhanced code; a gRPC name (NOT_FOUND, codes.NotFound,
grpc.StatusCode.NOT_FOUND) is a gRPC code. gRPC, WebSocket and FTP numbers need --protocol
(status-codes 550 is SMTP 550; status-codes 550 --protocol ftp is FTP 550).
A rendering shows one answer: --raw, --curl and --snippet take HTTP where HTTP assigns the number,
else the SMTP code sent as an HTTP status (452: HTTP/1.1 452 Insufficient Storage); --smtp-reply
takes SMTP.

Options:
  --protocol P        answer only for http, smtp, smtp-enhanced, grpc, websocket or ftp
                      (4.3.1-style codes are enhanced)
  --vendor NAME       pick a vendor's meaning when several exist (e.g. 499 --vendor nginx)
  --raw               print the raw mock HTTP response (nginx 444 and 499, never sent as a
                      response, exit 2 with a line saying what happens instead); for gRPC the
                      trailers as a Trailers-Only HTTP/2 response, for WebSocket the Close frame's
                      bytes in hex (server to client, unmasked; 1005, 1006, 1015 exit 2), for FTP
                      the reply line (with --multiline the multi-line form); what it shows on stderr
  --reason TEXT       the WebSocket close reason or the gRPC message (default: the code's name)
  --body STYLE        body of the raw response and snippets: simple (default) or problem
  --date ISO          the Date header's time (default: now)
  --curl              print the curl line; for gRPC the grpcurl call and what grpcurl prints
  --base URL          base URL of the curl line (default https://httpbin.org)
  --smtp-reply        print the SMTP reply (add --multiline for the multi-line form)
  --snippet FW        print the snippet for a framework: ${FRAMEWORKS.map((f) => f.id).join(', ')}
  --json              print the answers with their renderings, as a JSON array (one object per
                      meaning; an unassigned HTTP answer as {"kind": "unassigned", ...}); with
                      --protocol or a 4.3.1-style code, as one object (an array where vendors
                      share the code)
  --list              list every entry (with --json: all renderings, one JSON array)
  --search WORDS      search as Look Up does: a code or its start (50, 5.1), a class (4xx,
                      5.x.x), a protocol first (smtp 452), a log fragment (550 5.1.1), a constant
                      name (HttpStatus.NOT_FOUND), words of a name or description; ranked, exact
                      code first. Nothing found: "no match", exit code 1
  --detect FILE       find status codes in a file, as JSON (line, column, protocol, code)
  --language ID       language of the --detect file (default: from its extension)
  --help              this text

serve starts the mock servers on 127.0.0.1 and runs until SIGINT or SIGTERM, printing one line per
server with its URL as soon as it listens and one line per request on stderr:
  --port N            the HTTP mock's port (default 8080; 0 picks a free one)
  --body STYLE        the body style when a request names none: simple (default) or problem
  --smtp              also start the SMTP mock
  --smtp-port N       the SMTP mock's port (0, the default, picks a free one)
  --stage STAGE       where the SMTP mock answers --reply: ${SMTP_STAGE_LIST}
  --reply CODE        the reply at --stage: an SMTP code (452) or enhanced code (4.3.1) with the
                      registry's text, a reply as written ("452 4.3.1 No room"), accept or
                      disconnect; a comma-separated list answers attempt after attempt, the last
                      repeating (452,452,250); --multiline gives the registry's multi-line form
HTTP endpoints: /status/<code>[/...], /status/503,503,200, /status/200:0.9,503:0.1, DELETE /sequences;
knobs: ?sleep=ms ?header=Name:Value ?style=problem ?protocol=smtp ?vendor=nginx ?early-hints
?fault=reset|empty|truncate (GET / lists them).`;

class UsageError extends Error {}

/** A rendering's text; a refusal ends the run as a usage error (one line, exit 2). */
function textOrUsage(result: Rendered): string {
  if (!result.ok) throw new UsageError(result.message);
  return result.text;
}

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['protocol', 'vendor', 'body', 'date', 'base', 'snippet', 'search', 'detect', 'language', 'port', 'smtp-port', 'reply', 'stage', 'reason']);
const BOOL_FLAGS = new Set(['raw', 'curl', 'smtp-reply', 'multiline', 'json', 'list', 'help', 'smtp']);
/** Flags only `serve` reads. */
const SERVE_FLAGS = ['port', 'smtp-port', 'reply', 'stage', 'smtp'];

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq === -1 ? undefined : eq);
    if (VALUE_FLAGS.has(name)) {
      const value = eq === -1 ? argv[++i] : a.slice(eq + 1);
      // An empty search is a search that matches nothing, not a usage error.
      if (value === undefined || (value === '' && name !== 'search')) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else if (BOOL_FLAGS.has(name) && eq === -1) {
      flags.set(name, true);
    } else {
      throw new UsageError(`unknown option ${a} (see --help)`);
    }
  }
  return { positional, flags };
}

function str(args: Args, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** A code written as class.subject.detail names its protocol: SMTP enhanced. */
const ENHANCED_FORM = /^[245x]\.\d+\.\d+$/i;

function protocolOf(args: Args, code?: string): Protocol {
  const p = str(args, 'protocol');
  if (p === undefined) return code !== undefined && ENHANCED_FORM.test(code) ? 'smtp-enhanced' : 'http';
  if (!(PROTOCOLS as readonly string[]).includes(p)) throw new UsageError(`unknown protocol "${p}" (${PROTOCOLS.join(', ')})`);
  if (p === 'smtp' && code !== undefined && ENHANCED_FORM.test(code)) return 'smtp-enhanced';
  return p as Protocol;
}

function reportOptions(args: Args): ReportOptions {
  const style = str(args, 'body');
  if (style !== undefined && !(BODY_STYLES as readonly string[]).includes(style)) throw new UsageError(`unknown body style "${style}" (simple or problem)`);
  const date = str(args, 'date');
  let now: (() => Date) | undefined;
  if (date !== undefined) {
    const d = new Date(date);
    if (Number.isNaN(d.getTime())) throw new UsageError(`--date "${date}" is not a date (e.g. 2026-02-25T12:00:00Z)`);
    now = () => d;
  }
  return { bodyStyle: style as BodyStyle | undefined, curlBase: str(args, 'base'), now };
}

function label(r: ResolvedCode): string {
  return `${PROTOCOL_LABELS[r.protocol]} ${r.code} ${r.entry.phrase}${r.entry.vendor ? ` (${r.entry.vendor})` : ''}`;
}

function summary(r: ResolvedCode): string {
  const e = r.entry;
  const lines = [
    label(r),
    `  class:   ${r.codeClass.label} ${r.codeClass.name}`,
    `  status:  ${e.status}${e.vendor ? `, defined by ${e.vendor}` : ''}`,
    `  meaning: ${e.description}`,
  ];
  if (e.text) lines.push(`  text:    ${e.text}`);
  lines.push(...protocolSummary(r));
  // A gRPC entry's aliases are its spellings, which protocolSummary lists.
  if (e.aliases?.length && !e.grpc) lines.push(`  also:    ${e.aliases.join(', ')}`);
  if (e.note) lines.push(`  note:    ${e.note}`);
  lines.push(`  spec:    ${e.spec.title} <${e.spec.url}>`);
  return lines.join('\n');
}

/** The lines only a gRPC, WebSocket or FTP code has. */
function protocolSummary(r: ResolvedCode): string[] {
  const e = r.entry;
  const lines: string[] = [];
  if (e.grpc) {
    const g = e.grpc;
    lines.push(`  name:    ${g.name}`);
    lines.push(`  http:    ${g.http.code} (${g.http.source})`);
    for (const o of g.olderHttp ?? []) lines.push(`  older:   ${o.code} in grpc-gateway ${o.versions}`);
    const from = g.fromHttp.length ? g.fromHttp.join(', ') : '';
    const others = g.name === 'UNKNOWN' ? 'every HTTP status the table does not name' : '';
    if (from || others) lines.push(`  from:    ${[from, others].filter(Boolean).join('; ')} (a response without grpc-status, doc/http-grpc-status-mapping.md)`);
    if (g.library === 'never') lines.push('  library: the gRPC library never generates this code: if you see it, the application sent it');
    else if (g.library === 'generates') lines.push('  library: the gRPC library itself also generates this code (doc/statuscodes.md)');
    lines.push(`  spelled: ${Object.entries(g.spellings).map(([lang, name]) => `${lang} ${name}`).join(', ')}`);
  }
  if (e.websocket) {
    if (!e.websocket.sentOnWire) lines.push('  wire:    never sent in a Close frame; a library reports it locally');
    if (e.websocket.range) lines.push(`  range:   ${e.websocket.range.from}-${e.websocket.range.to}`);
  }
  const group = r.protocol === 'ftp' ? ftpFunctionGroup(r.code) : undefined;
  if (group) lines.push(`  group:   ${group.label} ${group.name}`);
  for (const c of e.conflicts ?? []) lines.push(`  also:    ${c.meaning} (${c.source})`);
  // Codes of other protocols whose data link here (HTTP 404: gRPC 5 maps to it, gRPC 12 is how a client reads it).
  const back = crossProtocolOf(e);
  if (back.length) lines.push(`  linked:  ${back.map(label).join(', ')}`);
  return lines;
}

/** --raw and --curl for a gRPC, WebSocket or FTP code; what the rendering shows goes to stderr. */
function protocolOutputs(r: ResolvedCode, args: Args, err: (s: string) => void): string[] {
  const outputs: string[] = [];
  const reason = str(args, 'reason');
  if (args.flags.has('raw')) {
    if (r.protocol === 'grpc') {
      outputs.push(textOrUsage(renderGrpcTrailers(r, { message: reason })));
      err(`status-codes: note: ${GRPC_TRAILERS_NOTE}`);
    } else if (r.protocol === 'websocket') {
      outputs.push(textOrUsage(renderCloseFrame(r, { reason })));
      err(`status-codes: note: ${CLOSE_FRAME_NOTE}`);
    } else outputs.push(textOrUsage(renderFtpReply(r, { multiline: args.flags.has('multiline') })));
  }
  if (args.flags.has('curl')) {
    if (r.protocol !== 'grpc') throw new UsageError(`${label(r)} has no curl line (--raw shows its ${r.protocol === 'ftp' ? 'reply' : 'Close frame'})`);
    const call = renderGrpcurl(r, { message: reason });
    if (!call.ok) throw new UsageError(call.message);
    outputs.push(call.text);
  }
  if (args.flags.has('smtp-reply')) throw new UsageError(`${label(r)} is not an SMTP code; it has no SMTP reply`);
  return outputs;
}

function unassignedSummary(u: UnassignedAnswer): string {
  const lines = [`${PROTOCOL_LABELS[u.protocol]} ${u.code} is unassigned`, `  class:   ${u.codeClass.label} ${u.codeClass.name}`];
  u.suggestions.forEach((s, i) => lines.push(`${i ? '           ' : '  see:     '}${label(s)}`));
  return lines.join('\n');
}

/** "HTTP 452", or "HTTP 209 and SMTP 209": the answers an error speaks of. */
function names(answers: readonly Answer[]): string {
  return answers.map((a) => `${PROTOCOL_LABELS[a.protocol]} ${a.code}`).join(' and ');
}

function unassignedError(us: readonly UnassignedAnswer[]): UsageError {
  const seen = new Set<string>();
  const suggestions = us.flatMap((u) => u.suggestions).filter((s) => !seen.has(s.entry.id) && !!seen.add(s.entry.id));
  const hint = suggestions.length ? `; did you mean ${suggestions.map(label).join(', ')}?` : '';
  // A free close code belongs to a block that says what it is for (3001: the IANA-registered block).
  const block = us.length === 1 && us[0]!.protocol === 'websocket' ? ` in ${us[0]!.codeClass.label} (${us[0]!.codeClass.name})` : '';
  return new UsageError(`${names(us)} ${us.length > 1 ? 'are' : 'is'} unassigned${block}${hint}`);
}

/**
 * What the code argument names, or a one-line error. The protocol is given by --protocol or by
 * the code's enhanced form (`narrowed`: one answer, shown as before); a bare number without
 * --protocol answers for every protocol (lookupAll).
 */
function resolveArg(args: Args): { answers: Answer[]; narrowed: boolean } {
  const code = args.positional[0];
  if (code === undefined) throw new UsageError('no code given (e.g. status-codes 404, see --help)');
  if (args.positional.length > 1) throw new UsageError(`unexpected argument "${args.positional[1]}"`);
  const grpcName = !args.flags.has('protocol') && !/^\d+$/.test(code.trim()) ? grpcByName(code) : undefined;
  const narrowed = args.flags.has('protocol') || ENHANCED_FORM.test(code.trim()) || !!grpcName;
  const res = grpcName ? lookup('grpc', grpcName.code) : narrowed ? lookup(protocolOf(args, code.trim()), code) : lookupAll(code);
  if (res.kind === 'invalid') throw new UsageError(res.message);
  if (res.kind === 'unassigned') throw unassignedError('answers' in res ? res.answers : [res]);
  const answers: Answer[] = 'answers' in res ? res.answers : [res];
  const vendor = str(args, 'vendor');
  if (vendor === undefined) return { answers, narrowed };
  const found = answers.filter((a) => a.kind === 'found');
  const picked = found
    .map((a) => ({ ...a, matches: a.matches.filter((m) => (m.entry.vendor ?? '').toLowerCase() === vendor.toLowerCase()) }))
    .filter((a) => a.matches.length);
  if (!picked.length) {
    const vendors = found.flatMap((a) => a.matches.map((m) => m.entry.vendor)).filter(Boolean);
    throw new UsageError(`${names(found)} ${found.length > 1 ? 'have' : 'has'} no meaning from vendor "${vendor}"${vendors.length ? ` (vendors: ${vendors.join(', ')})` : ''}`);
  }
  return { answers: picked, narrowed };
}

async function detect(args: Args, out: (s: string) => void, err: (s: string) => void): Promise<void> {
  const file = str(args, 'detect')!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const { detectDocument, languageFromPath } = await import('../core/detect/index');
  const language = str(args, 'language') ?? languageFromPath(file);
  const result = detectDocument(text, language, { path: resolvePath(file) });
  if (result.truncated) {
    err(`status-codes: note: stopped after ${result.lines} of ${result.totalLines} lines (${result.truncated === 'time' ? 'time limit' : 'line limit'})`);
  }
  const findings = result.findings.map((f) => ({ line: f.line + 1, column: f.start + 1, protocol: f.protocol, code: f.code, ...(f.constant ? { constant: f.constant.name } : {}) }));
  out(JSON.stringify(findings, null, 2));
}

/** `--search`: the ranked hits of the core's search (the sidebar and Look Up show the same); none is exit 1. */
function searchCommand(args: Args, opts: ReportOptions, json: boolean, out: (s: string) => void, err: (s: string) => void): number {
  const query = str(args, 'search') ?? '';
  const { hits, unassigned } = searchCodes(query, { protocol: args.flags.has('protocol') ? protocolOf(args) : undefined });
  const notes = unassigned.map((u) => `${PROTOCOL_LABELS[u.protocol]} ${u.code} is unassigned`);
  if (!hits.length) {
    err(`status-codes: no match for ${JSON.stringify(query.trim())}${notes.length ? ` (${notes.join(', ')})` : ''}`);
    return 1;
  }
  if (json) {
    out(JSON.stringify(hits.map((h) => codeReport(h.resolved, opts)), null, 2));
    return 0;
  }
  const lines: string[] = [];
  hits.forEach((h, i) => {
    // What an unassigned code may mean follows the line that says it is unassigned.
    if (h.match === 'suggestion' && hits[i - 1]?.match !== 'suggestion') lines.push(...notes.map((n) => `${n}; did you mean:`));
    lines.push(`${label(h.resolved)} — ${h.resolved.entry.description}`);
  });
  out(lines.join('\n'));
  return 0;
}


function portArg(args: Args, name: string, fallback: number): number {
  const v = str(args, name);
  if (v === undefined) return fallback;
  if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw new UsageError(`--${name} ${v}: a port number, 0 to 65535 (0 picks a free one)`);
  return Number(v);
}

/** Resolves on SIGINT or SIGTERM. */
function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

/** `serve`: the mock servers until `stop` resolves (a signal by default). */
async function serve(args: Args, out: (s: string) => void, err: (s: string) => void, stop: Promise<void>): Promise<number> {
  if (args.positional.length > 1) throw new UsageError(`unexpected argument "${args.positional[1]}"`);
  const style = str(args, 'body');
  if (style !== undefined && !(BODY_STYLES as readonly string[]).includes(style)) throw new UsageError(`unknown body style "${style}" (simple or problem)`);
  const port = portArg(args, 'port', DEFAULT_HTTP_PORT);
  const smtpPort = portArg(args, 'smtp-port', 0);
  const reply = str(args, 'reply');
  const stage = str(args, 'stage');
  if ((reply === undefined) !== (stage === undefined)) throw new UsageError('--reply and --stage go together (e.g. --stage rcpt --reply 452)');
  const withSmtp = args.flags.has('smtp') || reply !== undefined;
  const { startHttpMock } = await import('../servers/http');
  const { startSmtpMock, scriptFor } = await import('../servers/smtp');
  const script = reply !== undefined ? scriptFor(stage!, reply, { multiline: args.flags.has('multiline') }) : {};
  if (typeof script === 'string') throw new UsageError(script);
  const log = (line: string) => err(`${new Date().toISOString()} ${line}`);
  const started: Array<{ close(): Promise<void> }> = [];
  const listenError = (what: string, p: number, e: unknown): UsageError => {
    const code = (e as NodeJS.ErrnoException).code;
    return new UsageError(code === 'EADDRINUSE' ? `${what} port ${p} is in use (try --${what === 'SMTP' ? 'smtp-port' : 'port'} 0 for a free one)` : `cannot listen on 127.0.0.1:${p}: ${(e as Error).message}`);
  };
  try {
    const http = await startHttpMock({ port, style: style as BodyStyle | undefined, log }).catch((e: unknown) => {
      throw listenError('HTTP', port, e);
    });
    started.push(http);
    out(`${http.url} (HTTP mock; GET / lists the endpoints)`);
    if (withSmtp) {
      const smtp = await startSmtpMock({ port: smtpPort, script, log }).catch((e: unknown) => {
        throw listenError('SMTP', smtpPort, e);
      });
      started.push(smtp);
      out(`${smtp.url} (SMTP mock${reply !== undefined ? `; ${stage} answers ${reply}` : '; every stage accepts'})`);
    }
    await stop;
    return 0;
  } finally {
    await Promise.all(started.map((s) => s.close()));
  }
}

/** The HTTP mock's port when --port is not given. */
const DEFAULT_HTTP_PORT = 8080;

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void, stop?: Promise<void>): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.flags.has('help')) {
      out(USAGE);
      return 0;
    }
    if (args.positional[0] === 'serve') return await serve(args, out, err, stop ?? untilSignal());
    const misplaced = SERVE_FLAGS.find((f) => args.flags.has(f));
    if (misplaced) throw new UsageError(`--${misplaced} belongs to serve (status-codes serve --${misplaced} ...)`);
    if (args.flags.has('detect')) {
      await detect(args, out, err);
      return 0;
    }
    const opts = reportOptions(args);
    const json = args.flags.has('json');
    if (args.flags.has('search')) return searchCommand(args, opts, json, out, err);
    if (args.flags.has('list')) {
      const protocol = args.flags.has('protocol') ? protocolOf(args) : undefined;
      const items = allEntries().filter((e) => !protocol || e.protocol === protocol).map((e) => resolve(e));
      if (json) out(JSON.stringify(items.map((r) => codeReport(r, opts)), null, 2));
      else out(items.map((r) => `${label(r)} — ${r.entry.description}`).join('\n'));
      return 0;
    }
    const { answers, narrowed } = resolveArg(args);
    const first = answers.find((a) => a.kind === 'found')?.matches[0];
    if (first && first.protocol !== 'http' && first.protocol !== 'smtp' && first.protocol !== 'smtp-enhanced') {
      if (str(args, 'snippet') !== undefined) throw new UsageError(`${label(first)} is not an HTTP status; no framework snippet sends it`);
      const outputs = protocolOutputs(first, args, err);
      // gRPC, WebSocket and FTP codes come from one protocol's lookup: one found answer.
      const reports = answers.flatMap((a) => (a.kind === 'found' ? a.matches.map((m) => codeReport(m, { ...opts, message: str(args, 'reason') })) : []));
      if (json) outputs.push(JSON.stringify(narrowed && reports.length === 1 ? reports[0] : reports, null, 2));
      if (!outputs.length) outputs.push(answers.flatMap((a) => (a.kind === 'found' ? a.matches.map(summary) : [unassignedSummary(a)])).join('\n\n'));
      out(outputs.join('\n\n'));
      return 0;
    }
    // A rendering shows one meaning: the first of the answer its form prefers (resolveArg leaves at least one found).
    const asHttp = primaryAnswer(answers, 'http')!.matches[0]!;
    const asSmtp = primaryAnswer(answers, 'smtp')!.matches[0]!;
    const outputs: string[] = [];
    if (args.flags.has('raw')) outputs.push(textOrUsage(renderRawResponse(asHttp, { style: opts.bodyStyle, now: opts.now })));
    if (args.flags.has('curl')) outputs.push(textOrUsage(renderCurl(asHttp, opts.curlBase)));
    if (args.flags.has('smtp-reply')) outputs.push(textOrUsage(renderSmtpReply(asSmtp, { multiline: args.flags.has('multiline') })));
    const fw = str(args, 'snippet');
    if (fw !== undefined) {
      const framework = frameworkById(fw);
      if (!framework) throw new UsageError(`unknown framework "${fw}" (${FRAMEWORKS.map((f) => f.id).join(', ')})`);
      const s = renderSnippet(asHttp, framework, { style: opts.bodyStyle });
      if (!s.ok) throw new UsageError(s.message);
      outputs.push(s.code.replace(/\n$/, ''));
    }
    if (json) {
      const reports = answers.flatMap<CodeReport | UnassignedReport>((a) => (a.kind === 'found' ? a.matches.map((m) => codeReport(m, opts)) : [unassignedReport(a)]));
      outputs.push(JSON.stringify(narrowed && reports.length === 1 ? reports[0] : reports, null, 2));
    }
    if (!outputs.length) outputs.push(answers.flatMap((a) => (a.kind === 'found' ? a.matches.map(summary) : [unassignedSummary(a)])).join('\n\n'));
    out(outputs.join('\n\n'));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`status-codes: ${e.message}`);
      return 2;
    }
    err(`status-codes: internal error: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}

if (require.main === module) {
  main(
    process.argv.slice(2),
    (s) => process.stdout.write(s + '\n'),
    (s) => process.stderr.write(s + '\n'),
  ).then((code) => {
    process.exitCode = code;
  });
}
