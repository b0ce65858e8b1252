// A stand-in for the `vscode` module, so that a built extension can be required and activated in
// plain Node (scripts/bench.mjs measures load + activate and the first hover that way). The parts
// an entry touches at activation are real enough to record what was registered (providers,
// commands, views); anything else is a permissive stand-in (`anything`): callable, constructible,
// every property another stand-in, so a foreign extension's activation runs through too.
import Module from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A value that is every function, object and class at once; never a thenable. */
export function anything(name = 'vscode') {
  const target = function () {};
  return new Proxy(target, {
    get: (_t, prop) => {
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'dispose') return () => undefined;
      return anything(`${name}.${String(prop)}`);
    },
    apply: () => anything(`${name}()`),
    construct: () => anything(`new ${name}`),
  });
}

const disposable = () => ({ dispose() {} });

class Disposable {
  constructor(fn) {
    this.fn = fn;
  }
  static from(...ds) {
    return new Disposable(() => ds.forEach((d) => d?.dispose?.()));
  }
  dispose() {
    this.fn?.();
    this.fn = undefined;
  }
}

class EventEmitter {
  listeners = new Set();
  event = (listener, thisArg) => {
    const l = thisArg ? listener.bind(thisArg) : listener;
    this.listeners.add(l);
    return new Disposable(() => this.listeners.delete(l));
  };
  fire(e) {
    for (const l of [...this.listeners]) l(e);
  }
  dispose() {
    this.listeners.clear();
  }
}

/** An event nothing fires. */
const never = () => disposable();

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
}

class Range {
  constructor(a, b, c, d) {
    if (typeof a === 'number') [a, b] = [new Position(a, b), new Position(c, d)];
    this.start = a;
    this.end = b;
  }
  get isEmpty() {
    return this.start.line === this.end.line && this.start.character === this.end.character;
  }
  get isSingleLine() {
    return this.start.line === this.end.line;
  }
}

class Selection extends Range {
  constructor(a, b, c, d) {
    super(a, b, c, d);
    this.anchor = this.start;
    this.active = this.end;
  }
}

class MarkdownString {
  constructor(value = '', supportThemeIcons = false) {
    this.value = value;
    this.supportThemeIcons = supportThemeIcons;
  }
  appendMarkdown(s) {
    this.value += s;
    return this;
  }
  appendText(s) {
    this.value += s;
    return this;
  }
}

class Hover {
  constructor(contents, range) {
    this.contents = Array.isArray(contents) ? contents : [contents];
    this.range = range;
  }
}

class Uri {
  constructor(scheme, path) {
    this.scheme = scheme;
    this.path = path;
    this.fsPath = path;
    this.authority = '';
    this.query = '';
    this.fragment = '';
  }
  static file(p) {
    return new Uri('file', p);
  }
  static parse(s) {
    const m = /^([\w+.-]+):(.*)$/.exec(s);
    return m ? new Uri(m[1], m[2]) : new Uri('file', s);
  }
  static joinPath(base, ...parts) {
    return new Uri(base.scheme, [base.path, ...parts].join('/'));
  }
  with(change) {
    return new Uri(change.scheme ?? this.scheme, change.path ?? this.path);
  }
  toString() {
    return `${this.scheme}://${this.path}`;
  }
  toJSON() {
    return this.toString();
  }
}

