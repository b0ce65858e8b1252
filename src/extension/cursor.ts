// The status code at a position of a document: what the hover explains and what the commands act
// on when they are run without a code (the cursor on `204` or `HttpStatus.NO_CONTENT`).
import vscode = require('vscode');
import { detectAt, documentHints, effectiveLanguage, type DetectHints, type DetectOptions, type Finding } from '../core/detect/index';
import type { Lines } from '../core/inline';
import { lookup } from '../core/registry';
import { searchCodes } from '../core/search';
import { PROTOCOLS, type Protocol, type ResolvedCode } from '../core/types';

/** Hints are read from a document's head only, so a huge or minified file costs no more than a small one. */
const HINTS_BYTES = 65536;
const hintsCache = new WeakMap<vscode.TextDocument, { version: number; hints: DetectHints }>();

/** What a document's imports say (mail code? which constant tables?), cached per version. */
export function hintsFor(document: vscode.TextDocument): DetectHints {
  const cached = hintsCache.get(document);
  if (cached && cached.version === document.version) return cached.hints;
  // Only the head is read, so a huge or minified file costs no more than a small one.
  const head = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(HINTS_BYTES)));
  // The path too: a file under go-smtp/ is mail code, one under a web framework's tree web code (as the CLI).
  const hints = documentHints(head, document.isUntitled ? undefined : document.uri.path);
  hintsCache.set(document, { version: document.version, hints });
  return hints;
}

/** A document's lines as the core reads them. */
export function linesOf(document: vscode.TextDocument): Lines {
  return { count: document.lineCount, lineAt: (n) => (n >= 0 && n < document.lineCount ? document.lineAt(n).text : undefined) };
}

/** What the detection needs of a document around a line: its hints and the lines around (the hover's and the completions' options). */
export function detectContext(document: vscode.TextDocument, line: number): Pick<DetectOptions, 'hints' | 'context'> {
  return {
    hints: hintsFor(document),
    context: { line, lineAt: linesOf(document).lineAt },
  };
}

/** The language the detection reads a document as (its path may say more than its id). */
export function detectLanguage(document: vscode.TextDocument): string {
  return effectiveLanguage(document.languageId, document.isUntitled ? undefined : document.uri.path);
}

/** The finding under (or just after) a position, by the core's detection. */
export function findingAt(document: vscode.TextDocument, position: vscode.Position, protocols: readonly Protocol[] = PROTOCOLS): Finding | undefined {
  const line = document.lineAt(position.line).text;
  return detectAt(line, position.character, detectLanguage(document), { protocols, ...detectContext(document, position.line) });
}

/** What the active editor's cursor (or its one-line selection) names. */
export type CursorCode =
  /** A code the registry assigns: act on it. */
  | { kind: 'found'; resolved: ResolvedCode }
  /** A well-formed code nobody assigns (`res.status(452)`): worth a picker that starts from it. */
  | { kind: 'unassigned'; code: string };

export function codeAtCursor(editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor): CursorCode | undefined {
  if (!editor) return undefined;
  const { selection, document } = editor;
  const finding = findingAt(document, selection.active) ?? (selection.isEmpty ? undefined : findingAt(document, selection.start));
  if (finding) {
    const res = lookup(finding.protocol, finding.code);
    if (res.kind === 'found') return { kind: 'found', resolved: res.matches[0]! };
    if (res.kind === 'unassigned') return { kind: 'unassigned', code: res.code };
  }
  // A selected name or constant the detection does not read out of context (`Not Found`, `:gone`).
  if (!selection.isEmpty && selection.isSingleLine) {
    const codes = searchCodes(document.getText(selection)).hits.filter((h) => h.match === 'code');
    if (codes.length === 1) return { kind: 'found', resolved: codes[0]!.resolved };
  }
  return undefined;
}
