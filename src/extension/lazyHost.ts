// The node entry's stand-ins: at activation one provider of each kind, one command per contributed
// command, the tree view and the webview serializer are registered with VS Code, each a thin proxy
// that loads the features on first use (`load`) and hands the call to what the features registered
// with this host. So activation costs a few registrations and nothing of the registry, detection,
// renderers or strings.
import vscode = require('vscode');
import type { Host } from './host';

/** What the proxies must declare at registration, before any feature is loaded. */
export interface Contributions {
  /** Document selector of every provider. */
  selector: vscode.DocumentSelector;
  /** Every command the manifest contributes. */
  commands: readonly string[];
  completionTriggers: readonly string[];
  /** Code action kinds, as `refactor.rewrite.statusCodes` strings. */
  codeActionKinds: readonly string[];
  treeViews: ReadonlyArray<{ id: string; showCollapseAll?: boolean }>;
  webviewPanels: readonly string[];
}

interface Registered<T> {
  selector: vscode.DocumentSelector;
  provider: T;
}

/** Providers of one kind registered by the features, and the proxy VS Code calls. */
class Slot<T> {
  readonly items: Array<Registered<T>> = [];

  add(selector: vscode.DocumentSelector, provider: T): vscode.Disposable {
    const item = { selector, provider };
    this.items.push(item);
    return new vscode.Disposable(() => {
      const i = this.items.indexOf(item);
      if (i >= 0) this.items.splice(i, 1);
    });
  }

  for(document: vscode.TextDocument): T[] {
    return this.items.filter((r) => vscode.languages.match(r.selector, document) > 0).map((r) => r.provider);
  }
}

type Result<T> = vscode.ProviderResult<T>;

/** A tree view the entry created, with the proxy's change event and where the features' provider plugs in. */
interface TreeEntry {
  view: vscode.TreeView<unknown>;
  changed: vscode.EventEmitter<unknown>;
  plug(provider: vscode.TreeDataProvider<unknown>): void;
}

/** Applies `f` to a provider's answer, now or when it arrives. */
function then<T, U>(r: Result<T>, f: (v: T | null | undefined) => U): U | Promise<U> {
  return r && typeof (r as PromiseLike<T>).then === 'function' ? Promise.resolve(r).then(f) : f(r as T | null | undefined);
}

/** One provider's answer as is; several providers' answers concatenated. */
function concat<T>(results: Array<Result<T[]>>): Result<T[]> {
  if (results.length <= 1) return results[0];
  return Promise.all(results).then((all) => all.flatMap((r) => r ?? []));
}

export class LazyHost implements Host {
  private readonly hovers = new Slot<vscode.HoverProvider>();
  private readonly completions = new Slot<vscode.CompletionItemProvider>();
  private readonly inlayHints = new Slot<vscode.InlayHintsProvider>();
  private readonly codeActions = new Slot<vscode.CodeActionProvider>();
  private readonly handlers = new Map<string, (...args: unknown[]) => unknown>();
  private readonly trees = new Map<string, TreeEntry>();
  private readonly serializers = new Map<string, vscode.WebviewPanelSerializer>();
  private readonly inlayChanged = new vscode.EventEmitter<void>();
  /** Who answered which completion item or code action, for their resolve calls. */
  private readonly origin = new WeakMap<object, { resolveCompletionItem?: Function; resolveCodeAction?: Function }>();

  constructor(
    private readonly contributions: Contributions,
    /** Loads the features (once); false when they could not be loaded. */
    private readonly load: () => boolean,
  ) {}

