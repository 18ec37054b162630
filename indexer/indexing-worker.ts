// The admin API's indexing in a worker thread with stores of its own: reading, parsing, the store's transaction,
// keyword inserts, embedding, HNSW inserts and saves never run on the server's event loop, so searches keep being
// answered during a large upload or deletion. The server reads what the worker wrote from disk afterwards.
// The worker loads this same module again: compiled JavaScript from dist/, or the TypeScript source under tsx and jest.
import os from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../core/config';
import { describeError } from '../core/errors';
import { createLogger } from '../core/logger';
import { connectWorker, reportStartFailure, serveRequests } from '../core/worker-rpc';
import { DocumentJobs, type Upload, type UploadOutcome } from './document-jobs';
import { openStores } from './stores/open';
import { startModuleWorker } from './worker-thread';

const WORKER_ROLE = 'minutes-search-indexing';
/**
 * The indexing threads' nice value. On a machine with few cores, indexing and searching compete for them: searches
 * should win. Linux applies it to the calling thread only, and threads it starts (the embedder's) inherit it.
 */
const INDEXING_NICENESS = 19;

export interface IndexingWorker {
  addUpload(upload: Upload): Promise<UploadOutcome>;
  removeMeeting(meetingId: string): Promise<void>;
  /** Brings both indexes in line with the store: what an outage left unsynced is indexed now. */
  syncIndexes(): Promise<void>;
  /** False once the worker is gone: closed, or exited on its own. */
  readonly running: boolean;
  close(): Promise<void>;
}

type Job = { kind: 'addUpload'; upload: Upload } | { kind: 'removeMeeting'; meetingId: string } | { kind: 'syncIndexes' };

async function serveJobs(config: Config): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const logger = createLogger(config.logLevel).child({ thread: 'indexing' });
  try {
    os.setPriority(INDEXING_NICENESS);
  } catch (error) {
    logger.warn({ event: 'indexing_priority_unchanged', reason: describeError(error) }, 'indexing runs at normal priority');
  }
  let jobs: DocumentJobs;
  try {
    jobs = new DocumentJobs(await openStores(config, logger), config, logger);
  } catch (error) {
    reportStartFailure(port, error);
    return;
  }
  // One job at a time, in the order they came: each writes the store and both indexes.
  serveRequests<Job, UploadOutcome | null>(
    port,
    async (job) => {
      if (job.kind === 'addUpload') return jobs.addUpload({ name: job.upload.name, bytes: Buffer.from(job.upload.bytes) });
      if (job.kind === 'removeMeeting') await jobs.removeMeeting(job.meetingId);
      else await jobs.syncIndexes();
      return null;
    },
    { oneAtATime: true },
  );
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  void serveJobs((workerData as { config: Config }).config);
}

/** Starts the worker, opens its stores (and model) and resolves once it takes jobs. */
export async function startIndexingWorker(config: Config): Promise<IndexingWorker> {
  const worker = startModuleWorker(__filename, { workerData: { role: WORKER_ROLE, config } });
  const channel = await connectWorker<Job, UploadOutcome | null>(worker, 'indexing worker');
  return {
    addUpload: async (upload) => (await channel.ask({ kind: 'addUpload', upload })) as UploadOutcome,
    removeMeeting: async (meetingId) => {
      await channel.ask({ kind: 'removeMeeting', meetingId });
    },
    syncIndexes: async () => {
      await channel.ask({ kind: 'syncIndexes' });
    },
    get running() {
      return channel.running;
    },
    close: () => channel.close(),
  };
}
