// Which framework a project uses, from its manifest files; else from the editor's language.
// Pure: the caller reads the files (bounded) and hands over their names and text.
import { FRAMEWORKS } from './frameworks/index';

/** Manifest file names worth reading, in the order they are consulted. */
export const MANIFEST_GLOBS = ['requirements.txt', 'pyproject.toml', 'Pipfile', 'package.json', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'go.mod', 'Gemfile', '*.csproj'];

interface Rule {
  /** Matches the file's base name. */
  file: RegExp;
  /** Framework ids with what in the file names them, first match wins. */
  frameworks: Array<[id: string, pattern: RegExp]>;
}

const RULES: Rule[] = [
  {
    file: /^(requirements[\w.-]*\.txt|pyproject\.toml|Pipfile)$/i,
    frameworks: [
      ['fastapi', /^\s*["']?fastapi\b/im],
      ['django', /^\s*["']?django\b/im],
      ['flask', /^\s*["']?flask\b/im],
    ],
  },
  {
    file: /^package\.json$/,
    frameworks: [
      ['nestjs', /"@nestjs\/core"\s*:/],
      ['nextjs', /"next"\s*:/],
      ['hono', /"hono"\s*:/],
      ['fastify', /"fastify"\s*:/],
      ['koa', /"koa"\s*:/],
      ['express', /"express"\s*:/],
    ],
  },
  { file: /^(pom\.xml|build\.gradle(\.kts)?)$/, frameworks: [['spring-boot', /spring-boot/]] },
  { file: /^go\.mod$/, frameworks: [['go-net-http', /^module\s/m]] },
  { file: /^Gemfile$/, frameworks: [['rails', /^\s*gem\s+["']rails["']/m]] },
  { file: /\.csproj$/i, frameworks: [['aspnet-core', /Microsoft\.NET\.Sdk\.Web|Microsoft\.AspNetCore/]] },
];

const known = (id: string): boolean => FRAMEWORKS.some((f) => f.id === id);

/** What a source file's imports say of its framework, per language family; first match wins. */
const IMPORT_RULES: Record<string, Array<[id: string, pattern: RegExp]>> = {
  python: [
    ['fastapi', /^\s*(?:from|import)\s+(?:fastapi|starlette)\b/m],
    ['django', /^\s*(?:from|import)\s+(?:django|rest_framework)\b/m],
    ['flask', /^\s*(?:from|import)\s+flask\b/m],
  ],
  js: [
    ['nestjs', /(?:from\s*|require\(\s*)['"]@nestjs\//],
    ['nextjs', /(?:from\s*|require\(\s*)['"]next\/server['"]/],
    ['hono', /(?:from\s*|require\(\s*)['"]hono(?:\/[\w-]+)?['"]/],
    ['fastify', /(?:from\s*|require\(\s*)['"]fastify['"]/],
    ['koa', /(?:from\s*|require\(\s*)['"]koa['"]/],
    ['express', /(?:from\s*|require\(\s*)['"]express['"]/],
  ],
  jvm: [['spring-boot', /^\s*import\s+org\.springframework\./m]],
  go: [['go-net-http', /^\s*(?:import\s+)?(?:\w+\s+)?"net\/http"/m]],
  ruby: [['rails', /\b(?:ActionController|ApplicationController|ActionDispatch|Rails\.application)\b/]],
  csharp: [['aspnet-core', /^\s*using\s+Microsoft\.AspNetCore\b|\bWebApplication\.Create(?:Builder)?\(/m]],
};

/** The framework a source file's imports (or its app setup) name, if any: read from its head. */
export function frameworkFromImports(text: string, languageId: string): string | undefined {
  for (const [id, pattern] of IMPORT_RULES[familyOf(languageId)] ?? []) {
    if (known(id) && pattern.test(text)) return id;
  }
  return undefined;
}

/** The framework a manifest names, if any. */
export function frameworkFromManifest(fileName: string, text: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  for (const rule of RULES) {
    if (!rule.file.test(base)) continue;
    for (const [id, pattern] of rule.frameworks) {
      if (known(id) && pattern.test(text)) return id;
    }
  }
  return undefined;
}

const BY_LANGUAGE: Record<string, string> = {
  python: 'flask',
  javascript: 'express',
  javascriptreact: 'express',
  typescript: 'express',
  typescriptreact: 'express',
  java: 'spring-boot',
  kotlin: 'spring-boot',
  go: 'go-net-http',
  ruby: 'rails',
  csharp: 'aspnet-core',
};

/** A sensible framework for a language, if any. */
export function frameworkFromLanguage(languageId: string): string | undefined {
  const id = BY_LANGUAGE[languageId];
  return id && known(id) ? id : undefined;
}

/** Languages that share frameworks: a TypeScript file takes an Express snippet, Kotlin a Spring one. */
const LANGUAGE_FAMILY: Record<string, string> = {
  javascript: 'js',
  javascriptreact: 'js',
  typescript: 'js',
  typescriptreact: 'js',
  java: 'jvm',
  kotlin: 'jvm',
};

const familyOf = (languageId: string): string => LANGUAGE_FAMILY[languageId] ?? languageId;

/**
 * Chooses among the frameworks a workspace's manifests name: the first one written in the editor's
 * language; else, when the language has a framework of its own, that one (a Python file in a
 * workspace whose only manifest is package.json gets a Python snippet); else the first named.
 */
export function chooseFramework(workspaceFrameworks: readonly string[], languageId: string | undefined): string | undefined {
  if (languageId === undefined) return workspaceFrameworks[0];
  const family = familyOf(languageId);
  const sameLanguage = workspaceFrameworks.find((id) => {
    const fw = FRAMEWORKS.find((f) => f.id === id);
    return fw !== undefined && familyOf(fw.language) === family;
  });
  return sameLanguage ?? frameworkFromLanguage(languageId) ?? workspaceFrameworks[0];
}
