// Language ids (as VS Code names them) and the families the detection rules are written for.
// Pure TS: no `vscode` import.

/** The language id a line of code in a document is read as: none of ours, so the rules every language shares (and every language's helpers). */
export const CODE_IN_DOCUMENT = 'code-in-document';

/** The rule families. `other` gets only the generic rules. */
export type Family =
  | 'js'
  | 'python'
  | 'jvm'
  | 'go'
  | 'ruby'
  | 'dotnet'
  | 'php'
  | 'rust'
  | 'data'
  | 'http'
  | 'nginx'
  | 'apache'
  | 'text'
  | 'other';

const FAMILY: Record<string, Family> = {
  javascript: 'js',
  typescript: 'js',
  javascriptreact: 'js',
  typescriptreact: 'js',
  vue: 'js',
  svelte: 'js',
  astro: 'js',
  python: 'python',
  java: 'jvm',
  kotlin: 'jvm',
  groovy: 'jvm',
  scala: 'jvm',
  go: 'go',
  ruby: 'ruby',
  erb: 'ruby',
  haml: 'ruby',
  slim: 'ruby',
  csharp: 'dotnet',
  fsharp: 'dotnet',
  vb: 'dotnet',
  razor: 'dotnet',
  aspnetcorerazor: 'dotnet',
  php: 'php',
  blade: 'php',
  rust: 'rust',
  yaml: 'data',
  json: 'data',
  jsonc: 'data',
  json5: 'data',
  jsonl: 'data',
  http: 'http',
  nginx: 'nginx',
  apacheconf: 'apache',
  apache: 'apache',
  log: 'text',
  plaintext: 'text',
  markdown: 'text',
  restructuredtext: 'text',
  asciidoc: 'text',
};

/** The rule family of a VS Code language id (case-insensitive); unknown ids are `other`. */
export function familyOf(languageId: string): Family {
  return FAMILY[String(languageId ?? '').toLowerCase()] ?? 'other';
}

/** Extension (lower case, without dot) -> language id. Names VS Code uses for its built-in languages. */
const BY_EXTENSION: Record<string, string> = {
  py: 'python',
  pyi: 'python',
  pyw: 'python',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  jsx: 'javascriptreact',
  tsx: 'typescriptreact',
  vue: 'vue',
  svelte: 'svelte',
  java: 'java',
  kt: 'kotlin',
  kts: 'kotlin',
  groovy: 'groovy',
  gradle: 'groovy',
  scala: 'scala',
  go: 'go',
  rb: 'ruby',
  rake: 'ruby',
  ru: 'ruby',
  gemspec: 'ruby',
  erb: 'erb',
  haml: 'haml',
  cs: 'csharp',
  csx: 'csharp',
  cshtml: 'razor',
  fs: 'fsharp',
  fsx: 'fsharp',
  vb: 'vb',
  php: 'php',
  phtml: 'php',
  rs: 'rust',
  http: 'http',
  rest: 'http',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  jsonc: 'jsonc',
  json5: 'json5',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  log: 'log',
  txt: 'plaintext',
  text: 'plaintext',
  eml: 'plaintext',
  md: 'markdown',
  markdown: 'markdown',
  adoc: 'asciidoc',
  asciidoc: 'asciidoc',
  rst: 'restructuredtext',
  sh: 'shellscript',
  bash: 'shellscript',
  zsh: 'shellscript',
  ps1: 'powershell',
  psm1: 'powershell',
  c: 'c',
  h: 'c',
  cc: 'cpp',
  cpp: 'cpp',
  cxx: 'cpp',
  hpp: 'cpp',
  swift: 'swift',
  dart: 'dart',
  ex: 'elixir',
  exs: 'elixir',
  erl: 'erlang',
  ml: 'ocaml',
  mli: 'ocaml',
  hs: 'haskell',
  clj: 'clojure',
  jl: 'julia',
  cr: 'crystal',
  nim: 'nim',
  zig: 'zig',
  lua: 'lua',
  pl: 'perl',
  pm: 'perl',
  r: 'r',
  html: 'html',
  htm: 'html',
  xml: 'xml',
  toml: 'toml',
  ini: 'ini',
  sql: 'sql',
  tf: 'terraform',
  htaccess: 'apacheconf',
};

