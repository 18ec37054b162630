// The two changes the admin API makes to an index: add an uploaded document, remove a meeting. Each tells the
// caller exactly what happened: the document already there (same bytes), a file at fault (InputError), nothing
// stored (ServiceError with the disk's or the server's code), or stored but not in every index (partially_indexed).
import path from 'node:path';
import type { Config } from '../core/config';
import { describeError, ERROR_CODES, InputError, ServiceError, storageFailureOf, type ErrorCode } from '../core/errors';
import type { Logger } from '../core/logger';
import { indexPaths, removeDocument, silentReporter } from './pipeline';
import { syncIndexes } from './index-sync';
import type { Stores } from './stores/open';
import type { DocumentRecord } from './stores/store';
import { removeUpload, uploadContentHash, uploadPathOf, writeUpload } from './uploads';

export interface Upload {
  /** The file's name as uploaded (UTF-8). */
  name: string;
  bytes: Buffer;
}

export interface UploadOutcome {
  /** False when a document with the same bytes was already indexed: that document is the answer. */
  created: boolean;
  documentId: string;
  name: string;
  /** What the parser had to guess or leave empty ("no meeting date …"), naming the upload. */
  warnings: string[];
}

/** Which parts hold a document after a failure part-way (vector is null without a model). */
export interface IndexedParts {
  store: boolean;
  keyword: boolean;
  vector: boolean | null;
}

/**
 * Deleted HNSW slots beyond this share of all slots get the graph rebuilt: hnswlib reuses them for new vectors,
 * about 8x slower than appending, and searches still walk them.
 */
export const COMPACT_WHEN_DELETED = 0.2;

/** What a person is told of a server-side failure; the details (paths, errno) go to the log only. */
const PLAIN_REASONS: Partial<Record<ErrorCode, string>> = {
  [ERROR_CODES.STORAGE_FULL]: "the server's disk is full",
  [ERROR_CODES.STORAGE_UNAVAILABLE]: "the server's data folder cannot be written",
  [ERROR_CODES.BACKEND_UNAVAILABLE]: 'the keyword search service is unavailable',
  [ERROR_CODES.BACKEND_TASK_FAILED]: 'the keyword search service failed',
  [ERROR_CODES.MODEL_UNAVAILABLE]: 'the embedding model is unavailable',
};

function plainReason(code: ErrorCode): string {
  return PLAIN_REASONS[code] ?? 'an internal error';
}

function indexedParts(stores: Stores, document: DocumentRecord): IndexedParts {
  const synced = (target: 'keyword' | 'vector') => !stores.store.unsyncedDocuments(target).some((pending) => pending.id === document.id);
  return { store: true, keyword: synced('keyword'), vector: stores.semantic.available ? synced('vector') : null };
}

export class DocumentJobs {
  constructor(
    private readonly stores: Stores,
    private readonly config: Config,
    private readonly logger: Logger,
  ) {}

  async addUpload(upload: Upload): Promise<UploadOutcome> {
    const contentHash = uploadContentHash(upload.bytes);
    const existing = this.stores.store.getDocumentByContentHash(contentHash);
    if (existing) {
      // A retry after a partial failure completes the indexes; a plain repeat finds nothing to do.
      await this.syncOrReport(existing, upload.name);
      return { created: false, documentId: existing.id, name: path.basename(existing.path), warnings: [] };
    }
    const file = uploadPathOf(this.config.dataDir, contentHash, upload.name);
    const name = path.basename(file);
    await writeUpload(file, upload.bytes).catch((error: unknown) => {
      throw this.serverFailure(error, `${name} could not be saved (%s); nothing was stored`, { upload: file });
    });
    let failure;
    let warnings: string[] = [];
    try {
      const summary = await indexPaths([file], this.stores, this.config, silentReporter, { prune: false });
      failure = summary.failed[0];
      // Public answers name the upload, never where the server keeps it.
      warnings = summary.warnings.map((warning) => warning.message.replaceAll(file, name));
    } catch (error) {
      // The store committed the document and an index did not follow: say which parts hold it.
      const stored = this.stores.store.getDocumentByPath(file);
      if (stored) throw this.partialFailure(error, stored, name);
      await removeUpload(this.config.dataDir, file);
      throw this.serverFailure(error, `${name} could not be indexed (%s); nothing was stored`, { upload: file });
    }
    if (failure) {
      await removeUpload(this.config.dataDir, file);
      if (failure.blame === 'file') {
        throw new InputError(failure.code as ErrorCode, `${name}: ${failure.message.replaceAll(file, name)}`, { field: 'file' });
      }
      this.logger.error({ event: 'upload_failed', upload: file, code: failure.code, reason: failure.message }, 'upload could not be indexed');
      throw new ServiceError(failure.code as ErrorCode, `${name} could not be indexed (${plainReason(failure.code as ErrorCode)}); nothing was stored`);
    }
    const document = this.stores.store.getDocumentByPath(file);
    if (!document) throw new ServiceError(ERROR_CODES.INTERNAL, `${name} was indexed but is not in the store`);
    return { created: true, documentId: document.id, name, warnings };
  }

