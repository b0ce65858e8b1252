// The node entry (dist/extension.js): registers a stand-in for every provider, command, view and
// serializer the features have (lazyHost.ts) and nothing else, so activation loads a few KB. The
// features (dist/features.js: registry, detection, renderers, strings) load on first use, once:
// the first hover, command, inlay hint or tree expansion, or a document shown that diagnostics read.
import { join as joinPath } from 'node:path';
import vscode = require('vscode');
import { CODE_ACTION_KINDS, COMPLETION_TRIGGERS, MOCK_CONTEXT, REFERENCE_VIEW, RESPONSE_VIEW_TYPE } from './contributions';
import { LazyHost } from './lazyHost';
import type { StatusCodesApi } from './nodeFeatures';
import { requireWithCache, type CachedRequire } from './util/compileCache';

/** How long after loading the features their code cache is written (so it holds what the first uses compiled). */
const CACHE_AFTER_MS = 10_000;

let features: CachedRequire<typeof import('./nodeFeatures')> | undefined;

interface Manifest {
  activationEvents?: string[];
  contributes?: { commands?: Array<{ command: string }> };
}

export function activate(context: vscode.ExtensionContext): StatusCodesApi {
  const manifest = context.extension.packageJSON as Manifest;
  const selector = (manifest.activationEvents ?? []).filter((e) => e.startsWith('onLanguage:')).map((e) => ({ language: e.slice('onLanguage:'.length) }));
  let api: StatusCodesApi | undefined;
  let failed = false;
  const load = (): boolean => {
    if (api) return true;
    if (failed) return false;
    try {
      // A separate bundle, required through V8's code cache (util/compileCache.ts).
      features = requireWithCache(context.asAbsolutePath('dist/features.js'), joinPath(context.globalStorageUri.fsPath, 'compile-cache'));
      api = features.exports.activate(context, lazy);
      const loaded = features;
      const timer = setTimeout(() => loaded.flush(), CACHE_AFTER_MS);
      context.subscriptions.push({ dispose: () => clearTimeout(timer) });
      return true;
    } catch (e) {
      failed = true;
      console.error('[status-codes] the features could not be loaded', e);
      void vscode.window.showErrorMessage(vscode.l10n.t('Status Codes could not start: {0}', e instanceof Error ? e.message : String(e)));
      return false;
    }
  };
  const lazy = new LazyHost(
    {
      selector,
      commands: (manifest.contributes?.commands ?? []).map((c) => c.command),
      completionTriggers: COMPLETION_TRIGGERS,
      codeActionKinds: Object.values(CODE_ACTION_KINDS),
      treeViews: [{ id: REFERENCE_VIEW, showCollapseAll: true }],
      webviewPanels: [RESPONSE_VIEW_TYPE],
    },
    load,
  );
  lazy.install(context.subscriptions);
  // Diagnostics read the documents shown: once one of ours is visible, load the features (after
  // activation returns, so activation itself stays a few registrations).
  const loadIfShown = (): void => {
    if (!vscode.window.visibleTextEditors.some((e) => vscode.languages.match(selector, e.document) > 0)) return;
    whenShown.dispose();
    setTimeout(load, 0);
  };
  const whenShown = vscode.window.onDidChangeVisibleTextEditors(loadIfShown);
  context.subscriptions.push(whenShown);
  loadIfShown();
  void vscode.commands.executeCommand('setContext', MOCK_CONTEXT, true);
  return {
    get reference() {
      if (!load()) throw new Error('Status Codes features are unavailable');
      return api!.reference;
    },
  };
}

export function deactivate(): void {
  features?.flush();
}
