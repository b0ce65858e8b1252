// Detection: finds status codes in a line of code, a log line or a config line.
// Pure TS (no `vscode` import); used by the hover provider (detectAt) and the CLI (detectText).
//
// Bounds: a line longer than `maxLineLength` (2000) is examined only in its first 2000
// characters by detectLine and only in a window of `window` (300) characters each side of the
// column by detectAt; every rule regex runs on a bounded slice (see patterns.ts); detectText
// stops after `maxLines` lines or `maxMillis` milliseconds.
import contexts from './contexts.json';
import { lookup } from '../registry';
import type { Protocol } from '../types';
import { findConstants, namesCode, registryCode } from './constants';
import { CODE_IN_DOCUMENT, familyOf, fenceLanguage, type Family } from './languages';
import { lift, liftRange, type Lifted } from './collections';
import { mailDocument, pairsWithNumber, webDocument } from './vocabulary';
import { protocolHits, protocolLibraries } from './protocols';
import { FALLBACK_RULES, isWeakRule, lastOf, LIFT_RULES, NUMBER_RULES, type NumberCtx, type NumberRule } from './numbers';
import { HTTP_IDENT, HTTP_LIBRARY_PREFIX, PREFIX_LEN, SMTP_IDENT, SMTP_LINE_RE, SMTP_MODE_IDENT, SUFFIX_LEN } from './patterns';
import { caseBranch, closedOpener, CLOSING_LINE_RE, parentLine, ELEMENT_LINE_RE, hasResponsesParent, htmlColumnHeader, listOpener, listTableTitle, parametrizeStatusColumn, statusKeyParent, switchSubject, TABLE_CELL_PRE, TABLE_CELL_SUF, tableHeader, tupleIndex } from './structure';

export { languageFromPath, familyOf, effectiveLanguage, KNOWN_LANGUAGES } from './languages';
export type { Family } from './languages';

/** Rules that read prose, comments, tables or loose hints: a finding, but no place where code sets or tests a status. */
const LOOSE_RULES: ReadonlySet<string> = new Set(['jsdoc-default', 'table-cell']);

/** Whether a finding's rule is one where code sets or tests a status (`res.status(404)`), not a reading of prose or a log. */
export function inCode(f: Pick<Finding, 'rule' | 'via'>): boolean {
  return (f.via === 'number' || f.via === 'openapi' || f.via === 'config' || f.via === 'constant') && !isWeakRule(f.rule) && !LOOSE_RULES.has(f.rule.split('+')[0]!);
}

/** How a finding was recognised. */
export type Via =
  /** A number in a status-setting or status-reading context: `res.status(404)`, `status_code == 404`. */
  | 'number'
  /** A named constant: `http.StatusNotFound`, `HttpStatus.NOT_FOUND`, `:not_found`, `HTTP_404_NOT_FOUND`. */
  | 'constant'
  /** An HTTP status line: `HTTP/1.1 404 Not Found`. */
  | 'status-line'
  /** A number followed by its reason phrase: `404 Not Found`. */
  | 'phrase'
  /** A log line or message: access logs, mail logs, "status code 404", SMTP replies. */
  | 'log'
  /** An OpenAPI response key: `'404':` under `responses`. */
  | 'openapi'
  /** A server config directive: nginx `return 404;`, `error_page 404`, Apache `ErrorDocument 404`. */
  | 'config';

export interface Finding {
  /** Column of the token's first character in the line. */
  start: number;
  /** Column after the token's last character (exclusive). */
  end: number;
  protocol: Protocol;
  /** `404`, `452`, `5.1.1`. */
  code: string;
  via: Via;
  /** The rule that matched (for debugging and tests): `call-first-arg`, `status-ident`, `go-net-http`, ... */
  rule: string;
  /** For named constants resolved through a table. `deprecated` names the current constant. */
  constant?: { table: string; name: string; deprecated?: string; obsolete?: boolean };
}

/** What the document around a line says (from its imports), see documentHints(). */
export interface DetectHints {
  /** The document sends or handles mail: `code == 421` is an SMTP reply code. */
  smtp?: boolean;
  /** The document is web code (imports an HTTP library, or its path names one): a bare `code = 404` is an HTTP status. */
  http?: boolean;
  /** Constant tables to prefer when several fit (`drf-status` over `starlette-status`). */
  tables?: string[];
  /** Libraries of gRPC, WebSocket and FTP the document uses (protocols.json: `grpc-go`, `grpc-js`, `ftplib`, ...). */
  libraries?: string[];
  /**
   * The document imports a status class's members for use by their bare names (Kotlin
   * `import io.ktor.http.HttpStatusCode.Companion.*`, Java `import static org.springframework.http.HttpStatus.*`).
   */
  bareNames?: boolean;
}

export interface DetectOptions {
  /** Only these protocols (default: all). */
  protocols?: readonly Protocol[];
  /** Document hints (see documentHints()). */
  hints?: DetectHints;
  /** Lines longer than this are windowed (default 2000). */
  maxLineLength?: number;
  /** detectAt: characters examined each side of the column on a long line (default 300). */
  window?: number;
  /**
   * The document around the line, for rules that need the lines above (an OpenAPI status key
   * counts only under `responses`). `line` is this line's number; `lineAt(n)` returns line n.
   */
  context?: { line: number; lineAt(n: number): string | undefined; fence?: FenceState };
}

/**
 * Where a line of a document stands: outside fenced code, on a fence, or inside a fenced block (its
 * language id, '' when the fence names none we know). detectDocument tracks it line by line; given only
 * `lineAt`, it is read from the lines above.
 */
export type FenceState = 'outside' | 'marker' | { language: string; start?: number };

export interface TextOptions extends DetectOptions {
  /** The document's path, for documentHints when `hints` are not given (`go-smtp/client.go` is mail code). */
  path?: string;
  /** Stop after this many lines (default 100000). */
  maxLines?: number;
  /** Stop after this many milliseconds (default 500). */
  maxMillis?: number;
}

export interface TextResult {
  findings: Array<Finding & { line: number }>;
  /** Lines examined. */
  lines: number;
  totalLines: number;
  /** Why the scan stopped early, if it did. */
  truncated?: 'lines' | 'time';
}