class CodeActionKind {
  constructor(value) {
    this.value = value;
  }
  append(part) {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
  contains(other) {
    return other.value === this.value || other.value.startsWith(`${this.value}.`);
  }
  static Empty = new CodeActionKind('');
  static QuickFix = new CodeActionKind('quickfix');
  static Refactor = new CodeActionKind('refactor');
  static RefactorRewrite = new CodeActionKind('refactor.rewrite');
  static Source = new CodeActionKind('source');
}

/** A plain data class: keeps its constructor arguments. */
const dataClass = (name, keys) => {
  const C = class {
    constructor(...args) {
      keys.forEach((k, i) => (this[k] = args[i]));
    }
  };
  Object.defineProperty(C, 'name', { value: name });
  return C;
};

/** `{0}` placeholders filled in, as vscode.l10n.t does without a bundle. */
function t(message, ...args) {
  if (typeof message === 'object' && message) ({ message, args = [] } = message);
  const values = args.length === 1 && typeof args[0] === 'object' && args[0] !== null ? args[0] : args;
  return String(message).replace(/\{(\w+)\}/g, (m, k) => (values[k] !== undefined ? String(values[k]) : m));
}

/** Whether a document selector matches a document (language and scheme only), as a score. */
function match(selector, document) {
  const one = (s) => {
    if (typeof s === 'string') return s === '*' || s === document.languageId ? 10 : 0;
    if (s.scheme && s.scheme !== document.uri?.scheme) return 0;
    if (s.language && s.language !== '*' && s.language !== document.languageId) return 0;
    return s.language ? 10 : 5;
  };
  return Math.max(0, ...(Array.isArray(selector) ? selector : [selector]).map(one));
}

/** A ProviderResult-style cancellation token that is never cancelled. */
export const token = { isCancellationRequested: false, onCancellationRequested: never };

/**
 * The stub and what the extension registered with it.
 * @returns {{ vscode: any, registered: { hover: any[], completion: any[], inlayHints: any[], codeActions: any[], commands: Map<string, Function>, treeViews: string[], serializers: string[], other: string[] } }}
 */
export function createVscodeStub() {
  const registered = { hover: [], completion: [], inlayHints: [], codeActions: [], commands: new Map(), treeViews: [], serializers: [], other: [] };
  const record = (list) => (selector, provider) => (list.push({ selector, provider }), new Disposable());
  const configuration = { get: (_k, d) => d, has: () => false, inspect: () => undefined, update: () => Promise.resolve() };
  const vscode = {
    version: '1.139.0',
    Disposable,
    EventEmitter,
    Position,
    Range,
    Selection,
    MarkdownString,
    Hover,
    Uri,
    CodeActionKind,
    CompletionItem: dataClass('CompletionItem', ['label', 'kind']),
    CompletionList: dataClass('CompletionList', ['items', 'isIncomplete']),
    InlayHint: dataClass('InlayHint', ['position', 'label', 'kind']),
    InlayHintLabelPart: dataClass('InlayHintLabelPart', ['value']),
    Diagnostic: dataClass('Diagnostic', ['range', 'message', 'severity']),
    CodeAction: dataClass('CodeAction', ['title', 'kind']),
    TreeItem: dataClass('TreeItem', ['label', 'collapsibleState']),
    ThemeIcon: dataClass('ThemeIcon', ['id', 'color']),
    SnippetString: dataClass('SnippetString', ['value']),
    WorkspaceEdit: class { replace() {} insert() {} set() {} },
    CancellationTokenSource: class { token = token; cancel() {} dispose() {} },
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
    CompletionItemKind: { Value: 12, Constant: 20, Text: 0 },
    CompletionItemTag: { Deprecated: 1 },
    InlayHintKind: { Type: 1, Parameter: 2 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    QuickPickItemKind: { Separator: -1, Default: 0 },
    ExtensionMode: { Production: 1, Development: 2, Test: 3 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    l10n: { t, bundle: undefined, uri: undefined },
    env: { language: 'en', appName: 'Visual Studio Code', uiKind: 1, clipboard: { readText: () => Promise.resolve(''), writeText: () => Promise.resolve() }, openExternal: () => Promise.resolve(true) },
    languages: {
      registerHoverProvider: record(registered.hover),
      registerCompletionItemProvider: record(registered.completion),
      registerInlayHintsProvider: record(registered.inlayHints),
      registerCodeActionsProvider: record(registered.codeActions),
      createDiagnosticCollection: () => ({ set() {}, delete() {}, clear() {}, get: () => undefined, forEach() {}, dispose() {} }),
      match,
      onDidChangeDiagnostics: never,
      getDiagnostics: () => [],
    },
    commands: {
      registerCommand: (id, fn) => (registered.commands.set(id, fn), new Disposable(() => registered.commands.delete(id))),
      registerTextEditorCommand: (id, fn) => (registered.commands.set(id, fn), new Disposable()),
      executeCommand: () => Promise.resolve(undefined),
      getCommands: () => Promise.resolve([...registered.commands.keys()]),
    },
    window: {
      visibleTextEditors: [],
      activeTextEditor: undefined,
      onDidChangeVisibleTextEditors: never,
      onDidChangeActiveTextEditor: never,
      onDidChangeTextEditorSelection: never,
      onDidChangeActiveColorTheme: never,
      createTreeView: (id) => (registered.treeViews.push(id), { visible: false, onDidChangeVisibility: never, onDidExpandElement: never, onDidCollapseElement: never, onDidChangeSelection: never, reveal: () => Promise.resolve(), dispose() {} }),
      registerTreeDataProvider: (id) => (registered.treeViews.push(id), new Disposable()),
      registerWebviewPanelSerializer: (viewType) => (registered.serializers.push(viewType), new Disposable()),
      registerWebviewViewProvider: (viewType) => (registered.serializers.push(viewType), new Disposable()),
      createOutputChannel: () => ({ append() {}, appendLine() {}, info() {}, warn() {}, error() {}, debug() {}, trace() {}, show() {}, clear() {}, dispose() {} }),
      createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
      showInformationMessage: () => Promise.resolve(undefined),
      showWarningMessage: () => Promise.resolve(undefined),
      showErrorMessage: () => Promise.resolve(undefined),
      setStatusBarMessage: disposable,
    },
    workspace: {
      workspaceFolders: undefined,
      textDocuments: [],
      getConfiguration: () => configuration,
      onDidChangeConfiguration: never,
      onDidChangeTextDocument: never,
      onDidOpenTextDocument: never,
      onDidCloseTextDocument: never,
      onDidSaveTextDocument: never,
      onDidChangeWorkspaceFolders: never,
      createFileSystemWatcher: () => ({ onDidChange: never, onDidCreate: never, onDidDelete: never, dispose() {} }),
      findFiles: () => Promise.resolve([]),
      fs: { readFile: () => Promise.reject(new Error('stub: no file system')), stat: () => Promise.reject(new Error('stub: no file system')) },
      isTrusted: true,
    },
    extensions: { getExtension: () => undefined, all: [], onDidChange: never },
  };
  // Anything else an extension touches: a stand-in, named in `registered.other`.
  const permissive = (obj, name) =>
    new Proxy(obj, {
      get: (o, prop) => {
        if (prop in o || typeof prop === 'symbol' || prop === '__esModule') return o[prop];
        registered.other.push(`${name}.${prop}`);
        return anything(`${name}.${prop}`);
      },
    });
  for (const ns of ['languages', 'commands', 'window', 'workspace', 'env', 'extensions']) vscode[ns] = permissive(vscode[ns], `vscode.${ns}`);
  return { vscode: permissive(vscode, 'vscode'), registered };
}

/** Makes `require('vscode')` return `vscode` from now on in this process. */
export function installVscodeStub(vscode) {
  const M = /** @type {any} */ (Module);
  const load = M._load;
  M._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
  };
}

/** An ExtensionContext for the extension in `dir` (its package.json as packageJSON). */
export function stubContext(dir) {
  const packageJSON = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const memento = () => {
    const m = new Map();
    return { get: (k, d) => (m.has(k) ? m.get(k) : d), update: (k, v) => (m.set(k, v), Promise.resolve()), keys: () => [...m.keys()], setKeysForSync() {} };
  };
  const uri = Uri.file(dir);
  const extension = { id: `${packageJSON.publisher}.${packageJSON.name}`, extensionUri: uri, extensionPath: dir, isActive: true, packageJSON, extensionKind: 2, exports: undefined };
  const storage = Uri.file(join(dir, '.bench-storage'));
  return {
    subscriptions: [],
    extension,
    extensionPath: dir,
    extensionUri: uri,
    asAbsolutePath: (p) => join(dir, p),
    extensionMode: 1,
    globalState: memento(),
    workspaceState: memento(),
    secrets: { get: () => Promise.resolve(undefined), store: () => Promise.resolve(), delete: () => Promise.resolve(), onDidChange: never },
    storageUri: storage,
    globalStorageUri: storage,
    logUri: storage,
    storagePath: storage.fsPath,
    globalStoragePath: storage.fsPath,
    logPath: storage.fsPath,
    environmentVariableCollection: anything('environmentVariableCollection'),
    languageModelAccessInformation: anything('languageModelAccessInformation'),
  };
}

/** A TextDocument over `text`. */
export function stubDocument(text, languageId, path = `/bench/file.${languageId}`) {
  const lines = text.split('\n');
  const starts = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const offsetAt = (p) => Math.min(text.length, (starts[p.line] ?? text.length) + p.character);
  const positionAt = (offset) => {
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return new Position(lo, o - starts[lo]);
  };
  return {
    uri: Uri.file(path),
    fileName: path,
    languageId,
    version: 1,
    isUntitled: false,
    isClosed: false,
    isDirty: false,
    eol: 1,
    lineCount: lines.length,
    lineAt: (n) => {
      const line = typeof n === 'number' ? n : n.line;
      const s = lines[line] ?? '';
      return { lineNumber: line, text: s, range: new Range(line, 0, line, s.length), isEmptyOrWhitespace: !s.trim(), firstNonWhitespaceCharacterIndex: s.length - s.trimStart().length };
    },
    getText: (range) => (range ? text.slice(offsetAt(range.start), offsetAt(range.end)) : text),
    offsetAt,
    positionAt,
    getWordRangeAtPosition: (p, re = /[\w$]+/g) => {
      const s = lines[p.line] ?? '';
      const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
      for (const m of s.matchAll(g)) if (m.index <= p.character && p.character <= m.index + m[0].length) return new Range(p.line, m.index, p.line, m.index + m[0].length);
      return undefined;
    },
    validatePosition: (p) => p,
    validateRange: (r) => r,
    save: () => Promise.resolve(true),
  };
}

export { Position, Range };
