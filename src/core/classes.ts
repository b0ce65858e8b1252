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

/** The class table for a protocol: digit -> name. */
function classNames(protocol: Protocol): Record<number, string> {
  switch (protocol) {
    case 'http':
      return HTTP_CLASSES;
    case 'smtp':
      return SMTP_CLASSES;
    case 'smtp-enhanced':
      return ENHANCED_CLASSES;
  }
}

/** Builds the class of a leading digit; undefined when the protocol has no such class. */
export function codeClass(protocol: Protocol, digit: number): CodeClass | undefined {
  const name = classNames(protocol)[digit];
  if (name === undefined) return undefined;
  const label = protocol === 'http' ? `${digit}xx` : protocol === 'smtp' ? `${digit}yz` : `${digit}.X.X`;
  return { protocol, digit, label, name };
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
};
