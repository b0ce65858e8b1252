// Client lines to test a mailer against an SMTP reply: the SMTP mock started answering that reply
// (`status-codes serve`), then swaks, curl, Python's smtplib and nodemailer sending one message to
// it. Each line is run against the real mock in test/unit/smtp-clients.test.ts.
import type { ResolvedCode } from '../types';

export interface SmtpClientLine {
  /** Stable id (copy requests name it). */
  id: 'serve' | 'swaks' | 'curl' | 'smtplib' | 'nodemailer';
  /** As people write the tool's name. */
  label: string;
  /** Highlighting language. */
  language: 'shellscript' | 'python' | 'javascript';
  code: string;
}

export interface SmtpClientOptions {
  /** The mock's port on 127.0.0.1. */
  port?: number;
}

const DEFAULT_SMTP_MOCK_PORT = 2525;

/**
 * The stage a client meets a reply at: the greeting for 421 (service not available, closing), the
 * DATA command for 354, the recipient otherwise (where most rejections of one message come).
 */
export function stageOf(r: ResolvedCode): 'connect' | 'data' | 'rcpt' {
  if (r.protocol === 'smtp' && r.code === '421') return 'connect';
  if (r.protocol === 'smtp' && r.code === '354') return 'data';
  return 'rcpt';
}

/** The lines for an SMTP reply code or enhanced code; none for an HTTP status. */
export function renderSmtpClients(r: ResolvedCode, options: SmtpClientOptions = {}): SmtpClientLine[] {
  if (r.protocol === 'http') return [];
  const port = options.port ?? DEFAULT_SMTP_MOCK_PORT;
  const from = 'sender@example.com';
  const to = 'rcpt@example.com';
  return [
    { id: 'serve', label: 'Status Codes mock', language: 'shellscript', code: `npx status-codes serve --smtp --smtp-port ${port} --stage ${stageOf(r)} --reply ${r.code}` },
    { id: 'swaks', label: 'swaks', language: 'shellscript', code: `swaks --server 127.0.0.1:${port} --from ${from} --to ${to}` },
    {
      id: 'curl',
      label: 'curl',
      language: 'shellscript',
      code: `printf 'Subject: test\\r\\n\\r\\nhello\\r\\n' | curl smtp://127.0.0.1:${port} --mail-from ${from} --mail-rcpt ${to} --upload-file -`,
    },
    {
      id: 'smtplib',
      label: 'Python smtplib',
      language: 'python',
      code: [
        'import smtplib',
        '',
        'try:',
        `    with smtplib.SMTP("127.0.0.1", ${port}) as smtp:`,
        `        smtp.sendmail("${from}", ["${to}"], "Subject: test\\r\\n\\r\\nhello\\r\\n")`,
        'except (smtplib.SMTPException, OSError) as e:',
        '    print(repr(e))',
      ].join('\n'),
    },
    {
      id: 'nodemailer',
      label: 'Nodemailer',
      language: 'javascript',
      code: [
        "const nodemailer = require('nodemailer');",
        '',
        `const transport = nodemailer.createTransport({ host: '127.0.0.1', port: ${port}, secure: false, ignoreTLS: true });`,
        `transport.sendMail({ from: '${from}', to: '${to}', subject: 'test', text: 'hello' })`,
        '  .then((info) => console.log(info.response))',
        '  .catch((e) => console.log(e.responseCode, e.response));',
      ].join('\n'),
    },
  ];
}
