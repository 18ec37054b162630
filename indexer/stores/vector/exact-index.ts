// Exact nearest neighbours among a small set of unit vectors (hnswlib's brute-force index: native code, no graph to
// build): for comparing many queries with a batch of a few thousand passages, as email alerts do after each run.
import { BruteforceSearch } from 'hnswlib-node';
import type { VectorHit } from './types';

export interface ExactIndex {
  /** The `k` most similar (cosine, higher first) of the vectors `accept` lets through. */
  nearest(vector: Float32Array, k: number, accept?: (label: number) => boolean): VectorHit[];
}

export function createExactIndex(dimensions: number, entries: { label: number; vector: Float32Array }[]): ExactIndex {
  const index = new BruteforceSearch('ip', dimensions);
  index.initIndex(Math.max(1, entries.length));
  for (const { label, vector } of entries) index.addPoint(Array.from(vector), label);
  return {
    nearest(vector, k, accept) {
      const wanted = Math.min(Math.floor(k), entries.length);
      if (wanted <= 0) return [];
      const result = index.searchKnn(Array.from(vector), wanted, accept);
      // Inner-product distance is 1 − dot; the vectors are unit length, so the dot is the cosine similarity.
      return result.neighbors.map((label, position) => ({ label, score: 1 - result.distances[position] }));
    },
  };
}
