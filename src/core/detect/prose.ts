// Codes in prose: comments, strings (test names, messages) and documents. A number there is a
// status code only when the words next to it say so ("returns 404", "a 404 page", "non 200
// response", "404's"); a bare number in a comment stays silent. And in mail code (SMTP
// documents), the reply codes a server or client sends and checks.
import { lookup } from '../registry';
import type { Family } from './languages';

/**
 * The codes listed with this one (the parts stripListPre/stripListSuf took) are a run of statuses: four or more,
 * distinct, of two classes or more, three not round at least, no sequence (`201, 202, 203, 204`), every one known,
 * one at least that only HTTP has (RFC 821's `E: 500, 501, 504, 421` are replies), not after a noun that lists other
 * things (`see lines 201, 202, ...`).
 */
function listedCodeRun(listed: string, restPre: string): boolean {
  const codes = listed.match(/(?<![\w.])[1-5]\d\d(?![\w]|\.\d)/g);
  // (A comment's own mark is no `#` of a number: `#   200, 203, ...`.)
  if (!codes || codes.length < 4 || new Set(codes).size !== codes.length || LIST_NOUN_PRE.test(restPre.replace(/^\s*(?:\/\/+|#+|\*|--)\s*$/, ''))) return false;
  if (new Set(codes.map((c) => c[0])).size < 2 || codes.filter((c) => !c.endsWith('00')).length < 3) return false;
  const nums = codes.map(Number);
  if (new Set(nums.slice(1).map((n, i) => n - nums[i]!)).size === 1) return false;
  return codes.every((c) => lookup('http', c).kind === 'found') && codes.some((c) => lookup('smtp', c).kind !== 'found');
}

/** The name at the end of `text` (`AppError::Forbidden`, `NOT_FOUND`) is the code's reason phrase. */
function namedForCode(text: string, code: string): boolean {
  const name = /([A-Za-z][A-Za-z_]{2,40})$/.exec(text)?.[1]?.toLowerCase().replace(/_/g, '');
  if (!name) return false;
  const r = lookup('http', code);
  return r.kind === 'found' && r.matches.some((m) => m.entry.phrase.toLowerCase().replace(/[^a-z]/g, '') === name);
}

/** Families whose `#` starts a comment (outside strings). */
const HASH_COMMENTS: ReadonlySet<Family> = new Set(['python', 'ruby', 'data', 'nginx', 'apache', 'php', 'other']);

/**
 * Whether column `at` of the line is in a comment or a string literal (prose families: always).
 * A rough scan of the line up to `at` (bounded by the caller's window): quotes toggle strings,
 * `//`, `#`, `/*`, a leading `*` or `--` start a comment.
 */
export function inProse(line: string, at: number, family: Family): boolean {
  return proseAt(line, at, family) !== undefined;
}

/** What column `at` of the line is in: a comment (prose families: always), a string literal, or code (undefined). */
export function proseAt(line: string, at: number, family: Family): 'comment' | 'string' | undefined {
  if (family === 'text' || proseLine(line)) return 'comment';
  const from = Math.max(0, at - 400);
  if (from === 0 && /^\s*(?:\*|\/\*|\/\/|--\s|<!--)/.test(line)) return 'comment';
  let quote = '';
  for (let i = from; i < at; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      // An apostrophe in a word (`don't`) is no quote in code either, but it rarely matters before a code.
      quote = ch;
      continue;
    }
    if (ch === '/' && (line[i + 1] === '/' || line[i + 1] === '*')) return 'comment';
    if (ch === '#' && HASH_COMMENTS.has(family) && (i === 0 || /\s/.test(line[i - 1]!))) return 'comment';
  }
  return quote ? 'string' : undefined;
}

/** A line of words (a docstring's or a block comment's middle line): five words or more and no code punctuation. */
const WORD = /(?<![\w.])[A-Za-z][a-z'’-]+(?![\w(.])/g;
const CODE_CHARS = /[(){}[\]=<>;]|^\s*(?:return|if|for|while|case|def|func|function|const|let|var|import|from|class)\b/;

/** The same with parentheses of prose, a space before each (`(when the API replies with a 404)`), not a call's. */
const CODE_CHARS_BUT_ASIDES = /[{}[\]=<>;]|[\w$.'"`]\(|\)\s*[.\w$]|['"`]\s*[,)]|^\s*(?:return|if|for|while|case|def|func|function|const|let|var|import|from|class|raise|throw)\b/;

/** Whether every parenthesis of the line closes one it opened. */
function balanced(line: string): boolean {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '(') depth++;
    else if (line[i] === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function proseLine(line: string): boolean {
  if (line.length >= 400) return false;
  const words = line.match(WORD)?.length ?? 0;
  return words >= 5 && (!CODE_CHARS.test(line) || (words >= 7 && !CODE_CHARS_BUT_ASIDES.test(line) && balanced(line)));
}

/** Words before a code that say it is a status: "returns 404", "respond with a 500", "got 502", "status code of 404" (and Norwegian's "returnerer 400" in test names). */
const TALK_PRE =
  /(?:\b(?:should|must|returns?|returned|returning|returner(?:er|e)?|handl(?:e|es|ed|ing)|render(?:s|ed|ing)?|respond(?:s|ed|ing)?(?:\s+(?:to\s+)?with)?|repl(?:y|ies|ied)(?:\s+with)?|answer(?:s|ed)?(?:\s+with)?|send(?:s|ing)?(?:\s+back)?|sent(?:\s+back)?|throws?|threw|raises?|raised|got|gets?|getting|expect(?:s|ed|ing)?|want(?:s|ed)?|gives?|gave|yields?|emits?|fails?\s+with|failed\s+with|reject(?:s|ed|ing)?\s+(?:it\s+|them\s+|the\s+\w+\s+)?with|retr(?:y|ies|ied|ying)\s+(?:on|for)|redirects?\s+with|abort(?:s|ed)?\s+with|(?:status|response|error|reply)(?:[\s_]?code|\s+body|\s+line)?(?:\*\*|__)?(?:\s+(?:of|to|is|was|as|from|becomes?)(?:\s+(?:likely|usually|typically|normally|generally|always|often|probably|then))?|:)?|redirect(?:ion)?\s+(?:status\s+)?code|(?:status|response|code)(?:[\s_]?codes?)?\s*\(\s*(?:usually|typically|normally|often|e\.g\.?,?|i\.e\.?,?|defaults?\s+to|default:?)|(?:status|code)\b[^.;]{0,24}?\bset\s+to|wait(?:s|ed|ing)?\s+for|result(?:s|ed|ing)?\s+in|receiv(?:e|es|ed|ing)|via\s+an?|(?:status|code)(?:[\s_]?codes?)?\s+(?:is\s+|are\s+|was\s+)?(?:between|above|below|at\s+least|at\s+most|(?:greater|less|lower|higher|smaller|larger)\s+than|>=?|<=?)|(?:codes?|status(?:es)?|errors?|responses?)\s*,?\s*(?:\(\s*)?(?<=[\s(])(?:such\s+as|like|e\.g\.,?|i\.e\.,?|including)|code\s+(?:of|to|is|was)|(?<!\b(?:exit|error|return|app|country|area|zip|postal|source)\s)\(?code|(?:status|code|response)\b[^.;]{0,30}?\b(?:should|must|needs?\s+to|has\s+to)\s+be|non|(?:on|the|a|to)\s+default|(?:thrown|raised|returned|sent|used|emitted)\s+(?:for|on|with|when|as)|HTTP|an?\s+HTTP)(?:\s+(?:an?|the|with|HTTP|status|code))*\s+)$/i;

/** "on" before a code ("refresh on 401"), not "based on", "click on" or "page on". */
const ON_PRE = /(?:^|[\s(*_])on\s+$/i;
const ON_NOT_PRE = /\b(?:based|later|click|page|line)\s+on\s+$/i;
/** A figure right after the number, or a number soon after it ("404.5", "505 to update to 506"): versions or amounts. */
const FIGURE_AFTER_SUF = /^\s*(?:[-\/.:]\d|%)|^\D{0,24}(?<![\w.])\d{3}(?![\w.])/;
/** Words before a duration: "wait 301s", "uptime 404s", "timeout: 250s". */
const TIME_PRE = /\b(?:wait|sleep|delay|timeout|retry|in|for|uptime|elapsed|duration|latency|took|ttl|age|interval|period|expires?|lasted)\s*[:=]?\s*$/i;
const ARROW_PRE = /(?:Exception|Error)\b["'\/>]{0,4}\s*(?:→|->|=>)$/;
const NOT_PRE = /\b(?:response|status)(?:\s+(?!is\b)\w+){0,3}\s+(?:is|was)\s+not$/i;

/** Words after a code that say it is a status: "404 page", "200 response", "404's", "503 status code". */
const TALK_SUF =
  /^(?:'?s\b|\s*(?:-\s*)?(?:responses?|status|error|page|handler|redirect(?:s|ed|ions?)?|exception|code|repl(?:y|ies)|route|http(?!\/\d))\b)/i;
const PLURAL_SUF = /^\s*(?:responses|redirects|redirections|replies)\b/i;
const COUNT_PRE = /\b(?:after|every|each|than|over|under|first|last|about|around|to|only|least|most|per|max(?:imum)?|min(?:imum)?|limit|until|next|all)\s+$|\b(?:min(?:imum)?|max(?:imum)?|total|number|lots?|couple|dozens?|hundreds?|thousands?|millions?)\s+of\s+$/i;
/** A response or error type named after the code: "(e.g., 400 ErrorResponse with ...)", "a 404 NotFoundException". */
const TYPE_SUF = /^\s+[A-Z][A-Za-z]*(?:Response|Error|Exception|Result)\b/;
/** Plural nouns after a code count only after words that pick out kinds ("handlers for 404 and 405 exceptions"), not amounts ("500 errors fixed"). */
const TALK_PLURAL_SUF = /^\s*(?:responses|statuses|errors|pages|handlers|redirects|exceptions|codes|replies|routes|links)\b/i;
/** "A `404` is returned", "a 201 is sent back": the passive, after an article or a status word only ("a list of 300 is returned" is a count). */
const PASSIVE_SUF = /^\s+(?:is|was|will\s+be|gets?)\s+(?:returned|sent(?:\s+back)?|raised|thrown|emitted)\b/i;
const PASSIVE_PRE = /(?:^|\b(?:an?|the|HTTP|status|code)\s+)$/i;
/** An article right before a number makes it a kind, not an amount: "the 404 keeps", "a 500 errors page". */
const ARTICLE_END = /\b(?:the|a|an|this|that)\s+$/i;
/** A list item's start: "- 502 errors" names a kind, as a heading does (with a plural of statuses). */
const LIST_ITEM_PRE = /^\s*(?:[-*+]|\d{1,2}[.)])\s+[`*_]{0,2}$/;
const STATUS_PLURAL_SUF = /^\s*(?:responses|statuses|errors|redirects|codes|replies)\b/i;
/** A verb that acts on a kind ("Fix 404 links", "handle 503 errors"); after one, a round figure names a kind of error or response only ("fixed 300 links" counts). */
const KIND_VERB_END = /\b(?:fix(?:e[sd])?|fixing|handl(?:es?|ed|ing)|avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|catch(?:es|ing)?|caught|ignor(?:es?|ed|ing)|skip(?:s|ped|ping)?|suppress(?:es|ed|ing)?|resolv(?:es?|ed|ing))\s+$/i;
// (KIND_PRE holds those verbs too.)
const KIND_PRE = /\b(?:for|on|of|in|to|the|any|all|no|these|those|with|and|or|like|as|fix(?:e[sd])?|fixing|handl(?:es?|ed|ing)|avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|catch(?:es|ing)?|caught|ignor(?:es?|ed|ing)|skip(?:s|ped|ping)?|suppress(?:es|ed|ing)?|resolv(?:es?|ed|ing))\s+$/i;
/** Other codes listed with this one: "404 and 405", "404, 410 or 451", "401/403", "304/1xx", "401 rather than 400". */
const LIST_ONE_SUF = /^\s*(?:,\s*(?:and\b|or\b)?|\band\b|\bor\b|\brather\s+than\b|\binstead\s+of\b|\/|&)\s*`?(?:\d{3}|[1-5]xx)`?(?!\w|\.\d)/i;
const LIST_ONE_PRE = /(?<![\w.])`?(?:\d{3}|[1-5]xx)`?\s*(?:,\s*(?:and|or|not)?|\band|\bor|\bbut\s+not|\brather\s+than|\binstead\s+of|\/|&)\s*$/i;

/** The suffix without the codes listed after this one (at most 8). */
function stripListSuf(suf: string): string {
  for (let k = 0; k < 8; k++) {
    const m = LIST_ONE_SUF.exec(suf);
    if (!m) break;
    suf = suf.slice(m[0].length);
  }
  return suf;
}

/** The prefix without the codes listed before this one (at most 8; each test on the last 24 characters). */
export function stripListPre(pre: string): string {
  for (let k = 0; k < 8; k++) {
    const tail = pre.slice(-24);
    const m = LIST_ONE_PRE.exec(tail);
    if (!m) break;
    pre = pre.slice(0, pre.length - tail.length + m.index);
  }
  return pre;
}

const MARKUP_PRE = /(?:[+*_`]{1,2}|\{|<(?:tt|code|b|strong|em|i)>)$/i;
const MARKUP_SUF = /^(?:[+*_`]{1,2}|\}|<\/(?:tt|code|b|strong|em|i)>)/i;
const DEFAULTS_PRE = /\bdefaults?\s+(?:to|is)\s+$/i;
/** The same, or a docblock's `(DEFAULT: 500)`: where a measure's default is no status. */
const MEASURE_DEFAULTS_PRE = /\bdefaults?(?:\s+(?:to|is)\s+|\s*:\s*)$/i;
/** A line whose default is a measure. */
const DEFAULT_MEASURE_LINE = /\b(?:(?:milli)?seconds?|secs?|minutes?|ms|timeouts?|times?\s+out|bytes?|size|length|limit|maximum|count|retries|port)\b/i;
/** "is a valid HTTP status code", "is an error response", "was the status": a code said to be a status. */
const IS_A_STATUS_SUF = /^\s+(?:is|was|are)\s+(?:not\s+)?(?:an?\s+|the\s+)?(?:(?:valid|invalid|standard|common|successful|redirect(?:ion)?|client|server|error|HTTP|generic|final|expected|default)\s+){0,3}(?:status(?:\s+code)?|response(?:\s+code)?|reply(?:\s+code)?|(?:error\s+)?code)\b/i;
/** A line that names status codes as such. */
const STATUS_CODE_WORDS = /\bstatus\s+codes?\b|\bHTTP\s+status(?:es)?\b/i;
/** Words that make a line about HTTP. */
const HTTP_NOUNS = /\b(?:GET|POST|PUT|DELETE|PATCH|HTTP|requests?|responses?|redirect\w*|status|headers?|body|cach\w*|url|uri|server|client|error[\s_-]?codes?)\b/i;
/** HEAD and OPTIONS in capitals only: "the skip and limit options", "the head of the list" say nothing of HTTP. */
const HTTP_METHODS = /\b(?:HEAD|OPTIONS)\b/;
const HTTP_WORDS = { test: (text: string): boolean => HTTP_METHODS.test(text) || HTTP_NOUNS.test(text) };

/** Numbers in prose that are measures, not statuses: "500 ms", "200 lines". */
const MEASURE_SUF = /^\s*(?:ms|milliseconds?|seconds?|secs?|s\b|minutes?|mins?|hours?|days?|bytes?|[kmg]i?b\b|px|%|lines?|chars?|characters|items?|rows?|times|users|requests|records|words|pages|x\b|\/\s*(?:s|sec|second|m|min|minute|h|hr|hour|d|day)s?\b)/i;

/** A number before a limit it counts: "the 100 route limit", "a 500 request cap". */
const LIMIT_SUF = /^\s+[a-z]+\s+(?:limits?|caps?|quota|maximum)\b/i;

/** Nouns before a list of numbers that make them counts or references: "lines 200 and 201", "issues 301 and 302". */
const LIST_NOUN_PRE = /(?:\b(?:lines?|issues?|items?|rows?|pages?|steps?|ports?|bytes|between|from|to|and|PRs?|tickets?|sections?|chapters?|versions?|v|rfcs?|sizes?|of|by|x)|#|[<>=+])\s*$/i;

/** The codes listed with this one ("307 & 308", "301 and 302") are HTTP codes of its own class (both redirects). */
function sameClassList(code: string, pre: string, suf: string, restPre: string, restSuf: string): boolean {
  const before = pre.slice(restPre.length);
  const after = suf.slice(0, suf.length - restSuf.length);
  // Words join them ("307 & 308", "301 and 302", "401/403"), not the bare commas of a value (`"200,201"`).
  const joined = /\band\b|\bor\b|&|\/|,\s/;
  if (!joined.test(before) && !joined.test(after)) return false;
  const listed = `${before} ${after}`;
  const others = listed.match(/(?<![\w.])\d{3}(?![\w.])/g) ?? [];
  // Not a data list ("[60,300,300,3600]") nor one code repeated.
  if (!others.length || LIST_NOUN_PRE.test(restPre) || /(?:\d\s*,|[\[({])\s*$/.test(restPre)) return false;
  if (new Set([code, ...others]).size < 2) return false;
  return [code, ...others].every((n) => n[0] === code[0] && n[0] !== '1' && lookup('http', n).kind === 'found');
}

/** Statuses compared in words before a code: "errors greater than", "responses above", "status codes of at least". */
const STATUS_COMPARED_PRE = /(?<![\w-])(errors?|responses?|status(?:es)?|(?:status\s+)?codes?)\s+(?:(?:greater|higher|larger|less|lower|smaller)\s+than(?:\s+or\s+equal\s+to)?|above|below|of\s+at\s+least)$/i;

/** Codes alone joined by slashes, then a word for them: "301/302/303 status codes", "401/403 responses". */
function slashedCodes(pre: string, suf: string): boolean {
  const before = /(?:^|[\s(`*])((?:\d{3}\/)+)$/.exec(pre);
  const after = /^(?:\/\d{3})*/.exec(suf)![0];
  const rest = suf.slice(after.length);
  const codes = `${before?.[1] ?? ''}${after}`.match(/\d{3}/g) ?? [];
  if ((!before && !after) || /^[\d\/]/.test(rest) || new Set(codes).size !== codes.length) return false;
  return /^\s*(?:status(?:\s+codes?)?|codes|responses|redirects|errors)\b/i.test(rest);
}

/** A short or long option of a command before a number (`-n `, `--retries=`), not one named for a status (`--expect-status 200`). */
const CLI_OPTION_PRE = /(?:^|\s)(?:-[a-zA-Z]|--(?![\w-]*(?:status|code))[a-z][\w-]*=?)\s*$/;

/** Whether the words around a number in prose make it a status (the caller checks the code is known). */
export function talksStatus(pre: string, suf: string, line = '', code = ''): boolean {
  // A signed number (`+100`), not rdoc's `+200+`; a string of a figure over itself (`'300/300'`, a score or a count of a total; not "returned 200/200").
  if (pre.endsWith('+') && !suf.startsWith('+')) return false;
  if (code && ((!/\w\s*$/.test(pre) && suf.startsWith(`/${code}`) && QUOTE_CHARS.includes(suf[code.length + 1] ?? '')) || (QUOTE_CHARS.includes(suf[0] ?? '') && pre.endsWith(`${code}/`) && QUOTE_CHARS.includes(pre[pre.length - code.length - 2] ?? '')))) return false;
  // A command line's option value: `ab -c 100 -n 500 http://127.0.0.1:3000/`, `--max-redirs 300`; numbers an RFC heads (`RFC 070–071, 201–203, 206`).
  if (CLI_OPTION_PRE.test(pre) || RFC_LIST_PRE.test(pre)) return false;
  // Markup around the code: rdoc `+200+`, `*404*`, `<tt>403</tt>`, `<code>404</code>`.
  pre = pre.replace(MARKUP_PRE, '');
  suf = suf.replace(MARKUP_SUF, '');
  // A plural of the code: "return 404s", "`429`s honor `retry_after`" (a round "500s" may be seconds).
  if (code && /^s(?![\w'’-])/.test(suf) && !ROUND_CODE.test(code) && !/[\d.]\s*$/.test(pre) && !AMOUNT_PRE.test(pre.slice(-40)) && !TIME_PRE.test(pre)) return true;
  if (MEASURE_SUF.test(suf) || LIMIT_SUF.test(suf)) return false;
  const restSuf = stripListSuf(suf);
  const restPre = stripListPre(pre);
  // A row of figures: HAProxy's CSV `3,100,100,2639994,...` (the list goes on past the codes).
  if ((restSuf !== suf && /^\s*,\s*\d/.test(restSuf)) || (restPre !== pre && /\d\s*,\s*$/.test(restPre))) return false;
  // Figures joined by slashes beyond the codes: HAProxy's counters `205/202/202/115/3`, a date `200/12/31`.
  // (Not codes alone joined so before a status word: "the 301/302/303 status codes".)
  if (((/^\/\d/.test(restSuf) && (restSuf !== suf || /^\/\d+\/\d/.test(restSuf))) || (/\d\/$/.test(restPre) && (restPre !== pre || /\d\/\d+\/$/.test(restPre)))) && !slashedCodes(pre, suf)) return false;
  // Codes listed together in a line about HTTP: "(404, 500) fresh cached GET response", "301/302 POST drops the body".
  if ((restSuf.length !== suf.length || restPre.length !== pre.length) && HTTP_WORDS.test(line)) return true;
  // A run of four codes or more, of two classes or more, every one a known status: "#   200, 203, 300, 301, 302, 307, 404 & 410.",
  // "# catch any 403, 404, 500, 502, 503, 504" (three not round at least: `[201,300] ... [100,200]` are bounds).
  if (code && (restSuf.length !== suf.length || restPre.length !== pre.length) && listedCodeRun(`${pre.slice(restPre.length)}${code}${suf.slice(0, suf.length - restSuf.length)}`, restPre)) return true;
  // Codes of one class listed together, even without a word about HTTP: "// 307 & 308 mainly", "301 and 302 are ambiguous".
  if (code && (restSuf.length !== suf.length || restPre.length !== pre.length) && sameClassList(code, pre, suf, restPre, restSuf)) return true;
  // "(defaults to 403)" in a line about HTTP; "Defaults to 100." elsewhere is a count.
  // Not when the line speaks of a measure: "Number of seconds a request times out. Defaults to 300."
  if (DEFAULTS_PRE.test(restPre) && HTTP_WORDS.test(line) && !DEFAULT_MEASURE_LINE.test(line)) return true;
  if (MEASURE_SUF.test(restSuf)) return false;
  // "handle 100 of pages", "returns 200 of the items": an amount of something.
  if (/^\s+of\s+[a-z]/i.test(restSuf)) return false;
  // A plural noun names kinds after a list of codes ("304/204/1xx responses") or a word that picks them out.
  const listed = restSuf.length !== suf.length || restPre.length !== pre.length;
  // An exception mapped to a code (`<see cref="ForbiddenAccessException"/> → 403`), "if the response of cURL is not 200":
  // tested only when the prefix ends with the arrow or the `not` they need.
  const end = restPre.trimEnd();
  const arrow = end.endsWith('→') || end.endsWith('->') || end.endsWith('=>');
  if (arrow && ARROW_PRE.test(end)) return true;
  // A test named for what a request gets: "authn authz user / -> 403", "deep path => 404" (the code ends the name).
  // (Not a value shown after a comment mark, `x.size # => 200`: that is what an expression evaluates to.)
  // (Before a parenthesis, "→ 400 (unknown field)", on a line about HTTP only.)
  if (arrow && /^[2-5]/.test(code) && (/^\s*(?:['"`),;:]|$)/.test(restSuf) || (/^\s*\(/.test(restSuf) && HTTP_WORDS.test(line))) && !/(?:[\d.]|#|\/\/)\s*(?:->|=>|→)$/.test(end)) return true;
  if (end.endsWith(' not') && NOT_PRE.test(end)) return true;
  // "returns invalid_dpop_proof (400)": what a request gets, its code in parentheses.
  if (/^[2-5]/.test(code) && /^\)/.test(restSuf) && /\b(?:returns|responds\s+with|fails\s+with)\s+[\w.`'"-]+\s+\($/i.test(end)) return true;
  // "errors greater than 500", "responses above 399": statuses compared in words.
  const compared = STATUS_COMPARED_PRE.exec(end);
  if (compared && (/^[45]/.test(code) || (/^[1-5]/.test(code) && !/^errors?$/i.test(compared[1]!)))) return true;
  if (PASSIVE_SUF.test(restSuf) && PASSIVE_PRE.test(restPre)) return true;
  // "non-200 response", "non-200 failures": the hyphenated negation is about a status whatever follows.
  if (end.endsWith('non-') && /(?<![\w-])non-$/i.test(end)) return true;
  // A code in parentheses: after the error class that carries it ("`InvalidHeaderError` (`400`)"), or before a
  // status word ("HTTP Server Timeout (503) response").
  if (end.endsWith('(') && /^\)/.test(restSuf)) {
    const inner = end.slice(0, -1).trimEnd().replace(MARKUP_PRE, '');
    if (/(?:Exception|Error)$/.test(inner)) return true;
    // An error named after the code's phrase: "`AppError::Forbidden` (403)", "`HttpStatus.NOT_FOUND` (404)".
    if (code && namedForCode(inner, code)) return true;
    // "the default redirection code (302)", "an HTTP status (503)".
    if (/\b(?:status|code|redirect\w*|response)$/i.test(inner)) return true;
    if (TALK_SUF.test(restSuf.slice(1)) && !MEASURE_SUF.test(restSuf.slice(1))) return true;
  }
  // "receive 100 objects", "we get 200 frames": a count of things (a plural that names no kind of status).
  if (COUNT_SUF.test(restSuf) && !ARTICLE_END.test(restPre)) return false;
  // "after 200 responses", "every 300 redirects": a count of responses, not a kind ("headers to 401 responses" is one).
  if (PLURAL_SUF.test(restSuf) && COUNT_PRE.test(restPre) && !(code && !ROUND_CODE.test(code) && /\bto\s+$/i.test(restPre))) return false;
  // "on 401 with a refresh token", "fails on 503": a code no round figure is, after "on"; not "based on 301", nor a number
  // before another ("people on 505 to update to 506": versions).
  if (code && !ROUND_CODE.test(code) && ON_PRE.test(restPre) && !ON_NOT_PRE.test(restPre) && !COUNT_SUF.test(restSuf) && !FIGURE_AFTER_SUF.test(restSuf)) return true;
  // What the code is said to be: "`200` is a valid HTTP status code", "404 is a client error response".
  if (IS_A_STATUS_SUF.test(suf)) return true;
  // An HTTP exception's code after its name: "HTTPException: 401 PyJWTError when token is invalid".
  if (/\bHTTP\w*(?:Exception|Error)\s*:\s*$/i.test(pre)) return true;
  // The start of a class in a line about statuses: "`500` and above are for server errors".
  if (/^[*_`]{0,3}\s+(?:and|or)\s+(?:above|up|higher|over)\b/i.test(suf) && HTTP_LINE_WORDS.test(line) && !DEFAULT_MEASURE_LINE.test(line)) return true;
  // A bound of a range of statuses: "a client error (>= 400, < 500) HTTP status code".
  if (/(?:[<>]=?|[≤≥])\s*$/.test(restPre) && STATUS_CODE_WORDS.test(line)) return true;
  // TALK_PRE ends with blanks: test it only on a prefix that does (a cheap guard on lines of numbers).
  return (/\s$/.test(restPre) && TALK_PRE.test(restPre)) || TALK_SUF.test(restSuf) || TYPE_SUF.test(restSuf) || (TALK_PLURAL_SUF.test(restSuf) && (listed || (KIND_PRE.test(restPre) && (!ROUND_CODE.test(code) || !KIND_VERB_END.test(restPre) || STATUS_PLURAL_SUF.test(restSuf))) || (LIST_ITEM_PRE.test(restPre) && STATUS_PLURAL_SUF.test(restSuf))));
}


/** Words before a number in mail code that make it no reply code: sizes, timeouts, limits, ports. */
const SMTP_NOT_PRE = /(?:\((?:char|byte|sbyte|u?short|uint8_t|u8|int8_t)\)|(?:Array|range|repeat|times|sleep|setTimeout|setInterval|alloc\w*|delay|wait\w*|timeout\w*|\w*(?:string|buffer|bytes)\w*|pad\w*|substr\w*|slice)\s*\([^()]{0,60}|timeout|sleep|delay|size|length|len|limit|max\w*|min\w*|port|width|height|count|retries|interval|wait|bytes|buffer|lines?|offset|index|version|range|[*+\/<>-])['"]?\s*[:=(,]?\s*$/i;
const SMTP_NOT_SUF = /^\s*(?:ms\b|s\b|sec|seconds|bytes|[kmg]b\b|px|%|\*|\/|\+|-\s*\d|\.\d|octets)/i;

/** A number in mail code that reads as a reply code: not a size, timeout or limit (the caller checks the code is known). */
export function smtpDocumentNumber(pre: string, suf: string): boolean {
  return !SMTP_NOT_PRE.test(pre) && !SMTP_NOT_SUF.test(suf);
}

/** Words that make a line of prose about HTTP, for a common code that stands alone in it ("the 404 must not inherit the header"). */
const HTTP_LINE_WORDS =
  /\b(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|HTTPS?|https?|requests?|responses?|respond\w*|redirect\w*|status(?:es)?|headers?|body|bodiless|content|server|client|proxy|upstream|endpoint|route[sr]?|handler|middleware|catcher|retry|retried|upgrade|fetch|api|url|uri|errors?|exception|fail(?:s|ed|ure)?|abort\w*|repl(?:y|ies))\b/;
/** Words before a number that make it a count, a measure or a reference ("after 200", "up to 500", "issue 404", "port 443"). */
const AMOUNT_PRE =
  /(?:\b(?:after|every|each|than|over|under|first|last|about|around|approximately|up\s+to|only|least|most|per|max(?:imum)?|min(?:imum)?|limit|until|next|all|top|within|lines?|issues?|items?|rows?|pages?|steps?|ports?|bytes|PRs?|pull\s+requests?|tickets?|sections?|chapters?|versions?|v|rfcs?|sizes?|by|x|length|width|height|timeouts?|delays?|sleep|wait|ids?|number|no\.?|take[sn]?|took|costs?|scored?|exceed(?:s|ed|ing)?|in|at)\s*[:=]?\s*|[#$@%+*^&<>=~\\\/:.\w-])$/i;
/** "200+ concurrent requests": a count and more of things (not "500+ responses", "500+ with backoff"; AsciiDoc's `+200+` is markup). */
const countAndMore = (pre: string, suf: string): boolean => suf.startsWith('+') && !pre.endsWith('+') && (COUNT_SUF.test(suf.slice(1)) || /^\s+[a-z]+\s+(?!(?:responses|redirects|errors|statuses|codes|pages)\b)[a-z]{2,}s\b/i.test(suf.slice(1)));
const SQL_SIZE_PRE = /\b(?:n?var)?(?:char|binary)\s*\(\s*$|\b(?:decimal|numeric)\s*\(\s*$/i;
/** A plural noun after a number counts things ("500 tests", "200 connections"); the plurals of statuses are kinds. */
const COUNT_SUF = /^\s+(?!(?:is|was|has|does|this|its|as|us|yes|responses|redirects|links|redirections|replies|errors|statuses|codes|pages|handlers|exceptions|routes|status|success|access|class|process|address|less|unless|plus|across|bonus|miss|pass|means|indicates|signals|says|tells)\b)[a-z]{2,}s\b/i;

/** Numbers an RFC heads: `RFC 070–071, 201–` (not one RFC's number before a code: "per RFC 7231 404 means ..."). */
const QUOTE_CHARS = `'"\``;
const RFC_LIST_PRE = /\bRFCs?\s+\d{1,4}(?:\s*[–,-]\s*\d{1,4})*\s*[–,-]\s*$/i;
const IN_URL_PRE = /\bhttps?:\/\/[^\s'"`<>)]*$/;

/**
 * A common code alone in prose on a line about HTTP: "// 307 keeps the redirect as POST", "'propagates the allow
 * header in case of 405'", "Only the 404 catcher should trigger"; not a count, measure or reference. With `words`
 * false the line need not be about HTTP (the caller has another reason: a code no amount is, in a comment).
 */
export function httpLineCode(pre: string, suf: string, words = true): boolean {
  // Inside a URL (`css2?family=Exo+2:wght@300;400;600`): a URL's path asks for a status by its own rules.
  if (CLI_OPTION_PRE.test(pre) || IN_URL_PRE.test(pre) || RFC_LIST_PRE.test(pre) || countAndMore(pre, suf)) return false;
  pre = pre.replace(MARKUP_PRE, '');
  suf = suf.replace(MARKUP_SUF, '');
  if (AMOUNT_PRE.test(pre.slice(-40)) && !/[("'`[]\s*$/.test(pre)) return false;
  // A column's size: `TypeName = "varchar(500)"`.
  if (SQL_SIZE_PRE.test(pre)) return false;
  if (/^(?:[.,:\/-]\d|[\w%]|\(\d)/.test(suf)) return false;
  if (MEASURE_SUF.test(suf) || LIMIT_SUF.test(suf)) return false;
  // "The page size we want to request, defaults to 500": the default of a measure.
  if (MEASURE_DEFAULTS_PRE.test(pre) && DEFAULT_MEASURE_LINE.test(`${pre} ${suf}`)) return false;
  // "500 errors fixed" is an amount; "handlers for 404 errors", "the 404 pages" are kinds.
  if (TALK_PLURAL_SUF.test(suf) && !KIND_PRE.test(pre) && !ARTICLE_END.test(pre)) return false;
  // "500 tests" counts; "the 404 keeps", "// 307 keeps the redirect" (the code as the subject) does not.
  if (COUNT_SUF.test(suf) && !ARTICLE_END.test(pre) && !/^(?:\s*(?:\/\/+|#+|\*|\/\*+|--)\s*)?$/.test(pre)) return false;
  // The words around it (the rule's window: a long or minified line is not read whole for every number).
  const near = `${pre} ${suf}`;
  // A line of numbers (a message full of figures, a data row in a string) says nothing of any one of them.
  if ((near.match(/(?<![\w.])\d{2,}(?![\w])/g)?.length ?? 0) > 3) return false;
  return !words || HTTP_LINE_WORDS.test(near.replace(/(?<![\w.])\d+(?![\w])/g, ' '));
}

/** A list item or table cell that opens with a number: "- `402 Request Failed` - ...", "`201`- If ...". */
const DOC_ITEM_PRE = /^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+|\|\s*)?(?:\*\*|__)?$/;
/** What follows: a dash or colon, or a title-case name and its closing mark before one. */
const DOC_ITEM_SUF = /^(?:(?:`|\*\*|__)?\s*(?:[-–—:]\s|\|)|\s+[A-Z][A-Za-z']*(?:\s+[A-Z][A-Za-z']*){0,3}(?:`|\*\*|__)\s*(?:[-–—:|]|$))/;

/**
 * A code that opens an item of a list of codes in a document (a definition after it), marked up when no list mark
 * leads it, on a line about HTTP that speaks of no measure: "- `402 Request Failed` - parameters were valid but
 * request failed", "`201`- If the controller operation leads to creation of a resource ... response code".
 */
export function docItemCode(pre: string, suf: string, line: string, start: number): boolean {
  if (!DOC_ITEM_PRE.test(pre) || !DOC_ITEM_SUF.test(suf)) return false;
  if (!/[-*+|.)]\s*(?:\*\*|__)?$/.test(pre) && !/[`*_]/.test(line[start - 1] ?? '')) return false;
  const words = line.replace(/(?<![\w.])\d+(?![\w])/g, ' ');
  return HTTP_LINE_WORDS.test(words) && !DEFAULT_MEASURE_LINE.test(words);
}

/** Round codes are round amounts too ("a 500 ms budget", "the 200 best"): after an article they count only where a sentence ends. */
const ROUND_CODE = /^[1-5]00$/;
const SENTENCE_END_SUF = /^\s*(?:[.,;:!?)'"`]|$)/;

/**
 * A common code right after an article in prose: "// This should lead to a 404", "iterate until a 404 is
 * retrieved", "should be a 404:"; the article makes the number a kind of response, not an amount, unless a
 * measure, limit or plural count follows ("a 401 seconds", "the 404 users").
 */
export function articleCode(pre: string, suf: string, code: string): boolean {
  pre = pre.slice(-40).replace(MARKUP_PRE, '');
  suf = suf.replace(MARKUP_SUF, '');
  // (The article is the last word: the test reads the prefix's end only.)
  if (!ARTICLE_END.test(pre.slice(-16)) || /^(?:[.,:\/-]\d|[\w%-])/.test(suf)) return false;
  if (MEASURE_SUF.test(suf) || LIMIT_SUF.test(suf) || COUNT_SUF.test(suf)) return false;
  return !ROUND_CODE.test(code) || SENTENCE_END_SUF.test(suf);
}

/** Where a comment starts in the text before a number: after the last `//`, `#` or `/*` (the whole text when none). */
function commentBody(pre: string): string {
  const at = Math.max(pre.lastIndexOf('//'), pre.lastIndexOf('#'), pre.lastIndexOf('/*'));
  return at < 0 ? pre : pre.slice(at + 1);
}

/**
 * A code in a comment that says something about it: words of its own around it (not `# 404` after a line of code,
 * which is a bare number), no key it is the value of (`"id": 201` in an example), no compound (`a 401-seat hall`), and no amount or reference before
 * it once the other codes listed with it are set aside ("see lines 200 and 201").
 */
export function commentTalksCode(pre: string, suf: string): boolean {
  const body = commentBody(pre.slice(-120));
  if ((`${body} ${suf.slice(0, 60)}`.match(/[A-Za-z]{2,}/g)?.length ?? 0) < 2) return false;
  if (/[\w'"\\]\s*[:=]\s*$/.test(body) || /^-[A-Za-z]/.test(suf)) return false;
  return httpLineCode(stripListPre(pre), suf, false);
}

