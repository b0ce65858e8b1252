// Shiki, bundled apart (dist/highlighter.js) and required by the response panel on first use, so
// activation never loads it. Fine-grained imports keep it small: shiki/core, one regex engine
// (engine.ts: JavaScript, or Oniguruma when the build uses scripts/lib/highlighter-plugin.mjs, which also drops
// grammars' unneeded embedded languages), four themes and the grammars the panel needs.
//
// Colours are not inlined: the webview's CSP forbids style attributes. Each distinct token style
// becomes a class (`t0`, `t1`...) that sets one CSS variable per theme; style.css picks the
// variable by the webview's body class (vscode-light / -dark / -high-contrast / -high-contrast-light),
// so a theme change re-colours without a re-render.
import { createHighlighterCore, type HighlighterCore, type ThemedTokenWithVariants } from 'shiki/core';
import csharp from '@shikijs/langs/csharp';
import go from '@shikijs/langs/go';
import http from '@shikijs/langs/http';
import java from '@shikijs/langs/java';
import javascript from '@shikijs/langs/javascript';
import json from '@shikijs/langs/json';
import kotlin from '@shikijs/langs/kotlin';
import php from '@shikijs/langs/php';
import python from '@shikijs/langs/python';
import ruby from '@shikijs/langs/ruby';
import rust from '@shikijs/langs/rust';
import shellscript from '@shikijs/langs/shellscript';
import typescript from '@shikijs/langs/typescript';
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

const GRAMMARS = [csharp, go, http, java, javascript, json, kotlin, php, python, ruby, rust, shellscript, typescript];

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

/** A loaded highlighter: grammars and themes ready, sessions cheap. */
export class Highlighter {
  private readonly loaded: Set<string>;

  constructor(private readonly core: HighlighterCore) {
    this.loaded = new Set(core.getLoadedLanguages());
  }

  /** The grammars loaded (names and aliases). */
  languages(): string[] {
    return [...this.loaded];
  }

  /** The grammar used for a language id, or `text` when none is loaded (shown unhighlighted). */
  grammarFor(language: string): string {
    const id = language.trim().toLowerCase();
    if (this.loaded.has(id)) return id;
    const alias = ALIASES[id];
    return alias && this.loaded.has(alias) ? alias : 'text';
  }

  /** Tokens with one style per theme variant; undefined for plain text or when tokenizing fails. */
  tokens(code: string, language: string): ThemedTokenWithVariants[][] | undefined {
    const lang = this.grammarFor(language);
    if (lang === 'text') return undefined;
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

/** Loads shiki once (about 0.1 s, then each grammar compiles on its first use). */
export function loadHighlighter(): Promise<Highlighter> {
  loading ??= (async () => {
    const core = await createHighlighterCore({
      themes: [lightPlus, darkPlus, hcDark, hcLight],
      langs: GRAMMARS,
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
  private readonly rules: string[] = [];

  constructor(private readonly highlighter: Highlighter) {}

  /** Highlights code; returns the inner HTML of a `<code>` element (lines joined by newlines). */
  highlight(code: string, language: string): string {
    const lines = this.highlighter.tokens(code, language);
    if (!lines) return escapeHtml(code);
    return lines.map((tokens) => tokens.map((t) => this.token(t)).join('')).join('\n');
  }

  /** The CSS of every class handed out so far (safe to put in a `<style>` element). */
  css(): string {
    return this.rules.join('\n');
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
      this.rules.push(`.${cls}{${key}}`);
    }
    return `<span class="${cls}">${text}</span>`;
  }
}
