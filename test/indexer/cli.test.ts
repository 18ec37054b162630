/** @jest-environment ./test/vector/onnx-environment.ts */
// `npm run index`: the stores it opens embed in a worker thread, closing the stores stops that worker, and the
// command exits by itself with the vectors written; without a usable model it indexes for keyword search only.
import fs from 'node:fs';
import path from 'node:path';
import { ERROR_CODES } from '../../core/errors';
import { silentLogger } from '../../core/logger';
import { indexPaths, silentReporter } from '../../indexer/pipeline';
import { openStores } from '../../indexer/stores/open';
import { CORPUS_DIR, temporaryDirectory, testConfig } from '../helpers/environment';
import { runIndexer } from '../reliability/crash-harness';

describe('the stores the indexer opens', () => {
  it('embed in a worker thread that closing the stores stops', async () => {
    const stores = await openStores(testConfig(), silentLogger);
    if (!stores.semantic.available) throw new Error(`this test needs the embedding model: ${stores.semantic.reason}`);
    const { embedder } = stores.semantic.parts;
    expect(await embedder.embedQuery('police cadets')).toHaveLength(embedder.dimensions);
    await stores.close();
    await expect(embedder.embedQuery('police cadets')).rejects.toMatchObject({
      code: ERROR_CODES.MODEL_UNAVAILABLE,
      message: 'embedding worker was closed',
    });
  });

  it('index for keyword search only, saying why, when the model cannot load in the worker', async () => {
    const config = testConfig({ EMBEDDING_MODEL_DIR: temporaryDirectory('models'), EMBEDDING_MODEL: 'no-such-model' });
    const stores = await openStores(config, silentLogger);
    try {
      const summary = await indexPaths([CORPUS_DIR], stores, config, silentReporter, { prune: false });
      expect(summary.semantic).toMatch(/^unavailable: cannot load embedding model "no-such-model" from the local folder .*models/);
      expect(summary.failed).toEqual([]);
      expect(summary.chunks).toBeGreaterThan(0);
      expect(await stores.keyword.allIds()).toHaveLength(summary.chunks);
    } finally {
      await stores.close();
    }
  });

  it('load the model only when a run has something to embed (deferModel, as the indexer command opens them)', async () => {
    const config = testConfig();
    const first = await openStores(config, silentLogger);
    const { vectors, chunks } = await (async () => {
      try {
        await indexPaths([path.join(CORPUS_DIR, 'kent-medway-pcp-2023-10-17-minutes.txt')], first, config, silentReporter, { prune: false });
        const index = first.semantic.available ? first.semantic.parts.index : null;
        return { vectors: `${index?.vectorCount()} vectors for ${index?.count()} chunks`, chunks: index?.count() ?? 0 };
      } finally {
        await first.close();
      }
    })();
    expect(vectors).toMatch(/^[1-9]\d* vectors for [1-9]\d* chunks$/);

    // The same model name, but no model to load: a run over unchanged files never notices.
    const unloadable = { ...config, embedding: { ...config.embedding, localModelDir: temporaryDirectory('no-models') } };
    const stores = await openStores(unloadable, silentLogger, { deferModel: true });
    try {
      const unchanged = await indexPaths([path.join(CORPUS_DIR, 'kent-medway-pcp-2023-10-17-minutes.txt')], stores, unloadable, silentReporter, { prune: false });
      expect(unchanged).toMatchObject({ failed: [], unchanged: 1, embedded: 0, semantic: `${config.embedding.model} (${vectors})` });

      // Something new to embed: the model is needed, fails to load with its reason, and nothing indexed is lost.
      const folder = temporaryDirectory('new-minutes');
      fs.copyFileSync(path.join(CORPUS_DIR, 'kent-medway-pcp-2017-03-28-minutes.txt'), path.join(folder, 'minutes.txt'));
      await expect(indexPaths([folder], stores, unloadable, silentReporter, { prune: false })).rejects.toMatchObject({
        code: ERROR_CODES.MODEL_UNAVAILABLE,
        message: expect.stringMatching(/cannot load embedding model/),
      });
      expect(await stores.keyword.allIds()).toHaveLength(stores.store.stats().chunks);
      expect(stores.store.stats().chunks).toBeGreaterThan(chunks);
    } finally {
      await stores.close();
    }
  });
});

describe('npm run index:dev (the indexer command from its sources)', () => {
  it('embeds the corpus with progress in chunks per second and time left, then exits by itself', async () => {
    const run = await runIndexer(temporaryDirectory('data'), CORPUS_DIR);
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/^semantic: .+ \([1-9]\d* vectors for [1-9]\d* chunks\)$/m);
    expect(run.output).toMatch(/^embedding (\d+)\/\1 chunks, \d+ chunks\/s, 0 s left$/m);
  }, 120_000);
});
