// Structure of YAML/JSON documents, for rules that need the lines above: an OpenAPI status key
// (`'404':`, `"404": {`) counts only when its parent key is `responses`.

/** How far up the parent of a key is looked for. */
const MAX_UP = 400;

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n++;
  return n;
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

/** A branch of a switch/match: `case 404:`, `case 404, 410:`, `when 404`, `404 =>`, `404 ->`, `404 | 410 =>`. */
export const CASE_PRE = /^\s*(?:case|when)\s+(?:['"]?\d{3}['"]?\s*(?:,|\||\bor\b)\s*)*['"]?$|^\s*(?:\d{3}\s*\|\s*)*$/;
export const CASE_SUF = /^['"]?\s*(?:[:,|]|=>|->|\bthen\b|$)/;
const BRANCH_SUF = /^['"]?\s*(?:\||=>|->)/;

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
  for (let n = context.line - 1, seen = 0; n >= 0 && seen < 60; n--, seen++) {
    const line = context.lineAt(n);
    if (line === undefined) return undefined;
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
  for (let n = context.line - 1, seen = 0; n >= 0 && seen < 200; n--, seen++) {
    const line = context.lineAt(n);
    if (line === undefined || !line.includes('|')) return undefined;
    if (/^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/.test(line)) return context.lineAt(n - 1);
  }
  return undefined;
}
