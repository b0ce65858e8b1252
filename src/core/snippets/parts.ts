// A snippet in parts: what a file has once (imports, the app, the package, the controller class),
// the handler at the top level, and the statement that returns the status inside a handler's body.
// The whole program is assembled from the parts; `planInsert` (insert.ts) takes only the parts a
// file lacks. Every part is template text (with tab-stop markers, see template.ts), unindented,
// written with the template's own indentation unit, each line ending in `\n`.

/** One import a part needs, merged by module and name into the file's own imports. */
export interface SnippetImport {
  /** The module, package or import path: `flask`, `@nestjs/common`, `net/http`, `org.springframework.http.ResponseEntity`. */
  from: string;
  /** The name imported from it (`from flask import jsonify`, `import { Get } from ...`); none for a whole module. */
  name?: string;
  /** A TypeScript type-only import. */
  type?: boolean;
  /** Needed only by the setup or the container (`Flask` for `app = Flask(__name__)`, `Controller`). */
  withSetup?: boolean;
  /** For a wildcard (`pkg.*`): the names the handler uses from it; explicit imports of all of them satisfy it. */
  uses?: readonly string[];
}

/** A name the handler declares, which a second insertion into one file must not repeat. */
export interface SnippetName {
  kind: 'id' | 'path';
  /** An identifier (`my_endpoint`, `MyController`) or a route path as written in its string literal (`/endpoint`). */
  text: string;
}

export interface SnippetParts {
  /** A comment only the whole program starts with (`// app/endpoint/route.ts`). */
  banner?: string;
  /** What a file starts with, once, before its imports (Go's `package main`). */
  head?: string;
  /** Every import of the whole program, in order. */
  imports: readonly SnippetImport[];
  /** What a file has once, after its imports (`app = Flask(__name__)`). */
  setup?: string;
  /** The class the handler is a member of (a controller), with the template's indentation of its members. */
  container?: { open: string; close: string; indent: string };
  /** The route or handler at the top level (in the container when there is one). */
  handler: string;
  /** The lines that return the status inside a handler's body; none where the framework cannot (NestJS sets headers by decorators). */
  statement?: string;
  /** What the statement needs imported; by default the imports not marked `withSetup`. */
  statementImports?: readonly SnippetImport[];
  /** Why there is no statement, when there is none. */
  noStatement?: string;
  /** Names a second insertion must not repeat (renamed `my_endpoint2`, `/endpoint2`). */
  names?: readonly SnippetName[];
  /** The identifier the handler calls the app by (`app` in `@app.route`); a file's own name replaces it. */
  app?: string;
}

/** Where a framework's parts are already in a file: each pattern is matched against the file's text. */
export interface FrameworkPlacement {
  /** The app (or router) the handler registers on; group 1 is its name. Also says the setup is there. */
  app?: RegExp;
  /** The file already has its head (`package x`). */
  head?: RegExp;
  /** A class that can hold the handler (a controller); the handler is added as its member. */
  container?: RegExp;
}

/** Indents every non-empty line of `text` by `by`. */
export function indentLines(text: string, by: string): string {
  return text.replace(/^(?=[^\n])/gm, by);
}

/** The language families whose imports and structure the insertion knows. */
export type Family = 'python' | 'js' | 'go' | 'java' | 'csharp' | 'ruby';

export function familyOfLanguage(language: string): Family {
  switch (language) {
    case 'python':
      return 'python';
    case 'go':
      return 'go';
    case 'java':
    case 'kotlin':
      return 'java';
    case 'csharp':
      return 'csharp';
    case 'ruby':
      return 'ruby';
    default:
      return 'js';
  }
}

/** The imports as the template writes them (grouped by module, in order of first use), one line each. */
export function renderImports(family: Family, imports: readonly SnippetImport[], unit = '    '): string[] {
  if (!imports.length) return [];
  switch (family) {
    case 'python':
      return groupByModule(imports).map(([from, names]) => (names.length ? `from ${from} import ${names.join(', ')}` : `import ${from}`));
    case 'js':
      return groupByModule(imports, (i) => (i.type ? 'type ' : '')).map(([key, names]) => {
        const type = key.startsWith('type ');
        return `import ${type ? 'type ' : ''}{ ${names.join(', ')} } from "${type ? key.slice(5) : key}";`;
      });
    case 'go':
      return imports.length === 1 ? [`import "${imports[0]!.from}"`] : ['import (', ...imports.map((i) => `${unit}"${i.from}"`), ')'];
    case 'java':
      return imports.map((i) => `import ${i.from};`);
    case 'csharp':
      return imports.map((i) => `using ${i.from};`);
    case 'ruby':
      return imports.map((i) => `require "${i.from}"`);
  }
}

function groupByModule(imports: readonly SnippetImport[], prefix: (i: SnippetImport) => string = () => ''): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const i of imports) {
    const key = prefix(i) + i.from;
    const names = groups.get(key) ?? [];
    if (i.name && !names.includes(i.name)) names.push(i.name);
    groups.set(key, names);
  }
  return [...groups];
}

/** The handler in its container, when it has one. */
export function containedHandler(parts: SnippetParts, handler = parts.handler): string {
  return parts.container ? `${parts.container.open}${indentLines(handler, parts.container.indent)}${parts.container.close}` : handler;
}

/**
 * The whole program: banner, head, imports, setup and the handler (in its container), one blank
 * line between them, two before a Python function (PEP 8).
 */
export function assembleProgram(family: Family, parts: SnippetParts): string {
  const sections = [parts.head, renderImports(family, parts.imports).map((l) => `${l}\n`).join('') || undefined, parts.setup].filter((s): s is string => !!s);
  let out = parts.banner ?? '';
  for (const s of sections) out += `${s}\n`;
  if (sections.length && family === 'python') out += '\n';
  return out + containedHandler(parts);
}
