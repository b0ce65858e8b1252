// Settings, read on demand and validated: a malformed value gets one clear warning and the default.
import vscode = require('vscode');
import { BODY_STYLES, type BodyStyle } from '../core/render/body';
import { DEFAULT_CURL_BASE, normaliseBaseUrl } from '../core/render/response';
import { frameworkById } from '../core/snippets/index';
import { PROTOCOLS, type Protocol } from '../core/types';

const SECTION = 'statusCodes';

export interface Settings {
  /** A framework id, or `auto` (from the workspace, else the editor's language). */
  defaultFramework: string;
  bodyStyle: BodyStyle;
  curlBaseUrl: string;
  hoverEnabled: boolean;
  hoverProtocols: Protocol[];
  inlayHintsEnabled: boolean;
  /** Which diagnostics to show (each kind can be turned off). */
  diagnostics: { deprecatedConstants: boolean; invalidStatus: boolean; unassignedStatus: boolean };
  completionsEnabled: boolean;
}

const warned = new Set<string>();

function warnOnce(setting: string, value: unknown, fallback: unknown): void {
  const key = `${setting}=${JSON.stringify(value)}`;
  if (warned.has(key)) return;
  warned.add(key);
  void vscode.window.showWarningMessage(
    vscode.l10n.t('Setting "{0}" has an invalid value {1}; using {2} instead.', `${SECTION}.${setting}`, JSON.stringify(value), JSON.stringify(fallback)),
  );
}

function pick<T>(cfg: vscode.WorkspaceConfiguration, setting: string, fallback: T, valid: (v: unknown) => v is T): T {
  const value = cfg.get<unknown>(setting, fallback);
  if (valid(value)) return value;
  warnOnce(setting, value, fallback);
  return fallback;
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** The running HTTP mock's address: the curl lines point at it unless the user set curl.baseUrl. */
let mockBaseUrl: string | undefined;
/** Who re-renders when it changes (a plain set: nothing at module load touches the vscode API). */
const mockBaseListeners = new Set<() => void>();

export function setMockBaseUrl(url: string | undefined): void {
  if (url === mockBaseUrl) return;
  mockBaseUrl = url;
  for (const listener of [...mockBaseListeners]) listener();
}

/** True when curl.baseUrl is set in any scope, not just left at its default. */
function curlBaseSetByUser(cfg: vscode.WorkspaceConfiguration): boolean {
  const i = cfg.inspect('curl.baseUrl');
  return !!i && (i.globalValue !== undefined || i.workspaceValue !== undefined || i.workspaceFolderValue !== undefined);
}

export function getSettings(): Settings {
  const cfg = vscode.workspace.getConfiguration(SECTION);
  const curlBaseUrl = mockBaseUrl !== undefined && !curlBaseSetByUser(cfg) ? mockBaseUrl : pick(cfg, 'curl.baseUrl', DEFAULT_CURL_BASE, (v): v is string => typeof v === 'string' && normaliseBaseUrl(v).ok);
  return {
    defaultFramework: pick(cfg, 'snippets.defaultFramework', 'auto', (v): v is string => v === 'auto' || (typeof v === 'string' && frameworkById(v) !== undefined)),
    bodyStyle: pick(cfg, 'response.bodyStyle', 'simple' as BodyStyle, (v): v is BodyStyle => (BODY_STYLES as readonly unknown[]).includes(v)),
    curlBaseUrl,
    hoverEnabled: pick(cfg, 'hover.enabled', true, isBoolean),
    hoverProtocols: pick(cfg, 'hover.protocols', [...PROTOCOLS], (v): v is Protocol[] => Array.isArray(v) && v.every((p) => (PROTOCOLS as readonly unknown[]).includes(p))),
    inlayHintsEnabled: pick(cfg, 'inlayHints.enabled', true, isBoolean),
    diagnostics: {
      deprecatedConstants: pick(cfg, 'diagnostics.deprecatedConstants', true, isBoolean),
      invalidStatus: pick(cfg, 'diagnostics.invalidStatus', true, isBoolean),
      unassignedStatus: pick(cfg, 'diagnostics.unassignedStatus', true, isBoolean),
    },
    completionsEnabled: pick(cfg, 'completions.enabled', true, isBoolean),
  };
}

/** Fires when any of the extension's settings change, or the curl lines' mock address. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  const config = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) listener();
  });
  mockBaseListeners.add(listener);
  return { dispose: () => (config.dispose(), mockBaseListeners.delete(listener)) };
}

/** A port setting (0 = any free port); a bad value gets the warning and 0. */
export function portSetting(setting: 'mockServer.httpPort' | 'mockServer.smtpPort'): number {
  return pick(vscode.workspace.getConfiguration(SECTION), setting, 0, (v): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 65535);
}
