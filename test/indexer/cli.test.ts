/** @jest-environment ./test/vector/onnx-environment.ts */
// `npm run index`: the stores it opens embed in a worker thread, closing the stores stops that worker, and the
// command exits by itself with the vectors written; without a usable model it indexes for keyword search only.
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

});

describe('npm run index:dev (the indexer command from its sources)', () => {
  it('embeds the corpus with progress in chunks per second and time left, then exits by itself', async () => {
    const run = await runIndexer(temporaryDirectory('data'), CORPUS_DIR);
    expect(run.code).toBe(0);
    const vectors = Number(/^semantic: .+ \((\d+) vectors\)$/m.exec(run.output)?.[1]);
    expect(vectors).toBeGreaterThan(0);
    expect(run.output).toMatch(/^embedding (\d+)\/\1 chunks, \d+ chunks\/s, 0 s left$/m);
  }, 120_000);
});
