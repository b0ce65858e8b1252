// Framework vocabularies (vocabulary.json): helpers that name a status without a number or a
// constant table (`status().isNotFound()`, `assertNotFound()`, `HttpResponse::Found()`,
// `codes.see_other`, `return NotFound()`), and the imports that make a document mail code.
import { CODE_IN_DOCUMENT } from './languages';
import vocabulary from './vocabulary.json';

interface HelperEntry {
  id: string;
  protocol?: 'http' | 'smtp';
  languages: string[];
  needle: string | string[];
  /** A cheap regex the line must match too, after a needle, before the pattern runs (the needle `Error` is in many lines the pattern never takes). */
  gate?: string;
  pattern: string;
  span?: 'match';
  names?: Record<string, number>;
  caseInsensitive?: boolean;
  registry?: boolean;
  strip?: string;
  /** Suffixes the name may carry beyond a registry name (`Error`: `NotFoundError`), tried in order. */
  stripEnd?: string | string[];
  exclude?: string[];
  /** Also on import lines: an exception type named for a status is one in `import { NotFoundError }` too. */
  imports?: boolean;
  /** Beside its own number (`404 => NotFoundError`, `(exceptions.BadGateway, 502)`) the name and the number are one finding. */
  oneWithItsNumber?: boolean;
  /** The names of another entry (its id): RSpec's `be_not_found` takes Rack's `not_found?` names. */
  namesFrom?: string;
  /** The name ends with its code (Jetty's and Helidon's `OK_200`, `NOT_FOUND_404`): the code is those digits. */
  trailingCode?: boolean;
  /** The name is a reason phrase (`I'm a teapot`) and the last group of the pattern. */
  phrase?: boolean;
  /** Read in its own languages only, not in a document's unfenced code (OCaml's variant mark is Markdown's code mark). */
  ownLanguagesOnly?: boolean;
}

interface Helper {
  id: string;
  protocol: 'http' | 'smtp';
  languages: ReadonlySet<string>;
  /** Literals one of which the line must hold (none: always). */
  needles: readonly string[];
  gate?: RegExp;
  re: RegExp;
  wholeMatch: boolean;
  names: Map<string, number>;
  lower?: Map<string, number>;
  registry: boolean;
  strip?: string;
  stripEnd: readonly string[];
  exclude: ReadonlySet<string>;
  phrase: boolean;
  ownLanguagesOnly: boolean;
  imports: boolean;
  trailingCode: boolean;
}

let HELPERS: Helper[] | undefined;

function helpers(): Helper[] {
  if (HELPERS) return HELPERS;
  const entries = vocabulary.helpers as HelperEntry[];
  HELPERS = entries.map((h) => {
    const names = new Map(Object.entries(h.names ?? (h.namesFrom ? entries.find((e) => e.id === h.namesFrom)?.names : undefined) ?? {}));
    return {
      id: h.id,
      protocol: h.protocol ?? 'http',
      languages: new Set(h.languages),
      needles: (Array.isArray(h.needle) ? h.needle : [h.needle]).filter(Boolean),
      ...(h.gate ? { gate: new RegExp(h.gate) } : {}),
      re: new RegExp(h.pattern.replace('{name}', '([A-Za-z_][A-Za-z0-9_]*)'), 'gd'),
      wholeMatch: h.span === 'match',
      names,
      ...(h.caseInsensitive ? { lower: new Map([...names].map(([k, v]) => [k.toLowerCase(), v])) } : {}),
      registry: !!h.registry,
      ...(h.strip ? { strip: h.strip } : {}),
      stripEnd: h.stripEnd === undefined ? [] : Array.isArray(h.stripEnd) ? h.stripEnd : [h.stripEnd],
      exclude: new Set(h.exclude ?? []),
      phrase: !!h.phrase,
      ownLanguagesOnly: !!h.ownLanguagesOnly,
      imports: !!h.imports,
      trailingCode: !!h.trailingCode,
    };
  });
  return HELPERS;
}

const IMPORT_LINE = /^\s*(?:from\s+\S+\s+)?import\b|^\s*use\s+[\w:\\]+/;

const BY_LANGUAGE = new Map<string, Helper[]>();

/** The helpers of one language (memoised). */
function helpersFor(languageId: string): Helper[] {
  let list = BY_LANGUAGE.get(languageId);
  if (!list) {
    // A line of code in a document whose language no fence names: any language's helpers.
    list = languageId === CODE_IN_DOCUMENT ? helpers().filter((h) => !h.ownLanguagesOnly) : helpers().filter((h) => h.languages.has(languageId));
    if (BY_LANGUAGE.size > 256) BY_LANGUAGE.clear();
    BY_LANGUAGE.set(languageId, list);
  }
  return list;
}

