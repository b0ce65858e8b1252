// Diagnostics in the documents shown in visible editors (recomputed on change, debounced; kept
// until the document closes): renamed or deprecated status constants, statuses the framework
// cannot send, unassigned codes sent as a status. The findings are the core's (diagnoseText); this
// file turns them into VS Code diagnostics and words.
import vscode = require('vscode');
import { diagnoseText, type DeprecatedConstantDiagnosis, type Diagnosis, type DiagnosisKind, type Replacement, type UnassignedStatusDiagnosis } from '../core/diagnose';
import { documentHints, effectiveLanguage, familyOf, KNOWN_LANGUAGES } from '../core/detect/index';
import { getSettings, onDidChangeSettings } from './config';
import { background } from './log';
import { Disposable } from './util/dispose';
import { WorkspaceVersions } from './workspaceVersions';

export const DIAGNOSTIC_SOURCE = 'Status Codes';
export const DIAGNOSTIC_CODES: Record<DiagnosisKind, string> = {
  deprecatedConstant: 'deprecated-constant',
  invalidStatus: 'invalid-status',
  unassignedStatus: 'unassigned-status',
};

const DEBOUNCE_MS = 300;
const HINTS_BYTES = 65536;
/** Schemes of documents a person edits (not output channels, diffs of git objects, settings). */
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);
const LANGUAGES = new Set<string>(KNOWN_LANGUAGES);

/** A version as the messages say it: `Python 3.13`. */
const versioned = (product: string, version: string): string => `${product} ${version}`;

/** The text of a table entry (sendRanges.json), translated like the registry's. */
function tableText(text: string): string {
  return vscode.l10n.t(text);
}

function deprecatedMessage(d: DeprecatedConstantDiagnosis): string {
  if (d.reason === 'obsolete') return vscode.l10n.t('{0} is deprecated and has no replacement.', d.name);
  const use = d.replacements[0]!.name;
  const parts: string[] = [];
  if (d.reason === 'deprecated') {
    parts.push(d.since ? vscode.l10n.t('{0} is deprecated since {1}; use {2}.', d.name, versioned(d.product, d.since), use) : vscode.l10n.t('{0} is deprecated; use {1}.', d.name, use));
  } else {
    parts.push(
      d.since
        ? vscode.l10n.t('{0} was renamed {1} in {2}; the old name still works.', d.name, use, versioned(d.product, d.since))
        : vscode.l10n.t('{0} was renamed {1}; the old name still works.', d.name, use),
    );
  }
  for (const r of d.replacements) {
    if (r.needs) parts.push(vscode.l10n.t('{0} needs {1}; the workspace pins no {2} version.', r.name, versioned(d.product, r.needs), d.product));
  }
  return parts.join(' ');
}

function unassignedMessage(d: UnassignedStatusDiagnosis): string {
  const parts = [vscode.l10n.t('HTTP {0} is not an assigned status code.', d.code)];
  const smtp = d.suggestions.find((s) => s.protocol === 'smtp');
  if (smtp) parts.push(vscode.l10n.t('As an SMTP reply, {0} means "{1}".', smtp.code, smtp.phrase));
  const http = d.suggestions.filter((s) => s.protocol === 'http');
  if (http.length) parts.push(vscode.l10n.t('Did you mean {0}?', http.map((s) => `HTTP ${s.code} ${s.phrase}`).join(', ')));
  return parts.join(' ');
}

/** The title of a quick fix that writes a replacement name. */
export function replacementTitle(d: DeprecatedConstantDiagnosis, r: Replacement): string {
  return r.needs ? vscode.l10n.t('Replace with {0} (needs {1})', r.name, versioned(d.product, r.needs)) : vscode.l10n.t('Replace with {0}', r.name);
}

export function rangeOf(d: Diagnosis): vscode.Range {
  return new vscode.Range(d.line, d.start, d.line, d.end);
}

