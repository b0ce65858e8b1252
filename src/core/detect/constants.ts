// Named status constants: `http.StatusNotFound`, `HttpStatus.NOT_FOUND`, `status.HTTP_404_NOT_FOUND`,
// `StatusCodes.Status404NotFound`, `Response::HTTP_NOT_FOUND`, `StatusCode::NOT_FOUND`, Rails `:not_found`.
// Resolved through the framework tables of src/core/constants (each read from the framework's source).
import { constantTables, type ConstantTable, type NamedConstant } from '../constants/index';
import type { Family } from './languages';
import { NW } from './patterns';

/** Which languages use which table. Tables not listed here apply to every language. */
const TABLE_LANGUAGES: Record<string, readonly string[]> = {
  'go-net-http': ['go'],
  'spring-httpstatus': ['java', 'kotlin', 'groovy', 'scala'],
  'nestjs-httpstatus': ['typescript', 'javascript', 'typescriptreact', 'javascriptreact'],
  'python-httpstatus': ['python'],
  'starlette-status': ['python'],
  'drf-status': ['python'],
  'aspnet-statuscodes': ['csharp', 'fsharp', 'vb', 'razor', 'aspnetcorerazor'],
  'dotnet-httpstatuscode': ['csharp', 'fsharp', 'vb', 'razor', 'aspnetcorerazor', 'powershell'],
  'rack-symbols': ['ruby', 'erb', 'haml', 'slim'],
  'symfony-response': ['php', 'blade'],
  'rust-http': ['rust'],
  'java-httpurlconnection': ['java', 'kotlin', 'groovy', 'scala'],
  'jaxrs-status': ['java', 'kotlin', 'groovy', 'scala'],
};

/** When two tables share a qualifier and a language, the earlier one here wins (without a document hint). */
const TABLE_ORDER = ['starlette-status', 'drf-status'];

/** Families where a language filter would only hide constants: prose and unknown languages see every table. */
const OPEN_FAMILIES: readonly Family[] = ['text', 'other', 'data', 'http'];

interface QualifiedTable {
  table: ConstantTable;
  /** `HttpStatus`, `http`, `status`, `StatusCodes`, `Response`, `StatusCode`; '' for symbol tables. */
  qualifier: string;
  /** `.`, `::`, or `:` for symbol tables. */
  sep: string;
  names: Map<string, NamedConstant>;
}

interface Index {
  qualified: QualifiedTable[];
  symbol: QualifiedTable[];
  re: RegExp | undefined;
}

let INDEX: Index | undefined;
let INDEX_KEY = '';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildIndex(): Index {
  const tables = constantTables();
  const key = tables.map((t) => `${t.id}:${t.constants.length}`).join(',');
  if (INDEX && key === INDEX_KEY) return INDEX;
  const qualified: QualifiedTable[] = [];
  const symbol: QualifiedTable[] = [];
  for (const table of tables) {
    const m = /^(.*?)\{name\}/.exec(table.usage ?? '');
    if (!m) continue;
    const before = m[1]!;
    const names = new Map(table.constants.map((c) => [c.name, c]));
    if (before === ':') {
      symbol.push({ table, qualifier: '', sep: ':', names });
      continue;
    }
    const q = /([A-Za-z_]\w*)(\.|::)$/.exec(before);
    if (!q) continue;
    qualified.push({ table, qualifier: q[1]!, sep: q[2]!, names });
  }
  qualified.sort((a, b) => rank(a.table.id) - rank(b.table.id));
  const quals = [...new Set(qualified.map((t) => t.qualifier))].sort((a, b) => b.length - a.length).map(escapeRe);
  const re = quals.length ? new RegExp(String.raw`${NW}(${quals.join('|')})(\.|::)([A-Za-z_][A-Za-z0-9_]*)(?![\w$])`, 'g') : undefined;
  INDEX = { qualified, symbol, re };
  INDEX_KEY = key;
  return INDEX;
}

function rank(id: string): number {
  const i = TABLE_ORDER.indexOf(id);
  return i < 0 ? TABLE_ORDER.length : i;
}

function usable(tableId: string, languageId: string, family: Family): boolean {
  if (OPEN_FAMILIES.includes(family)) return true;
  const langs = TABLE_LANGUAGES[tableId];
  return !langs || langs.includes(languageId);
}

