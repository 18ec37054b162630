// How the server has documents added and meetings removed: one job at a time (each writes the store and both
// indexes), in a worker thread with its own stores, so indexing never holds up a search. After each job the
// server's own copies catch up from disk: the vector index is read again and the keyword index's memory dropped.
import type { Config } from '../core/config';
import type { Logger } from '../core/logger';
import type { Upload, UploadOutcome } from '../indexer/document-jobs';
import { type IndexingWorker, startIndexingWorker } from '../indexer/indexing-worker';
import { reloadVectorIndex, type Stores } from '../indexer/stores/open';

export interface DocumentIndexing {
  addUpload(upload: Upload): Promise<UploadOutcome>;
  removeMeeting(meetingId: string): Promise<void>;
  close(): Promise<void>;
}

/** One job at a time: a job starts when the one before it has settled, whether it succeeded or failed. */
export function createSerializer() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const next = tail.then(job, job);
    tail = next.catch(() => undefined);
    return next;
  };
}

/**
 * The worker starts with the first job (a server without admin uploads never pays for a second model and index
 * copy in memory) and again after it died. The server's stores are brought up to date after every job, also a
 * failed one: a partial failure leaves a committed document behind.
 */
export function createWorkerIndexing(stores: Stores, config: Config, logger: Logger): DocumentIndexing {
  const serialize = createSerializer();
  let worker: IndexingWorker | null = null;

  async function live(): Promise<IndexingWorker> {
    if (worker?.running) return worker;
    const started = performance.now();
    worker = await startIndexingWorker(config);
    logger.info({ event: 'indexing_worker_started', ms: Math.round(performance.now() - started) }, 'indexing worker started');
    return worker;
  }

  async function catchUp(): Promise<void> {
    stores.keyword.forgetCachedState();
    await reloadVectorIndex(config, stores.semantic);
  }

  const run = <T>(job: (indexing: IndexingWorker) => Promise<T>) =>
    serialize(async () => {
      const indexing = await live();
      try {
        return await job(indexing);
      } finally {
        await catchUp();
      }
    });

  return {
    addUpload: (upload) => run((indexing) => indexing.addUpload(upload)),
    removeMeeting: (meetingId) => run((indexing) => indexing.removeMeeting(meetingId)),
    close: () => serialize(async () => worker?.close()),
  };
}
