// Core types of the status-code registry. No `vscode` import anywhere under src/core.

/**
 * The protocols the registry knows.
 * - `http`: HTTP status codes (IANA registry plus vendor codes).
 * - `smtp`: SMTP basic reply codes (RFC 5321 and extensions).
 * - `smtp-enhanced`: SMTP enhanced status codes (RFC 3463), stored as `X.Y.Z`
 *   and looked up with their class (`4.3.1`, `5.1.1`).
 */
export type Protocol = 'http' | 'smtp' | 'smtp-enhanced';

export const PROTOCOLS: readonly Protocol[] = ['http', 'smtp', 'smtp-enhanced'];

/**
 * Where an entry stands:
 * - IANA registration status for HTTP: `permanent`, `temporary`, `unused`, `obsolete`;
 * - `standard` for SMTP codes defined by an RFC;
 * - `deprecated` for an SMTP enhanced code the registry marks deprecated;
 * - `vendor` for codes defined by one product or service (nginx, Cloudflare, ...).
 */
export type EntryStatus = 'permanent' | 'temporary' | 'unused' | 'obsolete' | 'standard' | 'deprecated' | 'vendor';

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
