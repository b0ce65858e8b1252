// What VS Code must be told at activation, before any feature has loaded: the ids and options the
// node entry's stand-ins register with (lazyHost.ts), and the features use too. Tiny on purpose:
// the entry bundles it.
import { RESPONSE_VIEW_TYPE } from '../common/messages';

export const REFERENCE_VIEW = 'statusCodes.reference';
export { RESPONSE_VIEW_TYPE };

/** Code action kinds the features provide, below `CodeActionKind.Empty`. */
export const CODE_ACTION_KINDS = {
  show: 'statusCodes.show',
  insert: 'statusCodes.insert',
  convert: 'refactor.rewrite.statusCodes',
  quickFix: 'quickfix',
  /** `editor.codeActionsOnSave` runs it: VS Code asks only providers that declare it. */
  fixAll: 'source.fixAll.statusCodes',
} as const;

/** Characters after which VS Code asks for completions without a word typed: where a status code or constant often starts (`res.status(`, `HttpStatus.`, `status: :`, `code=`, `return `, `[500, `). */
export const COMPLETION_TRIGGERS: readonly string[] = ['(', '[', '.', ':', '=', ' ', ','];

/**
 * Set by the node entry: the palette shows the mock commands only where they run. Not `!isWeb`:
 * code-server and Codespaces show VS Code in a browser over a Node extension host, where they do.
 */
export const MOCK_CONTEXT = 'statusCodes.mockServers';

/** The mock servers' commands (node only). */
export const MOCK_COMMANDS = {
  start: 'statusCodes.startMockServer',
  stop: 'statusCodes.stopMockServer',
  testSmtpReply: 'statusCodes.testSmtpReply',
  menu: 'statusCodes.mockServerMenu',
} as const;
