// Everything the core can say about one code, as plain data (the CLI's --json, the webview's model).
import { crossProtocolOf, entryById, relatedOf, type UnassignedAnswer } from '../registry';
import { renderAllSnippets, type UnsupportedReason } from '../snippets/index';
import { renderGrpcSnippets, renderWebSocketSnippets, type GrpcUnsupportedReason, type ProtocolLibrary, type ProtocolSnippetResult, type WebSocketUnsupportedReason } from '../snippets/protocols/index';
import type { Protocol, ResolvedCode, WireKind } from '../types';
import { httpStatusOf, type BodyStyle } from './body';
import { statusHeaders, type StatusHeader } from './headers';
import { DEFAULT_CURL_BASE, notSentMessage, renderCurl, renderNotSent, renderRawResponse, renderSmtpReply, textOf } from './response';
import { renderSmtpClients, type SmtpClientLine } from './smtpClients';
import { CLOSE_FRAME_NOTE, closeFrame, GRPC_TRAILERS_NOTE, renderCloseFrame, renderFtpReply, renderGrpcTrailers, renderGrpcurl, type FrameField } from './protocols';
import { ftpFunctionGroup } from '../classes';
import type { GrpcLanguage } from '../types';

export interface ReportOptions {
  bodyStyle?: BodyStyle;
  curlBase?: string;
  now?: () => Date;
  key?: string;
  message?: string;
}

export type SnippetReport =
  | { language: string; label: string; code: string; snippet: string; constant?: string }
  /** `unsupported` says why in English; `reason` and `range` let a UI say it in its language. */
  | { language: string; label: string; unsupported: string; reason: UnsupportedReason; range: { min: number; max: number } }
  /** The same for a gRPC library or a WebSocket library (`protocolReason`). */
  | { language: string; label: string; unsupported: string; protocolReason: GrpcUnsupportedReason | WebSocketUnsupportedReason };

/** Another code named by a report (a related code, a suggestion). */
type CodeRef = { id: string; protocol: Protocol; code: string; phrase: string };

export interface CodeReport {
  id: string;
  protocol: ResolvedCode['protocol'];
  code: string;
  phrase: string;
  aliases: string[];
  description: string;
  key: string;
  status: string;
  vendor?: string;
  class: { label: string; name: string };
  spec: { title: string; url: string };
  source: string;
  note?: string;
  text?: string;
  basicCodes?: string[];
  related: CodeRef[];
  /** For an SMTP reply code: the related HTTP status (SMTP 452 -> HTTP 507), which `raw` is not. */
  httpEquivalent?: CodeRef;
  raw?: string;
  /** The header fields the status needs (besides Content-Type, Date, Content-Length), as in `raw`. */
  headers?: StatusHeader[];
  /** For a code no client receives (nginx 444, 499): why, and what a client and the log see instead. */
  notSent?: { kind: WireKind; message: string; transcript: string; source: string };
  curl?: string;
  smtpReply?: string;
  smtpReplyMultiline?: string;
  /** Lines that test a mailer against this reply on the SMTP mock. */
  smtpClients?: SmtpClientLine[];
  snippets: Record<string, SnippetReport>;
  /** Entries of other protocols that name this one as related (HTTP 404 <- gRPC 5). */
  relatedFrom?: CodeRef[];
  grpc?: GrpcReport;
  websocket?: WebSocketReport;
  ftp?: FtpReport;
}

export interface GrpcReport {
  name: string;
  spellings: Record<GrpcLanguage, string>;
  /** The HTTP status google/rpc/code.proto maps the code to, with its source and version. */
  http: CodeRef & { source: string };
  olderHttp: Array<{ code: string; versions: string; source: string }>;
  /** HTTP statuses a client without grpc-status reads as this code (doc/http-grpc-status-mapping.md). */
  fromHttp: CodeRef[];
  /** True for UNKNOWN: also every HTTP status the table does not name. */
  fromOtherHttp: boolean;
  library: 'generates' | 'never' | 'not-listed';
  trailers: string;
  trailersNote: string;
  grpcurl: string;
  grpcurlOutput?: string;
}

