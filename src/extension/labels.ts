// Localised names of protocols, classes and registration statuses (the core speaks English).
import vscode = require('vscode');
import { httpStatusOf } from '../core/render/body';
import { statusHeaders } from '../core/render/headers';
import type { Framework, UnsupportedReason } from '../core/snippets/index';
import type { GrpcUnsupportedReason, WebSocketUnsupportedReason } from '../core/snippets/protocols/index';
import type { CodeClass, EntryStatus, Protocol, ResolvedCode, WireKind } from '../core/types';

export function protocolLabel(p: Protocol): string {
  switch (p) {
    case 'http':
      return vscode.l10n.t('HTTP');
    case 'smtp':
      return vscode.l10n.t('SMTP');
    case 'smtp-enhanced':
      return vscode.l10n.t('SMTP enhanced');
    case 'grpc':
      return vscode.l10n.t('gRPC');
    case 'websocket':
      return vscode.l10n.t('WebSocket');
    case 'ftp':
      return vscode.l10n.t('FTP');
  }
}

function className(c: CodeClass): string {
  if (c.protocol === 'http') {
    switch (c.digit) {
      case 1:
        return vscode.l10n.t('Informational');
      case 2:
        return vscode.l10n.t('Successful');
      case 3:
        return vscode.l10n.t('Redirection');
      case 4:
        return vscode.l10n.t('Client Error');
      case 5:
        return vscode.l10n.t('Server Error');
    }
  } else if (c.protocol === 'smtp' || (c.protocol === 'ftp' && c.digit >= 2 && c.digit <= 5)) {
    // RFC 959 and RFC 5321 name the classes 2yz-5yz alike.
    switch (c.digit) {
      case 2:
        return vscode.l10n.t('Positive Completion');
      case 3:
        return vscode.l10n.t('Positive Intermediate');
      case 4:
        return vscode.l10n.t('Transient Negative Completion');
      case 5:
        return vscode.l10n.t('Permanent Negative Completion');
    }
  } else if (c.protocol === 'smtp-enhanced') {
    switch (c.digit) {
      case 2:
        return vscode.l10n.t('Success');
      case 4:
        return vscode.l10n.t('Persistent Transient Failure');
      case 5:
        return vscode.l10n.t('Permanent Failure');
    }
  } else if (c.protocol === 'grpc') {
    return c.digit === 0 ? vscode.l10n.t('Success') : vscode.l10n.t('Error');
  } else if (c.protocol === 'websocket') {
    switch (c.digit) {
      case 1:
        return vscode.l10n.t('Protocol (RFC 6455 and its revisions)');
      case 2:
        return vscode.l10n.t('Protocol extensions');
      case 3:
        return vscode.l10n.t('Libraries, frameworks and applications (IANA registered)');
      case 4:
        return vscode.l10n.t('Private use');
    }
  } else {
    switch (c.digit) {
      case 1:
        return vscode.l10n.t('Positive Preliminary');
      case 6:
        return vscode.l10n.t('Protected Reply');
    }
  }
  return c.name;
}

/** `4xx Client Error`. */
export function classLabel(c: CodeClass): string {
  return `${c.label} ${className(c)}`;
}

export function statusLabel(s: EntryStatus): string {
  switch (s) {
    case 'permanent':
      return vscode.l10n.t('permanent');
    case 'temporary':
      return vscode.l10n.t('temporary');
    case 'unused':
      return vscode.l10n.t('unused');
    case 'obsolete':
      return vscode.l10n.t('obsolete');
    case 'standard':
      return vscode.l10n.t('standard');
    case 'deprecated':
      return vscode.l10n.t('deprecated');
    case 'vendor':
      return vscode.l10n.t('vendor');
    case 'registered':
      return vscode.l10n.t('registered');
    case 'reserved':
      return vscode.l10n.t('reserved');
    case 'range':
      return vscode.l10n.t('range');
    case 'nonstandard':
      return vscode.l10n.t('non-standard');
  }
}

