// The same embedder run in a worker thread, so a long indexing job keeps its main thread (and progress) live.
// The worker loads this same module again: compiled JavaScript from dist/, or the TypeScript source under tsx and jest.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CodedError, ERROR_CODES, ServiceError, type ErrorCode, type ErrorContext } from '../../../core/errors';
import { startModuleWorker } from '../../worker-thread';
import { createEmbedder, type EmbeddingSettings, type ProgressLine } from './embedder';
import type { Embedder } from './types';

const WORKER_ROLE = 'minutes-search-embedder';

export interface WorkerEmbedder extends Embedder {
  /** False once the worker is gone: closed, or exited on its own. */
  readonly running: boolean;
  /** Stops the worker thread; later calls fail. */
  close(): Promise<void>;
}

type Request = { id: number; kind: 'passages' | 'query'; texts: string[] };
type SerialisedError = { code: ErrorCode; message: string; context: ErrorContext };
type Reply =
  | { type: 'ready'; modelId: string; dimensions: number }
  | { type: 'progress'; line: string }
  | { type: 'vectors'; id: number; vectors: Float32Array[] }
  | { type: 'failed'; id: number | null; error: SerialisedError };

function serialise(error: unknown): SerialisedError {
  if (error instanceof CodedError) return { code: error.code, message: error.message, context: error.context };
  return { code: ERROR_CODES.MODEL_UNAVAILABLE, message: error instanceof Error ? error.message : String(error), context: {} };
}

function revive(error: SerialisedError): ServiceError {
  return new ServiceError(error.code, error.message, error.context);
}

async function serveRequests(settings: EmbeddingSettings): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const send = (reply: Reply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);
  let embedder: Embedder;
  try {
    embedder = await createEmbedder(settings, (line) => send({ type: 'progress', line }));
  } catch (error) {
    send({ type: 'failed', id: null, error: serialise(error) });
    return;
  }
  port.on('message', async (request: Request) => {
    try {
      const vectors =
        request.kind === 'query' ? [await embedder.embedQuery(request.texts[0])] : await embedder.embedPassages(request.texts);
      send({ type: 'vectors', id: request.id, vectors }, vectors.map((vector) => vector.buffer as ArrayBuffer));
    } catch (error) {
      send({ type: 'failed', id: request.id, error: serialise(error) });
    }
  });
  send({ type: 'ready', modelId: embedder.modelId, dimensions: embedder.dimensions });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  void serveRequests((workerData as { settings: EmbeddingSettings }).settings);
}

/** Starts a worker thread, loads the model there and resolves once it is ready (MODEL_UNAVAILABLE otherwise). */
export function createWorkerEmbedder(settings: EmbeddingSettings, onProgress?: ProgressLine): Promise<WorkerEmbedder> {
  const worker = startModuleWorker(__filename, { workerData: { role: WORKER_ROLE, settings } });
  const pending = new Map<number, { resolve: (vectors: Float32Array[]) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let stopped: Error | null = null;
  let rejectReady: (error: Error) => void = () => undefined;

  // An idle worker must not keep the process alive; a busy one must.
  const settle = () => (pending.size > 0 ? worker.ref() : worker.unref());

  // Nothing waits forever on a worker that is gone, whether it failed or was closed.
  const failAll = (error: Error) => {
    stopped = error;
    rejectReady(error);
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  return new Promise((resolveReady, reject) => {
    rejectReady = reject;
    worker.on('error', (error) =>
      failAll(new ServiceError(ERROR_CODES.MODEL_UNAVAILABLE, `embedding worker failed: ${error.message}`, { model: settings.model }, { cause: error })),
    );
    worker.on('exit', (code) => {
      if (!stopped) failAll(new ServiceError(ERROR_CODES.MODEL_UNAVAILABLE, `embedding worker exited (code ${code})`, { model: settings.model }));
    });
    worker.on('message', (reply: Reply) => {
      if (reply.type === 'progress') onProgress?.(reply.line);
      else if (reply.type === 'failed' && reply.id === null) {
        failAll(revive(reply.error));
        void worker.terminate();
      } else if (reply.type === 'ready') {
        settle();
        resolveReady(embedderOnWorker(reply.modelId, reply.dimensions));
      } else {
        const request = pending.get(reply.id as number);
        pending.delete(reply.id as number);
        settle();
        if (reply.type === 'vectors') request?.resolve(reply.vectors);
        else request?.reject(revive(reply.error));
      }
    });
  });

  function ask(kind: Request['kind'], texts: string[]): Promise<Float32Array[]> {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      settle();
      worker.postMessage({ id, kind, texts } satisfies Request);
    });
  }

  function embedderOnWorker(modelId: string, dimensions: number): WorkerEmbedder {
    return {
      modelId,
      dimensions,
      get running() {
        return stopped === null;
      },
      embedPassages: (texts) => (texts.length === 0 ? Promise.resolve([]) : ask('passages', texts)),
      embedQuery: async (text) => (await ask('query', [text]))[0],
      async close() {
        failAll(new ServiceError(ERROR_CODES.MODEL_UNAVAILABLE, 'embedding worker was closed', { model: modelId }));
        await worker.terminate();
      },
    };
  }
}

/**
 * A worker embedder that outlives its worker: when the worker dies (out of memory, a crash in the runtime), the
 * next request starts a fresh one, and a request the death interrupted is tried once more on it. Without this,
 * semantic search would stay unavailable until the server restarts. `start` makes each worker.
 */
export async function createRestartingEmbedder(start: () => Promise<WorkerEmbedder>): Promise<WorkerEmbedder> {
  let current = await start();
  let restarting: Promise<WorkerEmbedder> | null = null;
  let closed = false;

  const live = (): Promise<WorkerEmbedder> => {
    if (closed || current.running) return Promise.resolve(current);
    restarting ??= start()
      .then((fresh) => (current = fresh))
      .finally(() => (restarting = null));
    return restarting;
  };
  const call = async <T>(use: (embedder: WorkerEmbedder) => Promise<T>): Promise<T> => {
    const embedder = await live();
    try {
      return await use(embedder);
    } catch (error) {
      if (closed || embedder.running) throw error;
      return use(await live());
    }
  };

  return {
    modelId: current.modelId,
    dimensions: current.dimensions,
    get running() {
      return !closed;
    },
    embedPassages: (texts) => call((embedder) => embedder.embedPassages(texts)),
    embedQuery: (text) => call((embedder) => embedder.embedQuery(text)),
    async close() {
      closed = true;
      // A worker still starting becomes `current` (or fails, leaving the dead one there) before it is closed.
      await restarting?.catch(() => undefined);
      await current.close();
    },
  };
}