export interface WebSocketReport {
  sentOnWire: boolean;
  range?: { from: number; to: number };
  /** The Close frame server to client; absent for 1005, 1006, 1015 (`notSent` says why). */
  closeFrame?: { hex: string; fields: FrameField[]; text: string; note: string };
  notSent?: string;
}

export interface FtpReport {
  group?: { label: string; name: string };
  reply: string;
  replyMultiline: string;
  conflicts: Array<{ meaning: string; source: string }>;
}

function httpRef(code: string): CodeRef {
  const e = entryById(`http:${code}`) ?? entryById(`http:${code}@nginx`);
  return { id: e?.id ?? `http:${code}`, protocol: 'http', code, phrase: e?.phrase ?? '' };
}

function protocolSections(r: ResolvedCode, options: ReportOptions): Pick<CodeReport, 'grpc' | 'websocket' | 'ftp'> {
  const e = r.entry;
  if (r.protocol === 'grpc' && e.grpc) {
    const g = e.grpc;
    const curl = renderGrpcurl(r, { message: options.message });
    return {
      grpc: {
        name: g.name,
        spellings: g.spellings,
        http: { ...httpRef(g.http.code), source: g.http.source },
        olderHttp: g.olderHttp ?? [],
        fromHttp: g.fromHttp.map(httpRef),
        fromOtherHttp: g.name === 'UNKNOWN',
        library: g.library,
        trailers: textOf(renderGrpcTrailers(r, { message: options.message }))!,
        trailersNote: GRPC_TRAILERS_NOTE,
        grpcurl: curl.ok ? curl.command : '',
        ...(curl.ok && curl.output ? { grpcurlOutput: curl.output } : {}),
      },
    };
  }
  if (r.protocol === 'websocket' && e.websocket) {
    const frame = closeFrame(r, { reason: options.message });
    return {
      websocket: {
        sentOnWire: e.websocket.sentOnWire,
        ...(e.websocket.range ? { range: e.websocket.range } : {}),
        ...(frame.ok
          ? { closeFrame: { hex: frame.frame.hex, fields: frame.frame.fields, text: textOf(renderCloseFrame(r, { reason: options.message }))!, note: CLOSE_FRAME_NOTE } }
          : { notSent: frame.message }),
      },
    };
  }
  if (r.protocol === 'ftp') {
    const group = ftpFunctionGroup(r.code);
    return {
      ftp: {
        ...(group ? { group } : {}),
        reply: textOf(renderFtpReply(r))!,
        replyMultiline: textOf(renderFtpReply(r, { multiline: true }))!,
        conflicts: e.conflicts ?? [],
      },
    };
  }
  return {};
}

type ProtocolSnippet = ProtocolSnippetResult<ProtocolLibrary, GrpcUnsupportedReason | WebSocketUnsupportedReason>;

/**
 * The handlers returning a gRPC status and the code closing a WebSocket with a close code (a code
 * of a range too: 4001 is a private code an application may send). The message (the status
 * message, the close reason) is the given one, else the entry's phrase.
 */
function protocolSnippets(r: ResolvedCode, message: string | undefined): ProtocolSnippet[] {
  const e = r.entry;
  if (r.protocol === 'grpc' && e.grpc) return renderGrpcSnippets({ code: Number(r.code), name: e.grpc.name, message: message ?? e.phrase });
  if (r.protocol === 'websocket' && /^\d+$/.test(r.code)) return renderWebSocketSnippets({ code: Number(r.code), reason: message ?? e.phrase });
  return [];
}

