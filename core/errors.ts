// One catalogue of error codes. Messages say what was expected and what was found;
// the HTTP layer and the CLI map these to `{ error: { code, message, field } }` or one line per file.

export const ERROR_CODES = {
  EMPTY_FILE: 'empty_file',
  BINARY_FILE: 'binary_file',
  UNSUPPORTED_TYPE: 'unsupported_type',
  INVALID_UTF8: 'invalid_utf8',
  NO_TEXT_LAYER: 'no_text_layer',
  FILE_TOO_LARGE: 'file_too_large',
  UNREADABLE_FILE: 'unreadable_file',
  NO_MINUTES_FOUND: 'no_minutes_found',
  INVALID_SIDECAR: 'invalid_sidecar',
  INVALID_CONFIG: 'invalid_config',
  INVALID_REQUEST: 'invalid_request',
  NOT_FOUND: 'not_found',
  UNAUTHORIZED: 'unauthorized',
  DISABLED: 'disabled',
  PAYLOAD_TOO_LARGE: 'payload_too_large',
  RATE_LIMITED: 'rate_limited',
  MODEL_MISMATCH: 'model_mismatch',
  MODEL_UNAVAILABLE: 'model_unavailable',
  BACKEND_UNAVAILABLE: 'backend_unavailable',
  BACKEND_TASK_FAILED: 'backend_task_failed',
  /** The disk (or a quota) is full: nothing the client can change, worth retrying once space is freed. */
  STORAGE_FULL: 'storage_full',
  /** The data folder cannot be opened or written (read-only, missing permissions). */
  STORAGE_UNAVAILABLE: 'storage_unavailable',
  /** A document was stored, but not every index could be brought in line with it (the context says which). */
  PARTIALLY_INDEXED: 'partially_indexed',
  INTERNAL: 'internal',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export interface ErrorContext {
  file?: string;
  field?: string;
  [key: string]: unknown;
}

/** An error with a stable code from the catalogue and the context (file, field) a person needs to act on it. */
export class CodedError extends Error {
  readonly code: ErrorCode;
  readonly context: ErrorContext;
  constructor(code: ErrorCode, message: string, context: ErrorContext = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.context = context;
  }
}

/** Something wrong with what a user gave us (a file, a request, a setting). */
export class InputError extends CodedError {}

/** A dependency (Meilisearch, the model, the disk) failed us. */
export class ServiceError extends CodedError {}

const FULL_DISK_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
const UNWRITABLE_CODES = new Set(['EROFS', 'EACCES', 'EPERM', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_IOERR']);

/**
 * What a failure of the machine (not of the input) means: the disk is full, the data folder cannot be written,
 * or something else; system and SQLite errors keep their code in `code` (SQLITE_IOERR_WRITE counts as SQLITE_IOERR).
 */
export function storageFailureOf(error: unknown): ErrorCode {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (FULL_DISK_CODES.has(code)) return ERROR_CODES.STORAGE_FULL;
  if (UNWRITABLE_CODES.has(code) || UNWRITABLE_CODES.has(code.split('_').slice(0, 2).join('_'))) return ERROR_CODES.STORAGE_UNAVAILABLE;
  if (error instanceof CodedError) return error.code;
  return ERROR_CODES.INTERNAL;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
