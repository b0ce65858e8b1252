// Types of esbuild-plugin.mjs (for the unit tests that import it).
import type { Plugin } from 'esbuild';

export function directLanguages(source?: string): Set<string>;
export function slimLanguageModule(text: string, keep: ReadonlySet<string>): string;
export function highlighterPlugin(): Plugin;
