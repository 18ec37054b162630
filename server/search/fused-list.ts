// From the legs' candidates to one ordered list of chunks: weigh, fuse by rank, order for the request (a person or a
// time the query names first), and keep one result per passage. Reads the surviving chunks in full; no other I/O.
import type { KeywordHit } from '../../indexer/stores/keyword/types';
import type { Store, StoredChunk } from '../../indexer/stores/store';
import type { SearchParams } from '../api-types';
import { contentStems, contentStemsAmong } from '../../core/text/stem';
import { collapse, paragraphsForSummaries } from './collapse';
import { compareFused, completeMatchesFirst, fuseRankings, fuseScores, type FusedCandidate, type SemanticCandidate } from './fusion';
import type { HybridSettings } from './fusion-settings';
import type { LegResults } from './legs';
import { namedPeriod, periodFirst } from './named-period';
import { namedSpeakerFirst } from './named-speaker';
import { decisionsFirst } from './decision-query';
import { candidatesWorthFusing, hybridFusionFor, queryCoverage, rarestWordAsTyped, withoutWordless } from './weigh';

/**
 * Keyword totals at or below this are treated as precise hits on rare terms (see FusionOptions.keywordFirst), for
 * models whose weights do not already follow the query's shape; for those that do, as many passages holding every
 * word of a query naming something come first (completeMatchesFirst).
 */
export const DEFAULT_RARE_KEYWORD_TOTAL = 10;

/** What the chunk store gives a search: chunks in full by id, and the copies of a page's passages. */
export type ChunkReader = Pick<Store, 'getChunks' | 'copiesOf' | 'decisionsOfItems'>;

export interface Fused {
  /** Best first, before ordering by date. */
  fused: FusedCandidate[];
  keywordHits: Map<string, KeywordHit>;
  /** Semantic candidates that took part and that keyword search did not find. */
  semanticOnly: SemanticCandidate[];
  /** Hybrid only: the semantic ranking's weight in this query. */
  hybridWeight: number | null;
}

export interface FusedList extends Fused {
  /** One chunk per passage, in the order the request asks for. */
  kept: StoredChunk[];
  /** Copies folded into each kept chunk, by its id. */
  copies: Map<string, StoredChunk[]>;
  candidateOf: Map<string, FusedCandidate>;
}

