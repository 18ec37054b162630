// Real stores over a temporary data folder with corpus/ indexed, for tests that need a whole index.
import type { Config } from '../../core/config';
import { silentLogger } from '../../core/logger';
import { indexPaths, silentReporter } from '../../indexer/pipeline';
import { openStores, type Stores } from '../../indexer/stores/open';
import { CORPUS_DIR } from './environment';

export async function openIndexedCorpus(config: Config): Promise<Stores> {
  const stores = await openStores(config, silentLogger);
  await indexPaths([CORPUS_DIR], stores, config, silentReporter, { prune: false });
  return stores;
}
