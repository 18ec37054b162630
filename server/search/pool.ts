// Searches on more than one core: worker threads, each with its own read-only copy of the stores (SQLite opened
// again, the HNSW file read again, a model of its own), take searches from the server's event loop, which keeps
// only the HTTP work. A search goes to the worker with the fewest searches in hand; with no worker running it is
// answered in-process. After documents are added or removed, every worker reads the indexes again from disk.
// The worker loads this same module again: compiled JavaScript from dist/, or the TypeScript source under tsx and jest.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../../core/config';
import { describeError } from '../../core/errors';
import { createLogger, type Logger } from '../../core/logger';
import { connectWorker, reportStartFailure, serveRequests, type WorkerChannel } from '../../core/worker-rpc';
import { openStores, reloadVectorIndex } from '../../indexer/stores/open';
import { attributeLoader } from '../../indexer/stores/vector/attribute-table';
import { startModuleWorker } from '../../indexer/worker-thread';
import type { SearchParams, SearchResponse } from '../api-types';
import { createSearchService, type PassagesParams, type PassagesResponse, type SearchService } from '.';

const WORKER_ROLE = 'minutes-search-search';

type Request = { kind: 'search'; params: SearchParams } | { kind: 'passages'; params: PassagesParams } | { kind: 'catchUp' };
type Reply = SearchResponse | PassagesResponse | null;
type SearchChannel = WorkerChannel<Request, Reply>;

async function serveSearches(config: Config): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const logger = createLogger(config.logLevel).child({ thread: 'search' });
  try {
    const stores = await openStores(config, logger);
    const service = createSearchService({ stores, config, logger, loadAttributes: attributeLoader(stores.store) });
    serveRequests<Request, Reply>(
      port,
      async (request) => {
        if (request.kind === 'search') return service.search(request.params);
        if (request.kind === 'passages') return service.passages(request.params);
        // What the indexing worker wrote: the keyword index's memory dropped, the vector index read again.
        stores.keyword.forgetCachedState();
        await reloadVectorIndex(config, stores.semantic);
        await service.refresh();
        return null;
      },
      { oneAtATime: false },
    );
  } catch (error) {
    reportStartFailure(port, error);
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  void serveSearches((workerData as { config: Config }).config);
}

export interface SearchPool extends SearchService {
  /** Workers answering searches now (0: all in-process). */
  readonly workers: number;
  close(): Promise<void>;
}

/**
 * Starts `config.searchWorkers` workers beside the in-process service `local`; a worker that fails to start or dies
 * later is logged and left out, its searches answered by the others or in-process.
 */
export async function startSearchPool(config: Config, local: SearchService, logger: Logger): Promise<SearchPool> {
  const started = await Promise.allSettled(
    Array.from({ length: config.searchWorkers }, () =>
      connectWorker<Request, Reply>(startModuleWorker(__filename, { workerData: { role: WORKER_ROLE, config } }), 'search worker'),
    ),
  );
  const channels: SearchChannel[] = [];
  for (const outcome of started) {
    if (outcome.status === 'fulfilled') channels.push(outcome.value);
    else logger.warn({ event: 'search_worker_failed', reason: describeError(outcome.reason) }, 'a search worker did not start: searches run on the others');
  }
  if (channels.length > 0) logger.info({ event: 'search_workers', workers: channels.length }, 'searches run in worker threads');

  const running = () => channels.filter((channel) => channel.running);
  const leastBusy = () => running().reduce<SearchChannel | null>((best, channel) => (best === null || channel.pending < best.pending ? channel : best), null);

  /** By the least busy worker, or in-process when none is running or the one asked died. */
  async function answered<T extends Reply>(request: Request, inProcess: () => Promise<T>): Promise<T> {
    const channel = leastBusy();
    if (!channel) return inProcess();
    try {
      return (await channel.ask(request)) as T;
    } catch (error) {
      // A worker that died took its searches with it: they are answered here instead.
      if (channel.running) throw error;
      logger.warn({ event: 'search_worker_lost', reason: describeError(error) }, 'a search worker stopped: its searches run on the others');
      return inProcess();
    }
  }

  return {
    get workers() {
      return running().length;
    },
    search: (params) => answered({ kind: 'search', params }, () => local.search(params)),
    passages: (params) => answered({ kind: 'passages', params }, () => local.passages(params)),
    async refresh() {
      await Promise.all([local.refresh(), ...running().map((channel) => channel.ask({ kind: 'catchUp' }))]);
    },
    async close() {
      await Promise.all(channels.map((channel) => channel.close()));
    },
  };
}
