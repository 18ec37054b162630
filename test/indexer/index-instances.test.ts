/** @jest-environment ./test/vector/onnx-environment.ts */
// Documents are marked synced to one instance of each index. When an index is created anew — its files deleted,
// replaced after the embedding model changed, or another keyword backend configured — re-indexing must fill it
// again even though every file is unchanged, instead of leaving it empty behind "synced" marks.
import fs from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../../core/logger';
import type { Config } from '../../core/config';
import { inspectIndexes } from '../../indexer/check';
import { indexPaths, silentReporter } from '../../indexer/pipeline';
import { EMBEDDED_KEYWORD_FILE } from '../../indexer/stores/keyword';
import { dataPaths, openStores, type Stores } from '../../indexer/stores/open';
import { openIndexedCorpus } from '../helpers/corpus-stores';
import { CORPUS_DIR, testConfig } from '../helpers/environment';

describe('index instances', () => {
  let config: Config;
  let stores: Stores;

  beforeAll(async () => {
    // The embedded keyword index, whose files the tests delete, whatever MEILI_URL says.
    config = testConfig({ MEILI_URL: '' });
    stores = await openIndexedCorpus(config);
    await stores.close();
  }, 120_000);

  afterEach(async () => {
    await stores?.close();
  });

  async function reindex(): Promise<void> {
    stores = await openStores(config, silentLogger);
    const summary = await indexPaths([CORPUS_DIR], stores, config, silentReporter, { prune: false });
    expect(summary.indexed).toBe(0);
    expect(summary.unchanged).toBe(summary.documents);
  }

  it('embeds every chunk again after the vector index folder was deleted', async () => {
    fs.rmSync(dataPaths(config.dataDir).vectors, { recursive: true, force: true });
    await reindex();
    const report = await inspectIndexes(stores);
    expect(report.consistent).toBe(true);
    expect(stores.semantic.available && stores.semantic.parts.index.count()).toBe(stores.store.allChunkSeqs().length);
  });

  it('fills a keyword index created anew, with every chunk of the store', async () => {
    const keywordFiles = fs.readdirSync(config.dataDir).filter((name) => name.startsWith(EMBEDDED_KEYWORD_FILE));
    expect(keywordFiles).toContain(EMBEDDED_KEYWORD_FILE);
    for (const name of keywordFiles) fs.rmSync(path.join(config.dataDir, name));
    await reindex();
    expect((await stores.keyword.allIds()).sort()).toEqual(stores.store.allChunkIds().sort());
    expect((await stores.keyword.search({ text: 'cadet scheme', limit: 5, offset: 0 })).total).toBeGreaterThan(0);
  });

  it('leaves synced documents alone while the indexes are the same', async () => {
    stores = await openStores(config, silentLogger);
    expect(stores.store.unsyncedDocuments('keyword')).toEqual([]);
    expect(stores.store.unsyncedDocuments('vector')).toEqual([]);
    expect(stores.store.adoptIndexInstance('keyword', await stores.keyword.instance())).toBe(false);
    expect(stores.semantic.available && stores.store.adoptIndexInstance('vector', stores.semantic.parts.index.instance())).toBe(false);
  });
});
