// Admin routes: upload a document to index, delete a meeting. Refused without ADMIN_API_KEY; off when it is unset.
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import multer from 'multer';
import { ERROR_CODES, InputError } from '../core/errors';
import { indexPaths, removeDocument, silentReporter, syncIndexes } from '../indexer/pipeline';
import { supportedExtensions } from '../indexer/readers';
import type { AppDeps } from './app';
import { parseIdentifier } from './validation';

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

/** Upload names become a safe file name inside the data folder's uploads/ (never a path from the request). */
export function uploadFileName(originalName: string): string {
  const extension = path.extname(originalName).toLowerCase();
  const stem = path
    .basename(originalName, path.extname(originalName))
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+/, '')
    .slice(0, 80);
  return `${stem || 'document'}-${randomUUID().slice(0, 8)}${extension}`;
}

export function createAdminRouter(deps: AppDeps): express.Router {
  const { config, stores, search, serialize } = deps;
  const router = express.Router();
  const extensions = new Set(supportedExtensions());
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: config.maxUploadBytes, files: 1, fields: 5 },
  });

  router.post('/documents', requireAdmin(config.adminApiKey), upload.single('file'), async (request, response) => {
    const file = request.file;
    if (!file) throw new InputError(ERROR_CODES.INVALID_REQUEST, 'expected a multipart upload with a "file" field', { field: 'file' });
    const extension = path.extname(file.originalname).toLowerCase();
    if (!extensions.has(extension)) {
      throw new InputError(
        ERROR_CODES.UNSUPPORTED_TYPE,
        `unsupported file type "${extension || 'none'}" (expected one of ${[...extensions].join(', ')})`,
        { field: 'file' },
      );
    }
    const uploads = path.join(config.dataDir, 'uploads');
    await fs.mkdir(uploads, { recursive: true });
    const destination = path.join(uploads, uploadFileName(file.originalname));
    await fs.writeFile(destination, file.buffer);
    const summary = await serialize(() => indexPaths([destination], stores, config, silentReporter, { prune: false }));
    const failure = summary.failed[0];
    if (failure) {
      await fs.rm(destination, { force: true });
      throw new InputError(failure.code as never, `${file.originalname}: ${failure.message}`, { field: 'file' });
    }
    search.refresh();
    const document = stores.store.getDocumentByPath(destination);
    const meetings = document ? stores.store.listMeetings({ documentId: document.id, limit: 100, offset: 0 }).meetings : [];
    response.status(201).json({ document: { id: document?.id, file: file.originalname }, meetings, summary });
  });

  router.delete('/meetings/:id', requireAdmin(config.adminApiKey), async (request, response) => {
    const id = parseIdentifier(request.params.id, 'id');
    const meeting = stores.store.getMeeting(id);
    if (!meeting) throw new InputError(ERROR_CODES.NOT_FOUND, `no meeting with id ${id}`, { field: 'id' });
    await serialize(async () => {
      const { total: meetingsInDocument } = stores.store.listMeetings({
        documentId: meeting.source.documentId,
        limit: 1,
        offset: 0,
      });
      if (meetingsInDocument <= 1) {
        await removeDocument(meeting.source.documentId, stores);
      } else {
        const { removedSeqs, removedIds } = stores.store.removeMeeting(id);
        await stores.keyword.deleteChunks(removedIds);
        if (stores.semantic.available) {
          stores.semantic.parts.index.remove(removedSeqs);
          await stores.semantic.parts.index.save();
        }
      }
      await syncIndexes(stores, silentReporter);
    });
    search.refresh();
    response.json({ deleted: id });
  });

  return router;
}
