// The framework versions the workspace pins: its manifests and lock files, found with a small set
// of globs, read once (bounded) and cached until a FileSystemWatcher sees one change.
import vscode = require('vscode');
import { parseVersionFile, pinsFor, tableVersions, VERSION_FILE_GLOBS, type Pins } from '../core/versions';
import { log } from './log';
import { Disposable } from './util/dispose';

const GLOB = `**/{${VERSION_FILE_GLOBS.join(',')}}`;
const EXCLUDE = '**/{node_modules,.git,vendor,dist,build,target,.venv,venv,site-packages}/**';
/** At most this many files, each of at most this size (a lock file of a large project is a few MB). */
const MAX_FILES = 200;
const MAX_BYTES = 4 * 1024 * 1024;

export class WorkspaceVersions extends Disposable {
  private files: Promise<Array<{ path: string; pins: Pins }>> | undefined;
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** Fires when a version file was created, changed or deleted (debounced). */
  readonly onDidChange = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(GLOB));
    const reset = (): void => {
      this.files = undefined;
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.changed.fire(), 300);
    };
    this._register(watcher.onDidCreate(reset));
    this._register(watcher.onDidChange(reset));
    this._register(watcher.onDidDelete(reset));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(reset));
    this._register({ dispose: () => this.timer && clearTimeout(this.timer) });
  }

  /** Each constant table's pinned version for a document at `path` (undefined: an untitled document). */
  async versionsFor(path: string | undefined): Promise<Record<string, string>> {
    this.files ??= this.read();
    return tableVersions(pinsFor(path, await this.files));
  }

  private async read(): Promise<Array<{ path: string; pins: Pins }>> {
    if (!vscode.workspace.workspaceFolders?.length) return [];
    const out: Array<{ path: string; pins: Pins }> = [];
    try {
      const uris = await vscode.workspace.findFiles(GLOB, EXCLUDE, MAX_FILES);
      for (const uri of uris) {
        try {
          const stat = await vscode.workspace.fs.stat(uri);
          if (stat.size > MAX_BYTES) continue;
          const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
          const pins = parseVersionFile(uri.path, text);
          if (Object.keys(pins).length) out.push({ path: uri.path, pins });
        } catch {
          // Unreadable: the next one.
        }
      }
    } catch (e) {
      log.error('Reading the workspace manifests failed', e);
    }
    return out;
  }
}