/** An FTP reply code's function group (RFC 959's second digit), in the user's language: `x5z File system`. */
export function ftpGroupLabel(group: { label: string; name: string }): string {
  const names: Record<string, string> = {
    Syntax: vscode.l10n.t('Syntax'),
    Information: vscode.l10n.t('Information'),
    Connections: vscode.l10n.t('Connections'),
    'Authentication and accounting': vscode.l10n.t('Authentication and accounting'),
    Unspecified: vscode.l10n.t('Unspecified'),
    'File system': vscode.l10n.t('File system'),
  };
  return `${group.label} ${names[group.name] ?? group.name}`;
}

/** `HTTP 404 Not Found`. */
export function codeTitle(r: ResolvedCode): string {
  return `${protocolLabel(r.protocol)} ${r.code} ${r.entry.phrase}`;
}

/** Why a framework cannot send a code, in the user's language. */
export function unsupportedLabel(reason: UnsupportedReason, fw: Framework, r: ResolvedCode): string {
  const { label: framework, range } = fw;
  switch (reason) {
    case 'not-http':
      return vscode.l10n.t('{0} is not an HTTP status; no framework sends it.', codeTitle(r));
    case 'interim':
      return vscode.l10n.t('{0} is an interim (1xx) response; no {1} handler can end a request with it.', codeTitle(r), framework);
    case 'range':
      return vscode.l10n.t('{0} only sends status codes {1}-{2}; {3} would throw.', framework, range.min, range.max, r.code);
    case 'not-sent':
      return vscode.l10n.t('{0} A handler in {1} could set the number, but no client ever receives such a response, so no snippet is offered.', notSentLabel(r.entry.wire?.kind ?? 'closes-connection', r), framework);
    case 'header': {
      const name = statusHeaders(httpStatusOf(r) ?? 0).find((h) => fw.refusesHeaders?.names.includes(h.name))?.name ?? '';
      return vscode.l10n.t('{0} needs the {1} header, which {2} cannot send: its server refuses hop-by-hop header fields from an application (WSGI, PEP 3333). Send it from the server in front.', r.code, name, framework);
    }
  }
}

/** Why 1005, 1006, 1015 have no Close frame, in the user's language. */
export function closeNotSentLabel(r: ResolvedCode): string {
  const when =
    r.code === '1005'
      ? vscode.l10n.t('a Close frame came without a status code')
      : r.code === '1006'
        ? vscode.l10n.t('the connection closed without a Close frame')
        : vscode.l10n.t('the TLS handshake failed');
  return vscode.l10n.t('{0} is never sent in a Close frame (RFC 6455, Section 7.4.1): a WebSocket library reports it to the application when {1}.', codeTitle(r), when);
}

/** Why a gRPC or WebSocket library has no snippet for a code, in the user's language. */
export function protocolUnsupportedLabel(reason: GrpcUnsupportedReason | WebSocketUnsupportedReason, library: string, r: ResolvedCode): string {
  switch (reason) {
    case 'unknown-code':
      return vscode.l10n.t('{0} is not a gRPC status code (google.rpc.Code has 0-16); no {1} handler can return it.', r.code, library);
    case 'range':
      return vscode.l10n.t('{0} is not a WebSocket close code: close codes are 1000-4999.', r.code);
    case 'reserved':
      return vscode.l10n.t('{0} is reserved for the WebSocket protocol itself and assigned to nothing; libraries refuse to send it.', r.code);
    case 'not-sent':
      return closeNotSentLabel(r);
    case 'library':
      return vscode.l10n.t("{0} cannot close with {1}: a page's WebSocket.close() only takes 1000 or 3000-4999 (any other code throws an InvalidAccessError).", library, r.code);
    case 'reason-length':
      return vscode.l10n.t('The close reason is longer than a Close frame holds (123 bytes of UTF-8).');
  }
}

/** Why a code is never sent as a response (nginx 444, 499), in the user's language. */
export function notSentLabel(kind: WireKind, r: ResolvedCode): string {
  switch (kind) {
    case 'closes-connection':
      return vscode.l10n.t('{0} is never sent as a response: the server closes the connection without answering.', codeTitle(r));
    case 'logged-only':
      return vscode.l10n.t('{0} is never sent as a response: the server only writes it to its access log, after the client has closed the connection.', codeTitle(r));
  }
}

/**
 * A registry text (an entry's description or note) in the user's language. The registry is written
 * in English; its texts are translated in the same l10n bundles as the rest of the extension.
 */
export function registryText(text: string): string {
  return vscode.l10n.t(text);
}
