// Facet counts and the total over the fused, collapsed results. Pure.
import type { FacetCounts } from '../../core/search-types';
import type { ChunkFacets, StoredChunk } from '../../indexer/stores/store';
import type { SemanticCandidate } from './fusion';
import type { LegResults } from './legs';

export function emptyFacets(): FacetCounts {
  return { body: {}, year: {}, speaker: {} };
}

function add(bucket: Record<string, number>, key: string | number | null): void {
  if (key === null) return;
  bucket[String(key)] = (bucket[String(key)] ?? 0) + 1;
}

function countInto(facets: FacetCounts, chunk: Pick<StoredChunk, 'body' | 'year' | 'speaker'>): void {
  add(facets.body, chunk.body);
  add(facets.year, chunk.year);
  add(facets.speaker, chunk.speaker);
}

/**
 * With every keyword match in hand, counts exactly what the user can page through. Beyond EXACT_TOTAL_MATCHES, the
 * results so far plus the keyword matches not yet read (facets: the keyword index's, plus the semantic-only results):
 * a page never comes back empty below the total, and the count only falls (to the exact one) as the pages reach
 * matches that collapse.
 */
export function countFacets(
  kept: StoredChunk[],
  found: Pick<LegResults, 'keyword' | 'semantic'>,
  semanticOnly: SemanticCandidate[],
): { facets: FacetCounts; total: number; estimated: boolean } {
  const { keyword, semantic } = found;
  if (!keyword || keyword.total <= keyword.hits.length) {
    const facets = emptyFacets();
    for (const chunk of kept) countInto(facets, chunk);
    return { facets, total: kept.length, estimated: false };
  }
  const facets = structuredClone(keyword.facets);
  for (const candidate of semanticOnly) {
    const chunk: ChunkFacets | undefined = semantic?.chunks.get(candidate.id);
    if (chunk) countInto(facets, chunk);
  }
  return { facets, total: kept.length + keyword.total - keyword.hits.length, estimated: true };
}
