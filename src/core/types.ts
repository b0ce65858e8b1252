// Core types of the status-code registry. No `vscode` import anywhere under src/core.

/**
 * The protocols the registry knows.
 * - `http`: HTTP status codes (IANA registry plus vendor codes).
 * - `smtp`: SMTP basic reply codes (RFC 5321 and extensions).
 * - `smtp-enhanced`: SMTP enhanced status codes (RFC 3463), stored as `X.Y.Z`
 *   and looked up with their class (`4.3.1`, `5.1.1`).
 */
export type Protocol = 'http' | 'smtp' | 'smtp-enhanced' | 'grpc' | 'websocket' | 'ftp';

/**
 * - `grpc`: the 17 canonical gRPC status codes 0-16 (`google.rpc.Code`), with their HTTP mapping.
 * - `websocket`: WebSocket close codes (RFC 6455 section 7.4 and the IANA registry), with range
 *   entries for the blocks RFC 6455 section 7.4.2 gives a meaning (4000-4999 private use).
 * - `ftp`: FTP reply codes (RFC 959 section 4.2 and the RFCs that add codes).
 */
export const PROTOCOLS: readonly Protocol[] = ['http', 'smtp', 'smtp-enhanced', 'grpc', 'websocket', 'ftp'];

/**
 * The protocols a code written without its protocol is read in (`452`, `5.1.1`): HTTP and SMTP,
 * as before the other protocols came. A gRPC, WebSocket or FTP code is asked for by its protocol
 * (`--protocol ftp`, `ftp 550`, `grpc 5`) or, for gRPC, by its name (`NOT_FOUND`, `codes.NotFound`),
 * so that FTP 550 never stands in for SMTP 550, nor gRPC 5 for anything of HTTP.
 */
export const BARE_PROTOCOLS: readonly Protocol[] = ['http', 'smtp', 'smtp-enhanced'];

/**
 * Where an entry stands:
 * - IANA registration status for HTTP: `permanent`, `temporary`, `unused`, `obsolete`;
 * - `standard` for SMTP codes defined by an RFC;
 * - `deprecated` for an SMTP enhanced code the registry marks deprecated;
 * - `vendor` for codes defined by one product or service (nginx, Cloudflare, ...);
 * - `registered` for a WebSocket close code IANA registered (1012-1014, 3000-3999) that no RFC defines;
 * - `reserved` for a WebSocket code RFC 6455 reserves (1004, and 1005, 1006, 1015 that are never sent);
 * - `range` for a WebSocket range entry (`4000-4999`): what every code of the block means;
 * - `nonstandard` for an FTP reply code servers send that no RFC defines (or defines otherwise).
 */
export type EntryStatus = 'permanent' | 'temporary' | 'unused' | 'obsolete' | 'standard' | 'deprecated' | 'vendor' | 'registered' | 'reserved' | 'range' | 'nonstandard';

/** A document that defines a code, e.g. RFC 9110 section 15.5.5. */
export interface SpecRef {
  /** Human label: "RFC 9110, Section 15.5.5", "nginx documentation". */
  title: string;
  /** A link to the definition (https). */
  url: string;
}

/** How a code that is never sent as a response shows up instead (see StatusEntry.wire). */
export type WireKind = 'closes-connection' | 'logged-only';

/** One entry of the registry. Protocol + code (+ vendor) is the key. */
export interface StatusEntry {
  /** Stable id: `http:404`, `http:499@nginx`, `smtp:452`, `smtp-enhanced:X.3.1`. */
  id: string;
  protocol: Protocol;
  /** `404`, `452`, or for enhanced codes `X.3.1`. */
  code: string;
  /** The name: "Not Found", "Insufficient Storage". Used as HTTP reason phrase and JSON `message`. */
  phrase: string;
  /** Older or alternative names frameworks still use ("Request Entity Too Large"). */
  aliases?: string[];
  /** A short description in our own words. */
  description: string;
  /** The error key: `not_found`, `insufficient_storage`. */
  key: string;
  status: EntryStatus;
  /** For `vendor` entries: the product or service that defines the code ("nginx"). */
  vendor?: string;
  /** The defining document. */
  spec: SpecRef;
  /** Where the facts of this entry were taken from (a URL or a snapshot file). */
  source: string;
  /** Ids of related entries (`smtp:452` -> `smtp-enhanced:X.3.1`, `http:507`). */
  related: string[];
  /** SMTP only: the text of the IANA/RFC registry for this code. */
  text?: string;
  /** SMTP basic codes: the text a server typically writes after the code ("Insufficient system storage"). */
  replyText?: string;
  /** SMTP enhanced codes: the associated basic reply codes as the registry gives them ("451", "550"). */
  basicCodes?: string[];
  /** SMTP enhanced codes: the classes the code is used with (subset of 2, 4, 5); all three when unrestricted. */
  classes?: Array<2 | 4 | 5>;
  /**
   * HTTP codes no client ever receives: `closes-connection` (nginx 444 drops the connection with no
   * response), `logged-only` (nginx 499 is written to the access log after the client has gone).
   * `source` is where that is documented.
   */
  wire?: { kind: WireKind; source: string };
  /** Free remark shown to users, e.g. a temporary registration's expiry date. */
  note?: string;
  /** gRPC only: the canonical name (`NOT_FOUND`) and how each language spells it. */
  grpc?: GrpcFacts;
  /** WebSocket only. */
  websocket?: WebSocketFacts;
  /** FTP only: where the code's meaning is disputed or defined twice, each reading with its source. */
  conflicts?: Array<{ meaning: string; source: string }>;
}

