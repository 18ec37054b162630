// Which way the semantic leg searches under a filter, on a real HNSW index: exactly when the matching chunks hold
// few distinct vectors (copies share one), however many chunks match; through the graph otherwise.
import path from 'node:path';
import type { Stores } from '../../../indexer/stores/open';
import type { ChunkFacets } from '../../../indexer/stores/store';
import type { AttributeTable } from '../../../indexer/stores/vector/attribute-table';
import { openVectorIndex } from '../../../indexer/stores/vector/hnsw';
import type { Embedder, VectorIndex } from '../../../indexer/stores/vector/types';
import { EXACT_SEARCH_LIMIT, findSemanticCandidates } from '../../../server/search/semantic-leg';
import { overriding } from '../../helpers/overriding';
import { temporaryDir, unitVector } from '../../vector/helpers';

const DIMS = 8;
const BOILERPLATE = 'ab'.repeat(32);
/** More chunks than the exact limit, all copies of one text, then a few others. */
const COPIES = EXACT_SEARCH_LIMIT + 500;

async function indexWithCopies(): Promise<VectorIndex> {
  const index = await openVectorIndex({ dir: path.join(temporaryDir(), 'vectors'), modelId: 'test/model', dimensions: DIMS, m: 16, efConstruction: 100, efSearch: 64 });
  const copies = Array.from({ length: COPIES }, (_, at) => ({ label: at + 1, vector: unitVector(DIMS, 0), textHash: BOILERPLATE }));
  const others = Array.from({ length: DIMS - 1 }, (_, axis) => ({ label: COPIES + 1 + axis, vector: unitVector(DIMS, axis + 1, 0, 0.3) }));
  index.upsert([...copies, ...others]);
  return index;
}

/** Stores whose semantic parts are the index (its graph search refused) and an embedder of one fixed query. */
function storesOver(index: VectorIndex, graphSearches: string[]): Stores {
  const embedder: Pick<Embedder, 'embedQuery'> = { embedQuery: () => Promise.resolve(unitVector(DIMS, 0)) };
  const watched = overriding(index, {
    search: (...args) => {
      graphSearches.push('search');
      return index.search(...args);
    },
  });
  const facets = (seqs: number[]): ChunkFacets[] => seqs.map((seq) => ({ seq, id: `chunk-${seq}`, body: null, year: null, speaker: null }));
  return { semantic: { available: true, parts: { embedder, index: watched } }, store: { getChunkFacetsBySeq: facets } } as unknown as Stores;
}

/** A filter that accepts the labels from `first` on, listed as the attribute table would list them. */
function acceptingFrom(first: number, last: number): AttributeTable {
  const labels = Array.from({ length: last - first + 1 }, (_, at) => first + at);
  return { predicate: () => (label) => label >= first && label <= last, fewMatching: (_filters, limit) => (labels.length <= limit ? labels : null) };
}

it('answers a filter of thousands of copies of one text exactly, returning the first copy the filter accepts', async () => {
  const index = await indexWithCopies();
  const graphSearches: string[] = [];
  const stores = storesOver(index, graphSearches);
  const params = { q: 'boilerplate', filters: { decisionsOnly: true } };

  const { candidates } = await findSemanticCandidates(stores, acceptingFrom(7, COPIES + DIMS - 1), params, 3);
  expect(index.vectorsAmong(Array.from({ length: COPIES }, (_, at) => at + 1), EXACT_SEARCH_LIMIT)).toBe(1);
  expect(graphSearches).toEqual([]);
  expect(candidates[0]).toEqual({ id: 'chunk-7', similarity: expect.closeTo(1, 5) });
  expect(candidates).toHaveLength(3);
});

it('searches the graph when the matching chunks hold more distinct vectors than the exact limit', async () => {
  const index = await openVectorIndex({ dir: path.join(temporaryDir(), 'vectors'), modelId: 'test/model', dimensions: DIMS, m: 16, efConstruction: 100, efSearch: 64 });
  const distinct = EXACT_SEARCH_LIMIT + 1;
  index.upsert(Array.from({ length: distinct }, (_, at) => ({ label: at + 1, vector: unitVector(DIMS, at % DIMS, (at + 1) % DIMS, at / distinct) })));
  const graphSearches: string[] = [];
  const { candidates } = await findSemanticCandidates(storesOver(index, graphSearches), acceptingFrom(1, distinct), { q: 'anything', filters: { year: [2020] } }, 3);
  expect(index.vectorsAmong(Array.from({ length: distinct }, (_, at) => at + 1), EXACT_SEARCH_LIMIT)).toBe(EXACT_SEARCH_LIMIT + 1);
  expect(graphSearches).toEqual(['search']);
  expect(candidates).toHaveLength(3);
});
