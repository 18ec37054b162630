// GET /api/topics: the subject's passages read once (hybrid by default, so paragraphs that discuss it in other words
// count too; one window of candidates from each side, all the passages they hold) and the history built from them
// (history.ts).
import type { SearchFilters } from '../../core/search-types';
import { DEFAULT_CANDIDATES, type SearchService } from '../search';
import type { SearchMode, TopicHistoryResponse } from '../api-types';
import { buildTopicHistory } from './history';

/**
 * Candidates each side of the search contributes: a plain search's window, whose passages (about 200 at 100k and 1M
 * paragraphs) are read in full. A window of 300 reads about 310 and lists as many meetings as the page of 300 read
 * before (#16), at about 1.5x this window's cost (docs/BENCHMARKS.md).
 */
export const TOPIC_CANDIDATES = DEFAULT_CANDIDATES;

export interface TopicParams {
  q: string;
  mode: SearchMode;
  filters: SearchFilters;
}

export async function findTopicHistory(params: TopicParams, deps: { search: Pick<SearchService, 'passages'>; minSimilarity: number }): Promise<TopicHistoryResponse> {
  // Paragraphs only: an item summary would stand in for the paragraphs it holds, decisions among them.
  const filters = { ...params.filters, kind: 'paragraph' as const };
  const found = await deps.search.passages({ q: params.q, mode: params.mode, filters, window: TOPIC_CANDIDATES });
  const history = buildTopicHistory(found.results, { topic: params.q, rarestWord: found.matching?.words[0], minSimilarity: deps.minSimilarity });
  return {
    query: params.q,
    servedMode: found.servedMode,
    degraded: found.degraded,
    passagesRead: found.results.length,
    morePassages: found.more,
    ...history,
  };
}
