// Named status constants: `http.StatusNotFound`, `HttpStatus.NOT_FOUND`, `status.HTTP_404_NOT_FOUND`,
// `StatusCodes.Status404NotFound`, `Response::HTTP_NOT_FOUND`, `StatusCode::NOT_FOUND`, Rails `:not_found`.
// Resolved through the framework tables of src/core/constants (each read from the framework's source).
import { constantTables, type ConstantTable, type NamedConstant } from '../constants/index';
import { allEntries, lookup } from '../registry';

const known = (code: number): boolean => lookup('http', String(code)).kind === 'found';
import { familyOf, type Family } from './languages';
import { statusContext } from './numbers';
import { NW } from './patterns';
import { findHelpers } from './vocabulary';

/** Which languages use which table. Tables not listed here apply to every language. */
const TABLE_LANGUAGES: Record<string, readonly string[]> = {
  'go-net-http': ['go'],
  'spring-httpstatus': ['java', 'kotlin', 'groovy', 'scala'],
  'nestjs-httpstatus': ['typescript', 'javascript', 'typescriptreact', 'javascriptreact'],
  'python-httpstatus': ['python'],
  'starlette-status': ['python'],
  'drf-status': ['python'],
  'aspnet-statuscodes': ['csharp', 'fsharp', 'vb', 'razor', 'aspnetcorerazor'],
  'dotnet-httpstatuscode': ['csharp', 'fsharp', 'vb', 'razor', 'aspnetcorerazor', 'powershell'],
  'rack-symbols': ['ruby', 'erb', 'haml', 'slim'],
  'symfony-response': ['php', 'blade'],
  'rust-http': ['rust'],
  'java-httpurlconnection': ['java', 'kotlin', 'groovy', 'scala'],
  'jaxrs-status': ['java', 'kotlin', 'groovy', 'scala'],
  'opensearch-reststatus': ['java', 'kotlin', 'groovy', 'scala'],
};

/** When two tables share a qualifier and a language, the earlier one here wins (without a document hint). */
const TABLE_ORDER = ['starlette-status', 'drf-status'];

/** Families where a language filter would only hide constants: prose and unknown languages see every table. */
const OPEN_FAMILIES: readonly Family[] = ['text', 'other', 'data', 'http'];

interface QualifiedTable {
  table: ConstantTable;
  /** `HttpStatus`, `http`, `status`, `StatusCodes`, `Response`, `Response.Status`; '' for symbol tables. */
  qualifier: string;
  /** The last segment of a qualified qualifier (`Status` of `Response.Status`), accepted only in a status context. */
  short?: string;
  /** `.`, `::`, or `:` for symbol tables. */
  sep: string;
  names: Map<string, NamedConstant>;
}

interface Index {
  qualified: QualifiedTable[];
  symbol: QualifiedTable[];
  re: RegExp | undefined;
}

let INDEX: Index | undefined;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildIndex(): Index {
  // The tables are fixed when the module loads: build the index once.
  if (INDEX) return INDEX;
  const tables = constantTables();
  const qualified: QualifiedTable[] = [];
  const symbol: QualifiedTable[] = [];
  for (const table of tables) {
    const m = /^(.*?)\{name\}/.exec(table.usage ?? '');
    if (!m) continue;
    const before = m[1]!;
    const names = new Map(table.constants.map((c) => [c.name, c]));
    if (before === ':') {
      symbol.push({ table, qualifier: '', sep: ':', names });
      continue;
    }
    const q = /^((?:[A-Za-z_]\w*(?:\.|::))*?[A-Za-z_]\w*)(\.|::)$/.exec(before);
    if (!q) continue;
    const qualifier = q[1]!;
    const short = /([A-Za-z_]\w*)$/.exec(qualifier)![1]!;
    qualified.push(short === qualifier ? { table, qualifier, sep: q[2]!, names } : { table, qualifier, short, sep: q[2]!, names });
  }
  qualified.sort((a, b) => rank(a.table.id) - rank(b.table.id));
  const all = qualified.flatMap((t) => (t.short ? [t.qualifier, t.short] : [t.qualifier]));
  const quals = [...new Set(all)].sort((a, b) => b.length - a.length).map(escapeRe);
  const re = quals.length ? new RegExp(String.raw`${NW}(${quals.join('|')})(\.|::)([A-Za-z_][A-Za-z0-9_]*)(?![\w$])`, 'g') : undefined;
  INDEX = { qualified, symbol, re };
  return INDEX;
}

function rank(id: string): number {
  const i = TABLE_ORDER.indexOf(id);
  return i < 0 ? TABLE_ORDER.length : i;
}

function usable(tableId: string, languageId: string, family: Family): boolean {
  if (OPEN_FAMILIES.includes(family)) return true;
  const langs = TABLE_LANGUAGES[tableId];
  return !langs || langs.includes(languageId);
}

