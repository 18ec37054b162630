// GET /api/topics: the subject's passages read once (hybrid by default, so paragraphs that discuss it in other words
// count too; one window of candidates from each side, all the passages they hold) and the history built from them
// (history.ts).
import type { SearchFilters } from '../../core/search-types';
import type { SearchService } from '../search';
import type { SearchMode, TopicHistoryResponse } from '../api-types';
import { buildTopicHistory } from './history';

/**
 * Candidates each side of the search contributes, all the passages they hold read in full. 300, not a plain search's
 * 200: a history is asked "when was it first raised" and must list every meeting it can; at 1M paragraphs the 200
 * window dropped meetings (traveller incursions 42 → 17) and moved first mentions later, for about 1.4x less CPU
 * (docs/BENCHMARKS.md, "Topic history", #16).
 */
export const TOPIC_CANDIDATES = 300;

export interface TopicParams {
  q: string;
  mode: SearchMode;
  filters: SearchFilters;
}

export async function findTopicHistory(params: TopicParams, deps: { search: Pick<SearchService, 'passages'>; minSimilarity: number }): Promise<TopicHistoryResponse> {
  // Paragraphs only: an item summary would stand in for the paragraphs it holds, decisions among them.
  const filters = { ...params.filters, kind: 'paragraph' as const };
  const found = await deps.search.passages({ q: params.q, mode: params.mode, filters, window: TOPIC_CANDIDATES });
  // A word of the subject no chunk holds is its rarest: only passages near the whole subject in meaning then tell of it
  // ("littering fines" is not every passage on fines).
  const rarestWord = found.matching?.unknown?.[0] ?? found.matching?.words[0];
  const history = buildTopicHistory(found.results, { topic: params.q, rarestWord, minSimilarity: deps.minSimilarity });
  return {
    query: params.q,
    servedMode: found.servedMode,
    degraded: found.degraded,
    passagesRead: found.results.length,
    morePassages: found.more,
    ...history,
    marks: found.marks,
  };
}
