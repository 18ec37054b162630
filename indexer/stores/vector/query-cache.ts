// The vectors of recent queries, kept in memory: a user paging, filtering or opening a facet repeats the same words,
// and a query embedding (4-7 ms on the default model) was most of a search on a council's own archive. Concurrent
// requests for the same words share one embedding.
import { RecentlyUsed } from '../../../core/recently-used';
import type { WorkerEmbedder } from './worker-embedder';

/** `size` queries at most, the least recently used dropped first; 0 keeps none. */
export function withQueryCache(embedder: WorkerEmbedder, size: number): WorkerEmbedder {
  if (size === 0) return embedder;
  const recent = new RecentlyUsed<string, Promise<Float32Array>>(size);
  return {
    get modelId() {
      return embedder.modelId;
    },
    get dimensions() {
      return embedder.dimensions;
    },
    get running() {
      return embedder.running;
    },
    embedPassages: (texts) => embedder.embedPassages(texts),
    embedQuery(text) {
      // A closed or failed model answers for itself: a kept vector must not hide that it is gone.
      if (!embedder.running) return embedder.embedQuery(text);
      const kept = recent.get(text);
      if (kept) return kept;
      const embedding = embedder.embedQuery(text);
      embedding.catch(() => recent.get(text) === embedding && recent.delete(text));
      recent.set(text, embedding);
      return embedding;
    },
    close: () => {
      recent.clear();
      return embedder.close();
    },
  };
}
