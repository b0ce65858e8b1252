// What the insertion needs to know of a source file, per language family: its code without
// strings and comments (so that braces and keywords in them count for nothing), where a position
// sits (the top level, a class body, a function body), and its style (line endings, indentation
// unit, quotes). A table per family, rough on purpose: no parser, but no regex per framework.
import type { Family } from './parts';

interface Lexical {
  line: string;
  block?: [string, string];
  /** Quote characters that open a string; `raw` ones have no escapes. */
  quotes: string;
  raw?: string;
  /** Triple-quoted strings (Python; Java text blocks). */
  triple?: boolean;
}

const LEXICAL: Record<Family, Lexical> = {
  python: { line: '#', quotes: `'"`, triple: true },
  ruby: { line: '#', quotes: `'"` },
  js: { line: '//', block: ['/*', '*/'], quotes: `'"\``, raw: '' },
  go: { line: '//', block: ['/*', '*/'], quotes: `'"\``, raw: '`' },
  java: { line: '//', block: ['/*', '*/'], quotes: `'"`, triple: true },
  csharp: { line: '//', block: ['/*', '*/'], quotes: `'"` },
};

export interface Masked {
  /** The text with every string's contents and every comment blanked (newlines kept, same length). */
  code: string;
  /** How many string literals open with `'` and with `"` (not counting triple-quoted ones). */
  single: number;
  double: number;
}

/** Blanks strings and comments, keeping offsets and line breaks. */
export function mask(text: string, family: Family): Masked {
  const lx = LEXICAL[family];
  const out = text.split('');
  let single = 0;
  let double = 0;
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (text.startsWith(lx.line, i)) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (lx.block && text.startsWith(lx.block[0], i)) {
      const end = text.indexOf(lx.block[1], i + 2);
      const stop = end < 0 ? text.length : end + lx.block[1].length;
      blank(i, stop);
      i = stop;
    } else if (lx.quotes.includes(c)) {
      const triple = lx.triple && text.startsWith(c.repeat(3), i);
      const close = triple ? c.repeat(3) : c;
      const raw = lx.raw?.includes(c) || (family === 'csharp' && text[i - 1] === '@');
      let j = i + close.length;
      while (j < text.length && !text.startsWith(close, j)) {
        if (text[j] === '\\' && !raw) j++;
        else if (text[j] === '\n' && !triple && c !== '`') break;
        j++;
      }
      if (!triple && c === "'") single++;
      if (!triple && c === '"') double++;
      blank(i + close.length, Math.min(j, text.length));
      i = Math.min(j + close.length, text.length);
    } else i++;
  }
  return { code: out.join(''), single, double };
}

export type ScopeKind = 'top' | 'member' | 'body';

type Frame = 'class' | 'function' | 'open' | 'other';

const CONTROL = /^(?:\}\s*)?(?:else\s+)?(?:if|else|for|foreach|while|switch|try|catch|finally|do|select|lock|using|unsafe|checked|synchronized|static|case|default)\b/;

/** What a `{` opens, from the code before it back to the previous `;`, `{` or `}`. */
function frameOf(head: string): Frame {
  const h = head.trim();
  const lastLine = h.slice(h.lastIndexOf('\n') + 1).trim();
  if (/\b(?:class|interface|enum|record|trait)\s+\w+[^(){};=]*$/.test(h) || /\bstruct\s*$/.test(h)) return 'class';
  if (/\b(?:namespace|module)\s+[\w.]+\s*$/.test(h)) return 'open';
  if (CONTROL.test(h) || CONTROL.test(lastLine)) return 'open';
  if (/=>\s*$/.test(h) || /\bfunction\b[^{]*$/.test(h) || /\bfunc\b/.test(h)) return 'function';
  if (/\)\s*(?::\s*[^{}()=;]+|throws\s+[\w.,\s]+|[\w<>[\]*.,?\s]*)?$/.test(h)) return 'function';
  return 'other';
}

/** The frames (kinds of `{`) open at `offset` of brace-language code, outermost first. */
function bracesAt(code: string, offset: number): Array<{ frame: Frame; open: number }> {
  const stack: Array<{ frame: Frame; open: number }> = [];
  let boundary = 0;
  for (let i = 0; i < offset && i < code.length; i++) {
    const c = code[i];
    if (c === '{') {
      stack.push({ frame: frameOf(code.slice(boundary, i)), open: i });
      boundary = i + 1;
    } else if (c === '}') {
      stack.pop();
      boundary = i + 1;
    } else if (c === ';') boundary = i + 1;
  }
  return stack;
}

/**
 * Where the expression `offset` sits in starts, when it sits inside one (inside a call's
 * parentheses, a list, a dict or object literal that spans lines): the outermost bracket opened
 * since the innermost block. Undefined at a statement's own level.
 */
export function expressionStart(family: Family, code: string, offset: number): number | undefined {
  const stack: Array<{ at: number; expression: boolean }> = [];
  let boundary = 0;
  for (let i = 0; i < offset && i < code.length; i++) {
    const c = code[i]!;
    if (c === '(' || c === '[') stack.push({ at: i, expression: true });
    else if (c === '{') {
      stack.push({ at: i, expression: byIndentation(family) || frameOf(code.slice(boundary, i)) === 'other' });
      boundary = i + 1;
    } else if (c === ')' || c === ']' || c === '}') {
      stack.pop();
      if (c === '}') boundary = i + 1;
    } else if (c === ';') boundary = i + 1;
  }
  let start: number | undefined;
  for (let k = stack.length - 1; k >= 0 && stack[k]!.expression; k--) start = stack[k]!.at;
  return start;
}

