import type { CodeClass, Protocol } from './types';

const HTTP_CLASSES: Record<number, string> = {
  1: 'Informational',
  2: 'Successful',
  3: 'Redirection',
  4: 'Client Error',
  5: 'Server Error',
};

// RFC 5321 section 4.2.1: the first digit of a reply code.
const SMTP_CLASSES: Record<number, string> = {
  2: 'Positive Completion',
  3: 'Positive Intermediate',
  4: 'Transient Negative Completion',
  5: 'Permanent Negative Completion',
};

// RFC 3463 section 3.1: the class sub-code of an enhanced status code.
const ENHANCED_CLASSES: Record<number, string> = {
  2: 'Success',
  4: 'Persistent Transient Failure',
  5: 'Permanent Failure',
};

// gRPC has no classes of its own: OK, and the 16 error codes.
const GRPC_CLASSES: Record<number, string> = {
  0: 'Success',
  1: 'Error',
};

// RFC 6455 section 7.4.2: what each block of close codes is for (the thousands digit; 0-999 are not used).
const WEBSOCKET_CLASSES: Record<number, string> = {
  1: 'Protocol (RFC 6455 and its revisions)',
  2: 'Protocol extensions',
  3: 'Libraries, frameworks and applications (IANA registered)',
  4: 'Private use',
};

// RFC 959 section 4.2.1: the first digit of a reply code; 6yz are RFC 2228's protected replies.
const FTP_CLASSES: Record<number, string> = {
  1: 'Positive Preliminary',
  2: 'Positive Completion',
  3: 'Positive Intermediate',
  4: 'Transient Negative Completion',
  5: 'Permanent Negative Completion',
  6: 'Protected Reply',
};

// RFC 959 section 4.2.1: the second digit of a reply code, the function group.
const FTP_GROUPS: Record<number, string> = {
  0: 'Syntax',
  1: 'Information',
  2: 'Connections',
  3: 'Authentication and accounting',
  4: 'Unspecified',
  5: 'File system',
};

/** The function group of an FTP reply code (RFC 959's second digit): `x5z` "File system" for 550. */
export function ftpFunctionGroup(code: string): { label: string; name: string } | undefined {
  const digit = Number(code[1]);
  const name = /^\d{3}$/.test(code) ? FTP_GROUPS[digit] : undefined;
  return name === undefined ? undefined : { label: `x${digit}z`, name };
}

/** The class table for a protocol: digit -> name. */
function classNames(protocol: Protocol): Record<number, string> {
  switch (protocol) {
    case 'http':
      return HTTP_CLASSES;
    case 'smtp':
      return SMTP_CLASSES;
    case 'smtp-enhanced':
      return ENHANCED_CLASSES;
    case 'grpc':
      return GRPC_CLASSES;
    case 'websocket':
      return WEBSOCKET_CLASSES;
    case 'ftp':
      return FTP_CLASSES;
  }
}

/** The class digit of a code: its leading digit, gRPC's 0 (OK) or 1 (error), WebSocket's thousands. */
export function classDigitOf(protocol: Protocol, code: string): number {
  if (protocol === 'grpc') return code === '0' ? 0 : 1;
  if (protocol === 'websocket') return Math.floor(parseInt(code, 10) / 1000);
  return Number(code[0]);
}

function classLabel(protocol: Protocol, digit: number): string {
  switch (protocol) {
    case 'http':
      return `${digit}xx`;
    case 'smtp':
    case 'ftp':
      return `${digit}yz`;
    case 'smtp-enhanced':
      return `${digit}.X.X`;
    case 'grpc':
      return digit === 0 ? 'OK' : '1-16';
    case 'websocket':
      return `${digit}000-${digit}999`;
  }
}

/** Builds the class of a leading digit; undefined when the protocol has no such class. */
export function codeClass(protocol: Protocol, digit: number): CodeClass | undefined {
  const name = classNames(protocol)[digit];
  if (name === undefined) return undefined;
  return { protocol, digit, label: classLabel(protocol, digit), name };
}

/** Every class of a protocol in order. */
export function allClasses(protocol: Protocol): CodeClass[] {
  return Object.keys(classNames(protocol))
    .map(Number)
    .sort((a, b) => a - b)
    .map((d) => codeClass(protocol, d)!);
}

export const PROTOCOL_LABELS: Record<Protocol, string> = {
  http: 'HTTP',
  smtp: 'SMTP',
  'smtp-enhanced': 'SMTP enhanced',
  grpc: 'gRPC',
  websocket: 'WebSocket',
  ftp: 'FTP',
};