/** Whole file names (lower case) -> language id. */
const BY_NAME: Record<string, string> = {
  gemfile: 'ruby',
  rakefile: 'ruby',
  'config.ru': 'ruby',
  dockerfile: 'dockerfile',
  makefile: 'makefile',
  '.htaccess': 'apacheconf',
  'httpd.conf': 'apacheconf',
  'apache2.conf': 'apacheconf',
  'nginx.conf': 'nginx',
  'mime.types': 'nginx',
};

/**
 * The VS Code language id for a file path, from its name and extension (for the CLI,
 * which has no editor to ask). `.conf` files are `nginx` when the path mentions nginx,
 * else `plaintext`. Unknown extensions give `plaintext`.
 */
export function languageFromPath(path: string): string {
  const p = String(path ?? '').replace(/\\/g, '/');
  const base = (p.split('/').pop() ?? '').toLowerCase();
  if (!base) return 'plaintext';
  const byName = BY_NAME[base];
  if (byName) return byName;
  const dot = base.lastIndexOf('.');
  const ext = dot >= 0 ? base.slice(dot + 1) : '';
  if (ext === 'conf' || ext === 'vhost') {
    if (/nginx/i.test(p)) return 'nginx';
    if (/apache|httpd/i.test(p)) return 'apacheconf';
    return 'plaintext';
  }
  if (dot < 0 && /^access[._-]?log|error[._-]?log|^maillog|^mail\.log/.test(base)) return 'log';
  if (/\.log\.\d+$/.test(base)) return 'log';
  return BY_EXTENSION[ext] ?? 'plaintext';
}

/** Languages VS Code gives to files whose real kind only their name tells (`*.conf` opens as `properties`). */
const NAMED_BY_FILE = ['properties'];

/**
 * Every language id the detection has rules or a file mapping for: the hover serves these, and
 * the manifest's `onLanguage` activation events list the same (a unit test keeps them equal).
 */
export const KNOWN_LANGUAGES: readonly string[] = [
  ...new Set([...Object.keys(FAMILY), ...Object.values(BY_EXTENSION), ...Object.values(BY_NAME), ...NAMED_BY_FILE]),
].sort();

/**
 * The language to detect in: the editor's, unless it is one with no rules of its own (plain text,
 * `properties`) and the file's name says more: VS Code has no nginx language, so `nginx.conf` opens
 * as `properties`, but it is an nginx config.
 */
export function effectiveLanguage(languageId: string, path?: string): string {
  if (!path) return languageId;
  const generic = (id: string): boolean => {
    const family = familyOf(id);
    return family === 'other' || family === 'text';
  };
  if (!generic(languageId)) return languageId;
  const fromPath = languageFromPath(path);
  return generic(fromPath) ? languageId : fromPath;
}

/** Info strings of fenced code blocks that are no file extension: ```console, ```shell, ```golang. */
const FENCE_NAMES: Record<string, string> = {
  shell: 'shellscript', console: 'shellscript', bash: 'shellscript', zsh: 'shellscript', golang: 'go', 'c#': 'csharp', cs: 'csharp', js: 'javascript', ts: 'typescript', node: 'javascript', rs: 'rust', kt: 'kotlin',
  ocaml: 'ocaml', haskell: 'haskell', elixir: 'elixir', erlang: 'erlang', perl: 'perl', lua: 'lua', dart: 'dart', 'f#': 'fsharp', clojure: 'clojure', crystal: 'crystal', julia: 'julia', nim: 'nim', zig: 'zig',
};

/** The language id of a fenced block's info string (```js, ```python, ```yaml {title="x"}); '' when it names none we know. */
export function fenceLanguage(info: string): string {
  const word = String(info ?? '').trim().toLowerCase().split(/[\s{,]/)[0] ?? '';
  if (!word) return '';
  if (FENCE_NAMES[word]) return FENCE_NAMES[word];
  if (FAMILY[word] && familyOf(word) !== 'text') return word;
  const byExtension = BY_EXTENSION[word];
  return byExtension && familyOf(byExtension) !== 'text' ? byExtension : '';
}

