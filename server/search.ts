// The search service: one query → candidates from the keyword and vector indexes → one fused, collapsed,
// paginated list with highlights, facets over the fused set, and each result's rank on both sides.
import type { Config } from '../core/config';
import { describeError } from '../core/errors';
import type { Logger } from '../core/logger';
import { constraintsOf } from '../indexer/stores/keyword/query-constraints';
import type { FacetCounts, KeywordHit, KeywordResult } from '../indexer/stores/keyword/types';
import type { Stores } from '../indexer/stores/open';
import type { ChunkCopy, StoredChunk } from '../indexer/stores/store';
import { modelDefaults } from '../indexer/stores/vector/models';
import { collapse } from './collapse';
import { compareFused, fuseRankings, queryShape, semanticWeight, standsOut, type FusedCandidate } from './fusion';
import type { AttributeTable } from './semantic-filter';
import { findSemanticCandidates, type SemanticSide } from './semantic-side';
import { semanticSnippet } from './snippet';
import type { SearchMode, SearchParams, SearchResponse, SearchResult } from './types';
import { MAX_LIMIT, MAX_OFFSET } from './validation';

/** How many candidates each side contributes before fusion. */
export const DEFAULT_CANDIDATES = 200;
/**
 * Keyword totals at or below this are treated as precise hits on rare terms (see FusionOptions.keywordFirst), for
 * models whose weights do not already follow the query's shape.
 */
export const DEFAULT_RARE_KEYWORD_TOTAL = 10;
/**
 * Up to this many keyword matches are all read, so that `total` counts exactly the results left after collapsing
 * copies and summaries: as deep as the API pages. Beyond it the total is an estimate (see search()).
 */
export const EXACT_TOTAL_MATCHES = MAX_OFFSET + MAX_LIMIT;

export interface SearchService {
  search(params: SearchParams): Promise<SearchResponse>;
  /** Reloads in-memory filter data after documents were added or removed. */
  refresh(): void;
}

/** What each side found, and how the request was served when one of them failed. */
interface Sides {
  semantic: SemanticSide | null;
  keyword: KeywordResult | null;
  servedMode: SearchMode;
  degraded: string | null;
}

function emptyFacets(): FacetCounts {
  return { body: {}, year: {}, speaker: {} };
}

function countInto(facets: FacetCounts, chunk: Pick<StoredChunk, 'body' | 'year' | 'speaker'>): void {
  const add = (bucket: Record<string, number>, key: string | number | null) => {
    if (key === null) return;
    bucket[String(key)] = (bucket[String(key)] ?? 0) + 1;
  };
  add(facets.body, chunk.body);
  add(facets.year, chunk.year);
  add(facets.speaker, chunk.speaker);
}

/** The first of each id, in order. */
function uniqueById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

function byDate(sort: SearchParams['sort']) {
  const direction = sort === 'oldest' ? 1 : -1;
  return (a: { date: string | null }, b: { date: string | null }) => {
    if (a.date === b.date) return 0;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -direction : direction;
  };
}

