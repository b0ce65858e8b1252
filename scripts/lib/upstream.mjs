// The upstream snapshots (data/upstream): reading and writing their CSV, what a row means in
// registry terms, the differences between two versions, and the update itself. No network and no
// import.meta here: scripts/data-update.mjs passes the fetch, the unit tests pass local inputs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, a leading BOM. Blank lines are dropped. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [columns = [], ...body] = rows.filter((r) => r.some((f) => f !== ''));
  return { columns, rows: body.map((r) => Object.fromEntries(columns.map((h, i) => [h, r[i] ?? '']))) };
}

/** The snapshots' own CSV form: LF, a final newline, quotes only where a field needs them. */
export function toCsv(columns, rows) {
  const cell = (v) => (/[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/**
 * A fetched registry reduced to the snapshot's columns (whitespace runs made one space: the
 * registries wrap long cells). Throws when a column is missing: the upstream format changed.
 */
export function toSnapshotRows(text, columns, what) {
  const parsed = parseCsv(text);
  const absent = columns.filter((c) => !parsed.columns.includes(c));
  if (absent.length) throw new Error(`${what}: no column ${absent.map((c) => JSON.stringify(c)).join(', ')} (columns: ${parsed.columns.join(', ')})`);
  const rows = parsed.rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c].replace(/\s+/g, ' ').trim()])));
  if (rows.length === 0) throw new Error(`${what}: no rows`);
  return rows;
}

/** An IANA HTTP Description as the registry reads it: the phrase and its status. */
export function httpMeaning(description) {
  if (description === '(Unused)') return { name: description, status: 'unused' };
  const temporary = /^(.*) \(TEMPORARY - (.*)\)$/.exec(description);
  if (temporary) return { name: temporary[1], status: 'temporary', detail: temporary[2] };
  const obsoleted = /^(.*) \(OBSOLETED\)$/.exec(description);
  if (obsoleted) return { name: obsoleted[1], status: 'obsolete' };
  return { name: description, status: 'permanent' };
}

/**
 * How each fetched snapshot is compared: the rows that are registry entries, keyed by the
 * entry's id, with the fields a maintainer revises in src/core/data/<data>.
 */
