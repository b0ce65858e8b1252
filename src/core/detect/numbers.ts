// Rules for bare numbers: a three-digit number is a status code only in a status-setting
// or status-reading context (a call, an assignment, a comparison, a status line, a log field).
import { lookup } from '../registry';
import { namesCode } from './constants';
import { conditionStart } from './collections';
import contexts from './contexts.json';
import type { Family } from './languages';
import { articleCode, commentTalksCode, docItemCode, httpLineCode, inProse, proseAt, smtpDocumentNumber, talksStatus } from './prose';
import { ARGS, HTTP_IDENT, IDENT_TAIL, METHODS, NW, OPS, SMTP_IDENT, SMTP_MODE_IDENT, SMTP_TEXT_RE } from './patterns';

export type NumberProtocol = 'http' | 'smtp';

/** What a rule sees of one candidate number. */
export interface NumberCtx {
  /** The whole (possibly windowed) line. */
  line: string;
  family: Family;
  /** The digits, and where they start in `line`. */
  num: string;
  start: number;
  /** Text before the candidate (without an opening quote when the number is quoted). */
  pre: string;
  /** Text after the candidate (without the closing quote when the number is quoted). */
  suf: string;
  /** The number is a whole quoted string: `'404'`. */
  quoted: boolean;
  /** The number starts a string: `'250 OK'`. */
  strStart: boolean;
  /** The last non-blank character of `pre`: itself, `a` for a letter, digit or `_`, `^` when there is none. */
  preLast: string;
  /** The line is about mail (SMTP words). */
  smtpLine: boolean;
  /** The document is about mail (hint from imports), or the line is and the document is not hinted as web code. */
  smtpMode: boolean;
  /** The document is web code (hint from imports or path). */
  webMode: boolean;
}

export interface NumberRule {
  id: string;
  via: 'number' | 'status-line' | 'phrase' | 'log' | 'openapi' | 'config';
  /** Families the rule applies to; all when absent. */
  families?: readonly Family[];
  pre?: RegExp;
  suf?: RegExp;
  /** Extra condition. */
  when?: (c: NumberCtx) => boolean;
  /** The protocol, fixed or from the context (undefined: no finding). */
  protocol: NumberProtocol | ((c: NumberCtx) => NumberProtocol | undefined);
  /** Weak rules report only codes the registry knows (not merely well-formed ones). */
  weak?: boolean;
  /** A quick filter: the characters `preLast` may be (see NumberCtx.preLast); any when absent. */
  last?: string;
  /** A quick filter: a word the prefix (or, for `needleSuf`, the suffix) must hold before the rule's regex runs. */
  needle?: RegExp;
  needleSuf?: RegExp;
  /** A quick test of the prefix's end before its regex runs (a scan from the end, no regex). */
  tail?: (pre: string) => boolean;
}

const re = (src: string, flags = ''): RegExp => new RegExp(src, flags);

/** The number is a whole argument: followed by `,` or `)`. */
const ARG_END = /^\s*[,)]/;

/** Type arguments between a call's name and its `(`, one level nested: `.Produces<IEnumerable<ModelError>>(422)`. */
const TYPE_ARGS = String.raw`(?:<(?:[^<>()]|<[^<>()]*>)*>)?`;

// --- names of calls whose first argument is an HTTP status (contexts.json: groups with their sources) ---
const FIRST_ARG_CALLS = contexts.firstArgCalls.flatMap((g) => g.names);
/** A fallback before the number: `err.status || 500`, `(ctx.response && ctx.response.status) || 500`, `e.code ?? 500`, `code or 500`, Kotlin `params["status"]?.toIntOrNull() ?: 302`. */
// (A `?` only before `.`: runs of `?` cannot be split three ways.)
const DEFAULT = String.raw`(?:(?:(?:[\w$.\[\]'"]|\?(?=\.)){1,60}(?:\(\))?|\([^()]{1,80}\))\s*(?:\|\||\?\?|\?:|\bor\b)\s*){0,3}`;
/** A matcher wrapped in the status argument: rest-assured `statusCode(equalTo(200))`, `status(is(404))`. */
const MATCHER_WRAP = String.raw`(?:(?:equalTo|is|eq|equal_to|Matchers\.equalTo|CoreMatchers\.is)\s*\(\s*)?`;
const FIRST_ARG_RE = re(String.raw`${NW}(?:${FIRST_ARG_CALLS.join('|')})${TYPE_ARGS}\s*\(\s*${MATCHER_WRAP}${DEFAULT}$`);

