// How the server has documents added and meetings removed: one job at a time (each writes the store and both
// indexes), in a worker thread with its own stores, so indexing never holds up a search. After each job the
// server's own copies catch up from disk: the vector index is read again, the keyword index's memory dropped, and
// the search service (its filter data, its workers' copies) refreshed.
import type { Config } from '../core/config';
import { describeError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Upload, UploadOutcome } from '../indexer/document-jobs';
import { type IndexingWorker, startIndexingWorker } from '../indexer/indexing-worker';
import { reloadVectorIndex, type Stores } from '../indexer/stores/open';
import type { SearchService } from './search';

export interface DocumentIndexing {
  addUpload(upload: Upload): Promise<UploadOutcome>;
  removeMeeting(meetingId: string): Promise<void>;
  /** Indexes what an outage left out of an index; false when nothing was left out. */
  catchUpWithStore(): Promise<boolean>;
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
export function createWorkerIndexing(stores: Stores, config: Config, logger: Logger, search: Pick<SearchService, 'refresh'>): DocumentIndexing {
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
    await search.refresh();
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

  const unsynced = () => stores.store.unsyncedDocuments('keyword').length + (stores.semantic.available ? stores.store.unsyncedDocuments('vector').length : 0);

  async function catchUpWithStore(): Promise<boolean> {
    if (unsynced() === 0) return false;
    await run((indexing) => indexing.syncIndexes());
    logger.info({ event: 'indexes_caught_up', unsynced: unsynced() }, 'documents stored during an outage indexed');
    return true;
  }

  // Meilisearch can be down while documents are uploaded (they are stored, not indexed): they are indexed once it is
  // back, without a restart. The embedded index cannot be down, so it needs no timer.
  const timer = config.meili
    ? setInterval(() => {
        catchUpWithStore().catch((error: unknown) => logger.warn({ event: 'indexes_catch_up_failed', reason: describeError(error) }, 'indexes still behind the store'));
      }, config.meili.resyncSeconds * 1000).unref()
    : null;

  return {
    addUpload: (upload) => run((indexing) => indexing.addUpload(upload)),
    removeMeeting: (meetingId) => run((indexing) => indexing.removeMeeting(meetingId)),
    catchUpWithStore,
    close: () => {
      if (timer) clearInterval(timer);
      return serialize(async () => worker?.close());
    },
  };
}
