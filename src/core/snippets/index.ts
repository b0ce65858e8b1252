// Framework snippets: for a code and a framework, the code that returns it, or why it cannot.
import { PROTOCOL_LABELS } from '../classes';
import { httpStatusOf, responseBody, type BodyOptions } from '../render/body';
import { statusHeaders } from '../render/headers';
import { notSentMessage } from '../render/response';
import type { ResolvedCode } from '../types';
import type { Framework } from './framework';
import { FRAMEWORKS } from './frameworks/index';
import { assembleProgram, familyOfLanguage, type SnippetParts } from './parts';
import { makeContext, toPlain, toSnippet } from './template';

export type { Framework } from './framework';
export type { SnippetParts } from './parts';
export { FRAMEWORKS };

export type UnsupportedReason = 'not-http' | 'interim' | 'range' | 'not-sent' | 'header';

export type SnippetResult =
  | {
      ok: true;
      framework: Framework;
      status: number;
      /** The code with placeholders filled with their defaults. */
      code: string;
      /** The VS Code snippet body (tab stops for the key and the message). */
      snippet: string;
      /** The named constant used, when one maps to this very code. */
      constant?: string;
      /** The program in parts (template text with tab-stop markers), for inserting into a file that has some of them (insert.ts). */
      parts: SnippetParts;
    }
  | { ok: false; framework: Framework; reason: UnsupportedReason; message: string };

export function frameworkById(id: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}

/**
 * Renders one framework's snippet. A named constant is used only for HTTP codes of the IANA
 * registry whose constant in the framework maps to that very code; vendor codes, SMTP codes sent
 * as HTTP statuses and codes without a constant are written as numbers.
 */
export function renderSnippet(r: ResolvedCode, framework: Framework, options: BodyOptions = {}): SnippetResult {
  const status = httpStatusOf(r);
  if (status === undefined) {
    const what = r.protocol === 'smtp-enhanced' ? 'an SMTP enhanced status code' : `a ${PROTOCOL_LABELS[r.protocol]} code`;
    return { ok: false, framework, reason: 'not-http', message: `${r.code} is ${what}; no framework sends it as an HTTP status.` };
  }
  const notSent = notSentMessage(r);
  if (notSent) {
    // A handler could set the number, but that would be a response no such server sends.
    return { ok: false, framework, reason: 'not-sent', message: `${notSent} No ${framework.label} snippet can show that.` };
  }
  if (status < 200) {
    return {
      ok: false,
      framework,
      reason: 'interim',
      message: `${status} is an interim (1xx) response; no ${framework.label} handler can end a request with it.`,
    };
  }
  if (status < framework.range.min || status > framework.range.max) {
    return {
      ok: false,
      framework,
      reason: 'range',
      message: `${framework.label} only sends status codes ${framework.range.min}-${framework.range.max}; ${status} would throw.`,
    };
  }
  const headers = statusHeaders(status);
  const refused = headers.find((h) => framework.refusesHeaders?.names.includes(h.name));
  if (refused) {
    return { ok: false, framework, reason: 'header', message: `${status} needs the ${refused.name} header, which ${framework.label} cannot send: ${framework.refusesHeaders!.why}.` };
  }
  const ctx = makeContext({
    status,
    body: responseBody(r, options),
    headers,
    constantTable: framework.constantTable,
    useConstant: r.protocol === 'http' && r.entry.status !== 'vendor',
    escape: framework.escape,
  });
  const parts = framework.template(ctx);
  const template = assembleProgram(familyOfLanguage(framework.language), parts);
  return { ok: true, framework, status, code: toPlain(template), snippet: toSnippet(template), constant: ctx.constant, parts };
}

/** Every framework's snippet for a code. */
export function renderAllSnippets(r: ResolvedCode, options: BodyOptions = {}): SnippetResult[] {
  return FRAMEWORKS.map((f) => renderSnippet(r, f, options));
}