/** The languages whose gRPC library spellings the registry records. */
export type GrpcLanguage = 'go' | 'python' | 'java' | 'node' | 'csharp' | 'rust';

export const GRPC_LANGUAGES: readonly GrpcLanguage[] = ['go', 'python', 'java', 'node', 'csharp', 'rust'];

/** An HTTP status a gRPC code maps to, with the document and version it comes from. */
export interface GrpcHttpMapping {
  /** `404`. */
  code: string;
  /** The source and its version: "googleapis google/rpc/code.proto @f8291d2b". */
  source: string;
}

export interface GrpcFacts {
  /** `NOT_FOUND`, as `google.rpc.Code` names it. */
  name: string;
  /**
   * The constant as each library spells it, qualified as code writes it: Go `codes.NotFound`,
   * Python `grpc.StatusCode.NOT_FOUND`, Java `Status.Code.NOT_FOUND`, grpc-js `status.NOT_FOUND`,
   * C# `StatusCode.NotFound`, Rust tonic `Code::NotFound`.
   */
  spellings: Record<GrpcLanguage, string>;
  /** The HTTP status of google/rpc/code.proto's "HTTP Mapping" comment (= grpc-gateway HTTPStatusFromCode at HEAD). */
  http: GrpcHttpMapping;
  /** Where an older grpc-gateway mapped the code differently: which versions, which status. */
  olderHttp?: Array<GrpcHttpMapping & { versions: string }>;
  /**
   * The HTTP statuses grpc's doc/http-grpc-status-mapping.md maps to this code, for a client that got
   * a response without `grpc-status` (not symmetric with `http`; UNKNOWN also takes "all other codes").
   */
  fromHttp: string[];
  /**
   * What grpc's doc/statuscodes.md says of the library: `generates` (its table lists cases where the
   * library itself returns the code), `never` (its list of codes the library never generates: seen,
   * the application sent it), `not-listed` (in neither: OK, PERMISSION_DENIED).
   */
  library: 'generates' | 'never' | 'not-listed';
}

export interface WebSocketFacts {
  /** False for 1005, 1006, 1015: RFC 6455 forbids them in a Close frame; a library reports them locally. */
  sentOnWire: boolean;
  /** For a range entry: the first and last code of the block. */
  range?: { from: number; to: number };
}

/** The class of a code: `4xx` for HTTP, `4` (transient) for SMTP. */
export interface CodeClass {
  protocol: Protocol;
  /** The leading digit. */
  digit: number;
  /** `4xx` / `4yz` / `4.X.X`. */
  label: string;
  /** "Client Error", "Transient Negative Completion". */
  name: string;
}

/**
 * A concrete code as a user writes it, resolved against the registry.
 * For enhanced codes `code` is concrete (`4.3.1`) while `entry.code` is `X.3.1`.
 */
export interface ResolvedCode {
  protocol: Protocol;
  /** Concrete code: `404`, `452`, `4.3.1`. */
  code: string;
  entry: StatusEntry;
  codeClass: CodeClass;
}

export type LookupResult =
  /** One or more meanings; the standard one first, then vendor meanings in a stable order. */
  | { kind: 'found'; protocol: Protocol; code: string; codeClass: CodeClass; matches: ResolvedCode[] }
  /** Well-formed but not assigned (HTTP 452). `suggestions` are what the user may mean. */
  | { kind: 'unassigned'; protocol: Protocol; code: string; codeClass: CodeClass; suggestions: ResolvedCode[] }
  /** Not a code of that protocol at all ("abc", "999", "9.1.1"). `message` says why. */
  | { kind: 'invalid'; protocol: Protocol; code: string; message: string };
