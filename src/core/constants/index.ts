// Tables of the named status constants that frameworks and standard libraries define,
// each taken from the framework's own source (see each table's `source`).
// Used by the snippet renderers (a constant only where it maps to that very code)
// and by detection (resolving `http.StatusNotFound` to 404).
import goNetHttp from './go-net-http.json';

export interface NamedConstant {
  /** The constant's name as the framework spells it, without qualifier: `StatusNotFound`. */
  name: string;
  code: number;
  /** When deprecated: the name that replaces it. */
  deprecated?: string;
  /** First framework version that has it, when newer than the oldest version we support. */
  since?: string;
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
  constants: NamedConstant[];
}

const TABLES: Record<string, ConstantTable> = {
  'go-net-http': goNetHttp as ConstantTable,
};

export function constantTables(): ConstantTable[] {
  return Object.values(TABLES);
}

export function constantTable(id: string): ConstantTable | undefined {
  return TABLES[id];
}

/** The current (non-deprecated) constant a table defines for a code, if any. */
export function constantFor(tableId: string, code: number): NamedConstant | undefined {
  const t = TABLES[tableId];
  if (!t) return undefined;
  return t.constants.find((c) => c.code === code && !c.deprecated && !c.since) ?? undefined;
}

/** Resolves a constant name in a table to its code. */
export function resolveConstant(tableId: string, name: string): NamedConstant | undefined {
  return TABLES[tableId]?.constants.find((c) => c.name === name);
}
