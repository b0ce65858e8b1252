// Regular-expression pieces shared by the detection rules.
//
// Linearity: every rule regex is run only on a bounded slice of the line (the text just
// before or after a candidate, at most PREFIX_LEN / SUFFIX_LEN characters), is anchored
// (`$` on prefixes, `^` on suffixes) and contains no nested unbounded quantifiers over
// overlapping character sets, so a test costs at most O(slice²) steps with a small slice.

/** How much of the line before a candidate the rules look at. */
export const PREFIX_LEN = 160;
/** How much of the line after a candidate the rules look at. */
export const SUFFIX_LEN = 120;

/**
 * Identifiers that hold an HTTP status: `status`, `statusCode`, `status_code`, `StatusCode`,
 * `http_status`, `responseCode`, `getStatus()`, `getStatusCodeValue()`, and any name ending in
 * `_status_code` / `StatusCode` / `_http_status` / `HttpStatus` (matched case-insensitively).
 */
export const HTTP_IDENT = String.raw`(?:[a-z_$][\w$]*?(?:_status_code|StatusCode|_http_status|HttpStatus|ResponseStatus|_response_status|_statuses|Statuses|_http_code|HttpCode|_http_error_code|HttpErrorCode|_response_code|ResponseCode)|status(?:_?code)?(?:_?value)?|http_?status(?:_?code)?|http_\w*_status(?:_?code)?|http_?error_?code|http_?code|response_?code|response_?status|res_?status|resp?_?status|rsp_?status|res_?code|resp_?code|rsp_?code|mock_?(?:status_?)?code|mock_?status|rcode|result_?code|(?:upstream|downstream|origin|backend|target|elb|proxy|final|last|sc)[_-]?status(?:[_-]?code)?|get_?status(?:_?code)?(?:_?value)?|get_?response_?code|status_int|expected_?status(?:_?code)?|expect_?status|(?:want(?:ed)?|exp(?:ect(?:ed)?)?)_?(?:http_?)?(?:status(?:_?code)?|code))`;

/** Identifiers that hold an SMTP reply code wherever they occur. */
export const SMTP_IDENT = String.raw`(?:smtp_?(?:code|status(?:_?code)?|reply(?:_?code)?|response_?code|error_?code)|reply_?code|get_?reply_?code)`;

/** Identifiers that hold an SMTP reply code in SMTP code (a line or a document about mail). */
export const SMTP_MODE_IDENT = String.raw`(?:code|return_?code|error_?code|get_?return_?code|response_?code|last_?code)`;

/** What may follow an identifier before the operator: a closing quote or bracket, `()`, `.value()`, `.getCode()`, a conversion (`?.toInt()`, `.to_i`, `.intValue()`), `.should`. */
export const IDENT_TAIL = String.raw`\\?['"]?\]?(?:\(\))?(?:!!)?(?:\??\.(?:value|code|getCode|getValue|as_u16|toInt|to_i|intValue|rawValue|Value)(?:\(\))?)?(?:\.should)?`;

/** Comparison and assignment operators between an identifier and a value. */
export const OPS = String.raw`(?:\|\|=|\?\?=|===?|!==?|<>|<=?|>=?|=>|:=|=|:|\bis(?:\s+not)?\b|\beq\b|\beql\b|\bne\b|-eq|-ne)`;

/** One argument of a call as it appears before the candidate: no bare parens/brackets, one level of [], two of () and {} (`abort_if(is_null($request->user()), 401)`). */
export const ARGS = String.raw`(?:[^()\[\]{}]|\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\]|\{(?:[^{}]|\{[^{}]*\})*\})*`;

/** An identifier must not continue to the left. */
export const NW = String.raw`(?<![\w$])`;

/** Words that make a line about mail (SMTP) rather than HTTP. */
export const SMTP_LINE_RE =
  /\b(?:e?smtp\w*|postfix|sendmail|exim\d?|qmail|dovecot|mailer(?:-daemon)?|mail(?:box|from|er|q|log)?|dsn|bounced?|deferred|rcpt|ehlo|helo|starttls|mx|postmaster|relay(?:ing|ed)?|smtplib|docmd|nodemailer|textproto|net\/smtp|Diagnostic-Code|Remote-MTA|Reporting-MTA|Final-Recipient|recipients?|sender|envelope|enhanced\s+(?:status\s+)?codes?)\b/i;

/** Text after an SMTP reply code that reads like an SMTP reply ("250 OK", "221 Bye", "220 mx ESMTP"). */
export const SMTP_TEXT_RE =
  /^[ -](?:(?:ok|bye|hello|ready|accepted|closing|start mail|end data|go ahead)\b|[^'"`]{0,100}?\b(?:e?smtp|mail(?:box)?|sender|recipients?|relay(?:ing)?|queued|helo|ehlo|rcpt|pipelining|8bitmime|starttls|auth(?:entication)?|postmaster|domain|dsn|size)\b)/i;

/** HTTP request methods (access logs, request lines). */
export const METHODS = String.raw`(?:GET|HEAD|POST|PUT|DELETE|CONNECT|OPTIONS|TRACE|PATCH|PROPFIND|PROPPATCH|MKCOL|COPY|MOVE|LOCK|UNLOCK)`;

/** The prefix C libraries put before their HTTP_ status names: libmicrohttpd's `MHD_HTTP_OK`, nginx's `NGX_HTTP_NOT_FOUND`, libevent's `EVHTTP_`. */
export const HTTP_LIBRARY_PREFIX = /^(?:MHD|NGX|EV)_(?=HTTP_)/;
