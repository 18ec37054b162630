// Recent query vectors kept in memory: a repeated query skips the model, concurrent ones share one embedding, the
// least recently used goes first, and a failed embedding is tried again next time.
import { withQueryCache } from '../../indexer/stores/vector/query-cache';
import type { WorkerEmbedder } from '../../indexer/stores/vector/worker-embedder';

function countingEmbedder(fail: Set<string> = new Set()) {
  const asked: string[] = [];
  let running = true;
  const embedder: WorkerEmbedder = {
    modelId: 'counting',
    dimensions: 1,
    get running() {
      return running;
    },
    embedPassages: async (texts) => texts.map((text) => Float32Array.of(text.length)),
    embedQuery: async (text) => {
      asked.push(text);
      if (!running) throw new Error('embedding worker was closed');
      if (fail.has(text)) throw new Error(`model failed on "${text}"`);
      return Float32Array.of(text.length);
    },
    close: async () => {
      running = false;
    },
  };
  return { embedder, asked };
}

describe('query cache', () => {
  it('embeds a repeated query once and gives the same vector', async () => {
    const { embedder, asked } = countingEmbedder();
    const cached = withQueryCache(embedder, 10);
    const first = await cached.embedQuery('police cadets');
    const again = await cached.embedQuery('police cadets');
    expect(again).toBe(first);
    expect(asked).toEqual(['police cadets']);
  });

  it('shares one embedding between concurrent requests for the same words', async () => {
    const { embedder, asked } = countingEmbedder();
    const cached = withQueryCache(embedder, 10);
    const vectors = await Promise.all(Array.from({ length: 32 }, () => cached.embedQuery('CCTV funding')));
    expect(new Set(vectors).size).toBe(1);
    expect(asked).toEqual(['CCTV funding']);
  });

  it('drops the least recently used query when full', async () => {
    const { embedder, asked } = countingEmbedder();
    const cached = withQueryCache(embedder, 2);
    await cached.embedQuery('a');
    await cached.embedQuery('b');
    await cached.embedQuery('a'); // now b is the least recently used
    await cached.embedQuery('c'); // b goes
    await cached.embedQuery('a');
    await cached.embedQuery('b');
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not keep a failed embedding: the next request asks the model again', async () => {
    const failing = new Set(['precept']);
    const { embedder, asked } = countingEmbedder(failing);
    const cached = withQueryCache(embedder, 10);
    await expect(cached.embedQuery('precept')).rejects.toThrow('model failed on "precept"');
    failing.clear();
    await expect(cached.embedQuery('precept')).resolves.toEqual(Float32Array.of(7));
    expect(asked).toEqual(['precept', 'precept']);
  });

  it('answers nothing from memory once the model is closed', async () => {
    const { embedder } = countingEmbedder();
    const cached = withQueryCache(embedder, 10);
    await cached.embedQuery('police cadets');
    await cached.close();
    await expect(cached.embedQuery('police cadets')).rejects.toThrow('embedding worker was closed');
  });

  it('keeps nothing at size 0', async () => {
    const { embedder, asked } = countingEmbedder();
    const cached = withQueryCache(embedder, 0);
    await cached.embedQuery('x');
    await cached.embedQuery('x');
    expect(asked).toEqual(['x', 'x']);
  });

  it('passes passages straight to the model', async () => {
    const { embedder } = countingEmbedder();
    expect(await withQueryCache(embedder, 10).embedPassages(['ab', 'abc'])).toEqual([Float32Array.of(2), Float32Array.of(3)]);
  });
});
