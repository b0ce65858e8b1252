// Framework vocabularies (vocabulary.json): helpers that name a status without a number or a
// constant table (`status().isNotFound()`, `assertNotFound()`, `HttpResponse::Found()`,
// `codes.see_other`, `return NotFound()`), and the imports that make a document mail code.
import vocabulary from './vocabulary.json';

interface HelperEntry {
  id: string;
  languages: string[];
  needle: string;
  pattern: string;
  span?: 'match';
  names?: Record<string, number>;
  caseInsensitive?: boolean;
  registry?: boolean;
  strip?: string;
  exclude?: string[];
}

interface Helper {
  id: string;
  languages: ReadonlySet<string>;
  needle: string;
  re: RegExp;
  wholeMatch: boolean;
  names: Map<string, number>;
  lower?: Map<string, number>;
  registry: boolean;
  strip?: string;
  exclude: ReadonlySet<string>;
}

let HELPERS: Helper[] | undefined;

function helpers(): Helper[] {
  if (HELPERS) return HELPERS;
  HELPERS = (vocabulary.helpers as HelperEntry[]).map((h) => {
    const names = new Map(Object.entries(h.names ?? {}));
    return {
      id: h.id,
      languages: new Set(h.languages),
      needle: h.needle,
      re: new RegExp(h.pattern.replace('{name}', '([A-Za-z_][A-Za-z0-9_]*)'), 'gd'),
      wholeMatch: h.span === 'match',
      names,
      ...(h.caseInsensitive ? { lower: new Map([...names].map(([k, v]) => [k.toLowerCase(), v])) } : {}),
      registry: !!h.registry,
      ...(h.strip ? { strip: h.strip } : {}),
      exclude: new Set(h.exclude ?? []),
    };
  });
  return HELPERS;
}

const IMPORT_LINE = /^\s*(?:from\s+\S+\s+)?import\b|^\s*use\s+[\w:\\]+/;

export interface VocabularyHit {
  start: number;
  end: number;
  code: number;
  name: string;
  rule: string;
}

/**
 * Helpers of the vocabulary in a line. `byName` resolves a registry name (`NotFound`,
 * `not_found`, `notFound` -> 404) for entries with `registry: true`.
 */
export function findHelpers(line: string, languageId: string, byName: (name: string) => number | undefined): VocabularyHit[] {
  const out: VocabularyHit[] = [];
  // An import names the helper, it does not use it: `from django.http import HttpResponseRedirect`.
  if (IMPORT_LINE.test(line)) return out;
  for (const h of helpers()) {
    if (!h.languages.has(languageId) || (h.needle && !line.includes(h.needle))) continue;
    h.re.lastIndex = 0;
    for (let m = h.re.exec(line); m; m = h.re.exec(line)) {
      if (m[0].length === 0) {
        h.re.lastIndex++;
        continue;
      }
      const name = m[1]!;
      let code = h.names.get(name) ?? h.lower?.get(name.toLowerCase());
      if (code === undefined && h.registry) {
        const bare = h.strip && name.startsWith(h.strip) ? name.slice(h.strip.length) : name;
        if (!h.exclude.has(bare)) code = byName(bare);
      }
      if (code === undefined) continue;
      const end = m.index + m[0].length;
      const start = h.wholeMatch ? m.index : m.indices![1]![0];
      out.push({ start, end, code, name: line.slice(start, end), rule: h.id });
    }
  }
  return out;
}

interface Marker {
  pattern: string;
}

let SMTP_MARKERS: RegExp | undefined;

let SMTP_PATH: RegExp | undefined;

/**
 * Whether a document imports or implements mail (SMTP): its head names a mail library (smtplib,
 * nodemailer, net/smtp, ...) or SMTP itself (`package smtp`, `'Python SMTP {}'`), or its path does.
 */
export function mailDocument(head: string, path = ''): boolean {
  SMTP_MARKERS ??= new RegExp((vocabulary.smtpMarkers as Marker[]).map((m) => `(?:${m.pattern})`).join('|'));
  SMTP_PATH ??= new RegExp(vocabulary.smtpPath, 'i');
  return SMTP_MARKERS.test(head) || (!!path && SMTP_PATH.test(path));
}

let HTTP_MARKERS: RegExp | undefined;
let HTTP_PATH: RegExp | undefined;

/** Whether a document is web code: its head imports an HTTP library or framework, or its path names one. */
export function webDocument(head: string, path = ''): boolean {
  HTTP_MARKERS ??= new RegExp((vocabulary.httpMarkers as Marker[]).map((m) => `(?:${m.pattern})`).join('|'));
  HTTP_PATH ??= new RegExp(vocabulary.httpPath, 'i');
  return HTTP_MARKERS.test(head) || (!!path && HTTP_PATH.test(path));
}
