// The hover against the detection core on real code: a sample of the evaluation corpus
// (test/fixtures/detect-eval/tune) opened as workspace files named after their source path (so
// the language and the path rules apply), each case with its @@hint lines above it. At every
// finding the core reports for the line (detectDocument, as the CLI's --detect), the hover must
// show that code over that finding's range, several codes on one line each with its own; on the
// negative cases no hover of ours at any three-digit number.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { detectDocument, languageFromPath, type Finding } from '../../src/core/detect/index';
import { loadHalf, type EvalCase } from '../eval/detect-eval';
import { api, closeAll, openWorkspaceFile } from './helpers';

const ROOT = path.resolve(__dirname, '../../..');
const POSITIVES = 40;
const NEGATIVES = 20;
/** Lines with several findings, and lines whose findings need the document's path (`go-smtp/...` is mail code), that the sample takes first. */
const MULTI = 8;
const BY_PATH = 4;

interface Sampled {
  c: EvalCase;
  /** Workspace-relative file name: `corpus/<n>/<repo>/<path in repo>`. */
  name: string;
  text: string;
  line: number;
  findings: Finding[];
  /** The line's findings differ when the document's path is not given. */
  byPath: boolean;
}

function sampled(c: EvalCase, n: number): Sampled {
  const [repo, , file] = c.source.split(/\s+/);
  const name = `corpus/${n}/${repo!.split('/').pop()}/${file}`;
  const text = `${[...c.hints, c.text].join('\n')}\n`;
  const line = c.hints.length;
  const findings = detectDocument(text, languageFromPath(name), { path: name }).findings.filter((f) => f.line === line);
  const without = detectDocument(text, languageFromPath(name)).findings.filter((f) => f.line === line);
  const key = (fs: Finding[]) => fs.map((f) => `${f.protocol}:${f.code}@${f.start}`).join(' ');
  return { c, name, text, line, findings, byPath: key(without) !== key(findings) };
}

/** Every `step`-th element (evenly spread), `count` of them. */
function spread<T>(xs: readonly T[], count: number): T[] {
  if (xs.length <= count) return [...xs];
  const step = xs.length / count;
  return Array.from({ length: count }, (_, i) => xs[Math.floor(i * step)]!);
}

function sample(): { positives: Sampled[]; negatives: Sampled[] } {
  const all = loadHalf(ROOT, 'tune').map((c, i) => sampled(c, i));
  const found = all.filter((s) => s.c.expect.length && s.findings.length);
  const multi = found.filter((s) => s.findings.length > 1).slice(0, MULTI);
  const byPath = found.filter((s) => s.byPath && !multi.includes(s)).slice(0, BY_PATH);
  const rest = found.filter((s) => !multi.includes(s) && !byPath.includes(s));
  const negatives = spread(all.filter((s) => !s.c.expect.length && !s.findings.length), NEGATIVES);
  return { positives: [...multi, ...byPath, ...spread(rest, POSITIVES - multi.length - byPath.length)], negatives };
}

const LABEL: Record<string, string> = { http: 'HTTP', smtp: 'SMTP', 'smtp-enhanced': 'SMTP enhanced' };
const OURS = /\*\*(HTTP|SMTP|SMTP enhanced) /;

async function ourHoversAt(doc: vscode.TextDocument, position: vscode.Position): Promise<{ text: string; range?: vscode.Range }[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position)) ?? [];
  return hovers
    .map((h) => ({ text: h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n'), range: h.range }))
    .filter((h) => OURS.test(h.text));
}

describe('detect corpus in the editor', () => {
  const { positives, negatives } = sample();

  before(async () => {
    await api();
  });
  after(async () => {
    await closeAll();
  });

  it(`the sample: ${POSITIVES} positive lines (${MULTI} with several codes, ${BY_PATH} that need the path) and ${NEGATIVES} negative ones`, () => {
    assert.equal(positives.length, POSITIVES);
    assert.equal(negatives.length, NEGATIVES);
    assert.ok(positives.filter((s) => s.findings.length > 1).length >= MULTI, 'lines with several codes');
    assert.ok(positives.filter((s) => s.byPath).length >= BY_PATH, 'lines whose findings need the path (the hover must pass it)');
  });

  it('the hover shows every finding of the core on the positive lines, each over its own range', async function () {
    this.timeout(240_000);
    const problems: string[] = [];
    for (const s of positives) {
      const { document } = await openWorkspaceFile(s.name, s.text);
      const where = `${s.c.file}:${s.c.at} (${s.name}, ${document.languageId})`;
      for (const f of s.findings) {
        const want = `**${LABEL[f.protocol]} ${f.code}`;
        for (const col of new Set([f.start, Math.floor((f.start + f.end) / 2), f.end - 1])) {
          const got = await ourHoversAt(document, new vscode.Position(s.line, col));
          const hit = got.find((h) => h.text.includes(want));
          if (!hit) {
            problems.push(`${where} column ${col}: no hover ${want} (got ${got.map((h) => h.text.split('\n')[0]).join(' | ') || 'nothing'})\n    ${s.c.text.trim()}`);
          } else if (!hit.range || hit.range.start.line !== s.line || hit.range.start.character !== f.start || hit.range.end.character !== f.end) {
            problems.push(`${where} column ${col}: ${want} over ${hit.range ? `${hit.range.start.character}-${hit.range.end.character}` : 'no range'}, the core says ${f.start}-${f.end}`);
          }
        }
      }
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    assert.deepEqual(problems, []);
  });

  it('the hover stays silent at every three-digit number of the negative lines', async function () {
    this.timeout(120_000);
    const problems: string[] = [];
    for (const s of negatives) {
      const { document } = await openWorkspaceFile(s.name, s.text);
      for (const m of s.c.text.matchAll(/\d{3}/g)) {
        const got = await ourHoversAt(document, new vscode.Position(s.line, m.index! + 1));
        if (got.length) problems.push(`${s.c.file}:${s.c.at} (${s.name}) column ${m.index! + 1}: ${got[0]!.text.split('\n')[0]}\n    ${s.c.text.trim()}`);
      }
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    assert.deepEqual(problems, []);
  });
});
