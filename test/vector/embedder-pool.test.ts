/** @jest-environment ./test/vector/onnx-environment.ts */
// Embedding with several workers at once, and in batches of near-equal length: same vectors, same order, as one
// worker embedding the texts as they come.
import { ERROR_CODES, ServiceError } from '../../core/errors';
import { embedInLengthOrder } from '../../indexer/stores/vector/embedder';
import { startEmbedderPool } from '../../indexer/stores/vector/embedder-pool';
import { createWorkerEmbedder, type WorkerEmbedder } from '../../indexer/stores/vector/worker-embedder';
import { corpusParagraphs, testEmbeddingSettings } from './helpers';

const settings = testEmbeddingSettings();
const asArrays = (vectors: Float32Array[]) => vectors.map((vector) => Array.from(vector));

describe('batches of near-equal length', () => {
  /** Stands in for the model: a text's "vector" is its length, so order mix-ups show. */
  const lengthVector = async (texts: string[]) => texts.map((text) => Float32Array.of(text.length));

  it('cuts batches from the texts sorted by length and returns the vectors in input order', async () => {
    const texts = ['a much longer text than the rest', 'short', 'medium text', 'tiny', 'a longer text'];
    const batches: string[][] = [];
    const vectors = await embedInLengthOrder(texts, (text) => text.length, 2, async (batch) => {
      batches.push(batch);
      return lengthVector(batch);
    });
    expect(batches).toEqual([['tiny', 'short'], ['medium text', 'a longer text'], ['a much longer text than the rest']]);
    expect(vectors.map((vector) => vector[0])).toEqual(texts.map((text) => text.length));
  });
});

describe('embedder pool', () => {
  const texts = corpusParagraphs('kent-medway-pcp-2017-03-28-minutes.txt').slice(0, 25);

  it('deals the passages out to every worker and returns the vectors one worker gives, in input order', async () => {
    const single = await createWorkerEmbedder(settings);
    const requests: number[][] = [];
    const pool = await startEmbedderPool(2, async () => {
      const worker = await createWorkerEmbedder(settings);
      const sizes: number[] = [];
      requests.push(sizes);
      return {
        ...worker,
        running: true,
        close: () => worker.close(),
        embedPassages: (batch) => {
          sizes.push(batch.length);
          return worker.embedPassages(batch);
        },
      };
    });
    try {
      expect(pool.dimensions).toBe(single.dimensions);
      expect(asArrays(await pool.embedPassages(texts))).toEqual(asArrays(await single.embedPassages(texts)));
      expect(requests.flat().sort((a, b) => a - b)).toEqual([12, 13]);
      expect(Array.from(await pool.embedQuery('precept'))).toEqual(Array.from(await single.embedQuery('precept')));
    } finally {
      await Promise.all([single.close(), pool.close()]);
    }
  });

  it('closes every worker it started when one of them cannot start', async () => {
    const started: WorkerEmbedder[] = [];
    let attempts = 0;
    const failing = startEmbedderPool(3, async () => {
      attempts += 1;
      if (attempts === 2) throw new ServiceError(ERROR_CODES.MODEL_UNAVAILABLE, 'no room for a second model');
      const worker = await createWorkerEmbedder(settings);
      started.push(worker);
      return worker;
    });
    await expect(failing).rejects.toThrow('no room for a second model');
    expect(started).toHaveLength(2);
    expect(started.every((worker) => !worker.running)).toBe(true);
  });
});
