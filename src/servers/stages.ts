// The SMTP mock's stages, apart from the server so that a picker can list them without loading smtp-server.
export const SMTP_STAGES = ['connect', 'ehlo', 'mail', 'rcpt', 'data', 'eod', 'auth'] as const;
export type SmtpStage = (typeof SMTP_STAGES)[number];
