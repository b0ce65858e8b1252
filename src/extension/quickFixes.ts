// Fixes for the diagnostics of diagnostics.ts: a quick fix per replacement name or suggested code,
// `source.fixAll.statusCodes` for a whole file (so `editor.codeActionsOnSave` can run it), and a
// command that renames the deprecated constants of the whole workspace through the refactor preview.
//
// The whole-file and workspace fixes write only names the project's pinned version has (or that
// every covered version has); a name that needs a newer version than is known stays a quick fix
// a person chooses.
import vscode = require('vscode');
import { diagnoseText, safeReplacement, type DeprecatedConstantDiagnosis, type Diagnosis } from '../core/diagnose';
import { documentHints, KNOWN_LANGUAGES, languageFromPath } from '../core/detect/index';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_SOURCE, diagnosable, rangeOf, replacementTitle, type DocumentDiagnoses } from './diagnostics';
import { getSettings } from './config';
import { registerCommand } from './log';
import { CODE_ACTION_KINDS } from './contributions';
import { host } from './host';

export const FIX_ALL_KIND = vscode.CodeActionKind.Empty.append(CODE_ACTION_KINDS.fixAll);
export const FIX_WORKSPACE_COMMAND = 'statusCodes.fixDeprecatedConstants';

/** Files the workspace fix reads: the languages whose constant tables record renames. */
const SOURCE_GLOB = '**/*.{py,rb,erb,haml,slim,java,kt,kts,groovy,scala,ts,tsx,js,jsx,mjs,cjs,cs,fs,vb,cshtml,razor}';
const EXCLUDE = '**/{node_modules,.git,vendor,dist,build,target,out,.venv,venv,site-packages}/**';
const MAX_FILES = 5000;
const MAX_BYTES = 1024 * 1024;

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c);
}

/** The editor's diagnostic for a core diagnosis, if the context carries it. */
function matching(context: vscode.CodeActionContext, d: Diagnosis): vscode.Diagnostic[] {
  const range = rangeOf(d);
  return context.diagnostics.filter((x) => x.source === DIAGNOSTIC_SOURCE && codeOf(x) === DIAGNOSTIC_CODES[d.kind] && x.range.isEqual(range));
}

function replaceAction(document: vscode.TextDocument, title: string, range: vscode.Range, text: string, diagnostics: vscode.Diagnostic[], preferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, range, text);
  action.diagnostics = diagnostics;
  action.isPreferred = preferred;
  return action;
}

class StatusCodesFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] };

  constructor(private readonly diagnoses: DocumentDiagnoses) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    if (!diagnosable(document)) return [];
    const wantFixAll = context.only !== undefined && FIX_ALL_KIND.intersects(context.only);
    const wantQuick = context.only === undefined || vscode.CodeActionKind.QuickFix.intersects(context.only);
    if (!wantFixAll && !wantQuick) return [];
    const found = await this.diagnoses.diagnosesOf(document);
    if (token.isCancellationRequested) return [];
    const actions: vscode.CodeAction[] = [];
    if (wantFixAll) {
      const fix = this.fixAll(document, found);
      if (fix) actions.push(fix);
    }
    if (wantQuick) {
      for (const d of found) {
        const r = rangeOf(d);
        if (!r.intersection(range) && !r.contains(range.start)) continue;
        const diagnostics = matching(context, d);
        if (d.kind === 'deprecatedConstant') {
          const safe = safeReplacement(d);
          for (const rep of d.replacements) actions.push(replaceAction(document, replacementTitle(d, rep), r, rep.name, diagnostics, rep.name === safe));
        } else if (d.kind === 'unassignedStatus') {
          for (const s of d.suggestions.filter((x) => x.protocol === 'http')) {
            actions.push(replaceAction(document, vscode.l10n.t('Change to {0} {1}', s.code, s.phrase), r, s.code, diagnostics, false));
          }
        }
      }
    }
    return actions;
  }

  private fixAll(document: vscode.TextDocument, found: Diagnosis[]): vscode.CodeAction | undefined {
    const edit = new vscode.WorkspaceEdit();
    let count = 0;
    for (const d of found) {
      const name = d.kind === 'deprecatedConstant' ? safeReplacement(d) : undefined;
      if (!name) continue;
      edit.replace(document.uri, rangeOf(d), name);
      count++;
    }
    if (!count) return undefined;
    const action = new vscode.CodeAction(vscode.l10n.t('Rename the deprecated status constants of this file'), FIX_ALL_KIND);
    action.edit = edit;
    return action;
  }
}

/** What the workspace fix did: files touched and names replaced. */
export interface WorkspaceFixResult {
  files: number;
  edits: number;
  applied: boolean;
}

async function fixWorkspace(diagnoses: DocumentDiagnoses, options: { confirm?: boolean } = {}): Promise<WorkspaceFixResult> {
  const confirm = options.confirm !== false;
  if (!getSettings().diagnostics.deprecatedConstants) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The setting statusCodes.diagnostics.deprecatedConstants is off.'));
    return { files: 0, edits: 0, applied: false };
  }
  const edit = new vscode.WorkspaceEdit();
  const metadata: vscode.WorkspaceEditEntryMetadata = { needsConfirmation: confirm, label: vscode.l10n.t('Rename deprecated status constants') };
  let files = 0;
  let edits = 0;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Looking for deprecated status constants'), cancellable: true },
    async (_progress, token) => {
      const uris = await vscode.workspace.findFiles(SOURCE_GLOB, EXCLUDE, MAX_FILES, token);
      for (const uri of uris) {
        if (token.isCancellationRequested) return;
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        let text: string;
        let languageId: string;
        let found: Diagnosis[];
        if (open) {
          found = await diagnoses.diagnosesOf(open, ['deprecatedConstant']);
        } else {
          try {
            if ((await vscode.workspace.fs.stat(uri)).size > MAX_BYTES) continue;
            text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
          } catch {
            continue;
          }
          languageId = languageFromPath(uri.path);
          if (!(KNOWN_LANGUAGES as readonly string[]).includes(languageId)) continue;
          const versions = await diagnoses.versions.versionsFor(uri.path);
          found = diagnoseText(text, languageId, { hints: documentHints(text.slice(0, 65536), uri.path), versions, kinds: ['deprecatedConstant'] }).diagnoses;
        }
        let here = 0;
        for (const d of found as DeprecatedConstantDiagnosis[]) {
          const name = safeReplacement(d);
          if (!name) continue;
          edit.replace(uri, rangeOf(d), name, { ...metadata, description: `${d.name} → ${name}` });
          here++;
        }
        if (here) (files++, (edits += here));
      }
    },
  );
  if (!edits) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No deprecated status constants to rename (for the versions the workspace pins).'));
    return { files, edits, applied: false };
  }
  const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  return { files, edits, applied };
}

export function registerQuickFixes(context: vscode.ExtensionContext, diagnoses: DocumentDiagnoses): void {
  const selector: vscode.DocumentSelector = KNOWN_LANGUAGES.map((language) => ({ language }));
  context.subscriptions.push(
    host().languages.registerCodeActionsProvider(selector, new StatusCodesFixProvider(diagnoses), StatusCodesFixProvider.metadata),
    registerCommand(FIX_WORKSPACE_COMMAND, (options?: unknown) => fixWorkspace(diagnoses, typeof options === 'object' && options !== null ? (options as { confirm?: boolean }) : {})),
  );
}
