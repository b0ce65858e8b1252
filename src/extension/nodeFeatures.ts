// The node build's features (dist/features.js): the common ones plus those that need Node (the mock
// servers). Required by the entry (main.ts) on first use.
import fs = require('node:fs/promises');
import type * as vscode from 'vscode';
import { activateFeatures, type StatusCodesApi } from './features';
import { loadHighlighterModule } from './highlight/load';
import type { Host } from './host';
import { registerMockServers } from './mockServer';

export type { StatusCodesApi };

export function activate(context: vscode.ExtensionContext, host: Host): StatusCodesApi {
  return activateFeatures(context, host, {
    loadHighlighter: () => loadHighlighterModule(context.extensionPath),
    readFile: (uri) => fs.readFile(uri.fsPath),
    registrations: [registerMockServers],
    mockServers: true,
  });
}
