// Inserting a snippet into a file that may already have some of it. By where the position sits:
// in an empty file, the whole program; at the top level, the handler (with the setup only when the
// file has none: one `app = Flask(__name__)`), into the file's controller class when the framework
// has one; inside a function body, only the statement that returns the status. The imports the
// inserted code needs and the file lacks are merged into the file's own, once. The text takes the
// file's style: line endings, indentation unit (tabs in Go), quotes. Pure: text in, edits out.
import type { Framework } from './framework';
import { assembleProgram, containedHandler, familyOfLanguage, renderImports, type Family, type SnippetImport, type SnippetParts } from './parts';
import { byIndentation, closesBlock, eolOf, expressionStart, indentAbove, indentBelow, indentOf, indentUnitOf, isBlank, linesOf, mask, matchingBrace, opensBlock, scopeAt, type Line, type ScopeKind } from './source';
import { toPlain, toSnippet } from './template';

export interface InsertStyle {
  eol: '\n' | '\r\n';
  /** The indentation unit: `\t` or some spaces. */
  indent: string;
  quote: '"' | "'";
  /** JavaScript/TypeScript: whether statements end with `;` (a file in the no-semicolon style says no). */
  semicolons: boolean;
}

/** Replace `length` characters at `offset` with `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

export type InsertForm = 'program' | 'handler' | 'member' | 'statement';

export type InsertPlan =
  | {
      ok: true;
      form: InsertForm;
      scope: ScopeKind | 'empty';
      /** Plain edits of the original text (imports, Go's package line), applied first. */
      edits: TextEdit[];
      /** The VS Code snippet body, replacing `length` characters at `offset` of the text after `edits`. */
      snippet: TextEdit;
      /** The snippet's text with every placeholder at its default. */
      plain: string;
    }
  | { ok: false; form: InsertForm; reason: 'no-statement'; message: string };

/** The indentation unit the templates are written in. */
const TEMPLATE_UNIT: Record<Family, number> = { python: 4, js: 2, go: 4, java: 4, csharp: 4, ruby: 2 };

/** Families whose strings may be single-quoted as the file prefers. */
const REQUOTE: ReadonlySet<Family> = new Set(['python', 'js', 'ruby']);

/** The file's style, each field as given or else read from the file. */
export function styleOf(text: string, family: Family, given: Partial<InsertStyle> = {}): InsertStyle {
  const m = mask(text, family);
  const quote = given.quote ?? (REQUOTE.has(family) && m.single > m.double ? "'" : '"');
  const indent = family === 'go' ? '\t' : (indentUnitOf(linesOf(text)) ?? given.indent ?? ' '.repeat(TEMPLATE_UNIT[family]));
  return { eol: given.eol ?? eolOf(text), indent, quote, semicolons: given.semicolons ?? (family !== 'js' || usesSemicolons(m.code)) };
}

