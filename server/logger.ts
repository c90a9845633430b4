import { types } from 'node:util';
import pino from 'pino';

const SENSITIVE = ['password', 'idNumber', 'phone', 'bankAccount', 'token', 'openid'];

// pino's wildcards match one level each, so the paths are spelled out down to three levels.
const REDACTED = [1, 2, 3].flatMap((depth) => SENSITIVE.map((field) => `${'*.'.repeat(depth)}${field}`));

/**
 * An error as a log line can carry it: name, message, code and stack, and its cause the same way. A driver's
 * error holds its whole connection topology, cyclic and large; serialised as it is, pino gave up on it.
 */
export function errorFields(err: unknown, depth = 0): Record<string, unknown> {
  // Node's own errors (a refused connection's cause) come from another realm under a test runner's sandbox.
  if (!(err instanceof Error || types.isNativeError(err))) return { message: String(err) };
  const { code, codeName } = err as { code?: unknown; codeName?: unknown };
  return {
    type: err.name,
    message: err.message,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(typeof codeName === 'string' ? { codeName } : {}),
    stack: err.stack,
    ...(err.cause !== undefined && depth < 3 ? { cause: errorFields(err.cause, depth + 1) } : {}),
  };
}

/** Structured logs. Sensitive fields are redacted up to three levels deep in a logged object. */
export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino(
    {
      level,
      serializers: { err: errorFields },
      redact: {
        paths: [...REDACTED, 'req.headers.authorization', 'req.headers.cookie'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

export type Logger = ReturnType<typeof createLogger>;