export interface ConstantHit {
  start: number;
  end: number;
  code: number;
  table?: string;
  name: string;
  /** The current name, when the constant is deprecated (followed to the end of a chain of renames). */
  deprecated?: string;
  /** Deprecated with no replacement. */
  obsolete?: boolean;
  /** How a hit without a table was found: `constant-name` (a registry name), else a name carrying its code. */
  rule?: string;
  /** A mail vocabulary's hit (`SmtpStatusCode.Ok`); HTTP otherwise. */
  protocol?: 'smtp';
}

/** A hit for constant `c` of table `t`, with its deprecation followed to the current name. */
function hit(start: number, end: number, t: QualifiedTable, c: NamedConstant): ConstantHit {
  const h: ConstantHit = { start, end, code: c.code, table: t.table.id, name: c.name };
  let current = c;
  for (let i = 0; i < 5 && current.deprecated; i++) {
    const next = t.names.get(current.deprecated);
    if (!next) {
      h.deprecated = current.deprecated;
      break;
    }
    current = next;
    h.deprecated = next.name;
  }
  if (!h.deprecated && c.obsolete) h.obsolete = true;
  return h;
}

/** The constants a name typed at the end of `pre` may complete to: the table and where the name starts. */
export interface ConstantContext {
  table: ConstantTable;
  /** Column where the (possibly empty) name starts: just after `HttpStatus.`, `http.`, `:`. */
  nameStart: number;
}

/**
 * The constant table whose qualifier stands just before the name being typed at `column`
 * (`HttpStatus.NOT|`, `http.Status|`, `status: :not|`), by the tables' `usage`. Only tables
 * scoped to the language (Go's `http.` in Go only; none in prose or unknown languages), the
 * preferred one first as findConstants picks; a short qualifier (`Status.` of `Response.Status.`)
 * only in a status context of `line` (which the caller may close: `respond(Status.X)`).
 */
export function constantContextAt(line: string, column: number, languageId: string, prefer: readonly string[] = []): ConstantContext | undefined {
  const lang = languageId.toLowerCase();
  const family = familyOf(lang);
  if (OPEN_FAMILIES.includes(family)) return undefined;
  const pre = line.slice(Math.max(0, column - 120), column);
  const offset = column - pre.length;
  const name = /[A-Za-z0-9_]*$/.exec(pre)![0];
  const nameStart = column - name.length;
  const head = pre.slice(0, pre.length - name.length);
  const scoped = (t: QualifiedTable) => TABLE_LANGUAGES[t.table.id]?.includes(lang) ?? true;
  const idx = buildIndex();
  if (head.endsWith(':') && !head.endsWith('::')) {
    const at = head.length - 1;
    if (!SYMBOL_PRE.test(head.slice(Math.max(0, at - 60), at)) || (family !== 'ruby')) return undefined;
    const t = idx.symbol.find(scoped);
    return t && { table: t.table, nameStart };
  }
  const candidates = idx.qualified.filter((t) => {
    if (!scoped(t)) return false;
    for (const q of t.short ? [t.qualifier, t.short] : [t.qualifier]) {
      const written = q + t.sep;
      if (!head.endsWith(written) || /[\w$]/.test(head.charAt(head.length - written.length - 1))) continue;
      if (q === t.qualifier) return true;
      const start = offset + head.length - written.length;
      const end = column + /^[A-Za-z0-9_]*/.exec(line.slice(column))![0].length;
      if (!/[\w$.]/.test(head.charAt(head.length - written.length - 1)) && !isGrpc(line, start) && statusContext(line, start, end, family)) return true;
    }
    return false;
  });
  candidates.sort((a, b) => Number(!prefer.includes(a.table.id)) - Number(!prefer.includes(b.table.id)));
  return candidates[0] && { table: candidates[0].table, nameStart };
}