/** Where a code is free in its protocol: what `lookup` returns for it, as plain data. */
export interface UnassignedReport {
  kind: 'unassigned';
  protocol: ResolvedCode['protocol'];
  code: string;
  class: { label: string; name: string };
  /** What the user may mean: the same number in the other protocols and what those point to. */
  suggestions: CodeRef[];
}

function codeRef(x: ResolvedCode): CodeRef {
  return { id: x.entry.id, protocol: x.protocol, code: x.code, phrase: x.entry.phrase };
}

export function unassignedReport(u: UnassignedAnswer): UnassignedReport {
  return { kind: 'unassigned', protocol: u.protocol, code: u.code, class: { label: u.codeClass.label, name: u.codeClass.name }, suggestions: u.suggestions.map(codeRef) };
}

export function codeReport(r: ResolvedCode, options: ReportOptions = {}): CodeReport {
  const e = r.entry;
  // HTTP codes, and SMTP reply codes sent as an HTTP status; gRPC, WebSocket and FTP have their own sections.
  const isHttpStatus = r.protocol === 'http' || r.protocol === 'smtp';
  const body = { style: options.bodyStyle, key: options.key, message: options.message };
  const snippets: Record<string, SnippetReport> = {};
  if (isHttpStatus) {
    for (const s of renderAllSnippets(r, body)) {
      snippets[s.framework.id] = s.ok
        ? { language: s.framework.language, label: s.framework.label, code: s.code, snippet: s.snippet, ...(s.constant ? { constant: s.constant } : {}) }
        : { language: s.framework.language, label: s.framework.label, unsupported: s.message, reason: s.reason, range: s.framework.range };
    }
  }
  for (const s of protocolSnippets(r, options.message)) {
    const { id, label, language } = s.library;
    snippets[id] = s.ok ? { language, label, code: s.code, snippet: s.snippet, ...(s.constant ? { constant: s.constant } : {}) } : { language, label, unsupported: s.message, protocolReason: s.reason };
  }
  return {
    id: e.id,
    protocol: r.protocol,
    code: r.code,
    phrase: e.phrase,
    aliases: e.aliases ?? [],
    description: e.description,
    key: e.key,
    status: e.status,
    ...(e.vendor ? { vendor: e.vendor } : {}),
    class: { label: r.codeClass.label, name: r.codeClass.name },
    spec: e.spec,
    source: e.source,
    ...(e.note ? { note: e.note } : {}),
    ...(e.text ? { text: e.text } : {}),
    ...(e.basicCodes ? { basicCodes: e.basicCodes } : {}),
    related: relatedOf(r).map(codeRef),
    ...(r.protocol === 'smtp' && relatedOf(r).some((x) => x.protocol === 'http') ? { httpEquivalent: codeRef(relatedOf(r).find((x) => x.protocol === 'http')!) } : {}),
    ...(isHttpStatus && e.wire
      ? { notSent: { kind: e.wire.kind, message: notSentMessage(r)!, transcript: textOf(renderNotSent(r, { now: options.now }))!, source: e.wire.source } }
      : {}),
    ...(isHttpStatus && !e.wire
      ? {
          raw: textOf(renderRawResponse(r, { ...body, now: options.now })),
          headers: statusHeaders(httpStatusOf(r)!),
          // A curl base the renderer rejects (settings are validated before; this is a safety net) gives the default.
          curl: textOf(renderCurl(r, options.curlBase)) ?? textOf(renderCurl(r, DEFAULT_CURL_BASE)),
        }
      : {}),
    ...(r.protocol === 'smtp' || r.protocol === 'smtp-enhanced' ? { smtpReply: textOf(renderSmtpReply(r)), smtpReplyMultiline: textOf(renderSmtpReply(r, { multiline: true })), smtpClients: renderSmtpClients(r) } : {}),
    snippets,
    ...(crossProtocolOf(e).length ? { relatedFrom: crossProtocolOf(e).map(codeRef) } : {}),
    ...protocolSections(r, options),
  };
}