/** Weighs and fuses the two legs' rankings; a keyword-only search keeps the index's own order. */
export function fuseLegs(params: SearchParams, found: LegResults, settings: HybridSettings, chunks: Pick<ChunkReader, 'getChunks'>): Fused {
  const { keyword, semantic, servedMode } = found;
  const hybrid = servedMode === 'hybrid';
  const keywordList = keyword?.hits ?? [];
  const keywordHits = new Map<string, KeywordHit>(keywordList.map((hit) => [hit.id, hit]));
  const semanticCandidates = candidatesWorthFusing(semantic?.candidates ?? [], new Set(keywordHits.keys()), settings, hybrid);
  const coverage = queryCoverage(
    keywordList.reduce((best, hit) => Math.max(best, hit.coverage), 0),
    keyword?.matching,
  );
  const bestHitText = () => (keywordList.length > 0 ? (chunks.getChunks([keywordList[0].id])[0]?.text ?? null) : null);
  const hybridFusion = hybrid ? hybridFusionFor(params.q, coverage, bestHitText, settings, rarestWordAsTyped(keyword?.matching)) : null;
  const hybridWeight = hybridFusion?.weight ?? null;
  const ranked = hybridFusion?.byScore
    ? fuseScores(keywordList, semanticCandidates, hybridFusion.weight)
    : fuseRankings(
        keywordList.map((hit) => hit.id),
        semanticCandidates,
        {
          k: settings.rrfK,
          semanticRatio: hybridWeight ?? (servedMode === 'semantic' ? 1 : 0),
          keywordFirst: hybrid && settings.shapeWeights === null && keyword !== null && keyword.total <= DEFAULT_RARE_KEYWORD_TOTAL,
        },
      );
  const ordered = hybridFusion?.shape === 'exact' ? completeMatchesFirst(ranked, keywordList, DEFAULT_RARE_KEYWORD_TOTAL) : ranked;
  const fused = withoutWordless(ordered, (ids) => new Map(chunks.getChunks(ids).map((found) => [found.id, found])));
  if (servedMode === 'keyword') fused.sort((a, b) => (a.keywordRank ?? 0) - (b.keywordRank ?? 0));
  const listed = new Set(fused.map((candidate) => candidate.id));
  const semanticOnly = semanticCandidates.filter((candidate) => !keywordHits.has(candidate.id) && listed.has(candidate.id));
  return { fused, keywordHits, semanticOnly, hybridWeight };
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

/**
 * Reads the fused candidates' chunks, orders them by date when asked (keyword search sorts itself) and collapses them.
 * `closeSimilarity` (HybridSettings.closeSimilarity): a passage found by meaning alone below it is only loosely related,
 * and does not come first for being in the period the query names; 0 counts every passage as close.
 */
export function orderAndCollapse(
  params: SearchParams,
  fused: FusedCandidate[],
  chunks: Pick<ChunkReader, 'getChunks' | 'decisionsOfItems'>,
  closeSimilarity = 0,
  words: readonly string[] = [],
) {
  const byId = new Map(chunks.getChunks(fused.map((candidate) => candidate.id)).map((chunk) => [chunk.id, chunk]));
  let ordered = fused.flatMap((candidate) => {
    const chunk = byId.get(candidate.id);
    return chunk ? [{ candidate, chunk, date: chunk.date }] : [];
  });
  if (params.sort !== 'relevance' && params.mode !== 'keyword') {
    const dateOrder = byDate(params.sort);
    // Words and meaning by date: the passages holding the words first, then those found by meaning alone. Interleaved,
    // "police cadets", newest first, opened on 2023 paragraphs about officer retention and the annual report.
    const holdsWords = (entry: (typeof ordered)[number]) => (entry.candidate.keywordRank === null ? 1 : 0);
    ordered = ordered.sort((a, b) => holdsWords(a) - holdsWords(b) || dateOrder(a, b) || compareFused(a.candidate, b.candidate));
  } else if (params.sort === 'relevance') {
    const isClose = ({ candidate }: (typeof ordered)[number]) => candidate.keywordRank !== null || (candidate.similarity ?? 0) >= closeSimilarity;
    ordered = periodFirst(namedSpeakerFirst(ordered, params.q, (entry) => entry.chunk.speaker), namedPeriod(params.q, params.filters), isClose);
    ordered = decisionsFirst(ordered, params.q, {
      words,
      holdsWords: (entry) => entry.candidate.keywordRank !== null,
      decisionsOf: (itemIds) => chunks.decisionsOfItems(itemIds),
      entryOf: (chunk) => ({ candidate: unranked(chunk.id), chunk, date: chunk.date }),
    });
  }
  const queryStems = contentStems(params.q);
  const titleHoldsQuery = (summary: StoredChunk) => contentStemsAmong(summary.itemTitle, queryStems).size > 0;
  const { kept, copies } = collapse(paragraphsForSummaries(ordered.map((entry) => entry.chunk), titleHoldsQuery));
  const candidateOf = new Map(ordered.map((entry) => [entry.chunk.id, entry.candidate]));
  return { kept, copies, candidateOf };
}

/** A decision neither leg found, placed for the item it closes (decisionsFirst). */
function unranked(id: string): FusedCandidate {
  return { id, score: 0, keywordRank: null, semanticRank: null, similarity: null };
}

export function listResults(params: SearchParams, found: LegResults, settings: HybridSettings, chunks: Pick<ChunkReader, 'getChunks' | 'decisionsOfItems'>): FusedList {
  const fused = fuseLegs(params, found, settings, chunks);
  return { ...fused, ...orderAndCollapse(params, fused.fused, chunks, settings.closeSimilarity, found.keyword?.matching?.words ?? []) };
}
