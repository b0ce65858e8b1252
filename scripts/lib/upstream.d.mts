// Types of upstream.mjs (for the unit tests that import it).
export type Row = Record<string, string>;
export interface Entry { id: string; fields: Record<string, string> }
export type Change =
  | { op: '+' | '-'; id: string; fields: Record<string, string> }
  | { op: '~'; id: string; field: string; from: string; to: string };

export function parseCsv(text: string): { columns: string[]; rows: Row[] };
export function toCsv(columns: string[], rows: Row[]): string;
export function toSnapshotRows(text: string, columns: string[], what: string): Row[];
export function httpMeaning(description: string): { name: string; status: string; detail?: string };
export const KINDS: Record<string, { data: string; entries: (rows: Row[]) => Entry[] }>;
export function diffEntries(before: Entry[], after: Entry[]): Change[];
export function formatChange(c: Change): string;
export function rfc5321ReplyCodes(text: string): string[];
export function checkReplyCodes(rows: Row[], rfcCodes: string[]): string[];
export const RFC5321_TXT: string;
export const EXIT: { ok: 0; failed: 1; unreachable: 3 };
export function updateSnapshots(options: {
  dir: string;
  fetchText: (url: string) => Promise<string>;
  today: string;
  log: (line: string) => void;
  dryRun?: boolean;
}): Promise<number>;
