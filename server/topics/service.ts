// GET /api/topics: the subject searched once (hybrid by default, so paragraphs that discuss it in other words count
// too), a wide window of its passages read, and the history built from them (history.ts).
import type { SearchFilters } from '../../core/search-types';
import type { SearchService } from '../search';
import type { SearchMode, TopicHistoryResponse } from '../api-types';
import { buildTopicHistory } from './history';

/** Passages read to build a history: enough for a subject discussed at dozens of meetings. */
export const TOPIC_PASSAGES = 300;

export interface TopicParams {
  q: string;
  mode: SearchMode;
  filters: SearchFilters;
}

export async function findTopicHistory(params: TopicParams, deps: { search: SearchService; minSimilarity: number }): Promise<TopicHistoryResponse> {
  // Paragraphs only: an item summary would stand in for the paragraphs it holds, decisions among them.
  const filters = { ...params.filters, kind: 'paragraph' as const };
  const response = await deps.search.search({ q: params.q, mode: params.mode, sort: 'relevance', limit: TOPIC_PASSAGES, offset: 0, filters });
  const history = buildTopicHistory(response.results, { topic: params.q, rarestWord: response.matching?.words[0], minSimilarity: deps.minSimilarity });
  return {
    query: params.q,
    servedMode: response.servedMode,
    degraded: response.degraded,
    passagesRead: response.results.length,
    morePassages: response.total > response.results.length,
    ...history,
  };
}
