// One mechanism for several codes in one place: a number inside a collection (list, set, tuple,
// array, a `|` union), or one arm of a ternary (`ok ? 200 : 404`, `404 if missing else 204`),
// takes its meaning from the context the whole collection or conditional stands in. `lift`
// removes the collection (or the conditional) around a candidate and gives the text before and
// after it, so the ordinary context rules can judge `status in `, `res.status(`, `].includes(code)`.
//
// Bounds: the scanners walk the (bounded) prefix and suffix slices once; the regexes are anchored.

/** A literal element: `404`, `'404'`, `"404"`. */
const ELEM_BACK = /(?<![\w.$])(['"]?)\d{3}\1\s*$/;
const ELEM_FWD = /^\s*(['"]?)\d{3}\1(?![\w.])/;
/** A type name in a union: `DeprecatedStatusCode`. */
const IDENT_BACK = /(?<![\w.$])[A-Za-z_$][\w$]{0,38}\s*$/;
const IDENT_FWD = /^\s*[A-Za-z_$][\w$]{0,38}(?![\w$.(<])/;

/** Constructors around a collection, left of its opener: `Set.of(`, `setOf(`, `new Set([`, `frozenset({`, `%w[`, `[]int{`, `array(`, SQL's `ANY (` before a row list. */
const CONSTRUCTOR =
  /(?:(?<![\w$])new\s+[\w.$]+(?:<[^<>()]{0,40}>)?(?:\s*\[\s*\])?\s*\(?|(?:(?<![\w$])[A-Z][\w$]*\.(?:of|asList|copyOf|from)|(?<![\w$.])(?:setOf|listOf|arrayOf|mutableSetOf|mutableListOf|hashSetOf|frozenset|set|tuple|array|list|vec!|Set|List|ANY)|%[wiWI]|\[\]\s*\w+|\[\d*\]\s*\w+|\w+\s*\[\s*\])\s*\(?)\s*$/;

export interface Lifted {
  /** The text before the collection or conditional (its context). */
  pre: string;
  /** The text after it. */
  suf: string;
  /** What was lifted. */
  kind: 'collection' | 'conditional' | 'range';
  /** A range's upper bound (`299` of `200..299`). */
  upper?: boolean;
}

/** Skips `404, ` / `404 | ` elements backwards from the end of `pre`; returns the new end and how many. */
function elemsBack(pre: string): { end: number; n: number; sep: boolean } {
  let end = pre.length;
  let n = 0;
  for (let guard = 0; guard < 40; guard++) {
    let j = end;
    while (j > 0 && /\s/.test(pre[j - 1]!)) j--;
    const ch = pre[j - 1];
    if (ch !== ',' && !(ch === '|' && pre[j - 2] !== '|')) break;
    const numFrom = Math.max(0, j - 15);
    const num = ELEM_BACK.exec(pre.slice(numFrom, j - 1));
    let start = num ? numFrom + num.index : -1;
    if (start < 0 && ch === '|') {
      // A `|` union may hold type names too: `304 | DeprecatedStatusCode | 307`.
      const idFrom = Math.max(0, j - 41);
      const id = IDENT_BACK.exec(pre.slice(idFrom, j - 1));
      if (id) start = idFrom + id.index;
    }
    if (start < 0) break;
    end = start;
    n++;
  }
  return { end, n, sep: n > 0 };
}

/** Skips `, 404` / ` | 404` elements forwards from the start of `suf`; returns the new start. */
function elemsFwd(suf: string): { start: number; n: number } {
  let start = 0;
  let n = 0;
  for (let guard = 0; guard < 40; guard++) {
    let j = start;
    while (j < suf.length && /\s/.test(suf[j]!)) j++;
    const ch = suf[j];
    if (ch !== ',' && !(ch === '|' && suf[j + 1] !== '|')) break;
    const m = ELEM_FWD.exec(suf.slice(j + 1, j + 14)) ?? (ch === '|' ? IDENT_FWD.exec(suf.slice(j + 1, j + 42)) : null);
    if (!m) break;
    start = j + 1 + m[0].length;
    n++;
  }
  return { start, n };
}

const OPEN_FOR: Record<string, string> = { ']': '[', ')': '(', '}': '{' };

/** A word list of codes, its opener right before the codes: Ruby `%w[404 422 500]`, Perl `qw(404 500)`. */
const WORDS_PRE = /(?:%[wWiI]|(?<![\w$])qw\s*)([[({/])\s*(?:(?:\d{3}\s+){0,20})$/;
const WORDS_SUF = /^(?:\s+\d{3}(?![\w.])){0,20}\s*([\])}/])/;
const CLOSE_FOR: Record<string, string> = { '[': ']', '(': ')', '{': '}', '/': '/' };

function liftWords(pre: string, suf: string): Lifted | undefined {
  const from = Math.max(0, pre.length - 90);
  const p = WORDS_PRE.exec(pre.slice(from));
  if (!p) return undefined;
  const s = WORDS_SUF.exec(suf);
  if (!s || CLOSE_FOR[p[1]!] !== s[1]) return undefined;
  return { pre: pre.slice(0, from + p.index), suf: suf.slice(s[0].length), kind: 'collection' };
}

/** The collection around the candidate: its elements, opener and closer, and constructors. */
function liftCollection(pre: string, suf: string): Lifted | undefined {
  if (pre.includes('%', pre.length - 90) || pre.includes('qw', pre.length - 90)) {
    const words = liftWords(pre, suf);
    if (words) return words;
  }
  const back = elemsBack(pre);
  const fwd = elemsFwd(suf);
  let end = back.end;
  while (end > 0 && /\s/.test(pre[end - 1]!)) end--;
  // SQL's row list opens with a keyword inside its parenthesis: `ANY (VALUES '400', '401')`.
  const values = /(?<![\w$])VALUES\s*$/i.exec(pre.slice(0, end).slice(-16));
  if (values) for (end -= values[0].length; end > 0 && /\s/.test(pre[end - 1]!); ) end--;
  const opener = pre[end - 1];
  let start = fwd.start;
  while (start < suf.length && /\s/.test(suf[start]!)) start++;
  const closer = suf[start];
  if (opener && (opener === '[' || opener === '(' || opener === '{') && closer && OPEN_FOR[closer] === opener) {
    // `[200, 201]`, `(307, 308)`, `{354: ...}` is no collection (a key): the closer must follow the elements.
    let outerPre = pre.slice(0, end - 1);
    let outerSuf = suf.slice(start + 1);
    for (let k = 0; k < 2; k++) {
      // A constructor is short: look at the last 60 characters only.
      const tail = outerPre.slice(-60);
      const m = CONSTRUCTOR.exec(tail);
      if (!m || !m[0].trim()) break;
      const opened = m[0].trimEnd().endsWith('(') || m[0].trimEnd().endsWith('{');
      outerPre = outerPre.slice(0, outerPre.length - tail.length + m.index);
      if (opened) outerSuf = outerSuf.replace(/^\s*[)}]/, '');
      // `new Set([`: the `(` before the `[` opener.
      const again = /[({]\s*$/.exec(outerPre);
      if (!again || !CONSTRUCTOR.test(outerPre.slice(Math.max(0, again.index - 60), again.index))) break;
      outerSuf = outerSuf.replace(/^\s*[)}]/, '');
      outerPre = outerPre.slice(0, again.index);
    }
    if (back.n + fwd.n === 0 && opener === '(' && !/(?:\bin|\bof|,|=|\()\s*$|\s(?:in|of)\s*$/.test(outerPre) && !/^\s*\./.test(outerSuf)) {
      // `f(404)` is a call, not a collection of one.
      return undefined;
    }
    return { pre: outerPre, suf: outerSuf, kind: 'collection' };
  }
  // A union without brackets: `300 | 301 | 302`, `case 404, 410` is the switch rule's.
  const pipes = (back.sep && pre.slice(back.end).includes('|')) || (fwd.n > 0 && suf.slice(0, fwd.start).includes('|'));
  if (pipes) return { pre: pre.slice(0, back.end), suf: suf.slice(fwd.start), kind: 'collection' };
  return undefined;
}

/** The start of a ternary's condition, walking back from its `?` at `q`: after `(`, `=`, `,`, `:`, `return`. */
export function conditionStart(pre: string, q: number): number | undefined {
  let depth = 0;
  for (let i = q - 1, seen = 0; i >= 0 && seen < 100; i--, seen++) {
    const ch = pre[i]!;
    if (ch === ')' || ch === ']') depth++;
    else if (ch === '(' || ch === '[') {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0) {
      // A `?` ending a word is Ruby's predicate (`request.safe? ? 304 : 412`), not another conditional.
      if (ch === ',' || ch === ';' || ch === '{' || (ch === '?' && !/[\w)]/.test(pre[i - 1] ?? ''))) return i + 1;
      if (ch === ':' && pre[i - 1] !== ':' && pre[i + 1] !== ':') return i + 1;
      if (ch === '=' && !/[=!<>]/.test(pre[i - 1] ?? '') && pre[i + 1] !== '=' && pre[i + 1] !== '>') return i + 1;
      if (ch === 'n' && /(?<![\w$])return$/.test(pre.slice(Math.max(0, i - 5), i + 1))) return i + 1;
    }
  }
  return undefined;
}

const PY_ELSE_PRE = /(?<![\w.$])(['"]?)\d{3}\1\s+if\s+[^;:]{1,80}?\s+else\s+$/;
const PY_IF_SUF = /^\s+if\s+[^;:]{1,80}?\s+else\s+(['"]?)\d{3}\1(?![\w.])/;
/** The other arm: a code, or a name (`options.status === undefined ? 200 : options.status`); the context of the whole judges. */
const TERNARY_ALT_PRE = /(?<![?.])\?\s*(?:(['"]?)\d{3}\1|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*:\s*$/;
const TERNARY_ALT_SUF = /^\s*:\s*(?:(['"]?)\d{3}\1(?![\w.])|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?=\s*(?:[,;)\]}]|$)))/;

/** One arm of a conditional: `cond ? 200 : 404`, `404 if missing else 204`. */
function liftConditional(pre: string, suf: string): Lifted | undefined {
  // Python conditional expression.
  const pe = PY_ELSE_PRE.exec(pre);
  if (pe) {
    return { pre: pre.slice(0, pe.index), suf, kind: 'conditional' };
  }
  const ps = PY_IF_SUF.exec(suf);
  if (ps) return { pre, suf: suf.slice(ps[0].length), kind: 'conditional' };
  // C-family ternary.
  let q: number | undefined;
  let outerSuf = suf;
  const alt = TERNARY_ALT_PRE.exec(pre);
  if (alt) q = alt.index;
  else {
    const t = /\?\s*$/.exec(pre);
    const s = TERNARY_ALT_SUF.exec(suf);
    if (t && s && pre[t.index - 1] !== '?') {
      q = t.index;
      outerSuf = suf.slice(s[0].length);
    }
  }
  if (q === undefined) return undefined;
  const from = conditionStart(pre, q);
  if (from === undefined) return undefined;
  return { pre: pre.slice(0, from), suf: outerSuf, kind: 'conditional' };
}

/** A range's operator between its bounds: Ruby/Rust/Kotlin/Swift `..`, `...`, `..=`, `..<`, Kotlin `until`. */
const RANGE_OP = String.raw`(?:\.\.[.=<]?|\s+until\s+)`;
const RANGE_LOWER_PRE = new RegExp(String.raw`(?<![\w.$])\d{3}\s*${RANGE_OP}\s*$`);
const RANGE_UPPER_SUF = new RegExp(String.raw`^\s*${RANGE_OP}\s*\d{3}(?![\w.])`);

/** A bound of a range: `(300..400).contains(&s)`, `code in 200..299`, `when 400..599`; the range in brackets is one thing. */
export function liftRange(pre: string, suf: string): Lifted | undefined {
  // Cheap first: a bound has `.`, `=`, `<` or `until` right before it, or `.` or `until` right after it.
  let i = pre.length - 1;
  while (i >= 0 && (pre[i] === ' ' || pre[i] === '\t')) i--;
  const last = pre[i];
  // (The lower bound stands right before: the last 24 characters hold it, and the one before them is tested.)
  const from = Math.max(0, pre.length - 24);
  const found = last === '.' || last === '=' || last === '<' || last === 'l' ? RANGE_LOWER_PRE.exec(pre.slice(from)) : null;
  const lower = found && !/[\w.$]/.test(pre[from + found.index - 1] ?? '') ? found : null;
  let j = 0;
  while (j < suf.length && (suf[j] === ' ' || suf[j] === '\t')) j++;
  const upper = lower || (suf[j] !== '.' && suf[j] !== 'u') ? undefined : RANGE_UPPER_SUF.exec(suf);
  if (!lower && !upper) return undefined;
  let outerPre = lower ? pre.slice(0, from + lower.index) : pre;
  let outerSuf = upper ? suf.slice(upper[0].length) : suf;
  const open = /\(\s*$/.exec(outerPre);
  const close = /^\s*\)/.exec(outerSuf);
  if (open && close && !/[\w$]\(\s*$/.test(outerPre)) {
    outerPre = outerPre.slice(0, open.index);
    outerSuf = outerSuf.slice(close[0].length);
  }
  return { pre: outerPre, suf: outerSuf, kind: 'range', upper: !!lower };
}

/** The context of a candidate seen through the collection, range or conditional around it, if any. */
export function lift(pre: string, suf: string): Lifted | undefined {
  const range = liftRange(pre, suf);
  if (range) return range;
  const col = liftCollection(pre, suf);
  if (col) return liftConditional(col.pre, col.suf) ?? col;
  return liftConditional(pre, suf);
}
