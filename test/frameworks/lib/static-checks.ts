// Static checks of the snippets of ASP.NET Core, which cannot run on this machine kind (no .NET
// SDK), and of Spring Boot, which runs on Debian's Spring Framework 4.3 (no Maven Central, so no
// Boot 3 / Spring 6): the checks cover what that older Spring cannot show, and are the only proof
// for a snippet naming a constant newer than it (MediaType.APPLICATION_PROBLEM_JSON, @since 5.0).
// And the constant check every framework with a constant table gets. Used by
// scripts/run-frameworks.mjs (bundled through report-entry.ts) and by test/unit/snippets-static.test.ts.
//
// What the checks stand on (the frameworks' own APIs):
// - Spring: `ResponseEntity.status(int)` and `ResponseEntity.status(HttpStatusCode)` exist since
//   Spring 4.1 / 6.0; `HttpStatus` is an enum, and `HttpStatus.valueOf(452)` throws
//   IllegalArgumentException for a code it does not name; `Map.of` takes at most 10 pairs;
//   `MediaType.APPLICATION_PROBLEM_JSON` exists since Spring 5.0; a `Map` body without a content
//   type is written by Jackson as `application/json`.
// - ASP.NET Core: `Results.StatusCode(int)`, `Results.Json(object? data, JsonSerializerOptions?
//   options = null, string? contentType = null, int? statusCode = null)`; `StatusCodes.StatusNNN...`
//   are `int` constants (Microsoft.AspNetCore.Http.StatusCodes); with no content type,
//   `Results.Json` writes `application/json; charset=utf-8`. Anonymous-type member names are
//   written as they are (the web defaults' camelCase leaves lower-case names unchanged).
// - Header fields: Spring's `HeadersBuilder.header(String headerName, String... headerValues)`;
//   ASP.NET Core's `HttpResponse.Headers[name] = value` (IHeaderDictionary, StringValues from a
//   string), the `HttpResponse` taken as a handler parameter, which minimal APIs bind.
import { constantTable, resolveConstant } from '../../../src/core/constants/index';

/** What a snippet must send: from the raw response the extension shows. */
export interface Expected {
  status: number;
  contentType?: string;
  /** The header fields the status needs besides Content-Type (Location, Allow, ...). */
  headers?: Array<{ name: string; value: string }>;
  body?: Record<string, unknown>;
}

/** A snippet as the report gives it. */
export interface SnippetInfo {
  code: string;
  constant?: string;
}

/** The constant a usage expression names (`HttpStatus.NOT_FOUND` in `HttpStatus.{name}`). */
function constantName(usage: string, expression: string): string | undefined {
  const [before, after] = usage.split('{name}') as [string, string];
  if (!expression.startsWith(before) || !expression.endsWith(after)) return undefined;
  return expression.slice(before.length, expression.length - after.length);
}

/**
 * The constant check, for every framework with a constant table: a constant used exists in the
 * table, maps to this very status and is not deprecated, and appears in the code; where none is
 * used, the status is written as its number.
 */
export function constantCheck(tableId: string | undefined, s: SnippetInfo, status: number): string[] {
  const errors: string[] = [];
  if (!s.constant) {
    if (!new RegExp(`(?<![\\w.])${status}(?![\\w.])`).test(s.code)) errors.push(`no constant is used, and the number ${status} is not in the code`);
    return errors;
  }
  if (!tableId) return [`uses ${s.constant}, but the framework has no constant table`];
  const table = constantTable(tableId);
  if (!table) return [`constant table ${tableId} does not exist`];
  const name = constantName(table.usage, s.constant);
  if (name === undefined) return [`${s.constant} is not written as ${table.usage}`];
  const c = resolveConstant(tableId, name);
  if (!c) errors.push(`${s.constant} is not in ${table.title} (${table.source})`);
  else {
    if (c.code !== status) errors.push(`${s.constant} is ${c.code}, not ${status}`);
    if (c.deprecated || c.obsolete) errors.push(`${s.constant} is deprecated${c.deprecated ? ` (use ${c.deprecated})` : ''}`);
    if (c.since) errors.push(`${s.constant} exists only since ${c.since}, newer than the oldest version covered (${table.oldest})`);
  }
  if (!s.code.includes(s.constant)) errors.push(`${s.constant} is not in the code`);
  return errors;
}

/** Splits a comma-separated list at top level (outside string literals and brackets). */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      const m = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(i));
      if (!m) throw new Error(`unterminated string literal in ${text}`);
      cur += m[0];
      i += m[0].length - 1;
      continue;
    }
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** A Java or C# literal as a value: a double-quoted string (JSON escapes are a subset) or an integer. */
function literal(text: string): string | number {
  if (/^-?\d+$/.test(text)) return Number(text);
  if (/^"(?:[^"\\]|\\.)*"$/.test(text)) return JSON.parse(text) as string;
  throw new Error(`not a literal: ${text}`);
}