/** Context for a Rails status symbol: `status: :not_found`, `non_navigational_status: :no_content`, `redirect_status = :see_other`, `head :ok`, `assert_response :missing`, Rack's `SYMBOL_TO_STATUS_CODE[:gone]`, `Rack::Utils.status_code(:gone)`; both branches of a ternary there (`head saved ? :ok : :unprocessable_entity`). */
const SYMBOL_PRE =
  /(?:(?<![\w$])(?:[a-z_]+_)?status\s*:\s*|(?<![\w$])(?:[a-z]\w*_)?status\s*=\s*|:status\s*=>\s*|['"]status['"]\s*=>\s*|(?<![\w$.:@])(?:head|assert_response|have_http_status|status)\s*\(?\s*|SYMBOL_TO_STATUS_CODE\s*(?:\[|\.fetch\(|\.key\?\()\s*|\bstatus_code\(\s*)(?:[^?;:]{1,60}\?\s*(?::[a-z_]+\s+:\s*)?)?$/;
const SYMBOL_RE = /(?<![\w:]):([a-z_][a-z0-9_]*)(?![\w?!:])/g;

/** Names that carry their code: `HTTP_404_NOT_FOUND`, Falcon's `HTTP_404`, `Status404NotFound`. */
const GO_STATUS_NAME_RE = /(?<![\w$.])[a-z]\w*\.(Status[A-Z][A-Za-z]+)(?![\w$(])/g;
const CODE_LED_NAME_RE = /(?<![\w$])S?([1-5]\d\d)_([A-Za-z][A-Za-z0-9_]*[A-Za-z])(?![\w$])/g;
const K_CODE_NAME_RE = /(?<![\w$])k([1-5]\d\d)([A-Z][A-Za-z]+)(?![\w$])/g;
const EMBEDDED_RE = /(?<![\w$])(?:HTTP_([1-5]\d\d)(?:_[A-Z0-9_]+)?|Status([1-5]\d\d)[A-Z][A-Za-z0-9]*)(?![\w$])/g;
/** A name that ends with `Status` and the code, or a test's or mock's with `Response` and a code past 1xx: `DefaultStatus429`, `EXPECTED_STATUS_404`, `assertResponse201` (known codes only; not `maxResponse500`). */
const STATUS_SUFFIX_RE = /(?<![\w$])(?:[A-Za-z][\w$]*?(?:[a-z]Status|_STATUS_?)|(?:assert|expect|test|Test|should|check|verify|mock|stub|respond|send|on|handle)[\w$]*?(?:Response|_RESPONSE_?)(?=[2-5]))([1-5]\d\d)(?![\w$])/g;
const STATUS_SUFFIX_HINT = /(?:[a-z]Status|_STATUS_?|[a-z]Response|_RESPONSE_?)[1-5]\d\d(?![\w$])/;
/**
 * A bare constant named `HTTP_` or `HTTP_STATUS_` and a status name: `HTTP_STATUS_OK = 200`, `HTTP_NOT_FOUND`; or one of a class
 * named for HTTP, a status or a response (`HttpConstants.HTTP_CREATED`, mollie's `ResponseStatusCode::HTTP_FORBIDDEN`), or a PHP
 * class's own (`self::HTTP_UNAUTHORIZED` in codeigniter-restserver and in Symfony Response's subclasses), or a C library's
 * (libmicrohttpd's `MHD_HTTP_BAD_REQUEST`, nginx's `NGX_HTTP_NOT_FOUND`), or OpenResty's (`ngx.HTTP_FORBIDDEN`).
 */
// (The literal first, its prefix tested behind it: a regex that opens with lookbehinds tries them at every column.)
const HTTP_PREFIXED_RE = /HTTP_(?<=(?:^|[^\w$.:>\\]|(?<![\w$])[A-Za-z]*(?:Http|Status|Response)[A-Za-z]*(?:\.|::)|(?<![\w$])(?:self|static|parent)::|(?<![\w$])ngx\.|(?<![\w$])(?:MHD|NGX|EV)_)HTTP_)(?:STATUS_)?([A-Z][A-Z_]*[A-Z])(?![\w$])/g;

/**
 * Finds named constants in a line. `prefer` lists table ids to try first (from document hints:
 * `drf-status` in a Django REST framework module).
 */
export function findConstants(line: string, languageId: string, family: Family, prefer: readonly string[] = [], bareNames = false): ConstantHit[] {
  const out: ConstantHit[] = [];
  const idx = buildIndex();
  const lang = languageId.toLowerCase();
  if (idx.re) {
    idx.re.lastIndex = 0;
    for (let m = idx.re.exec(line); m; m = idx.re.exec(line)) {
      const [whole, qualifier, sep, name] = m as unknown as [string, string, string, string];
      // A short qualifier (`Status.` of JAX-RS `Response.Status.`) is also gRPC's: only in a status context.
      let shortOk: boolean | undefined;
      // (JAX-RS's `Status.NOT_FOUND.getStatusCode()` reads its HTTP number: a context of its own.)
      const shortAccepted = () => (shortOk ??= !isGrpc(line, m!.index) && (line.startsWith('.getStatusCode()', m!.index + whole.length) || statusContext(line, m!.index, m!.index + whole.length, family)));
      const candidates = idx.qualified.filter(
        (t) => t.sep === sep && (t.qualifier === qualifier || (t.short === qualifier && shortAccepted())) && usable(t.table.id, lang, family),
      );
      candidates.sort((a, b) => Number(!prefer.includes(a.table.id)) - Number(!prefer.includes(b.table.id)));
      let resolved = false;
      for (const t of candidates) {
        const c = t.names.get(name);
        if (!c) continue;
        out.push(hit(m.index, m.index + whole.length, t, c));
        resolved = true;
        break;
      }
      // `http.HTTPStatus.OK`: the name may itself be a qualifier; look again from it.
      if (!resolved) idx.re.lastIndex = m.index + qualifier.length + sep.length;
    }
  }
  if (idx.symbol.length && line.includes(':')) {
    // Symbols are Ruby's (and prose about it); Elixir/Clojure atoms and keywords are everywhere.
    const tables = family === 'ruby' || family === 'text' ? idx.symbol.filter((t) => usable(t.table.id, lang, family)) : [];
    if (tables.length) {
      SYMBOL_RE.lastIndex = 0;
      for (let m = SYMBOL_RE.exec(line); m; m = SYMBOL_RE.exec(line)) {
        const pre = line.slice(Math.max(0, m.index - 60), m.index);
        if (!SYMBOL_PRE.test(pre)) continue;
        for (const t of tables) {
          const c = t.names.get(m[1]!);
          if (!c) continue;
          out.push(hit(m.index, m.index + m[0].length, t, c));
          break;
        }
      }
    }
  }
  for (const h of findHelpers(line, lang, registryCode)) if (!out.some((o) => o.start < h.end && h.start < o.end)) out.push(h);
  findByName(line, family, out);
  if (lang === 'elixir' && line.includes(':')) findPlugAtoms(line, out);
  if (bareNames && (family === 'jvm' || family === 'js')) findBareNames(line, family, out);
  else if (family !== 'text' && family !== 'data' && BARE_SNAKE_NEAR.test(line)) findBareNames(line, family, out, true);
  const bare = BARE_PREFIXES[lang] ?? (family === 'jvm' ? BARE_PREFIXES.java : undefined);
  if (bare && line.includes('_')) forFreeMatches(bare, line, out, (m, start, end) => {
    const code = registryCode(m[1]!);
    if (code !== undefined) out.push({ start, end, code, name: m[0], rule: 'constant-name' });
  });
  if ((line.includes('Status') || line.includes('STATUS') || line.includes('Response') || line.includes('RESPONSE')) && STATUS_SUFFIX_HINT.test(line)) forFreeMatches(STATUS_SUFFIX_RE, line, out, (m, start, end) => {
    const code = Number(m[1]);
    if (known(code)) out.push({ start, end, code, name: m[0], rule: 'embedded-name' });
  });
  if (line.includes('HTTP_')) forFreeMatches(HTTP_PREFIXED_RE, line, out, (m, start, end) => {
    const code = registryCode(m[1]!);
    if (code !== undefined) out.push({ start, end, code, name: m[0], rule: 'constant-name' });
    else {
      // A name of its own that a table the document imports has, used bare: HttpURLConnection's `HTTP_INTERNAL_ERROR`,
      // `HTTP_MOVED_PERM` (not elsewhere: `HTTP_VERSION = "HTTP/1.1"` and `HTTP_CLIENT_TIMEOUT` are settings).
      const t = idx.qualified.find((q) => prefer.includes(q.table.id) && q.names.has(m[0]) && usable(q.table.id, lang, family));
      if (t) out.push(hit(start, end, t, t.names.get(m[0])!));
    }
  });
  // Go frameworks copy net/http's names into their own packages: hertz `consts.StatusNotFound`, fasthttp `fasthttp.StatusOK`.
  if (family === 'go' && line.includes('.Status')) forFreeMatches(GO_STATUS_NAME_RE, line, out, (m, start, end) => {
    const code = registryCode(m[1]!);
    if (code !== undefined) out.push({ start, end, code, name: m[0], rule: 'constant-name' });
  });
  // A name led by its code and spelling its phrase: skrape.it's enum entry `` `417_Expectation_Failed` ``, nette's `S202_Accepted`.
  if (/\d_[A-Za-z]/.test(line)) forFreeMatches(CODE_LED_NAME_RE, line, out, (m, start, end) => {
    const code = Number(m[1]);
    if (byName().get(m[2]!.toLowerCase().replace(/[^a-z0-9]+/g, '_')) === code) out.push({ start, end, code, name: m[0], rule: 'embedded-name' });
  });
  // A C++ constant led by `k` and its code, spelling its phrase: Drogon's `k421MisdirectedRequest`.
  if (/k[1-5]\d\d[A-Z]/.test(line)) forFreeMatches(K_CODE_NAME_RE, line, out, (m, start, end) => {
    const code = Number(m[1]);
    if (namesCode(m[2]!, String(code))) out.push({ start, end, code, name: m[0], rule: 'embedded-name' });
  });
  forFreeMatches(EMBEDDED_RE, line, out, (m, start, end) => {
    // A bare imported name (`from starlette.status import HTTP_404_NOT_FOUND`): resolve it in a table that has it.
    const code = Number(m[1] ?? m[2]);
    const t = idx.qualified
      .filter((q) => usable(q.table.id, lang, family))
      .sort((a, b) => Number(!prefer.includes(a.table.id)) - Number(!prefer.includes(b.table.id)))
      .find((q) => q.names.get(m[0])?.code === code);
    const c = t?.names.get(m[0]);
    out.push(c && t ? hit(start, end, t, c) : { start, end, code, name: m[0] });
  });
  return out;
}

// --- constants of libraries without a table, by their name ----------------------------------------
//
// `StatusCodes.NOT_FOUND` (npm http-status-codes), `StatusCodes.NotFound` (akka-http),
// `HttpStatusCode.NotFound` (Ktor, Angular), `HttpServletResponse.SC_NOT_FOUND` (Servlet),
// `StatusCodeInterface::STATUS_NOT_FOUND` (PSR-7 util) and ReactPHP's `Response::STATUS_NOT_FOUND`, Netty's `HttpResponseStatus.NOT_FOUND`
// (io.netty.handler.codec.http.HttpResponseStatus, also Vert.x's and Reactor Netty's), the npm
// package http-status's `httpStatus.NOT_FOUND` (its README's import name), Python's `http.client.NOT_FOUND` (and Python 2's `httplib.OK`): the name, without its `SC_` / `STATUS_` /
// `HTTP_` prefix, is an IANA name of the registry (`not_found`, `im_a_teapot`). Only qualifiers that
// are about HTTP: `Status.` and `StatusCode.` are also gRPC's, so they need a status context.

/** Qualifiers that name HTTP statuses wherever they occur (Nextcloud's `Http::STATUS_NOT_FOUND`, https://github.com/nextcloud/server/blob/master/lib/public/AppFramework/Http.php). */
const NAME_QUALIFIERS_RE =
  /(?<![\w$])((?:Http|HTTP)?StatusCodes|HttpStatusCodes?|HttpStatus(?:es)?|HTTPStatus|STATUS_CODES?|StatusCodeInterface|HttpServletResponse|HttpResponseStatus|httpStatus|Response(?=::STATUS_)|Http(?=::STATUS_)|http\.client|httplib|(?:Status|StatusCode))(\.|::)([A-Za-z_][A-Za-z0-9_]*)(?![\w$(])/g;
/** Any other qualifier named for HTTP codes or statuses: discordeno's `HttpResponseCode.TooManyRequests`, @actions/http-client's `HttpCodes.BadGateway`. */
const HTTP_CODES_QUALIFIER_RE = /(?<![\w$])((?:[A-Z][A-Za-z]*)?(?:Http|HTTP)[A-Za-z]*?Codes?)(\.|::)([A-Za-z_][A-Za-z0-9_]*)(?![\w$(])/g;
const STATUS_CLASS_QUALIFIER_RE = /(?<![\w$])((?:[A-Z][A-Za-z]*)?(?:Problem|Response|Api|API|Rest|Web|Error)Status)(\.|::|#)([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])(?![\w$(])/g;
const AMBIGUOUS_QUALIFIERS = new Set(['Status', 'StatusCode']);
/** gRPC's status names (`Status.NOT_FOUND` of io.grpc), squashed: a short qualifier before one of them needs a status context. */
const GRPC_NAMES = new Set(['ok', 'cancelled', 'unknown', 'invalidargument', 'deadlineexceeded', 'notfound', 'alreadyexists', 'permissiondenied', 'resourceexhausted', 'failedprecondition', 'aborted', 'outofrange', 'unimplemented', 'internal', 'unavailable', 'dataloss', 'unauthenticated']);
/** Single words that name nothing but an HTTP status; other single words (`CREATED`, `ACCEPTED`, `CONFLICT`) are also the states of tasks and orders. */
const HTTP_ONLY_WORDS = new Set(['unauthorized', 'forbidden']);

/**
 * An HTTP status name no other `Status.` enum is likely to hold: two words or more (`BAD_REQUEST`,
 * `MovedPermanently`) and not gRPC's, or one of HTTP_ONLY_WORDS: `StatusCode.UNAUTHORIZED` of Jooby.
 */
function onlyHttpName(name: string): boolean {
  const squashed = name.replace(/_/g, '').toLowerCase();
  if (GRPC_NAMES.has(squashed)) return false;
  const words = name.includes('_') ? name.split('_').filter(Boolean).length : (name.match(/[A-Z][a-z]+/g) ?? []).length;
  return words >= 2 || HTTP_ONLY_WORDS.has(squashed);
}

let BY_NAME: Map<string, number> | undefined;

/**
 * gRPC's own status: `grpc.StatusCode.NOT_FOUND`, `io.grpc.Status.NOT_FOUND`, and C#'s
 * `new Status(StatusCode.NotFound, ...)` (an RpcException's status).
 */
function isGrpc(line: string, start: number): boolean {
  const before = line.slice(Math.max(0, start - 40), start);
  return /(?:\bgrpc\.|\bGrpc\.Core\.|\bio\.grpc\.|\btonic::|(?:new\s+|[^.\w$])Status\s*\(\s*)$/.test(before);
}

/**
 * Rust's `Status::NotFound` (Rocket) and `StatusCode::BadGateway` (http-types, tide, surf): a path to a variant
 * of two words or more (tonic's gRPC names are `Code::NotFound` and calls, `Status::not_found(..)`); one word
 * (`Status::Ok`, `Status::Processing`) is also a task's state, so it needs a status context or an HTTP crate's path.
 */
function rustStatusPath(m: RegExpExecArray, family: Family, before: string): boolean {
  // (A path through an HTTP crate says so for one word too: `http_types::StatusCode::Ok`, `tide::StatusCode::Ok`.)
  return family === 'rust' && m[2] === '::' && ((m[3]!.match(/[A-Z][a-z]+/g) ?? []).length >= 2 || /(?<![\w])(?:http_types|tide|surf)::$/.test(before));
}

/** `NOT_FOUND`, `NotFound`, `SC_NOT_FOUND`, `STATUS_NOT_FOUND` -> `not_found`. */
function normaliseName(name: string): string {
  return name
    .replace(/^(?:SC|STATUS|HTTP)_/, '')
    .replace(/^Status(?=[A-Z])/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** Registry names of standard HTTP codes (keys, phrases and aliases as snake case) -> code. */
function byName(): Map<string, number> {
  if (BY_NAME) return BY_NAME;
  const map = new Map<string, number>();
  const ambiguous = new Set<string>();
  for (const e of allEntries()) {
    if (e.protocol !== 'http' || e.status === 'vendor') continue;
    for (const n of [e.key, e.phrase, ...(e.aliases ?? [])]) {
      const full = n.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
      // Libraries drop a leading HTTP from a name: PSR-7 `STATUS_VERSION_NOT_SUPPORTED` (505).
      for (const k of full.startsWith('http_') ? [full, full.slice(5)] : [full]) {
        if (!k) continue;
        const code = Number(e.code);
        if (map.has(k) && map.get(k) !== code) ambiguous.add(k);
        map.set(k, code);
      }
    }
  }
  for (const k of ambiguous) map.delete(k);
  BY_NAME = map;
  return map;
}

/** The standard HTTP code a registry name stands for, in any spelling: `NotFound`, `not_found`, `notFound`. */
export function registryCode(name: string): number | undefined {
  let code = REGISTRY_CODES.get(name);
  if (code === undefined && !REGISTRY_CODES.has(name)) {
    code = byName().get(normaliseName(name));
    if (REGISTRY_CODES.size > 4096) REGISTRY_CODES.clear();
    REGISTRY_CODES.set(name, code);
  }
  return code;
}

/** Words of every HTTP name (key, phrase, alias; vendor codes too) by code: `499` -> [['client', 'closed', 'request']]. */
let NAME_WORDS: Map<string, string[][]> | undefined;

/** Whether a word is two or more of a phrase's words in a row, run together: `notallowed` of "method not allowed". */
function joinsWords(word: string, phrase: readonly string[]): boolean {
  for (let i = 0; i < phrase.length; i++) {
    let joined = phrase[i]!;
    for (let k = i + 1; k < phrase.length && joined.length < word.length; k++) if ((joined += phrase[k]!) === word) return true;
  }
  return false;
}

/**
 * Whether a name spells (part of) a name of this very code: `CLIENT_CLOSED_REQUEST` or `ClientClosed` for 499,
 * `HTTP_NOT_ALLOWED` for 405 (two words or more in a row of one of its names, or the whole of a one-word name),
 * `NOTALLOWED` for 405 (words run together).
 */
export function namesCode(name: string, code: string): boolean {
  if (String(registryCode(name)) === code) return true;
  if (!NAME_WORDS) {
    NAME_WORDS = new Map();
    for (const e of allEntries()) {
      if (e.protocol !== 'http') continue;
      const list = NAME_WORDS.get(e.code) ?? [];
      for (const n of [e.key, e.phrase, ...(e.aliases ?? [])]) list.push(n.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
      NAME_WORDS.set(e.code, list);
    }
  }
  const words = normaliseName(name).split('_').filter(Boolean);
  while (words.length && /^(?:http|status|sc|code|response|resp|error|err)$/.test(words[0]!)) words.shift();
  // (And after: `badRequestCode`, `notFoundStatus`.)
  while (words.length > 1 && /^(?:code|status|response|resp)$/.test(words.at(-1)!)) words.pop();
  if (!words.length) return false;
  return (NAME_WORDS.get(code) ?? []).some((phrase) => {
    // One word split otherwise: Kotlin `unAuthorized` is "Unauthorized".
    if (words.join('') === phrase.join('')) return true;
    // One word alone names a one-word phrase, or two or more of a phrase's words run together (PHP `$NOTALLOWED = 405`).
    if (words.length === 1) return phrase.length === 1 ? phrase[0] === words[0] : joinsWords(words[0]!, phrase);
    for (let i = 0; i + words.length <= phrase.length; i++) if (words.every((w, k) => phrase[i + k] === w)) return true;
    return false;
  });
}

/**
 * Constants used bare after an import of their class or module, by the prefix that makes them a status's name:
 * Servlet's `SC_NOT_FOUND` (`import static javax.servlet.http.HttpServletResponse.*`), Perl HTTP::Status's
 * `RC_NOT_FOUND` and `HTTP_NOT_FOUND` (its default and `:constants` exports).
 */
const BARE_PREFIXES: Record<string, RegExp> = {
  java: /(?<![\w$.])SC_([A-Z][A-Z0-9_]*)(?![\w$])/g,
  perl: /(?<![\w$:>])(?:RC|HTTP)_([A-Z][A-Z0-9_]*)(?![\w$])/g,
};

/** An upper-snake name of two words or more, or one only HTTP has, not a member: the cheap test, then the scan. */
const BARE_SNAKE_NEAR = /(?<![\w$.])(?:[A-Z][A-Z0-9]*_[A-Z]|UNAUTHORIZED|FORBIDDEN)/;
const BARE_SNAKE_RE = /(?<![\w$.@:])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|UNAUTHORIZED|FORBIDDEN)(?![\w$(<]|\.(?!value\(\)))/g;
/** A capitalised name standing alone (not a member, call, type argument or declaration's name); Spring's `NOT_FOUND.value()` reads its number. */
const BARE_NAME_RE = /(?<![\w$.@:]|\bimport\s[\w.]*|\b(?:class|object|interface|enum|fun|val|var)\s+)([A-Z][A-Za-z0-9_]*)(?![\w$(<]|\.(?!value\(\)))/g;

/**
 * Members of a status class imported for use by their bare names (the document's imports say so): Ktor's `NotFound`
 * in `respond(content, PartialContent)`, Spring's `NOT_FOUND` after `import static ...HttpStatus.*`. A name of two
 * words or one only HTTP has; else in a status context (`response.status != Created`).
 */
function findBareNames(line: string, family: Family, out: ConstantHit[], snakeInContext = false): void {
  if (/^\s*import\b/.test(line)) return;
  // Without an import that says so, only a name of two words in upper snake case (or one only HTTP has) where a
  // status goes: `reply.status(SERVICE_UNAVAILABLE)`, `assertEquals(NO_CONTENT, it.statusCode())`, `isEqualTo(UNAUTHORIZED)`.
  forFreeMatches(snakeInContext ? BARE_SNAKE_RE : BARE_NAME_RE, line, out, (m, start, end) => {
    const code = registryCode(m[1]!);
    if (code === undefined) return;
    // `NOT_FOUND.value()` reads the number of a name the document imports; without the import, it stands where its number goes.
    const value = line.startsWith('.value()', end);
    if (!(value && !snakeInContext) && (snakeInContext || !onlyHttpName(m[1]!)) && !statusContext(line, start, value ? end + 8 : end, family)) return;
    out.push({ start, end, code, name: m[1]!, rule: 'constant-import' });
  });
}

/** registryCode's answers, by name as written (bounded). */
const REGISTRY_CODES = new Map<string, number | undefined>();

/**
 * A status constant imported by name: Kotlin `import org.http4k.core.Status.Companion.FORBIDDEN`, Java
 * `import static org.zalando.problem.Status.BAD_REQUEST;` (the import is the status context; gRPC's are not HTTP).
 */
const STATUS_IMPORT_RE = /^\s*import\s+(?:static\s+)?(?:[\w$]+\.)*?(?:HttpStatus|HttpStatusCode|Status|StatusCode)(?:\.Companion)?\.([A-Za-z_][A-Za-z0-9_]*)\s*;?\s*$/d;

function findByName(line: string, family: Family, out: ConstantHit[]): void {
  const http = line.includes('Http') || line.includes('HTTP');
  if (!http && !line.includes('Status') && !line.includes('STATUS') && !line.includes('http.client') && !line.includes('httplib')) return;
  const imported = family === 'jvm' || family === 'js' ? STATUS_IMPORT_RE.exec(line) : null;
  if (imported && !/\bgrpc\b/.test(line)) {
    const code = registryCode(imported[1]!);
    const [start, end] = imported.indices![1]!;
    if (code !== undefined && !out.some((h) => h.start < end && start < h.end)) out.push({ start, end, code, name: imported[1]!, rule: 'constant-import' });
  }
  forFreeMatches(NAME_QUALIFIERS_RE, line, out, (m, start, end) => {
    const code = registryCode(m[3]!);
    if (code === undefined) return;
    if (AMBIGUOUS_QUALIFIERS.has(m[1]!) && (isGrpc(line, start) || !(rustStatusPath(m, family, line.slice(Math.max(0, start - 16), start)) || onlyHttpName(m[3]!) || statusContext(line, start, end, family)))) return;
    out.push({ start, end, code, name: m[0], rule: 'constant-name' });
  });
  if (http && line.includes('Code')) forFreeMatches(HTTP_CODES_QUALIFIER_RE, line, out, (m, start, end) => {
    const code = registryCode(m[3]!);
    if (code !== undefined) out.push({ start, end, code, name: m[0], rule: 'constant-name' });
  });
  // Any other class named for a response's or problem's status, with a name of two words or more: problem4j's
  // `ProblemStatus.BAD_REQUEST` (one word, `ApiStatus.CREATED`, may be a state; `OrderStatus.PAYMENT_REQUIRED` is an order's).
  if (line.includes('Status')) forFreeMatches(STATUS_CLASS_QUALIFIER_RE, line, out, (m, start, end) => {
    if (/rpc/i.test(m[1]!) || isGrpc(line, start)) return;
    const code = registryCode(m[3]!);
    if (code !== undefined) out.push({ start, end, code, name: m[0], rule: 'constant-name' });
  });
}

/** Phoenix/Plug status atoms: `put_status(conn, :not_found)`, `send_resp(conn, :ok, body)`, `Plug.Conn.Status.code(:gone)`. */
const PLUG_PRE = /(?:put_status|send_resp|send_html|send_json|resp|Plug\.Conn\.Status\.code)\s*\(\s*(?:conn\s*,\s*)?$/;

function findPlugAtoms(line: string, out: ConstantHit[]): void {
  const names = byName();
  forFreeMatches(SYMBOL_RE, line, out, (m, start, end) => {
    if (!PLUG_PRE.test(line.slice(Math.max(0, start - 60), start))) return;
    const code = names.get(m[1]!);
    if (code !== undefined) out.push({ start, end, code, name: m[0], rule: 'constant-name' });
  });
}

/** Runs a global regex over a line and calls `fn` for each match that overlaps no hit found so far. */
function forFreeMatches(re: RegExp, line: string, out: ConstantHit[], fn: (m: RegExpExecArray, start: number, end: number) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!out.some((h) => h.start < end && start < h.end)) fn(m, start, end);
  }
}

// --- a constant name on its own (what a developer pastes into a search) ---------------------------

/** A constant name as pasted, with or without its qualifier: `HttpStatus.NOT_FOUND`, `http.StatusNotFound`, `:gone`. */
const PASTED_RE = /^(?:((?:[A-Za-z_$][\w$]*(?:\.|::))+)?([A-Za-z_][A-Za-z0-9_]*)|:([a-z_][a-z0-9_]*))$/;

/** Whether a bare word reads as a constant rather than a word of prose (`found` is a word, `FOUND` and `not_found` constants). */
function constantLike(name: string): boolean {
  return name.includes('_') || /[a-z][A-Z]/.test(name) || /^[A-Z][A-Z0-9]+$/.test(name);
}

/**
 * The HTTP codes a constant name stands for when it is pasted on its own: the tables that define
 * the name (those whose qualifier it carries when it has one), else the code the name carries
 * (`HTTP_422_UNPROCESSABLE_ENTITY`, `Status404NotFound`), else a registry name without its
 * `SC_` / `STATUS_` / `Status` prefix (`SC_NOT_FOUND`, `not_found`). Empty when it is none.
 */
export function codesOfConstantName(token: string): number[] {
  const m = PASTED_RE.exec(token.trim());
  if (!m) return [];
  const qualifier = m[1]?.replace(/(?:\.|::)$/, '');
  const symbol = m[3];
  const name = symbol ?? m[2]!;
  if (!qualifier && !symbol && !constantLike(name)) return [];
  const idx = buildIndex();
  const tables = symbol ? idx.symbol : [...idx.qualified, ...idx.symbol];
  const defining = tables.filter((t) => t.names.has(name));
  const own = qualifier ? defining.filter((t) => t.qualifier === qualifier || t.short === qualifier || qualifier.endsWith(`.${t.qualifier}`)) : [];
  const codes = (own.length ? own : defining).map((t) => t.names.get(name)!.code);
  if (codes.length) return [...new Set(codes)];
  EMBEDDED_RE.lastIndex = 0;
  const embedded = EMBEDDED_RE.exec(name);
  if (embedded && embedded[0] === name) return [Number(embedded[1] ?? embedded[2])];
  const code = byName().get(normaliseName(name));
  return code === undefined ? [] : [code];
}
