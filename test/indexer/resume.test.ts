/** @jest-environment ./test/vector/onnx-environment.ts */
// Indexing that stops part-way through embedding (a crash, a kill) resumes without embedding again what it stored:
// every finished slice of vectors is in the embedding cache before the next one starts.
import { ERROR_CODES, ServiceError } from '../../core/errors';
import { silentLogger } from '../../core/logger';
import { inspectIndexes } from '../../indexer/check';
import { indexPaths, silentReporter } from '../../indexer/pipeline';
import { openStores, type Stores } from '../../indexer/stores/open';
import { EMBED_SLICE } from '../../indexer/stores/vector/embedding-cache';
import type { WorkerEmbedder } from '../../indexer/stores/vector/worker-embedder';
import { CORPUS_DIR, testConfig } from '../helpers/environment';

/** Wraps the stores' embedder: counts the texts it is given and fails once more than `limit` were asked for. */
function countEmbedding(stores: Stores, limit = Infinity): { texts: number } {
  if (!stores.semantic.available) throw new Error(`this test needs the embedding model: ${stores.semantic.reason}`);
  const parts = stores.semantic.parts;
  const inner: WorkerEmbedder = parts.embedder;
  const count = { texts: 0 };
  parts.embedder = {
    modelId: inner.modelId,
    dimensions: inner.dimensions,
    get running() {
      return inner.running;
    },
    embedPassages: async (texts) => {
      count.texts += texts.length;
      if (count.texts > limit) throw new ServiceError(ERROR_CODES.MODEL_UNAVAILABLE, 'embedding worker exited (simulated crash)');
      return inner.embedPassages(texts);
    },
    embedQuery: (text) => inner.embedQuery(text),
    close: () => inner.close(),
  };
  return count;
}

describe('indexing stopped part-way through embedding', () => {
  it('resumes without embedding again the vectors the stopped run stored', async () => {
    const config = testConfig();
    const stopped = await openStores(config, silentLogger);
    let storedBeforeStop: number;
    try {
      countEmbedding(stopped, EMBED_SLICE + 1);
      await expect(indexPaths([CORPUS_DIR], stopped, config, silentReporter, { prune: false })).rejects.toThrow('simulated crash');
      storedBeforeStop = stopped.semantic.available ? stopped.semantic.parts.cache.count() : 0;
    } finally {
      await stopped.close();
    }
    // The first slice (its distinct texts) was stored; the second was under way when the embedder failed.
    expect(storedBeforeStop).toBeGreaterThan(0);

    const resumed = await openStores(config, silentLogger);
    try {
      const count = countEmbedding(resumed);
      const summary = await indexPaths([CORPUS_DIR], resumed, config, silentReporter, { prune: false });
      const distinctTexts = resumed.semantic.available ? resumed.semantic.parts.cache.count() : 0;
      expect(count.texts).toBe(distinctTexts - storedBeforeStop);
      expect(count.texts).toBeLessThan(distinctTexts - EMBED_SLICE / 2);
      expect(summary.embedded).toBe(count.texts);
      expect((await inspectIndexes(resumed)).consistent).toBe(true);
    } finally {
      await resumed.close();
    }
  }, 120_000);
});
