// Rate limits answer as every other API error does: 429 with a JSON error that says what the limit is.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { ERROR_CODES } from '../core/errors';

/** At most `limit` requests from one client in `windowMs`; past it, 429 with `message`. */
export function rateLimited(limit: number, windowMs: number, message: string): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_request, response) => {
      response.status(429).json({ error: { code: ERROR_CODES.RATE_LIMITED, message, field: null } });
    },
  });
}