export const KINDS = {
  'iana-http-status-codes.csv': {
    data: 'http.json',
    entries: (rows) =>
      rows
        .filter((r) => /^\d{3}$/.test(r.Value) && r.Description !== 'Unassigned')
        .map((r) => {
          const m = httpMeaning(r.Description);
          return { id: `http:${r.Value}`, fields: { name: m.name, status: m.status, detail: m.detail ?? '', reference: r.Reference } };
        }),
  },
  'iana-smtp-enhanced-status-codes.csv': {
    data: 'smtp-enhanced.json',
    entries: (rows) =>
      rows.map((r) => ({
        id: `smtp-enhanced:${r.Code}`,
        fields: {
          name: r['Sample Text'],
          status: /^\(deprecated\b/i.test(r['Sample Text']) ? 'deprecated' : 'standard',
          'basic codes': r['Associated basic status code'],
          reference: r.Reference,
        },
      })),
  },
};

/** Entry-level differences: [{ op: '+'|'-', id, fields } | { op: '~', id, field, from, to }], in id order of the new rows. */
export function diffEntries(before, after) {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  const out = [];
  for (const e of after) {
    const o = old.get(e.id);
    if (!o) out.push({ op: '+', id: e.id, fields: e.fields });
    else for (const f of Object.keys(e.fields)) if (o.fields[f] !== e.fields[f]) out.push({ op: '~', id: e.id, field: f, from: o.fields[f] ?? '', to: e.fields[f] });
  }
  for (const e of before) if (!now.has(e.id)) out.push({ op: '-', id: e.id, fields: e.fields });
  return out;
}

/** One line per change, for a maintainer. */
export function formatChange(c) {
  const summary = (f) => `"${f.name}" (${f.status})${f.reference ? ` ${f.reference}` : ''}`;
  if (c.op === '+') return `  + ${c.id} added: ${summary(c.fields)}`;
  if (c.op === '-') return `  - ${c.id} removed (was ${summary(c.fields)})`;
  return `  ~ ${c.id} ${c.field}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`;
}

/** The reply codes RFC 5321 lists in Section 4.2.3 ("Reply Codes in Numeric Order"), from its .txt. */
export function rfc5321ReplyCodes(text) {
  const start = /^4\.2\.3\.\s+Reply Codes in Numeric Order\s*$/m.exec(text);
  if (!start) throw new Error('RFC 5321: no section 4.2.3 "Reply Codes in Numeric Order"');
  const rest = text.slice(start.index + start[0].length);
  const end = /^4\.2\.4\./m.exec(rest);
  const section = end ? rest.slice(0, end.index) : rest;
  const codes = [...section.matchAll(/^ {3}(\d{3}) {2}\S/gm)].map((m) => m[1]);
  if (codes.length < 10) throw new Error(`RFC 5321 section 4.2.3: only ${codes.length} codes found`);
  return [...new Set(codes)].sort();
}

/** The snapshot's codes that cite RFC 5321 Section 4.2.3 against the RFC's list: what is missing on either side. */
export function checkReplyCodes(rows, rfcCodes) {
  const cited = new Set(rows.filter((r) => /\[RFC5321, Section 4\.2\.3\]/.test(r.Reference)).map((r) => r.Code));
  const all = new Set(rows.map((r) => r.Code));
  return [
    ...rfcCodes.filter((c) => !all.has(c)).map((c) => `  + smtp:${c} is in RFC 5321 Section 4.2.3 but not in the snapshot: add it by hand`),
    ...[...cited].filter((c) => !rfcCodes.includes(c)).map((c) => `  - smtp:${c} cites RFC 5321 Section 4.2.3, which does not list it`),
  ];
}

export const RFC5321_TXT = 'https://www.rfc-editor.org/rfc/rfc5321.txt';

/** Exit codes of `npm run data:update`. */
export const EXIT = { ok: 0, failed: 1, unreachable: 3 };

function why(e) {
  const cause = e?.cause;
  return String(cause?.code ? `${cause.code}${cause.hostname ? ` ${cause.hostname}` : ''}` : cause?.message ?? e?.message ?? e);
}

/**
 * Fetches every source of `dir`/manifest.json with `fetchText(url)`, prints (through `log`) what
 * changed, and unless `dryRun` rewrites the fetched snapshots and their "taken" date. When a
 * source cannot be fetched it says so in one line and writes nothing at all. Returns an EXIT code.
 */
export async function updateSnapshots({ dir, fetchText, today, log, dryRun = false }) {
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const unreachable = [];
  const writes = [];
  let failed = false;

  const fetchOr = async (file, url) => {
    try {
      return await fetchText(url);
    } catch (e) {
      unreachable.push(file);
      log(`data:update: ${file}: cannot fetch ${url}: ${why(e)}`);
      return undefined;
    }
  };

  for (const m of manifest.files) {
    const path = join(dir, m.file);
    const current = parseCsv(readFileSync(path, 'utf8'));
    if (m.update === 'hand' && m.file !== 'smtp-reply-codes.csv') {
      log(`data:update: ${m.file}: maintained by hand from the sources its manifest entry names; nothing to fetch`);
      continue;
    }
    if (m.update === 'hand') {
      log(`data:update: ${m.file}: maintained by hand (no machine-readable source); checking its codes against RFC 5321 Section 4.2.3`);
      const text = await fetchOr(m.file, RFC5321_TXT);
      if (text === undefined) continue;
      try {
        const problems = checkReplyCodes(current.rows, rfc5321ReplyCodes(text));
        for (const p of problems) log(p);
        log(`data:update: ${m.file}: ${problems.length ? `${problems.length} to revise by hand` : 'every code of RFC 5321 Section 4.2.3 is there'}`);
      } catch (e) {
        failed = true;
        log(`data:update: ${m.file}: ${e.message}`);
      }
      continue;
    }
    const kind = KINDS[m.file];
    if (!kind) throw new Error(`manifest.json: no comparison for ${m.file}`);
    const text = await fetchOr(m.file, m.source);
    if (text === undefined) continue;
    let rows;
    try {
      rows = toSnapshotRows(text, m.columns, `${m.file} from ${m.source}`);
    } catch (e) {
      failed = true;
      log(`data:update: ${e.message}`);
      continue;
    }
    const changes = diffEntries(kind.entries(current.rows), kind.entries(rows));
    const body = toCsv(m.columns, rows);
    const target = `src/core/data/${kind.data}`;
    if (changes.length) log(`data:update: ${m.file}: ${changes.length} change${changes.length === 1 ? '' : 's'}; revise these entries in ${target}:`);
    else log(`data:update: ${m.file}: no entry changed${body === readFileSync(path, 'utf8') ? '' : ' (the file itself did: unassigned ranges or layout)'}`);
    for (const c of changes) log(formatChange(c));
    writes.push({ m, path, body });
  }

  if (unreachable.length || failed) {
    const offline = unreachable.length && `${unreachable.length} source${unreachable.length === 1 ? '' : 's'} unreachable${writes.length || failed ? '' : ': offline?'}`;
    const reason = [offline, failed && 'errors above'].filter(Boolean).join(', ');
    log(`data:update: wrote nothing (${reason})`);
    return failed ? EXIT.failed : EXIT.unreachable;
  }
  if (dryRun) {
    log('data:update: --dry-run: wrote nothing');
    return EXIT.ok;
  }
  for (const w of writes) {
    writeFileSync(w.path, w.body);
    w.m.taken = today;
    w.m.takenNote = `Fetched from the source by npm run data:update on ${today}.`;
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  log(`data:update: rewrote ${writes.map((w) => w.m.file).join(', ')} and the manifest's dates (${today})`);
  return EXIT.ok;
}
