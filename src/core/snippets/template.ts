// One template, two outputs: the plain code and the VS Code snippet body with tab stops.
//
// A framework's template writes string literals through `ctx.str(...)`. A literal that holds a
// field with a tab stop (the error key, the message) is written with private-use markers around
// its escaped text; `toPlain` drops the markers, `toSnippet` turns them into `${n:default}` and
// escapes `$`, `}` and `\` everywhere else, as the snippet grammar asks.
import { constantFor, constantTable } from '../constants/index';
import type { BodyField, ResponseBody } from '../render/body';
import type { StatusHeader } from '../render/headers';

const OPEN = '\uE000';
const MID = '\uE001';
const CLOSE = '\uE002';
const MARKER = /\uE000(\d)\uE001([^\uE002]*)\uE002/g;

/** The body a template writes, with helpers to write it in the template's language. */
export interface SnippetContext {
  /** The HTTP status sent. */
  status: number;
  /** The expression for the status: a named constant that maps to this very code, else the number. */
  statusExpr: string;
  /** The named constant used, if any. */
  constant?: string;
  /** Undefined when the status carries no content (204, 205, 304). */
  body?: ResponseBody;
  /** The header fields the status needs besides Content-Type (Location, Allow, ...), in table order. */
  headers: readonly StatusHeader[];
  /** A string literal (with quotes) in the template's language; a field with a slot becomes a tab stop. */
  str(value: string | BodyField): string;
  /** A field's value as a literal: strings through `str`, numbers as they are. */
  value(field: BodyField): string;
}

export type StringEscaper = (value: string) => string;

/** Double-quoted string literal as in JSON, which is valid in Python, JavaScript, Java, Go and C#. */
export const jsonString: StringEscaper = (v) => JSON.stringify(v);

/** Ruby double-quoted string: as JSON, and `#{`, `#@`, `#$` must not interpolate. */
export const rubyString: StringEscaper = (v) => JSON.stringify(v).replace(/#(?=[{@$])/g, '\\#');

/**
 * A string literal whose text is tab stop `slot` of the snippet body (and the text itself in the
 * plain code). The quotes stay outside the tab stop: `"${1:insufficient_storage}"`.
 */
export function slotLiteral(escape: StringEscaper, value: string, slot: number): string {
  const literal = escape(value);
  const quote = literal[0]!;
  const inner = literal.slice(1, -1);
  return `${quote}${OPEN}${slot}${MID}${inner}${CLOSE}${quote}`;
}

export function makeContext(options: {
  status: number;
  body?: ResponseBody;
  headers?: readonly StatusHeader[];
  constantTable?: string;
  useConstant: boolean;
  escape: StringEscaper;
}): SnippetContext {
  const { status, body, escape } = options;
  const table = options.constantTable ? constantTable(options.constantTable) : undefined;
  const constant = table && options.useConstant ? constantFor(table.id, status) : undefined;
  const str = (v: string | BodyField): string => {
    if (typeof v === 'string') return escape(v);
    return v.slot ? slotLiteral(escape, String(v.value), v.slot) : escape(String(v.value));
  };
  return {
    status,
    statusExpr: constant ? table!.usage.replace('{name}', constant.name) : String(status),
    constant: constant ? table!.usage.replace('{name}', constant.name) : undefined,
    body,
    headers: options.headers ?? [],
    str,
    value: (f) => (typeof f.value === 'number' ? String(f.value) : str(f)),
  };
}

/** The code as it is inserted with placeholders filled with their defaults. */
export function toPlain(template: string): string {
  return template.replace(MARKER, (_m, _slot: string, inner: string) => inner);
}

const escapeSnippetText = (s: string): string => s.replace(/[\\$}]/g, '\\$&');

/** The VS Code snippet body: tab stops for the key and message, everything else escaped. */
export function toSnippet(template: string): string {
  let out = '';
  let last = 0;
  for (const m of template.matchAll(MARKER)) {
    out += escapeSnippetText(template.slice(last, m.index));
    out += `\${${m[1]}:${escapeSnippetText(m[2]!)}}`;
    last = m.index! + m[0].length;
  }
  return out + escapeSnippetText(template.slice(last));
}