/** Go web frameworks (gin, echo, fiber, chi render): `c.JSON(404, ...)`. */
const GO_CTX_RE = /\.(?:JSON|IndentedJSON|SecureJSON|JSONP|PureJSON|AsciiJSON|String|HTML|XML|YAML|TOML|ProtoBuf|Data|DataFromReader|Redirect|NoContent|Blob|Stream|File|Render|JSONBlob|XMLBlob|HTMLBlob|JSONPretty|XMLPretty|Negotiate|SendStatus)\(\s*$/;

/** JS frameworks: koa `ctx.throw(404)`, hapi `h.response(x).code(404)`, SvelteKit `error(404)`, supertest `.expect(404)` (fastify's `reply.code(404)`: RESPONSE_CODE_CALL_RE). */
const JS_FIRST_ARG_RE = re(String.raw`(?:\.throw|\.response\([^()]*\)\.code|${NW}(?:res|response)\.send(?=\s*\(\s*$)|(?:(?<![\w$.])|(?<=(?<![\w$])this\.))(?:error|fail)|\.expect)\s*\(\s*$`);

/** A code then its own name, quoted or not (two words or more unquoted): `(418, "IM_A_TEAPOT")`, the http crate's `(417, EXPECTATION_FAILED),`. */
const CODE_NAME_SUF = /^\s*,\s*(?:['"]([A-Z][A-Z0-9_]{1,40})['"]|([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]|[A-Z][a-z]+(?:[A-Z][a-z]+)+)\s*[,)\]}])/;
/** A constant named for a code, as a key's value: `206 => self::TEXT_206`. */
const KEY_TO_CONSTANT_SUF = /^['"]?\s*(?:=>|:)\s*(?:[\w\\]+::|[\w$]+\.)?[A-Z][A-Z_]*_(\d{3})(?![\w$])/;

/** A number in a URL's list of ids (`/payments/1234,444,555`): the URL, not the prose around it, says what it is. */
function idInUrl(pre: string): boolean {
  if (!pre.endsWith(',')) return false;
  const token = /\S*$/.exec(pre)![0];
  return token.includes('://');
}

/** A response's code setter, in any language: fastify `reply.code(`, Mojolicious `$res->code(`, `$tx->res->code(`. */
const RESPONSE_CODE_CALL_RE = /(?:(?<![\w$])\$?(?:res|resp|response|reply)|->(?:res|response))(?:\.|->)code\s*\(\s*$/;

// --- calls where the status is a later positional argument -----------------------------------
const LATER_ARG_CALLS = contexts.laterArgCalls.flatMap((g) => g.names);
const LATER_ARG_RE = re(String.raw`${NW}(?:${LATER_ARG_CALLS.join('|')})${TYPE_ARGS}\s*\(${ARGS},\s*$`);
/** PHP `header('Location: /x', true, 301)`. */
const PHP_HEADER_RE = re(String.raw`${NW}header\s*\(${ARGS},\s*(?:true|false)\s*,\s*$`, 'i');
/** An error's variant before an arrow: `Error::FileNotFound { .. } =>`, `ApiError::Forbidden(_) =>`, `AuthError.Expired ->`, `RauthyError::MalformedJwt(err) => (400, ...)`. */
const ERROR_ARM_PRE = /(?:^|[\s(|,{])[\w:]*(?:Error|Exception)s?(?:::|\.)[A-Z]\w*(?:\s*\{[^{}]{0,40}\}|\s*\([^()]{0,40}\))?\s*(?:=>|->)\s*\(?\s*$/;
/** `x >= 200 && x < 300` (and the other way round): a subject, its lower bound N00 and its upper bound (N+1)00. */
const CLASS_RANGE_LOWER_SUF = /^\s*(?:&&|and)\s*([$\w.\[\]@>'"-]+)\s*<\s*(\d00)(?![\w.])/;
const CLASS_RANGE_UPPER_PRE = /([$\w.\[\]@>'"-]+)\s*>=\s*(\d00)\s*(?:&&|and)\s*([$\w.\[\]@>'"-]+)\s*<\s*$/;
const CLASS_RANGE_LOWER_PRE = /([$\w.\[\]@>'"-]+)\s*>=\s*$/;
/** Words of a line about statuses (the class's name, or a word for a status). */
const CLASS_RANGE_WORDS = /succe|redirect|error|status|code|http|fail|client|server|respon|ok\b|info/i;

function classRangeBound(c: NumberCtx): boolean {
  if (c.quoted || !c.num.endsWith('00')) return false;
  const bounds = classRangeAsLower(c) ?? classRangeAsUpper(c);
  if (!bounds) return false;
  const [lower, upper] = bounds;
  // One class (`>= 200 && < 300`), or the classes of a success and a redirect (`>= 200 && < 400`).
  const span = Number(upper) - Number(lower);
  if ((span !== 100 && !(span === 200 && lower === '200')) || lower[0]! < '1' || lower[0]! > '5') return false;
  return CLASS_RANGE_WORDS.test(c.line) && !inProse(c.line, c.start, c.family);
}

/** The candidate as the lower bound (`x >= 200 && x < 300`): both bounds, or undefined. */
function classRangeAsLower(c: NumberCtx): [string, string] | undefined {
  if (!c.suf.startsWith(' &&') && !c.suf.startsWith('&&') && !c.suf.startsWith(' and')) return undefined;
  const subject = CLASS_RANGE_LOWER_PRE.exec(c.pre)?.[1];
  const m = CLASS_RANGE_LOWER_SUF.exec(c.suf);
  return subject && m && m[1] === subject ? [c.num, m[2]!] : undefined;
}

/** The candidate as the upper bound (`x >= 200 && x < 300`, whatever follows it). */
function classRangeAsUpper(c: NumberCtx): [string, string] | undefined {
  const m = CLASS_RANGE_UPPER_PRE.exec(c.pre.slice(-120));
  return m && m[1] === m[3] ? [m[2]!, c.num] : undefined;
}

/** An HTTP method as a key (`get:`, `'POST':`): a table of each method's code when two or more hold one. */
const METHOD_KEY = String.raw`(?:^|[{,\s])['"]?(?:get|put|post|patch|delete|head|options|GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS)['"]?\s*:`;
const METHOD_KEYED_CODE_G = new RegExp(String.raw`${METHOD_KEY}\s*\d{3}\b`, 'g');

const RUN_NEAR_SUF = /^['"]?\s*(?:\||,|or\b)\s*['"]?\d{3}(?![\w.])/;
const RUN_NEAR_PRE = /(?<![\w.])\d{3}['"]?\s*(?:\||,|\bor)\s*['"]?$/;
const RUN_RE = /(?<![\w.])(?:['"]?\d{3}['"]?\s*(?:\||,|\bor\b)\s*){3,}['"]?\d{3}['"]?(?![\w.])/g;

function codeRun(c: NumberCtx): boolean {
  if (c.smtpMode || c.family === 'text' || (!RUN_NEAR_SUF.test(c.suf) && !RUN_NEAR_PRE.test(c.pre))) return false;
  // (The run is read around the candidate only: a window of the line.)
  const from = Math.max(0, c.start - 120);
  const text = c.line.slice(from, c.start + 120);
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(text); m; m = RUN_RE.exec(text)) {
    const at = c.start - from;
    if (at < m.index || at >= m.index + m[0].length) continue;
    const nums = (m[0].match(/\d{3}/g) ?? []).map(Number);
    return isRunOfCodes(nums) && !NOT_STATUS_WORDS.test(wordsOf(c.pre.slice(-60))) && !inProse(c.line, c.start, c.family);
  }
  return false;
}

/** Four distinct codes or more, every one known, neither all round figures (`100, 200, 300, 400`: sizes) nor a sequence (`200, 201, 202, 203`). */
function isRunOfCodes(nums: readonly number[]): boolean {
  if (new Set(nums).size < 4 || nums.every((n) => n % 100 === 0)) return false;
  if (new Set(nums.slice(1).map((n, i) => n - nums[i]!)).size === 1) return false;
  return nums.every((n) => lookupKnown('http', String(n)));
}

const QUOTED_RUN_PRE = /(['"])((?:\d{3}\s+)*)$/;
const QUOTED_RUN_SUF = /^((?:\s+\d{3})*)(['"])/;

/** A string of four or more codes separated by blanks, on a line about statuses: `for code in "400 401 403 404 500 502".split(" ")`. */
function quotedCodeRun(c: NumberCtx): boolean {
  // (A run has a code beside this one: a cheap test first.)
  if (c.smtpMode || c.family === 'text' || !(/^\s+\d/.test(c.suf) || /\d\s+$/.test(c.pre))) return false;
  // (A number that opens a string has the quote outside its prefix.)
  const a = QUOTED_RUN_PRE.exec(c.strStart ? c.line.slice(Math.max(0, c.start - 1), c.start) : c.pre);
  const b = a && QUOTED_RUN_SUF.exec(c.suf);
  if (!a || !b || a[1] !== b[2]) return false;
  const nums = `${a[2]}${c.num}${b[1]}`.match(/\d{3}/g)!.map(Number);
  // (Every code once: a string of figures repeats them.)
  return new Set(nums).size === nums.length && isRunOfCodes(nums) && /status|code|error|respon|http/i.test(c.line);
}

/** A parameter named code or status, with its default, in the definition of a function named for a status or a redirect. */
const STATUS_FUNCTION_DEFAULT_RE = /\b(?:function|def|func|fun)\s+[\w$]*(?:status|Status|redirect|Redirect)[\w$]*\s*\((?:[^()]*,)?\s*\$?(?:code|status(?:_?code)?|statusCode)\s*(?::\s*\??\w+\s*)?=\s*$/;
/** Flask `redirect(url, code=301)`. */
const REDIRECT_CODE_RE = re(String.raw`${NW}redirect\s*\(${ARGS},\s*code\s*=\s*$`);

// --- identifiers --------------------------------------------------------------------------------
/** A type between a name and `=`: `status_code: int = `, `status: Option<u16> = `, Go `statusCode int = `. */
const TYPED = String.raw`(?::\s*[A-Za-z_][\w.\[\]|, ?<>]{0,40}?\s*=|\s+[A-Za-z_][\w.]*\s*=(?!=))`;
/** `status = 404`, `status: 404`, `status == 404`, `status: int = 404`, and with a default: `status = err.status || 500`. */
/** A number wrapped for its field's type: AWS SDK's `aws.Int(301)`, Rust's `Some(404)`, Java's `Integer.valueOf(500)`. */
const WRAP = String.raw`(?:(?:[\w$]+\.)?(?:Int(?:8|16|32|64)?|Ptr|Some|Integer\.valueOf)\s*\(\s*)?`;
const identOp = (ident: string): RegExp => re(String.raw`${NW}(?:\$?\\?['"]?|['"]?\$\{|\[:)${ident}_?\}?${IDENT_TAIL}\s*(?:${TYPED}|${OPS})\s*${DEFAULT}${WRAP}$`, 'i');
const HTTP_IDENT_OP = identOp(HTTP_IDENT);
const SMTP_IDENT_OP = identOp(SMTP_IDENT);
const SMTP_MODE_IDENT_OP = identOp(SMTP_MODE_IDENT);
/** A bare `code` (werkzeug's `code = 404`, `code in (301, 302)`, `err.code === 500`): a weak HTTP identifier outside mail code. */
const CODE_IDENT_OP = identOp('_?code');
/** An equality test of a bare `code` with a common status (`$code !== 200`, `Code == "404"`): in every tuning batch such a test was a status, where an assignment or a bound often is not (`code == 421` may be SMTP's). */
const CODE_EQUALS = /(?:[!=]==?)\s*['"]?$/;
/** An input event's code (Linux evdev's BTN_SOUTH is 304): `event.code == 304`. */
const INPUT_EVENT_CODE = /(?<![\w$])(?:ev|evt|event|key|keyEvent|input)\.code\s*[!=]/i;
/** A response's code set (Crow's `res.code = 405;`). */
const RESPONSE_CODE_SET = /(?<![\w$])(?:res|resp|response)\.code\s*=\s*$/;
const CODE_REVERSE_SUF = /^['"]?\s*(?:===?|!==?|<=?|>=?)\s*(?:[\w$]+(?:\(\))?\.)*code(?![\w$])/;
const CODE_MEMBER_IN = re(String.raw`(?<!\bfor\s+(?:\(\s*)?(?:[\w$]+\s*,\s*)?)${NW}(?:[\w$]+(?:\(\))?\.)*code\s+(?:not\s+)?in\s*$`);
/** Jest `toHaveProperty('status', 404)`. */
/** A mock's route after its verb: the path, up to three of headers, body or options, then the status's place. */
const MOCK_ROUTE_ARGS = String.raw`\s*\(?\s*['"][^'"]{0,120}['"](?:\s*,\s*(?:\{[^{}]{0,120}\}|[\w@.:]+|['"][^'"]{0,80}['"])){0,3}\s*,\s*$`;
const HAVE_PROPERTY_RE = re(String.raw`\.toHaveProperty\(\s*['"](?:status|statusCode|status_code)['"]\s*,\s*$`);
/** Ruby Net::HTTP / HTTParty: `response.code == "301"`, `res.code.to_i != 200`. */
const RUBY_CODE_RE = re(String.raw`\.code(?:\.to_i)?(?:\.should(?:_not)?)?\s*(?:==|!=|>=?|<=?|eql\?\(|eq\(?)\s*$`);
/** The code of a response-named receiver: OkHttp `response.code() == 401`, `resp.getCode() >= 500` (SMTP in mail code). */
const RESPONSE_CODE_OP = re(String.raw`${NW}[\w$]*(?:response|resp|rsp)(?:\(\))?(?:\.|\?\.|->)(?:code|getCode)(?:\(\))?\s*(?:===?|!==?|<=?|>=?)\s*$`, 'i');
/** The number first: `400 <= r.status_code < 500`, `404 == response.status`. */
const REVERSE_SUF = re(String.raw`^['"]?\s*(?:===?|!==?|<=?|>=?)\s*(?:\((?:int|integer|Number)\)\s*)?(?:\$?[\w$]+(?:\(\))?(?:\.|->|::))*\$?${HTTP_IDENT}(?![\w$])`, 'i');
/** Go: `rec.Code != 404`, `StatusCode: 404` in struct literals is covered by HTTP_IDENT_OP. */
const GO_CODE_OP = re(String.raw`\.Code\s*(?:==|!=|<=?|>=?)\s*$`);
/** A fallback for a status read elsewhere: `message.statusCode || 200`, `res.status ?? 500`, `status or 200`, `params.get("status") ?? 200`. */
const STATUS_DEFAULT_RE = re(String.raw`${NW}['"]?${HTTP_IDENT}(?![\w$])(?:${IDENT_TAIL}|['"]\s*\))\s*(?:\|\||\?\?|\?:|\bor\b)\s*$`, 'i');
const STATUS_PROPERTY_INIT_PRE = re(String.raw`${NW}${HTTP_IDENT}\s*\{\s*get\s*;\s*(?:(?:(?:private|protected|internal)\s+)?(?:set|init)\s*;\s*)?\}\s*=\s*$`, 'i');
/** The rest of a `status` matcher's line: more codes or classes only. */
const CADDY_STATUS_REST = /^(?:\s+[1-5](?:\d\d|xx))*\s*$/;
/** Words of an error page's title: "doesn't exist", "was rejected", "something went wrong". */
const ERROR_PAGE_WORDS = /\b(?:error|not|doesn't|isn't|exist|rejected|wrong|sorry|denied|forbidden|unauthori[sz]ed|unavailable|fail\w*|invalid|bad|timeout)\b/i;
/** A status shown with its result: `res.response_status # => 200`. */
const STATUS_RESULT_RE = re(String.raw`${NW}${HTTP_IDENT}(?![\w$])${IDENT_TAIL}\s*(?:#|\/\/)\s*=>\s*$`, 'i');
/**
 * A name that says it holds a status, wherever `status` stands in it: `DEFAULT_STATUS_OK = 200`,
 * `errorStatus: ErrorStatus = 500`, `redirect_status = 301`, `$statusCodeDefault = 404`. Weak (known codes only).
 */
const STATUS_NAME_OP = re(String.raw`${NW}\$?([A-Za-z_$][\w$]*?status[\w$]*)${IDENT_TAIL}\s*(?:${TYPED}|=(?![=~])|:(?!:)|:=|=>)\s*$`, 'i');
/** Names with `status` in them that hold no HTTP status: exit and process statuses, UI and polling numbers. */
const NOT_STATUS_NAME = /exit|wait|proc|return|job|task|build|pod|ret_?code|bar|line|text|message|msg|icon|width|height|size|len|count|timeout|interval|delay|poll|page|limit|max|min|port|time|ttl|retry|retries|sleep/i;
/**
 * A call whose name says it responds, the status a whole argument anywhere: `HttpTest.RespondWith("", 301, ...)`,
 * `RespondWithJson(body, 400)`, `respondWith(404)`, Haraka's `this.respond(550, msg)` (SMTP in mail code).
 */
const RESPOND_CALL_RE = re(String.raw`${NW}(?:[\w$]*[a-z0-9_$](?=Respond)|(?:stub|mock|fake|build|make|create|canned)_?(?=[Rr]esponse)|)(?:Respond|respond|Response(?=\w*\s*\()(?<=(?:stub|mock|fake|build|make|create|canned)_?Response)|response(?<=(?:stub|mock|fake|build|make|create|canned)_?response))(\w*)(?:<[^<>()]*>)?\s*\((?:${ARGS},)?\s*$`);
/** Ruby: the same helpers as commands: `stub_response '', 300`. */
const RUBY_RESPONSE_COMMAND_RE = /(?<![\w$:@.])(?:stub|mock|fake|build|canned)_response\s+(?:(?:['"][^'"]*['"]|[\w.:@]+)\s*,\s*)+$/;
/**
 * A call named for an error or exception with a known code as a whole argument anywhere: boom's
 * `internals.serverError(message, data, 502, ...)`, `new TestError("msg", ErrorCode.X, 404)`, PHP
 * `new Exception('Oops..', 500)` (weak: known codes only; not timeouts, values, ranges, sizes).
 */
const ERROR_CALL_RE = re(String.raw`${NW}(?:new\s+)?(?:[\w$]+(?:\.|::|\\))*([\w$]*(?:Error|Exception))(?:\.new)?(?:<[^<>()]*>)?\s*\((?:${ARGS},)?\s*$`);
/** A code mapped to an exception class (`409 => ConflictError`), or to a class inside an errors namespace (`400 => Typesense::Error::RequestMalformed`). */
const CODE_TO_EXCEPTION_SUF = /^\s*=>\s*(?:[A-Z]\w*(?:::|\\|\.))*?(?:(?:Errors?|Exceptions?)(?:::|\\|\.)([A-Z]\w*)|([A-Z]\w*(?:Error|Exception)))\b/;
function errorClassOf(suf: string): string {
  const m = CODE_TO_EXCEPTION_SUF.exec(suf)!;
  return m[1] ?? m[2]!;
}
/** A logger's error method, an event id first: Windows' `e.evtlog.Error(301, line)`. */
const LOGGER_ERROR_PRE = /[\w$]*(?:log|Log|logger|Logger)\.Error\s*\(\s*$/;
const NOT_ERROR_CALL = /Timeout|Time|Value|Range|Index|Key|Size|Overflow|Argument|Type|Syntax|Reference|Assertion|Runtime|IO|Os|OS|Parse|Json|JSON|Format|Unicode|Lookup|Attribute|Import|Name|Memory|Stack|Recursion|Zero|Arithmetic|Eval|Interrupt|Thread|Socket|Connection/;
/** An error class named for no status (`TimeoutError`, `ValueError`), not `GatewayTimeoutError`: NOT_ERROR_CALL's words as the whole name. */
const NOT_STATUS_ERROR_NAME = new RegExp(`^(?:${NOT_ERROR_CALL.source})(?:Error|Exception)$`);
/** A call whose name says status, the code first: `status_app(403)`, `assert_status_is(404)`, `expectStatusCode(201)`. */
const STATUS_NAMED_CALL_RE = re(String.raw`${NW}(?:[\w$]+\.)*((?:[\w$]*_)?status(?:_[\w$]*)?|[\w$]*[a-z](?:Status|StatusCode)[\w$]*|(?:Status|StatusCode)[A-Z][\w$]*)\s*\(\s*$`, 'i');
/** A range of statuses given to a call named for them as bounds: k6 `http.expectedStatuses({ min: 200, max: 300 })`. */
const STATUS_CALL_BOUNDS_RE = re(String.raw`${NW}(?:[\w$]+\.)*[\w$]*[a-z](?:Status|StatusCode)(?:es|s)?\s*\((?:[^()]*,)?\s*\{\s*(?:(?:min|max)\s*:\s*\d{3}\s*,\s*)?(?:min|max)\s*:\s*$`);
/** A constructor or call named for a status code or a response message, the code a later argument: `new RouteStatusCodeMonitor("test", 200)`, `new HttpResponseMessageImpl(context, request, 404)`. */
const STATUS_CODE_CALL_LATER_RE = re(String.raw`${NW}(?:new\s+)?(?:[\w$]+\.)*([\w$]*(?:StatusCode|HttpStatus)[\w$]*|[\w$]*Response(?:Message)?(?:Impl)?)\s*\(${ARGS},\s*$`);
const NOT_STATUS_CALL = /^(?:get|fetch|load|find|job|task|exit|process|update|set_?job|check_?job)|job|task|exit|proc|pod|build|order|payment|bar/i;
/** A declaration typed as a response or status: Nancy `Response response = 200;`, `HttpStatusCode code = 404`. */
const TYPED_STATUS_DECL_RE = /(?<![\w$.])(?:[\w$]*Response|HttpStatusCode|HttpStatus|StatusCode)\s+[\w$]+\s*=\s*$/;
/** A class named after the code's phrase before it: `(exceptions.BadGateway, 502)`, `HTTPNotFound => 404`. */
const CLASS_BEFORE_RE = /(?:^|[\s(\[{,])(?:[\w$]+(?:::|\.))*(?:HTTP|Http)?([A-Z][A-Za-z]+?)(?:Http)?(?:Error|Exception)?['"]?\s*(?:,|=>|:)\s*$/;

/** A collection named for statuses queried or changed: `settings._statuses.has(200)`, `retryStatusCodes.add(503)`. */
const STATUS_COLLECTION_CALL_RE = /(?<![\w$])[\w$]*(?:[Ss]tatuses|[Ss]tatus_?[Cc]odes|STATUS(?:ES|_CODES))\s*\.\s*(?:has|includes|contains|add|push|append|insert|remove|delete|indexOf|include\?|member\?)\s*\(\s*$/;
/** A class named after the code's phrase just after it: "a 413 :exc:`~werkzeug.exceptions.RequestEntityTooLarge`". */
const CLASS_AFTER_SUF = /^\s*(?::[a-z]+:|then\b|=>|->)?\s*[`'"~(]{0,3}\s*(?:[\w$]+(?:\.|::|\\))*(?:HTTP|Http)?([A-Z][A-Za-z]+?)(?:Http)?(?:Error|Exception)?(?![\w$])/;
/** A code leading a response text in a line about a status: `respondText(text = "500: $cause", status = ...)`. */
const LEADING_TEXT_SUF = /^:\s/;

/** A collection handed to a block whose parameter is a status: `%w[404 500].each do |status_code|`, `[401, 403].forEach((status) =>`, `listOf(500, 503).forEach { code ->`. */
const EACH_AS_STATUS_SUF = re(String.raw`^\s*\.\s*(?:each(?:_with_index)?|forEach(?:Indexed)?|map|flat_?[mM]ap|filter|select|reject|collect|find|detect|onEach|all\??|any\??|none\??)\s*(?:\(\s*(?:function\s*)?\(?|\{\s*\|?|do\s*\|)\s*\$?(?:(${HTTP_IDENT})|code)\s*(?:\||\)|=>|->|,|:)`, 'i');
/** A loop over statuses: `for (status in listOf(301, 302))`, `for status_code in (500, 502):` (the collection is lifted; a bare `code` may be anything). */
const ITERATE_RE = re(String.raw`\bfor\s*\(?\s*(?:(?:val|var|let|const|final|int|auto)\s+)?\$?(?:${HTTP_IDENT}|status_?codes)\s*(?::\s*\w+\s*)?(?:in|of|:)\s*$`, 'i');

/** `expect(res.status).toBe(404)`, `status().is(404)`, `response.status shouldBe 404`, `.Should().Be(404)`. */
/** A Rack response's status, its first element: `expect(response[0]).to eq(302)`. */
const RACK_STATUS = String.raw`@?(?:last_)?(?:response|resp|res)\[0\]`;
/** A Kotlin selector lambda after the status: strikt's `fetched.status { code }`. */
const SELECTOR_LAMBDA = String.raw`(?:\s*\{\s*(?:it\.)?\w+\s*\})?`;
/** A response's `code` member: `response.getCode()`, `resp.code` (a bare `code` says too little). */
const RESPONSE_CODE_MEMBER = String.raw`[\w$]*(?:[Rr]esp(?:onse)?|[Rr]es)(?:\(\))?\.(?:get_?)?[Cc]ode`;
const MATCHER_RE = re(
  String.raw`${NW}['"]?(?:${HTTP_IDENT}|code|${RACK_STATUS})(?![\w$])${IDENT_TAIL}${SELECTOR_LAMBDA}[^;{}]{0,60}?(?:\s*\}(?=\s*returns\b))?(?:(?:[.\s]|->)(?:toBe|toEqual|within|oneOf|toStrictEqual|equals?|eql|eq|isEqualTo|is|willReturn|thenReturn|andReturn|returns|mockReturnValue|shouldReturn|be|shouldBe|shouldBeExactly|shouldEqual|toHaveStatus|isEqual|must_equal|assert_equal)\s*\(?|\bshould\s*\(\s*['"](?:eq|equal|be\.equal|be\.oneOf|be\.within)['"]\s*,)\s*$`,
  'i',
);
/** Spring `jsonPath("$.status").value(400)`, `jsonPath("$.code").isEqualTo(404)`: a JSON status field's value. */
const JSON_PATH_RE = /\bjsonPath\(\s*['"][$.\w\[\]]*?\.?(?:status|statusCode|status_code|code)['"]\s*\)\s*\.\s*(?:value|isEqualTo|is|isNumber)\s*\(\s*$/;
/** `assertEquals(404, response.getStatus())`, `assert.Equal(t, 404, w.Code)`: number first, status identifier later. */
const ASSERT_FIRST_RE = re(String.raw`${NW}(?:assert\w*|Assert\.\w+|assert\.\w+|require\.\w+|t\.(?:equal|equals|is|strictEqual|same|strictSame|deepEqual|notEqual|not))\s*!?(?:\(\s*|\s+)(?:t\s*,\s*)?$`, 'i');
const ASSERT_FIRST_SUF = re(String.raw`^\s*,[^;]{0,100}?${NW}(?:${HTTP_IDENT}|code)(?![\w$])`, 'i');
/**
 * Perl's Test::More on a response: `is $res->code, 500, 'right status'`, `isnt($tx->res->code, 404)`, `cmp_ok($res->code, '==', 200)`,
 * `is $headers->{'Status'}, 200`, a PSGI response's first element (`is $res->[0], 404`); Dancer's `response_status_is $req => 200`.
 */
const PERL_IS_RE = /(?<![\w$>-])(?:(?:is|isnt|cmp_ok)\s*(?:\(\s*|\s+)(?:\$[\w$]*(?:->[\w$]+(?:\(\))?)*(?:->(?:code|status)(?:\(\))?|->\{\s*['"]?(?:[Ss]tatus|code)['"]?\s*\})|\$(?:res|resp|response)->\[0\])\s*,\s*(?:['"](?:==|!=|<=?|>=?)['"]\s*,\s*)?|response_status_is(?:nt)?\s*(?:\(\s*|\s+)[^;]{1,80}?(?:,|=>)\s*)$/;
/** `assertEqual(response.status_code, 404)`, `assert_eq!(resp.status(), 404)`. */
const ASSERT_SECOND_RE = re(
  String.raw`${NW}(?:assert\w*|Assert\.\w+|assert\.\w+|require\.\w+|t\.(?:equal|equals|is|strictEqual|same|strictSame|deepEqual|notEqual|not)|(?:[\w$]+\.)?(?:Expect|Equals?|expect|equals?|refute)(?=\(\s*t\s*,))\s*!?\(\s*(?:t\s*,\s*)?[^,;]{0,80}?${NW}\$?['"]?(?:${HTTP_IDENT}|code)(?![\w$])${IDENT_TAIL}[^,;]{0,20}?,\s*$`,
  'i',
);
/**
 * Matcher libraries over a status: Hamcrest / PyHamcrest `assertThat(response.getStatus(), is(404))`,
 * `assert_that(r.status_code, equal_to(404))`, assertpy `assert_that(r.status_code).is_equal_to(404)`,
 * expects `expect(r.status_code).to(equal(200))`.
 */
const HAMCREST_RE = re(
  String.raw`${NW}(?:assert_?that|expect)\(\s*[^,;]{0,80}?${NW}(?:${HTTP_IDENT}|${RESPONSE_CODE_MEMBER})(?![\w$])${IDENT_TAIL}[^,;]{0,20}?(?:,\s*(?:is|\x60is\x60|equalTo|equal_to|is_|(?:is\(\s*)?equalTo)|\)\s*\.\s*(?:is_equal_to|isEqualTo)|\)\s*\.\s*to\(\s*equal)\(\s*$`,
  'i',
);
/** NUnit's constraint model over a status: `Assert.That((int)response.StatusCode, Is.EqualTo(404))`. */
const NUNIT_THAT_RE = re(
  String.raw`${NW}Assert\.That\(\s*[^,;]{0,80}?${NW}(?:${HTTP_IDENT})(?![\w$])${IDENT_TAIL}[^,;]{0,20}?,\s*Is\s*\.\s*(?:Not\s*\.\s*)?EqualTo\(\s*$`,
  'i',
);
/** `status_forcelist=[500, 502]`, `RETRY_STATUSES = Set.of(500, 503)`, `status_code in (404, 410)`. */
const LIST_RE = re(
  String.raw`${NW}\$?['"]?(?:[\w$]*status(?:es|_?codes?)[\w$]*|[\w$]*status(?:_?forcelist|_?list|_?set)?|[\w$]*_responses|[\w$]*[a-z]Responses|(?:[\w$]*_)?(?:success|error|fail(?:ure|ed)?|retry|retryable|http|response|ok|valid|accepted|allowed|expected|acceptable|ignored?|cacheable)_?(?:status_?)?codes?)${IDENT_TAIL}\s*(?:=>|:=|=|:|(?:\s+not)?\s+in\b)\s*(?:new\s+[\w.]+(?:<[\w\s,]*>)?(?:\[\])?\s*|(?:[\w.]+\.(?:of|asList)|setOf|listOf|arrayOf|mutableSetOf|mutableListOf|hashSetOf|frozenset|set|tuple|array|\[\]int|%[wi])\s*)?(?:\(\s*[\[{]|[\[({])(?:\s*['"]?\d{3}['"]?\s*,)*\s*$`,
  'i',
);

// --- membership: a status tested against a collection (see collections.ts: the collection is lifted) ---
/** `status in `, `code not in ` (Python, Kotlin), after the collection is lifted. */
const memberIn = (ident: string): RegExp => re(String.raw`(?<!\bfor\s+(?:\(\s*)?(?:[\w$]+\s*,\s*)?)${NW}\$?['"]?${ident}${IDENT_TAIL}\s+(?:not\s+)?(?:in|!in)\s*$`, 'i');
const HTTP_MEMBER_IN = memberIn(HTTP_IDENT);
const SMTP_MEMBER_IN = memberIn(SMTP_IDENT);
const SMTP_MODE_MEMBER_IN = memberIn(SMTP_MODE_IDENT);
/** `in_array($status, `, `Arrays.asList(...).contains(`: a function of (needle, collection). */
const inArray = (ident: string): RegExp =>
  re(String.raw`${NW}(?:in_array|array_search|includes|contains|member)\s*\(\s*(?:[\w$]+(?:\(\))?(?:\.|->|::))*(?:\$?${ident}(?:\(\))?|\$?[\w$]+\[\s*['"]${ident}['"]\s*\])\s*,\s*$`, 'i');
const HTTP_IN_ARRAY = inArray(HTTP_IDENT);
const SMTP_MODE_IN_ARRAY = inArray(SMTP_MODE_IDENT);
/** `[200, 201].includes(res.status)`, `Set.of(...).contains(code)`, `%w[301 302].include?(res.code)`. */
const includesSuf = (ident: string): RegExp =>
  re(String.raw`^\s*\.(?:includes|contains|Contains|has|indexOf|include\?|member\?|cover\?|contains_key|__contains__|count)(?:\s*\(\s*|(?<=\?)\s+)&?(?:[\w$]+(?:\(\))?(?:\.|->|::))*(?:\$?${ident}(?![\w$])|[\w$]+\[\s*[:'"]${ident}['"]?\s*\])`, 'i');
const HTTP_INCLUDES_SUF = includesSuf(`(?:${HTTP_IDENT}|code)`);
const SMTP_MODE_INCLUDES_SUF = includesSuf(SMTP_MODE_IDENT);

/** SMTP codes in a list: `e.smtp_code in (421, 450)`. */
const smtpList = (ident: string): RegExp => re(String.raw`${NW}${ident}${IDENT_TAIL}(?:\s+not)?\s+in\s*[\[({](?:\s*\d{3}\s*,)*\s*$`, 'i');
const SMTP_LIST_RE = smtpList(SMTP_IDENT);
const SMTP_MODE_LIST_RE = smtpList(SMTP_MODE_IDENT);
/** Codes in a quoted, comma-separated list: `custom-http-errors: "404,503"`, `STATUS_CODES="500,502"`. */
const QUOTED_LIST_RE = re(String.raw`(?<![\w$-])[\w.-]*(?:status|http[-_]?errors?|error[-_]?codes)[\w.-]*['"]?\s*[:=]\s*['"]?(?:\s*\d{3}\s*,)*\s*$`, 'i');
const QUOTED_LIST_SUF = /^\s*(?:,\s*\d{3}|['"])/;

// --- status lines and logs ----------------------------------------------------------------------
const STATUS_LINE_RE = /(?:\b|(?<=\\[rn]))HTTP\\?\/\d(?:\\?\.[\dx])?(?:\s+|",\s*)$/i;
/** Common log's time, then a quoted request or none: `[08/Oct/2015:00:26:26 +0000] 200 174`, `... +0800] "\x16\x03" 400 163`. */
const ACCESS_LOG_TIME_RE = /\[\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\](?:\s+"(?:[^"\\]|\\.)*")?\s+$/;
/** Combined/common access log: `"GET / HTTP/1.1" 404 123`. */
// (An escaped log, in XML or HTML test data, quotes with `&quot;`.)
const ACCESS_LOG_RE = re(String.raw`(?:"${METHODS} (?:[^"]*|[^\n]*? HTTP\/\d(?:\.\d)?)"|&quot;${METHODS} (?:[^"&]|&(?!quot;))*? HTTP\/\d(?:\.\d)?&quot;)\s+$`);
/** morgan/dev-style logs: `GET /users 404 12.3 ms`. */
/** A request line before the code, also in a test's expected log line or a regex literal: `GET /index.html 404`, `/^GET \/ 200/`. */
const METHOD_PATH_RE = re(String.raw`\b${METHODS}\s+"?(?:\\?\/|https?:\\?\/\\?\/)\S*"?\s+$`);
/** pino-http's order, the code between the method and the URL: `GET 200 http://example.com/foo`. */
const METHOD_CODE_URL_SUF = /^\s+(?:https?:\\?\/\\?\/|\\?\/)\S/;
const METHOD_WORD_RE = re(String.raw`\b${METHODS}\b`);
const METHOD_WORD_G = re(String.raw`\b${METHODS}\b`, 'g');
/** Messages: "HTTP 404", "HTTP error 500", "status code 404", "Request failed with status code 404", "a status of 404". */
const TEXT_RE =
  /(?:\bHTTP(?:[ _](?:status|error|response|code))?(?:[ _]code)?|\bstatus[ _]code(?:\s+(?:of|to|is|was|as))?(?:\s+(?:not\s+)?(?:less|greater|other|more|lower|higher)\s+than)?|\bstatus|\bresponse[ _]code|\bstatus\s+of|\breturned\s+error|\bresponded\s+with(?:\s+(?:a\s+)?status)?)\s*[:#=]?\s*$/i;
/**
 * AWS load balancer logs: `elb_status_code target_status_code received_bytes sent_bytes "GET ..."` (the backend's status
 * is `-` or `0` when it gave none; a request the balancer could not parse is `"- - - "`).
 */
const ELB_LOG_SUF = re(String.raw`^(?:\s+(?:[1-5]\d\d|-|0))?\s+\d+\s+\d+\s+\\?"(?:${METHODS} |- )`);
/** IIS W3C logs end with `sc-status sc-substatus sc-win32-status time-taken`. */
const IIS_LOG_SUF = /^\s+\d{1,3}\s+\d+(?:\s+\d+){0,4}\s*$/;
/** A W3C extended log's request: the method, the URI stem, its query (`-` or `a=b`), then the status. */
const W3C_REQUEST_PRE = re(String.raw`(?:^|\s)${METHODS}\s+\/\S*\s+(?:-|\S*=\S*)\s+$`);
/** IIS's native format (comma-separated): `..., 1967, 200, 0, GET, /style.css, -,`. */
const IIS_NATIVE_SUF = re(String.raw`^,\s*\d+,\s*${METHODS},\s*\/`);
/** After a code leading a comment: a colon or dash, then words about HTTP. */
const COMMENT_LEAD_SUF =
  /^\s*(?::|-|—)\s+[^\n]{0,100}?\b(?:GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS|requests?|responses?|redirect\w*|methods?|status|client|server|headers?|body|cache\w*|auth\w*|URL|URI|resource|found|allowed|forbidden|denied|unavailable|permanent\w*|temporar\w*)\b/i;

/** A destructuring assignment at a statement's start, its names and the values before this one: `status_code, body = 500, "..."`, Go's `code, msg := 404, "x"`, JS `const [status, body] = [404, 'x']`. */
const DESTRUCTURE_PRE = /^\s*(?:(?:const|let|var)\s+\[\s*([A-Za-z_$][\w$]*(?:\s*,\s*[A-Za-z_$][\w$]*)+)\s*\]\s*=\s*\[|([A-Za-z_$][\w$]*(?:\s*,\s*[A-Za-z_$][\w$]*)+)\s*:?=)\s*((?:(?:[\w$.]+|[bru]?'[^']*'|[bru]?"[^"]*")\s*,\s*)*)$/;
const DESTRUCTURE_VALUE = /[bru]?'[^']*'|[bru]?"[^"]*"|[\w$.]+/g;
/** The names that hold a status (not an area's, a country's or an exit's code). */
const STATUS_NAME_ONLY = /^(?:status|status_?code|http_?status(?:_?code)?|code)$|^[a-z$][\w$]*StatusCode$/i;

/** A value destructured into a status by its position: `status_code, body = 500, "Error"` (500 is the first of two). */
function destructuredStatus(c: NumberCtx): boolean {
  if (c.smtpMode || c.family === 'text' || c.family === 'data' || !/^\s*(?:,|\]|$|;|#|\/\/)/.test(c.suf)) return false;
  const m = DESTRUCTURE_PRE.exec(c.pre);
  // (JS declares a list with `let a, b = 200`: only the bracket form destructures.)
  if (!m || (m[2] && c.family === 'js')) return false;
  const names = (m[1] ?? m[2])!.split(/\s*,\s*/);
  const index = m[3]!.match(DESTRUCTURE_VALUE)?.length ?? 0;
  return index < names.length && STATUS_NAME_ONLY.test(names[index]!);
}

/** The opening of a map named for statuses, and the entries before this key. */
const STATUS_MAP_KEY_PRE = /(?<![\w$])[\w$]*(?:status(?:es|_?codes?|_?counts?)?|Status(?:es|Codes?|Counts?)?)['"]?\s*(?:=>|:=|=|:)\s*(?:map\[[^\]]{1,20}\][\w.]+\s*|dict\s*\(\s*)?\{\s*(?:['"]?\d{3}['"]?\s*(?::|=>)\s*[^,{}]{1,40},\s*)*['"]?$/i;

/** A number in a `code span` of a comment line (`# ... with a `401``): markup, not a string. */
const codeSpanInComment = (c: NumberCtx): boolean => c.line[c.start - 1] === '`' && /^\s*(?:\/\/+|#+|\*|\/\*+|--)\s/.test(c.line);

/** A status-text map entry: `404 => 'Not Found'`, `404: "Not Found"`, `(404, "Not Found")`, Lua's `["508"] = "Loop Detected"`. */
const PHRASE_MAP_SUF = /^['"]?\]?\s*(?:=>|:|,|=(?!=))\s*(?:[A-Z][A-Z0-9_]*\s*,\s*)?\(?\s*[bru]?['"]/;
/** `exit code = 127`, `process.exitCode`, `returncode`: no HTTP codes. */
const EXIT_CODE_PRE = /(?:\bexit|\breturn|\berror|\bchar|\bkey|\berr_?|\bexit_?)[\s_.]?code\b[^;]*$/i;
const EXIT_STATUS_RE = /\bexit(?:ed)?\s+(?:with\s+)?(?:status|code)|\bexit[ _]status/i;

// --- data (OpenAPI) -------------------------------------------------------------------------------
/** A response object right after the key: `404: {"description": ...}`, `'404': { $ref: ... }`. */
const RESPONSE_OBJECT_SUF = /^\s*:\s*\{\s*['"]?(?:description|model|content|schema|\$ref|headers|summary|links|examples)\b/;
const KEY_PRE = /^\s*$/;
const KEY_SUF = /^\s*:(?!:)\s*(?:$|#|\{|\/\/|&[\w-]+\s*$)/;

// --- config files --------------------------------------------------------------------------------
const NGINX_RETURN_RE = /(?:^|[\s;{])return\s+$/;
const CONFIG_RE =
  /(?:(?:^|\s)respond\s+(?:[*/@][^\s"`]*\s+)?(?:"[^"]*"\s+|`[^`]*`\s+)?|(?:^|\s)redirect\s+(?:scheme|prefix|location)\s+\S+\s+code\s+|(?:^|\s)redir(?:\s+\S+){1,2}\s+|(?:^|\s)(?:deny_status|errorfile|errorloc\d*|errorloc30[237])\s+|(?:^|[\s;{])error_page\s+(?:=?\d{3}\s+)*=?|(?:^|[\s;{])try_files(?:\s+\S+)+\s+=|(?:^|\s)(?:fastcgi|uwsgi|scgi)_param\s+REDIRECT_STATUS\s+|(?:^|\s)(?:proxy|fastcgi|uwsgi|scgi)_cache_valid\s+(?:\d{3}\s+)*|(?:^|\s)(?:limit_req_status|limit_conn_status)\s+|(?:^|\s)ErrorDocument\s+|^\s*error\s+(?:[/@*][^\s"]*\s+)?(?:"[^"]*"\s+)?|^\s*handle_errors\s+(?:\d{3}\s+)*|(?:^|\s)Redirect(?:Match)?\s+|\[(?:[A-Za-z]+(?:=[^,\]\s]*)?,)*R=)$/;

// --- SMTP ------------------------------------------------------------------------------------------
/** A reply code followed by an enhanced code: `550 5.1.1`, `421-4.7.0`. */
const ENHANCED_AFTER = /^[ -]#?[245]\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)/;
const SMTP_CALL_RE = re(String.raw`${NW}(?:SMTP\w*(?:Exception|Error|Refused)|SmtpException|SmtpCommandException|smtp_reply|textproto\.Error)\s*\(\s*$`);
/** `reply(250, ...)` in mail code; elsewhere `.reply(401, ...)` is nock's HTTP reply, `.Reply(201)` gock's. */
// `replyOnce`: axios-mock-adapter's mock.onGet(url).replyOnce(200) (its README).
const REPLY_CALL_RE = re(String.raw`${NW}(?:reply|Reply|replyOnce|send_reply|sendReply)\s*\(\s*$`);
/** Reply text position in a mail line: start, after `said:`, `:`, `(`, a quote, `S:`, `<<<`. */
/** The marks that open a line comment (and a doc comment's `*`). */
const COMMENT_MARK = String.raw`(?:\/\/+|#+|\*|--)`;
/** A line that opens with a comment mark and nothing else before the number. */
const COMMENT_LEAD_PRE = re(String.raw`^\s*(?:${COMMENT_MARK}|\/\*+)\s*$`);
const SMTP_REPLY_PRE = re(String.raw`(?:^|said:|[:(\['"]|<<<|\bS:|->|<-|^\s*${COMMENT_MARK})\s*$`, 'i');

/** The number is followed by its reason phrase: `404 Not Found`, `200 OK`, `500 Server Error`. */
function followedByPhrase(code: string, suf: string): boolean {
  suf = suf.replace(/\\'/g, "'");
  // (A short link word may stand between: "401 for Unauthorized requests", "404 means Not Found"; a CSV's comma: `204,No Content`.)
  const m = /^[*_`'"]{0,2}(\s+(?:for|means|is|=)\s+|[ \t:(|—–,;-]{1,3})[*_`'"]{0,2}([A-Za-z'][A-Za-z' -]{0,60})/.exec(suf);
  // After a link word the phrase is written as a name, capitalised ("for Unauthorized"; not "wait 200 for ok").
  if (!m || (/[a-z]/.test(m[1]!) && !/^[A-Z]/.test(m[2]!))) return false;
  // (A CSV's comma or semicolon stands alone before a capitalised phrase: not `width: 200, ok: true`.)
  if (/[,;]/.test(m[1]!) && (m[1]!.length !== 1 || !/^[A-Z]/.test(m[2]!))) return false;
  const written = m[2]!;
  const text = written.toLowerCase();
  const r = lookup('http', code);
  if (r.kind !== 'found') return false;
  const phrases: string[] = [];
  for (const x of r.matches) phrases.push(x.entry.phrase, ...(x.entry.aliases ?? []));
  if (code[0] === '4') phrases.push('Client Error');
  if (code[0] === '5') phrases.push('Server Error');
  // A phrase written as one CamelCase word: `/// 305 UseProxy`, `// 404 NotFound`.
  // Go's constant names it the same way: "`204 StatusNoContent`".
  const camel = /^[A-Z][a-z]+(?:[A-Z][a-z]*)+(?![\w])/.exec(written)?.[0].toLowerCase().replace(/^status(?=[a-z])/, '');
  return phrases.some((p) => {
    const lp = p.toLowerCase();
    // (The phrase may be a plural: "when 400 bad requests were received".)
    const after = text.charAt(lp.length) === 's' ? text.charAt(lp.length + 1) : text.charAt(lp.length);
    return (text.startsWith(lp) && !/[a-z]/.test(after)) || (camel !== undefined && camel === lp.replace(/[^a-z]/g, ''));
  });
}


/**
 * A status that curl writes out, compared or grepped on the same line: `[ "$(curl -w '%{http_code}' ...)" = "200" ]`,
 * `curl -w "%{http_code}" $url | grep -q 200` (not curl's other options: `-m 300`).
 */
const CURL_CODE_PRE = /%\{(?:http_code|response_code)\}.*(?:\)["']?\s+(?:==?|!=|-eq|-ne)\s+|\|\s*grep\s+(?:-[A-Za-z]+\s+)*)["']?$/;

/** Shell test operators and what ends the test. */
const SHELL_OPS = String.raw`(?:==?|!=|-eq|-ne|-lt|-le|-gt|-ge)`;
const SHELL_VAR = String.raw`["']?\$\{?[A-Za-z_]*(?:code|status|resp)[A-Za-z_]*\}?["']?`;
/** The opening of a shell test: `[ `, `[[ `, `test `, or a later clause of `[[ ... && `. */
const SHELL_TEST_OPEN = String.raw`(?:\[\[?|(?<![\w$-])test|\[\[[^\]]*(?:&&|\|\|))\s+`;
const SHELL_TEST_PRE = re(String.raw`${SHELL_TEST_OPEN}(?:!\s+)?${SHELL_VAR}\s+${SHELL_OPS}\s+$`, 'i');
const SHELL_TEST_END = /^\s*(?:\]|&&|\|\||-[ao]\s|;|$)/;
/** Any variable tested for equality with a common status (`[ "${grid_check}" = "401" ]`, `[[ "${output: -3}" -eq 200 ]]`); the variable is captured. */
const SHELL_EQUALS_ANY_PRE = re(String.raw`${SHELL_TEST_OPEN}["']?\$\{?([A-Za-z_]\w*)(?::[^{}"']{0,10})?\}?["']?\s+(?:==?|!=|-eq|-ne)\s+$`);
const SHELL_TEST_REVERSE_SUF = re(String.raw`^['"]?\s+${SHELL_OPS}\s+${SHELL_VAR}\s*(?:\]|&&|\|\||-[ao]\s|;|$)`, 'i');

/** The reason phrases of an HTTP code, lower-case. */
function phrasesOf(code: string): string[] {
  const r = lookup('http', code);
  if (r.kind !== 'found') return [];
  const out: string[] = [];
  for (const x of r.matches) out.push(x.entry.phrase.toLowerCase(), ...(x.entry.aliases ?? []).map((a) => a.toLowerCase()));
  if (code[0] === '4') out.push('client error');
  if (code[0] === '5') out.push('server error');
  return out;
}

const PHRASE_IS_SUF = /^\s+(?:is|means|stands\s+for)\s+(?:an?\s+|the\s+)?(?=[A-Za-z])/i;

/** The code's own reason phrase stands quoted later in the same statement (up to `;`, `{` or `}`, 100 chars). */
function quotedPhraseLater(code: string, suf: string): boolean {
  const end = suf.slice(0, 100).search(/[;{}]/);
  const text = end < 0 ? suf.slice(0, 100) : suf.slice(0, end);
  const phrases = phrasesOf(code);
  for (const m of text.matchAll(/(['"])([A-Za-z][A-Za-z' -]{1,50})\1/g)) if (phrases.includes(m[2]!.toLowerCase())) return true;
  return false;
}

/** The text just before the code (a quoted key or words before a parenthesis) is the code's own phrase. */
function phraseBefore(code: string, pre: string): boolean {
  const m = /([A-Za-z][A-Za-z_' -]{1,60}?)['"]?\s*(?:=>|:|,|\()\s*$/.exec(pre);
  if (!m) return false;
  const text = m[1]!.trim().toLowerCase().replace(/_/g, ' ');
  return phrasesOf(code).some((p) => text === p || text.endsWith(` ${p}`));
}

/** The next table cell names the code (snake case, a symbol or CamelCase): `| 451 | :unavailable_for_legal_reasons |`. */
function cellNamesPhrase(code: string, suf: string): boolean {
  const m = /^\s*\|\s*`?:?([A-Za-z_]+)`?\s*\|/.exec(suf);
  if (!m) return false;
  const name = m[1]!.toLowerCase().replace(/_/g, '');
  return phrasesOf(code).some((p) => p.replace(/[^a-z]/g, '') === name);
}

/** A code mapped to a class named after its phrase: `403 => Faraday::ForbiddenError`, excon `416 => [Excon::Error::RequestedRangeNotSatisfiable, ...]`. */
const CLASS_MAP_SUF = /^['"]?\s*(?:=>|:)\s*\[?\s*(?:[\w$]+(?:::|\.))*([A-Z][A-Za-z]+?)(?:Http)?(?:Error|Exception)?(?![\w$])/;

/** The name across a match arm's arrow: `504 -> `Gateway_Timeout`, `` `See_other -> "303" ``, `208 -> "Already Reported (WebDAV)"`. */
const ARM_NAME_SUF = /^['"]?\s*(?:->|=>)\s*[`:.]?['"]?([A-Za-z][A-Za-z_' -]{1,60})/;
const ARM_NAME_PRE = /(?:^|[\s|(,\[{])[`:.]?['"]?([A-Za-z][A-Za-z_' -]{1,60}?)['"]?\s*(?:->|=>)\s*['"]?$/;
function endsWithArrow(pre: string): boolean {
  let i = pre.length - 1;
  while (i > 0 && (pre[i] === ' ' || pre[i] === '"' || pre[i] === "'")) i--;
  return pre[i] === '>' && (pre[i - 1] === '-' || pre[i - 1] === '=');
}
function armNamesPhrase(code: string, name: string | undefined): boolean {
  if (!name) return false;
  const text = name.trim().toLowerCase().replace(/_/g, ' ');
  const bare = text.replace(/[^a-z]/g, '');
  return phrasesOf(code).some((p) => text === p || text.startsWith(`${p} (`) || bare === p.replace(/[^a-z]/g, ''));
}

/** The code before a trailing comment defines a name that is the code's phrase: `class ResetContent < Success; end  #`. */
function codeNamesPhrase(code: string, pre: string): boolean {
  const phrases = phrasesOf(code).map((p) => p.replace(/[^a-z]/g, '')).filter((p) => p.length > 3);
  if (!phrases.length) return false;
  // The name is defined there (a class, module, struct, enum or record), not merely called (`raise NotFound()  # 404`).
  const names = [...pre.matchAll(/\b(?:class|module|struct|enum|record|object|interface)\s+([A-Za-z][A-Za-z_]{3,})/g)].map((m) => m[1]!);
  return names.some((n) => phrases.includes(n.toLowerCase().replace(/_/g, '')));
}

/** The class name after the code is the code's phrase without spaces: `ForbiddenError` for 403. */
function classNamesPhrase(code: string, suf: string): boolean {
  const m = CLASS_MAP_SUF.exec(suf);
  if (!m) return false;
  const name = m[1]!.toLowerCase();
  return phrasesOf(code).some((p) => p.replace(/[^a-z]/g, '') === name);
}

/** The class name after the code is the code's phrase without spaces: `413 :exc:\`RequestEntityTooLarge\``. */
function classAfterNamesPhrase(code: string, suf: string): boolean {
  const m = CLASS_AFTER_SUF.exec(suf);
  if (!m) return false;
  const name = m[1]!.toLowerCase();
  return name.length > 2 && phrasesOf(code).some((p) => p.replace(/[^a-z]/g, '') === name);
}

/** The class name before the code is the code's phrase without spaces: `BadGateway, 502`. */
function classBeforeNamesPhrase(code: string, pre: string): boolean {
  const m = CLASS_BEFORE_RE.exec(pre);
  if (!m) return false;
  const name = m[1]!.toLowerCase();
  return name.length > 2 && phrasesOf(code).some((p) => p.replace(/[^a-z]/g, '') === name);
}

/**
 * A status identifier is a reply code on a mail line, and a status code (`statusCode`, `status_code`) is one in mail code
 * when its number is a reply code (emailjs-smtp-client's `statusCode: 250`, python-emails' `status_code in (421, 451)`);
 * a bare `status` there (nodemailer's XOAUTH2 `status: '401'`) and `http_status` stay HTTP.
 */
/** A reply code no HTTP status is, on a line that names SMTP even inside a name: dovecot's `dovecot_smtp_command_count{status_code="250"}`. */
const smtpByName = (c: NumberCtx): boolean => /smtp/i.test(c.line) && smtpOnly(c.num);
/** A `responseCode` (nodemailer's error field, as HttpURLConnection's) holding what only SMTP assigns: `err.responseCode = 535`. */
const smtpOnlyResponseCode = (c: NumberCtx): boolean => /(?<![\w$])(?:[\w$]+\.)?response_?code\s*(?:=|:|===?|!==?)\s*$/i.test(c.pre) && smtpOnly(c.num);
/**
 * In mail code, a reply built by a response's or reply's constructor is SMTP's when HTTP has no such code or its text is a reply's:
 * dumbster's `new Response(250, "OK", SmtpState.MAIL)`, `new Response(503, "Bad sequence of commands")`; a webhook's
 * `res.status(404)` and `res.writeHead(550, ...)` stay HTTP.
 */
const smtpReplyInMailCode = (c: NumberCtx): boolean => c.smtpMode && /(?<![\w$])(?:new\s+)?(?:[\w$]+\.)*[\w$]*(?:Response|Reply)\s*\(\s*$/.test(c.pre) && lookupKnown('smtp', c.num) && (!lookupKnown('http', c.num) || SMTP_TEXT_RE.test(c.suf.replace(/^\s*,\s*['"]?/, ' ')) || /smtp/i.test(c.line));
const isHttpIdentSmtp = (c: NumberCtx): NumberProtocol => (c.smtpLine || (c.smtpMode && mailStatusCode(c.pre) && lookupKnown('smtp', c.num)) || smtpByName(c) || smtpOnlyResponseCode(c) ? 'smtp' : 'http');
const mailStatusCode = (pre: string): boolean => MAIL_STATUS_CODE_PRE.test(pre.slice(-40));
/** "response code", "reply code", "got code" before a number (not an exit, error or country code, nor Javadoc's `{@code 250}`). */
const SMTP_CODE_TALK_PRE = /(?<![\w$@])(?:(?:reply|response|smtp|mail)\s+)?(?<!\b(?:exit|error|return|app|country|area|zip|postal|source|status)\s+)code\s+['"`]?$/i;
/** The same name before a list of codes in mail code: `response.status_code in (421, 451)`. */
const MAIL_STATUS_LIST_PRE = /(?<![\w$])(?!\w*http)[\w$]*status_?codes?['"]?\s*(?:(?:not\s+)?in|[:=])\s*[\[({](?:\s*['"]?\d{3}['"]?\s*,)*\s*$/i;
const MAIL_STATUS_CODE_PRE = /(?<![\w$])(?!\w*http)[\w$]*status_?code['"]?\s*(?:[:=]=?=?|!==?|[<>]=?)\s*['"]?$/i;
/** Whether the registry knows the code for the protocol. */
const lookupKnown = (protocol: 'http' | 'smtp', num: string): boolean => lookup(protocol, num).kind === 'found';
/** A code SMTP assigns and HTTP does not: 250, 535 (not 421, which both assign). */
const smtpOnly = (num: string): boolean => lookupKnown('smtp', num) && !lookupKnown('http', num);
/** In mail code a bare `code` (`expect(code).to.equal(530)`, `assert_eq!(code.to_string(), "421")`) is a reply code; a status is HTTP. */
const mailCode = (c: NumberCtx): NumberProtocol => (c.smtpMode && !/status/i.test(c.pre.slice(-100)) ? 'smtp' : 'http');

/** What each rule's prefix can end with (before blanks): a cheap test before its regex. */
// (`(`: a number wrapped for its field's type, `aws.Int(301)`.)
const OP_LAST = '=><:a|?(';
const LAST: Record<string, string> = {
  'error-arm': '>(',
  'exception-class-key': '>',
  'rspec-let-status': '{',
  'responses-subscript': '[',
  'status-codes-add': '(',
  'method-keyed-code': ':',
  'status-row-cell': '^|*`',
  'access-log-time': ']"',
  'method-path-time-log': ')',
  'status-comment': '^[(,:=>a',
  'status-call-bounds': ':',
  'openapi-php-response': ':=',
  'error-handler-key': '-',
  'redirect-log': '(',
  'dsn-diagnostic': ';',
  'smtp-reply-transcript': '<:-',
  'smtp-reply-regex': '^(',
  'infix-status': 'a',
  'code-to-exception': '^([{,',
  'iis-native-log': ',',
  'status-key-default': ',',
  'status-function-default': '=',
  'http-status-line': 'a,',
  'call-first-arg': '(|?a',
  'go-context-call': '(',
  'js-call': '(',
  'response-code-call': '(',
  'builder-code-call': '(',
  'statuses-table': '[',
  'qmail-remote-reply': ':',
  'code-with-its-name': '([{,',
  'status-object-code': ':',
  'status-pair': '[',
  'call-later-arg': ',',
  'php-header': ',',
  'redirect-code': '=',
  'assert-first': '(,a',
  'assert-second': ',',
  'perl-is': ',>',
  matcher: '(,a',
  'status-list': '[({,',
  'status-pair-arg': ',',
  'named-code-arg': '=:',
  'got-want': ',',
  'status-table-index': '[(',
  'json-path': '(',
  'flask-tuple': ',',
  'rack-triple': '[',
  'response-object-key': '^{,',
  'openapi-key': '^',
  'nginx-return': 'a',
  'config-directive': 'a="`',
  'ruby-command': 'a(',
  'ruby-command-later': ',',
  'produces-response-type': ',',
  'status-cast': ')',
  'access-log': '";',
  'pipe-log': '|',
  'smtp-list': '[({,',
  'smtp-mode-list': '[({,',
  'quoted-list': ':=\'",',
  'smtp-ident': OP_LAST,
  'smtp-mode-ident': OP_LAST,
  'status-ident': OP_LAST,
  'status-name': OP_LAST,
  'status-default': '|?a:',
  'respond-call': '(,',
  'error-call': '(,',
  'response-code': '=><',
  'ruby-response-command': ',',
  'status-collection-call': '(',
  'ruby-when-web': 'a,',
  'access-log-empty': '"',
  'flask-tuple-index': ',',
  'status-named-call': '(',
  'typed-status-decl': '=',
  'status-code-call-later': ',',
  'phrase-class-before': ',>:',
  'have-property': ',',
  'ruby-code': '=(a?',
  'go-code': '=><',
  'smtp-call': '(',
  'reply-call': '(',
  'smtp-tuple': '(',
  'smtp-reply-text': '^:([\'"<>-/#*',
  'smtp-transcript': '^:<-',
  'http-text': 'a:#=',
  'shell-test': '=a',
  'curl-code': '=a-"\'',
  'shell-test-reverse': '[a',
  'shell-case': '(|a',
  'shell-assign': '=',
  'new-response': '(a',
  'response-repr': '[',
  'phrase-key': ',:>',
  'phrase-paren': '(',
  'comment-echo': '#/*',
  'comment-echo-phrase': '#/',
};

// Words that every identifier of a rule holds (HTTP_IDENT: `status` or `code`; SMTP_IDENT: `smtp` or `reply`):
// a plain test for them skips the rule's regex on most numbers (minified code, data).
const STATUS_WORD = /status|code/i;
const NEEDLES: Record<string, RegExp> = {
  'response-code-call': /code/, 'builder-code-call': /\.code/, 'perl-is': /->|response_status/, 'statuses-table': /status/, 'qmail-remote-reply': /host/, 'status-object-code': /status/, 'status-pair': /status/,
  'status-ident': STATUS_WORD, 'status-name': /status/i, 'status-default': STATUS_WORD, 'respond-call': /respon/i, 'response-code': /code/i, 'error-call': /Error|Exception/, 'status-named-call': /status/i, 'status-iterate': /\bfor\b/, matcher: STATUS_WORD, 'assert-second': STATUS_WORD, 'got-want': STATUS_WORD,
  'status-member': STATUS_WORD, 'status-in-array': STATUS_WORD, 'status-list': /status|code|_responses/i,
  'status-table-index': /status|responses|reasons/i, 'code-ident': /code/i, 'code-member': /code/i, 'named-code-arg': /code/i,
  'smtp-ident': /smtp|reply/i, 'smtp-list': /smtp|reply/i, 'smtp-member': /smtp|reply/i, 'smtp-mode-ident': /code/i,
  'smtp-mode-list': /code/i, 'smtp-mode-member': /code/i, 'smtp-mode-in-array': /code/i, 'quoted-list': /status|error/i,
  'type-arg': /Response|Status/, 'shell-test': /code|status|resp/i, 'shell-case': /\bcase\b/, 'shell-assign': /code|status|resp/i, 'new-response': /\bnew\b/, 'comment-echo': /status|code/i, 'json-path': /jsonPath/, 'have-property': /toHaveProperty/,
};
const NEEDLES_SUF: Record<string, RegExp> = { 'key-to-its-constant': /^['"]?\s*(?:=>|:)/, 'code-with-its-name': /^\s*,\s*['"]?[A-Z]/, 'reverse-compare': STATUS_WORD, 'code-reverse': /code/i, 'status-includes': STATUS_WORD, 'smtp-mode-includes': /code/i, 'assert-first': STATUS_WORD };

/** The prefix ends inside an opened list: an opener, then only three-digit elements (`[500, 502, `, `Set.of(`). */
function opensList(pre: string): boolean {
  let digits = 0;
  for (let i = pre.length - 1; i >= 0; i--) {
    const ch = pre.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      digits++;
      continue;
    }
    if (digits !== 0 && digits !== 3) return false;
    digits = 0;
    // blanks, commas and quotes may stand between the elements
    if (ch === 32 || ch === 9 || ch === 44 || ch === 39 || ch === 34) continue;
    return ch === 91 || ch === 40 || ch === 123;
  }
  return false;
}
const TAILS: Record<string, (pre: string) => boolean> = { 'status-list': opensList, 'smtp-list': opensList, 'smtp-mode-list': opensList };

function withFilters(r: NumberRule): NumberRule {
  const extra: Partial<NumberRule> = {};
  if (TAILS[r.id]) extra.tail = TAILS[r.id];
  if (LAST[r.id]) extra.last = LAST[r.id];
  if (NEEDLES[r.id]) extra.needle = NEEDLES[r.id];
  if (NEEDLES_SUF[r.id]) extra.needleSuf = NEEDLES_SUF[r.id];
  return Object.keys(extra).length ? { ...r, ...extra } : r;
}

/** A trailing comment that names what the value is: a status (`# Status code`, `// HTTP status`, a block comment). */
const STATUS_COMMENT_SUF = /^['"]?\s*[,;]?\s*(?:\/\/+|#|\/\*+)\s*(?:the\s+|an?\s+)?(?:(?:HTTP\s+|response\s+)?status\s+code|HTTP\s+(?:response\s+)?status|response\s+(?:status|code))\s*(?:$|[.:;,(*\-–—]|of\b|for\b)/i;

/** A regular expression a status is matched against (Perl and Ruby `status =~ /.../`), or one that tests a status (JS `/.../.test(res.status)`). */
const STATUS_MATCHED_PRE = re(String.raw`(?:${HTTP_IDENT}|code)(?:\(\))?\s*[=!]~\s*(?:m?\/|%r\{)[^\/]{0,40}$`, 'i');
const REGEX_OPEN_PRE = /(?:^|[=(,!&|\s])\/[^\/]{0,40}$/;
const REGEX_TESTS_STATUS_SUF = re(String.raw`^[^\/]{0,40}\/[gimsuy]*\.test\(\s*[\w$.]*?(?:${HTTP_IDENT}|code)\b`, 'i');

function statusRegex(c: NumberCtx): boolean {
  // The code is one alternative of the pattern: `(?:204|3\d\d)`, `^404$`.
  if (!/[(|^{:]/.test(c.preLast) || !/^[|)$\/}]/.test(c.suf)) return false;
  const pre = c.pre.slice(-120);
  if (STATUS_MATCHED_PRE.test(pre)) return /^[^\/}]{0,40}[\/}]/.test(c.suf);
  return REGEX_OPEN_PRE.test(pre) && REGEX_TESTS_STATUS_SUF.test(c.suf);
}

/** A field of a pipe-separated log within three fields of the request (Bitbucket's `"GET ..." | agent | 200 | 13 | 0 | ... | 101`: the 101 is a time). */
function nearTheRequest(c: NumberCtx): boolean {
  let last = -1;
  METHOD_WORD_G.lastIndex = 0;
  for (let m = METHOD_WORD_G.exec(c.pre); m; m = METHOD_WORD_G.exec(c.pre)) last = m.index;
  if (last >= 0) return (c.pre.slice(last).match(/\|/g)?.length ?? 0) <= 3;
  const at = c.suf.search(METHOD_WORD_RE);
  return at >= 0 && (c.suf.slice(0, at).match(/\|/g)?.length ?? 0) <= 3;
}

/** Words of a row about what a request got. */
const ROW_STATUS_WORDS = /\b(?:errors?|invalid|denied|not|found|forbidden|unauthori[sz]ed|success(?:ful)?|succeeded|fail(?:ed|s|ure)?|limit(?:ed)?|exceeded|permissions?|missing|conflict|too many|server|request|response|redirect(?:ed|s)?|created|deleted|accepted|timeout|timed out|unavailable|bad|expired|unknown|malformed|required|rejected|unsupported)\b/i;

/** Words of a schema or settings row: a type, a measure, a maximum (NOT_STATUS_WORDS without what a status row says: limit, timeout, user). */
const ROW_NOT_STATUS_WORDS = /\b(?:int|integer|string|boolean|bool|number|float|type|max|min|count|size|seconds|milliseconds|ms|bytes|ids?|default|version|port|level)\b/i;

/** The row's only cell that is a figure is this code, and its words say what happened. */
function statusRowCell(c: NumberCtx): boolean {
  const cells = c.line.split('|').map((x) => x.trim().replace(/^(?:\*\*|`)|(?:\*\*|`)$/g, ''));
  if (cells.length < 3 && !(cells.length === 2 && cells[0] === c.num)) return false;
  const figures = cells.filter((x) => /^[\d.,%]+$/.test(x) && x !== '');
  if (figures.length !== 1 || figures[0] !== c.num) return false;
  const words = cells.filter((x) => x !== c.num).join(' ');
  // (Not a schema or settings table: `| 429 | ListStatusType | INT |`, `| 100 | Max BSO count per request |`; 1xx are levels and ids.)
  return c.num[0] !== '1' && lookupKnown('http', c.num) && ROW_STATUS_WORDS.test(words) && !ROW_NOT_STATUS_WORDS.test(wordsOf(words)) && (!c.num.endsWith('00') || /\b(?:errors?|status|response|request|success|fail\w*|invalid|not allowed|denied|bad)\b/i.test(words));
}

/** A later argument of a call (not one named for a status or a response). */
const CALL_LATER_ARG_PRE = /(?<![\w$])(?![\w$.]*(?:status|Status|code|Code|respon|Respon|error|Error))[a-z_][\w$.]*\([^()]*,\s*$/;

/** A type of HTTP errors or responses named on the line. */
const HTTP_TYPE_ON_LINE = /\bHttp\w*(?:Exception|Error|Response)\b/;

/** A statement about a status, then a comment mark: `code = HttpStatus.OK; // 200` echoes the code in the comment. */
const COMMENT_ECHO_LEAD = String.raw`^(?=[^#/]*?(?:status|code))[^#/]{1,140}?\s(?:#|//|/\*+)\s*`;

/** The rules, in order: the first that matches decides. */
export const NUMBER_RULES: readonly NumberRule[] = (<NumberRule[]>[
  // SMTP reply code followed by an enhanced code is SMTP anywhere.
  { id: 'smtp-reply-enhanced', via: 'log', suf: ENHANCED_AFTER, protocol: 'smtp', when: (c) => !c.quoted },
  // A remote server's reply in a qmail bounce: `host mx.example.org [192.0.2.1]: 553 sorry, ... (#5.7.1)`.
  { id: 'qmail-remote-reply', via: 'log', pre: /\bhost\s+[\w.-]+\s*\[[\d.:a-fA-F]+\]:\s*$/, protocol: 'smtp' },
  { id: 'http-status-line', via: 'status-line', pre: STATUS_LINE_RE, protocol: 'http', when: (c) => !c.quoted },
  // A number followed by its own reason phrase is HTTP anywhere (`"HTTP/1.1 404 Not Found"`, `'200 OK'`, `404 (Not Found)`).
  // A code with its phrase in a trailing comment: `504, // Gateway Timeout`, `429  # Too Many Requests`.
  { id: 'phrase-comment', via: 'phrase', suf: /^['"]?\s*[,;]?\s*(?:\/\/+|#|\/\*+)\s*[A-Za-z']/, protocol: 'http', when: (c) => followedByPhrase(c.num, c.suf.replace(/^['"]?\s*[,;]?\s*(?:\/\/+|#|\/\*+)/, ' ')) },
  // Its phrase quoted later in the statement: `->with($this->equalTo(405), $this->equalTo('Method Not Allowed'))`.
  { id: 'phrase-quoted-later', via: 'phrase', suf: /^\s*\)?\s*(?:,|:(?!:)|=>)/, protocol: 'http', when: (c) => !c.quoted && quotedPhraseLater(c.num, c.suf) },
  // "# 451 is unavailable for legal reasons", "307 means Temporary Redirect".
  { id: 'phrase-is', via: 'phrase', suf: PHRASE_IS_SUF, protocol: 'http', when: (c) => !c.quoted && followedByPhrase(c.num, ` ${c.suf.replace(PHRASE_IS_SUF, '')}`) },
  { id: 'phrase', via: 'phrase', suf: /^[*_`'"]{0,2}(?:\s+(?:for|means|is|=)\s+|[ \t:(|—–,;-]{1,3})[*_`'"]{0,2}[A-Za-z']/, protocol: 'http', when: (c) => (!c.quoted || c.line[c.start - 1] === '`') && followedByPhrase(c.num, c.suf) },
  { id: 'call-first-arg', via: 'number', pre: FIRST_ARG_RE, suf: ARG_END, protocol: (c) => (smtpReplyInMailCode(c) ? 'smtp' : 'http') },
  { id: 'go-context-call', via: 'number', families: ['go', 'other', 'text'], pre: GO_CTX_RE, suf: ARG_END, protocol: 'http' },
  // unrolled/render and the like: the writer first, then the status: `render.XML(w, 300, v)`, `r.JSON(w, http.StatusOK, v)`.
  { id: 'go-render-call', via: 'number', families: ['go'], pre: /\.(?:JSON|JSONP|XML|HTML|Text|Data|YAML|Render)\(\s*\w+\s*,\s*$/, suf: ARG_END, protocol: 'http' },
  // A status as a type argument: `HttpError<451>`, `InferResponseType<typeof $get, 401>`, `Response<404>`.
  { id: 'status-type-arg', via: 'number', families: ['js', 'other'], pre: /(?<![\w$])[\w$.]*(?:Http|HTTP|Status|Response|Error)\w*<\s*(?:[^<>;]{0,80},\s*)?$/, suf: /^\s*[,>|]/, protocol: 'http' },
  { id: 'js-call', via: 'number', families: ['js', 'other', 'text'], pre: JS_FIRST_ARG_RE, suf: ARG_END, protocol: 'http' },
  // A response's code setter: Mojolicious `$res->code(509)`, `$c->res->code(404)`, OkHttp's builder `Response.Builder()...code(200)`
  // (a chain continued on its own line: `    .code(200)`; then only a code the registry knows).
  { id: 'response-code-call', via: 'number', pre: RESPONSE_CODE_CALL_RE, suf: ARG_END, protocol: 'http' },
  // jshttp/statuses' tables: `status.empty[204]`, `status.redirect[308]`, `statuses.message[404]`.
  { id: 'statuses-table', via: 'number', families: ['js'], pre: /(?<![\w$])status(?:es)?\.(?:empty|redirect|retry|message|code)\[\s*$/, suf: /^\s*\]/, protocol: 'http' },
  // A status object's code: `{ status: { code: 300 } }` (cujojs/rest), `"status": {"code": 404`.
  { id: 'status-object-code', via: 'number', pre: /(?<![\w$])['"]?status['"]?\s*:\s*\{\s*['"]?code['"]?\s*:\s*$/, suf: /^['"]?\s*(?:[,}]|$)/, protocol: 'http' },
  // WebMock's status as a pair: `to_return(status: [500, "Internal Server Error"])`, `@response.status.should == ["200", "hello"]`.
  { id: 'status-pair', via: 'number', families: ['ruby'], pre: /(?<![\w$])(?::status\s*=>|status:|status\s*(?:==|\.should\s*==|=))\s*\[\s*$/, suf: /^['"]?\s*,\s*['"]/, protocol: 'http' },
  // A code beside its constant's name: http-types' `(418, "IM_A_TEAPOT")`, a table of `(307, "TEMPORARY_REDIRECT")`.
  { id: 'code-with-its-name', via: 'number', pre: /[(\[{,]\s*$/, suf: CODE_NAME_SUF, protocol: 'http', when: (c) => { const m = CODE_NAME_SUF.exec(c.suf)!; return !c.smtpMode && namesCode(m[1] ?? m[2]!, c.num); } },
  // A status-keyed map to constants named for the same code: PHP `206 => self::TEXT_206`, `404: Codes.HTTP_404`.
  { id: 'key-to-its-constant', via: 'number', suf: KEY_TO_CONSTANT_SUF, protocol: 'http', when: (c) => KEY_TO_CONSTANT_SUF.exec(c.suf)![1] === c.num },
  { id: 'builder-code-call', via: 'number', families: ['jvm'], pre: /^\s*\.code\s*\(\s*$/, suf: ARG_END, protocol: 'http', weak: true, when: (c) => !c.smtpMode },
  { id: 'call-later-arg', via: 'number', pre: LATER_ARG_RE, suf: ARG_END, protocol: 'http' },
  { id: 'php-header', via: 'number', pre: PHP_HEADER_RE, suf: ARG_END, protocol: 'http' },
  { id: 'redirect-code', via: 'number', pre: REDIRECT_CODE_RE, suf: ARG_END, protocol: 'http' },
  // Prism's mock header, which picks the response's status (SendGrid's SDK tests): `headers = {'X-Mock': 200}`, `"X-Mock: 204"`.
  { id: 'mock-status-header', via: 'number', needle: /X-Mock/i, last: ':,=>', pre: /X-Mock['"]?\s*(?::|=>|,|\]\s*=)\s*$/i, protocol: 'http' },
  // A code mapped from an error's variant: Rust `Error::FileNotFound { .. } => 404,`, `ApiError::Forbidden(_) => 403`.
  { id: 'error-arm', via: 'number', pre: ERROR_ARM_PRE, suf: /^\s*(?:[,;)}\]]|$)/, protocol: 'http', weak: true, when: (c) => !c.smtpMode && !c.quoted },
  // A code mapped to an exception class: `409 => NewRelic::Agent::ForceRestartException,` (not a timeout's: `300 => TimeoutError`).
  { id: 'code-to-exception', via: 'number', pre: /(?:^|[(\[{,])\s*$/, suf: CODE_TO_EXCEPTION_SUF, protocol: 'http', weak: true, when: (c) => !c.quoted && !NOT_STATUS_ERROR_NAME.test(errorClassOf(c.suf)) },
  // An exception class mapped to a code: PHP `ValidationException::class => 409,`.
  { id: 'exception-class-key', via: 'number', pre: /(?:^|[\s(\[,])\\?(?:[A-Z]\w*\\)*[A-Z]\w*(?:Error|Exception)::class\s*=>\s*$/, suf: /^\s*(?:[,\]);]|$)/, protocol: 'http', weak: true, when: (c) => !c.quoted },
  // RSpec's `let(:code) { 300 }`, `let(:status) { 404 }`.
  { id: 'rspec-let-status', via: 'number', families: ['ruby'], pre: /\blet!?\s*\(\s*:(?:status|code|status_code|response_code|http_status|http_code)\s*\)\s*\{\s*$/, suf: /^\s*\}/, protocol: 'http', weak: true },
  // A table of responses indexed by code: `$responses['400'] = [`, `statusCodes[404]`.
  { id: 'responses-subscript', via: 'number', pre: /(?:responses|statuses|status_?codes|statusCodes|StatusCodes|ClientErrorMapping)\s*\[\s*$/, suf: /^\s*\]/, protocol: 'http', weak: true, when: (c) => !c.smtpMode },
  // A collection named for status codes given one: Spring Cloud `getRetryableStatusCodes().add(503)`, `statusCodes.push(429)`.
  { id: 'status-codes-add', via: 'number', pre: /(?:[Ss]tatus(?:_?[Cc]odes|es)|[Ss]tatus[A-Z]\w*Codes|[a-z]\w*StatusCodes)(?:\(\))?\s*\.\s*(?:add|push|contains|includes|has|remove|delete|indexOf|append)\s*\(\s*$/, suf: ARG_END, protocol: 'http', weak: true },
  // A map from HTTP methods to codes: Mirage `{ get: 200, put: 204, post: 201, delete: 204 }`.
  { id: 'method-keyed-code', via: 'number', pre: re(String.raw`${METHOD_KEY}\s*$`), suf: /^\s*(?:[,}]|$)/, protocol: 'http', weak: true, when: (c) => !c.quoted && (c.line.match(METHOD_KEYED_CODE_G)?.length ?? 0) >= 2 },
  // A key's default for a status or code read from a request's arguments: httpbin `args.get("code", 200)`.
  { id: 'status-key-default', via: 'number', pre: /\.get\s*\(\s*['"](?:status(?:_?code)?|statusCode|code)['"]\s*,\s*$/, suf: ARG_END, protocol: 'http', weak: true, when: (c) => !c.smtpMode },
  // A parameter's default in a function named for a status: CodeIgniter `function set_status_header($code = 200, ...)`.
  { id: 'status-function-default', via: 'number', pre: STATUS_FUNCTION_DEFAULT_RE, suf: ARG_END, protocol: 'http', weak: true, when: (c) => !c.smtpMode },
  { id: 'assert-first', via: 'number', pre: ASSERT_FIRST_RE, suf: ASSERT_FIRST_SUF, protocol: isHttpIdentSmtp },
  { id: 'assert-second', via: 'number', pre: ASSERT_SECOND_RE, suf: ARG_END, protocol: mailCode },
  { id: 'perl-is', via: 'number', families: ['other'], pre: PERL_IS_RE, suf: /^\s*(?:[,);]|$)/, protocol: mailCode },
  { id: 'hamcrest-matcher', via: 'number', pre: HAMCREST_RE, suf: ARG_END, protocol: mailCode, needle: /(?:assert_?that|expect)\s*\(/i },
  { id: 'nunit-constraint', via: 'number', families: ['dotnet'], pre: NUNIT_THAT_RE, suf: ARG_END, protocol: 'http', needle: /Assert\.That/ },
  { id: 'matcher', via: 'number', pre: MATCHER_RE, suf: /^\s*(?:[,);]|$|\b(?:and|or|end)\b|&&|\|\||\}|#|\/\/)/, protocol: mailCode },
  { id: 'json-path', via: 'number', families: ['jvm', 'other', 'text'], pre: JSON_PATH_RE, suf: ARG_END, protocol: 'http' },
  // A status table indexed by code: Rack `HTTP_STATUS_CODES[500]`, Node `http.STATUS_CODES[404]`, Python `http.client.responses[404]`.
  { id: 'status-table-index', via: 'number', pre: /(?<![\w$])(?:[\w$]+(?:\.|::|->))*(?:HTTP_STATUS_CODES|STATUS_CODES|StatusCodes|status_codes|statusTexts?|STATUS_TEXTS?|StatusText|[\w$]*(?:[Rr]edirect|REDIRECT)_?(?:[Cc]odes|CODES)|[\w$]*(?:Status|STATUS)\w*Responses|[\w$]*(?:STATUS|[Ss]tatus)_?(?:PHRASES?|LINES?|MESSAGES?|REASONS?|[Pp]hrases?|[Ll]ines?|[Mm]essages?|[Rr]easons?)|[Rr]esponses|\[\s*['"]responses['"]\s*\]|HTTP_REASONS|reasons?_phrases?)\s*(?:\[|\.fetch\(|\.get\()\s*$/, suf: /^\s*[\]),]/, protocol: 'http' },
  // Go tests: `if got, want := res.StatusCode, 404; got != want {`.
  { id: 'got-want', via: 'number', families: ['go'], pre: re(String.raw`\b\w+\s*,\s*\w+\s*:?=\s*(?:[\w$]+(?:\(\))?\.)*${HTTP_IDENT}(?:\(\))?\s*,\s*$`, 'i'), suf: /^\s*[;)]/, protocol: 'http' },
  // A named `code` argument of a response-like call: Kotlin `MockResponse(code = 500)`, `HttpError(code: 404)`.
  { id: 'named-code-arg', via: 'number', pre: /(?<![\w$])[\w$.]*(?:(?:Response|Status|Reply)\w*|(?:Http|HTTP)\w*(?:Error|Exception)|(?<=\bResult\.|\bApi|\bAPI)Error)\s*\((?:[^()]{0,80},)?\s*(?:code|status_?code|statusCode)\s*[=:]\s*$/, suf: ARG_END, protocol: 'http' },
  // A status key and its value as two arguments: HTTP/2 `Header(":status", "200")`, `Header(RESPONSE_STATUS, "500")`, `put("status", 404)`.
  { id: 'status-pair-arg', via: 'number', pre: /[(,+]\s*(?:['"](?:[\w.-]*[._-])?:?(?:status|statusCode|status_code)['"]|(?<![\w$])[A-Z_]*(?:_STATUS|STATUS_CODE)|(?<![\w:]):(?:status|status_code|code))\s*,\s*$/, suf: ARG_END, protocol: 'http', weak: true },
  { id: 'status-list', via: 'number', pre: LIST_RE, suf: /^\s*[,)\]}]/, protocol: (c) => (c.smtpMode && MAIL_STATUS_LIST_PRE.test(c.pre.slice(-80)) && lookupKnown('smtp', c.num) ? 'smtp' : 'http') },
  // A REPL-style result after the status it shows: `res.response_status # => 200`, `response.status // => 404`
  // (the line under `>>> r.status_code` or under the expression reads the same: index.ts classifyResultLine).
  { id: 'status-result', via: 'number', pre: STATUS_RESULT_RE, suf: /^\s*$/, protocol: 'http', weak: true, needle: /=>/ },
  { id: 'status-default', via: 'number', pre: STATUS_DEFAULT_RE, suf: /^\s*(?:$|[,;)\]}]|\/\/|#|\?|:)/, protocol: mailCode },
  { id: 'error-call', via: 'number', pre: ERROR_CALL_RE, suf: ARG_END, protocol: 'http', weak: true, when: (c) => !c.smtpMode && !NOT_ERROR_CALL.test(ERROR_CALL_RE.exec(c.pre)?.[1] ?? 'Timeout') && !LOGGER_ERROR_PRE.test(c.pre) },
  // A Kotlin infix function named for a status: `withStatusCode 200 serveOnce true`.
  { id: 'infix-status', via: 'number', families: ['jvm'], pre: /(?<![\w$.])[a-z][\w$]*(?:Status|StatusCode)\s+$/, suf: /^(?:\s+[a-z][\w$]*(?:\s|$)|\s*[,)]|\s*$)/, protocol: 'http', weak: true },
  // A status parsed from its number: `Enum.Parse<HttpStatusCode>("500")`.
  { id: 'status-type-parse', via: 'number', pre: /<\s*(?:System\.Net\.)?HttpStatusCode\s*>\s*\(\s*$/, suf: ARG_END, protocol: 'http' },
  // A status attribute's value: OpenTelemetry's `semconv.HTTPResponseStatusCodeKey.Int(404)`.
  { id: 'status-attribute-value', via: 'number', pre: /(?<![\w$])[\w$.]*(?:StatusCode|HttpStatus|HTTPStatus)\w*Key\.(?:Int|Int64|String)\(\s*$/, suf: ARG_END, protocol: 'http', weak: true },
  { id: 'status-call-bounds', via: 'number', pre: STATUS_CALL_BOUNDS_RE, suf: /^\s*[,}]/, protocol: 'http', weak: true, needle: /min|max/ },
  { id: 'status-named-call', via: 'number', pre: STATUS_NAMED_CALL_RE, suf: ARG_END, protocol: mailCode, weak: true, when: (c) => !NOT_STATUS_CALL.test(STATUS_NAMED_CALL_RE.exec(c.pre)?.[1] ?? 'job') },
  { id: 'status-code-call-later', via: 'number', pre: STATUS_CODE_CALL_LATER_RE, suf: ARG_END, protocol: 'http', weak: true, needle: /StatusCode|HttpStatus|Response/ },
  { id: 'typed-status-decl', via: 'number', families: ['dotnet', 'jvm', 'other'], pre: TYPED_STATUS_DECL_RE, suf: /^\s*(?:;|$)/, protocol: 'http' },
  { id: 'phrase-class-before', via: 'phrase', needle: /[A-Z][a-z]/, pre: CLASS_BEFORE_RE, suf: /^\s*(?:[,)\]}]|$)/, protocol: 'http', when: (c) => classBeforeNamesPhrase(c.num, c.pre) },
  { id: 'status-collection-call', via: 'number', pre: STATUS_COLLECTION_CALL_RE, suf: ARG_END, protocol: mailCode },
  { id: 'phrase-class-after', via: 'phrase', suf: CLASS_AFTER_SUF, protocol: 'http', weak: true, when: (c) => classAfterNamesPhrase(c.num, c.suf) },
  { id: 'status-text-lead', via: 'number', suf: LEADING_TEXT_SUF, protocol: 'http', weak: true, when: (c) => c.strStart && !c.smtpMode && /status/i.test(c.line) && !/status/i.test(c.pre.slice(-40)) },
  // A Ruby \`when\` led by codes in web code (the \`case\` may be far above): \`when 301, 302, 307\`.
  { id: 'ruby-when-web', via: 'number', families: ['ruby'], pre: /^\s*when\s+(?:\d{3}\s*,\s*)*$/, suf: /^\s*(?:,\s*\d{3}\s*)*(?:$|then\b|#)/, protocol: 'http', weak: true, when: (c) => c.webMode && !c.smtpMode },
  // An access log line whose request is empty (a client that sent nothing): \`[01/Jul/2013:06:41:31 -0500] "-" 408 0\`.
  { id: 'access-log-empty', via: 'log', pre: /\]\s+"-"\s+$/, suf: /^\s+(?:\d+|-)(?:\s|$)/, protocol: 'http' },
  // Flask/restx: \`return todos[todo_id], 201\` in web code (the Flask-RESTX to-do example).
  { id: 'flask-tuple-index', via: 'number', families: ['python'], pre: /^\s*return\s+[\w.]+\[[^\[\]]*\]\s*,\s*$/, suf: /^\s*(?:$|#|,\s*(?:\{|\[|\w*headers))/i, protocol: 'http', when: (c) => c.webMode },
  { id: 'response-code', via: 'number', pre: RESPONSE_CODE_OP, protocol: mailCode },
  { id: 'ruby-response-command', via: 'number', families: ['ruby'], pre: RUBY_RESPONSE_COMMAND_RE, suf: /^\s*(?:$|[,)#;}]|do\b|\{)/, protocol: 'http', weak: true },
  { id: 'respond-call', via: 'number', pre: RESPOND_CALL_RE, suf: ARG_END, protocol: (c) => (c.smtpMode ? 'smtp' : 'http'), weak: true, when: (c) => !/Delay|Timeout|After|Later|In$/.test(RESPOND_CALL_RE.exec(c.pre)?.[1] ?? '') },
  {
    id: 'flask-tuple',
    via: 'number',
    families: ['python'],
    // The first element reads like a body: a call, a literal, or a body-like name (`return width, 500` is no response).
    pre: /^\s*return\s+(?:[\w.]+\s*\(.*\)|[rbfu]?['"].*|\{.*\}|\[.*\]|(?:resp(?:onse)?|body|data|result|payload|message|msg|errors?|err|content|output|html|page|out)\w*)\s*,\s*$/,
    suf: /^\s*(?:$|#|,\s*(?:\{|\[|\w*headers))/i,
    protocol: 'http',
  },
  // (`Protocol::HTTP::Response[308, {...}, []]`: async-http's response class takes the triple too.)
  { id: 'rack-triple', via: 'number', pre: /(?:^|[^\w$\])'"`]|\bResponse)\[\s*$/, suf: /^\s*,\s*(?:\{|[\w.]*headers\b|\[)/i, protocol: 'http' },
  { id: 'response-object-key', via: 'openapi', suf: RESPONSE_OBJECT_SUF, protocol: 'http', when: (c) => /(?:^|[{,\s])$/.test(c.pre) },
  { id: 'openapi-key', via: 'openapi', families: ['data'], pre: KEY_PRE, suf: KEY_SUF, protocol: 'http' },
  // An error's code compared with a class's start: `err.code >= 500`, `error.code >= 400` (Node's own codes are strings).
  { id: 'error-code-class', via: 'number', pre: /(?<![\w$.])(?:err|error|e|ex|exc|exception)\.(?:code|status)\s*>=?\s*$/, suf: /^(?![\d.])/, protocol: 'http', weak: true, when: (c) => (c.num === '400' || c.num === '500') && !c.smtpMode },
  // A C macro named for an SMTP reply: `#define SMTP_CONTINUE 354`.
  { id: 'c-define-smtp', via: 'number', families: ['other'], pre: /^\s*#\s*define\s+\w*SMTP\w*\s+\(?$/, suf: /^\)?(?:\s|$)/, protocol: 'smtp', weak: true },
  { id: 'nginx-return', via: 'config', families: ['nginx'], pre: NGINX_RETURN_RE, suf: /^(?:\s|;|$)/, protocol: 'http' },
  // nginx's `return 200 "text";` inside a YAML or text file (a Kubernetes ConfigMap, an ingress snippet): the directive as a whole line.
  { id: 'nginx-return-embedded', via: 'config', families: ['data', 'text'], pre: /^\s*(?:[-|>]\s*)?return\s+$/, suf: /^(?:\s+[^;]*)?;\s*$/, protocol: 'http' },
  // lighttpd's `server.error-handler-404 = "/error.php"`.
  { id: 'error-handler-key', via: 'config', pre: /(?<![\w-])(?:server\.)?error-handler-$/, suf: /^\s*=/, protocol: 'http' },
  { id: 'config-directive', via: 'config', pre: CONFIG_RE, suf: /^(?:[\s;,\]]|$)/, protocol: 'http', when: (c) => !c.quoted },
  {
    id: 'ruby-command',
    via: 'number',
    families: ['ruby', 'text'],
    pre: /(?<![\w$.:@])(?:head|halt|status|error|assert_response|assert_status)\s*\(?\s*$/,
    when: (c) => c.family === 'ruby' || /^\s*(?:halt|head)\s/.test(c.line),
    suf: /^\s*(?:$|[,)#;}]|do\b|\{|(?:unless|if)\b)/,
    protocol: 'http',
  },
  // Ruby commands without parentheses whose status comes later: `redirect '/foo', 301`, `halt 401, 'go away!'`.
  {
    id: 'ruby-command-later',
    via: 'number',
    families: ['ruby', 'text'],
    pre: /(?<![\w$:@])(?:redirect|redirect_to|halt|error)\s+(?:['"][^'"]*['"]|[\w.:@]+)\s*,\s*$/,
    suf: /^\s*(?:$|[,)#;}]|do\b|\{|(?:unless|if)\b)/,
    protocol: 'http',
  },
  {
    id: 'produces-response-type',
    via: 'number',
    families: ['dotnet', 'other', 'text'],
    pre: /ProducesResponseType(?:<[^<>]*>)?\s*\(\s*typeof\s*\([^()]*\)\s*,\s*$/,
    suf: ARG_END,
    protocol: 'http',
  },
  { id: 'status-cast', via: 'number', pre: /\(\s*(?:System\.Net\.)?HttpStatusCode\s*\)\s*$/, protocol: 'http' },
  // A framework's log of a redirect: merb `~ Redirecting to: /login (302)`.
  { id: 'redirect-log', via: 'log', pre: /\bRedirect(?:ing|ed)\s+to:?\s+\S+\s+\($/i, suf: /^\)/, protocol: 'http', when: (c) => c.num[0] === '3' },
  // A request, its time taken, then its status: `http: GET /_health (0 ms) 204`.
  { id: 'method-path-time-log', via: 'log', pre: re(String.raw`\b${METHODS}\s+\/\S*\s+\(\d+(?:\.\d+)?\s*[mµu]?s\)\s+$`), suf: /^\s*$/, protocol: 'http', when: (c) => !c.quoted },
  { id: 'access-log', via: 'log', pre: ACCESS_LOG_RE, suf: /^(?:\s|$|['"`,)\]])/, protocol: 'http', when: (c) => !c.quoted },
  { id: 'method-path-log', via: 'log', pre: METHOD_PATH_RE, suf: /^(?:\s|$|,|\||['"`/](?:\s*[,);]|$))/, protocol: 'http', when: (c) => !c.quoted },
  { id: 'method-code-url-log', via: 'log', pre: re(String.raw`\b${METHODS}\s+$`), suf: METHOD_CODE_URL_SUF, protocol: 'http', when: (c) => !c.quoted },
  // A request that is no request (a TLS hello sent to port 80: `"\x16\x03\x01" 400 163`), or none at all, after the time.
  { id: 'access-log-time', via: 'log', pre: ACCESS_LOG_TIME_RE, suf: /^\s+(?:\d+|-)(?:\s|$)/, protocol: 'http', weak: true, when: (c) => !c.quoted },
  {
    id: 'pipe-log',
    via: 'log',
    pre: /\|\s*$/,
    suf: /^\s*\|/,
    protocol: 'http',
    // (Codes the registry knows only: a table of requests may count them, `GET (Anon) node page | 296 |`.)
    weak: true,
    when: (c) => METHOD_WORD_RE.test(c.line) && nearTheRequest(c),
  },
  // More log formats: HAProxy (`Tq/Tw/Tc/Tr/Tt status bytes`), CloudFront (tab-separated `GET host /path status`), ingress-nginx's upstream status.
  { id: 'haproxy-log', via: 'log', pre: /(?:^|\s)-?\d+\/-?\d+\/-?\d+\/-?\d+\/\+?\d+\s+$/, suf: /^\s+\d+\s/, protocol: 'http', when: (c) => !c.quoted },
  { id: 'cloudfront-log', via: 'log', pre: re(String.raw`(?:^|\t)${METHODS}\t[^\t\s]+\t\/[^\t]*\t$`), suf: /^(?:\t|$)/, protocol: 'http' },
  { id: 'ingress-upstream-log', via: 'log', pre: /\[[^\]\s]*\]\s+\[[^\]]*\]\s+\S+\s+[\d,\s-]+\s+[\d.,\s-]+\s+$/, suf: /^\s+[0-9a-f]{8,}\s*$/, protocol: 'http', when: (c) => METHOD_WORD_RE.test(c.line) },
  // A shell test of a code against curl's own report of it: `[ "403" == "$(curl -s -o /dev/null -w %{http_code} $URL)" ]`.
  { id: 'shell-curl-compare', via: 'number', needleSuf: /http_code/, pre: /\[\[?\s*["']?$/, suf: /^["']?\s*(?:-eq|-ne|==|!=|=)\s*["']?\$\([^)]*%\{http_code\}/, protocol: 'http' },
  // Shell tests of a status variable, either side: `[ "$code" = "403" ]`, `[ "$_login_code" != '200' ]`, `[ 200 == ${status} ]`, `test $http_status -eq 204`.
  { id: 'curl-code', via: 'number', families: ['other'], pre: CURL_CODE_PRE, suf: /^["']?(?:\s|;|\]|\)|$)/, protocol: 'http', weak: true, needle: /http_code|response_code/ },
  { id: 'shell-test', via: 'number', families: ['other'], pre: SHELL_TEST_PRE, suf: SHELL_TEST_END, protocol: 'http', weak: true },
  // A response grepped for a common status: `echo "$RESPONSE" | grep --quiet 200`.
  { id: 'shell-grep-status', via: 'number', families: ['other'], pre: /\$\{?[A-Za-z_]*(?:resp|status|code)[A-Za-z_]*\}?["']?\s*\|\s*grep\s+(?:-[-\w]+\s+)*["']?$/i, suf: /^["']?\s*(?:$|[;|&)])/, protocol: 'http', weak: true, when: (c) => COMMON_STATUS.has(c.num) },
  // (Any variable, against a common status and for equality only; not a measure's: `$count -eq 200`.)
  { id: 'shell-test-common', via: 'number', families: ['other'], pre: SHELL_EQUALS_ANY_PRE, suf: SHELL_TEST_END, protocol: 'http', weak: true, when: (c) => COMMON_STATUS.has(c.num) && !NOT_STATUS_WORDS.test(wordsOf(SHELL_EQUALS_ANY_PRE.exec(c.pre)![1]!)) },
  { id: 'shell-test-reverse', via: 'number', families: ['other'], pre: /(?:\[\[?|(?<![\w$-])test)\s+$/, suf: SHELL_TEST_REVERSE_SUF, protocol: 'http', weak: true },
  // A shell variable named for a status or response, in web code (a curl script): `OK_RESP=200`, `expected_code=404`.
  { id: 'shell-assign', via: 'number', families: ['other'], pre: /^\s*(?:export\s+|local\s+|readonly\s+)?[A-Za-z_]*(?:code|status|resp)[A-Za-z_]*=$/i, suf: /^(?:\s|;|$)/, protocol: 'http', weak: true, when: (c) => (c.webMode || /http/i.test(c.pre)) && !c.smtpMode && !EXIT_CODE_PRE.test(c.pre) },
  // Erlang's gun: a response `{response, fin, 416, Headers}` (gun:await/2), the async message `{gun_response, ConnPid, StreamRef, IsFin, Status, Headers}`,
  // Elixir's `{:response, :fin, 416, _}` (https://ninenines.eu/docs/en/gun/2.0/manual/gun.await/, .../gun_response/).
  { id: 'gun-response', via: 'number', families: ['other'], pre: /\{\s*(?:response\s*,|gun_response\s*,\s*\w+\s*,\s*\w+\s*,|:response\s*,)\s*:?(?:fin|nofin|IsFin|_\w*|\w+)\s*,\s*$/, suf: ARG_END, protocol: 'http' },
  // Caddy's `status` response matcher, a line of codes: `@error status 500 503 5xx`, `status 404` in a matcher block.
  { id: 'caddy-status-matcher', via: 'config', pre: /^\s*(?:@[\w-]+\s+)?status\s+(?:[1-5](?:\d\d|xx)\s+)*$/, protocol: 'http', needle: /status/, suf: CADDY_STATUS_REST },
  // A call by juxtaposition (F#, Haskell, OCaml, Elm): Giraffe's `setStatusCode 404 >=> text "Not found"`, wai-test's `assertStatus 200 req`.
  { id: 'status-apply', via: 'number', families: ['dotnet', 'other'], pre: /(?<![\w$.])(?:set|assert|with|expect)[Ss]tatus(?:Code)?\s+$/, suf: /^(?:\s|\)|$)/, protocol: 'http', needle: /tatus/ },
  // A response constructed with its status first: `new Psr7Response(403, [], ...)`, `new MockResponse(500)`, Ruby's
  // `MockResponse.new(404)` and a test's fake transport `MockRequester.new(500, {}, {})`.
  // (An SMTP server's reply class is mail: `new SmtpResponse(451, "...")`.)
  { id: 'new-response', via: 'number', pre: /(?<![\w$])(?:new\s+(?:[\w$]+(?:\\|\.|::))*[\w$]*Response\s*\(|(?:[A-Z]\w*::)*(?:[A-Z]\w*Response|Mock\w*Requester)\.new(?:\s*\(|\s))\s*$/, suf: /^\s*(?:[,)]|$|#)/, protocol: (c) => (/Smtp[\w$]*Response\s*(?:\.new\s*)?\(?\s*$/i.test(c.pre) && lookupKnown('smtp', c.num) ? 'smtp' : 'http') },
  // requests' repr of a response: `<Response [200]>`.
  { id: 'response-repr', via: 'number', pre: /<Response \[$/, suf: /^\]>/, protocol: 'http' },
  // A reason phrase keyed to its code: `'Method Not Allowed': 405`, `"Not Found" => 404`; a phrase with its code after it: `'Server Error (500)'`.
  { id: 'phrase-key', via: 'phrase', pre: /['"]([A-Za-z][A-Za-z_' -]{1,60})['"]\s*(?:=>|:|,)\s*$/, suf: /^\s*(?:[,)\]}]|$)/, protocol: 'http', when: (c) => phraseBefore(c.num, c.pre) },
  { id: 'phrase-paren', via: 'phrase', pre: /([A-Za-z][A-Za-z' -]{1,60}?)\s*\(\s*$/, suf: /^\s*\)/, protocol: 'http', weak: true, when: (c) => phraseBefore(c.num, c.pre) },
  // A match arm between a code and its name, either way: OCaml `| 504 -> `Gateway_Timeout`, `| `Partial_content -> 206`,
  // `| 208 -> "Already Reported (WebDAV)"`, Elixir `:not_found => 404`.
  { id: 'phrase-arm', via: 'phrase', pre: /(?:^|[\s|(,\[{])$/, suf: ARM_NAME_SUF, protocol: 'http', needleSuf: /[-=]>/, when: (c) => armNamesPhrase(c.num, ARM_NAME_SUF.exec(c.suf)?.[1]) },
  { id: 'phrase-arm-before', via: 'phrase', pre: ARM_NAME_PRE, protocol: 'http', tail: endsWithArrow, when: (c) => armNamesPhrase(c.num, ARM_NAME_PRE.exec(c.pre)?.[1]) },
  // A code mapped to an error class named after its phrase: Faraday `403 => Faraday::ForbiddenError`, `429: TooManyRequestsError`.
  { id: 'phrase-class-map', via: 'phrase', pre: /(?:^|[\s{,(\[])$/, suf: CLASS_MAP_SUF, protocol: 'http', when: (c) => classNamesPhrase(c.num, c.suf) },
  // A trailing comment that is only a code, after a name that is the code's phrase: excon `class ResetContent < Success; end  # 205`.
  { id: 'comment-echo-phrase', via: 'phrase', pre: /^[^#\/]{1,140}?\s(?:#|\/\/)\s*$/, suf: /^\s*$/, protocol: 'http', weak: true, when: (c) => !c.smtpMode && codeNamesPhrase(c.num, c.pre) },
  // A one-line shell case over a status: `case $status in 2??|404) ...`.
  { id: 'shell-case', via: 'number', families: ['other'], pre: /\bcase\s+["']?\$\{?[A-Za-z_]*(?:code|status|resp)[A-Za-z_]*\}?["']?\s+in\s+(?:\(?\s*[\d?*]+\s*\|\s*)*\(?\s*$/i, suf: /^\s*[|)]/, protocol: 'http', weak: true },
  // TypeScript: a code checked or cast against a status type: `404 satisfies StatusCode`, `200 as HttpStatus`.
  { id: 'status-type-check', via: 'number', families: ['js'], suf: /^\s+(?:satisfies|as)\s+(?:[\w$]+\.)*[\w$]*(?:Status|StatusCode|HttpCode)\b/, protocol: 'http' },
  // A trailing comment that is only a code, after code about a status: `codes.moved,  # 301`, `HttpStatusCode.Found, // 302`, `puts e.response.code  # 404`.
  { id: 'comment-echo', via: 'number', pre: re(`${COMMENT_ECHO_LEAD}$`, 'i'), suf: /^\s*(?:$|\*+\/)/, protocol: 'http', weak: true, when: (c) => !c.smtpMode },
  // The same, said as a default: `code = HttpStatus.OK; // default to 200`.
  { id: 'comment-echo-default', via: 'number', needle: /default/i, last: 'a', pre: re(String.raw`${COMMENT_ECHO_LEAD}defaults?\s+(?:to|is)\s+$`, 'i'), suf: /^\s*(?:$|\*+\/)/, protocol: 'http', weak: true, when: (c) => !c.smtpMode },
  // A markdown link to a status page, labelled with its code: `[400](https://developer.mozilla.org/.../Status/400)`.
  { id: 'status-link', via: 'number', pre: /\[$/, suf: /^\]\(https?:\/\/[^)\s]{0,120}\/(?:status|Status|http-status-codes?)\/(\d{3})\)/, protocol: 'http', when: (c) => /\/(\d{3})\)/.exec(c.suf)?.[1] === c.num },
  // A table row of a document whose one figure is a code, beside words of what happened: `| Standard \`forbidden\` | 403 | Insufficient permissions |`.
  { id: 'status-row-cell', via: 'number', families: ['text'], pre: /(?:^\s*|\|\s*)(?:\*\*|`)?$/, suf: /^(?:\*\*|`)?\s*\|/, protocol: 'http', weak: true, when: statusRowCell },
  // A table row with the code and its name in the next cell: `| 451 | :unavailable_for_legal_reasons |`, `| 404 | NotFound |`.
  { id: 'phrase-cell', via: 'phrase', families: ['text'], pre: /\|\s*$/, suf: /^\s*\|\s*`?:?([A-Za-z_]+)`?\s*\|/, protocol: 'http', when: (c) => cellNamesPhrase(c.num, c.suf) },
  // URLs: `?code=429`, `&status=404`.
  { id: 'url-query', via: 'number', pre: /[?&][\w-]{0,20}?(?:status|code)=$/i, suf: /^(?:$|[&#'"`\s)])/, protocol: 'http', weak: true },
  // Inline status-keyed maps: fastify `response: { 200: schema, 404: errorSchema }`.
  { id: 'response-inline-key', via: 'number', pre: /\bresponses?['"]?\s*[:=]\s*\{[^{}]{0,120}$/, suf: /^['"]?\s*:(?!:)/, protocol: 'http', when: (c) => /(?:\{|,)\s*['"]?$/.test(c.pre) },
  // A response object keyed by its code in a collection initializer: OpenAPI.NET's `["204"] = new OpenApiResponse()`, `{ "204", new OpenApiResponse() }`.
  { id: 'code-then-response-object', via: 'number', pre: /(?:^|[{(,[])\s*$/, suf: /^\]?\s*[,=]\s*new\s+[\w.]*Response\w*\b/, protocol: 'http', when: (c) => c.quoted && !c.smtpMode },
  // HTTP/2's status pseudo-header: `(b":status", b"200")`, `':status': '404'`.
  { id: 'h2-status-header', via: 'number', pre: /['"]:status['"]\s*(?:,|:|=>)\s*[bu]?$/, protocol: 'http', when: (c) => c.quoted },
  // A map keyed by status, written on one line: Go's `StatusCodes: map[string]int{"500": 3333, "200": 3334}`, `status_counts = {200: 5, 404: 1}`.
  { id: 'status-map-key', via: 'number', pre: STATUS_MAP_KEY_PRE, suf: /^['"]?\s*(?::(?!:)|=>)/, protocol: 'http', weak: true, when: (c) => !c.smtpMode && c.num[0] !== '1' },
  // Clojure's (reitit, compojure-api) `:responses {200 {:body any?}}`: a keyword key, then the response's map.
  { id: 'edn-response-key', via: 'number', pre: /(?:^|[\s({\[]):responses\s+\{\s*$/, suf: /^\s+\{/, protocol: 'http' },
  // An error page's title ending in its code, in words of an error: Rails' `<title>The page you were looking for doesn't exist (404)</title>`.
  { id: 'page-title-code', via: 'log', pre: /<title\b[^<>]*>[^<>]{0,160}\(\s*$/i, suf: /^\s*\)\s*<\/title>/i, protocol: 'http', weak: true, needle: /<title/i, when: (c) => (c.num[0] === '4' || c.num[0] === '5') && ERROR_PAGE_WORDS.test(c.pre) },
  // A heading of a document led by a code and a word of its outcome: "##### 200 Success", "### `404` - Error".
  { id: 'doc-heading-code', via: 'log', families: ['text'], pre: /^\s*#{2,6}\s+[`*]{0,2}$/, suf: /^[`*]{0,2}\s*(?:[:—–-]\s*)?(?:Success(?:ful)?|OK|Error|Created|Accepted|Redirect(?:ion)?|Fail(?:ure|ed)?|Response)\b/i, protocol: 'http', weak: true, when: (c) => c.num[0] !== '1' },
  // A comment led by a code: `// 303: all methods except GET become GET`.
  // A list item of a document led by a code and what it means: "* `200`: Request succeeded", "* 404 If no route matches".
  { id: 'doc-list-lead', via: 'log', families: ['text'], pre: /^\s*(?:[*+-]|\d+\.)\s+[`*]{0,2}$/, suf: /^[`*]{0,2}(?:\s*[:—–-]\s|\s+(?:if|when|for|on)\s)/i, protocol: 'http', weak: true },
  { id: 'comment-lead', via: 'log', pre: COMMENT_LEAD_PRE, suf: COMMENT_LEAD_SUF, protocol: (c) => (c.smtpMode && lookupKnown('smtp', c.num) ? 'smtp' : 'http'), weak: true, when: (c) => c.num[0] !== '1' && c.num[0] !== '2' },
  { id: 'comment-response-name', via: 'log', pre: COMMENT_LEAD_PRE, suf: /^\s*:\s+[A-Z]\w*Response\b/, protocol: 'http', weak: true },
  // A string of codes separated by blanks: `"400 401 403 404 500".split(" ")`.
  { id: 'quoted-code-run', via: 'number', protocol: 'http', weak: true, when: quotedCodeRun },
  // A value whose trailing comment says it is the status: `200,          # Status code`, `code: 503, // HTTP status`.
  { id: 'status-comment', via: 'number', pre: /(?:^|[\[(,:=>]|\breturn)\s*['"]?$/, suf: STATUS_COMMENT_SUF, protocol: mailCode, needleSuf: /status|response code/i },
  // swagger-php's response of an operation, as an attribute's named argument or an annotation's: `#[OA\Response(response: 204, ...)]`, `@OA\Response(response=200, ...)`.
  { id: 'openapi-php-response', via: 'number', families: ['php'], pre: /(?<![\w$'"-])response\s*[:=]\s*['"]?$/, suf: /^['"]?\s*(?:[,)]|$)/, protocol: 'http', weak: true },
  // A code in a pattern a status is matched against: `$res->status =~ /^(?:204|3\d\d)$/`, `/^(?:204|304)$/.test(res.status)`.
  { id: 'status-regex', via: 'number', protocol: 'http', weak: true, needle: /[=!]~|\//, when: statusRegex },
  { id: 'smtp-list', via: 'number', pre: SMTP_LIST_RE, suf: /^\s*[,)\]}]/, protocol: 'smtp' },
  { id: 'smtp-mode-list', via: 'number', pre: SMTP_MODE_LIST_RE, suf: /^\s*[,)\]}]/, protocol: 'smtp', when: (c) => c.smtpMode },
  { id: 'quoted-list', via: 'number', pre: QUOTED_LIST_RE, suf: QUOTED_LIST_SUF, protocol: 'http', when: (c) => !c.quoted },
  { id: 'elb-log', via: 'log', suf: ELB_LOG_SUF, protocol: 'http', when: (c) => !c.quoted },
  // A command-line option named for a status or an HTTP error, then its value: wget's `--retry-on-http-error=500`, `--expect-status 404`.
  { id: 'status-option', via: 'number', needle: /--[\w-]*(?:status|http-error|http-code)/i, pre: /(?:^|\s)--[\w-]*(?:status|http-error|http-code)[\w-]*(?:=|\s+)$/i, protocol: 'http', weak: true, when: (c) => !c.smtpMode },
  // Squid's result code then the status, split by a blank (a custom logformat) or as a test's arguments: `TCP_MISS 200 152`, `'TCP_DENIED', '400'` (the slash form is a URL token's).
  { id: 'squid-result', via: 'log', needle: /(?:TCP|UDP|NONE|TAG)_[A-Z]/, pre: /(?<![\w])(?:TCP|UDP|NONE|TAG)_[A-Z_]+(?:\s+|['"]\s*,\s*)$/, protocol: 'http' },
  // Varnish's log records of a status (varnishlog `-   RespStatus     200`, `SLT_BerespStatus, "200"` in its tools).
  { id: 'varnish-status-tag', via: 'log', needle: /(?:Resp|Beresp|Obj)Status/, pre: /(?:^|[\s,(-])(?:SLT_)?(?:Resp|Beresp|Obj)Status['"]?\s*,?\s*['"]?$/, protocol: 'http' },
  // W3C extended logs with more fields after the status (IIS with sc-bytes, cs-bytes, time-taken, the user agent):
  // `80 GET /Default.htm - 200 7930 248 31 Mozilla/4.0+...`.
  { id: 'w3c-log-request', via: 'log', families: ['text', 'other'], last: 'a-', pre: W3C_REQUEST_PRE, suf: /^\s+\d+\s+\d+\s+\d+\s/, protocol: 'http' },
  // (The status opens the run of numbers that ends the line: sc-status sc-substatus sc-win32-status, then bytes and time-taken.)
  { id: 'iis-log', via: 'log', families: ['text', 'other'], suf: IIS_LOG_SUF, protocol: 'http', when: (c) => METHOD_WORD_RE.test(c.line) && !/(?:^|\s)\d+\s+$/.test(c.pre) },
  { id: 'iis-native-log', via: 'log', pre: /,\s*$/, suf: IIS_NATIVE_SUF, protocol: 'http', weak: true },
  // Identifiers: SMTP ones first, then status identifiers (SMTP in a mail line when the code is an SMTP code).
  { id: 'smtp-ident', via: 'number', pre: SMTP_IDENT_OP, protocol: 'smtp' },
  { id: 'smtp-mode-ident', via: 'number', pre: SMTP_MODE_IDENT_OP, protocol: 'smtp', when: (c) => c.smtpMode },
  { id: 'status-ident', via: 'number', pre: HTTP_IDENT_OP, protocol: isHttpIdentSmtp },
  // A Prometheus label matcher: `http_requests_total{code="200"}`, `{status_code!~"200"}`; dovecot's `smtp_command_count{status_code="250"}` is mail.
  { id: 'metric-label', via: 'number', pre: /\{(?:[^{}()=]*=~?\s*"[^"]*"\s*,\s*)*(?:code|status(?:_?code)?|http_status(?:_code)?|response_code)\s*(?:=~?|!=|!~)\s*$/, when: (c) => c.quoted, protocol: (c) => (smtpByName(c) ? 'smtp' : 'http'), weak: true, needle: /\{/ },
  // A C# property's initializer: `public int ErrorResponseCode { get; set; } = 500;`.
  { id: 'status-property-init', via: 'number', families: ['dotnet'], pre: STATUS_PROPERTY_INIT_PRE, protocol: 'http', needle: /\bget\s*;/ },
  // A kebab-case key of config or an annotation: `konghq.com/https-redirect-status-code: "301"`, `permanent-redirect-code: "308"`.
  { id: 'kebab-status-key', via: 'number', families: ['data', 'other'], pre: /(?:^|[\s\/."'])(?:[\w.]+-)*(?:status-code|redirect-code|http-status|response-code)["']?\s*[:=]\s*["']?$/i, suf: /^["']?\s*(?:$|[,;}#])/, protocol: 'http', needle: /-(?:status|code)|status-/i },
  { id: 'status-name', via: 'number', pre: STATUS_NAME_OP, suf: /^\s*(?:$|[,;)\]}]|\/\/|#)/, protocol: isHttpIdentSmtp, weak: true, when: (c) => !NOT_STATUS_NAME.test(STATUS_NAME_OP.exec(c.pre)?.[1] ?? '') && !EXIT_CODE_PRE.test(c.pre) },
  // (In web code, or on a line about an HTTP error or response: `(this as? HttpException)?.code() == 404`.)
  { id: 'code-ident', via: 'number', pre: CODE_IDENT_OP, protocol: 'http', weak: true, when: (c) => (c.webMode || HTTP_TYPE_ON_LINE.test(c.line) || ((CODE_EQUALS.test(c.pre) || RESPONSE_CODE_SET.test(c.pre)) && COMMON_STATUS.has(c.num) && !INPUT_EVENT_CODE.test(c.pre))) && !c.smtpMode && !EXIT_CODE_PRE.test(c.pre) && !c.pre.endsWith('<code>') },
  { id: 'code-reverse', via: 'number', suf: CODE_REVERSE_SUF, protocol: 'http', weak: true, when: (c) => c.webMode && !c.smtpMode },
  { id: 'have-property', via: 'number', families: ['js', 'other', 'text'], pre: HAVE_PROPERTY_RE, suf: ARG_END, protocol: 'http' },
  // A mock's route with its status after the path, headers and body: ActiveResource `mock.post "/people.json", {}, nil, 201`;
  // dapr's `register_get('/secrets/store/test', 204, null)` below.
  { id: 'mock-route-status', via: 'number', pre: re(String.raw`(?<![\w$])(?:mock|stub|fake)\w*\.(?:get|post|put|patch|delete|head)${MOCK_ROUTE_ARGS}`), suf: /^\s*(?:$|[,)#])/, protocol: 'http' },
  // (A mock registered by a verb-named function, weak: known codes only, `mockGet('/x', 300)` may be a delay.)
  { id: 'mock-verb-route-status', via: 'number', pre: re(String.raw`(?<![\w$])(?:register|mock|stub|fake)_?(?:[Gg]et|[Pp]ost|[Pp]ut|[Pp]atch|[Dd]elete|[Hh]ead)${MOCK_ROUTE_ARGS}`), suf: /^\s*(?:$|[,)#])/, protocol: 'http', weak: true },
  // Ruby response objects built from a status: `HTTPI::Response.new(500, {}, message)`, `Rack::Response.new(body, 404)` is the later-arg form.
  { id: 'ruby-response-new', via: 'number', families: ['ruby'], pre: /(?<![\w$])(?:[\w:]*::)?[A-Z]\w*Response\.new\(\s*$/, suf: ARG_END, protocol: 'http' },
  // Go swag / PHP and JS doc annotations: `// @Success 200 {object} T`, `// @Failure 400 {object} web.APIError`, `@response 404`.
  { id: 'doc-annotation', via: 'log', pre: /(?:^|\s)@(?:Success|Failure|Response|response|apiSuccess|apiError)\s+$/, suf: /^(?:\s|$)/, protocol: 'http' },
  // RSpec: `let(:status_code) { 500 }`.
  { id: 'rspec-let', via: 'number', families: ['ruby'], pre: re(String.raw`\blet!?\(\s*:${HTTP_IDENT}\s*\)\s*\{\s*$`, 'i'), suf: /^\s*\}/, protocol: mailCode },
  { id: 'ruby-code', via: 'number', families: ['ruby'], pre: RUBY_CODE_RE, protocol: (c) => (c.smtpMode ? 'smtp' : 'http') },
  { id: 'reverse-compare', via: 'number', suf: REVERSE_SUF, protocol: isHttpIdentSmtp },
  { id: 'go-code', via: 'number', families: ['go'], pre: GO_CODE_OP, protocol: 'http' },
  // A DSN's diagnostic (`Diagnostic-Code: smtp; 550 : User unknown`) and a server's reply in sendmail's transcript (`<<< 550 User unknown`).
  { id: 'dsn-diagnostic', via: 'log', pre: /\bDiagnostic-Code:\s*smtp\s*;\s*$/i, protocol: 'smtp' },
  { id: 'smtp-reply-transcript', via: 'log', pre: /^\s*(?:<<<|<-|<|S:)\s*$/, suf: /^(?:[\s-]|$)/, protocol: 'smtp', when: (c) => c.smtpMode || c.pre.includes('<<<') },
  // A reply's first line matched by its code outside mail code, for a code HTTP has not: `strncmp(line, "354 ", 4)` (`"500-"` may be a
  // byte range); in mail code smtp-mode-reply-string reads them all.
  { id: 'smtp-reply-prefix', via: 'number', suf: /^(?:-|\s)['"]/, protocol: 'smtp', when: (c) => c.strStart && !c.smtpMode && !lookupKnown('http', c.num) },
  { id: 'smtp-reply-regex', via: 'number', pre: /(?:[=!]~\s*m?|(?:^|[=(,!&|\s]))\/\^\(?$/, suf: /^(?:[ -]|\\s|\[[ -]{2}\])/, protocol: 'smtp', when: (c) => c.smtpMode || !lookupKnown('http', c.num) },
  // SMTP calls, tuples, reply strings and reply text in mail lines.
  { id: 'smtp-call', via: 'number', pre: SMTP_CALL_RE, suf: ARG_END, protocol: 'smtp' },
  // `reply(250, 'OK')`: SMTP in mail code or when the number is no HTTP status; nock's `.reply(401, body)` is HTTP.
  { id: 'reply-call', via: 'number', pre: REPLY_CALL_RE, suf: ARG_END, protocol: (c) => (c.smtpMode || !lookupKnown('http', c.num) ? 'smtp' : 'http') },
  { id: 'smtp-tuple', via: 'number', pre: /\(\s*$/, suf: /^\s*,\s*b?['"]/, protocol: 'smtp', when: (c) => c.smtpMode, weak: true },
  { id: 'smtp-reply-string', via: 'number', suf: SMTP_TEXT_RE, protocol: 'smtp', when: (c) => c.strStart, weak: true },
  {
    id: 'smtp-reply-text',
    via: 'log',
    pre: SMTP_REPLY_PRE,
    // (`550 User unknown`, `550-5.1.1`, a table in a comment: `*   214   help`, `* 550 - Requested action not taken`.)
    suf: /^(?:[ -][A-Za-z<]|\s{2,}[^\s\d]|\s+-\s+[A-Za-z])/,
    protocol: 'smtp',
    when: (c) => c.smtpMode,
    weak: true,
  },
  { id: 'smtp-transcript', via: 'log', pre: /^\s*(?:S:|Server:|<<<?|<-)?\s*$/, suf: SMTP_TEXT_RE, protocol: 'smtp', weak: true },
  // A status-text map: `404 => 'Not Found'` (Symfony), `404: "Not Found"`.
  { id: 'phrase-map', via: 'phrase', suf: PHRASE_MAP_SUF, protocol: 'http', when: (c) => followedByPhrase(c.num, c.suf.replace(PHRASE_MAP_SUF, ' ')) },
  // A code looked for in a status string (Falcon's and hug's `"204 No Content"`): `assert "204" in response.status`.
  { id: 'in-status-string', via: 'number', families: ['python'], suf: /^\s+in\s+[\w.$]+(?:\([^()]*\))?(?:\.[\w$]+)*\.status\b/, protocol: 'http', weak: true, when: (c) => c.quoted },
  // The continuation line of a Flask response tuple: `"Hello world", 404, {"X-Foo": "Baz"}`.
  { id: 'tuple-continuation', via: 'number', families: ['python'], pre: /^\s*[rbfu]?(?:'[^']*'|"[^"]*")\s*,\s*$/, suf: /^\s*,\s*\{/, protocol: 'http' },
  // Rust: a status as a const generic argument of a response method (aide's `op.response::<204, ()>()`).
  { id: 'turbofish-status', via: 'number', families: ['rust'], pre: /\b(?:response|status)\w*::<\s*$/i, suf: /^\s*[,>]/, protocol: 'http' },
  // TypeScript: a status type argument `InferResponseType<typeof req, 401>`, a union member line `  | 417`.
  { id: 'type-arg', via: 'number', families: ['js'], pre: /(?<![\w$])[\w$]*(?:Response|Status)[\w$]*\s*<(?:[^<>;]{0,80}?,)?\s*$/, suf: /^\s*[,>]/, protocol: 'http' },
  { id: 'union-line', via: 'number', families: ['js'], pre: /^\s*\|\s*$/, suf: /^\s*(?:$|;|\/\/|\|\s*\d{3}\b)/, protocol: 'http', weak: true },
  // Mail code (a document about SMTP): reply strings, quoted codes, `^334 ` patterns, then any reply code that is no size or timeout.
  { id: 'smtp-mode-reply-string', via: 'number', suf: /^(?:[ -]|\\[rn]|\{)/, protocol: 'smtp', weak: true, when: (c) => c.strStart && c.smtpMode },
  { id: 'smtp-mode-quoted', via: 'number', protocol: 'smtp', weak: true, when: (c) => c.quoted && c.smtpMode },
  { id: 'smtp-mode-pattern', via: 'number', pre: /(?:^|[^\w\\])\^$/, protocol: 'smtp', weak: true, when: (c) => c.smtpMode },
  // Weak text contexts: messages and prose.
  { id: 'http-text', via: 'log', pre: TEXT_RE, protocol: 'http', weak: true, when: (c) => !EXIT_STATUS_RE.test(c.pre) },
]).map(withFilters);

/** Last resorts, after the structure rules (switch branches, table columns, status keys): mail code and prose. */
/**
 * The codes programs pass around most (not 1xx, not 300, not the rare ones: as bare numbers those are
 * counts and sizes more often than statuses): one of them as a whole argument or element, compared or a
 * map key, is a status unless its call or neighbours say otherwise.
 */
const COMMON_STATUS = new Set(['200', '201', '202', '204', '301', '302', '303', '304', '307', '308', '400', '401', '403', '404', '405', '406', '409', '410', '412', '413', '415', '422', '429', '500', '501', '502', '503', '504']);
/** Code (not a document or data file) outside mail code: where the fallbacks for HTTP read numbers. */
function httpCode(c: NumberCtx): boolean {
  return !c.smtpMode && c.family !== 'text' && c.family !== 'data';
}
/** The common-code fallbacks' shared ground: a common code, in code (not a document or data file), outside mail code. */
function commonInCode(c: NumberCtx): boolean {
  return COMMON_STATUS.has(c.num) && httpCode(c);
}
/** Words (of names split at case changes and underscores) that make the numbers beside them measures, ids, positions or texts. */
const NOT_STATUS_WORDS = /\b(?:time ?unit|milliseconds|seconds|port|timeout|size|sizes|width|widths|height|limit|max|min|delay|ms|millis|retr(?:y|ies)|count|offset|page|index|idx|length|len|capacity|depth|priority|order|weight|score|price|amount|total|age|years?|bytes|interval|duration|px|sleep|wait|ids?|user|users|items?|list|progress|cache|dimension|figsize|dpi|job|task|exit|text|title|label|column|row|line|lines|version|minutes?|hours?|days?|weeks?|time|int|integer|param|number|num|paths|scroll|x|y|top|left|position|pos|radius|distance|heading|period|speed|zoom|scale|opacity|quality|volume|threshold|accuracy|latitude|longitude|lat|lng|angle|degrees|rotation|margin|padding|spacing|font|feed ?rate|rpm|fps|baud|frequency|replicas?|loops?|iterations?|workers?|threads?)\b/i;
/** Calls whose numbers are times, sizes, counts, ids or positions, or that log or parse them; by a word of their name. */
const NOT_STATUS_CALL_WORDS = /\b(?:set ?timeout|set ?interval|set ?immediate|array|splice|to ?fixed|int|integer|parse ?int|number|float|char|varchar|nvarchar|decimal|numeric|fetch|advance|find|get|load|lookup|read|query|select|delete|remove|at|item|sum|avg|pow|sqrt|abs|floor|ceil|first|last|nth|take|skip|sample|repeat|range|times|slice|substr|substring|pad|round|random|rand|least|most|tick|after|log|logger|info|debug|warn|trace|print|printf|println|render|view|template|partial|include|require|send ?file|join|has|sleep|new|make|resize|alloc|string|table|schema|buffer|head|tail|inline ?data|test ?case|data ?row|expires?|validates|add ?column|permissions?|for ?result|notify|rgba?|colou?r|save|upload|reduce|frames?|routes|csv|chunks?|chunked|batch(?:es)?|truncate|windowed|variants?|bitmaps?|qr|images?|thumbnails?|crop|canvas|set ?timer|timer|pods?|runtime(?! ?exception)|duration|latency|elapsed|debounce|tween|animate|animation|keyframes|encode|barcode)\b/i;
/** Calls whose quoted number is a text or a number to parse, not a status. */
const QUOTED_NOT_STATUS_CALL = /^(?:toBe|toEqual|toStrictEqual|equals?|eql?|assertEquals?|assertSame|isEqualTo|must_equal|parse\w*|\w*Param|valueOf|of)$/i;

/** Words among a call's arguments that make its numbers statuses: `get(webStatusUrl, "web", 200)`, `New(400, reason, message)`, `new(400, typeof(ProblemDetails))`. */
const STATUS_ARG_WORDS = /\b(?:status|reason|message|msg|phrase|problem)\b/i;

/** An HTTP method or a URL path as a string among the arguments: `'POST'`, `"/api/items"`, `'/'`. */
/** A request beside a status: its method, its path, or the fixture file of its response (`'tests/Resources/Checkout/payments-success.json'`). */
const REQUEST_ARG = /(?:^|[\s(,[{])(?:['"`](?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)['"`]|(?:HttpMethod|Method)\.\w+|['"`]\/[\w\/%.{}:?=&-]*['"`]|['"`][\w.\/-]*(?:[Ff]ixtures?|[Rr]esources|[Mm]ocks?|[Ss]tubs?|[Rr]esponses|testdata)\/[\w.\/-]*(?:[Rr]esponse|[Ss]uccess|[Ee]rror|[Ff]ail)[\w.-]*\.(?:json|xml|html)['"`])\s*(?=[,)\]}])/;

/** A name's words, split at case changes, underscores and punctuation: `getStatusText` -> `get Status Text`. */
function wordsOf(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_.$@?!:]+/g, ' ');
}

/** Words of a name are about a status (`getURL`, `statusCode`): they overrule a call word such as `get`. */
const STATUS_NAME_WORDS = /\b(?:status|code|url|uri|response|error|redirect|http)\b/i;

/**
 * The innermost call or list literal the number is a whole element of: the call's dotted name (`''`
 * for a list) and the text between its brackets; undefined when the number is not a whole element,
 * or stands in an index (`items[404]`), a block, a Go array type (`[200]T`) or a list being assigned
 * or iterated (their names decide, in the rules above).
 */
function enclosingArgs(c: NumberCtx): { name: string; args: string; open: number; tuple?: boolean } | undefined {
  if (c.family === 'ruby') {
    // A Ruby command without parentheses: `stub_simple_request "example.com", 302, ...`, `assert_response_raises ResourceInvalid, 422`.
    const m = RUBY_COMMAND_ARGS.exec(c.pre);
    if (m && /^\s*(?:,|$|#|\bdo\b|\{)/.test(c.suf)) return { name: m[1]!, args: `${c.pre.slice(m.index + m[0].length - m[2]!.length)}${c.num}${c.suf.replace(/\s*(?:#|\bdo\b|\{).*$/, '')}`, open: m.index + m[0].length - m[2]!.length - 1 };
  }
  if (!/[(,[]\s*$/.test(c.pre) || !/^\s*[,)\]]/.test(c.suf)) return undefined;
  // A callback before the number (`}, 500)`): a timer's delay.
  if (/\}\s*,\s*$/.test(c.pre)) return undefined;
  let depth = 0;
  let open = -1;
  for (let i = c.pre.length - 1; i >= 0; i--) {
    const ch = c.pre[i]!;
    if (ch === ')' || ch === ']' || ch === '}') depth++;
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0 || c.pre[open] === '{') return undefined;
  const before = c.pre.slice(0, open);
  if (c.pre[open] === '[') {
    if ((/[\w$)\]]\s*$/.test(before) && !/\b(?:return|yield)\s*$/.test(before)) || /^\s*\][\w*[]/.test(c.suf)) return undefined;
    if (/(?:[^=!<>]=|\bin|:)\s*$/.test(before)) return undefined;
  }
  let close = -1;
  depth = 0;
  for (let i = 0; i < c.suf.length; i++) {
    const ch = c.suf[i]!;
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) {
        close = i;
        break;
      }
      depth--;
    }
  }
  const name = c.pre[open] === '(' ? (/((?:[\w$]+\s*(?:\.|::|->|\?\.)\s*)*[\w$]+)(?:<[^<>()]*>)?\s*$/.exec(before)?.[1] ?? '') : '';
  // A tuple (`("/resource1", 200),`) has no name; a parenthesised expression or condition is no list.
  const tuple = c.pre[open] === '(' && !name && /(?:^\s*|[,(\[=]\s*|\b(?:return|yield)\s+)$/.test(before);
  if (c.pre[open] === '(' && ((!name && !tuple) || /\b(?:for|in)\s*$/.test(before))) return undefined;
  return { name, args: `${c.pre.slice(open + 1)}${c.num}${close < 0 ? c.suf : c.suf.slice(0, close)}`, open, tuple };
}

/** Whether the list literal opening at `open` of the prefix is the first argument of a named call: `.catcher([401, 403], cb)`. */
function listGivenToCall(c: NumberCtx, open: number): boolean {
  return /[\w$]\s*\(\s*$/.test(c.pre.slice(Math.max(0, open - 80), open));
}

const RUBY_COMMAND_ARGS = /^\s*(?:[\w@:]+\s*\.\s*)*([a-z_]\w*[?!]?)\s+(?!(?:if|unless|and|or|not|then|do|in|return|when|yield|puts|print|p|raise|sleep)\b)((?:[^,;=(){}\[\]]+,\s*){0,4})$/;

/** The text around a number within its statement (up to 100 characters before and 60 after), as words. */
function statementWords(c: NumberCtx): string {
  const pre = c.pre.slice(-100);
  const suf = c.suf.slice(0, 60);
  // (The number stands as a 0: a string before it is seen to name it, and no word of it is read.)
  const text = `${pre.slice(Math.max(0, pre.lastIndexOf(';') + 1))} 0 ${suf.slice(0, suf.indexOf(';') < 0 ? undefined : suf.indexOf(';'))}`;
  // A string's words are data, not the statement's (`'text/plain'`), unless it names the number beside it
  // (`"timeout": 500`, `parameter("delay", 500)`).
  // A format string speaks of its arguments (`Sprintf("%s/users/%d", base, 404)`) and a lone word names a property
  // (`property('length')`, `headers['content-length']`): their words stay.
  return wordsOf(text.replace(/(['"])(?![A-Za-z_][\w-]*\1)[^'"%{]*\1(?!\s*(?::|=>|=|,\s*\d))/g, ' '));
}

/** A common status as a whole argument or element, in code, of a call that takes no measure, among no other numbers. */
function commonStatusArg(c: NumberCtx): boolean {
  if (!commonInCode(c)) return false;
  const e = enclosingArgs(c);
  if (!e) return false;
  // A chain continued from the line above (`    .Be(200);`): its subject is there, read by the continuation rule.
  // (A call nested in it is read here: `.Given(x => x.Run(1, "/", 404))`.)
  // (Not when the call holds the request itself, `  .intercept('GET', '/capabilities', 200, {`, or is named for a code, `  .hasCode(404)`.)
  if (/^\s*\??\.[\w$]*(?:<[^<>]*>)?\s*$/.test(c.line.slice(0, Math.max(0, c.start - (c.quoted ? 1 : 0) - (c.pre.length - e.open)))) && !REQUEST_ARG.test(e.args) && !/\b(?:status|code)\b/i.test(wordsOf(e.name.replace(/^.*[.:>]/, '')))) return false;
  // The method's own name decides (`getURL` is about a URL, `response.get` is a getter), unless its arguments
  // speak of a status (`get(webStatusUrl, "web", 200)`); the receiver's words count in the statement's.
  // A constructor is named by its class: `HTTPI::Response.new(500, ...)`, `new HttpError(404)`.
  const segments = e.name.split(/\s*(?:\.|::|->|\?\.)\s*/);
  // So is a method of a status class: `Status.lookup(500)`, `HttpResponseStatus.valueOf(504)`.
  // And a factory of a response class: Dart's `ResponseBody.fromString('', 200)`.
  const method = segments.length > 1 && (segments.at(-1) === 'new' || /status/i.test(segments.at(-2)!) || /^(?:[A-Z][\w$]*)?Response[\w$]*$/.test(segments.at(-2)!)) ? segments.slice(-2).join(' ') : segments.at(-1)!;
  const nameWords = wordsOf(method);
  // (PHP's `array(...)` is a list: `array('tests/Resources/x-success.json', 200)` is judged as `[...]` is.)
  if (NOT_STATUS_CALL_WORDS.test(nameWords) && !STATUS_NAME_WORDS.test(nameWords) && !STATUS_ARG_WORDS.test(wordsOf(e.args)) && !(e.name === 'array' && REQUEST_ARG.test(e.args))) return false;
  // A property selector beside it is a model's mapping: EF Core `builder.OwnsName(_ => _.FullName, 200)`.
  if (/(?:^|[(,]\s*)(\w+)\s*=>\s*\1\.\w+\s*,/.test(e.args)) return false;
  // Rust's `Some(500)` says nothing of its value: the statement must speak of a status (`assert_eq!(res.status(), Some(404))`).
  if (e.name === 'Some' && !STATUS_NAME_WORDS.test(statementWords(c))) return false;
  // (Numbers inside strings are the strings' own: `redirectsTo(307, "http://localhost:3600/b")`.)
  const numbers = e.args.replace(/(['"])(?:\\.|(?!\1).)*\1/g, '""').match(/(?<![\w.$#])-?\d+(?:\.\d+)?(?![\w.])/g) ?? [];
  // A list passed to a call is judged by that call's name too (`testCharacterRangeFollow(2, s, [400, 407])`).
  if (!e.name && !e.tuple) {
    const outer = /((?:[\w$]+\s*(?:\.|::|->|\?\.)\s*)*[\w$]+)\s*\([^()]*$/.exec(c.pre.slice(0, e.open))?.[1];
    const outerWords = outer ? wordsOf(outer.replace(/^.*(?:\.|::|->)\s*/, '')) : '';
    if (outerWords && NOT_STATUS_CALL_WORDS.test(outerWords) && !STATUS_NAME_WORDS.test(outerWords)) return false;
  }
  // A tuple holds a status beside a request or a status word only (`(200, 400)` may be a point).
  if (e.tuple && !REQUEST_ARG.test(e.args) && !STATUS_ARG_WORDS.test(wordsOf(e.args))) return false;
  // A request and its status side by side: `('/resource1', 200)`, `['POST', 500, null]`, `Given(1, port, "/", 404, "")`;
  // the other numbers small (indexes, counts), and none named a measure right before this one.
  if (REQUEST_ARG.test(e.args) && numbers.every((n) => COMMON_STATUS.has(n) || /^-?\d{1,2}$/.test(n)) && !/(?:^|[\s(,{])[\w$]*(?:timeout|delay|size|port|limit|count|max|min|index|width|height)\w*['"]?\s*[:=]\s*$/i.test(c.pre)) {
    return c.quoted ? !QUOTED_NOT_STATUS_CALL.test(e.name.replace(/^.*[.:>]/, '')) : !inProse(c.line, c.start, c.family);
  }
  // (A list given to a call is judged by the words before it: the other arguments after it,
  // `.catcher([401, 403], _ => authErrorCount++)`, are not its words.)
  const listArg = e.name === '' && !e.tuple && listGivenToCall(c, e.open);
  if (NOT_STATUS_WORDS.test(statementWords(listArg ? { ...c, suf: '' } : c))) return false;
  // Every other number beside it is a status too (`valid(200, 204)`), not a data row (`23, 2, 198, 200`, `200, 100`).
  if (!numbers.every((n) => COMMON_STATUS.has(n))) return false;
  // A quoted code (`getURL("403")`) is a string of its own, not prose; but not a text compared
  // (`toBe("200")` on a body), a number parsed (`IntParam("200")`) or a field among words (`Car("Fiat", "500")`).
  if (c.quoted) return !QUOTED_NOT_STATUS_CALL.test(e.name.replace(/^.*[.:>]/, '')) && !/['"][A-Za-z][\w -]*['"]/.test(e.args);
  return !inProse(c.line, c.start, c.family);
}

const CONVERSION_CALL = /^(?:Number|parseInt|parseFloat|String|int|str|Integer\.parseInt|Integer\.valueOf)\(/;
const EQUALITY_PRE = /([\w$@][\w$.?\[\]()'"@>-]{0,60}?)\s*(?:===?|!==?|\beq\b|\bne\b|-eq|-ne)\s*$/;
const EQUALITY_END = /(?:[=!]=|\beq|\bne|-eq|-ne)\s*$/;
const EQUALITY_SUF = /^\s*(?:===?|!==?)\s*([\w$@][\w$.?\[\]()'"@>-]{0,60})/;

/**
 * A common status tested for equality with a value whose name is no measure: `r.Key == "500"`,
 * `res.StatusCode != 200`; a bare `code` only in web code, as the `code-ident` rule reads it.
 */
function commonStatusCompare(c: NumberCtx): boolean {
  if (!commonInCode(c)) return false;
  // (Cheap tests first: the operator must end the prefix or start the suffix.)
  const other = (EQUALITY_END.test(c.pre) ? EQUALITY_PRE.exec(c.pre.slice(-80))?.[1] : undefined) ?? (/^\s*[=!]==?/.test(c.suf) ? EQUALITY_SUF.exec(c.suf)?.[1] : undefined);
  // (A conversion around it is not its name: `Number(ctx.response.status) === 404`.)
  if (!other || /^\d/.test(other) || NOT_STATUS_WORDS.test(wordsOf(other.replace(CONVERSION_CALL, '')))) return false;
  // A bare `code` in code not known as web code, only beside words about HTTP (`(t as? HttpException)?.code() == 404`)
  // or tested against another common code too (`code == 401 || code == 403`), or an error's or a response's code
  // (`exception.code == 401`, `errorCode == 503`).
  if (!c.webMode && /\bcode\b(?:\(\))?$/i.test(wordsOf(other).trim()) && !CODE_OWNER_WORDS.test(wordsOf(other)) && !CODE_HTTP_WORDS.test(statementWords(c)) && !comparedWithOtherCode(c, other)) return false;
  return c.quoted || !inProse(c.line, c.start, c.family);
}

/** Owners of a `code` that make it a status when compared with a common code: an error's, an exception's, a response's. */
const CODE_OWNER_WORDS = /\b(?:err|error|exception|response|resp|res|http)\b\s+code\b/i;

/** Whether the subject of a test is tested for equality with another common code within the line's window: `err.code === 401 || err.code === 409`. */
function comparedWithOtherCode(c: NumberCtx, subject: string): boolean {
  const text = `${c.pre.slice(-120)} ${c.suf.slice(0, 120)}`;
  if (!text.includes(subject)) return false;
  const re = new RegExp(`(?<![\\w$.])${subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(?:===?|!==?)\\s*['"]?(\\d{3})(?![\\w.])`, 'g');
  for (const m of text.matchAll(re)) if (m[1] !== c.num && COMMON_STATUS.has(m[1]!)) return true;
  return false;
}

/**
 * A common status as a hash key in code: PHP/Ruby `303 => [` (a `404:` key is read by its parent, in
 * classifyStatusKey; not a key mapped to a class: `500 => Faraday::ConnectionFailed`).
 */
function commonStatusKey(c: NumberCtx): boolean {
  if (!commonInCode(c)) return false;
  if (!/(?:^\s*|[{,[]\s*)$/.test(c.pre) || !/^\s*=>/.test(c.suf)) return false;
  // Not a key mapped to a class (`500 => Faraday::ConnectionFailed`; a C# switch arm `403 => Errors.InsufficientAccess` is a
  // status), nor a palette's shade (`200 => 'oklch(0.87 0.065 274.039)'`, `'#f00'`).
  if (c.family !== 'dotnet' && (/^\s*=>\s*[A-Z]\w*(?:::|\.)[A-Z]/.test(c.suf) || /^\s*=>\s*[A-Z]\w*\s*,?\s*$/.test(c.suf))) return false;
  if (/^\s*=>\s*['"]?(?:#[0-9a-f]{3,8}\b|(?:oklch|rgba?|hsla?|lab|lch)\()/i.test(c.suf)) return false;
  return c.quoted || !inProse(c.line, c.start, c.family);
}

/** HTTP words in a statement that make its bare `code` a status: `{ code: 400, message: '...' }`, `failure: [{ code: 400, ... }]`. */
const CODE_HTTP_WORDS = /\b(?:message|failure|failures|success|response|responses|http|reason|description|model|bad request)\b/i;

/**
 * A bare `code` (or `errorCode`) key or variable given a common status: in web code, beside words about a response
 * (`{ code: 400, message: ... }`), or a code no count is (`code: 404`; a round `code: 200` may be anything's).
 */
function commonStatusCodeKey(c: NumberCtx): boolean {
  // (A record of a request is one in data and documents too: `{"method":"GET","path":"/","code":"200"}`.)
  let record: boolean | undefined;
  const isRecord = () => (record ??= METHOD_VALUE_KEY.test(c.line));
  // A member alone on its line (`"code": 200,` in a response sample, `'code' => 500,`) is a status in documents' code too.
  // (Not in data files: a country's ISO numeric code is `code: 404`; only a common code, for ISO currencies share
  // other registered ones: `'code' => 208,` is the Danish krone, 598 the Uruguayan peso.)
  const alone = COMMON_STATUS.has(c.num) && !c.smtpMode && c.family !== 'data' && CODE_MEMBER_LINE.test(c.line);
  if (!alone && !commonInCode(c) && !(COMMON_STATUS.has(c.num) && !c.smtpMode && isRecord())) return false;
  if (!/(?<![\w$.])\$?['"]?(?:error_?|failure_?|success_?|fail_?)?code['"]?\s*(?::|=>|=(?!=)|:\s*\w+\s*=)\s*$/i.test(c.pre.replace(/\bint\s+(?=\$)/, ''))) return false;
  if (!/^\s*(?:$|[,;)}\]]|\/\/|#)/.test(c.suf)) return false;
  return alone || c.webMode || !c.num.endsWith('00') || CODE_HTTP_WORDS.test(statementWords(c)) || isRecord();
}
const CODE_MEMBER_LINE = /^\s*['"]?code['"]?\s*(?::|=>)\s*['"]?\d{3}['"]?\s*,?\s*$/;
/** A request's method beside the code, as in a parsed access-log record: `{"method":"GET","path":"/","code":"200"}`. */
const METHOD_VALUE_KEY = /(?<![\w$-])['"]?method['"]?\s*(?::|=>|=)\s*['"](?:GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS)['"]/;

const TERNARY_THEN_SUF = /^['"]?\s*:\s*['"]?(\d{3})['"]?(?![\w.])/;
const TERNARY_ELSE_PRE = /\?\s*['"]?(\d{3})['"]?\s*:\s*$/;
/** Python's conditional expression: `500 if len(requests) == 1 else 200`. */
const PY_THEN_SUF = /^['"]?\s+if\b[^:]{0,80}?\belse\s+['"]?(\d{3})['"]?(?![\w.])/;
const PY_ELSE_PRE = /(?<![\w.])['"]?(\d{3})['"]?\s+if\b[^:]{0,80}\belse\s*['"]?$/;

/**
 * Both branches of a ternary are common codes: `ok ? "200" : "204"`, `found ? 200 : 404`, `500 if failed else 200`. Two round figures
 * (`mobile ? 200 : 400`) may be sizes: they need a word about a status in the statement.
 */
function commonStatusTernary(c: NumberCtx): boolean {
  if (!commonInCode(c)) return false;
  const end = c.pre.trimEnd();
  const other = end.endsWith('?')
    ? TERNARY_THEN_SUF.exec(c.suf)?.[1]
    : end.endsWith(':')
      ? TERNARY_ELSE_PRE.exec(c.pre)?.[1]
      : end.endsWith('else')
        ? PY_ELSE_PRE.exec(c.pre)?.[1]
        : /^['"]?\s+if\b/.test(c.suf)
          ? PY_THEN_SUF.exec(c.suf)?.[1]
          : undefined;
  if (!other || !COMMON_STATUS.has(other) || other === c.num) return false;
  const words = statementWords(c);
  // Words of measures speak against the codes, except in the condition (`is_user_logged_in() ? 403 : 401`) when no
  // code is a round figure: what the result is given to still counts (`const width = isMobile ? 304 : 404`).
  const q = c.pre.lastIndexOf('?');
  const from = q < 0 || c.num.endsWith('00') || other.endsWith('00') ? undefined : conditionStart(c.pre, q);
  const given = from === undefined ? words : wordsOf(c.pre.slice(Math.max(0, from - 120), from));
  if (NOT_STATUS_WORDS.test(given)) return false;
  if (c.num.endsWith('00') && other.endsWith('00') && !STATUS_NAME_WORDS.test(words)) return false;
  return !inProse(c.line, c.start, c.family) || c.quoted;
}

/** A list literal given to a name: `retryOn: [429, 503]`, `@convert_to_get = Set.new [303]`, `codes = setOf(301, 302)`, `respCodes: []int{200, 429}`. */
const NAMED_LIST_PRE = /(?<![\w$])([A-Za-z_$@][\w$@]*)['"]?\s*(?:=>|:=|=|:)\s*(new\s+[\w.]+(?:<[\w\s,]*>)?(?:\[\])?\s*|\[\]\s*\w+\s*|(?:[\w.]+\.(?:of|asList|new)|setOf|listOf|arrayOf|mutableSetOf|mutableListOf|hashSetOf|frozenset|set|tuple|array)\s*)?(\(\s*[\[{]|[\[({])((?:\s*['"]?\d{3}['"]?\s*,)*)\s*$/;
/** A list given to a call named for codes or statuses: `wantCodes(t, codes, []int{200, 200, 429})`. */
function listGivenToCodesCall(window: string): RegExpExecArray | null {
  const called = CALL_LIST_PRE.exec(window);
  return called && /\b(?:codes?|status(?:es)?)\b/i.test(wordsOf(called[1]!)) ? called : null;
}
const CALL_LIST_PRE = /(?<![\w$])([A-Za-z_$][\w$]*)\s*\((?:[^()]{0,60},)?\s*(\[\]\s*\w+\s*)?([\[{])((?:\s*['"]?\d{3}['"]?\s*,)*)\s*$/;
const LIST_REST_SUF = /^((?:\s*,\s*['"]?\d{3}['"]?)*)\s*,?\s*[\])}]/;
/** A list literal a loop walks, named by the loop's variable: `for (code in listOf("301", "302"))`, `for code in (301, 302):`. */
const ITERATED_LIST_PRE = /\bfor\s*\(?\s*(?:(?:val|var|let|const|final|int|auto)\s+)?\$?([A-Za-z_$][\w$]*)\s*(?::\s*\w+\s*)?(?:in|of|:)\s*((?:[\w.]+\.(?:of|asList)|setOf|listOf|arrayOf|frozenset|set|tuple)\s*)?(\(\s*[\[{]|[\[({])((?:\s*['"]?\d{3}['"]?\s*,)*)\s*$/;
/** Words of a list's name that make a list of codes statuses even when every code is round (`retryStatuses`, `redirects`). */
const LIST_STATUS_WORDS = /\b(?:retry|retryable|redirect\w*|errors?|fail\w*|success\w*|ok|allowed|expected|accept\w*|ignored?|cacheable|transient|fatal)\b/i;

/**
 * Every element of a list given to a name is a common code: two or more, one of them not round (`[200, 400]` may
 * be sizes), or a name that speaks of statuses (`retry`, `redirect`, `expected`); not a name of a measure.
 */
function commonStatusList(c: NumberCtx): boolean {
  if (!commonInCode(c)) return false;
  const pre = c.pre.replace(/['"]$/, '');
  if (!/[[({,]\s*$/.test(pre)) return false;
  const window = pre.slice(-120);
  const named = NAMED_LIST_PRE.exec(window);
  // A bare parenthesis is a tuple (`point = (200, 404)`), not a list, unless a constructor opens it (`setOf(301, 302)`)
  // or a loop walks it (`for code in (301, 302):`).
  // (Nor are a constructor's arguments, a capacity: `new StringBuilder(500)`; `new Set([301, 302])` is a list.)
  const m = named && !(named[3] === '(' && (!named[2] || named[2].startsWith('new'))) ? named : (ITERATED_LIST_PRE.exec(window) ?? listGivenToCodesCall(window));
  const rest = m && LIST_REST_SUF.exec(c.quoted ? c.suf.replace(/^['"]/, '') : c.suf);
  if (!m || !rest) return false;
  const codes = [...`${m[4]} ${c.num} ${rest[1]}`.matchAll(/\d{3}/g)].map((x) => x[0]);
  if (!codes.every((n) => COMMON_STATUS.has(n))) return false;
  const name = wordsOf(m[1]!);
  if (NOT_STATUS_WORDS.test(name.replace(/\bretr(?:y|ies)\b/gi, ' '))) return false;
  const spoken = LIST_STATUS_WORDS.test(name) || STATUS_NAME_WORDS.test(name);
  if (!spoken && (codes.length < 2 || codes.every((n) => n.endsWith('00')))) return false;
  return c.quoted || !inProse(c.line, c.start, c.family);
}

/** A code then a map of response header fields: `new Response(200, ['Content-Type' => ...])`, `(404, {"Location": "/"})`. */
const HEADERS_AFTER_SUF = /^\s*,\s*(?:array\s*\(|[\[{(])\s*(?:new\s+\w+\s*)?['"](?:content-type|content-length|location|cache-control|set-cookie|www-authenticate|allow|retry-after|etag|x-[\w-]+)['"]/i;

const ARM_PRE = /^\s*((?:\d{3}\s*,\s*)*)$/;
const ARM_SUF = /^((?:\s*,\s*\d{3})*)\s*->\s*(.*)$/;
/** Words on the right of an arm that make its numbers statuses: an exception, an error, a response or status built. */
const ARM_STATUS_RHS = /(?:Exception|Error|Response|Status|Http|Result|Failure)\b|\b(?:error|fail|throw|raise)/;

/**
 * An arm of a Kotlin `when` that lists codes: `400, 404, 409, 415 -> InvalidRequestException(...)`; two codes or more,
 * or one that maps to an exception, an error or a response.
 */
function commonStatusArm(c: NumberCtx): boolean {
  if (c.smtpMode || c.family === 'text' || c.family === 'data' || c.quoted) return false;
  const pre = ARM_PRE.exec(c.pre);
  const suf = pre && ARM_SUF.exec(c.suf);
  if (!pre || !suf) return false;
  const codes = [...`${pre[1]} ${c.num} ${suf[1]}`.matchAll(/\d{3}/g)].map((x) => x[0]);
  if (!codes.every((n) => lookup('http', n).kind === 'found') || !codes.some((n) => COMMON_STATUS.has(n))) return false;
  return ARM_STATUS_RHS.test(suf[2]!) || (codes.length >= 2 && codes.every((n) => COMMON_STATUS.has(n)));
}

/** The text without what may stand between a name and its number at its end: blanks, one of `(:=-–—`, `/>`, a quote. */
function withoutSeparatorsEnd(pre: string): string {
  let end = pre.length;
  const blanks = (): void => {
    while (end > 0 && (pre[end - 1] === ' ' || pre[end - 1] === '\t')) end--;
  };
  blanks();
  if (end > 0 && '(:=-–—'.includes(pre[end - 1]!)) end--;
  blanks();
  if (pre.endsWith('/>', end)) end -= 2;
  blanks();
  if (end > 0 && '"\'`'.includes(pre[end - 1]!)) end--;
  return pre.slice(0, end);
}

/** A status name, then its own number: `HttpStatusCode.BadRequest   400`, `NotFound (404)`, `Net::HTTPUnauthorized (401)`. */
function codeAfterItsName(c: NumberCtx): boolean {
  // In code or a comment; a string names codes for other reasons (a test named for what it checks).
  if (c.smtpMode || c.family === 'data' || c.quoted) return false;
  // The name ends where the separators before the number start (a backward scan: no regex over the window).
  const pre = withoutSeparatorsEnd(c.pre.slice(-80));
  let i = pre.length;
  while (i > 0 && /[\w$]/.test(pre[i - 1]!)) i--;
  const name = pre.slice(i);
  if (!/^[A-Za-z_]/.test(name) || !namesCode(name, c.num) || proseAt(c.line, c.start, c.family) === 'string') return false;
  // One word alone ("Found 302 results") only as a qualified name or with its HTTP or Status prefix.
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').trim().split(/\s+/);
  return words.length >= 2 || /(?:\.|::)$/.test(pre.slice(0, i));
}

/** A C# switch-expression arm whose pattern names an error or a status and whose result is a code: `(_, Errors.ServerError) => 500,`. */
const RESULT_ARM_PRE = /^\s*(.{1,100}?)\s*=>\s*$/;

function commonStatusResultArm(c: NumberCtx): boolean {
  if (c.family !== 'dotnet' || !COMMON_STATUS.has(c.num) || c.quoted || !/^\s*,?\s*(?:\/\/.*)?$/.test(c.suf)) return false;
  const left = RESULT_ARM_PRE.exec(c.pre)?.[1];
  return !!left && ARM_STATUS_RHS.test(left) && !/\b(?:case|if)\b|[;{]/.test(left);
}

/** The name of a test, the first argument of its call: `it('missing scopes - 403 with scope message', ...)`, `test "returns 404 for ..."`. */
const TEST_NAME_PRE = /(?<![\w$.])(?:(?:it|test|describe|context|specify|scenario|should|feature)\s*\(?\s*(?:[\w$]+\s*,\s*)?(['"`])(?:(?!\1)[^\\]|\\.){0,200}|fun\s+`[^`]{0,200})$/;

/** A comment, or a test's name (what it says of a code, a comment would; not a name it repeats: `'StatusNotFound 404'`). */
function commentOrTestName(c: NumberCtx): boolean {
  // (A comment's mark or a quote must come first: the scan of proseAt is spared lines of code.)
  if (!/\/\/|#|\/\*|<!--|--\s|^\s*\*|['"`]/.test(c.pre)) return false;
  const at = proseAt(c.line, c.start, c.family);
  if (at === 'comment') return true;
  if (at !== 'string' || !TEST_NAME_PRE.test(c.pre)) return false;
  const name = /[A-Za-z_][\w]*$/.exec(withoutSeparatorsEnd(c.pre.slice(-80)))?.[0];
  return !name || !namesCode(name, c.num);
}

/** A count of things with a word before them: "301 empty messages". */
const ADJECTIVE_COUNT_SUF = /^\s+[a-z]+\s+(?!(?:responses|redirects|errors|statuses|codes|pages)\b)[a-z]{2,}s\b/;
/** Chinese, Japanese or Korean text (or their full-width punctuation) right after a number. */
const CJK_SUF = /^\s*[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/** An SMTP command as a string among the arguments: `"RCPT TO: <u2@gmail.com>"`, `'EHLO localhost'`. */
const SMTP_COMMAND_ARG = /(?:^|[\s(,[{])['"`](?:HELO|EHLO|LHLO|MAIL FROM|RCPT TO|DATA|BDAT|QUIT|RSET|NOOP|VRFY|EXPN|AUTH|STARTTLS|HELP)\b/;

/** A command and the reply it gets side by side in a tuple or row of a test table: `{"RCPT TO: <u2@gmail.com>", 250}`. */
const COMMAND_CODES_LIST_TAIL = /,\s*(?:array\s*\(|[\[(])\s*(?:\d{3}\s*,\s*)*$/;

function smtpCommandRow(c: NumberCtx): boolean {
  if (c.quoted || c.family === 'text' || c.family === 'data' || !/,\s*$|[(\[]\s*$/.test(c.pre) || !/^\s*[,)\]}]/.test(c.suf)) return false;
  // (Or a list of codes after the command: RainLoop's `sendRequestWithCheck('RSET', array(250, 220))`.)
  const pre = c.pre.slice(-160).replace(COMMAND_CODES_LIST_TAIL, ', ');
  if (!/[A-Z]{4}/.test(pre) || !SMTP_COMMAND_ARG.test(pre) || !lookupKnown('smtp', c.num)) return false;
  // The row's opening bracket, then the command string and nothing but a comma before the code.
  const row = pre.search(/[({[]\s*['"`][^'"`]{1,120}['"`]\s*,\s*$/);
  return row >= 0 && SMTP_COMMAND_ARG.test(pre.slice(row));
}

/** A response's status member: `.StatusCode`, `.status`, `.getStatusCode()`. */
const STATUS_MEMBER = String.raw`\.(?:status(?:_?code)?|statusCode|StatusCode|getStatus(?:Code)?\(\)|status\(\))`;
/** A response's status as a whole argument: `resp.StatusCode`, `res.status`, `response.getStatusCode()`. */
const STATUS_ACCESSOR_ARG = new RegExp(String.raw`(?:^|[(,]\s*)[\w$]+(?:\??\.[\w$]+)*\??${STATUS_MEMBER}\s*(?=[,)]|$)`);
/** The same member before a comma or a bracket: the cheap test before the arguments are found. */
const STATUS_ACCESSOR_NEAR = new RegExp(String.raw`${STATUS_MEMBER}\s*[,)]`);

/** A code beside a response's status among one call's arguments: `t.Errorf("expected %d, got %d", 420, resp.StatusCode)`. */
function besideStatusArg(c: NumberCtx): boolean {
  if (c.quoted || !httpCode(c) || !c.pre.includes('(')) return false;
  // (The accessor must stand before a comma or a bracket within the window before the arguments are found.)
  if (!STATUS_ACCESSOR_NEAR.test(c.pre.slice(-160)) && !STATUS_ACCESSOR_NEAR.test(c.suf.slice(0, 120))) return false;
  const e = enclosingArgs(c);
  if (!e || !e.name || !STATUS_ACCESSOR_ARG.test(e.args) || !lookupKnown('http', c.num)) return false;
  return !inProse(c.line, c.start, c.family);
}

/** A comment at the end of the line, after the code and a few closing or opening marks: `if code == 401 { // unauthorized`. */
const TRAILING_COMMENT_SUF = /^\s*(?:[)\]};,:{]\s*|(?:then|do)\s+|=>\s*|->\s*){0,3}(?:\/\/+|#|\/\*+)\s*([A-Za-z][A-Za-z' -]{3,40})/;

/** A code whose own phrase opens the comment after it: `if code == 401 { // unauthorized`, `when 409 # conflict`. */
function phraseInTrailingComment(c: NumberCtx): boolean {
  if (c.quoted || c.smtpMode || !c.suf.includes('/') && !c.suf.includes('#')) return false;
  const m = TRAILING_COMMENT_SUF.exec(c.suf);
  if (!m) return false;
  const said = m[1]!.toLowerCase().replace(/[^a-z]/g, '');
  // (The class words say nothing of one code: only the code's own phrase, of more than three letters.)
  const own = phrasesOf(c.num).filter((p) => p !== 'client error' && p !== 'server error').map((p) => p.replace(/[^a-z]/g, ''));
  return own.some((q) => q.length > 3 && said.startsWith(q)) && !inProse(c.line, c.start, c.family);
}

/** A code that receives a method named for a response or an error: Kotlin's `401.response()`, `500.httpException()`. */
function codeReceiver(c: NumberCtx): boolean {
  if (c.quoted || !httpCode(c) || c.suf[0] !== '.') return false;
  const name = /^\.([A-Za-z_]\w*)\s*\(/.exec(c.suf)?.[1];
  return !!name && /\b(?:status|response|error|exception|http)\b/i.test(wordsOf(name)) && lookupKnown('http', c.num) && !inProse(c.line, c.start, c.family);
}

/** Words for a status, a response, an error, a page or a return in Chinese, Japanese and Korean, right beside the number. */
const CJK_STATUS_WORDS = '状态码|狀態碼|状态|狀態|响应|響應|返回|错误|錯誤|页面|頁面|异常|異常|请求|請求|エラー|ステータス|レスポンス|상태|오류|에러|응답';
const CJK_STATUS_PRE = new RegExp(`(?:${CJK_STATUS_WORDS})[\\u4e00-\\u9fff]{0,2}?[\\s:：]*$`);
/** A measure's word before the number (`页面宽度 300`, `请求间隔 500`): no status. */
const CJK_MEASURE_PRE = /(?:宽度|寬度|高度|间隔|間隔|数量|數量|大小|长度|長度|时间|時間|超时|超時|次数|次數|数|數)[\s:：]*$/;
const CJK_STATUS_SUF = new RegExp(`^\\s*[\\u4e00-\\u9fff]{0,2}?(?:${CJK_STATUS_WORDS})`);
/** A counter or unit after the number: `200条`, `500毫秒`, `100页` (pages, not `404页面`), `300개`. */
const CJK_COUNTER_SUF = /^\s*(?:[个個条條次秒分钟鐘時时天年月日字行位件人元张張台项項名米帧幀万萬명개초번건원]|像素|毫秒|页(?!面)|頁(?!面)|ms\b|px\b|[KMG]B\b|%)/;
export const FALLBACK_RULES: readonly NumberRule[] = [
  // A run of four codes or more, all of them known, neither round figures nor a sequence: an arm's
  // `200 | 203 | 204 | 206 | 300 | 301 | 404`, C#'s `404 or 408 or 410 or 429 => true`.
  { id: 'code-run', via: 'number', protocol: 'http', weak: true, when: codeRun },
  // The bounds of one class on one subject, in a line about statuses: HTTP::Status `$_[0] >= 200 && $_[0] < 300`.
  { id: 'class-range-bound', via: 'number', protocol: mailCode, weak: true, when: classRangeBound },
  { id: 'beside-status-arg', via: 'number', protocol: 'http', weak: true, when: besideStatusArg },
  { id: 'code-receiver', via: 'number', protocol: 'http', weak: true, when: codeReceiver },
  { id: 'phrase-in-trailing-comment', via: 'number', protocol: 'http', weak: true, when: phraseInTrailingComment },
  { id: 'smtp-command-row', via: 'number', protocol: 'smtp', when: smtpCommandRow },
  // A reply code no HTTP status is, after a word about codes in prose: "Expected response code 235 but got code \"535\"".
  { id: 'smtp-code-talk', via: 'log', protocol: 'smtp', weak: true, when: (c) => SMTP_CODE_TALK_PRE.test(c.pre.slice(-40)) && lookupKnown('smtp', c.num) && !lookupKnown('http', c.num) && inProse(c.line, c.start, c.family) },
  { id: 'smtp-document', via: 'number', protocol: 'smtp', weak: true, when: (c) => c.smtpMode && c.family !== 'text' && c.family !== 'data' && smtpDocumentNumber(c.pre, c.suf) },
  // Comments, strings and documents that talk about a code: "returns 404", "a 404 page", "non 200 response".
  // (Not a string that is the number alone after code: `return "200";`, `"number" => "425"` are code, not prose.)
  { id: 'http-talk', via: 'log', protocol: 'http', weak: true, when: (c) => !(c.quoted && c.family !== 'text' && /(?:(?<![\w$.])return|=>|->)\s*$/.test(c.pre)) && !idInUrl(c.pre) && talksStatus(c.pre, c.suf, c.line, c.num) && inProse(c.line, c.start, c.family) },
  // Chinese, Japanese and Korean prose names the status beside the code: `// 404的话返回404页面`, `ステータス 404`, `상태 코드 500`.
  { id: 'cjk-talk', via: 'log', protocol: 'http', weak: true, needle: /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/, when: (c) => !c.smtpMode && ((CJK_STATUS_PRE.test(c.pre.slice(-8)) && !CJK_MEASURE_PRE.test(c.pre.slice(-8))) || CJK_STATUS_SUF.test(c.suf.slice(0, 8))) && !CJK_COUNTER_SUF.test(c.suf) && inProse(c.line, c.start, c.family) },
  { id: 'doc-item-code', via: 'log', protocol: 'http', weak: true, when: (c) => c.family === 'text' && !c.smtpMode && docItemCode(c.pre, c.suf, c.line, c.start) },
  { id: 'common-status-arg', via: 'number', protocol: 'http', weak: true, when: commonStatusArg },
  { id: 'common-status-compare', via: 'number', protocol: 'http', weak: true, when: commonStatusCompare },
  { id: 'common-status-key', via: 'number', protocol: 'http', weak: true, when: commonStatusKey },
  { id: 'common-status-code-key', via: 'number', protocol: 'http', weak: true, when: commonStatusCodeKey },
  { id: 'common-status-ternary', via: 'number', protocol: 'http', weak: true, when: commonStatusTernary },
  { id: 'common-status-list', via: 'number', protocol: 'http', weak: true, when: commonStatusList },
  { id: 'code-after-its-name', via: 'number', protocol: 'http', weak: true, when: codeAfterItsName },
  { id: 'common-status-arm', via: 'number', protocol: 'http', weak: true, when: commonStatusArm },
  { id: 'common-status-result-arm', via: 'number', protocol: 'http', weak: true, when: commonStatusResultArm },
  { id: 'status-then-headers', via: 'number', suf: HEADERS_AFTER_SUF, protocol: 'http', weak: true, when: (c) => !c.smtpMode && c.family !== 'text' && !c.quoted && /^$|[(,[]$/.test(c.pre.trimEnd()) },
  { id: 'destructured-status', via: 'number', protocol: 'http', weak: true, when: destructuredStatus },
  // A common code alone in a comment or string of code on a line about HTTP (documents have the talk rules: a line of
  // docs says many things).
  // (Not a later argument of a call shown in a comment: `#   client.renew(1010, "example.com", 200, auto_renew: true)`.)
  // (A code span in a comment is prose too: "# Respond to the HTTP request with a `401`".)
  { id: 'common-status-prose', via: 'log', protocol: 'http', weak: true, when: (c) => COMMON_STATUS.has(c.num) && (!c.quoted || codeSpanInComment(c)) && !c.smtpMode && c.family !== 'data' && c.family !== 'text' && !/[$#]\{[^}]*$/.test(c.pre) && (c.strStart || !CALL_LATER_ARG_PRE.test(c.pre)) && httpLineCode(c.pre, c.suf) && inProse(c.line, c.start, c.family) },
  // A common code that is no round figure, in a comment of code that says something of it (even with no word about
  // HTTP) or in a test's name: "// Should be 404 if user doesn't exist", `it('missing scopes - 403 with scope message')`.
  // A round 200 or 500 there may be an amount, and a bare `# 404` says nothing. Not an argument of code shown in the
  // comment (`.get(404)`: an id), nor before CJK text (an app's own codes: `201 支付完成`) or a counted noun (`301 empty messages`).
  { id: 'common-status-comment', via: 'log', protocol: 'http', weak: true, when: (c) => commonInCode(c) && !c.quoted && !c.num.endsWith('00') && !/[$#]\{[^}]*$/.test(c.pre) && !/[\w$]\(\s*$/.test(c.pre) && !CJK_SUF.test(c.suf) && !ADJECTIVE_COUNT_SUF.test(c.suf) && commentOrTestName(c) && commentTalksCode(c.pre, c.suf) },
  // A common code as the key of an annotation in a comment (go-swagger's `// responses:` then `//   401: ...`).
  { id: 'common-status-comment-key', via: 'log', protocol: 'http', weak: true, when: (c) => commonInCode(c) && !c.quoted && /^\s*:(?:\s|$)/.test(c.suf) && /^\s*(?:\/\/+|#+|\*+|\/\*+)\s*$/.test(c.pre) },
  // A common code after an article, in prose of code or documents: "lead to a 404", "until a 404 is retrieved".
  { id: 'common-status-article', via: 'log', protocol: 'http', weak: true, when: (c) => (COMMON_STATUS.has(c.num) || (c.num[0] !== '1' && httpLineCode(c.pre, c.suf))) && !c.quoted && !c.smtpMode && c.family !== 'data' && articleCode(c.pre, c.suf, c.num) && inProse(c.line, c.start, c.family) },
];

/**
 * Rules for a number inside a collection or conditional, judged by what stands around the whole
 * (see collections.ts): calls, assignments, comparisons, matchers, and membership tests.
 */
const LIFT_RULE_IDS = new Set([
  'call-first-arg', 'go-context-call', 'js-call', 'call-later-arg', 'php-header', 'redirect-code', 'assert-first', 'assert-second', 'matcher',
  'smtp-ident', 'smtp-mode-ident', 'status-ident', 'status-name', 'status-default', 'respond-call', 'error-call', 'status-named-call', 'code-ident', 'ruby-code', 'go-code', 'smtp-call', 'reply-call', 'ruby-command',
]);
export const LIFT_RULES: readonly NumberRule[] = (<NumberRule[]>[
  { id: 'smtp-member', via: 'number', pre: SMTP_MEMBER_IN, protocol: 'smtp' },
  { id: 'smtp-mode-member', via: 'number', pre: SMTP_MODE_MEMBER_IN, protocol: 'smtp', when: (c) => c.smtpMode },
  { id: 'smtp-mode-in-array', via: 'number', pre: SMTP_MODE_IN_ARRAY, protocol: 'smtp', when: (c) => c.smtpMode },
  { id: 'smtp-mode-includes', via: 'number', suf: SMTP_MODE_INCLUDES_SUF, protocol: 'smtp', when: (c) => c.smtpMode },
  { id: 'status-member', via: 'number', pre: HTTP_MEMBER_IN, protocol: isHttpIdentSmtp },
  { id: 'status-in-array', via: 'number', pre: HTTP_IN_ARRAY, protocol: isHttpIdentSmtp },
  { id: 'status-includes', via: 'number', suf: HTTP_INCLUDES_SUF, protocol: (c) => (c.smtpMode ? 'smtp' : 'http') },
  { id: 'code-member', via: 'number', pre: CODE_MEMBER_IN, protocol: 'http', weak: true, when: (c) => c.webMode && !c.smtpMode },
  { id: 'status-iterate', via: 'number', pre: ITERATE_RE, protocol: mailCode, weak: true },
  // (A bare `code` parameter in web code, or where every three-digit number of a short line is a known status past 1xx:
  // `[200, 300, 400].each do |code|`, not `[201, 212, 646].forEach(code => dial(code))`, which dials area codes.)
  { id: 'status-each', via: 'number', suf: EACH_AS_STATUS_SUF, protocol: mailCode, weak: true, when: (c) => c.webMode || EACH_AS_STATUS_SUF.exec(c.suf)![1] !== undefined || (!c.smtpMode && c.line.length <= 300 && (c.line.match(/(?<![\w.])\d{3}(?![\w.])/g) ?? []).every((n) => n[0] !== '1' && lookupKnown('http', n))) },
  ...NUMBER_RULES.filter((r) => LIFT_RULE_IDS.has(r.id)),
]).map(withFilters);

/** NumberCtx.preLast of a prefix. */
export function lastOf(pre: string): string {
  let i = pre.length - 1;
  while (i >= 0 && (pre[i] === ' ' || pre[i] === '\t')) i--;
  if (i < 0) return '^';
  const ch = pre[i]!;
  return /\w/.test(ch) ? 'a' : ch;
}

/** Rules that make the text around a token a status context (for constants whose qualifier is ambiguous). */
const CONTEXT_RULE_IDS = new Set(['call-first-arg', 'go-context-call', 'js-call', 'call-later-arg', 'assert-first', 'assert-second', 'matcher', 'status-ident', 'status-list', 'reverse-compare']);
const CONTEXT_RULES = NUMBER_RULES.filter((r) => CONTEXT_RULE_IDS.has(r.id));

/** Whether the token at [start, end) of the line sits where a status goes: `respond(Status.OK)`, `status = Status.OK`. */
export function statusContext(line: string, start: number, end: number, family: Family): boolean {
  const pre = line.slice(Math.max(0, start - 160), start);
  const suf = line.slice(end, end + 120);
  return CONTEXT_RULES.some((r) => (!r.families || r.families.includes(family)) && (!r.suf || r.suf.test(suf)) && (!r.pre || r.pre.test(pre)));
}

/** The ids of the weak rules (they report only codes the registry knows): a finding from one is no sure status context. */
const WEAK_RULE_IDS = new Set([...NUMBER_RULES, ...LIFT_RULES, ...FALLBACK_RULES].filter((r) => r.weak).map((r) => r.id));

/** Whether a finding's rule (`status-ident`, `status-member+collection`) is a weak one; judged by the rule before any `+`. */
export function isWeakRule(ruleId: string): boolean {
  const plus = ruleId.indexOf('+');
  return WEAK_RULE_IDS.has(plus < 0 ? ruleId : ruleId.slice(0, plus));
}
