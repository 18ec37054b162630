// The admin API's indexing in a worker thread with stores of its own: reading, parsing, the store's transaction,
// keyword inserts, embedding, HNSW inserts and saves never run on the server's event loop, so searches keep being
// answered during a large upload or deletion. The server reads what the worker wrote from disk afterwards.
// The worker loads this same module again: compiled JavaScript from dist/, or the TypeScript source under tsx and jest.
import os from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../core/config';
import { CodedError, describeError, ERROR_CODES, InputError, ServiceError, type ErrorCode, type ErrorContext } from '../core/errors';
import { createLogger } from '../core/logger';
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
type Request = { id: number } & Job;
/** Coded errors keep their class and context; others keep their system code (ENOSPC, SQLITE_FULL) for the API to map. */
type SerialisedError =
  | { kind: 'input' | 'service'; code: ErrorCode; message: string; context: ErrorContext }
  | { kind: 'other'; code: string | undefined; message: string };
type Reply =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: UploadOutcome | null }
  | { type: 'failed'; id: number | null; error: SerialisedError };

function serialise(error: unknown): SerialisedError {
  if (error instanceof CodedError) {
    return { kind: error instanceof InputError ? 'input' : 'service', code: error.code, message: error.message, context: error.context };
  }
  const code = (error as { code?: unknown } | null)?.code;
  return { kind: 'other', code: typeof code === 'string' ? code : undefined, message: describeError(error) };
}

function revive(error: SerialisedError): Error {
  if (error.kind === 'input') return new InputError(error.code, error.message, error.context);
  if (error.kind === 'service') return new ServiceError(error.code, error.message, error.context);
  return Object.assign(new Error(error.message), { code: error.code });
}

async function serveJobs(config: Config): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const send = (reply: Reply) => port.postMessage(reply);
  let jobs: DocumentJobs;
  const logger = createLogger(config.logLevel).child({ thread: 'indexing' });
  try {
    os.setPriority(INDEXING_NICENESS);
  } catch (error) {
    logger.warn({ event: 'indexing_priority_unchanged', reason: describeError(error) }, 'indexing runs at normal priority');
  }
  try {
    jobs = new DocumentJobs(await openStores(config, logger), config, logger);
  } catch (error) {
    send({ type: 'failed', id: null, error: serialise(error) });
    return;
  }
  // One job at a time, in the order they came: each writes the store and both indexes.
  let tail = Promise.resolve();
  port.on('message', (request: Request) => {
    tail = tail.then(async () => {
      try {
        let result: UploadOutcome | null = null;
        if (request.kind === 'addUpload') result = await jobs.addUpload({ name: request.upload.name, bytes: Buffer.from(request.upload.bytes) });
        else if (request.kind === 'removeMeeting') await jobs.removeMeeting(request.meetingId);
        else await jobs.syncIndexes();
        send({ type: 'done', id: request.id, result });
      } catch (error) {
        send({ type: 'failed', id: request.id, error: serialise(error) });
      }
    });
  });
  send({ type: 'ready' });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  void serveJobs((workerData as { config: Config }).config);
}

/** Starts the worker, opens its stores (and model) and resolves once it takes jobs. */
export function startIndexingWorker(config: Config): Promise<IndexingWorker> {
  const worker = startModuleWorker(__filename, { workerData: { role: WORKER_ROLE, config } });
  const pending = new Map<number, { resolve: (result: UploadOutcome | null) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let stopped: Error | null = null;
  let rejectReady: (error: Error) => void = () => undefined;

  const failAll = (error: Error) => {
    stopped = error;
    rejectReady(error);
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  function ask(job: Job): Promise<UploadOutcome | null> {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...job } satisfies Request);
    });
  }

  return new Promise((resolveReady, reject) => {
    rejectReady = reject;
    worker.on('error', (error) => failAll(new ServiceError(ERROR_CODES.INTERNAL, `indexing worker failed: ${error.message}`, {}, { cause: error })));
    worker.on('exit', (code) => {
      if (!stopped) failAll(new ServiceError(ERROR_CODES.INTERNAL, `indexing worker exited (code ${code})`));
    });
    worker.on('message', (reply: Reply) => {
      if (reply.type === 'ready') {
        resolveReady({
          addUpload: async (upload) => (await ask({ kind: 'addUpload', upload })) as UploadOutcome,
          removeMeeting: async (meetingId) => {
            await ask({ kind: 'removeMeeting', meetingId });
          },
          syncIndexes: async () => {
            await ask({ kind: 'syncIndexes' });
          },
          get running() {
            return stopped === null;
          },
          async close() {
            failAll(new ServiceError(ERROR_CODES.INTERNAL, 'indexing worker was closed'));
            await worker.terminate();
          },
        });
        return;
      }
      if (reply.type === 'failed' && reply.id === null) {
        failAll(revive(reply.error));
        void worker.terminate();
        return;
      }
      const request = pending.get(reply.id as number);
      pending.delete(reply.id as number);
      if (reply.type === 'done') request?.resolve(reply.result);
      else request?.reject(revive(reply.error));
    });
  });
}
