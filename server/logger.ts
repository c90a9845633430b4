import pino from 'pino';

const SENSITIVE = ['password', 'idNumber', 'phone', 'bankAccount', 'token', 'openid'];

// pino's wildcards match one level each, so the paths are spelled out down to three levels.
const REDACTED = [1, 2, 3].flatMap((depth) => SENSITIVE.map((field) => `${'*.'.repeat(depth)}${field}`));

/** Structured logs. Sensitive fields are redacted up to three levels deep in a logged object. */
export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino(
    {
      level,
      redact: {
        paths: [...REDACTED, 'req.headers.authorization', 'req.headers.cookie'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

export type Logger = ReturnType<typeof createLogger>;
