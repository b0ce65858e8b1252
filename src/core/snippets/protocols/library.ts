// What the gRPC and WebSocket snippet renderers share: a library, and the result of rendering one.
// The templates use the HTTP snippets' two-output mechanism (../template.ts): one text, written
// as the plain code and as the VS Code snippet body with a tab stop for the message or reason.
import { toPlain, toSnippet } from '../template';

/** A library a protocol snippet is written for. */
export interface ProtocolLibrary<Id extends string = string> {
  /** Stable id: `grpc-go`, `ws`. */
  id: Id;
  /** Display name: "grpc-go", "Node ws". */
  label: string;
  /** Language id of the code (VS Code and shiki share these). */
  language: string;
}

export type ProtocolSnippetResult<L extends ProtocolLibrary, Reason extends string> =
  | {
      ok: true;
      library: L;
      /** The code with the placeholder filled with its default (the message or reason given). */
      code: string;
      /** The VS Code snippet body: tab stop 1 is the message (gRPC) or the close reason (WebSocket). */
      snippet: string;
      /** The library's named constant used for the code, when it has one. */
      constant?: string;
    }
  | { ok: false; library: L; reason: Reason; message: string };

/** The two outputs of a template text. */
export function rendered<L extends ProtocolLibrary>(library: L, template: string, constant?: string): { ok: true; library: L; code: string; snippet: string; constant?: string } {
  return { ok: true, library, code: toPlain(template), snippet: toSnippet(template), ...(constant ? { constant } : {}) };
}
