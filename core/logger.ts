// Structured logs (one JSON line per event); library code logs through this, never console.
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'minutes-search' } });
}

/** For tests and library callers that want silence. */
export const silentLogger: Logger = pino({ level: 'silent' });