export function toDiagnostic(d: Diagnosis): vscode.Diagnostic {
  let diagnostic: vscode.Diagnostic;
  if (d.kind === 'deprecatedConstant') {
    diagnostic = new vscode.Diagnostic(rangeOf(d), deprecatedMessage(d), vscode.DiagnosticSeverity.Hint);
    diagnostic.tags = [vscode.DiagnosticTag.Deprecated];
    diagnostic.code = DIAGNOSTIC_CODES.deprecatedConstant;
  } else if (d.kind === 'invalidStatus') {
    diagnostic = new vscode.Diagnostic(rangeOf(d), vscode.l10n.t('Status {0} cannot be sent here: {1}', String(d.status), tableText(d.range.message)), vscode.DiagnosticSeverity.Warning);
    diagnostic.code = { value: DIAGNOSTIC_CODES.invalidStatus, target: vscode.Uri.parse(d.range.source) };
  } else {
    // A hint, no squiggle: an unassigned code can be deliberate.
    diagnostic = new vscode.Diagnostic(rangeOf(d), unassignedMessage(d), vscode.DiagnosticSeverity.Hint);
    diagnostic.code = DIAGNOSTIC_CODES.unassignedStatus;
  }
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

/** The kinds the settings leave on. */
export function enabledKinds(): DiagnosisKind[] {
  const s = getSettings().diagnostics;
  const kinds: DiagnosisKind[] = [];
  if (s.deprecatedConstants) kinds.push('deprecatedConstant');
  if (s.invalidStatus) kinds.push('invalidStatus');
  if (s.unassignedStatus) kinds.push('unassignedStatus');
  return kinds;
}

/** Whether a document is one diagnostics are for: code in a known language, in an editable scheme (prose and logs are not). */
export function diagnosable(document: vscode.TextDocument): boolean {
  if (!SCHEMES.has(document.uri.scheme) || !LANGUAGES.has(document.languageId)) return false;
  const family = familyOf(effectiveLanguage(document.languageId, document.isUntitled ? undefined : document.uri.path));
  return family !== 'text' && family !== 'other';
}

/** What the core says of one document version, under the settings and pinned versions of the moment. */
export class DocumentDiagnoses extends Disposable {
  private readonly cache = new WeakMap<vscode.TextDocument, { key: string; result: Promise<Diagnosis[]> }>();
  private generation = 0;

  constructor(readonly versions: WorkspaceVersions) {
    super();
    this._register(versions.onDidChange(() => this.generation++));
  }

  /** Invalidates what was computed (settings changed). */
  reset(): void {
    this.generation++;
  }

  diagnosesOf(document: vscode.TextDocument, kinds: DiagnosisKind[] = enabledKinds()): Promise<Diagnosis[]> {
    if (!diagnosable(document) || !kinds.length) return Promise.resolve([]);
    const key = `${document.version}:${this.generation}:${kinds.join(',')}`;
    const cached = this.cache.get(document);
    if (cached?.key === key) return cached.result;
    const result = this.compute(document, kinds);
    this.cache.set(document, { key, result });
    return result;
  }

  private async compute(document: vscode.TextDocument, kinds: DiagnosisKind[]): Promise<Diagnosis[]> {
    const path = document.isUntitled ? undefined : document.uri.path;
    const versions = await this.versions.versionsFor(path);
    if (document.isClosed) return [];
    const text = document.getText();
    const languageId = effectiveLanguage(document.languageId, path);
    return diagnoseText(text, languageId, { hints: documentHints(text.slice(0, HINTS_BYTES), path), versions, kinds }).diagnoses;
  }
}

class DiagnosticsController extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('statusCodes'));
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly diagnoses: DocumentDiagnoses) {
    super();
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()));
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.visible(e.document)) this.schedule(e.document, DEBOUNCE_MS);
      }),
    );
    this._register(
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.cancel(document);
        this.collection.delete(document.uri);
      }),
    );
    this._register(
      onDidChangeSettings(() => {
        this.diagnoses.reset();
        this.refreshVisible();
      }),
    );
    this._register(diagnoses.versions.onDidChange(() => this.refreshVisible()));
    this._register({ dispose: () => (this.timers.forEach((t) => clearTimeout(t)), this.timers.clear()) });
    this.refreshVisible();
  }

  private visible(document: vscode.TextDocument): boolean {
    return vscode.window.visibleTextEditors.some((e) => e.document === document);
  }

  private refreshVisible(): void {
    for (const document of new Set(vscode.window.visibleTextEditors.map((e) => e.document))) this.schedule(document, 0);
  }

  private cancel(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    this.cancel(document);
    const key = document.uri.toString();
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        background('Computing diagnostics', this.refresh(document));
      }, delay),
    );
  }

  private async refresh(document: vscode.TextDocument): Promise<void> {
    if (this.isDisposed || document.isClosed) return;
    const version = document.version;
    const found = await this.diagnoses.diagnosesOf(document);
    // A newer edit has its own refresh coming; a closed document keeps nothing.
    if (this.isDisposed || document.isClosed || document.version !== version) return;
    this.collection.set(document.uri, found.map(toDiagnostic));
  }
}

/** Diagnostics for the visible editors; returns what the quick fixes read. */
export function registerDiagnostics(context: vscode.ExtensionContext): DocumentDiagnoses {
  const versions = new WorkspaceVersions();
  const diagnoses = new DocumentDiagnoses(versions);
  context.subscriptions.push(versions, diagnoses, new DiagnosticsController(diagnoses));
  return diagnoses;
}
