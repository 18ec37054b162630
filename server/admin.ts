// Admin routes: upload a document to index, delete a meeting. Refused without ADMIN_API_KEY; off when it is unset.
// The indexing itself is done by `deps.indexing`, one job at a time.
import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type RequestHandler } from 'express';
import multer from 'multer';
import type { Config } from '../core/config';
import { describeError, ERROR_CODES, InputError } from '../core/errors';
import { extensionOf, isReadableName, supportedExtensions } from '../indexer/readers';
import type { Stores } from '../indexer/stores/open';
import type { DocumentIndexing } from './indexing';
import { parseIdentifier } from './validation';

/** What the admin routes use of the app's parts (createApp passes its own). */
export interface AdminDeps {
  config: Pick<Config, 'adminApiKey' | 'maxUploadBytes'>;
  stores: Pick<Stores, 'store'>;
  /** Adds uploads and removes meetings, one job at a time; searches see each change once its job resolves. */
  indexing: DocumentIndexing;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Compares digests so the time taken says nothing about the key's length or its first wrong character. */
export function keyMatches(given: string | undefined, expected: string): boolean {
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

function presentedKey(header: string | undefined, authorization: string | undefined): string | undefined {
  if (header) return header;
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  return bearer?.[1];
}

function requireAdmin(adminApiKey: string | undefined): RequestHandler {
  return (request, _response, next) => {
    if (!adminApiKey) {
      next(new InputError(ERROR_CODES.DISABLED, 'admin routes are disabled: set ADMIN_API_KEY to enable them'));
      return;
    }
    const given = presentedKey(request.get('x-api-key'), request.get('authorization'));
    if (!keyMatches(given, adminApiKey)) {
      next(new InputError(ERROR_CODES.UNAUTHORIZED, 'missing or wrong API key (send it in the x-api-key header)'));
      return;
    }
    next();
  };
}

/** Multipart bodies cut short or without a boundary are the client's mistake; multer passes busboy's plain Errors. */
function receiveUpload(maxUploadBytes: number): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxUploadBytes, files: 1, fields: 5 },
    // Browsers and curl send UTF-8 file names without saying so; busboy would read them as Latin-1.
    defParamCharset: 'utf8',
  }).single('file');
  return (request, response, next) => {
    upload(request, response, (error: unknown) => {
      if (!error || error instanceof multer.MulterError) {
        next(error);
        return;
      }
      next(new InputError(ERROR_CODES.INVALID_REQUEST, `the upload is not a complete multipart form (${describeError(error)})`, { field: 'file' }));
    });
  };
}

export function createAdminRouter(deps: AdminDeps): express.Router {
  const { config, stores, indexing } = deps;
  const router = express.Router();
  const extensions = new Set(supportedExtensions());

  router.post('/documents', requireAdmin(config.adminApiKey), receiveUpload(config.maxUploadBytes), async (request, response) => {
    const file = request.file;
    if (!file) throw new InputError(ERROR_CODES.INVALID_REQUEST, 'expected a multipart upload with a "file" field', { field: 'file' });
    if (!isReadableName(file.originalname)) {
      const extension = extensionOf(file.originalname);
      throw new InputError(
        ERROR_CODES.UNSUPPORTED_TYPE,
        `unsupported file type "${extension || 'none'}" (expected one of ${[...extensions].join(', ')})`,
        { field: 'file' },
      );
    }
    const outcome = await indexing.addUpload({ name: file.originalname, bytes: file.buffer });
    const { meetings } = stores.store.listMeetings({ documentId: outcome.documentId, limit: 100, offset: 0 });
    response.status(outcome.created ? 201 : 200).json({ document: { id: outcome.documentId, name: outcome.name }, created: outcome.created, meetings, warnings: outcome.warnings });
  });

  router.delete('/meetings/:id', requireAdmin(config.adminApiKey), async (request, response) => {
    const id = parseIdentifier(request.params.id, 'id');
    if (!stores.store.getMeeting(id)) throw new InputError(ERROR_CODES.NOT_FOUND, `no meeting with id ${id}`, { field: 'id' });
    await indexing.removeMeeting(id);
    response.json({ deleted: id });
  });

  return router;
}
