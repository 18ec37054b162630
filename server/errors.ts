// Maps every failure to `{ error: { code, message, field } }` with the right status, once, in one middleware.
// Clients never see stack traces; unexpected errors are logged with the request id.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ERROR_CODES, type ErrorCode, InputError, ServiceError } from '../core/errors';

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  [ERROR_CODES.NOT_FOUND]: 404,
  [ERROR_CODES.UNAUTHORIZED]: 401,
  [ERROR_CODES.DISABLED]: 403,
  [ERROR_CODES.PAYLOAD_TOO_LARGE]: 413,
  [ERROR_CODES.RATE_LIMITED]: 429,
};

interface HttpParserError {
  type?: string;
  status?: number;
  code?: string;
  field?: string;
}

function fromParserError(error: HttpParserError): { status: number; code: ErrorCode; message: string; field?: string } | null {
  if (error.type === 'entity.too.large' || error.code === 'LIMIT_FILE_SIZE') {
    return { status: 413, code: ERROR_CODES.PAYLOAD_TOO_LARGE, message: 'the request body is larger than allowed' };
  }
  if (error.type === 'entity.parse.failed') {
    return { status: 400, code: ERROR_CODES.INVALID_REQUEST, message: 'the body is not valid JSON', field: 'body' };
  }
  if (typeof error.code === 'string' && error.code.startsWith('LIMIT_')) {
    return { status: 400, code: ERROR_CODES.INVALID_REQUEST, message: `upload rejected: ${error.code}`, field: error.field ?? 'file' };
  }
  if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    return { status: error.status, code: ERROR_CODES.INVALID_REQUEST, message: 'the request could not be read' };
  }
  return null;
}

export const notFound: RequestHandler = (request, _response, next) => {
  next(new InputError(ERROR_CODES.NOT_FOUND, `no such route: ${request.method} ${request.path}`));
};

export const errorHandler: ErrorRequestHandler = (error, request, response, _next) => {
  if (error instanceof InputError) {
    const status = STATUS_BY_CODE[error.code] ?? 400;
    response.status(status).json({ error: { code: error.code, message: error.message, field: error.context.field ?? null } });
    return;
  }
  if (error instanceof ServiceError) {
    request.log?.warn({ err: error }, 'service unavailable');
    response.status(503).json({ error: { code: error.code, message: error.message, field: null } });
    return;
  }
  const parserError = fromParserError(error as HttpParserError);
  if (parserError) {
    response
      .status(parserError.status)
      .json({ error: { code: parserError.code, message: parserError.message, field: parserError.field ?? null } });
    return;
  }
  request.log?.error({ err: error }, 'unexpected error');
  response.status(500).json({ error: { code: ERROR_CODES.INTERNAL, message: 'internal error', field: null } });
};
