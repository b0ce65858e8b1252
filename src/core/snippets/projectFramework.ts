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
