// The search service: one query → both legs at once (legs.ts) → weighed and fused by rank, ordered and collapsed
// (fused-list.ts) → facets and total (facets.ts) → the page with highlights and each result's rank on both legs
// (results.ts). Each step is a plain function; the service holds only the vector filter's attribute table.
import type { Config } from '../../core/config';
import type { Logger } from '../../core/logger';
import { constraintsOf } from '../../indexer/stores/keyword/query-constraints';
import type { Stores } from '../../indexer/stores/open';
import type { AttributeTable } from '../../indexer/stores/vector/attribute-table';
import type { SearchFilters } from '../../core/search-types';
import type { SnippetMarks } from '../../core/text/snippets';
import type { Passage, SearchMode, SearchParams, SearchResponse } from '../api-types';
import { cachedChunkReader, type SearchReads } from './chunk-cache';
import { countFacets } from './facets';
import { listResults, type ChunkReader } from './fused-list';
import { hybridSettings, type HybridSettings } from './fusion-settings';
import { runLegs, type SearchLegs } from './legs';
import { keptPassages, pageResults } from './results';
import { withoutNamedTimes } from './named-period';
import { findSemanticCandidates } from './semantic-leg';

/** How many candidates each leg contributes before fusion. */
export const DEFAULT_CANDIDATES = 200;
/** How far past a deep page the legs read at first, for the copies collapsing will drop. */
const COLLAPSE_MARGIN = 1.25;
/** Below this many keyword matches a search finds little, and the response offers the keyword index's spelling suggestion. */
export const SUGGEST_BELOW_MATCHES = 3;

export interface SearchService {
  search(params: SearchParams): Promise<SearchResponse>;
  /** Every passage one window of candidates holds, best first: a topic history's reading (see readPassages). */
  passages(params: PassagesParams): Promise<PassagesResponse>;
  /** Reloads in-memory filter data after documents were added or removed; resolves once searches see them. */
  refresh(): void | Promise<void>;
}

/** What one search reads and how it fuses: real indexes in the service, fakes in tests. */
export interface SearchContext {
  legs: SearchLegs;
  chunks: ChunkReader;
  settings: HybridSettings;
  logger: Logger;
}

/** One search, from the HTTP parameters to the response. */
export async function searchMinutes(context: SearchContext, params: SearchParams): Promise<SearchResponse> {
  const started = performance.now();
  const wanted = params.offset + params.limit;
  // Collapsing copies drops a few per cent of a deep window: reading a little past the page spares a second round.
  let window = Math.max(DEFAULT_CANDIDATES, Math.ceil(wanted * COLLAPSE_MARGIN));
  const found = await runLegs(context.legs, params, window, context.logger);
  let list = listResults(params, found, context.settings, context.chunks);
  // Collapsing leaves fewer results than candidates: read further keyword matches until the page is full or none are left.
  while (list.kept.length < wanted && found.keyword && found.keyword.hits.length < found.keyword.total) {
    window *= 2;
    found.keyword = await context.legs.keyword(params, window, found.keyword.facets);
    list = listResults(params, found, context.settings, context.chunks);
  }
  const { facets, total, estimated } = countFacets(list.kept, found, list.semanticOnly);
  return {
    query: params.q,
    mode: params.mode,
    servedMode: found.servedMode,
    degraded: found.degraded,
    semanticWeight: list.hybridWeight === null ? null : Number(list.hybridWeight.toFixed(3)),
    matching: found.keyword?.matching ?? null,
    suggestion: found.keyword && found.keyword.total < SUGGEST_BELOW_MATCHES ? (found.keyword.matching?.suggestion ?? null) : null,
    closeSimilarity: found.servedMode === 'keyword' ? null : context.settings.closeSimilarity,
    total,
    totalIsEstimate: estimated,
    tookMs: Number((performance.now() - started).toFixed(1)),
    results: pageResults(params, list, constraintsOf(params.q).meaning, context.chunks),
    facets,
  };
}

export interface PassagesParams {
  q: string;
  mode: SearchMode;
  filters: SearchFilters;
  /** Candidates each leg contributes. */
  window: number;
}

export interface PassagesResponse extends Pick<SearchResponse, 'servedMode' | 'degraded' | 'matching'> {
  /** Fused and collapsed, best first; no snippets made and no copies listed. */
  results: Passage[];
  /** What marks the passages' snippets (core/text/snippets.ts), for whoever shows them. */
  marks: SnippetMarks;
  /** Keyword search matched more passages than were read. */
  more: boolean;
}

/**
 * The passages of one window of candidates from each leg, all of them rather than a page: the legs cost what a plain
 * search's do. Nothing a page of results needs and a history does not: no facets, no copies, no further reads.
 */
export async function readPassages(context: SearchContext, params: PassagesParams): Promise<PassagesResponse> {
  const search: SearchParams = { q: params.q, mode: params.mode, filters: params.filters, sort: 'relevance', limit: params.window, offset: 0 };
  const found = await runLegs(context.legs, search, params.window, context.logger, false);
  const list = listResults(search, found, context.settings, context.chunks);
  return {
    servedMode: found.servedMode,
    degraded: found.degraded,
    matching: found.keyword?.matching ?? null,
    results: keptPassages(list),
    // Every hit of one keyword search marks the same terms.
    marks: { terms: found.keyword?.hits[0]?.matchTerms ?? [], meaning: constraintsOf(params.q).meaning },
    more: found.keyword !== null && found.keyword.hits.length < found.keyword.total,
  };
}

/**
 * The legs over the real indexes; the semantic leg filters with whatever attribute table is current. Both search the
 * query less the times it names, which the ordering serves instead (named-period.ts).
 */
function indexLegs(stores: Stores, attributes: () => AttributeTable, chunks: SearchReads): SearchLegs {
  return {
    // Both legs contribute candidates from the top, fused by rank; a keyword-only search is sorted by the index itself.
    keyword: async (params, limit, known) => {
      const sort = params.mode === 'keyword' ? params.sort : 'relevance';
      const result = await stores.keyword.search({ text: withoutNamedTimes(params.q), filters: params.filters, sort, limit, offset: 0, facets: known === undefined });
      return known === undefined ? result : { ...result, facets: known };
    },
    semantic: (params, window, constraints) =>
      findSemanticCandidates(stores, attributes(), params, window, { ...constraints, meaning: withoutNamedTimes(constraints.meaning) }, chunks),
  };
}

export function createSearchService(deps: { stores: Stores; config: Config; logger: Logger; loadAttributes: () => AttributeTable }): SearchService {
  const { stores, config, logger } = deps;
  let attributes = deps.loadAttributes();
  const modelId = stores.semantic.available ? stores.semantic.parts.embedder.modelId : config.embedding.model;
  const chunks = cachedChunkReader(stores.store, config.chunkCacheSize);
  const context: SearchContext = { legs: indexLegs(stores, () => attributes, chunks), chunks, settings: hybridSettings(config.fusion, modelId), logger };
  return {
    search: (params) => searchMinutes(context, params),
    passages: (params) => readPassages(context, params),
    refresh: () => {
      attributes = deps.loadAttributes();
      chunks.clear();
    },
  };
}
