// Requests to a worker thread and their replies, for the indexing worker and the search workers alike: each request
// an id, errors that keep their class and context across the thread boundary, and every pending request failed
// when the worker dies, so no caller waits forever.
import type { MessagePort, Worker } from 'node:worker_threads';
import { CodedError, describeError, ERROR_CODES, InputError, ServiceError, type ErrorCode, type ErrorContext } from './errors';

/** Coded errors keep their class and context; others keep their system code (ENOSPC, SQLITE_FULL) for the API to map. */
type SerialisedError =
  | { kind: 'input' | 'service'; code: ErrorCode; message: string; context: ErrorContext }
  | { kind: 'other'; code: string | undefined; message: string };

type Reply<Result> =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: Result }
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

/** The worker's side, when it could not get ready (stores or model failed to open): the caller's start fails with it. */
export function reportStartFailure(port: MessagePort, error: unknown): void {
  port.postMessage({ type: 'failed', id: null, error: serialise(error) } satisfies Reply<never>);
}

/**
 * The worker's side, once it is ready: answers each request with `handle`. `oneAtATime` runs them in the order they
 * came, each after the one before settled (jobs that write); otherwise they run as they come (reads).
 */
export function serveRequests<Request, Result>(port: MessagePort, handle: (request: Request) => Promise<Result>, options: { oneAtATime: boolean }): void {
  const answer = async ({ id, request }: { id: number; request: Request }) => {
    try {
      port.postMessage({ type: 'done', id, result: await handle(request) } satisfies Reply<Result>);
    } catch (error) {
      port.postMessage({ type: 'failed', id, error: serialise(error) } satisfies Reply<Result>);
    }
  };
  let tail = Promise.resolve();
  port.on('message', (message: { id: number; request: Request }) => {
    if (options.oneAtATime) tail = tail.then(() => answer(message));
    else void answer(message);
  });
  port.postMessage({ type: 'ready' } satisfies Reply<Result>);
}

export interface WorkerChannel<Request, Result> {
  ask(request: Request): Promise<Result>;
  /** Requests sent and not yet answered: how busy the worker is. */
  readonly pending: number;
  /** False once the worker is gone: closed, or exited on its own. */
  readonly running: boolean;
  close(): Promise<void>;
}

/** The caller's side: resolves once the worker is ready, rejects with the reason it could not start. */
export function connectWorker<Request, Result>(worker: Worker, name: string): Promise<WorkerChannel<Request, Result>> {
  const pending = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let stopped: Error | null = null;
  let rejectReady: (error: Error) => void = () => undefined;

  const failAll = (error: Error) => {
    stopped ??= error;
    rejectReady(error);
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  const channel: WorkerChannel<Request, Result> = {
    ask(request) {
      if (stopped) return Promise.reject(stopped);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, request });
      });
    },
    get pending() {
      return pending.size;
    },
    get running() {
      return stopped === null;
    },
    async close() {
      failAll(new ServiceError(ERROR_CODES.INTERNAL, `${name} was closed`));
      await worker.terminate();
    },
  };

  return new Promise((resolveReady, reject) => {
    rejectReady = reject;
    worker.on('error', (error) => failAll(new ServiceError(ERROR_CODES.INTERNAL, `${name} failed: ${error.message}`, {}, { cause: error })));
    worker.on('exit', (code) => failAll(new ServiceError(ERROR_CODES.INTERNAL, `${name} exited (code ${code})`)));
    worker.on('message', (reply: Reply<Result>) => {
      if (reply.type === 'ready') return resolveReady(channel);
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