export interface VocabularyHit {
  start: number;
  end: number;
  code: number;
  name: string;
  rule: string;
  /** `smtp` for a mail vocabulary (SmtpStatusCode.Ok); HTTP otherwise. */
  protocol?: 'smtp';
}

/**
 * Helpers of the vocabulary in a line. `byName` resolves a registry name (`NotFound`,
 * `not_found`, `notFound` -> 404) for entries with `registry: true`.
 */
/** Whether the line holds one of the literals (a plain loop: this runs for every helper on every line). */
function holdsOne(line: string, needles: readonly string[]): boolean {
  for (let i = 0; i < needles.length; i++) if (line.includes(needles[i]!)) return true;
  return false;
}

export function findHelpers(line: string, languageId: string, byName: (name: string) => number | undefined): VocabularyHit[] {
  const out: VocabularyHit[] = [];
  // An import names the helper, it does not use it: `from django.http import HttpResponseRedirect`.
  const importLine = IMPORT_LINE.test(line);
  for (const h of helpersFor(languageId)) {
    if (importLine && !h.imports) continue;
    if (h.needles.length && !holdsOne(line, h.needles)) continue;
    if (h.gate && !h.gate.test(line)) continue;
    h.re.lastIndex = 0;
    for (let m = h.re.exec(line); m; m = h.re.exec(line)) {
      if (m[0].length === 0) {
        h.re.lastIndex++;
        continue;
      }
      // The name is the first group, or the first that took part (a pattern of alternatives, one group each).
      let g = h.phrase ? m.length - 1 : 1;
      if (m[g] === undefined) g = m.findIndex((x, i) => i > 0 && x !== undefined);
      if (g < 0) continue;
      const name = m[g]!;
      let code = h.names.get(name) ?? h.lower?.get(name.toLowerCase());
      if (code === undefined && h.trailingCode) {
        const digits = /_([1-5]\d\d)$/.exec(name);
        if (digits) code = Number(digits[1]);
      }
      if (code === undefined && h.registry) {
        const bare = h.strip && name.startsWith(h.strip) ? name.slice(h.strip.length) : name;
        // A reason phrase resolves as the registry's snake-case name: `I'm a teapot` -> `i_m_a_teapot`.
        if (!h.exclude.has(bare)) code = byName(h.phrase ? bare.toLowerCase().replace(/[^a-z0-9]+/g, '_') : bare);
        // `NotFoundError` is NotFound's; `InternalServerError` is a name of its own.
        for (const end of h.stripEnd) {
          if (code !== undefined) break;
          if (!bare.endsWith(end)) continue;
          const stem = bare.slice(0, -end.length);
          if (!h.exclude.has(stem)) code = byName(stem);
        }
      }
      if (code === undefined) continue;
      const start = h.wholeMatch ? m.index : m.indices![g]![0];
      const end = h.phrase ? m.indices![g]![1] : m.index + m[0].length;
      const hit: VocabularyHit = { start, end, code, name: line.slice(start, end), rule: h.id };
      if (h.protocol === 'smtp') hit.protocol = 'smtp';
      out.push(hit);
    }
  }
  return out;
}

let PAIRED: Set<string> | undefined;

/** Whether a finding of this rule and its own number beside it are one finding (the name's). */
export function pairsWithNumber(rule: string): boolean {
  PAIRED ??= new Set((vocabulary.helpers as HelperEntry[]).filter((h) => h.oneWithItsNumber).map((h) => h.id));
  return PAIRED.has(rule);
}

interface Marker {
  pattern: string;
}

/** A test of a document's head against a list of markers, and of its path against a pattern (both compiled once). */
function documentTest(markers: Marker[], pathPattern: string): (head: string, path?: string) => boolean {
  let head: RegExp | undefined;
  let file: RegExp | undefined;
  return (text, path = '') => {
    head ??= new RegExp(markers.map((m) => `(?:${m.pattern})`).join('|'));
    file ??= new RegExp(pathPattern, 'i');
    return head.test(text) || (!!path && file.test(path));
  };
}

/**
 * Whether a document imports or implements mail (SMTP): its head names a mail library (smtplib,
 * nodemailer, net/smtp, ...) or a Go package smtp, or its path names mail code (`go-smtp/`).
 */
export const mailDocument = documentTest(vocabulary.smtpMarkers as Marker[], vocabulary.smtpPath);

/** Whether a document is web code: its head imports an HTTP library or framework, or its path names one. */
export const webDocument = documentTest(vocabulary.httpMarkers as Marker[], vocabulary.httpPath);
