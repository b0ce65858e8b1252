// Tables of the named status constants that frameworks and standard libraries define,
// each taken from the framework's own source (see each table's `source` and `sources`).
// Used by the snippet renderers (a constant only where it maps to that very code)
// and by detection (resolving `http.StatusNotFound` to 404).
import goNetHttp from './go-net-http.json';
import springHttpStatus from './spring-httpstatus.json';
import nestjsHttpStatus from './nestjs-httpstatus.json';
import pythonHttpStatus from './python-httpstatus.json';
import starletteStatus from './starlette-status.json';
import drfStatus from './drf-status.json';
import aspnetStatusCodes from './aspnet-statuscodes.json';
import dotnetHttpStatusCode from './dotnet-httpstatuscode.json';
import rackSymbols from './rack-symbols.json';
import symfonyResponse from './symfony-response.json';
import rustHttp from './rust-http.json';
import javaHttpUrlConnection from './java-httpurlconnection.json';
import jaxrsStatus from './jaxrs-status.json';
import opensearchRestStatus from './opensearch-reststatus.json';

export interface NamedConstant {
  /** The constant's name as the framework spells it, without qualifier: `StatusNotFound`. */
  name: string;
  code: number;
  /** When deprecated: the name that replaces it (a constant of the same table with the same code). */
  deprecated?: string;
  /** The framework version that deprecated it, when known and newer than the oldest version covered. */
  deprecatedSince?: string;
  /** Deprecated (or discouraged by the framework) with no replacement name. */
  obsolete?: boolean;
  /** First framework version that has it, when newer than the oldest version covered (`oldest`). */
  since?: string;
  /** Same value as this preferred name, which the framework names as current (not deprecated). */
  aliasOf?: string;
  /**
   * The framework renamed it to this constant (same code) and keeps the old name working without
   * deprecating it (Python 3.13's RFC 9110 names); the rename dates from the new name's `since`.
   */
  renamed?: string;
  /** What the source says about it, when it matters for choosing it. */
  note?: string;
}

export interface ConstantTable {
  /** `go-net-http`, `spring-httpstatus`, `starlette-status`, ... */
  id: string;
  /** What defines the table: "Go net/http", "Spring Framework HttpStatus". */
  title: string;
  /** How code refers to a constant: `http.{name}`, `HttpStatus.{name}`, `:{name}`. */
  usage: string;
  /** The file the table was read from, with its version. */
  source: string;
  /** Further files, packages and threads the table was checked against. */
  sources?: string[];
  /** Which framework versions the table covers, in words. */
  versions: string;
  /** The oldest framework version covered: every constant without `since` exists there. */
  oldest: string;
  notes?: string[];
  constants: NamedConstant[];
}

const TABLES: Record<string, ConstantTable> = {};
for (const t of [
  goNetHttp,
  springHttpStatus,
  nestjsHttpStatus,
  pythonHttpStatus,
  starletteStatus,
  drfStatus,
  aspnetStatusCodes,
  dotnetHttpStatusCode,
  rackSymbols,
  symfonyResponse,
  rustHttp,
  javaHttpUrlConnection,
  jaxrsStatus,
  opensearchRestStatus,
] as ConstantTable[]) {
  TABLES[t.id] = t;
}

export function constantTables(): ConstantTable[] {
  return Object.values(TABLES);
}

export function constantTable(id: string): ConstantTable | undefined {
  return Object.prototype.hasOwnProperty.call(TABLES, id) ? TABLES[id] : undefined;
}

/**
 * Compares dotted numeric versions ("6.0.5", "3.13", "0.48.0"): negative when a < b.
 * Missing parts count as 0; a part's leading digits are what count ("1rc1" is 1).
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether the constant exists in the given framework version (every covered version when none is given: the oldest). */
export function existsIn(c: NamedConstant, table: ConstantTable, version?: string): boolean {
  if (!c.since) return true;
  return compareVersions(c.since, version ?? table.oldest) <= 0;
}

/**
 * Whether the constant is deprecated (or obsolete) in the given version; without a version,
 * whether it is deprecated in any version the table covers.
 */
export function deprecatedIn(c: NamedConstant, version?: string): boolean {
  if (!c.deprecated && !c.obsolete) return false;
  if (version === undefined || !c.deprecatedSince) return true;
  return compareVersions(c.deprecatedSince, version) <= 0;
}

/**
 * The constant a snippet should use for a code, if any.
 *
 * Without `version`: one that exists in the oldest version the table covers and is deprecated
 * in none of them, so code using it compiles on every covered version. With `version`: one that
 * exists in that version and is not deprecated there. A current name is preferred to an alias.
 * Undefined (write the number) when there is none, for an unknown table or a code that is no integer.
 */
export function constantFor(tableId: string, code: number, version?: string): NamedConstant | undefined {
  const t = constantTable(tableId);
  if (!t || !Number.isInteger(code)) return undefined;
  const usable = t.constants.filter((c) => c.code === code && existsIn(c, t, version) && !deprecatedIn(c, version));
  return usable.find((c) => !c.aliasOf) ?? usable[0];
}

/** Every constant a table defines for a code, current or not, in the table's order. */
export function constantsFor(tableId: string, code: number): NamedConstant[] {
  return constantTable(tableId)?.constants.filter((c) => c.code === code) ?? [];
}

/** Resolves a constant name in a table to its code. */
export function resolveConstant(tableId: string, name: string): NamedConstant | undefined {
  return constantTable(tableId)?.constants.find((c) => c.name === name);
}