export interface ConstantHit {
  start: number;
  end: number;
  code: number;
  table?: string;
  name: string;
  /** The current name, when the constant is deprecated (followed to the end of a chain of renames). */
  deprecated?: string;
  /** Deprecated with no replacement. */
  obsolete?: boolean;
}

/** A hit for constant `c` of table `t`, with its deprecation followed to the current name. */
function hit(start: number, end: number, t: QualifiedTable, c: NamedConstant): ConstantHit {
  const h: ConstantHit = { start, end, code: c.code, table: t.table.id, name: c.name };
  let current = c;
  for (let i = 0; i < 5 && current.deprecated; i++) {
    const next = t.names.get(current.deprecated);
    if (!next) {
      h.deprecated = current.deprecated;
      break;
    }
    current = next;
    h.deprecated = next.name;
  }
  if (!h.deprecated && c.obsolete) h.obsolete = true;
  return h;
}

/** Context for a Rails status symbol: `status: :not_found`, `head :ok`, `assert_response :missing`. */
const SYMBOL_PRE =
  /(?:(?<![\w$])status\s*:\s*|:status\s*=>\s*|['"]status['"]\s*=>\s*|(?<![\w$.:@])(?:head|assert_response|have_http_status|status)\s*\(?\s*)$/;
const SYMBOL_RE = /(?<![\w:]):([a-z_][a-z0-9_]*)(?![\w?!:])/g;

/** Names that carry their code: `HTTP_404_NOT_FOUND`, `Status404NotFound`. */
const EMBEDDED_RE = /(?<![\w$])(?:HTTP_([1-5]\d\d)_[A-Z0-9_]+|Status([1-5]\d\d)[A-Z][A-Za-z0-9]*)(?![\w$])/g;

/**
 * Finds named constants in a line. `prefer` lists table ids to try first (from document hints:
 * `drf-status` in a Django REST framework module).
 */
export function findConstants(line: string, languageId: string, family: Family, prefer: readonly string[] = []): ConstantHit[] {
  const out: ConstantHit[] = [];
  const idx = buildIndex();
  const lang = languageId.toLowerCase();
  if (idx.re) {
    idx.re.lastIndex = 0;
    for (let m = idx.re.exec(line); m; m = idx.re.exec(line)) {
      const [whole, qualifier, sep, name] = m as unknown as [string, string, string, string];
      const candidates = idx.qualified.filter((t) => t.qualifier === qualifier && t.sep === sep && usable(t.table.id, lang, family));
      candidates.sort((a, b) => Number(!prefer.includes(a.table.id)) - Number(!prefer.includes(b.table.id)));
      let resolved = false;
      for (const t of candidates) {
        const c = t.names.get(name);
        if (!c) continue;
        out.push(hit(m.index, m.index + whole.length, t, c));
        resolved = true;
        break;
      }
      // `http.HTTPStatus.OK`: the name may itself be a qualifier; look again from it.
      if (!resolved) idx.re.lastIndex = m.index + qualifier.length + sep.length;
    }
  }
  if (idx.symbol.length && line.includes(':')) {
    const tables = idx.symbol.filter((t) => usable(t.table.id, lang, family));
    if (tables.length) {
      SYMBOL_RE.lastIndex = 0;
      for (let m = SYMBOL_RE.exec(line); m; m = SYMBOL_RE.exec(line)) {
        const pre = line.slice(Math.max(0, m.index - 60), m.index);
        if (!SYMBOL_PRE.test(pre)) continue;
        for (const t of tables) {
          const c = t.names.get(m[1]!);
          if (!c) continue;
          out.push(hit(m.index, m.index + m[0].length, t, c));
          break;
        }
      }
    }
  }
  EMBEDDED_RE.lastIndex = 0;
  for (let m = EMBEDDED_RE.exec(line); m; m = EMBEDDED_RE.exec(line)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((h) => h.start < end && start < h.end)) continue;
    // A bare imported name (`from starlette.status import HTTP_404_NOT_FOUND`): resolve it in a table that has it.
    const code = Number(m[1] ?? m[2]);
    const t = idx.qualified
      .filter((q) => usable(q.table.id, lang, family))
      .sort((a, b) => Number(!prefer.includes(a.table.id)) - Number(!prefer.includes(b.table.id)))
      .find((q) => q.names.get(m![0])?.code === code);
    const c = t?.names.get(m[0]);
    out.push(c && t ? hit(start, end, t, c) : { start, end, code, name: m[0] });
  }
  return out;
}
