// One log channel for the whole extension ("Status Codes" in the Output view), created on first
// use so that activation costs nothing, and one way to register a command: a command that fails
// is logged with its stack and the user is told, never an unhandled rejection.
import vscode = require('vscode');
import { host } from './host';

let channel: vscode.LogOutputChannel | undefined;

export function registerLog(context: vscode.ExtensionContext): void {
  context.subscriptions.push({
    dispose: () => {
      channel?.dispose();
      channel = undefined;
    },
  });
}

function output(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel(vscode.l10n.t('Status Codes'), { log: true });
  return channel;
}

function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export const log = {
  error(message: string, e?: unknown): void {
    output().error(e === undefined ? message : `${message}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  },
  warn(message: string): void {
    output().warn(message);
  },
  info(message: string): void {
    output().info(message);
  },
};

/** Runs a promise whose failure nobody awaits: logged, never an unhandled rejection. */
export function background(what: string, work: Promise<unknown>): void {
  work.catch((e: unknown) => log.error(what, e));
}

/** Registers a command whose failure is logged and shown to the user. */
export function registerCommand(id: string, run: (...args: unknown[]) => unknown): vscode.Disposable {
  return host().commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await run(...args);
    } catch (e) {
      log.error(`Command ${id} failed`, e);
      const show = vscode.l10n.t('Show Log');
      void vscode.window.showErrorMessage(vscode.l10n.t('Status Codes: the command failed: {0}', describeError(e)), show).then((choice) => {
        if (choice === show) output().show(true);
      });
      return undefined;
    }
  });
}
