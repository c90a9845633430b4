import pino from 'pino';

/** Structured logs. Sensitive fields are redacted wherever they appear in a logged object. */
export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino(
    {
      level,
      redact: {
        paths: [
          '*.password',
          '*.idNumber',
          '*.phone',
          '*.bankAccount',
          '*.token',
          'req.headers.authorization',
          'req.headers.cookie',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

export type Logger = ReturnType<typeof createLogger>;
