// The mock servers in the editor: start and stop commands, "Test SMTP Reply...", a status bar item
// and a request log. The servers live in dist/servers.js, required on the first start, so that
// activation loads none of it (and a web build can leave it out).
import path = require('node:path');
import vscode = require('vscode');
import type * as Servers from '../servers/index';
import { SMTP_STAGES } from '../servers/stages';
import { getSettings, onDidChangeSettings, portSetting, setMockBaseUrl } from './config';
import { codeTitle } from './labels';
import { log, registerCommand } from './log';
import { pickCode } from './pick';
import { resolveTarget } from './target';
import { Disposable } from './util/dispose';
import { MOCK_COMMANDS } from './contributions';


function isInUse(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
}

class MockServers extends Disposable {
  private http?: Servers.HttpMock;
  private smtp?: Servers.SmtpMock;
  private channel?: vscode.LogOutputChannel;
  private readonly item = this._register(vscode.window.createStatusBarItem('statusCodes.mockServer', vscode.StatusBarAlignment.Left, 0));

  constructor(private readonly extensionPath: string) {
    super();
    this.item.name = vscode.l10n.t('Status Codes Mock Server');
    this.item.command = MOCK_COMMANDS.menu;
    this._register({ dispose: () => void this.stop() });
    // The mock serves what the view shows: the body style follows the setting while it runs.
    this._register(
      onDidChangeSettings(() => {
        if (this.http) this.http.style = getSettings().bodyStyle;
      }),
    );
  }

  get httpUrl(): string | undefined {
    return this.http?.url;
  }

  private servers(): typeof Servers {
    // A plain require of a separate bundle: esbuild leaves it alone, so the servers stay out of extension.js.
    return require(path.join(this.extensionPath, 'dist', 'servers.js')) as typeof Servers;
  }

  private output(): vscode.LogOutputChannel {
    this.channel ??= this._register(vscode.window.createOutputChannel(vscode.l10n.t('Status Codes: Mock Server'), { log: true }));
    return this.channel;
  }

  /** Listens on the setting's port; a busy port asks whether to take a free one. */
  /**
   * Starts a mock on its port setting (a busy port offers a free one); undefined when the user
   * declined, or when the extension went away meanwhile (the server is closed again then).
   */
  private async listen<T extends { url: string; close(): Promise<void> }>(kind: string, port: number, start: (port: number) => Promise<T>): Promise<T | undefined> {
    let server: T | undefined;
    try {
      server = await start(port);
    } catch (e) {
      if (!isInUse(e)) throw e;
      const free = vscode.l10n.t('Use a Free Port');
      const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Port {0} is in use; the {1} mock cannot listen there.', port, kind), free);
      server = choice === free ? await start(0) : undefined;
    }
    if (server && this.isDisposed) {
      await server.close();
      return undefined;
    }
    if (server) this.output().info(`${kind} mock listening on ${server.url}`);
    return server;
  }

  async startHttp(): Promise<string | undefined> {
    if (this.http) return this.http.url;
    const { startHttpMock } = this.servers();
    const http = await this.listen('HTTP', portSetting('mockServer.httpPort'), (port) => startHttpMock({ port, style: getSettings().bodyStyle, log: (l) => this.output().info(l) }));
    if (!http) return undefined;
    this.http = http;
    setMockBaseUrl(http.url);
    this.update();
    return http.url;
  }

  async testSmtpReply(code: string, stage: (typeof SMTP_STAGES)[number]): Promise<string | undefined> {
    const { startSmtpMock, scriptFor } = this.servers();
    const script = scriptFor(stage, code);
    if (typeof script === 'string') throw new Error(script);
    if (!this.smtp) {
      const smtp = await this.listen('SMTP', portSetting('mockServer.smtpPort'), (port) => startSmtpMock({ port, script, log: (l) => this.output().info(l) }));
      if (!smtp) return undefined;
      this.smtp = smtp;
    } else this.smtp.setScript(script);
    this.output().info(`SMTP mock: ${stage} answers ${code}`);
    this.update();
    return this.smtp.url;
  }

