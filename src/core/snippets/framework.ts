// What a framework is to the snippet renderer.
import type { FrameworkPlacement, SnippetParts } from './parts';
import type { SnippetContext, StringEscaper } from './template';

export interface Framework {
  /** Stable id: `django`, `go-net-http`, `aspnet-core`. */
  id: string;
  /** Display name: "Django", "Go net/http". */
  label: string;
  /** Language id of the code (VS Code and shiki share these): `python`, `go`, `csharp`. */
  language: string;
  /** The table of the framework's own named status constants, when it has one (src/core/constants). */
  constantTable?: string;
  /** How string literals are written. */
  escape: StringEscaper;
  /**
   * The statuses the framework can send as a final response: min..max inclusive, as its own
   * code checks them (Fastify 100..599, the Fetch Response 200..599).
   */
  range: { min: number; max: number };
  /**
   * Header fields of the status header table (src/core/render/headers.ts) that the framework's
   * server refuses from an application; `why` says where that is written. A status that needs one
   * gets no snippet rather than one that fails or drops the field.
   */
  refusesHeaders?: { names: readonly string[]; why: string };
  /**
   * The code that sends `ctx.status` with `ctx.body` (or no body), in parts: the imports, the
   * setup, the handler and the statement inside a body (parts.ts); the whole program is assembled
   * from them.
   */
  template(ctx: SnippetContext): SnippetParts;
  /** How to tell that a file already has the app, the head or the container (insert.ts). */
  place?: FrameworkPlacement;
}
