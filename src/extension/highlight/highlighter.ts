// Shiki, bundled apart (dist/highlighter.js) and loaded by the response panel on first use (see
// load.ts), so activation never loads it. Fine-grained imports keep it small: shiki/core, its
// JavaScript regex engine over precompiled grammars (engine.ts: no wasm, nothing read from disk, so
// the same code runs in a web worker), four themes and the grammars the panel needs. Each grammar
// is a dynamic import: esbuild bundles it in but evaluates it only when `prepare` first asks for
// it, so a page pays only for its own languages (a precompiled grammar builds its RegExp objects
// when evaluated). scripts/lib/highlighter-plugin.mjs drops grammars' unneeded embedded languages.
//
// Colours are not inlined: the webview's CSP forbids style attributes. Each distinct token style
// becomes a class (`t0`, `t1`...) that sets one CSS variable per theme; style.css picks the
// variable by the webview's body class (vscode-light / -dark / -high-contrast / -high-contrast-light),
// so a theme change re-colours without a re-render.
import { createHighlighterCore, type HighlighterCore, type LanguageRegistration, type ThemedTokenWithVariants } from 'shiki/core';
import darkPlus from '@shikijs/themes/dark-plus';
import hcDark from '@shikijs/themes/github-dark-high-contrast';
import hcLight from '@shikijs/themes/github-light-high-contrast';
import lightPlus from '@shikijs/themes/light-plus';
import { createEngine, ENGINE_NAME } from './engine';
import { escapeHtml } from './escape';

export { escapeHtml, ENGINE_NAME };

/** The theme behind each colour variant; the variant names are the CSS variable suffixes. */
export const THEME_VARIANTS = {
  light: 'light-plus',
  dark: 'dark-plus',
  hcDark: 'github-dark-high-contrast',
  hcLight: 'github-light-high-contrast',
} as const;
export type Variant = keyof typeof THEME_VARIANTS;
const VARIANTS = Object.keys(THEME_VARIANTS) as Variant[];

/** Short CSS variable names per variant (`--sl`, `--sd`, `--shd`, `--shl`). */
export const CSS_VAR: Record<Variant, string> = { light: 'l', dark: 'd', hcDark: 'hd', hcLight: 'hl' };

type Grammar = () => Promise<{ default: LanguageRegistration[] }>;

/** The grammars, by shiki name; each evaluated on first use. */
const GRAMMARS: Record<string, Grammar> = {
  csharp: () => import('@shikijs/langs-precompiled/csharp'),
  go: () => import('@shikijs/langs-precompiled/go'),
  http: () => import('@shikijs/langs-precompiled/http'),
  java: () => import('@shikijs/langs-precompiled/java'),
  javascript: () => import('@shikijs/langs-precompiled/javascript'),
  json: () => import('@shikijs/langs-precompiled/json'),
  kotlin: () => import('@shikijs/langs-precompiled/kotlin'),
  php: () => import('@shikijs/langs-precompiled/php'),
  python: () => import('@shikijs/langs-precompiled/python'),
  ruby: () => import('@shikijs/langs-precompiled/ruby'),
  rust: () => import('@shikijs/langs-precompiled/rust'),
  shellscript: () => import('@shikijs/langs-precompiled/shellscript'),
  typescript: () => import('@shikijs/langs-precompiled/typescript'),
};

/** Language aliases the registry or frameworks may use, mapped to a loaded grammar. */
const ALIASES: Record<string, string> = {
  js: 'javascript',
  jsx: 'javascript',
  javascriptreact: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  typescriptreact: 'typescript',
  py: 'python',
  rb: 'ruby',
  cs: 'csharp',
  'c#': 'csharp',
  golang: 'go',
  kt: 'kotlin',
  rs: 'rust',
  sh: 'shellscript',
  bash: 'shellscript',
  shell: 'shellscript',
  zsh: 'shellscript',
  curl: 'shellscript',
};

/** A loaded highlighter: themes ready, grammars loaded by `prepare`, sessions cheap. */
export class Highlighter {
  private readonly loading = new Map<string, Promise<void>>();
  private readonly loaded = new Set<string>();

  constructor(private readonly core: HighlighterCore) {}

  /** The grammars it can load. */
  languages(): string[] {
    return Object.keys(GRAMMARS);
  }

