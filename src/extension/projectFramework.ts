// The default framework for snippets: the setting, else the workspace's manifests, else the language.
import vscode = require('vscode');
import { chooseFramework, frameworkFromImports, frameworkFromManifest, MANIFEST_GLOBS } from '../core/snippets/projectFramework';
import { getSettings } from './config';

/** Manifests larger than this are not read (a generated lock file, a huge pom). */
const MAX_MANIFEST_BYTES = 512 * 1024;

let cache: Promise<string[]> | undefined;

export function registerProjectFramework(context: vscode.ExtensionContext): void {
  const watcher = vscode.workspace.createFileSystemWatcher(`**/{${MANIFEST_GLOBS.join(',')}}`);
  const reset = (): void => {
    cache = undefined;
  };
  context.subscriptions.push(watcher, watcher.onDidCreate(reset), watcher.onDidChange(reset), watcher.onDidDelete(reset), vscode.workspace.onDidChangeWorkspaceFolders(reset));
  // Look the workspace up now, in the background: the first response view should not wait for a
  // cold search service (~0.6 s in a fresh extension host).
  const prefetch = setTimeout(() => {
    if (getSettings().defaultFramework === 'auto') cache ??= fromWorkspace().catch(() => []);
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(prefetch) });
}

/** The frameworks the workspace's manifests name, shallowest manifest first. */
async function fromWorkspace(): Promise<string[]> {
  if (!vscode.workspace.workspaceFolders?.length) return [];
  const files = await vscode.workspace.findFiles(`**/{${MANIFEST_GLOBS.join(',')}}`, '**/{node_modules,.git,vendor,dist,build,target,.venv,venv}/**', 50);
  // Shallow files first: the project's own manifest beats a sample's.
  files.sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path));
  const found: string[] = [];
  for (const uri of files) {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_MANIFEST_BYTES) continue;
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const id = frameworkFromManifest(uri.path, text);
      if (id && !found.includes(id)) found.push(id);
    } catch {
      // Unreadable file: look at the next one.
    }
  }
  return found;
}

/**
 * The framework to preselect without waiting more than `waitMs` for the workspace: `now` is the
 * answer if it came in time, else the language's; `later`, when it did not, is the workspace's answer.
 */
export async function defaultFrameworkSoon(document: vscode.TextDocument | undefined, waitMs: number): Promise<{ now: string | undefined; later?: Promise<string | undefined> }> {
  const languageId = document?.languageId;
  const full = frameworkFor(document).then((f) => f.id, () => undefined);
  const timer = new Promise<'late'>((done) => setTimeout(() => done('late'), waitMs));
  const first = await Promise.race([full, timer]);
  if (first !== 'late') return { now: first };
  return { now: chooseFramework([], languageId), later: full };
}

/** A file's head is enough to read its imports (a huge or minified file costs no more). */
const IMPORTS_BYTES = 16384;

/**
 * The framework for snippets into `document`: the setting, else the one its imports name (both
 * certain: no need to ask), else the workspace's in its language, else the language's.
 */
export async function frameworkFor(document: vscode.TextDocument | undefined): Promise<{ id: string | undefined; certain: boolean }> {
  const setting = getSettings().defaultFramework;
  if (setting !== 'auto') return { id: setting, certain: true };
  if (document && !document.isClosed) {
    const head = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(IMPORTS_BYTES)));
    const fromImports = frameworkFromImports(head, document.languageId);
    if (fromImports) return { id: fromImports, certain: true };
  }
  return { id: await defaultFramework(document?.languageId), certain: false };
}

/** The framework to preselect: the setting, else the workspace's (in the editor's language), else the language's. */
export async function defaultFramework(languageId?: string): Promise<string | undefined> {
  const setting = getSettings().defaultFramework;
  if (setting !== 'auto') return setting;
  cache ??= fromWorkspace();
  return chooseFramework(await cache, languageId);
}