/** The text between the parentheses that open at `open` (an index of `(`). */
function parenthesised(code: string, open: number): string {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const m = /^"(?:[^"\\]|\\.)*"/.exec(code.slice(i));
      i += (m ? m[0].length : 1) - 1;
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')' && --depth === 0) return code.slice(open + 1, i);
  }
  throw new Error('unbalanced parentheses');
}

/** The status argument: a constant of the table or an integer; returns the code it sends. */
function statusArgument(arg: string, tableId: string, s: SnippetInfo, expected: Expected, errors: string[]): void {
  const a = arg.trim();
  if (/^\d+$/.test(a)) {
    if (Number(a) !== expected.status) errors.push(`sends ${a}, expected ${expected.status}`);
    if (s.constant) errors.push(`the report names constant ${s.constant}, but the code sends the number ${a}`);
    return;
  }
  if (a !== s.constant) errors.push(`status argument ${a} is neither a number nor the reported constant ${s.constant ?? '(none)'}`);
  errors.push(...constantCheck(tableId, { code: s.code, constant: a }, expected.status));
}

function compareBody(fields: Record<string, unknown>, expected: Expected, errors: string[]): void {
  const want = JSON.stringify(Object.entries(expected.body ?? {}).sort(([a], [b]) => a.localeCompare(b)));
  const got = JSON.stringify(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)));
  if (want !== got) errors.push(`body ${got}, expected ${want}`);
}

const mediaType = (v?: string): string | undefined => v?.split(';')[0]!.trim().toLowerCase();

