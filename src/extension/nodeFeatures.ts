// The node build's features (dist/features.js): the common ones plus those that need Node (the mock
// servers). Required by the entry (main.ts) on first use.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { activateFeatures, type StatusCodesApi } from './features';
import type * as HighlighterModule from './highlight/highlighter';
import type { Host } from './host';
import { registerMockServers } from './mockServer';

export type { StatusCodesApi };

export function activate(context: vscode.ExtensionContext, host: Host): StatusCodesApi {
  return activateFeatures(context, host, {
    // A plain require of a separate bundle: esbuild leaves it alone, so shiki stays out of features.js.
    loadHighlighter: async () => require(path.join(context.extensionPath, 'dist', 'highlighter.js')) as typeof HighlighterModule,
    registrations: [registerMockServers],
    mockServers: true,
  });
}
