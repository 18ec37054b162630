// Structured logs (one JSON line per event); library code logs through this, never console.
import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Request and response fields that carry credentials. pino-http logs every request's headers, and an admin key
 * (right or wrong) or a bearer token in a log file is a key anyone with the logs can use.
 */
export const REDACTED_PATHS = [
  'req.headers["x-api-key"]',
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
];

/** `destination` is where the lines go (standard output unless given: tests read them back). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = { level, base: { app: 'minutes-search' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}

/** For tests and library callers that want silence. */
export const silentLogger: Logger = pino({ level: 'silent' });