/** Each `call(...)` of the code (a header call), as its list of string-literal arguments. */
function headerCalls(code: string, pattern: RegExp, errors: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of code.matchAll(pattern)) {
    try {
      const [name, value] = [literal(m[1]!.trim()), literal(m[2]!.trim())];
      if (typeof name !== 'string' || typeof value !== 'string') errors.push(`header ${m[0]} is not set from two strings`);
      else out.push([name, value]);
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  return out;
}

/** The header fields set must be exactly the expected ones, each once. */
function compareHeaders(set: Array<[string, string]>, expected: Expected, errors: string[]): void {
  const want = (expected.headers ?? []).map((h) => `${h.name}: ${h.value}`).sort();
  const got = set.map(([n, v]) => `${n}: ${v}`).sort();
  if (JSON.stringify(want) !== JSON.stringify(got)) errors.push(`header fields [${got.join(' | ')}], expected [${want.join(' | ')}]`);
}

const STRING = String.raw`"(?:[^"\\]|\\.)*"`;

function checkSpring(s: SnippetInfo, expected: Expected): string[] {
  const errors: string[] = [];
  const code = s.code;
  if (code.includes('HttpStatus.valueOf')) errors.push('uses HttpStatus.valueOf, which throws for codes HttpStatus does not name');
  if (/HttpStatus\./.test(code) && !code.includes('import org.springframework.http.HttpStatus;')) errors.push('uses HttpStatus without importing it');
  if (!code.includes('import org.springframework.http.ResponseEntity;')) errors.push('does not import ResponseEntity');
  const at = code.indexOf('ResponseEntity');
  const call = /ResponseEntity\s*\.status\(/.exec(code.slice(at + 1));
  if (!call) return [...errors, 'no ResponseEntity.status(...) call'];
  const statusOpen = at + 1 + call.index + call[0].length - 1;
  statusArgument(parenthesised(code, statusOpen), 'spring-httpstatus', s, expected, errors);
  // .header(...) on the builder that .status(...) returns, before .body(...) or .build().
  const end = code.search(/\.(?:body|build)\(/);
  const chain = code.slice(statusOpen, end < 0 ? undefined : end);
  compareHeaders(headerCalls(chain, new RegExp(String.raw`\.header\(\s*(${STRING})\s*,\s*(${STRING})\s*\)`, 'g'), errors), expected, errors);
  if ((code.match(/\.header\(/g) ?? []).length !== (chain.match(/\.header\(/g) ?? []).length) errors.push('a .header(...) call is outside the ResponseEntity chain');
  if (expected.body === undefined) {
    if (!/\.build\(\)/.test(code) || /\.body\(/.test(code)) errors.push('a status without content must end with .build() and send no body');
    if (!code.includes('ResponseEntity<Void>')) errors.push('a status without content should return ResponseEntity<Void>');
    return errors;
  }
  const bodyAt = code.indexOf('.body(Map.of(');
  if (bodyAt < 0) return [...errors, 'no .body(Map.of(...)) call'];
  if (!code.includes('import java.util.Map;')) errors.push('uses Map without importing java.util.Map');
  const items = splitTopLevel(parenthesised(code, bodyAt + '.body(Map.of'.length));
  if (items.length % 2) errors.push('Map.of has an odd number of arguments');
  if (items.length > 20) errors.push('Map.of takes at most 10 key-value pairs');
  const fields: Record<string, unknown> = {};
  try {
    for (let i = 0; i + 1 < items.length; i += 2) fields[literal(items[i]!) as string] = literal(items[i + 1]!);
  } catch (e) {
    errors.push((e as Error).message);
  }
  compareBody(fields, expected, errors);
  const wantsProblem = mediaType(expected.contentType) === 'application/problem+json';
  const setsProblem = code.includes('.contentType(MediaType.APPLICATION_PROBLEM_JSON)');
  if (wantsProblem && !setsProblem) errors.push('expected Content-Type application/problem+json, but the code does not set MediaType.APPLICATION_PROBLEM_JSON');
  if (!wantsProblem && /\.contentType\(/.test(code)) errors.push(`sets a content type, expected Jackson's default ${expected.contentType}`);
  if (setsProblem && !code.includes('import org.springframework.http.MediaType;')) errors.push('uses MediaType without importing it');
  return errors;
}

function checkAspnet(s: SnippetInfo, expected: Expected): string[] {
  const errors: string[] = [];
  const code = s.code;
  const set = headerCalls(code, new RegExp(String.raw`\bresponse\.Headers\[\s*(${STRING})\s*\]\s*=\s*(${STRING})\s*;`, 'g'), errors);
  compareHeaders(set, expected, errors);
  if ((code.match(/\.Headers\b/g) ?? []).length !== set.length) errors.push('a header is set other than as response.Headers["Name"] = "value";');
  if (set.length && !/app\.MapGet\("[^"]*", \(HttpResponse response\) =>\s*\{/.test(code)) errors.push('sets headers, but the handler does not take the HttpResponse as (HttpResponse response) => { ... }');
  if (set.length && !/\breturn Results\.\w+\(/.test(code)) errors.push('a handler with a block body must return its IResult');
  if (expected.body === undefined) {
    const at = code.indexOf('Results.StatusCode(');
    if (at < 0) return ['a status without content must be Results.StatusCode(...)'];
    statusArgument(parenthesised(code, at + 'Results.StatusCode'.length), 'aspnet-statuscodes', s, expected, errors);
    if (code.includes('Results.Json(')) errors.push('sends a JSON body for a status without content');
    return errors;
  }
  const at = code.indexOf('Results.Json(');
  if (at < 0) return ['no Results.Json(...) call'];
  const args = splitTopLevel(parenthesised(code, at + 'Results.Json'.length));
  const named = new Map<string, string>();
  for (const a of args.slice(1)) {
    const m = /^(\w+):\s*([\s\S]+)$/.exec(a);
    if (!m) errors.push(`argument ${a} is not named (options, contentType and statusCode are written by name)`);
    else named.set(m[1]!, m[2]!.trim());
  }
  for (const n of named.keys()) if (!['options', 'contentType', 'statusCode'].includes(n)) errors.push(`Results.Json has no parameter ${n}`);
  const statusArg = named.get('statusCode');
  if (statusArg === undefined) errors.push('no statusCode: argument (Results.Json would send 200)');
  else statusArgument(statusArg, 'aspnet-statuscodes', s, expected, errors);
  const anon = /^new\s*\{([\s\S]*)\}$/.exec(args[0] ?? '');
  if (!anon) errors.push(`the body ${args[0]} is not an anonymous object`);
  else {
    const fields: Record<string, unknown> = {};
    for (const member of splitTopLevel(anon[1]!)) {
      const m = /^([A-Za-z_]\w*)\s*=\s*([\s\S]+)$/.exec(member);
      if (!m) {
        errors.push(`anonymous member ${member} is not name = value`);
        continue;
      }
      try {
        fields[m[1]!] = literal(m[2]!.trim());
      } catch (e) {
        errors.push((e as Error).message);
      }
    }
    compareBody(fields, expected, errors);
  }
  const contentType = named.get('contentType');
  const want = mediaType(expected.contentType);
  if (contentType === undefined) {
    if (want !== 'application/json') errors.push(`no contentType: argument, so Results.Json sends application/json, expected ${expected.contentType}`);
  } else {
    try {
      const value = literal(contentType);
      if (mediaType(String(value)) !== want) errors.push(`contentType ${String(value)}, expected ${expected.contentType}`);
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  return errors;
}

/** Static check of one snippet of a framework that cannot run here; [] when it is right. */
export function staticCheck(frameworkId: string, s: SnippetInfo, expected: Expected): string[] {
  try {
    if (frameworkId === 'spring-boot') return checkSpring(s, expected);
    if (frameworkId === 'aspnet-core') return checkAspnet(s, expected);
    return [`no static check for ${frameworkId}`];
  } catch (e) {
    return [`could not read the snippet: ${(e as Error).message}`];
  }
}