  /** Removes a meeting; the last meeting of a document takes the document and its uploaded file with it. */
  async removeMeeting(meetingId: string): Promise<void> {
    const { store, keyword, semantic } = this.stores;
    const meeting = store.getMeeting(meetingId);
    if (!meeting) throw new InputError(ERROR_CODES.NOT_FOUND, `no meeting with id ${meetingId}`, { field: 'id' });
    const { documentId } = meeting.source;
    const { total: meetingsInDocument } = store.listMeetings({ documentId, limit: 1, offset: 0 });
    if (meetingsInDocument <= 1) {
      const document = store.getDocument(documentId);
      await removeDocument(documentId, this.stores);
      if (document) await removeUpload(this.config.dataDir, document.path);
    } else {
      const { removedSeqs, removedIds } = store.removeMeeting(meetingId);
      await keyword.deleteChunks(removedIds);
      if (semantic.available) {
        semantic.parts.index.remove(removedSeqs);
        await semantic.parts.index.save();
      }
    }
    await syncIndexes(this.stores, silentReporter, { checkpoint: this.config.vectorCheckpoint });
    await this.compactIfSparse();
  }

  /** Indexes what the store holds and an index lacks: documents stored while the keyword server was down. */
  async syncIndexes(): Promise<void> {
    await syncIndexes(this.stores, silentReporter, { checkpoint: this.config.vectorCheckpoint });
  }

  private async compactIfSparse(): Promise<void> {
    if (!this.stores.semantic.available) return;
    const { index } = this.stores.semantic.parts;
    const deleted = index.deletedSlots();
    if (deleted === 0 || deleted < COMPACT_WHEN_DELETED * (index.count() + deleted)) return;
    const started = performance.now();
    await index.compact();
    await index.save();
    this.logger.info({ event: 'vector_index_compacted', dropped: deleted, vectors: index.count(), ms: Math.round(performance.now() - started) }, 'vector index compacted');
  }

  private async syncOrReport(document: DocumentRecord, name: string): Promise<void> {
    const parts = indexedParts(this.stores, document);
    if (parts.keyword && parts.vector !== false) return;
    try {
      await syncIndexes(this.stores, silentReporter, { checkpoint: this.config.vectorCheckpoint });
    } catch (error) {
      throw this.partialFailure(error, document, name);
    }
  }

  private serverFailure(error: unknown, message: string, context: Record<string, unknown>): ServiceError {
    const code = storageFailureOf(error);
    this.logger.error({ event: 'upload_failed', ...context, code, reason: describeError(error) }, 'upload failed');
    return new ServiceError(code, message.replace('%s', plainReason(code)), {}, { cause: error });
  }

  private partialFailure(error: unknown, document: DocumentRecord, name: string): ServiceError {
    const reason = storageFailureOf(error);
    const indexed = indexedParts(this.stores, document);
    this.logger.error({ event: 'upload_partially_indexed', documentId: document.id, reason, detail: describeError(error), indexed }, 'upload partially indexed');
    const missing = [indexed.keyword ? null : 'keyword', indexed.vector === false ? 'semantic' : null].filter(Boolean).join(' and ');
    return new ServiceError(
      ERROR_CODES.PARTIALLY_INDEXED,
      `${name} was stored as document ${document.id}, but the ${missing} index could not be updated (${plainReason(reason)}); ` +
        'the server completes it by itself once the cause is fixed',
      { partial: { documentId: document.id, reason, indexed } },
      { cause: error },
    );
  }
}
