import pino from 'pino';

/**
 * The bot's log. It never carries what residents say, their chat ids or openids: only events, counts and
 * error texts (the engine and adapters log nothing else).
 */
export type BotLogger = pino.Logger;

export function botLogger(level: string, destination?: pino.DestinationStream): BotLogger {
  return destination ? pino({ name: 'bot', level }, destination) : pino({ name: 'bot', level });
}