export function createSearchService(deps: {
  stores: Stores;
  config: Config;
  logger: Logger;
  loadAttributes: () => AttributeTable;
}): SearchService {
  const { stores, config, logger } = deps;
  let attributes = deps.loadAttributes();
  const semanticDefaults = modelDefaults(stores.semantic.available ? stores.semantic.parts.embedder.modelId : config.embedding.model);
  const semanticRatio = config.fusion.semanticRatio ?? semanticDefaults.semanticRatio;
  const rrfK = config.fusion.rrfK ?? semanticDefaults.rrfK;
  // SEMANTIC_RATIO, when set, is one weight for every query.
  const shapeWeights = config.fusion.semanticRatio === undefined ? semanticDefaults.weightByShape : null;

  /**
   * The semantic ranking's weight in one hybrid query: by the query's shape for a model measured that way;
   * otherwise a weak model gives way to keyword search on the queries whose words the minutes hold (semanticWeight).
   */
  function semanticWeightFor(query: string, keywordList: KeywordHit[], coverage: number): number {
    if (!shapeWeights) return semanticWeight(semanticRatio, semanticDefaults.keywordCoverageTrust, coverage);
    const bestHit = keywordList.length > 0 ? stores.store.getChunks([keywordList[0].id])[0] : undefined;
    return shapeWeights[queryShape(query, coverage, bestHit?.text ?? null)];
  }

  function toResult(
    chunk: StoredChunk,
    candidate: FusedCandidate,
    highlight: string,
    copies: ChunkCopy[],
  ): SearchResult {
    return {
      id: chunk.id,
      kind: chunk.kind,
      text: chunk.text,
      highlight,
      score: Number(candidate.score.toFixed(6)),
      ranks: { keyword: candidate.keywordRank, semantic: candidate.semanticRank },
      similarity: candidate.similarity === null ? null : Number(candidate.similarity.toFixed(4)),
      meeting: {
        id: chunk.meetingId,
        body: chunk.body,
        title: chunk.meetingTitle,
        date: chunk.date,
        source: { file: chunk.sourceFile, url: chunk.sourceUrl },
      },
      item: { id: chunk.itemId, number: chunk.itemNumber, title: chunk.itemTitle },
      paragraph: chunk.paragraphNumber,
      paragraphIndex: chunk.paragraphIndex,
      speaker: chunk.speaker,
      decision: chunk.isDecision,
      truncated: chunk.isTruncated,
      alsoIn: copies.map((copy) => ({
        chunkId: copy.id,
        meetingId: copy.meetingId,
        body: copy.body,
        date: copy.date,
        title: copy.meetingTitle,
      })),
    };
  }

  /** The first `limit` keyword matches; a deeper read of the same matches keeps the facets of the first (`known`). */
  async function keywordSide(params: SearchParams, limit: number, known?: FacetCounts): Promise<KeywordResult> {
    // Both sides contribute candidates from the top, fused by rank; a keyword-only search is sorted by the index itself.
    const sort = params.mode === 'keyword' ? params.sort : 'relevance';
    const result = await stores.keyword.search({ text: params.q, filters: params.filters, sort, limit, offset: 0, facets: known === undefined });
    return known === undefined ? result : { ...result, facets: known };
  }

  /** The first `window` keyword matches, or all of them when there are few enough to count exactly after collapsing. */
  async function keywordMatches(params: SearchParams, window: number): Promise<KeywordResult> {
    const first = await keywordSide(params, window);
    return first.hits.length >= first.total || first.total > EXACT_TOTAL_MATCHES ? first : keywordSide(params, first.total, first.facets);
  }

  /**
   * Runs both sides at once. In hybrid mode a side that fails leaves the other to answer, and `degraded` says
   * which is missing; in semantic mode a failure falls back to keyword search; a keyword search that fails fails.
   */
  async function searchBothSides(params: SearchParams, window: number): Promise<Sides> {
    const constraints = constraintsOf(params.q);
    // A query of -words alone means nothing to compare meanings with.
    const wantsSemantic = params.mode !== 'keyword' && constraints.meaning.trim() !== '';
    const [semantic, keyword] = await Promise.allSettled([
      wantsSemantic ? findSemanticCandidates(stores, attributes, params, window, constraints) : null,
      params.mode === 'semantic' ? null : keywordMatches(params, window),
    ]);
    if (semantic.status === 'rejected') {
      const reason = describeError(semantic.reason);
      logger.warn({ event: 'semantic_failed', reason }, 'semantic side failed');
      if (keyword.status === 'rejected') throw keyword.reason;
      // The reason (a model folder, a cache path) stays in the log: public answers carry no server internals.
      const degraded = 'semantic search unavailable (the embedding model could not be used; see the server log); showing keyword results';
      return { semantic: null, keyword: keyword.value ?? (await keywordMatches(params, window)), servedMode: 'keyword', degraded };
    }
    if (keyword.status === 'rejected') {
      // A keyword search falls back to the semantic side too: a keyword server down or slow should not leave a page empty.
      const meaningOnly =
        semantic.value ?? (params.mode === 'keyword' && stores.semantic.available && constraints.meaning.trim() !== '' ? await findSemanticCandidates(stores, attributes, params, window, constraints) : null);
      if (meaningOnly === null) throw keyword.reason;
      logger.warn({ event: 'keyword_failed', reason: describeError(keyword.reason) }, 'keyword side failed');
      return { semantic: meaningOnly, keyword: null, servedMode: 'semantic', degraded: 'keyword search unavailable; showing results by meaning only' };
    }
    return { semantic: semantic.value, keyword: keyword.value, servedMode: params.mode, degraded: null };
  }

  /** Fuses the sides' candidates, orders them for the request and collapses copies and summaries. */
  function listResults(params: SearchParams, { semantic, keyword, servedMode }: Sides) {
    const hybrid = servedMode === 'hybrid';
    const keywordList = keyword?.hits ?? [];
    const keywordHits = new Map<string, KeywordHit>(keywordList.map((hit) => [hit.id, hit]));
    const minSimilarity = hybrid ? semanticDefaults.minSimilarity : -Infinity;
    const allSemantic = semantic?.candidates ?? [];
    const standingOut = standsOut(allSemantic, hybrid ? semanticDefaults.minStandout : null);
    const semanticCandidates = allSemantic.filter(
      (candidate) => standingOut(candidate) && (keywordHits.has(candidate.id) || candidate.similarity >= minSimilarity),
    );
    const keywordCoverage = keywordList.reduce((best, hit) => Math.max(best, hit.coverage), 0);
    const hybridWeight = hybrid ? semanticWeightFor(params.q, keywordList, keywordCoverage) : null;
    const fused = fuseRankings(
      keywordList.map((hit) => hit.id),
      semanticCandidates,
      {
        k: rrfK,
        semanticRatio: hybridWeight ?? (servedMode === 'semantic' ? 1 : 0),
        keywordFirst: hybrid && shapeWeights === null && keyword !== null && keyword.total <= DEFAULT_RARE_KEYWORD_TOTAL,
      },
    );
    if (servedMode === 'keyword') fused.sort((a, b) => (a.keywordRank ?? 0) - (b.keywordRank ?? 0));

    const chunks = new Map(stores.store.getChunks(fused.map((candidate) => candidate.id)).map((chunk) => [chunk.id, chunk]));
    let ordered = fused.flatMap((candidate) => {
      const chunk = chunks.get(candidate.id);
      return chunk ? [{ candidate, chunk, date: chunk.date }] : [];
    });
    if (params.sort !== 'relevance' && params.mode !== 'keyword') {
      const dateOrder = byDate(params.sort);
      ordered = ordered.sort((a, b) => dateOrder(a, b) || compareFused(a.candidate, b.candidate));
    }
    const { kept, copies } = collapse(ordered.map((entry) => entry.chunk));
    const candidateOf = new Map(ordered.map((entry) => [entry.chunk.id, entry.candidate]));
    const semanticOnly = semanticCandidates.filter((candidate) => !keywordHits.has(candidate.id));
    return { kept, copies, candidateOf, keywordHits, semanticOnly, hybridWeight };
  }

  async function search(params: SearchParams): Promise<SearchResponse> {
    const started = performance.now();
    const wanted = params.offset + params.limit;
    let window = Math.max(DEFAULT_CANDIDATES, wanted);
    const sides = await searchBothSides(params, window);
    let listed = listResults(params, sides);
    // Collapsing leaves fewer results than candidates: read further keyword matches until the page is full or none are left.
    while (listed.kept.length < wanted && sides.keyword && sides.keyword.hits.length < sides.keyword.total) {
      window *= 2;
      sides.keyword = await keywordSide(params, window, sides.keyword.facets);
      listed = listResults(params, sides);
    }
    const { kept, copies, candidateOf, keywordHits, semanticOnly, hybridWeight } = listed;
    const { keyword, semantic } = sides;

    // With every keyword match in hand, count exactly what the user can page through. Beyond EXACT_TOTAL_MATCHES, the
    // results so far plus the keyword matches not yet read: a page never comes back empty below the total, and the
    // count only falls (to the exact one) as the pages reach matches that collapse.
    const complete = !keyword || keyword.total <= keyword.hits.length;
    let facets: FacetCounts;
    let total: number;
    if (complete) {
      facets = emptyFacets();
      for (const chunk of kept) countInto(facets, chunk);
      total = kept.length;
    } else {
      facets = structuredClone(keyword.facets);
      for (const candidate of semanticOnly) {
        const chunk = semantic?.chunks.get(candidate.id);
        if (chunk) countInto(facets, chunk);
      }
      total = kept.length + keyword.total - keyword.hits.length;
    }

    const page = kept.slice(params.offset, params.offset + params.limit);
    const storedCopies = stores.store.copiesOf(page);
    const meaning = constraintsOf(params.q).meaning;
    const results = page.map((chunk) =>
      toResult(
        chunk,
        candidateOf.get(chunk.id)!,
        keywordHits.get(chunk.id)?.highlight ?? semanticSnippet(chunk.text, meaning),
        uniqueById([...(copies.get(chunk.id) ?? []), ...(storedCopies.get(chunk.id) ?? [])]),
      ),
    );
    return {
      query: params.q,
      mode: params.mode,
      servedMode: sides.servedMode,
      degraded: sides.degraded,
      semanticWeight: hybridWeight === null ? null : Number(hybridWeight.toFixed(3)),
      matching: keyword?.matching ?? null,
      total,
      tookMs: Number((performance.now() - started).toFixed(1)),
      results,
      facets,
    };
  }

  return {
    search,
    refresh: () => {
      attributes = deps.loadAttributes();
    },
  };
}