const MAX_LINE = 2000;
/** An HTTP URL, whose words (a host, a path) say nothing of the line's protocol. */
const HTTP_URL_RE = /\bhttps?:\/\/[^\s'"`)]+/g;
const WINDOW = 300;

/** Three digits standing alone (not in a word, a path, a version, a hex colour, an escape such as `\\350`); `#550 5.1.1` (Exchange), `\r\n250 OK` and a range's upper bound (`300..400`) too. */
// (A digit first, what stands before it tested behind it: the engine then tries the rest at digits only.)
const NUMBER_RE = /\d(?<=(?:^|[^\w.#/@$%\\-])\d|(?<![\w-])non-\d|error-handler-\d|\\[rn]\d|(?<![\w./])[1-5]\d\d\/(?:[1-5]\d\d\/){0,6}\d|(?<![\w&])#\d(?=\d\d[ -][245]\.\d)|\d\.\.[.=<]?\d)\d\d(?!(?!s(?!\w))[\w%]|\.\d)/g;
const ENHANCED_RE = /(?<![\w.\/@$%])([245])\.(\d{1,3})\.(\d{1,3})(?![\w%]|\.\d)/g;
const SLASH_CODES: ReadonlyArray<[RegExp, string, Via]> = [
  // A path that asks for a status: `/status/404` (httpbin), `/respond_statuscode/404/`, `/redirect/301` (a test server's redirects), `httpstat.us/301`, reference pages (`httpstatus.in/503/`, `http.cat/404`), a test server's `'/301'` route or `localhost:8057/404`.
  [/(?:\/(?:[\w-]*[_-])?|(?<=[(,]\s*['"`])|(?<=\}))(?:status|statuses|codes?|http-?status|status-?codes?|errors?|redirect)\/([1-5]\d\d)(?![\w.])/dgi, 'url-status', 'number'],
  // A base URL named for a status service, then the code: `${HTTP_STATUS_SERVICE}/201`, `#{status_url}/404`.
  [/[$#]\{[\w.]*(?:status|code)[\w.]*\}\/([1-5]\d\d)(?![\w.])/dgi, 'url-status', 'number'],
  [/\b(?:httpstat\.us|httpstatus(?:es)?\.\w+|http\.(?:cat|dog)|mock\.codes)\/([1-5]\d\d)(?![\w.])/dgi, 'url-status', 'number'],
  // An anchor on a list of status codes: `List_of_HTTP_status_codes#302`, MDN's `.../Status#404`.
  [/(?:status[_-]?codes|Status)#([1-5]\d\d)(?![\w.])/dgi, 'url-status', 'number'],
  // An OpenAPI reference to a response named for its code: `$ref: '#/components/responses/404'` (Swagger 2: `#/responses/404`),
  // or a JSON pointer to an operation's response: `/paths/~1accounts/get/responses/200`.
  [/(?:(?<![\w/])#\/(?:components\/)?|\/(?:get|put|post|delete|patch|head|options)\/)responses\/([1-5]\d\d)(?![\w.])/dg, 'openapi-response-ref', 'number'],
  [/(['"`])\/([1-5]\d\d)\1/dg, 'url-route', 'number'],
  // A URL whose whole path is a code (a mock server's route): `localhost:8057/404`, `http://example.com:8080/404`, `f"http://{host}:{port}/500"`.
  // (Not a placeholder image's size: `https://picsum.photos/200`, `via.placeholder.com/300`.)
  [/\/\/(?!(?:[\w-]+\.)*(?:picsum|placehold\w*|placekitten|placeimg|placebear|dummyimage|loremflickr|fillmurray|pravatar)\.)(?:[\w-]+(?:\.[\w-]+)*|\{[\w.]+\}|\$\{?[\w.]+\}?)(?::(?:\d+|\{[\w.]+\}|\$\{?[\w.]+\}?))?\/([1-5]\d\d)(?=['"`\s?#]|$)/dg, 'url-status', 'number'],
  [/(?<![\w])(?:TCP|UDP|NONE|TAG)_[A-Z_]+\/([1-5]\d\d)(?![\w])/dg, 'squid-log', 'log'],
];
const APACHE_CONDITION_GATE = /%(?:\{[^}%\s]{0,30}\})?!?[1-5]\d\d/;
const APACHE_CONDITION_RE = /%(\{[^}%\s]{0,30}\})?!?([1-5]\d\d(?:,[1-5]\d\d)*)(\{|[<>]?[A-Za-z])/g;
/** A code right after a slash or a `#`, as every SLASH_CODES pattern has. */
const SLASH_CODE_GATE = /[\/#][1-5]\d\d/;
/**
 * A code inside an identifier, between underscores, when the identifier's other words say it is a status:
 * `test_redirect_301`, `Should_return_403_Forbidden_authorizing_route`, `custom_handle_404`,
 * `test_handle_error_401_no_challenge` (not `Should_fix_issue_240`, `url404`, `max_500`).
 */
const IDENT_CODE_RE = /_([1-5]\d\d)(?=_|(?![\w$]))/g;
const IDENT_STATUS_WORDS = new Set(contexts.identifierStatusWords);
const IDENT_NOT_STATUS = new Set(contexts.identifierNotStatusWords);

/** Whether an identifier's words (snake_case or camelCase) say that the code in it is a status. */
function identifierTalksStatus(ident: string): boolean {
  const words = ident.split(/_+|(?<=[a-z0-9])(?=[A-Z])/).map((w) => w.toLowerCase());
  return words.some((w) => IDENT_STATUS_WORDS.has(w)) && !words.some((w) => IDENT_NOT_STATUS.has(w));
}

const SMTP_NAME_RE = /(?<![\w$])[A-Z]{1,4}_?([2-5]\d\d)_[A-Z][A-Z0-9_]*(?![\w$])/g;
const NGINX_TOKEN_RE = /(?<![\w$])http_([1-5]\d\d)(?![\w$])/g;
const ENHANCED_BRACES_RE = /\bEnhancedCode\s*\{\s*([245])\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\}/g;

/** A section number, not a code: "RFC 5321, Section 4.5.3", "§ 4.1.2", "RFC 821, 4.5.3". */
const SECTION_PRE = /(?:\bsections?|\bsec\.?|§|\bRFC\s*\d+,?(?:\s+s\.?)?|\bchapter|\bpart|\bstep|\bv(?:ersion)?|\bparagraph|\b(?:in|since|until|from|before|after|to|upgrad\w*|releases?|released)\s)[\s_-]*$/i;

/** Enhanced code contexts that need no mail words: `dsn=5.1.1`, DSN `Status: 5.1.1`, `enhanced_code: '5.1.1'`, qmail's `553 sorry, ... (#5.7.1)` (after a reply code). */
/** A JSON or hash key `"status":` before a quoted enhanced code (`"status": "5.0.0"`: the caller checks the closing quote). */
const STATUS_KEY_PRE = /['"]status['"]\s*(?::|=>)\s*['"]?$/i;
const ENHANCED_PRE_STRONG = /(?:(?<![\w$])dsn\s*=\s*|^\s*Status:\s*|enhanced\w*['"]?\s*[:=(]\s*|(?<![\w./])[245][0-5]\d[ -]#?|(?<![\w./])[245][0-5]\d\s.{0,70}\(#)['"]?$/i;

function isHttpCode(n: string): boolean {
  return /^[1-5]\d\d$/.test(n);
}

function isSmtpCode(n: string): boolean {
  return /^[2-5][0-5]\d$/.test(n);
}

/** A code's reason phrase as the words of a snake-case name (`service_ready`, `not_found`), or undefined. */
function phraseOf(protocol: 'http' | 'smtp', code: string): string | undefined {
  const r = lookup(protocol, code);
  const phrase = r.kind === 'found' ? r.matches[0]?.entry.phrase : undefined;
  return phrase?.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

function known(protocol: Protocol, code: string): boolean {
  return lookup(protocol, code).kind === 'found';
}

function wellFormed(protocol: Protocol, code: string): boolean {
  return lookup(protocol, code).kind !== 'invalid';
}

function protocolAllowed(p: Protocol, options?: DetectOptions): boolean {
  return !options?.protocols || options.protocols.includes(p);
}

/** Cuts a slice of a long line at non-word characters so that no token is split. */
function safeSlice(line: string, from: number, to: number): { text: string; offset: number } {
  let a = Math.max(0, from);
  let b = Math.min(line.length, to);
  if (a > 0) {
    const limit = Math.min(b, a + 40);
    while (a < limit && /[\w.]/.test(line[a - 1]!)) a++;
  }
  if (b < line.length) {
    const limit = Math.max(a, b - 40);
    while (b > limit && /[\w.]/.test(line[b]!)) b--;
  }
  return { text: line.slice(a, b), offset: a };
}

/** How far before a number a rule's needle word is looked for (an identifier, its operator and a fallback fit in it; a list may be longer). */
const NEEDLE_SPAN = 110;

function ruleApplies(rule: NumberRule, c: NumberCtx): NumberRule['protocol'] | undefined {
  if (rule.families && !rule.families.includes(c.family)) return undefined;
  if (rule.last && !rule.last.includes(c.preLast)) return undefined;
  if (rule.needle && !rule.needle.test(rule.id === 'status-list' ? c.pre : c.pre.slice(-NEEDLE_SPAN))) return undefined;
  if (rule.needleSuf && !rule.needleSuf.test(c.suf)) return undefined;
  if (rule.tail && !rule.tail(c.pre)) return undefined;
  if (rule.suf && !rule.suf.test(c.suf)) return undefined;
  if (rule.pre && !rule.pre.test(c.pre)) return undefined;
  if (rule.when && !rule.when(c)) return undefined;
  return rule.protocol;
}

/** The first rule that gives a finding for a number candidate. */
function classifyNumber(c: NumberCtx, options?: DetectOptions, rules: readonly NumberRule[] = NUMBER_RULES): { protocol: Protocol; rule: string; via: Via } | undefined {
  for (const rule of rules) {
    const p = ruleApplies(rule, c);
    if (!p) continue;
    const protocol = typeof p === 'function' ? p(c) : p;
    if (!protocol) continue;
    if (protocol === 'smtp') {
      if (!isSmtpCode(c.num) || !protocolAllowed('smtp', options)) {
        // An HTTP-or-SMTP identifier in a mail line whose number is no SMTP code: HTTP.
        if (rule.id === 'status-ident' && protocolAllowed('http', options) && wellFormed('http', c.num)) return { protocol: 'http', rule: rule.id, via: rule.via };
        continue;
      }
      if (rule.id === 'status-ident' && !known('smtp', c.num)) {
        if (protocolAllowed('http', options) && wellFormed('http', c.num)) return { protocol: 'http', rule: rule.id, via: rule.via };
        continue;
      }
      // An SMTP finding is always a code the registry knows: `reply(401)` is no SMTP reply.
      if (!known('smtp', c.num)) continue;
      return { protocol: 'smtp', rule: rule.id, via: rule.via };
    }
    if (!isHttpCode(c.num) || !protocolAllowed('http', options)) continue;
    // An unassigned code is worth a hover in a strong context (`res.status(452)`: "did you mean SMTP 452?"),
    // except 1xx, and up to 255 given to a bare `status` (`status = 127`, `result.status = 255`): far more often exit
    // statuses than HTTP codes (`statusCode: 250`, a test's `ServerResponse.status(210)` are statuses).
    const weak = rule.weak || ((c.num[0] === '1' || (Number(c.num) <= 255 && BARE_STATUS_SET_PRE.test(c.pre))) && rule.via !== 'status-line');
    if (weak ? !known('http', c.num) : !wellFormed('http', c.num)) continue;
    return { protocol: 'http', rule: rule.id, via: rule.via };
  }
  return undefined;
}

const BARE_STATUS_SET_PRE = /(?<![\w$])status\s*(?:=|:)\s*$/i;

const HEAD_HTTP = new RegExp(String.raw`(?<![\w$])${HTTP_IDENT}(?![\w$])|\.Code\b`, 'i');
const HEAD_CODE = /(?<![\w$])code(?![\w$])/i;
const SHELL_CASE_HEAD = /^\s*case\s+\S.*\s+in\s*$/;
const HEAD_SMTP = new RegExp(String.raw`(?<![\w$])${SMTP_IDENT}(?![\w$])`, 'i');
const HEAD_SMTP_MODE = new RegExp(String.raw`(?<![\w$])${SMTP_MODE_IDENT}(?![\w$])`, 'i');

const TYPE_ALIAS_PRE = /(?:^|[\s;{])type\s+[\w$]+(?:<[^<>]*>)?\s*=\s*$/;

/** A line about statuses (`nullBodyResponses = new Set([...])`), and names of collections that hold other numbers (`$ids = [200, 203, 300]`). */
const CODE_SET_LINE = /status|code|respon|error|retr(?:y|ies)|redirect|http|fail/i;
const CODE_SET_NOT_NAME = /(?:^|[^\w$])\$?[\w$]*(?:ids?|Ids?|IDs?|sizes?|ports?|counts?|widths?|heights?|limits?|values?|nums?|numbers?|offsets?|ind(?:ex|ices|exes)|items?|pages?|delays?|timeouts?|lengths?)['"]?\s*(?:=|:|=>)\s*$/;

/** A number in a collection or a conditional, judged by the context of the whole: `status in (404, 410)`, `ok ? 200 : 404`. */
function classifyLifted(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const l = lift(c.pre, c.suf);
  if (!l) return undefined;
  if (l.kind === 'collection' && c.family === 'js' && TYPE_ALIAS_PRE.test(l.pre)) {
    // `type Expected = 200 | 400 | 401`: a union of literal types, every one of them a known HTTP code.
    const members = `${c.pre.slice(l.pre.length)}${c.num}${c.suf.slice(0, c.suf.length - l.suf.length)}`.match(/\d+/g) ?? [];
    if (members.length >= 2 && members.every((n) => isHttpCode(n) && known('http', n)) && protocolAllowed('http', options)) return { protocol: 'http', rule: 'type-union', via: 'number' };
  }
  const hit = classifyNumber({ ...c, pre: l.pre, suf: l.suf, preLast: lastOf(l.pre), quoted: false, strStart: false }, options, LIFT_RULES);
  if (hit && l.kind === 'range' && !rangeBoundIsCode(l, c.num, hit.protocol)) return undefined;
  if (hit) return { ...hit, rule: `${hit.rule}+${l.kind}` };
  // A set of status codes whatever its name: `[408, 409, 425, 429, 500, 502, 503, 504]`, `new Set([101, 204, 205, 304])`:
  // three or more distinct elements, every one a known HTTP code, not only round hundreds (`[100, 200, 300]` are sizes)
  // nor only 1xx (`[101, 102, 103]` are ids).
  if (l.kind === 'collection' && !c.smtpMode && protocolAllowed('http', options) && CODE_SET_LINE.test(c.line) && !CODE_SET_NOT_NAME.test(l.pre) && !/\bfor\b/.test(l.pre)) {
    const members = `${c.pre.slice(l.pre.length)}${c.num}${c.suf.slice(0, c.suf.length - l.suf.length)}`.match(/\d+(?:\.\d+)?/g) ?? [];
    if (members.length >= 3 && members.every((n) => isHttpCode(n) && known('http', n)) && members.some((n) => !n.endsWith('00')) && members.some((n) => n[0] !== '1') && new Set(members).size === members.length) {
      return { protocol: 'http', rule: 'code-set', via: 'number' };
    }
  }
  return undefined;
}

/**
 * A range's bound may be no code (`200..299`): only a code the registry knows is one, and an upper
 * bound that ends a class (`400..499`, `500..599`) is the class's end, not the vendor code 499 or 599.
 */
function rangeBoundIsCode(l: Lifted, num: string, protocol: Protocol): boolean {
  return known(protocol, num) && !(l.upper && num.endsWith('99'));
}

/** `case 404:` / `when 404` / `404 =>` in a switch over a status (needs the document: options.context). */
function classifyBranch(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const context = options?.context;
  if (!context) return undefined;
  // A range arm (`when 400..599`, `200..=299 =>`) is a branch as its bounds that are codes.
  const range = liftRange(c.pre, c.suf);
  if (!caseBranch(range?.pre ?? c.pre, range?.suf ?? c.suf)) return undefined;
  const shell = /^['"]?\s*\)/.test(c.suf);
  const protocol = switchSubject<Protocol>(context, (head) => {
    // A shell branch `'200')` only under a shell `case "$code" in`.
    if (shell && !SHELL_CASE_HEAD.test(head)) return undefined;
    if (HEAD_SMTP.test(head) || (c.smtpMode && HEAD_SMTP_MODE.test(head))) return 'smtp';
    if (HEAD_HTTP.test(head) || (c.webMode && HEAD_CODE.test(head))) return 'http';
    return undefined;
  });
  if (!protocol || !protocolAllowed(protocol, options)) return undefined;
  if (protocol === 'http' ? !isHttpCode(c.num) || !(range ? rangeBoundIsCode(range, c.num, 'http') : wellFormed('http', c.num)) : !isSmtpCode(c.num) || !known('smtp', c.num)) return undefined;
  return { protocol, rule: range ? 'switch-case+range' : 'switch-case', via: 'number' };
}

const KEY_LINE_PRE = /^\s*$/;
/** The key's value; an object or a schema object (`t.Object({`, `z.object({`, `Type.Object(`) is captured. */
const KEY_LINE_SUF = /^['"]?\s*(?::(?!:)|=>)\s*(\{|(?:t|Type|z|S|Joi|yup|v)\.[Oo]bject\s*\(|)/;

/**
 * A key of a map keyed by status in code: `  200: S.object()` under `response: {`, `404 => 'Not Found'`
 * under `$statusTexts = [`; with no parent in view, only a key whose value is an object (`401: { json: ... }`).
 */
function classifyStatusKey(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  if (c.family === 'data' || !KEY_LINE_PRE.test(c.line.slice(0, c.start - (c.quoted ? 1 : 0)))) return undefined;
  const m = KEY_LINE_SUF.exec(c.suf);
  if (!m || !isHttpCode(c.num) || !known('http', c.num) || !protocolAllowed('http', options)) return undefined;
  const parent = options?.context ? statusKeyParent(options.context) : undefined;
  // In a document (a spec pasted into markdown) only under a parent that keys by status.
  if (parent === false || (parent === undefined && (!m[1] || c.family === 'text'))) return undefined;
  return { protocol: c.smtpMode && isSmtpCode(c.num) && known('smtp', c.num) ? 'smtp' : 'http', rule: 'status-key', via: 'number' };
}

/** `public const HTTP_NOT_FOUND = 404;`, `StatusOK = 200`, `unprocessable_entity: 422`: a name of the very code it holds. */
const CONSTANT_DEF_PRE = /(?<![\w$])\$?([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*[\w.]+\s*)?(?:=|:|=>|\()\s*$/;

/** A C macro: `#define MHD_HTTP_MISDIRECTED_REQUEST 421`. */
const DEFINE_PRE = /^\s*#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)\s+$/;

/** `NOT_FOUND = 404`, `NotFound: 404`, an enum constant `NOT_FOUND(404, Series.CLIENT_ERROR, "Not Found")`, DRF's `HTTP_200_OK = 200`. */
function classifyConstantDefinition(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const m = c.preLast === '=' || c.preLast === ':' || c.preLast === '>' || c.preLast === '(' ? CONSTANT_DEF_PRE.exec(c.pre) : DEFINE_PRE.exec(c.pre);
  if (!m || !protocolAllowed('http', options)) return undefined;
  // (A C library's prefix before its HTTP_ name: `MHD_HTTP_MISDIRECTED_REQUEST`; a C++ `k` and the code before the
  // phrase, Drogon's `k421MisdirectedRequest`, whose phrase must name it: `k200Ms = 200` is a duration.)
  const name = m[1]!.replace(HTTP_LIBRARY_PREFIX, '');
  const kCoded = /^k(\d{3})([A-Z]\w*)$/.exec(name);
  if (kCoded) return kCoded[1] === c.num && namesCode(kCoded[2]!, c.num) ? { protocol: 'http', rule: 'constant-definition', via: 'number' } : undefined;
  const embedded = /^(?:HTTP_|Status|S(?=\d{3}_))(\d{3})(?![0-9])/.exec(name)?.[1];
  return (embedded ? embedded === c.num : namesCode(name, c.num)) ? { protocol: 'http', rule: 'constant-definition', via: 'number' } : undefined;
}

/**
 * An element of a list written one element per line (`        503,` under `statusCodes: [`): the line
 * that opens the list lends its context, as a collection does on one line.
 */
function classifyListLine(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const context = options?.context;
  if (!context || !ELEMENT_LINE_RE.test(c.line)) return undefined;
  const opener = listOpener(context);
  if (opener === undefined) return undefined;
  const pre = `${opener.trimEnd()} ${c.pre.trimStart()}`;
  const lifted = { ...c, pre, preLast: lastOf(pre) };
  const hit = classifyNumber(lifted, options, LIST_LINE_RULES) ?? classifyLifted(lifted, options);
  return hit && { ...hit, rule: `${hit.rule}+list-line` };
}

const LIST_LINE_RULES = NUMBER_RULES.filter((r) => ['status-list', 'smtp-list', 'smtp-mode-list', 'quoted-list', 'call-first-arg', 'call-later-arg'].includes(r.id));

const CLOSING_LINE_RULES = NUMBER_RULES.filter((r) => ['call-later-arg'].includes(r.id));

/**
 * A status after an argument spread over lines: `        ], 401);` under `return new JsonResponse([`. The
 * opener lends its call, as if the argument were written on one line; only the call rules judge it.
 */
function classifyClosingLine(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const context = options?.context;
  if (!context || !CLOSING_LINE_RE.test(c.line)) return undefined;
  const opener = closedOpener(context);
  if (opener === undefined) return undefined;
  const pre = `${opener.trim()}x${c.pre.trimStart()}`.slice(-PREFIX_LEN);
  const lifted = { ...c, pre, preLast: lastOf(pre) };
  const hit = classifyNumber(lifted, options, CLOSING_LINE_RULES);
  return hit && { ...hit, rule: `${hit.rule}+closing-line` };
}

/** A data file's `code: 200` member alone on its line. */
const CODE_MEMBER_ALONE = /^\s*['"]?code['"]?\s*:\s*['"]?\d{3}['"]?\s*,?\s*$/;
/** Its parent: a response's or a status's (VCR cassettes' `response:` then `code: 200`, Betamax's `"status": {`). */
const STATUS_PARENT_KEY = /^\s*-?\s*['"]?(?:status|response)['"]?\s*:\s*\{?\s*$/i;

/** A `code` member of a response or a status in a data file (a country's `code: 404` has another parent). */
function classifyCodeUnderStatus(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  if (c.family !== 'data' || !options?.context || !CODE_MEMBER_ALONE.test(c.line) || !isHttpCode(c.num) || !known('http', c.num) || c.num[0] === '1' || !protocolAllowed('http', options)) return undefined;
  const parent = parentLine(options.context);
  return parent !== undefined && STATUS_PARENT_KEY.test(parent) ? { protocol: 'http', rule: 'code-under-status', via: 'number' } : undefined;
}

/**
 * A matcher continued on its own line (FluentAssertions, AssertJ, Kotest, chai chains):
 * `        .Be(405);` under `response.StatusCode.Should()`, `    .isEqualTo(404)` under
 * `assertThat(response.getStatus())`. The line must start with `.`; the line above (not ending a
 * statement) lends its text, and only the call and matcher rules judge the whole.
 */
function classifyContinuation(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const context = options?.context;
  if (!context || !CONTINUATION_RE.test(c.line) || context.line < 1) return undefined;
  const above = context.lineAt(context.line - 1);
  if (above === undefined || above.length > 300 || /[;{}]\s*$/.test(above) || !/status/i.test(above)) return undefined;
  const pre = `${above.trim()}${c.pre.trimStart()}`;
  const lifted = { ...c, pre, preLast: lastOf(pre) };
  const hit = classifyNumber(lifted, options, CONTINUATION_RULES);
  return hit && { ...hit, rule: `${hit.rule}+continuation` };
}

/**
 * A JSDoc default of status codes: ` * @default [413, 429, 503]` in a comment whose text or the
 * property under it speaks of status codes (`statusCodes?: number[]`). Known codes only.
 */
function classifyJsdocDefault(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const context = options?.context;
  if (!context || !JSDOC_DEFAULT_RE.test(c.line) || !known('http', c.num) || !protocolAllowed('http', options)) return undefined;
  const hit = { protocol: 'http' as Protocol, rule: 'jsdoc-default', via: 'number' as Via };
  // Up to the comment's opening `/**`, down to its `*/` and the declaration after it (a few lines each way).
  for (let n = context.line - 1; n >= context.line - 8; n--) {
    const l = context.lineAt(n);
    if (l === undefined || l.length > 300 || /\*\/\s*$/.test(l)) break;
    if (JSDOC_STATUS_RE.test(l)) return hit;
    if (l.includes('/**')) break;
  }
  for (let n = context.line + 1; n <= context.line + 6; n++) {
    const l = context.lineAt(n);
    if (l === undefined || l.length > 300 || l.includes('/**')) break;
    if (JSDOC_STATUS_RE.test(l)) return hit;
    if (/\*\/\s*$/.test(l)) {
      const decl = context.lineAt(n + 1);
      return decl !== undefined && decl.length < 300 && JSDOC_STATUS_RE.test(decl) ? hit : undefined;
    }
  }
  return undefined;
}

const JSDOC_DEFAULT_RE = /^\s*\*?\s*@default\s+[\[(]?\s*\d{3}(?:\s*,\s*\d{3})*\s*[\])]?\s*$/;
const JSDOC_STATUS_RE = /\bstatus\s*codes?\b|\bstatus(?:Codes?|es)\b|\bstatus_codes?\b/i;

/**
 * A result on its own line under the expression it shows: `# => 404` under `res.response_status` (a README's
 * Ruby), `200` under `>>> r.status_code` (a REPL); the line above lends its text to the `status-result` rule.
 */
function classifyResultLine(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const context = options?.context;
  if (!context || context.line < 1 || !RESULT_LINE_RE.test(c.line)) return undefined;
  const above = context.lineAt(context.line - 1);
  if (above === undefined || above.length > 300) return undefined;
  // A bare number is a result only under a prompt's expression.
  if (!/=>/.test(c.line) && !REPL_PROMPT_RE.test(above)) return undefined;
  const pre = `${above.trim()} # => `;
  const hit = classifyNumber({ ...c, pre, preLast: lastOf(pre) }, options, RESULT_RULES);
  return hit && { ...hit, rule: `${hit.rule}+result-line` };
}

const RESULT_LINE_RE = /^\s*(?:(?:#|\/\/)?\s*=>\s*)?\d{3}\s*$/;
const REPL_PROMPT_RE = /^\s*(?:>>>|irb\([^)]*\)[:\d]*>)\s/;
const RESULT_RULES = NUMBER_RULES.filter((r) => r.id === 'status-result');

const CONTINUATION_RE = /^\s*\.[A-Za-z]/;
const CONTINUATION_RULES = NUMBER_RULES.filter((r) => ['matcher', 'assert-first', 'assert-second', 'call-first-arg', 'call-later-arg'].includes(r.id));

/** A status column of a test table: `("inf", 422),` under `@pytest.mark.parametrize("value,code", [`. */
function classifyTestRow(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const context = options?.context;
  if (!context || c.family !== 'python' || !/^\s*[([]/.test(c.line)) return undefined;
  const col = parametrizeStatusColumn(context);
  if (col === undefined || tupleIndex(c.line, c.start - (c.quoted ? 1 : 0)) !== col) return undefined;
  if (c.smtpMode && isSmtpCode(c.num) && known('smtp', c.num) && protocolAllowed('smtp', options)) return { protocol: 'smtp', rule: 'test-table', via: 'number' };
  if (!isHttpCode(c.num) || !wellFormed('http', c.num) || !protocolAllowed('http', options)) return undefined;
  return { protocol: 'http', rule: 'test-table', via: 'number' };
}

const ATTRIBUTE_ROW_RE = /^\s*\[\s*(?:Theory\s*,\s*)?(?:InlineData|TestCase|DataRow)(?:Attribute)?\s*(?=\()/;
const METHOD_SIGNATURE_RE = /^\s*(?:(?:public|private|protected|internal|static|async|override|virtual)\s+)*[\w<>\[\]?,.]+\s+\w+\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/;
const STATUS_PARAM_NAME = new RegExp(String.raw`^(?:${HTTP_IDENT})$`, 'i');

/**
 * A value of an xUnit/NUnit/MSTest data row (`[InlineData("/x", 404)]`, `[TestCase(401)]`) in the column the test
 * method below names a status (`int expectedStatus`, `HttpStatusCode status`): the rows' header is the signature.
 */
function classifyAttributeRow(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const context = options?.context;
  if (!context || c.family !== 'dotnet') return undefined;
  const head = ATTRIBUTE_ROW_RE.exec(c.line);
  if (!head) return undefined;
  const at = c.start - (c.quoted ? 1 : 0) - head[0].length;
  const col = tupleIndex(c.line.slice(head[0].length), at);
  if (col === undefined) return undefined;
  for (let n = context.line + 1; n <= context.line + 12; n++) {
    const l = context.lineAt(n);
    if (l === undefined || l.length > 400) return undefined;
    if (/^\s*(?:\[|\/\/|$)/.test(l)) continue;
    const m = METHOD_SIGNATURE_RE.exec(l);
    if (!m) return undefined;
    const param = splitTopLevel(m[1]!)[col]?.trim().replace(/\s*=.*$/, '') ?? '';
    const pm = /^(?:\[[^\]]*\]\s*)?([\w<>?.]+)\s+(\w+)$/.exec(param);
    if (!pm || !(STATUS_PARAM_NAME.test(pm[2]!) || /HttpStatusCode$/.test(pm[1]!))) return undefined;
    if (!isHttpCode(c.num) || !wellFormed('http', c.num) || !protocolAllowed('http', options)) return undefined;
    return { protocol: 'http', rule: 'test-attribute-row', via: 'number' };
  }
  return undefined;
}

/** Splits a parameter list at its top-level commas. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '<' || ch === '(' || ch === '[') depth++;
    else if (ch === '>' || ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** The column a markdown table cell is in, by counting `|` before it. */
/** The protocol a column or table title names: SMTP for replies, HTTP for a status or code; undefined for anything else. */
function titleProtocol(title: string): Protocol | undefined {
  return /\bsmtp\b|\brepl(?:y|ies)\b/.test(title) ? 'smtp' : /\bstatus|\bcodes?\b|\bhttp\b/.test(title) ? 'http' : undefined;
}

function cellIndex(row: string, at: number): number {
  const before = row.slice(0, at).replace(/^\s*\|/, '');
  return (before.match(/\|/g) ?? []).length;
}

/**
 * A field of a delimited data file (CSV, TSV, a JMeter or k6 results file) under a status column: the document's first line
 * is a header of names (`timeStamp,elapsed,label,responseCode,...`) and the row has as many fields.
 */
function classifyDelimitedField(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const context = options?.context;
  if (!context || context.line < 1 || (c.family !== 'other' && c.family !== 'text')) return undefined;
  const header = context.lineAt(0);
  if (!header || header.length > 2000 || !STATUS_COLUMN_RE.test(header)) return undefined;
  const parsed = delimitedHeader(header);
  if (!parsed) return undefined;
  const { sep, names } = parsed;
  const fields = c.line.split(sep);
  if (fields.length !== names.length) return undefined;
  const index = c.line.slice(0, c.start).split(sep).length - 1;
  if (unquoted(fields[index]!) !== c.num || !STATUS_COLUMN_NAME.test(names[index]!)) return undefined;
  if (!isHttpCode(c.num) || !wellFormed('http', c.num) || !protocolAllowed('http', options)) return undefined;
  return { protocol: 'http', rule: 'delimited-field', via: 'number' };
}

/** The document's header, parsed once (a CSV's rows all read the same first line). */
let HEADER_CACHE: { header: string; parsed: { sep: string; names: string[] } | undefined } | undefined;
function delimitedHeader(header: string): { sep: string; names: string[] } | undefined {
  if (HEADER_CACHE?.header === header) return HEADER_CACHE.parsed;
  let parsed: { sep: string; names: string[] } | undefined;
  const sep = [',', ';', '\t', '|'].find((d) => header.split(d).length >= 2);
  const names = sep ? header.split(sep).map(unquoted) : [];
  // Names only; a bare `code` or `rc` column beside a request's own columns (`country,code` is no log).
  if (sep && names.every((n) => /^[A-Za-z_][\w .-]{0,40}$/.test(n)) && (names.some((n) => NAMED_STATUS_COLUMN.test(n)) || names.some((n) => REQUEST_COLUMN.test(n)))) parsed = { sep, names };
  HEADER_CACHE = { header, parsed };
  return parsed;
}
const REQUEST_COLUMN = /^(?:method|url|uri|path|label|elapsed|latency|request|endpoint|timestamp|time_?stamp|bytes|duration)$/i;
/** A field without its blanks and quotes. */
const unquoted = (field: string): string => field.trim().replace(/^["']|["']$/g, '');
/** Column names of a status: one that says so, and the bare `code`/`rc` that need a request's columns beside them. */
const NAMED_STATUS = String.raw`response_?code|(?:http_?)?status(?:_?code)?|sc-status`;
const STATUS_COLUMNS = String.raw`${NAMED_STATUS}|code|rc`;
const NAMED_STATUS_COLUMN = new RegExp(String.raw`^(?:${NAMED_STATUS})$`, 'i');
const STATUS_COLUMN_NAME = new RegExp(String.raw`^(?:${STATUS_COLUMNS})$`, 'i');
const STATUS_COLUMN_RE = new RegExp(String.raw`(?:^|[,;	|]\s*["']?)(?:${STATUS_COLUMNS})["']?\s*(?:[,;	|]|$)`, 'i');

/** An HTML table cell on its own line holding a code alone (`  <td>400`, `<td align=right><code>409</code></td>`) under a status column. */
function classifyHtmlCell(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const context = options?.context;
  if (!context || (c.family !== 'other' && c.family !== 'text') || !HTML_CELL_LINE.test(c.line)) return undefined;
  const title = htmlColumnHeader(context)?.replace(/<[^>]*>/g, ' ').toLowerCase();
  if (!title) return undefined;
  const protocol: Protocol | undefined = /\bsmtp\b|\brepl(?:y|ies)\b/.test(title) ? 'smtp' : /\bstatus|\bcodes?\b|\bhttp\b/.test(title) ? 'http' : undefined;
  if (!protocol || !protocolAllowed(protocol, options)) return undefined;
  if (protocol === 'http' ? !isHttpCode(c.num) || !wellFormed('http', c.num) : !isSmtpCode(c.num) || !known('smtp', c.num)) return undefined;
  return { protocol, rule: 'html-cell', via: 'number' };
}

const HTML_CELL_LINE = /^\s*<td\b[^>]*>\s*(?:<code>\s*)?\d{3}\s*(?:<\/code>\s*)?(?:<\/td>\s*)?$/i;

/** A cell of a reST list table that holds a code alone (`   * - 401`), in a table named for status codes or replies. */
function classifyListTableCell(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const context = options?.context;
  if (!context || c.family !== 'text' || !LIST_TABLE_CELL.test(c.line)) return undefined;
  const title = listTableTitle(context)?.toLowerCase();
  if (!title) return undefined;
  const protocol = titleProtocol(title);
  if (!protocol || !protocolAllowed(protocol, options)) return undefined;
  if (protocol === 'http' ? !isHttpCode(c.num) || !wellFormed('http', c.num) : !isSmtpCode(c.num) || !known('smtp', c.num)) return undefined;
  return { protocol, rule: 'list-table-cell', via: 'number' };
}

const LIST_TABLE_CELL = /^\s*(?:\*\s+)?-\s+`{0,2}\d{3}`{0,2}\s*$/;

/** A number alone in a markdown table cell whose column header says status or code (needs options.context). */
function classifyTableCell(c: NumberCtx, options?: DetectOptions): { protocol: Protocol; rule: string; via: Via } | undefined {
  const context = options?.context;
  // (A Spock data table, `code || result` over `200 || 'Success'`, is one in Groovy: `||` parts inputs from outputs.)
  if (!context || (c.family !== 'text' && c.family !== 'jvm') || !TABLE_CELL_SUF.test(c.suf) || !TABLE_CELL_PRE.test(c.pre)) return undefined;
  const header = tableHeader(context);
  if (!header || (c.family === 'jvm' && !header.includes('||'))) return undefined;
  // (In markdown `||` is an empty cell; in Spock it parts inputs from outputs, one column boundary.)
  const spock = c.family === 'jvm';
  const row = spock ? c.line.replace(/\|\|/g, '|') : c.line;
  const col = cellIndex(row, spock ? c.start - (c.line.slice(0, c.start).match(/\|\|/g)?.length ?? 0) : c.start);
  const title = (spock ? header.replace(/\|\|/g, '|') : header).replace(/^\s*\|/, '').split('|')[col]?.trim().toLowerCase() ?? '';
  const protocol = titleProtocol(title);
  if (!protocol || !protocolAllowed(protocol, options)) return undefined;
  if (protocol === 'http' ? !isHttpCode(c.num) || !wellFormed('http', c.num) : !isSmtpCode(c.num) || !known('smtp', c.num)) return undefined;
  return { protocol, rule: 'table-cell', via: 'number' };
}

function numberCtx(line: string, s: number, e: number, family: Family, smtpLine: boolean, smtpMode: boolean, webMode: boolean): NumberCtx {
  const q = line[s - 1];
  const isQuote = q === '"' || q === "'" || q === '`';
  // A string inside a string: `"{http_status=\"200\"}"` is quoted as `"200"` is.
  const escapedQuoted = isQuote && line[s - 2] === '\\' && line[e] === '\\' && line[e + 1] === q;
  const quoted = escapedQuoted || (isQuote && line[e] === q);
  const preEnd = escapedQuoted ? s - 2 : isQuote ? s - 1 : s;
  const sufStart = escapedQuoted ? e + 2 : quoted ? e + 1 : e;
  const pre = line.slice(Math.max(0, preEnd - PREFIX_LEN), preEnd);
  return {
    line,
    family,
    num: line.slice(s, e),
    start: s,
    pre,
    preLast: lastOf(pre),
    suf: line.slice(sufStart, sufStart + SUFFIX_LEN),
    quoted,
    // A string starts at its quote, or at a line break escaped in it (`'\r\n220 test ESMTP'`).
    strStart: (isQuote && !quoted) || /\\[rn]$/.test(pre),
    smtpLine,
    smtpMode,
    webMode,
  };
}

/** Structural validity of an enhanced code: class 2/4/5, subject 0-7 (RFC 3463), detail below 100. */
function enhancedValid(subject: string, detail: string): boolean {
  return Number(subject) <= 7 && Number(detail) < 100;
}

/** Findings in the order of the line. */
const byPosition = (a: Finding, b: Finding): number => a.start - b.start || a.end - b.end;

/** The first list's findings and those of the second that overlap none of them, in the order of the line. */
function unionFirstWins(first: readonly Finding[], second: readonly Finding[]): Finding[] {
  return [...first, ...second.filter((f) => !first.some((o) => o.start < f.end && f.start < o.end))].sort(byPosition);
}

/** Documents whose lines may be code samples (a log's lines are records, read by their own rules). */
const DOCUMENT_LANGUAGES = new Set(['markdown', 'plaintext', 'restructuredtext', 'asciidoc']);
/** Five words in a row outside quotes: a sentence, which the document's own rules read. */
const SENTENCE_RE = /(?:\b[A-Za-z]{2,}\b[ ,]+){4}\b[A-Za-z]{2,}\b/;
/** What code has and prose has not: a statement's end, an arrow, a path of `::`, a call, an index, a key given a code, a keyword first. */
const CODE_TOKEN_RE = /[;{}]\s*(?:\/\/.*)?$|=>|::|[\w$\])]\(|\)\.|\[\s*\d|^\s*['"]?[\w$-]+['"]?\s*:\s*['"]?\d{3}['"]?\s*,?\s*$|^\s*(?:return|throw|raise|rescue|const|let|var|def|func|await|expect|assert)\b/;

/** Whether a line of a document (Markdown, plain text, reST) is code: a sample in a fenced or indented block, `code: 200`. */
function codeInDocument(line: string): boolean {
  return CODE_TOKEN_RE.test(line) && !SENTENCE_RE.test(line.replace(/(['"`])(?:(?!\1).){0,200}\1/g, ' '));
}

/** Families of programming languages: a fenced block in one is read by its rules alone (not as prose). */
const PROGRAM_FAMILIES = new Set<Family>(['js', 'python', 'go', 'jvm', 'ruby', 'php', 'dotnet', 'rust']);
/** A fence of a fenced code block: three backticks or tildes or more, and an info string. */
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)/;
/** How far above a line its fence is looked for (a document's blocks are short; a longer search is a long one for every line). */
const FENCE_SEARCH_LINES = 1000;

/** The fence state of a document's line, read from the lines above (see FenceState). */
function fenceFromAbove(line: string, context: NonNullable<DetectOptions['context']>): FenceState {
  if (FENCE_RE.test(line)) return 'marker';
  let nearest: string | undefined;
  let start = -1;
  let count = 0;
  let n = context.line - 1;
  for (; n >= 0 && context.line - n <= FENCE_SEARCH_LINES; n--) {
    const m = FENCE_RE.exec(context.lineAt(n) ?? '');
    if (!m) continue;
    if (nearest === undefined) {
      nearest = m[2] ?? '';
      start = n;
    }
    count++;
  }
  if (nearest === undefined) return 'outside';
  // From the document's start the count says it (an odd one: inside); else an opener names its language.
  const inside = n < 0 ? count % 2 === 1 : nearest !== '';
  return inside ? { language: fenceLanguage(nearest), start } : 'outside';
}

/**
 * All findings in a line that fits the bounds; with `focus` (a column), only candidates that
 * touch it are classified (detectAt).
 */
function scan(line: string, languageId: string, options?: DetectOptions, focus?: number): Finding[] {
  const lang = String(languageId ?? '').toLowerCase();
  // A fenced block of a document is code of its fence's language (the rules all languages share when it names none).
  if (DOCUMENT_LANGUAGES.has(lang) && options?.context) {
    const fence = options.context.fence ?? fenceFromAbove(line, options.context);
    if (fence === 'marker') return [];
    if (fence !== 'outside') {
      const inner = { ...options, context: undefined };
      // Code keeps the lines above it in its block (a switch, a list's opener, the expression a result shows).
      if (fence.language && PROGRAM_FAMILIES.has(familyOf(fence.language))) {
        const { lineAt } = options.context;
        const start = fence.start ?? -1;
        return scan(line, fence.language, { ...options, context: { ...options.context, fence: 'outside', lineAt: (n) => (n > start ? lineAt(n) : undefined) } }, focus);
      }
      // Data, a console or a fence that names nothing: its language's rules, then as before, the document's and code's.
      return unionFirstWins(fence.language ? scan(line, fence.language, inner, focus) : [], scan(line, languageId, inner, focus));
    }
  }
  let found = scanHttpSmtp(line, languageId, options, focus);
  // A line of code in a document is read as code too (the rules all languages share), where prose rules found nothing.
  if (DOCUMENT_LANGUAGES.has(lang) && codeInDocument(line)) {
    found = unionFirstWins(found, scanHttpSmtp(line, CODE_IN_DOCUMENT, options, focus));
  }
  // gRPC, WebSocket and FTP (protocols.ts): their forms are their own, so a finding of theirs wins over an HTTP or SMTP reading of the same text.
  const other = protocolHits(line, { family: familyOf(lang), libraries: options?.hints?.libraries, allowed: (p) => protocolAllowed(p, options), focus });
  return other.length ? unionFirstWins(other, found) : found;
}

function scanHttpSmtp(line: string, languageId: string, options?: DetectOptions, focus?: number): Finding[] {
  const lang = String(languageId ?? '').toLowerCase();
  const family = familyOf(lang);
  const out: Finding[] = [];
  const taken = (s: number, e: number) => out.some((f) => f.start < e && s < f.end);
  const hints = options?.hints;

  // 1. Named constants.
  if ((protocolAllowed('http', options) || protocolAllowed('smtp', options)) && /[A-Za-z]/.test(line)) {
    for (const h of findConstants(line, lang, family, hints?.tables, hints?.bareNames)) {
      const code = String(h.code);
      const protocol: Protocol = h.protocol ?? 'http';
      if (!protocolAllowed(protocol, options) || (protocol === 'http' ? !isHttpCode(code) : !isSmtpCode(code))) continue;
      const f: Finding = { start: h.start, end: h.end, protocol, code, via: 'constant', rule: h.table ?? h.rule ?? 'embedded-name' };
      if (h.table) {
        f.constant = { table: h.table, name: h.name };
        if (h.deprecated) f.constant.deprecated = h.deprecated;
        if (h.obsolete) f.constant.obsolete = true;
      }
      out.push(f);
    }
  }
  // (Sorted as the end does: the constant tables and the vocabulary each report in their own order.)
  if (!/\d/.test(line)) return out.sort(byPosition);

  // nginx `proxy_next_upstream error http_502 http_503;`
  if (family === 'nginx' && protocolAllowed('http', options) && line.includes('http_')) {
    NGINX_TOKEN_RE.lastIndex = 0;
    for (let m = NGINX_TOKEN_RE.exec(line); m; m = NGINX_TOKEN_RE.exec(line)) {
      if (!taken(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, protocol: 'http', code: m[1]!, via: 'config', rule: 'nginx-http-token' });
    }
  }

  // aiosmtpd's `S.S503_HELO_FIRST`: reply names that carry their code, in mail code.
  if (hints?.smtp && protocolAllowed('smtp', options) && /[2-5]\d\d_/.test(line)) {
    SMTP_NAME_RE.lastIndex = 0;
    for (let m = SMTP_NAME_RE.exec(line); m; m = SMTP_NAME_RE.exec(line)) {
      const e = m.index + m[0].length;
      if (known('smtp', m[1]!) && !taken(m.index, e)) out.push({ start: m.index, end: e, protocol: 'smtp', code: m[1]!, via: 'constant', rule: 'smtp-embedded-name' });
    }
  }

  // Codes in URLs and proxy logs: `/status/404` (httpbin), squid's `TCP_DENIED/403`.
  // (Each of them has a code right after a slash or a `#`: one cheap test spares most lines with a slash the seven.)
  if (protocolAllowed('http', options) && line.includes('/') && SLASH_CODE_GATE.test(line)) {
    for (const [re, rule, via] of SLASH_CODES) {
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        const g = m.length - 1;
        const s = m.indices![g]![0];
        if (known('http', m[g]!) && !taken(s, s + 3)) out.push({ start: s, end: s + 3, protocol: 'http', code: m[g]!, via, rule });
      }
    }
  }

  // Apache's LogFormat conditions: `%400,501{User-agent}i`, `%!200,304,302{Referer}i`, `%!200T` (not a printf width, `%200s`).
  if (protocolAllowed('http', options) && line.includes('%') && APACHE_CONDITION_GATE.test(line)) {
    APACHE_CONDITION_RE.lastIndex = 0;
    for (let m = APACHE_CONDITION_RE.exec(line); m; m = APACHE_CONDITION_RE.exec(line)) {
      const [token, , codes, after] = m;
      if (!token.includes('!') && !codes!.includes(',') && after !== '{' && !token.includes('}')) continue;
      const list = codes!.split(',');
      if (!list.every((n) => known('http', n))) continue;
      let at = m.index + token.length - codes!.length - after!.length;
      for (const n of list) {
        if (!taken(at, at + 3)) out.push({ start: at, end: at + 3, protocol: 'http', code: n, via: 'log', rule: 'apache-format-condition' });
        at += 4;
      }
    }
  }

  // Codes inside identifiers (test names): `def test_redirect_301():`, `Should_return_403_Forbidden()`.
  if (protocolAllowed('http', options) && line.includes('_')) {
    IDENT_CODE_RE.lastIndex = 0;
    let identStart = 0;
    let identEnd = -1;
    let identOk = false;
    for (let m = IDENT_CODE_RE.exec(line); m; m = IDENT_CODE_RE.exec(line)) {
      const s = m.index + 1;
      if (focus !== undefined && (focus < s || focus > s + 3)) continue;
      if (s > identEnd) {
        // The identifier around the code, and whether its words speak of a status (once per identifier).
        let a = m.index;
        while (a > 0 && /[\w$]/.test(line[a - 1]!)) a--;
        let b = s + 3;
        while (b < line.length && /[\w$]/.test(line[b]!)) b++;
        identStart = a;
        identEnd = b;
        identOk = /^[A-Za-z$]/.test(line[a]!) && !taken(a, b) && identifierTalksStatus(line.slice(a, b));
      }
      if (taken(s, s + 3)) continue;
      if (identOk && known('http', m[1]!)) out.push({ start: s, end: s + 3, protocol: 'http', code: m[1]!, via: 'number', rule: 'identifier-code' });
      else {
        // A name that is the code's reason phrase, then the code: `Service_ready_220`, `Bad_sequence_of_commands_503`, `NOT_FOUND_404`.
        const words = line.slice(identStart, s - 1).toLowerCase();
        const smtp = phraseOf('smtp', m[1]!) === words && protocolAllowed('smtp', options) && (hints?.smtp || SMTP_LINE_RE.test(line));
        const protocol = smtp ? 'smtp' : phraseOf('http', m[1]!) === words ? 'http' : undefined;
        if (protocol) out.push({ start: s, end: s + 3, protocol, code: m[1]!, via: 'number', rule: 'phrase-named-code' });
      }
    }
  }

  let smtpLine: boolean | undefined;
  // A mail constant on the line (`StandardSmtpResponseCode.OK`) makes it about mail too.
  // (A mail word inside an HTTP URL does not count: `nock('http://mailer.com').post('/send').reply(202)` mocks HTTP.)
  const isSmtpLine = () => (smtpLine ??= (SMTP_LINE_RE.test(line) && (!line.includes('://') || SMTP_LINE_RE.test(line.replace(HTTP_URL_RE, '')))) || out.some((f) => f.protocol === 'smtp'));

  // 2. Enhanced SMTP codes.
  if (protocolAllowed('smtp-enhanced', options) && line.includes('.')) {
    ENHANCED_RE.lastIndex = 0;
    for (let m = ENHANCED_RE.exec(line); m; m = ENHANCED_RE.exec(line)) {
      const s = m.index;
      const e = s + m[0].length;
      if (focus !== undefined && (focus < s || focus > e)) continue;
      const pre = line.slice(Math.max(0, s - 80), s);
      const strong = ENHANCED_PRE_STRONG.test(pre);
      // A detail of three digits (Exchange's `550 5.1.351`, `5.7.606`) only where the context says it is one.
      if (!enhancedValid(m[2]!, m[3]!) && !(strong && Number(m[2]) <= 7)) continue;
      let rule: string | undefined;
      if (strong || (STATUS_KEY_PRE.test(pre) && /^['"]/.test(line.slice(e)))) rule = 'enhanced-context';
      // qmail's `(#4.3.0)` closing a message: `strerr_die1x(111,"Out of memory. (#4.3.0)")` (not a reference in prose).
      else if (line[s - 1] === '#' && line[s - 2] === '(' && line[e] === ')' && /^\)\s*(?:['"`]|\\[rn]|$)/.test(line.slice(e))) rule = 'enhanced-context';
      else if ((hints?.smtp || isSmtpLine()) && known('smtp-enhanced', m[0]) && !SECTION_PRE.test(pre) && !line.includes(`section-${m[0]}`)) rule = 'enhanced-mail-line';
      if (rule && !taken(s, e)) out.push({ start: s, end: e, protocol: 'smtp-enhanced', code: m[0], via: 'log', rule });
    }
    if (line.includes('EnhancedCode')) {
      ENHANCED_BRACES_RE.lastIndex = 0;
      for (let m = ENHANCED_BRACES_RE.exec(line); m; m = ENHANCED_BRACES_RE.exec(line)) {
        if (!enhancedValid(m[2]!, m[3]!)) continue;
        const code = `${m[1]}.${Number(m[2])}.${Number(m[3])}`;
        out.push({ start: m.index, end: m.index + m[0].length, protocol: 'smtp-enhanced', code, via: 'number', rule: 'enhanced-code-struct' });
      }
    }
  }

  // 3. Three-digit numbers in context (and those compared with a subject no rule claimed, for the subject's other comparisons).
  let unclaimed: Array<{ s: number; e: number; num: string }> | undefined;
  if (protocolAllowed('http', options) || protocolAllowed('smtp', options)) {
    NUMBER_RE.lastIndex = 0;
    for (let m = NUMBER_RE.exec(line); m; m = NUMBER_RE.exec(line)) {
      const s = m.index;
      const e = s + 3;
      if (focus !== undefined && (focus < s || focus > e)) continue;
      if (taken(s, e) || besideItsName(out, line, s, e)) continue;
      const sl = isSmtpLine();
      const c = numberCtx(line, s, e, family, sl, !!hints?.smtp || (sl && !hints?.http), !!hints?.http);
      const hit =
        classifyNumber(c, options) ??
        classifyLifted(c, options) ??
        classifyBranch(c, options) ??
        classifyTableCell(c, options) ??
        classifyDelimitedField(c, options) ??
        classifyListTableCell(c, options) ??
        classifyHtmlCell(c, options) ??
        classifyStatusKey(c, options) ??
        classifyTestRow(c, options) ??
        classifyAttributeRow(c, options) ??
        classifyListLine(c, options) ??
        classifyContinuation(c, options) ??
        classifyClosingLine(c, options) ??
        classifyCodeUnderStatus(c, options) ??
        classifyResultLine(c, options) ??
        classifyJsdocDefault(c, options) ??
        classifyConstantDefinition(c, options) ??
        classifyNumber(c, options, FALLBACK_RULES);
      if (!hit) {
        if (compared(line, s)) (unclaimed ??= []).push({ s, e, num: c.num });
        continue;
      }
      if (hit.via === 'openapi' && hit.rule === 'openapi-key' && options?.context && !hasResponsesParent(options.context)) continue;
      out.push({ start: s, end: e, protocol: hit.protocol, code: c.num, via: hit.via, rule: hit.rule });
    }
  }
  if (unclaimed) {
    // Under a focus only that number was read: the line's other comparisons are read whole (rarely: a compared number no rule took).
    const found = focus === undefined ? out : scanHttpSmtp(line, languageId, options);
    for (const u of unclaimed) {
      const f = sameSubjectFinding(line, u.s, found);
      if (f && known(f.protocol, u.num)) out.push({ start: u.s, end: u.e, protocol: f.protocol, code: u.num, via: 'number', rule: 'same-subject-compare' });
    }
  }
  return out.sort(byPosition);
}

/** What a number is compared with, before it: `b.code` of `b.code >= 100`, `status_code.0` of `status_code.0 < 200`. */
const COMPARED_SUBJECT_RE = /([\w$][\w$.\[\]()?]*?)\s*(?:[<>]=?|[=!]==?)\s*['"]?$/;

/** Whether the number at `s` is compared with something (a cheap test of the operator before the subject's regex). */
function compared(line: string, s: number): boolean {
  const pre = line.slice(Math.max(0, s - 60), s);
  return /[<>=]\s*['"]?$/.test(pre) && COMPARED_SUBJECT_RE.test(pre);
}

/**
 * A code found on the line that is compared with the same subject as the number at `s`: the subject is a status there,
 * so each of its bounds is a code too (`(b.code >= 100 && b.code < 200) || b.code == 204`).
 */
function sameSubjectFinding(line: string, s: number, found: readonly Finding[]): Finding | undefined {
  const subject = COMPARED_SUBJECT_RE.exec(line.slice(Math.max(0, s - 60), s))?.[1];
  if (!subject) return undefined;
  return found.find((f) => f.via === 'number' && f.start !== s && COMPARED_SUBJECT_RE.exec(line.slice(Math.max(0, f.start - 60), f.start))?.[1] === subject);
}

/** Between an error type and its own number only punctuation of a pair: `(exceptions.BadGateway, 502)`; after the number, the type's qualifier too: `404 => Faraday::ResourceNotFound`. */
const PAIR_GAP_AFTER_NAME_RE = /^[\s,:=>(\[\]'"]{0,6}$/;
const PAIR_GAP_BEFORE_NAME_RE = /^[\s,:=>(\[\]'"]{0,6}(?:[A-Za-z_$][\w$]{0,40}(?:::|\.|\\)){0,4}$/;

/** Whether the number at s..e only repeats the code of an error type beside it (vocabulary.json `oneWithItsNumber`): one finding, the type's. */
function besideItsName(found: readonly Finding[], line: string, s: number, e: number): boolean {
  const num = line.slice(s, e);
  return found.some(
    (f) => f.code === num && pairsWithNumber(f.rule) && (f.end <= s ? PAIR_GAP_AFTER_NAME_RE.test(line.slice(f.end, s)) : f.start >= e && PAIR_GAP_BEFORE_NAME_RE.test(line.slice(e, f.start))),
  );
}

/**
 * The status codes in one line. `languageId` is VS Code's (`python`, `go`, `yaml`, `log`, ...;
 * unknown ids get the generic rules). A line longer than `maxLineLength` is examined in its
 * first `maxLineLength` characters only.
 */
export function detectLine(line: string, languageId: string, options?: DetectOptions): Finding[] {
  if (typeof line !== 'string' || line.length < 3) return [];
  const max = options?.maxLineLength ?? MAX_LINE;
  if (line.length <= max) return scan(line, languageId, options);
  const { text } = safeSlice(line, 0, max);
  return scan(text, languageId, options);
}

/**
 * The finding under the cursor (`column` is a 0-based character index; a column just after a
 * token also counts, as VS Code reports for the right half of its last character).
 * A long line is examined in a window around the column only.
 */
export function detectAt(line: string, column: number, languageId: string, options?: DetectOptions): Finding | undefined {
  if (typeof line !== 'string' || line.length < 3 || !Number.isFinite(column) || column < 0 || column > line.length) return undefined;
  const max = options?.maxLineLength ?? MAX_LINE;
  let findings: Finding[];
  if (line.length <= max) {
    findings = scan(line, languageId, options, column);
  } else {
    const w = options?.window ?? WINDOW;
    const { text, offset } = safeSlice(line, column - w, column + w);
    findings = scan(text, languageId, options, column - offset).map((f) => ({ ...f, start: f.start + offset, end: f.end + offset }));
  }
  return findings.find((f) => f.start <= column && column < f.end) ?? findings.find((f) => column === f.end);
}

/** Scans a whole document within bounds; see TextResult.truncated. */
export function detectDocument(text: string, languageId: string, options?: TextOptions): TextResult {
  const findings: Array<Finding & { line: number }> = [];
  if (typeof text !== 'string' || !text) return { findings, lines: 0, totalLines: 0 };
  const lines = text.split(/\r\n|\r|\n/);
  const maxLines = options?.maxLines ?? 100_000;
  const maxMillis = options?.maxMillis ?? 500;
  const hints = options?.hints ?? documentHints(text, options?.path);
  const started = Date.now();
  let i = 0;
  let truncated: TextResult['truncated'];
  // Fenced code of a document, line by line: the open fence's marker and language.
  const fenced = DOCUMENT_LANGUAGES.has(String(languageId ?? '').toLowerCase());
  let open: { marker: string; language: string; start: number } | undefined;
  for (; i < lines.length; i++) {
    if (i >= maxLines) {
      truncated = 'lines';
      break;
    }
    if ((i & 63) === 0 && Date.now() - started > maxMillis) {
      truncated = 'time';
      break;
    }
    const line = lines[i]!;
    const lineOptions: DetectOptions = { ...options, hints };
    lineOptions.context = { line: i, lineAt: (n) => lines[n] };
    if (fenced) {
      const m = FENCE_RE.exec(line);
      if (m && (!open || (m[1]![0] === open.marker[0] && m[1]!.length >= open.marker.length && !m[2]))) {
        open = open ? undefined : { marker: m[1]!, language: fenceLanguage(m[2] ?? ''), start: i };
        lineOptions.context.fence = 'marker';
      } else lineOptions.context.fence = open ? { language: open.language, start: open.start } : 'outside';
    }
    for (const f of detectLine(line, languageId, lineOptions)) findings.push({ ...f, line: i });
  }
  return truncated ? { findings, lines: i, totalLines: lines.length, truncated } : { findings, lines: i, totalLines: lines.length };
}

/** Every finding of a document (bounded: see TextOptions), with 0-based line numbers. */
export function detectText(text: string, languageId: string, options?: TextOptions): Array<Finding & { line: number }> {
  return detectDocument(text, languageId, options).findings;
}

/** An import of an HTTP status class's members (all, or one by name), from a package named for HTTP (not gRPC's or OpenTelemetry's `StatusCode`). */
const STATUS_MEMBERS_IMPORT = /^[ \t]*import[ \t]+(?:static[ \t]+)?(?=[\w$.]*[Hh]ttp)(?!io\.grpc\.)(?:[\w$]+\.)+(?:HttpStatusCode\.Companion|HttpStatus|HttpResponseStatus|HttpServletResponse|Status(?:Code)?(?:\.Companion)?)\.(?:\*|[A-Z][A-Za-z0-9_]*)[ \t]*;?[ \t]*$/m;

/** A JS/TS import of status names by name, two or more (`import { BAD_REQUEST, CREATED, OK } from "../errors/enums"`). */
const NAMED_IMPORT_RE = /^[ \t]*import[ \t]*(?:[\w$]+[ \t]*,[ \t]*)?\{([^}]{1,400})\}[ \t]*from\b/gm;
function importsStatusNames(head: string): boolean {
  if (!head.includes('import')) return false;
  for (const m of head.matchAll(NAMED_IMPORT_RE)) {
    const names = m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!).filter((n) => /^[A-Z][A-Z0-9_]+$/.test(n));
    if (names.filter((n) => registryCode(n) !== undefined).length >= 2) return true;
  }
  return false;
}

/**
 * Hints from a document's text (its first 64 KB: imports) and, when given, its path: whether it is
 * mail code (imports a mail library, or its path names SMTP: `go-smtp/backend.go`,
 * `lib/smtp-connection/index.js`), and which constant tables it uses. Cheap; the hover provider may cache it per document version.
 */
export function documentHints(text: string, path?: string): DetectHints {
  const head = typeof text === 'string' ? text.slice(0, 65536) : '';
  const hints: DetectHints = {};
  const p = typeof path === 'string' ? path : '';
  if (mailDocument(head, p)) hints.smtp = true;
  else if (webDocument(head, p)) hints.http = true;
  const tables: string[] = [];
  if (/\bfrom\s+rest_framework\b|\bimport\s+rest_framework\b/.test(head)) tables.push('drf-status');
  if (/\bfrom\s+(?:starlette|fastapi)\b|\bimport\s+(?:starlette|fastapi)\b/.test(head)) tables.push('starlette-status');
  if (/@nestjs\//.test(head)) tables.push('nestjs-httpstatus');
  if (/\borg\.springframework\b/.test(head)) tables.push('spring-httpstatus');
  if (/\bimport\s+(?:static\s+)?java\.net\.HttpURLConnection\b/.test(head)) tables.push('java-httpurlconnection');
  if (tables.length) hints.tables = tables;
  if (STATUS_MEMBERS_IMPORT.test(head) || importsStatusNames(head)) hints.bareNames = true;
  const libraries = protocolLibraries(head, p);
  if (libraries.length) hints.libraries = libraries;
  return hints;
}
