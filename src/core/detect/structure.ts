// Structure of YAML/JSON documents, for rules that need the lines above: an OpenAPI status key
// (`'404':`, `"404": {`) counts only when its parent key is `responses`.

/** How far up the parent of a key is looked for. */
const MAX_UP = 400;

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n++;
  return n;
}

type Doc = { line: number; lineAt(n: number): string | undefined };

/** The lines above `context.line`, nearest first, at most `limit`, stopping where the document gives none. */
function* linesAbove(context: Doc, limit: number): Generator<string> {
  for (let n = context.line - 1, seen = 0; n >= 0 && seen < limit; n--, seen++) {
    const line = context.lineAt(n);
    if (line === undefined) return;
    yield line;
  }
}

/** A line that opens nothing: blank, a comment, only closing brackets. */
function isFiller(line: string): boolean {
  return /^\s*(?:$|#|\/\/|[\]}),]+\s*$)/.test(line);
}

/**
 * Whether the key on line `context.line` sits directly under a `responses` key (YAML by
 * indentation, pretty-printed JSON by indentation too). Unknown (no parent found within
 * MAX_UP lines): true, so that a fragment still gets its hovers.
 */
export function hasResponsesParent(context: { line: number; lineAt(n: number): string | undefined }): boolean {
  const own = context.lineAt(context.line);
  if (own === undefined) return true;
  const indent = indentOf(own);
  if (indent === 0) return false;
  for (let n = context.line - 1, seen = 0; n >= 0 && seen < MAX_UP; n--, seen++) {
    const line = context.lineAt(n);
    if (line === undefined) return true;
    if (isFiller(line)) continue;
    const i = indentOf(line);
    if (i >= indent) continue;
    return /^\s*['"]?responses['"]?\s*:/.test(line);
  }
  return true;
}

/** A branch of a switch/match: `case 404:`, `case 404, 410:`, `when 404`, `404 =>`, `404 ->`, `404 | 410 =>`, Kotlin's `in 200..299 ->` (a range lifted). */
const CASE_PRE = /^\s*(?:case|when)\s+(?:['"]?\d{3}['"]?\s*(?:,|\||\bor\b)\s*)*['"]?$|^\s*(?:!?in\s+)?(?:\d{3}\s*\|\s*)*$/;
const CASE_SUF = /^['"]?\s*(?:[:,|)]|=>|->|\bthen\b|$)/;
/** A branch without a `case` keyword: Rust/Kotlin `404 =>` / `404 ->`, shell `404)` (the caller checks the switch is a shell `case ... in`). */
const BRANCH_SUF = /^['"]?\s*(?:\||=>|->|\))/;

/** Whether the suffix fits the kind of branch the prefix starts (`404 =>` needs an arrow). */
export function caseBranch(pre: string, suf: string): boolean {
  if (!CASE_PRE.test(pre) || !CASE_SUF.test(suf)) return false;
  return /^\s*(?:case|when)\b/.test(pre) || BRANCH_SUF.test(suf);
}

/** A line that opens a switch over a value: `switch (res.status) {`, `match resp.status_code:`, `case response.code`, `when (status) {`. */
const SWITCH_HEAD = /^\s*(?:switch|match|select)\b|\bmatch\s*(?:\{|$)|\bwhen\s*\(|^\s*case\s+(?!['"]?\d)[^:]*$/;

/**
 * What a switch branch `case 404:` on line `context.line` switches over: the head of the
 * switch within 60 lines above, classified by `classify` (HTTP status identifier, SMTP code ...).
 */
export function switchSubject<T>(context: { line: number; lineAt(n: number): string | undefined }, classify: (head: string) => T | undefined): T | undefined {
  const own = context.lineAt(context.line);
  if (own === undefined) return undefined;
  const indent = indentOf(own);
  for (const line of linesAbove(context, 60)) {
    if (isFiller(line)) continue;
    if (indentOf(line) > indent) continue;
    if (SWITCH_HEAD.test(line)) return classify(line);
    if (indentOf(line) < indent && !/^\s*(?:case|when|default)\b|[{(]\s*$/.test(line)) return undefined;
  }
  return undefined;
}

/** A markdown table cell holding only a number: `| 404 | Not found |`. */
export const TABLE_CELL_PRE = /^\s*\|?(?:[^|]*\|)*\s*$/;
export const TABLE_CELL_SUF = /^\s*\|/;

/**
 * The header row of the markdown table a row on line `context.line` belongs to (the row above
 * its `|---|` separator), or undefined.
 */
export function tableHeader(context: { line: number; lineAt(n: number): string | undefined }): string | undefined {
  let top: string | undefined;
  let n = context.line - 1;
  for (let seen = 0; n >= 0 && seen < 200; n--, seen++) {
    const line = context.lineAt(n);
    if (line === undefined || !line.includes('|')) break;
    if (/^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/.test(line)) return context.lineAt(n - 1);
    top = line;
  }
  // A table with no separator row (`Status | Meaning` over `404 | Not found`): its first row, if it holds no figure
  // (and is the first: the walk ended on a line without `|` or at the document's start, not at its cap).
  const ended = n < 0 || !(context.lineAt(n) ?? '').includes('|');
  return ended && top !== undefined && !/\d/.test(top) ? top : undefined;
}

/**
 * What names the column of a reST list table's cell on line `context.line` (`   * - 401` under `.. list-table:: Error
 * response codes`): the header row's cell at the same index (the first `* -` row), else the directive's title when the
 * table's header row is not in view; undefined outside a list table.
 */
export function listTableTitle(context: { line: number; lineAt(n: number): string | undefined }): string | undefined {
  // The cell's index: its `-` items back to its row's `* -`.
  let index = 0;
  for (let n = context.line; n >= 0 && context.line - n < 40; n--) {
    const item = /^\s*(\*\s+)?-\s/.exec(context.lineAt(n) ?? '');
    if (!item) continue;
    if (item[1]) break;
    if (n < context.line) index++;
  }
  for (let n = context.line - 1, seen = 0; n >= 0 && seen < 200; n--, seen++) {
    const line = context.lineAt(n);
    if (line === undefined) return undefined;
    const m = /^\s*\.\.\s+list-table::(.*)$/.exec(line);
    if (m) {
      const head: string[] = [];
      for (let k = n + 1; k < context.line && k < n + 40; k++) {
        const cell = /^\s*(\*\s+)?-\s+(.*)$/.exec(context.lineAt(k) ?? '');
        if (!cell) continue;
        if (cell[1] && head.length) break;
        head.push(cell[2]!);
      }
      return head.length ? head[index] : m[1];
    }
    // The table's own lines are indented (or blank); a line at the margin ends the search.
    if (line.trim() !== '' && !/^\s/.test(line)) return undefined;
  }
  return undefined;
}

/**
 * The header cell over an HTML table cell on its own line (`  <td>400` under `<th>HTTP Status`): the cells of its row
 * before it are counted up to the row's `<tr>`, then the header row's `<th>` cell at that index; undefined when none.
 */
export function htmlColumnHeader(context: { line: number; lineAt(n: number): string | undefined }): string | undefined {
  let cells = 0;
  let n = context.line - 1;
  for (; n >= 0 && context.line - n <= 80; n--) {
    const line = context.lineAt(n) ?? '';
    if (/<th\b/i.test(line)) return cells === 0 ? headerCells(line).pop() : undefined;
    // (A line may hold several cells, and the row's `<tr>` with its first.)
    cells += line.match(/<td\b/gi)?.length ?? 0;
    if (/<tr\b/i.test(line)) break;
  }
  // The header row above: its `<th>` cells, in order (a cell's text may stand on the lines under its `<th>`).
  const rows: string[] = [];
  for (n--; n >= 0 && context.line - n <= 80; n--) {
    const line = context.lineAt(n) ?? '';
    if (/<th\b/i.test(line) || (rows.length && !/<\/?(?:tr|thead|table)\b/i.test(line))) rows.unshift(line);
    else if (rows.length || /<\/?table\b/i.test(line)) break;
  }
  return headerCells(rows.join(' '))[cells];
}

/** The header cells of an HTML text, `<th>` by `<th>`. */
function headerCells(text: string): string[] {
  return text.split(/<th\b/i).slice(1);
}

/** A `@pytest.mark.parametrize("path,expected_status", [` header (its names string may be on the next line). */
const PARAMETRIZE_RE = /\bparametrize\s*\(\s*(?:(?:argnames\s*=\s*)?(['"])([^'"]*)\1)?/;
const NAMES_LINE_RE = /^\s*(?:argnames\s*=\s*)?(['"])([^'"]*)\1\s*,/;
/** A parameter name that holds a status (HTTP, or SMTP in mail code). */
const STATUS_PARAM_RE = /^(?:expected_?|exp_?|want_?|resp(?:onse)?_?)?(?:status(?:_?code)?|code|http_?status|status_?int|reply_?code)$/i;

/**
 * The column of a test table row that holds a status: the row on line `context.line` is in a
 * `parametrize` call whose names string names a status (`"value,code"`, `"path,expected_status"`).
 * Returns the 0-based index of that name, or undefined.
 */
export function parametrizeStatusColumn(context: { line: number; lineAt(n: number): string | undefined }): number | undefined {
  for (let n = context.line - 1, seen = 0; n >= 0 && seen < 80; n--, seen++) {
    const line = context.lineAt(n);
    if (line === undefined) return undefined;
    const m = PARAMETRIZE_RE.exec(line);
    if (!m) continue;
    const names = m[2] ?? NAMES_LINE_RE.exec(context.lineAt(n + 1) ?? '')?.[2];
    if (names === undefined) return undefined;
    const i = names.split(',').findIndex((x) => STATUS_PARAM_RE.test(x.trim()));
    return i < 0 ? undefined : i;
  }
  return undefined;
}

/** The 0-based element index of column `at` in the tuple a table row opens with: `("/x", 404, {...})` -> 1 at 404. */
export function tupleIndex(row: string, at: number): number | undefined {
  const open = /^\s*[([]/.exec(row);
  if (!open) return undefined;
  let depth = 0;
  let index = 0;
  let quote = '';
  for (let i = open[0].length; i < at && i < 2000; i++) {
    const ch = row[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) return undefined;
      depth--;
    } else if (ch === ',' && depth === 0) index++;
  }
  return depth === 0 && !quote ? index : undefined;
}

/** A parent that keys its children by status: `responses:`, `response: {`, `responses={`, `statusTexts = {`, `'status_count': {`. */
const STATUS_PARENT_RE = /(?:^|[\s{(,])['"]?(?:responses?|[\w$]*status(?:es|_?codes?|_?texts?|_?messages?|_?map|_?counts?|_?stats)?|[\w$]*(?:StatusCodes|StatusTexts|Statuses)|reply_?codes|replies|[\w$]*(?:redirect|http|response)_?codes|code_?map|(?:[\w$]*_)?(?:reason_?)?phrases)['"]?\s*(?:[:=]|=>)\s*(?:[\w$.]+\s*\(\s*)?[{[(]?\s*$/i;

const IMPORT_RE = /^\s*(?:import|from|package|using|use|require|#include)\b|\brequire\s*\(/;

/**
 * For a key line `  404: {` in code: whether its parent (the nearest line above with less
 * indentation) keys by status. `undefined` when the document gives no parent.
 */
export function statusKeyParent(context: { line: number; lineAt(n: number): string | undefined }): boolean | undefined {
  const own = context.lineAt(context.line);
  if (own === undefined) return undefined;
  const indent = indentOf(own);
  for (const line of linesAbove(context, MAX_UP)) {
    if (isFiller(line)) continue;
    if (indentOf(line) >= indent) continue;
    // File-level lines (imports) are no parent: the key's own parent is not in view.
    if (IMPORT_RE.test(line)) return undefined;
    return STATUS_PARENT_RE.test(line.replace(/\s*(?:#|\/\/).*$/, ''));
  }
  return undefined;
}

/** The nearest line above with less indentation (a member's parent key), or undefined. */
export function parentLine(context: Doc): string | undefined {
  const own = context.lineAt(context.line);
  if (own === undefined) return undefined;
  const indent = indentOf(own);
  if (indent === 0) return undefined;
  for (const line of linesAbove(context, 60)) if (!/^\s*$/.test(line) && indentOf(line) < indent) return line.length <= 300 ? line : undefined;
  return undefined;
}

/** A line that closes a call's argument spread over lines, then goes on: `        ], 401);`, `    }, 500)`. */
export const CLOSING_LINE_RE = /^\s*[\]})]+\s*,/;

/**
 * The line that opens what a closing line (CLOSING_LINE_RE) closes: the nearest line above at its
 * indentation or less, when it ends with an opener (`JsonResponse([`, `res.json({`). Undefined when a
 * line at that indentation ends otherwise first.
 */
export function closedOpener(context: Doc): string | undefined {
  const own = context.lineAt(context.line);
  if (own === undefined) return undefined;
  const indent = indentOf(own);
  for (const line of linesAbove(context, 60)) {
    if (/^\s*$/.test(line) || indentOf(line) > indent) continue;
    // (A comment after the opener is cut; `//` and `#` without a blank before them belong to the code: `fetch('http://x', {`, `this.#send(`.)
    return line.length <= 300 && OPENER_END_RE.test(line) ? line.replace(/\s+(?:\/\/|#)\s.*$/, '') : undefined;
  }
  return undefined;
}

/** A line that holds only elements of a list: `        503,`, `  404, 410,`, `  500]`. */
export const ELEMENT_LINE_RE = /^\s*(?:['"]?\d{3}['"]?\s*,\s*){0,20}['"]?\d{3}['"]?\s*,?\s*(?:[\])}][\s,;)\]}]*)?(?:(?:\/\/|#).*)?$/;
const OPENER_END_RE = /[[({]\s*(?:(?:\/\/|#).*)?$/;

/**
 * The line that opens the list an element line on `context.line` belongs to: the nearest line above
 * with less indentation, when it ends with `[`, `(` or `{` (other element lines in between are skipped).
 * Returns it without a trailing comment, or undefined.
 */
export function listOpener(context: { line: number; lineAt(n: number): string | undefined }): string | undefined {
  const own = context.lineAt(context.line);
  if (own === undefined) return undefined;
  const indent = indentOf(own);
  for (const line of linesAbove(context, 60)) {
    if (isFiller(line) || (indentOf(line) >= indent && ELEMENT_LINE_RE.test(line))) continue;
    // The opener may sit at the same indentation (a file whose indentation was cut or is flat).
    if (indentOf(line) > indent || !OPENER_END_RE.test(line)) return undefined;
    return line.replace(/\s*(?:\/\/|#).*$/, '');
  }
  return undefined;
}
