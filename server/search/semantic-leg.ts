// The semantic leg of a search: the query embedded, the nearest chunks under the search's filters, with their
// similarities and facet fields (ids only; the chunks that survive fusion are read in full later).
import { constraintsOf, hasConstraints, satisfiesConstraints, type QueryConstraints } from '../../indexer/stores/keyword/query-constraints';
import type { Stores } from '../../indexer/stores/open';
import type { ChunkFacets, Store } from '../../indexer/stores/store';
import type { SemanticCandidate } from './fusion';
import type { AttributeTable } from '../../indexer/stores/vector/attribute-table';
import type { SearchParams } from '../api-types';

/**
 * Filters whose matching chunks hold at most this many distinct vectors are searched exactly: at a million
 * 50-dimension vectors an exact pass costs about 5.5 µs a vector (37 ms for 6,600) against 55 ms for HNSW with the
 * same speaker filter and over a second when nothing matches (bench/filtered-vectors.ts, docs/BENCHMARKS.md).
 */
export const EXACT_SEARCH_LIMIT = 8000;
/**
 * Matching chunks listed at most to count their vectors: copies share one, so a broad filter of boilerplate ("decisions
 * only": 71,561 chunks of 1,181 texts at a million) is still answered exactly. Listing this many costs a few ms.
 */
export const LISTED_MATCHES_LIMIT = 100_000;

/**
 * A filter on the kind alone keeps most chunks (paragraphs are about seven in eight): searching 40% more without it
 * and dropping the others is cheaper than hnswlib calling the filter back for each node it visits. A topic history's
 * 300 paragraphs at a million chunks: the same meetings discussed, first mentions and latest decisions for 12
 * subjects, 0–4 fewer meetings in passing for 3 of them (docs/BENCHMARKS.md, #16).
 */
const KIND_OVERFETCH = 1.4;

function onlyKindFiltered(filters: SearchParams['filters']): boolean {
  return Object.entries(filters).every(([name, value]) => name === 'kind' || value === undefined);
}


export interface SemanticSide {
  /** Most similar first. */
  candidates: SemanticCandidate[];
  chunks: Map<string, ChunkFacets>;
}

export async function findSemanticCandidates(
  stores: Stores,
  attributes: AttributeTable,
  params: Pick<SearchParams, 'q' | 'filters'>,
  window: number,
  constraints: QueryConstraints = constraintsOf(params.q),
  facets: Pick<Store, 'getChunkFacetsBySeq'> = stores.store,
): Promise<SemanticSide> {
  if (!stores.semantic.available) throw new Error(stores.semantic.reason);
  const { embedder, index } = stores.semantic.parts;
  const vector = await embedder.embedQuery(constraints.meaning);
  // HNSW walks ever further for a narrow filter (at a million chunks, seconds when nothing matches): when the matches
  // hold at most EXACT_SEARCH_LIMIT vectors, comparing with each of them is faster and exact.
  const few = attributes.fewMatching(params.filters, LISTED_MATCHES_LIMIT);
  const exact = few !== null && index.vectorsAmong(few, EXACT_SEARCH_LIMIT) <= EXACT_SEARCH_LIMIT;
  const accept = attributes.predicate(params.filters) ?? undefined;
  const hits = exact ? index.searchAmong(vector, window, few) : index.search(vector, window, accept, accept && onlyKindFiltered(params.filters) ? KIND_OVERFETCH : undefined);
  // A query with -words or "phrases" binds this side too, and checking them needs each candidate's words.
  const chunks = hasConstraints(constraints)
    ? stores.store.getChunksBySeq(hits.map((hit) => hit.label)).filter((chunk) => satisfiesConstraints([chunk.text, chunk.speaker], constraints))
    : facets.getChunkFacetsBySeq(hits.map((hit) => hit.label));
  const bySeq = new Map(chunks.map((chunk) => [chunk.seq, chunk]));
  const candidates: SemanticCandidate[] = [];
  const byId = new Map<string, ChunkFacets>();
  for (const hit of hits) {
    const chunk = bySeq.get(hit.label);
    if (!chunk) continue;
    candidates.push({ id: chunk.id, similarity: hit.score });
    byId.set(chunk.id, chunk);
  }
  return { candidates, chunks: byId };
}
