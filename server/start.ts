// Opens the data folder (indexing corpus/ first into a folder never set up), builds the app and listens.
import type { AddressInfo } from 'node:net';
import type { Config } from '../core/config';
import { describeError, ServiceError } from '../core/errors';
import type { Logger } from '../core/logger';
import { indexPaths, syncIndexes, type Reporter, silentReporter } from '../indexer/pipeline';
import { openStores } from '../indexer/stores/open';
import { removeOrphanUploads } from '../indexer/uploads';
import { createApp } from './app';
import { createWorkerIndexing } from './indexing';
import { createSearchService } from './search';
import { startSearchPool } from './search/pool';
import { attributeLoader } from '../indexer/stores/vector/attribute-table';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(config: Config, logger: Logger, reporter: Reporter = silentReporter): Promise<RunningServer> {
  const stores = await openStores(config, logger);
  // Meilisearch down at start: searches answer by meaning (degraded) and the documents are indexed once it is back.
  const deferKeywordSync = (error: unknown) => {
    if (!config.meili || !(error instanceof ServiceError)) throw error;
    logger.warn({ event: 'keyword_sync_deferred', reason: describeError(error) }, 'keyword index unreachable at start: its documents will be indexed once it is back');
  };
  // Only a data folder never set up gets the samples: one whose meetings were all deleted stays empty.
  if (stores.store.dataFolderState() !== 'initialised') {
    logger.info({ event: 'first_run', corpus: config.corpusDir }, 'new data folder: indexing the corpus first');
    stores.store.recordDataFolderState('seeding');
    const summary = await indexPaths([config.corpusDir], stores, config, reporter, { prune: false }).catch(deferKeywordSync);
    // Stored and embedded, the keyword index to follow: a next start does not index the samples again.
    stores.store.recordDataFolderState('initialised');
    if (summary) logger.info({ event: 'first_run_indexed', ...summary, failed: summary.failed.length }, 'corpus indexed');
  } else {
    await syncIndexes(stores, reporter, { checkpoint: config.vectorCheckpoint }).catch(deferKeywordSync);
  }
  const search = await startSearchPool(config, createSearchService({ stores, config, logger, loadAttributes: attributeLoader(stores.store) }), logger);
  const removed = await removeOrphanUploads(config.dataDir, stores.store);
  if (removed.length > 0) logger.info({ event: 'orphan_uploads_removed', files: removed }, 'removed uploads no document refers to');
  const indexing = createWorkerIndexing(stores, config, logger, search);
  const app = createApp({ config, stores, search, logger, indexing });
  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  logger.info({ event: 'listening', url }, 'minutes-search is listening');

  let closing: Promise<void> | undefined;
  return {
    url,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      })
        .then(() => indexing.close())
        .then(() => search.close())
        .then(() => stores.close());
      return closing;
    },
  };
}
