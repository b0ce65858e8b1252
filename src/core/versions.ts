// Which framework versions a workspace pins, from its manifests and lock files. Pure: the caller
// reads the files (bounded) and hands over their paths and text; nothing here touches a disk.
//
// A lock file (or an exact pin) gives the version installed; a manifest's range gives its lowest
// allowed version, since the code must work on every version the range admits (`>=3.11`, `^10.2`).
// A range without a lower bound (`*`, `<4`, `latest`, a git URL) gives nothing.
import { compareVersions, constantTable } from './constants/index';

/** A package's pinned version: `pypi:starlette` -> `0.48.0`. */
export type Pins = Record<string, string>;

/** Manifest and lock file names worth reading (globs for the extension's findFiles and watcher). */
export const VERSION_FILE_GLOBS = [
  'requirements*.txt', 'pyproject.toml', 'poetry.lock', 'uv.lock', 'Pipfile', 'Pipfile.lock', '.python-version', 'runtime.txt',
  'Gemfile', 'Gemfile.lock', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'package.json', 'package-lock.json', 'go.mod', '*.csproj',
];

/**
 * Each constant table's governing package(s), first found wins, and the product name the messages
 * use. Tables with no version-dependent entry need none (their renames hold in every version).
 */
export const TABLE_PACKAGES: Record<string, { product: string; packages: readonly string[] }> = {
  'python-httpstatus': { product: 'Python', packages: ['python'] },
  'starlette-status': { product: 'Starlette', packages: ['pypi:starlette'] },
  'drf-status': { product: 'Django REST framework', packages: ['pypi:djangorestframework'] },
  'rack-symbols': { product: 'Rack', packages: ['gem:rack'] },
  'spring-httpstatus': { product: 'Spring Framework', packages: ['maven:spring-web', 'maven:spring-framework'] },
  'nestjs-httpstatus': { product: 'NestJS', packages: ['npm:@nestjs/common'] },
  'go-net-http': { product: 'Go', packages: ['go'] },
  'aspnet-statuscodes': { product: 'ASP.NET Core', packages: ['dotnet'] },
  'dotnet-httpstatuscode': { product: '.NET', packages: ['dotnet'] },
};

/** The product a table's versions are counted in (`Python`, `Spring Framework`), else the table's title. */
export function productOf(tableId: string): string {
  return TABLE_PACKAGES[tableId]?.product ?? constantTable(tableId)?.title ?? tableId;
}

/**
 * The Spring Framework line each Spring Boot line manages (spring-boot-dependencies), by minor;
 * the `.0` of the line, so a Boot pin never claims more than its framework surely has.
 */
const BOOT_TO_FRAMEWORK: ReadonlyArray<[boot: string, framework: string]> = [
  ['2.0', '5.0'], ['2.1', '5.1'], ['2.2', '5.2'], ['2.3', '5.2'], ['2.4', '5.3'], ['2.5', '5.3'], ['2.6', '5.3'], ['2.7', '5.3'],
  ['3.0', '6.0'], ['3.1', '6.0'], ['3.2', '6.1'], ['3.3', '6.1'], ['3.4', '6.2'], ['3.5', '6.2'], ['4.0', '7.0'],
];

function frameworkOfBoot(boot: string): string | undefined {
  let found: string | undefined;
  for (const [b, f] of BOOT_TO_FRAMEWORK) if (compareVersions(boot, b) >= 0) found = f;
  return found;
}

const VERSION = String.raw`\d+(?:\.\d+){0,3}`;

/**
 * The lowest version a requirement admits: `==1.2.3`, `>=1.2`, `~=1.2`, `^1.2`, `~1.2`, `1.2.x`,
 * `~> 3.1`, `[6.1,7)`, a bare `1.2.3`; undefined for `*`, `<2`, `latest`, URLs, workspace refs.
 */
export function lowestVersion(spec: string): string | undefined {
  const s = spec.trim().replace(/^v(?=\d)/, '');
  // Several clauses (`>=0.40,<0.49`, `>= 3.1, < 4`, `^1.2 || ^2`): the lowest lower bound.
  const clauses = s.split(/\s*(?:\|\||,)\s*|\s+(?=[<>=~^])/).filter(Boolean);
  let low: string | undefined;
  for (const c of clauses) {
    const m = new RegExp(String.raw`^(?:===?|>=|~=|\^|~>?|\[|v)?\s*(${VERSION})(?:\.[x*])?(?:[-+.\w]*)?\s*(?:,.*)?$`, 'i').exec(c) ?? new RegExp(String.raw`^>\s*(${VERSION})`).exec(c);
    if (!m) continue;
    if (low === undefined || compareVersions(m[1]!, low) < 0) low = m[1]!;
  }
  return low;
}

