// Counts the page asks for after a search only when its first page leaves a doubt the page must not guess at: how many
// results the words find without the filters, and whether any passage holds the words at all.
import type { SearchResponse } from '../../server/api-types';
import * as api from './api';
import { pageIsLooselyRelated } from './notices';
import { emptyFilters, hasFilters, searchParamsOf, type SearchState } from './state';

function totalOf(state: SearchState, signal: AbortSignal): Promise<number> {
  return api.search(new URLSearchParams([...searchParamsOf(state), ['limit', '1']]), signal).then((response) => response.total);
}

/**
 * Nothing found under filters: how many the words find without them, so the page can say whether removing the filters
 * helps ("41 results without them") rather than offer it when the words find nothing anyway. Null when not asked.
 */
export function totalWithoutFilters(state: SearchState, response: SearchResponse, signal: AbortSignal): Promise<number | null> {
  if (response.total > 0 || !hasFilters(state.filters)) return Promise.resolve(null);
  return totalOf({ ...state, filters: emptyFilters() }, signal);
}

/**
 * A first page, closest first, found by meaning alone and only loosely related, with more pages after it: how many
 * passages hold the words (under the same filters). None, and the pages after it are no closer, so the page can say the
 * minutes may not cover the search; some, and a later page may hold them. Null when not asked.
 */
export function keywordTotalBehind(state: SearchState, response: SearchResponse, signal: AbortSignal): Promise<number | null> {
  const unseen = response.results.length < response.total;
  if (!unseen || state.sort !== 'relevance' || !pageIsLooselyRelated(response)) return Promise.resolve(null);
  return totalOf({ ...state, mode: 'keyword' }, signal);
}