/** The offset of the `}` that closes the `{` at `open`, or undefined. */
export function matchingBrace(code: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return i;
  }
  return undefined;
}

export interface Line {
  start: number;
  /** End of the line's text, before `\r\n` or `\n`. */
  end: number;
  text: string;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

export const indentOf = (line: string): string => /^[ \t]*/.exec(line)![0];
export const isBlank = (line: string): boolean => line.trim() === '';

const INDENTED_HEADERS: Partial<Record<Family, Array<[RegExp, Frame]>>> = {
  python: [
    [/^\s*(?:async\s+)?def\b/, 'function'],
    [/^\s*class\b/, 'class'],
  ],
  ruby: [
    [/^\s*def\b/, 'function'],
    [/^\s*class\b/, 'class'],
  ],
};

/** Families whose blocks are their indentation (Python) or that are read by it (Ruby's `end`s). */
export const byIndentation = (family: Family): boolean => family === 'python' || family === 'ruby';

const width = (indent: string): number => indent.replace(/\t/g, '        ').length;

/**
 * Where code indented by `indent` on line `index` (a line that is, or would be, there) sits: in a
 * function's body, in a class body, or at the top level (blocks such as `if` or `namespace` do
 * not count). Masked lines are read, so a brace or a `def` in a string is no block.
 */
export function scopeAt(family: Family, maskedLines: readonly Line[], index: number, indent: string, offset: number, code: string): ScopeKind {
  if (byIndentation(family)) {
    let threshold = width(indent);
    for (let k = index - 1; k >= 0 && threshold > 0; k--) {
      const line = maskedLines[k]!.text;
      if (isBlank(line)) continue;
      const w = width(indentOf(line));
      if (w >= threshold) continue;
      threshold = w;
      const frame = INDENTED_HEADERS[family]!.find(([re]) => re.test(line))?.[1];
      if (frame === 'function') return 'body';
      if (frame === 'class') return 'member';
    }
    return 'top';
  }
  const frames = bracesAt(code, offset);
  if (frames.some((f) => f.frame === 'function')) return 'body';
  const inner = [...frames].reverse().find((f) => f.frame !== 'open');
  return inner?.frame === 'class' ? 'member' : 'top';
}

/** Lines that close a block, so that a line above them is inside it. */
const CLOSERS: Record<Family, RegExp | undefined> = {
  python: undefined,
  ruby: /^\s*(?:end|else|elsif|rescue|ensure|when)\b/,
  js: /^\s*[})\]]/,
  go: /^\s*[})\]]/,
  java: /^\s*[})\]]/,
  csharp: /^\s*[})\]]/,
};

/** Lines that open a block, so that a line below them is inside it. */
const OPENERS: Record<Family, RegExp> = {
  python: /:\s*$/,
  ruby: /(?:^\s*(?:def|class|module|if|unless|while|until|case|begin|for)\b.*|\bdo(?:\s*\|[^|]*\|)?)\s*$/,
  js: /[{([]\s*$/,
  go: /[{([]\s*$/,
  java: /[{([]\s*$/,
  csharp: /[{([]\s*$/,
};

export const opensBlock = (family: Family, line: string): boolean => OPENERS[family].test(line);
export const closesBlock = (family: Family, line: string): boolean => !!CLOSERS[family]?.test(line);

/** The indentation for new code above masked line `index` (that line is kept below it). */
export function indentAbove(family: Family, lines: readonly Line[], index: number, unit: string): string {
  for (let k = index; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (isBlank(t)) continue;
    return CLOSERS[family]?.test(t) ? indentOf(t) + unit : indentOf(t);
  }
  // At the end of a Python file, an unindented blank line is the top level, whatever came last.
  return family === 'python' ? '' : indentBelow(family, lines, index - 1, unit);
}

/** The indentation for new code below masked line `index`. */
export function indentBelow(family: Family, lines: readonly Line[], index: number, unit: string): string {
  for (let k = index; k >= 0; k--) {
    const t = lines[k]!.text;
    if (isBlank(t)) continue;
    return OPENERS[family].test(t) ? indentOf(t) + unit : indentOf(t);
  }
  return '';
}

/** The file's line ending. */
export const eolOf = (text: string): '\n' | '\r\n' => (/\r\n/.test(text) ? '\r\n' : '\n');

/**
 * The file's indentation unit: tabs when most indented lines start with one, else the most
 * common step between a line and a deeper one after it; undefined when nothing is indented.
 */
export function indentUnitOf(lines: readonly Line[]): string | undefined {
  let tabs = 0;
  let spaces = 0;
  const steps = new Map<number, number>();
  let previous = 0;
  for (const l of lines) {
    if (isBlank(l.text)) continue;
    const ind = indentOf(l.text);
    if (ind.startsWith('\t')) tabs++;
    else if (ind) spaces++;
    const w = ind.includes('\t') ? -1 : ind.length;
    if (w > previous && previous >= 0) steps.set(w - previous, (steps.get(w - previous) ?? 0) + 1);
    previous = w;
  }
  if (tabs > spaces) return '\t';
  const best = [...steps].filter(([n]) => n >= 2 && n <= 8).sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? ' '.repeat(best[0]) : undefined;
}