/** PEP 503 normalised name: `Django_REST-framework` -> `django-rest-framework`. */
const pypiName = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');

function setPin(pins: Pins, key: string, version: string | undefined): void {
  if (version && !(key in pins)) pins[key] = version;
}

/** `starlette>=0.40,<0.49`, `fastapi[all]==0.115.0 ; python_version >= "3.9"` -> [name, spec]. */
function pep508(req: string): [string, string] | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*\(?\s*([^;#]*)/.exec(req);
  if (!m || /^\s*[-.@/]/.test(req)) return undefined;
  return [m[1]!, m[2]!.replace(/\)\s*$/, '')];
}

function parseRequirements(text: string, pins: Pins): void {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line || line.startsWith('-')) continue;
    const r = pep508(line);
    if (r) setPin(pins, `pypi:${pypiName(r[0])}`, lowestVersion(r[1]));
  }
}

/** The `[section]` each line of a TOML file is under, and the line: a tiny reader for the keys we need. */
function* tomlLines(text: string): Generator<{ section: string; line: string }> {
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const s = /^\[\[?\s*([^\]]+?)\s*\]\]?$/.exec(line);
    if (s) section = s[1]!;
    else if (line && !line.startsWith('#')) yield { section, line };
  }
}

const tomlString = (line: string, key: string): string | undefined =>
  new RegExp(String.raw`^["']?${key.replace(/[.-]/g, '[-_.]')}["']?\s*=\s*(?:["']([^"']*)["']|\{[^}]*\bversion\s*=\s*["']([^"']*)["'])`, 'i').exec(line)?.slice(1).find((v) => v !== undefined);

