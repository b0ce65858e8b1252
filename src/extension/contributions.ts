// What VS Code must be told at activation, before any feature has loaded: the ids and options the
// node entry's stand-ins register with (lazyHost.ts), and the features use too. Tiny on purpose:
// the entry bundles it.
import { RESPONSE_VIEW_TYPE } from '../common/messages';

export const REFERENCE_VIEW = 'statusCodes.reference';
export { RESPONSE_VIEW_TYPE };

/** Code action kinds the features provide, below `CodeActionKind.Empty`. */
export const CODE_ACTION_KINDS = {
  show: 'statusCodes.show',
  convert: 'refactor.rewrite.statusCodes',
} as const;

/** Characters after which VS Code asks for completions without a word typed. */
export const COMPLETION_TRIGGERS: readonly string[] = [];