  /** Registers the proxies; everything registered is owned by `subscriptions`. */
  install(subscriptions: vscode.Disposable[]): void {
    const c = this.contributions;
    const load = this.load;
    const self = this;
    subscriptions.push(this.inlayChanged);
    subscriptions.push(
      vscode.languages.registerHoverProvider(c.selector, {
        provideHover(document, position, token) {
          if (!load()) return undefined;
          for (const p of self.hovers.for(document)) {
            const h = p.provideHover(document, position, token);
            if (h) return h;
          }
          return undefined;
        },
      }),
      vscode.languages.registerCompletionItemProvider(
        c.selector,
        {
          provideCompletionItems(document, position, token, context) {
            if (!load()) return undefined;
            const providers = self.completions.for(document);
            const results = providers.map((p) =>
              then(p.provideCompletionItems(document, position, token, context), (list) => {
                for (const item of Array.isArray(list) ? list : (list?.items ?? [])) self.origin.set(item, p);
                return list;
              }),
            );
            if (results.length <= 1) return results[0];
            return Promise.all(results).then((all) => {
              const items = all.flatMap((r) => (Array.isArray(r) ? r : (r?.items ?? [])));
              return new vscode.CompletionList(items, all.some((r) => !!r && !Array.isArray(r) && r.isIncomplete));
            });
          },
          resolveCompletionItem(item, token) {
            const p = self.origin.get(item);
            return p?.resolveCompletionItem ? (p.resolveCompletionItem(item, token) as Result<vscode.CompletionItem>) : item;
          },
        },
        ...c.completionTriggers,
      ),
      vscode.languages.registerInlayHintsProvider(c.selector, {
        onDidChangeInlayHints: this.inlayChanged.event,
        provideInlayHints(document, range, token) {
          if (!load()) return undefined;
          return concat(self.inlayHints.for(document).map((p) => p.provideInlayHints(document, range, token)));
        },
      }),
      vscode.languages.registerCodeActionsProvider(
        c.selector,
        {
          provideCodeActions(document, range, context, token) {
            if (!load()) return undefined;
            return concat(
              self.codeActions.for(document).map((p) =>
                then(p.provideCodeActions(document, range, context, token), (list) => {
                  for (const a of list ?? []) self.origin.set(a, p);
                  return list;
                }),
              ),
            );
          },
          resolveCodeAction(action, token) {
            const p = self.origin.get(action);
            return p?.resolveCodeAction ? (p.resolveCodeAction(action, token) as Result<vscode.CodeAction>) : action;
          },
        },
        { providedCodeActionKinds: c.codeActionKinds.map((k) => vscode.CodeActionKind.Empty.append(k)) },
      ),
    );
    for (const id of c.commands) {
      subscriptions.push(
        vscode.commands.registerCommand(id, (...args: unknown[]) => {
          if (!load()) return undefined;
          const run = this.handlers.get(id);
          if (!run) throw new Error(`command ${id} has no handler`);
          return run(...args);
        }),
      );
    }
    for (const { id, showCollapseAll } of c.treeViews) {
      const changed = new vscode.EventEmitter<unknown>();
      let provider: vscode.TreeDataProvider<unknown> | undefined;
      const real = (): vscode.TreeDataProvider<unknown> | undefined => (load() ? provider : undefined);
      const proxy: vscode.TreeDataProvider<unknown> = {
        onDidChangeTreeData: changed.event,
        getTreeItem: (node) => real()!.getTreeItem(node),
        getChildren: (node) => real()?.getChildren(node) ?? [],
        getParent: (node) => real()?.getParent?.(node),
        resolveTreeItem: (item, node, token) => {
          const p = real();
          return p?.resolveTreeItem ? p.resolveTreeItem(item, node, token) : item;
        },
      };
      const view = vscode.window.createTreeView(id, { treeDataProvider: proxy, showCollapseAll });
      this.trees.set(id, { view, changed, plug: (p) => (provider = p) });
      subscriptions.push(view, changed);
    }
    for (const viewType of c.webviewPanels) {
      subscriptions.push(
        vscode.window.registerWebviewPanelSerializer(viewType, {
          deserializeWebviewPanel: async (panel, state) => {
            const s = load() ? this.serializers.get(viewType) : undefined;
            if (!s) {
              panel.dispose();
              return;
            }
            await s.deserializeWebviewPanel(panel, state);
          },
        }),
      );
    }
  }

  // --- Host: what the features call ---

  readonly languages: Host['languages'] = {
    registerHoverProvider: (selector, provider) => this.hovers.add(selector, provider),
    registerCompletionItemProvider: (selector, provider) => this.completions.add(selector, provider),
    registerInlayHintsProvider: (selector, provider) => {
      const sub = provider.onDidChangeInlayHints?.(() => this.inlayChanged.fire());
      const reg = this.inlayHints.add(selector, provider);
      this.inlayChanged.fire();
      return vscode.Disposable.from(reg, ...(sub ? [sub] : []));
    },
    registerCodeActionsProvider: (selector, provider) => this.codeActions.add(selector, provider),
  };

  readonly commands: Host['commands'] = {
    registerCommand: (id, run, thisArg?: unknown) => {
      if (!this.contributions.commands.includes(id)) return vscode.commands.registerCommand(id, run, thisArg);
      this.handlers.set(id, thisArg === undefined ? run : run.bind(thisArg));
      return new vscode.Disposable(() => this.handlers.delete(id));
    },
  };

  readonly window: Host['window'] = {
    createTreeView: <T>(id: string, options: vscode.TreeViewOptions<T>): vscode.TreeView<T> => {
      const entry = this.trees.get(id);
      if (!entry || !options.treeDataProvider) return vscode.window.createTreeView(id, options);
      entry.plug(options.treeDataProvider as vscode.TreeDataProvider<unknown>);
      const sub = options.treeDataProvider.onDidChangeTreeData?.((e) => entry.changed.fire(e));
      // The view lives as long as the entry; what the features dispose is their subscription.
      const view = entry.view as vscode.TreeView<T>;
      return new Proxy(view, {
        get: (target, prop, receiver) => (prop === 'dispose' ? () => sub?.dispose() : Reflect.get(target, prop, receiver)),
        set: (target, prop, value) => Reflect.set(target, prop, value),
      });
    },
    registerWebviewPanelSerializer: (viewType, serializer) => {
      if (!this.contributions.webviewPanels.includes(viewType)) return vscode.window.registerWebviewPanelSerializer(viewType, serializer);
      this.serializers.set(viewType, serializer);
      return new vscode.Disposable(() => this.serializers.delete(viewType));
    },
  };
}
