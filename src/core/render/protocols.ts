// Pure renderers of the codes that are not HTTP statuses: a gRPC status as the trailers of an
// HTTP/2 response and as grpcurl reports it, a WebSocket Close frame's bytes, an FTP reply.
import { ftpFunctionGroup } from '../classes';
import type { ResolvedCode } from '../types';
import { fail, wrap, type Rendered } from './response';

const encoder = new TextEncoder();

function wrongProtocol(r: ResolvedCode, want: string): Rendered & { ok: false } {
  return fail('not-protocol', `${r.code} is not a ${want} code; it has no ${want} form.`);
}

// ---- gRPC ----------------------------------------------------------------------------------

/**
 * grpc-message as gRPC over HTTP/2 writes it (doc/PROTOCOL-HTTP2.md, Percent-Encoded): the bytes of
 * its UTF-8 outside space..tilde, and `%`, as %XX.
 */
export function percentEncodeGrpcMessage(message: string): string {
  let out = '';
  for (const b of encoder.encode(message)) {
    out += b >= 0x20 && b <= 0x7e && b !== 0x25 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export interface GrpcOptions {
  /** The status message (grpc-message); defaults to the entry's phrase. */
  message?: string;
}

/** What the trailers rendering shows, said once (the CLI prints it beside --raw, the view under it). */
export const GRPC_TRAILERS_NOTE =
  'A Trailers-Only response of gRPC over HTTP/2: one HEADERS frame that ends the stream, which is how a server answers a call with an error and no message. On the wire the fields are HPACK-encoded; they are shown here as text.';

/**
 * A gRPC status as a server sends it, a Trailers-Only HTTP/2 response:
 *
 *     HTTP/2 200
 *     content-type: application/grpc
 *     grpc-status: 5
 *     grpc-message: Not Found
 *
 * The HTTP status is 200 whatever the gRPC code (the code travels in grpc-status); OK has no
 * grpc-message.
 */
export function renderGrpcTrailers(r: ResolvedCode, options: GrpcOptions = {}): Rendered {
  if (r.protocol !== 'grpc' || !r.entry.grpc) return wrongProtocol(r, 'gRPC');
  const lines = ['HTTP/2 200', 'content-type: application/grpc', `grpc-status: ${r.code}`];
  const message = options.message ?? (r.code === '0' ? '' : r.entry.phrase);
  if (message) lines.push(`grpc-message: ${percentEncodeGrpcMessage(message)}`);
  return { ok: true, text: lines.join('\n') };
}

export const DEFAULT_GRPC_TARGET = 'localhost:50051';
export const DEFAULT_GRPC_METHOD = 'example.v1.ExampleService/Get';

/**
 * The grpcurl call and what grpcurl prints when the server answers with this status. grpcurl (a Go
 * program) names the code with grpc-go's Code.String(): `NotFound`, `Canceled`. For OK it prints the
 * response message instead, so there is no error output.
 */
export function renderGrpcurl(r: ResolvedCode, options: GrpcOptions & { target?: string; method?: string } = {}): { ok: true; command: string; output?: string; text: string } | (Rendered & { ok: false }) {
  if (r.protocol !== 'grpc' || !r.entry.grpc) return wrongProtocol(r, 'gRPC');
  const command = `grpcurl -plaintext -d '{}' ${options.target ?? DEFAULT_GRPC_TARGET} ${options.method ?? DEFAULT_GRPC_METHOD}`;
  if (r.code === '0') return { ok: true, command, text: command };
  const goName = r.entry.grpc.spellings.go.replace(/^codes\./, '');
  const output = ['ERROR:', `  Code: ${goName}`, `  Message: ${options.message ?? r.entry.phrase}`].join('\n');
  return { ok: true, command, output, text: `${command}\n${output}` };
}

// ---- WebSocket -----------------------------------------------------------------------------

export interface CloseFrameOptions {
  /** The close reason (UTF-8, at most 123 bytes); defaults to the entry's phrase. */
  reason?: string;
}

/** One field of a frame: its bytes and what they are. */
export interface FrameField {
  bytes: number[];
  what: string;
}

export interface CloseFrame {
  /** Every byte of the frame, server to client (unmasked). */
  bytes: number[];
  /** `88 08 03 f0 70 6f 6c 69 63 79`. */
  hex: string;
  fields: FrameField[];
}

const hex = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');

/** What the close-frame rendering shows, said once. */
export const CLOSE_FRAME_NOTE =
  'The Close frame as a server sends it to a client: unmasked. A client must mask every frame it sends: it sets the mask bit of the second byte (0x80 | length), follows it with a random 4-byte masking key and XORs the payload with that key (RFC 6455, Section 5.3).';

/**
 * The Close frame of a close code (RFC 6455 sections 5.2, 5.5.1): FIN + opcode 0x8 (0x88), the payload
 * length (a control frame's payload is at most 125 bytes), the code as 2 bytes big-endian and the
 * reason in UTF-8. Fails for 1005, 1006 and 1015, which RFC 6455 forbids in a Close frame, and for
 * a reason longer than 123 bytes.
 */
export function closeFrame(r: ResolvedCode, options: CloseFrameOptions = {}): { ok: true; frame: CloseFrame } | (Rendered & { ok: false }) {
  if (r.protocol !== 'websocket') return wrongProtocol(r, 'WebSocket');
  if (r.entry.websocket?.sentOnWire === false) {
    return fail('not-sent', `${r.code} ${r.entry.phrase} is never sent in a Close frame (RFC 6455, Section 7.4.1): a WebSocket library reports it to the application when ${r.code === '1005' ? 'a Close frame came without a status code' : r.code === '1006' ? 'the connection closed without a Close frame' : 'the TLS handshake failed'}.`);
  }
  // A range entry listed as such (`4000-4999`) is framed with its first code.
  const code = parseInt(r.code, 10);
  const reason = [...encoder.encode(options.reason ?? r.entry.phrase)];
  if (reason.length > 123) return fail('too-long', `The close reason is ${reason.length} bytes of UTF-8; a Close frame's payload is at most 125 bytes, 2 of them the code, so the reason can be at most 123.`);
  const length = 2 + reason.length;
  const fields: FrameField[] = [
    { bytes: [0x88], what: 'FIN + opcode 0x8 (Close)' },
    { bytes: [length], what: `mask bit 0 (server to client), payload length ${length}` },
    { bytes: [code >> 8, code & 0xff], what: `status code ${code}, big-endian` },
  ];
  if (reason.length) fields.push({ bytes: reason, what: `reason ${JSON.stringify(options.reason ?? r.entry.phrase)}, UTF-8` });
  const bytes = fields.flatMap((f) => f.bytes);
  return { ok: true, frame: { bytes, hex: hex(bytes), fields } };
}

/** The Close frame as text: the hex line, then each field with what it is. */
export function renderCloseFrame(r: ResolvedCode, options: CloseFrameOptions = {}): Rendered {
  const res = closeFrame(r, options);
  if (!res.ok) return res;
  const width = Math.max(...res.frame.fields.map((f) => hex(f.bytes).length));
  const fields = res.frame.fields.map((f) => `${hex(f.bytes).padEnd(width)}  ${f.what}`);
  return { ok: true, text: [res.frame.hex, '', ...fields].join('\n') };
}

// ---- FTP -----------------------------------------------------------------------------------

export interface FtpReplyOptions {
  /** Multi-line form (RFC 959 section 4.2): `550-First line`, further lines, `550 End`. */
  multiline?: boolean;
}

/**
 * An FTP reply: `550 Requested action not taken. File unavailable (e.g., file not found, no access).`,
 * or the multi-line form of RFC 959 section 4.2: the first line with a hyphen after the code, the
 * description as further lines (each led by a space, so none starts with a digit), and the code
 * with a space before the last line. Lines end with CRLF on the wire; shown here one per line.
 */
export function renderFtpReply(r: ResolvedCode, options: FtpReplyOptions = {}): Rendered {
  if (r.protocol !== 'ftp') return wrongProtocol(r, 'FTP');
  const text = r.entry.replyText ?? r.entry.text ?? r.entry.phrase;
  if (!options.multiline) return { ok: true, text: `${r.code} ${text}` };
  return { ok: true, text: [`${r.code}-${text}`, ...wrap(r.entry.description, 72).map((l) => ` ${l}`), `${r.code} End`].join('\n') };
}

/** The function group of an FTP reply code's second digit, as text: `x5z File system`. */
export function ftpGroupText(r: ResolvedCode): string | undefined {
  const g = r.protocol === 'ftp' ? ftpFunctionGroup(r.code) : undefined;
  return g ? `${g.label} ${g.name}` : undefined;
}