/** Whether a file's statements end with `;`: most lines that end one do (a file of a few lines: yes). */
function usesSemicolons(code: string): boolean {
  let ends = 0;
  let withSemicolon = 0;
  for (const line of code.split('\n')) {
    const t = line.trim();
    // Lines that go on (an operator, an opening bracket) or close a block end no statement.
    if (!t || /[{}(,[=+\-*/&|?:.>]$/.test(t)) continue;
    ends++;
    if (t.endsWith(';')) withSemicolon++;
  }
  return ends < 3 || withSemicolon * 4 >= ends;
}

/** Applies edits (non-overlapping offsets of `text`; at one offset, in order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.offset - b.e.offset || a.i - b.i);
  let out = '';
  let last = 0;
  for (const { e } of sorted) {
    out += text.slice(last, e.offset) + e.text;
    last = e.offset + e.length;
  }
  return out + text.slice(last);
}

/**
 * Plans the insertion of `parts` (from renderSnippet) at `offset` of `text`. On a blank line the
 * snippet takes the line; on a line with code it goes above it, or below it when `offset` is at
 * the line's end (after `if x:` or `{`, inside the block).
 */
export function planInsert(text: string, offset: number, framework: Framework, parts: SnippetParts, given: Partial<InsertStyle> = {}): InsertPlan {
  const family = familyOfLanguage(framework.language);
  const style = styleOf(text, family, given);
  const { code } = mask(text, family);
  if (isBlank(text)) {
    const body = restyle(assembleProgram(family, parts), family, style, '');
    return done('program', 'empty', [], { offset: 0, length: text.length, text: body });
  }
  const lines = linesOf(text);
  const masked = linesOf(code);
  const spot = spotAt(family, lines, masked, code, Math.max(0, Math.min(offset, text.length)), style.indent);
  const scope = scopeAt(family, masked, spot.index, spot.indent, spot.at, code);
  const place = framework.place ?? {};
  const edits: TextEdit[] = [];
  const withoutSetup = parts.imports.filter((i) => !i.withSetup);

  if (scope === 'body') {
    if (!parts.statement) return { ok: false, form: 'statement', reason: 'no-statement', message: parts.noStatement ?? `${framework.label} has no statement for this inside a function` };
    edits.push(...importEdits(text, code, family, parts.statementImports ?? withoutSetup, style));
    return finish('statement', scope, spot, parts.statement, 0, 0);
  }

  const handler = renamed(appNamed(parts, text, place.app), text, code, parts);
  if (parts.container && place.container) {
    if (scope === 'member') {
      edits.push(...importEdits(text, code, family, withoutSetup, style));
      return finish('member', scope, spot, handler, 1, 1);
    }
    const end = containerEnd(family, text, code, lines, place.container, spot.at);
    if (end) {
      edits.push(...importEdits(text, code, family, withoutSetup, style));
      const closing: Spot = { index: end.index, at: lines[end.index]!.start, length: 0, indent: end.indent, mode: 'above' };
      return finish('member', 'member', closing, handler, 1, 0);
    }
    edits.push(...importEdits(text, code, family, parts.imports, style));
    // Java allows one public top-level class a file: a second controller beside it is not public.
    const onePublic = family === 'java' && /\bpublic\s+(?:(?:final|abstract)\s+)*(?:class|interface|enum|record)\b/.test(code);
    const container = onePublic && parts.container ? { ...parts, container: { ...parts.container, open: parts.container.open.replace(/\bpublic (class\b)/, '$1') } } : parts;
    return finish('handler', scope, spot, renamed(containedHandler(container), text, code, parts), blankLines(family, 'top'), blankLines(family, 'top'));
  }

  const hasSetup = !parts.setup || (place.app ? place.app.test(text) : false);
  if (parts.head && place.head && !place.head.test(text)) edits.push({ offset: 0, length: 0, text: `${restyle(parts.head, family, style, '')}${style.eol}` });
  edits.push(...importEdits(text, code, family, hasSetup ? withoutSetup : parts.imports, style));
  const gap = blankLines(family, scope);
  const body = hasSetup ? handler : `${parts.setup}${'\n'.repeat(gap)}${handler}`;
  return finish('handler', scope, spot, body, gap, gap);

  function finish(form: InsertForm, at: ScopeKind, s: Spot, part: string, before: number, after: number): InsertPlan {
    const body = restyle(part, family, style, s.indent);
    const snippet = spaced(body, s, lines, masked, family, style.eol, before, after);
    // Where the snippet lands once the edits above it are made.
    const shift = edits.filter((e) => e.offset + e.length <= s.at).reduce((n, e) => n + e.text.length - e.length, 0);
    return done(form, at, edits, { offset: s.at + shift, length: s.length, text: snippet });
  }
}

function done(form: InsertForm, scope: ScopeKind | 'empty', edits: TextEdit[], snippet: TextEdit): InsertPlan {
  return { ok: true, form, scope, edits, snippet: { ...snippet, text: toSnippet(snippet.text) }, plain: toPlain(snippet.text) };
}

/** Python wants two blank lines around a top-level function, one in a class (PEP 8). */
const blankLines = (family: Family, scope: ScopeKind): number => (family === 'python' && scope === 'top' ? 2 : 1);

interface Spot {
  /** The line (of the file, or the one the snippet will be) the scope is read for. */
  index: number;
  /** Where the snippet goes, and how much of a blank line it replaces. */
  at: number;
  length: number;
  indent: string;
  /** `blank`: the snippet takes a blank line; `above`: new lines before the line; `below`: after it. */
  mode: 'blank' | 'above' | 'below';
}

function spotAt(family: Family, lines: readonly Line[], masked: readonly Line[], code: string, offset: number, unit: string): Spot {
  const lineAt = (at: number): number => {
    let k = lines.length - 1;
    while (k > 0 && lines[k]!.start > at) k--;
    return k;
  };
  const spot = lineSpot(family, lines, masked, lineAt(offset), offset, unit);
  // Inside a call or a literal that spans lines (a hover on `status=404,`): above its statement.
  const start = expressionStart(family, code, spot.at);
  if (start === undefined) return spot;
  const index = lineAt(start);
  return { index, at: lines[index]!.start, length: 0, indent: indentOf(lines[index]!.text), mode: 'above' };
}

function lineSpot(family: Family, lines: readonly Line[], masked: readonly Line[], index: number, offset: number, unit: string): Spot {
  const line = lines[index]!;
  if (isBlank(line.text)) {
    const indent = indentOf(line.text) || indentAbove(family, masked, index + 1, unit);
    return { index, at: line.start, length: line.end - line.start, indent, mode: 'blank' };
  }
  const lastCode = line.start + line.text.trimEnd().length;
  if (offset >= lastCode && offset > line.start + indentOf(line.text).length) {
    const indent = indentBelow(family, masked, index, unit);
    // At the start of the next line (an editor indents nothing at column 0), else after this one.
    const next = lines[index + 1];
    return next ? { index: index + 1, at: next.start, length: 0, indent, mode: 'below' } : { index: index + 1, at: line.end, length: 0, indent, mode: 'below' };
  }
  return { index, at: line.start, length: 0, indent: indentAbove(family, masked, index, unit), mode: 'above' };
}

/**
 * Blank lines around the snippet, as many as `before` and `after` ask beyond those already there;
 * none just inside a block (after its `{` or `class X:`, before its `}` or `end`).
 */
function spaced(body: string, s: Spot, lines: readonly Line[], masked: readonly Line[], family: Family, eol: string, before: number, after: number): string {
  const blanksFrom = (k: number, step: number): { n: number; code: boolean } => {
    let n = 0;
    for (; k >= 0 && k < lines.length; k += step, n++) {
      const t = masked[k]!.text;
      if (!isBlank(lines[k]!.text)) return { n, code: !(step < 0 ? opensBlock(family, t) : closesBlock(family, t)) };
    }
    return { n, code: false };
  };
  const content = body.endsWith(eol) ? body.slice(0, -eol.length) : body;
  const line = s.mode === 'below' ? s.index - 1 : s.index;
  const up = s.mode === 'below' ? { n: 0, code: !opensBlock(family, masked[line]!.text) } : blanksFrom(line - 1, -1);
  const down = s.mode === 'above' ? { n: 0, code: !closesBlock(family, masked[line]!.text) } : blanksFrom(line + 1, 1);
  const pre = up.code ? eol.repeat(Math.max(0, before - up.n)) : '';
  const post = down.code ? eol.repeat(Math.max(0, after - down.n)) : '';
  // The file's last line, blank: the file still ends with a line break.
  if (s.mode === 'blank') return `${pre}${content}${post}${s.index === lines.length - 1 ? eol : ''}`;
  if (s.mode === 'below') return s.index < lines.length ? `${pre}${content}${eol}${post}` : `${eol}${pre}${content}${post}`;
  return `${pre}${content}${eol}${post}`;
}

/** The part's text in the file's style: quotes, indentation unit and base, line endings. */
function restyle(part: string, family: Family, style: InsertStyle, base: string): string {
  const quoted = style.quote === "'" && REQUOTE.has(family) ? requote(part, family) : part;
  const unit = TEMPLATE_UNIT[family];
  return (style.semicolons ? quoted : quoted.replace(/;$/gm, ''))
    .split('\n')
    .map((line) => {
      if (!line) return line;
      const n = /^ */.exec(line)![0].length;
      return `${base}${style.indent.repeat(Math.floor(n / unit))}${' '.repeat(n % unit)}${line.slice(n)}`;
    })
    .join(style.eol);
}

/**
 * Double-quoted literals (as jsonString writes them) as single-quoted ones. Ruby's single quotes
 * know only `\\` and `\'`: a literal with another escape keeps its double quotes there.
 */
function requote(part: string, family: Family): string {
  return part.replace(/"((?:[^"\\\n]|\\.)*)"/g, (whole, inner: string) => {
    if (family === 'ruby' && /\\[^"\\#]/.test(inner)) return whole;
    const unescaped = inner.replace(/\\(["#])/g, (m, c: string) => (c === '"' || family === 'ruby' ? c : m));
    return `'${unescaped.replace(/'/g, "\\'")}'`;
  });
}

/** The handler calling the app by the file's own name for it (`application.route`), when the file names it. */
function appNamed(parts: SnippetParts, text: string, app: RegExp | undefined): string {
  const name = app ? app.exec(text)?.[1] : undefined;
  if (!parts.app || !name || name === parts.app) return parts.handler;
  return parts.handler.replace(new RegExp(`(^|[^\\w.$])${parts.app}\\.`, 'gm'), `$1${name}.`);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The part with each name the file already has numbered (`my_endpoint2`, `/endpoint2`). */
function renamed(part: string, text: string, code: string, parts: SnippetParts): string {
  let out = part;
  for (const n of parts.names ?? []) {
    const has = (t: string): boolean => (n.kind === 'id' ? new RegExp(`(?<![\\w$])${escapeRe(t)}(?![\\w$])`).test(code) : text.includes(`"${t}"`) || text.includes(`'${t}'`));
    if (!has(n.text)) continue;
    let k = 2;
    while (has(`${n.text}${k}`)) k++;
    out = n.kind === 'id'
      ? out.replace(new RegExp(`(?<![\\w$])${escapeRe(n.text)}(?![\\w$])`, 'g'), `${n.text}${k}`)
      : out.replace(new RegExp(`(["'])${escapeRe(n.text)}\\1`, 'g'), `$1${n.text}${k}$1`);
  }
  return out;
}

/** The end of the file's container (controller class) nearest above `offset`, else its first. */
function containerEnd(family: Family, text: string, code: string, lines: readonly Line[], pattern: RegExp, offset: number): { index: number; indent: string } | undefined {
  const all = [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].filter((m) => code.slice(m.index!, m.index! + 5).trim());
  const match = all.filter((m) => m.index! <= offset).pop() ?? all[0];
  if (!match) return undefined;
  const lineOf = (at: number): number => lines.findIndex((l) => at <= l.end);
  const head = lines[lineOf(match.index! + match[0].length - 1)]!;
  const unit = styleOf(text, family).indent;
  if (byIndentation(family)) {
    // Ruby: the `end` at the class line's indentation.
    const start = lineOf(match.index! + match[0].length - 1);
    const ind = indentOf(lines[start]!.text);
    for (let k = start + 1; k < lines.length; k++) {
      const t = lines[k]!.text;
      if (!isBlank(t) && indentOf(t).length <= ind.length) return /^\s*end\b/.test(t) ? { index: k, indent: ind + unit } : undefined;
    }
    return undefined;
  }
  const open = code.indexOf('{', match.index! + match[0].length);
  const close = open < 0 ? undefined : matchingBrace(code, open);
  if (close === undefined) return undefined;
  const index = lineOf(close);
  // A class closed on its last member's line (`}}`) has no line of its own to insert above.
  if (code.slice(lines[index]!.start, close).trim()) return undefined;
  return { index, indent: indentOf(head.text) + unit };
}

// ---------------------------------------------------------------------------------------------
// Imports: what the file has, per family, and edits adding what it lacks, once.

function importEdits(text: string, code: string, family: Family, needed: readonly SnippetImport[], style: InsertStyle): TextEdit[] {
  if (!needed.length) return [];
  const lines = linesOf(text);
  const masked = linesOf(code);
  const eol = style.eol;
  const q = (s: string): string => (style.quote === "'" && REQUOTE.has(family) ? requote(s, family) : s);
  switch (family) {
    case 'python':
      return pythonImports(lines, masked, needed, eol);
    case 'js':
      return jsImports(text, code, lines, needed, eol, q);
    case 'go':
      return goImports(lines, masked, needed, eol);
    case 'java':
    case 'csharp':
      return statementImports(family, lines, masked, needed, eol);
    case 'ruby':
      return [];
  }
}

/** New import lines after the last of `last` (a line index), else at `fallback` followed by a blank line. */
function newImportLines(lines: readonly Line[], rendered: string[], last: number, fallback: number, eol: string, blankBefore = false): TextEdit {
  const block = rendered.map((l) => `${l}${eol}`).join('');
  if (last >= 0) {
    const after = lines[last + 1];
    return after ? { offset: after.start, length: 0, text: block } : { offset: lines[last]!.end, length: 0, text: `${eol}${block.slice(0, -eol.length)}` };
  }
  const at = lines[fallback];
  if (!at) return { offset: lines[lines.length - 1]!.end, length: 0, text: `${eol}${eol}${block}` };
  return { offset: at.start, length: 0, text: `${blankBefore ? eol : ''}${block}${isBlank(at.text) ? '' : eol}` };
}

/** The first line after shebang, encoding and comment lines (and Python's module docstring). */
function firstCodeLine(lines: readonly Line[], masked: readonly Line[]): number {
  let k = 0;
  while (k < lines.length && (isBlank(masked[k]!.text) && !isBlank(lines[k]!.text))) k++;
  return k;
}

function pythonImports(lines: readonly Line[], masked: readonly Line[], needed: readonly SnippetImport[], eol: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let last = -1;
  const from = new Map<string, { index: number; names: string[]; single: boolean }>();
  const modules = new Set<string>();
  for (let k = 0; k < lines.length; k++) {
    const m = masked[k]!.text;
    const f = /^from\s+([\w.]+)\s+import\s+(.*)$/.exec(m);
    const i = /^import\s+(.*)$/.exec(m);
    if (f) {
      let names = f[2]!;
      let end = k;
      if (names.includes('(') && !names.includes(')')) {
        while (end + 1 < lines.length && !masked[end]!.text.includes(')')) end++;
        names = masked.slice(k, end + 1).map((l) => l.text).join(' ').replace(/^.*?import\s+/, '');
      }
      const bound = names.replace(/[()\\]/g, ' ').split(',').map((n) => n.trim().split(/\s+as\s+/).pop()!.trim()).filter(Boolean);
      const prior = from.get(f[1]!);
      from.set(f[1]!, { index: prior?.index ?? k, names: [...(prior?.names ?? []), ...bound], single: prior ? prior.single : end === k && !names.includes('(') });
      last = end;
      k = end;
    } else if (i) {
      for (const n of i[1]!.split(',')) modules.add(n.trim().split(/\s+/)[0]!);
      last = k;
    }
  }
  const fresh: string[] = [];
  for (const [module, names] of groupNeeded(needed)) {
    if (!names.length) {
      if (!modules.has(module)) fresh.push(`import ${module}`);
      continue;
    }
    const have = from.get(module);
    const missing = names.filter((n) => !have?.names.includes(n));
    if (!missing.length) continue;
    if (have?.single) {
      const line = lines[have.index]!;
      edits.push({ offset: line.start + masked[have.index]!.text.trimEnd().length, length: 0, text: `, ${missing.join(', ')}` });
    } else fresh.push(`from ${module} import ${missing.join(', ')}`);
  }
  if (fresh.length) edits.push(newImportLines(lines, fresh, last, pythonTop(lines, masked), eol));
  return edits;
}

/** After comment lines and a module docstring. */
function pythonTop(lines: readonly Line[], masked: readonly Line[]): number {
  let k = firstCodeLine(lines, masked);
  if (k < lines.length && /^\s*[rRuU]?("""|''')/.test(lines[k]!.text)) {
    const quote = /("""|''')/.exec(lines[k]!.text)![1]!;
    const rest = lines[k]!.text.slice(lines[k]!.text.indexOf(quote) + 3);
    if (!rest.includes(quote)) while (k + 1 < lines.length && !lines[++k]!.text.includes(quote));
    k++;
    while (k < lines.length && isBlank(lines[k]!.text)) k++;
  }
  return k;
}

function groupNeeded(needed: readonly SnippetImport[]): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const i of needed) {
    const names = groups.get(i.from) ?? [];
    if (i.name && !names.includes(i.name)) names.push(i.name);
    groups.set(i.from, names);
  }
  return [...groups];
}

function jsImports(text: string, code: string, lines: readonly Line[], needed: readonly SnippetImport[], eol: string, q: (s: string) => string): TextEdit[] {
  const edits: TextEdit[] = [];
  const found: Array<{ module: string; type: boolean; names: string[]; close: number }> = [];
  let lastEnd = -1;
  let semicolons = 0;
  let statements = 0;
  // Import declarations and require() calls, at the start of a line.
  const re = /^(?:import\s+(type\s+)?(?:[\w$]+\s*,\s*)?(?:\{([^}]*)\}|\*\s+as\s+[\w$]+|[\w$]+)\s*from\s*|import\s*|(?:const|let|var)\s+(?:\{([^}]*)\}|[\w$]+)\s*=\s*require\(\s*)(['"])([^'"\n]+)\4\)?(\s*;)?/gm;
  for (const m of text.matchAll(re)) {
    if (!code.slice(m.index!, m.index! + 1).trim()) continue;
    statements++;
    if (m[6]) semicolons++;
    const names = (m[2] ?? m[3] ?? '').split(',').map((n) => n.trim().replace(/^type\s+/, '').split(/\s+as\s+|\s*:\s*/).pop()!.trim()).filter(Boolean);
    const braces = m[2] !== undefined ? m.index! + m[0].indexOf('}') : -1;
    found.push({ module: m[5]!, type: !!m[1], names, close: braces });
    lastEnd = m.index! + m[0].length;
  }
  const semi = statements === 0 || semicolons * 2 >= statements ? ';' : '';
  const fresh: SnippetImport[] = [];
  for (const [key, names] of groupNeeded(needed.map((i) => ({ ...i, from: `${i.type ? 'type ' : ''}${i.from}` })))) {
    const type = key.startsWith('type ');
    const module = type ? key.slice(5) : key;
    const missing = names.filter((n) => !found.some((f) => f.module === module && (type || !f.type) && f.names.includes(n)));
    if (!missing.length) continue;
    const into = found.find((f) => f.module === module && f.type === type && f.close >= 0);
    if (into) {
      let k = into.close;
      while (k > 0 && /\s/.test(text[k - 1]!)) k--;
      const empty = text[k - 1] === '{';
      edits.push({ offset: k, length: 0, text: empty ? ` ${missing.join(', ')} ` : text[k - 1] === ',' ? ` ${missing.join(', ')},` : `, ${missing.join(', ')}` });
    } else fresh.push(...missing.map((name) => ({ from: module, name, type })));
  }
  if (fresh.length) {
    const rendered = renderImports('js', fresh).map((l) => q(semi ? l : l.replace(/;$/, '')));
    const lastLine = lastEnd < 0 ? -1 : lines.findIndex((l) => lastEnd <= l.end);
    let top = 0;
    while (top < lines.length && /^(?:#!|\s*(["'])use \w+\1;?\s*$)/.test(lines[top]!.text)) top++;
    edits.push(newImportLines(lines, rendered, lastLine, top, eol, top > 0));
  }
  return edits;
}

function goImports(lines: readonly Line[], masked: readonly Line[], needed: readonly SnippetImport[], eol: string): TextEdit[] {
  const have = new Set<string>();
  let block: { open: number; close: number } | undefined;
  let lastSingle = -1;
  for (let k = 0; k < lines.length; k++) {
    const m = masked[k]!.text;
    if (/^import\s*\(/.test(m)) {
      let end = k;
      while (end < lines.length && !/\)/.test(masked[end]!.text.replace(/^import\s*\(/, ''))) end++;
      block ??= { open: k, close: end };
      for (let j = k; j <= end && j < lines.length; j++) for (const p of lines[j]!.text.matchAll(/"([^"]+)"/g)) have.add(p[1]!);
      k = end;
    } else if (/^import\s/.test(m)) {
      const p = /"([^"]+)"/.exec(lines[k]!.text);
      if (p) have.add(p[1]!);
      lastSingle = k;
    }
  }
  const missing = needed.map((i) => i.from).filter((p, i, all) => !have.has(p) && all.indexOf(p) === i);
  if (!missing.length) return [];
  if (block) {
    const edits: TextEdit[] = [];
    for (const p of missing) {
      let at = block.close;
      for (let j = block.open + 1; j < block.close; j++) {
        const e = /^\s*(?:[\w.]+\s+)?"([^"]+)"/.exec(lines[j]!.text);
        if (e && e[1]! > p) {
          at = j;
          break;
        }
      }
      // An entry on the `import (` line itself (`import ("a"`) is rare: the new one goes on its own line.
      edits.push({ offset: lines[at]!.start, length: 0, text: `\t"${p}"${eol}` });
    }
    return edits;
  }
  if (lastSingle >= 0) return [newImportLines(lines, missing.map((p) => `import "${p}"`), lastSingle, 0, eol)];
  const pkg = masked.findIndex((l) => /^package\s/.test(l.text));
  const rendered = renderImports('go', missing.map((from) => ({ from })), '\t');
  if (pkg < 0) return [{ offset: 0, length: 0, text: `${rendered.map((l) => `${l}${eol}`).join('')}${eol}` }];
  return [{ offset: lines[pkg]!.end, length: 0, text: `${eol}${eol}${rendered.join(eol)}` }];
}

/** Java `import a.b.C;` and C# `using A.B;`: one statement a line, after the package. */
function statementImports(family: 'java' | 'csharp', lines: readonly Line[], masked: readonly Line[], needed: readonly SnippetImport[], eol: string): TextEdit[] {
  const keyword = family === 'java' ? 'import' : 'using';
  const have = new Set<string>();
  let last = -1;
  for (let k = 0; k < lines.length; k++) {
    const m = new RegExp(`^${keyword}\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;`).exec(masked[k]!.text);
    if (m) {
      have.add(m[1]!);
      last = k;
    }
  }
  const present = (i: SnippetImport): boolean => {
    if (have.has(i.from)) return true;
    const pkg = i.from.replace(/\.(?:\*|\w+)$/, '');
    if (!i.from.endsWith('.*')) return have.has(`${pkg}.*`);
    return !!i.uses?.length && i.uses.every((n) => have.has(`${pkg}.${n}`));
  };
  const missing = needed.filter((i, k, all) => !present(i) && all.findIndex((j) => j.from === i.from) === k);
  if (!missing.length) return [];
  const rendered = renderImports(family, missing);
  const pkg = masked.findIndex((l) => (family === 'java' ? /^package\s/ : /^namespace\s[\w.]+\s*;/).test(l.text));
  if (last < 0 && pkg >= 0) return [{ offset: lines[pkg]!.end, length: 0, text: `${eol}${eol}${rendered.join(eol)}` }];
  return [newImportLines(lines, rendered, last, firstCodeLine(lines, masked), eol)];
}
