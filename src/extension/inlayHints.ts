// Inlay hints: the phrase after a numeric status where code sets or tests one (`res.status(404)`
// shows `Not Found`, HTTP 452 shows `unassigned`). Only for the range VS Code asks for.
import vscode = require('vscode');
import { KNOWN_LANGUAGES } from '../core/detect/index';
import { phraseHints } from '../core/inline';
import { COMMANDS } from './commands';
import { getSettings, onDidChangeSettings } from './config';
import { hintsFor, detectLanguage, linesOf } from './cursor';
import { codeTitle, protocolLabel, registryText } from './labels';
import { targetOf } from './target';
import { Disposable } from './util/dispose';
import { host } from './host';

/** A range VS Code asks for is the visible part of an editor; more than this is a minified line or a misuse. */
const MAX_LINES = 2000;

class PhraseHintProvider extends Disposable implements vscode.InlayHintsProvider {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeInlayHints = this.changed.event;

  constructor() {
    super();
    this._register(onDidChangeSettings(() => this.changed.fire()));
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): vscode.InlayHint[] {
    const settings = getSettings();
    if (!settings.inlayHintsEnabled || token.isCancellationRequested) return [];
    const to = Math.min(range.end.line, range.start.line + MAX_LINES);
    const found = phraseHints(linesOf(document), range.start.line, to, {
      languageId: detectLanguage(document),
      hints: hintsFor(document),
      protocols: settings.hoverProtocols,
    });
    return found.map((h) => {
      const position = new vscode.Position(h.line, h.column);
      const part = new vscode.InlayHintLabelPart(h.phrase ?? vscode.l10n.t('unassigned'));
      const r = h.resolved;
      if (r) {
        part.tooltip = new vscode.MarkdownString(`**${codeTitle(r)}**\n\n${registryText(r.entry.description)}`);
        part.command = { title: vscode.l10n.t('Show response'), command: COMMANDS.showResponse, arguments: [targetOf(r)] };
      } else {
        part.tooltip = vscode.l10n.t('{0} {1} is unassigned.', protocolLabel(h.protocol), h.code);
      }
      const hint = new vscode.InlayHint(position, [part], vscode.InlayHintKind.Parameter);
      hint.paddingLeft = true;
      return hint;
    });
  }
}

export function registerInlayHints(context: vscode.ExtensionContext): void {
  const selector: vscode.DocumentSelector = KNOWN_LANGUAGES.map((language) => ({ language }));
  const provider = new PhraseHintProvider();
  context.subscriptions.push(provider, host().languages.registerInlayHintsProvider(selector, provider));
}