  /** The grammar used for a language id, or `text` when there is none (shown unhighlighted). */
  grammarFor(language: string): string {
    const id = language.trim().toLowerCase();
    if (Object.hasOwn(GRAMMARS, id)) return id;
    const alias = ALIASES[id];
    return alias && Object.hasOwn(GRAMMARS, alias) ? alias : 'text';
  }

  /** Whether the grammar for a language is loaded (or there is none): `tokens` answers at once. */
  ready(language: string): boolean {
    const lang = this.grammarFor(language);
    return lang === 'text' || this.loaded.has(lang);
  }

  /** Loads the grammars of these languages (each once); a grammar that fails to load stays plain. */
  async prepare(languages: Iterable<string>): Promise<void> {
    const wanted = new Set([...languages].map((l) => this.grammarFor(l)).filter((l) => l !== 'text'));
    await Promise.all(
      [...wanted].map((lang) => {
        let p = this.loading.get(lang);
        if (!p) {
          p = GRAMMARS[lang]!()
            .then((m) => this.core.loadLanguage(...m.default))
            .then(() => void this.loaded.add(lang));
          p.catch(() => this.loading.delete(lang));
          this.loading.set(lang, p);
        }
        return p.catch(() => undefined);
      }),
    );
  }

  /** Tokens with one style per theme variant; undefined for plain text, a grammar not prepared, or when tokenizing fails. */
  tokens(code: string, language: string): ThemedTokenWithVariants[][] | undefined {
    const lang = this.grammarFor(language);
    if (!this.loaded.has(lang)) return undefined;
    try {
      return this.core.codeToTokensWithThemes(code, { lang, themes: THEME_VARIANTS });
    } catch {
      return undefined;
    }
  }

  session(): HighlightSession {
    return new HighlightSession(this);
  }
}

let loading: Promise<Highlighter> | undefined;

/** Loads shiki and the themes once (no grammar yet: see `prepare`). */
export function loadHighlighter(): Promise<Highlighter> {
  loading ??= (async () => {
    const core = await createHighlighterCore({
      themes: [lightPlus, darkPlus, hcDark, hcLight],
      langs: [],
      engine: await createEngine(),
    });
    return new Highlighter(core);
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

const HEX = /^#[0-9a-f]{3,8}$/i;

/**
 * One page's worth of highlighting: hands out token classes and collects their CSS, so the page
 * carries one small stylesheet for every code block on it.
 */
export class HighlightSession {
  private readonly classes = new Map<string, string>();
  private readonly cssRules: string[] = [];

  constructor(private readonly highlighter: Highlighter) {}

  /** Highlights code; returns the inner HTML of a `<code>` element (lines joined by newlines). */
  highlight(code: string, language: string): string {
    const lines = this.highlighter.tokens(code, language);
    if (!lines) return escapeHtml(code);
    return lines.map((tokens) => tokens.map((t) => this.token(t)).join('')).join('\n');
  }

  /** The CSS of every class handed out so far (safe to put in a `<style>` element). */
  css(): string {
    return this.cssRules.join('\n');
  }

  /** The same, one rule per class, in the order handed out (a later page update sends the new ones). */
  rules(): readonly string[] {
    return this.cssRules;
  }

  private token(t: ThemedTokenWithVariants): string {
    const decls: string[] = [];
    for (const v of VARIANTS) {
      const s = t.variants[v];
      const name = CSS_VAR[v];
      if (s?.color && HEX.test(s.color)) decls.push(`--s${name}:${s.color}`);
      const fs = s?.fontStyle ?? 0;
      if (fs > 0) {
        if (fs & 1) decls.push(`--s${name}-fs:italic`);
        if (fs & 2) decls.push(`--s${name}-fw:bold`);
        if (fs & 4) decls.push(`--s${name}-td:underline`);
      }
    }
    const text = escapeHtml(t.content);
    if (!decls.length) return text;
    const key = decls.join(';');
    let cls = this.classes.get(key);
    if (!cls) {
      cls = `t${this.classes.size}`;
      this.classes.set(key, cls);
      this.cssRules.push(`.${cls}{${key}}`);
    }
    return `<span class="${cls}">${text}</span>`;
  }
}