  async stop(): Promise<void> {
    const running = [this.http, this.smtp].filter((s): s is NonNullable<typeof s> => !!s);
    this.http = undefined;
    this.smtp = undefined;
    setMockBaseUrl(undefined);
    if (!this.isDisposed) this.update();
    await Promise.all(running.map((s) => s.close().catch((e: unknown) => log.error('Stopping a mock server failed', e))));
  }

  private update(): void {
    const parts = [this.http && `HTTP :${this.http.port}`, this.smtp && `SMTP :${this.smtp.port}`].filter(Boolean);
    if (!parts.length) {
      this.item.hide();
      return;
    }
    this.item.text = `$(radio-tower) ${parts.join(' · ')}`;
    this.item.tooltip = vscode.l10n.t('Status Codes mock servers: {0}', [this.http?.url, this.smtp?.url].filter(Boolean).join(', '));
    this.item.show();
  }

  async menu(): Promise<void> {
    type Item = vscode.QuickPickItem & { run: () => unknown };
    const items: Item[] = [];
    for (const url of [this.http?.url, this.smtp?.url]) {
      if (url) items.push({ label: `$(copy) ${vscode.l10n.t('Copy Address')}`, description: url, run: () => vscode.env.clipboard.writeText(url) });
    }
    if (this.http) {
      const url = this.http.url;
      items.push({ label: `$(link-external) ${vscode.l10n.t('Open the Endpoint List')}`, description: `${url}/`, run: () => vscode.env.openExternal(vscode.Uri.parse(`${url}/`)) });
    }
    items.push({ label: `$(output) ${vscode.l10n.t('Show Request Log')}`, run: () => this.output().show(true) });
    if (this.http || this.smtp) items.push({ label: `$(debug-stop) ${vscode.l10n.t('Stop Mock Server')}`, run: () => this.stop() });
    const choice = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Status Codes Mock Server') });
    await choice?.run();
  }
}

/** The SMTP code to test: the argument (a target from the response view), else one the user picks. */
async function smtpCodeOf(arg: unknown): Promise<string | undefined> {
  const r = arg !== undefined && arg !== null ? resolveTarget(arg) : await pickCode(vscode.l10n.t('Test SMTP Reply: choose an SMTP code'));
  if (!r) return undefined;
  if (r.protocol === 'http') {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not an SMTP code; it has no SMTP reply.', codeTitle(r)));
    return undefined;
  }
  return r.code;
}

export function registerMockServers(context: vscode.ExtensionContext): MockServers {
  const mocks = new MockServers(context.extensionPath);
  context.subscriptions.push(
    mocks,
    registerCommand(MOCK_COMMANDS.start, async () => {
      const url = await mocks.startHttp();
      if (url) void vscode.window.showInformationMessage(vscode.l10n.t('Status Codes mock server listening on {0}', url));
      return url;
    }),
    registerCommand(MOCK_COMMANDS.stop, () => mocks.stop()),
    registerCommand(MOCK_COMMANDS.menu, () => mocks.menu()),
    registerCommand(MOCK_COMMANDS.testSmtpReply, async (arg: unknown, stageArg: unknown) => {
      const code = await smtpCodeOf(arg);
      if (!code) return undefined;
      const stage =
        typeof stageArg === 'string' && (SMTP_STAGES as readonly string[]).includes(stageArg)
          ? (stageArg as (typeof SMTP_STAGES)[number])
          : (await vscode.window.showQuickPick([...SMTP_STAGES], { title: vscode.l10n.t('Test SMTP Reply: which stage answers {0}?', code) })) as (typeof SMTP_STAGES)[number] | undefined;
      if (!stage) return undefined;
      const url = await mocks.testSmtpReply(code, stage);
      if (url) void vscode.window.showInformationMessage(vscode.l10n.t('SMTP mock on {0}: {1} answers {2}; every other stage accepts.', url, stage, code));
      return url;
    }),
  );
  return mocks;
}