function parsePyproject(text: string, pins: Pins): void {
  let inDeps = false;
  for (const { section, line } of tomlLines(text)) {
    if (section === 'project' || section === 'project.optional-dependencies' || section.startsWith('dependency-groups')) {
      const rp = tomlString(line, 'requires-python');
      if (rp) setPin(pins, 'python', lowestVersion(rp));
      if (/^[\w-]+\s*=\s*\[/.test(line)) inDeps = true;
      if (inDeps) {
        for (const m of line.matchAll(/["']([^"']+)["']/g)) {
          const r = pep508(m[1]!);
          if (r) setPin(pins, `pypi:${pypiName(r[0])}`, lowestVersion(r[1]));
        }
        if (line.includes(']')) inDeps = false;
      }
    } else if (/^tool\.poetry(?:\.group\.[^.]+)?\.(?:dev-)?dependencies$/.test(section)) {
      const m = /^["']?([A-Za-z0-9][\w.-]*)["']?\s*=/.exec(line);
      const spec = m && tomlString(line, m[1]!);
      if (m && spec) setPin(pins, m[1]!.toLowerCase() === 'python' ? 'python' : `pypi:${pypiName(m[1]!)}`, lowestVersion(spec));
    }
  }
}

/** poetry.lock and uv.lock: `[[package]]` name/version pairs; the Python they were locked for. */
function parsePyLock(text: string, pins: Pins): void {
  let name: string | undefined;
  for (const { section, line } of tomlLines(text)) {
    if (section === 'package') {
      const n = tomlString(line, 'name');
      if (n !== undefined) name = n;
      const v = tomlString(line, 'version');
      if (v !== undefined && name) (setPin(pins, `pypi:${pypiName(name)}`, lowestVersion(v)), (name = undefined));
    } else if (section === 'metadata' || section === '') {
      const py = tomlString(line, 'python-versions') ?? tomlString(line, 'requires-python');
      if (py) setPin(pins, 'python', lowestVersion(py));
    }
  }
}

function parsePipfile(text: string, pins: Pins): void {
  for (const { section, line } of tomlLines(text)) {
    if (section === 'requires') {
      const py = tomlString(line, 'python_full_version') ?? tomlString(line, 'python_version');
      if (py) setPin(pins, 'python', lowestVersion(py));
    } else if (section === 'packages' || section === 'dev-packages') {
      const m = /^["']?([A-Za-z0-9][\w.-]*)["']?\s*=/.exec(line);
      const spec = m && tomlString(line, m[1]!);
      if (m && spec) setPin(pins, `pypi:${pypiName(m[1]!)}`, lowestVersion(spec));
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parsePipfileLock(text: string, pins: Pins): void {
  const j = parseJson(text);
  if (!isObject(j)) return;
  const meta = isObject(j._meta) && isObject(j._meta.requires) ? j._meta.requires : {};
  const py = meta.python_full_version ?? meta.python_version;
  if (typeof py === 'string') setPin(pins, 'python', lowestVersion(py));
  for (const group of [j.default, j.develop]) {
    if (!isObject(group)) continue;
    for (const [name, v] of Object.entries(group)) if (isObject(v) && typeof v.version === 'string') setPin(pins, `pypi:${pypiName(name)}`, lowestVersion(v.version));
  }
}

function parsePackageJson(text: string, pins: Pins): void {
  const j = parseJson(text);
  if (!isObject(j)) return;
  for (const key of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    const deps = j[key];
    if (!isObject(deps)) continue;
    for (const [name, spec] of Object.entries(deps)) if (typeof spec === 'string') setPin(pins, `npm:${name}`, lowestVersion(spec));
  }
}

function parsePackageLock(text: string, pins: Pins): void {
  const j = parseJson(text);
  if (!isObject(j)) return;
  // lockfileVersion 2/3: `packages["node_modules/<name>"]`; version 1: `dependencies[<name>]`.
  if (isObject(j.packages)) {
    for (const [path, v] of Object.entries(j.packages)) {
      const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(path);
      if (m && isObject(v) && typeof v.version === 'string') setPin(pins, `npm:${m[1]}`, lowestVersion(v.version));
    }
  }
  if (isObject(j.dependencies)) {
    for (const [name, v] of Object.entries(j.dependencies)) if (isObject(v) && typeof v.version === 'string') setPin(pins, `npm:${name}`, lowestVersion(v.version));
  }
}

function parseGemfileLock(text: string, pins: Pins): void {
  // Four spaces: a locked gem (`    rack (3.1.8)`); six are its own requirements.
  for (const m of text.matchAll(/^ {4}([A-Za-z0-9][\w.-]*) \(([^)]+)\)\s*$/gm)) setPin(pins, `gem:${m[1]}`, lowestVersion(m[2]!.replace(/-[a-z].*$/, '')));
  const ruby = /^RUBY VERSION\s*\n\s*ruby (\d[\w.]*)/m.exec(text);
  if (ruby) setPin(pins, 'ruby', lowestVersion(ruby[1]!));
}

function parseGemfile(text: string, pins: Pins): void {
  for (const m of text.matchAll(/^\s*gem\s+["']([\w.-]+)["']((?:\s*,\s*["'][^"']*["'])*)/gm)) {
    const specs = [...m[2]!.matchAll(/["']([^"']*)["']/g)].map((s) => s[1]!).join(',');
    setPin(pins, `gem:${m[1]}`, lowestVersion(specs));
  }
}

function parsePom(text: string, pins: Pins): void {
  const props = new Map<string, string>();
  const propsBlock = /<properties>([\s\S]*?)<\/properties>/.exec(text)?.[1] ?? '';
  for (const m of propsBlock.matchAll(/<([\w.-]+)>\s*([^<\s]+)\s*<\/\1>/g)) props.set(m[1]!, m[2]!);
  const value = (v: string): string | undefined => {
    const ref = /^\$\{([\w.-]+)\}$/.exec(v.trim());
    return ref ? props.get(ref[1]!) : v.trim();
  };
  for (const m of text.matchAll(/<(?:parent|dependency|plugin)>([\s\S]*?)<\/(?:parent|dependency|plugin)>/g)) {
    const body = m[1]!;
    const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(body)?.[1];
    const version = /<version>\s*([^<]+?)\s*<\/version>/.exec(body)?.[1];
    if (!artifact || !version) continue;
    const v = value(version);
    if (!v) continue;
    if (/^spring-boot(?:-starter(?:-[\w-]+)?|-dependencies|-maven-plugin)?$/.test(artifact)) setPin(pins, 'maven:spring-boot', lowestVersion(v));
    else if (/^spring-(?:web|webmvc|webflux|core|framework-bom|context)$/.test(artifact)) setPin(pins, 'maven:spring-web', lowestVersion(v));
  }
  for (const key of ['spring-framework.version', 'spring.version']) setPin(pins, 'maven:spring-web', props.get(key) && lowestVersion(props.get(key)!));
  setPin(pins, 'maven:spring-boot', props.get('spring-boot.version') && lowestVersion(props.get('spring-boot.version')!));
}

function parseGradle(text: string, pins: Pins): void {
  const boot = /id\s*\(?\s*["']org\.springframework\.boot["']\s*\)?\s*version\s*\(?\s*["']([^"']+)["']/.exec(text);
  if (boot) setPin(pins, 'maven:spring-boot', lowestVersion(boot[1]!));
  for (const m of text.matchAll(/["']org\.springframework(\.boot)?:(spring-[\w-]+):(\d[^"':]*)["']/g)) {
    if (m[1]) setPin(pins, 'maven:spring-boot', lowestVersion(m[3]!));
    else if (/^spring-(?:web|webmvc|webflux|core|framework-bom|context)$/.test(m[2]!)) setPin(pins, 'maven:spring-web', lowestVersion(m[3]!));
  }
}

function parseCsproj(text: string, pins: Pins): void {
  // `net8.0`, `net6.0;net8.0` (the lowest counts); netcoreapp3.1 and netstandard predate the tables.
  const tf = /<TargetFrameworks?>\s*([^<]+)<\/TargetFrameworks?>/.exec(text)?.[1] ?? '';
  const versions = [...tf.matchAll(/\bnet(\d+\.\d+)\b/g)].map((m) => m[1]!).sort(compareVersions);
  setPin(pins, 'dotnet', versions[0]);
}

function parseGoMod(text: string, pins: Pins): void {
  setPin(pins, 'go', /^go\s+(\d+\.\d+(?:\.\d+)?)\s*$/m.exec(text)?.[1]);
}

/** Reads one manifest or lock file; the file's base name decides how. Never throws. */
export function parseVersionFile(path: string, text: string): Pins {
  const base = path.split(/[\\/]/).pop() ?? path;
  const pins: Pins = {};
  try {
    if (/^requirements[\w.-]*\.txt$/i.test(base)) parseRequirements(text, pins);
    else if (base === 'pyproject.toml') parsePyproject(text, pins);
    else if (base === 'poetry.lock' || base === 'uv.lock') parsePyLock(text, pins);
    else if (base === 'Pipfile') parsePipfile(text, pins);
    else if (base === 'Pipfile.lock') parsePipfileLock(text, pins);
    else if (base === '.python-version') setPin(pins, 'python', lowestVersion(/^\s*(?:python-?|cpython-?)?(\d[\w.]*)/im.exec(text)?.[1] ?? ''));
    else if (base === 'runtime.txt') setPin(pins, 'python', lowestVersion(/^\s*python-(\d[\w.]*)/im.exec(text)?.[1] ?? ''));
    else if (base === 'Gemfile.lock') parseGemfileLock(text, pins);
    else if (base === 'Gemfile') parseGemfile(text, pins);
    else if (base === 'pom.xml') parsePom(text, pins);
    else if (base === 'build.gradle' || base === 'build.gradle.kts') parseGradle(text, pins);
    else if (base === 'package.json') parsePackageJson(text, pins);
    else if (base === 'package-lock.json') parsePackageLock(text, pins);
    else if (base === 'go.mod') parseGoMod(text, pins);
    else if (/\.csproj$/i.test(base)) parseCsproj(text, pins);
  } catch {
    // A malformed file pins nothing.
  }
  return pins;
}

/** A lock file states what is installed: it beats a manifest's range in the same folder. */
const isLock = (path: string): boolean => /(?:\.lock|package-lock\.json|\.python-version|runtime\.txt)$/.test(path);

const dirOf = (path: string): string => path.replace(/[\\/][^\\/]*$/, '');

/**
 * The pins that govern a document: from the version files in its folder or a folder above it, the
 * nearest first, a lock file before a manifest of the same folder. Files elsewhere (a sibling
 * project of a monorepo) do not count. Without a document path, every file counts, shallowest first.
 */
export function pinsFor(documentPath: string | undefined, files: ReadonlyArray<{ path: string; pins: Pins }>): Pins {
  const docDir = documentPath === undefined ? undefined : dirOf(documentPath);
  const relevant = files
    .filter((f) => docDir === undefined || docDir === dirOf(f.path) || docDir.startsWith(`${dirOf(f.path)}/`))
    .sort((a, b) => {
      const depth = (p: string) => p.split('/').length;
      const d = docDir === undefined ? depth(a.path) - depth(b.path) : depth(b.path) - depth(a.path);
      return d || Number(isLock(b.path)) - Number(isLock(a.path)) || a.path.localeCompare(b.path);
    });
  const out: Pins = {};
  for (const f of relevant) for (const [k, v] of Object.entries(f.pins)) setPin(out, k, v);
  // Spring Boot manages Spring Framework: a Boot pin stands for its framework line when spring-web is not pinned itself.
  if (!out['maven:spring-web'] && out['maven:spring-boot']) setPin(out, 'maven:spring-framework', frameworkOfBoot(out['maven:spring-boot']));
  return out;
}

/** Each constant table's governing version under these pins (tables without one are left out). */
export function tableVersions(pins: Pins): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [table, { packages }] of Object.entries(TABLE_PACKAGES)) {
    const v = packages.map((p) => pins[p]).find((x) => x !== undefined);
    if (v) out[table] = v;
  }
  return out;
}
