// Maps every failure to `{ error: { code, message, field } }` with the right status, once, in one middleware.
// Clients never see stack traces; unexpected errors are logged with the request id.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ERROR_CODES, type ErrorCode, InputError, ServiceError, storageFailureOf } from '../core/errors';

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  [ERROR_CODES.NOT_FOUND]: 404,
  [ERROR_CODES.UNAUTHORIZED]: 401,
  [ERROR_CODES.DISABLED]: 403,
  [ERROR_CODES.PAYLOAD_TOO_LARGE]: 413,
  [ERROR_CODES.RATE_LIMITED]: 429,
  [ERROR_CODES.INTERNAL]: 500,
  [ERROR_CODES.STORAGE_FULL]: 507,
};

/** A document stored part-way answers with the status of what stopped it (507 for a full disk). */
function serviceStatus(error: ServiceError): number {
  const partial = error.context.partial as { reason?: ErrorCode } | undefined;
  return STATUS_BY_CODE[partial?.reason ?? error.code] ?? 503;
}

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
    const partial = error.context.partial ? { partial: error.context.partial } : {};
    response.status(serviceStatus(error)).json({ error: { code: error.code, message: error.message, field: null, ...partial } });
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
  const code = storageFailureOf(error);
  const message = code === ERROR_CODES.STORAGE_FULL ? "the server's disk is full" : code === ERROR_CODES.STORAGE_UNAVAILABLE ? "the server's data folder cannot be written" : 'internal error';
  response.status(STATUS_BY_CODE[code] ?? 503).json({ error: { code, message, field: null } });
};
