// Asked "how many X", the paragraph giving the count may share few of the question's words: "Equating to 91 victims
// supported" closes a list of services under the item on domestic abuse, and ranks far below the item's prose. The
// items the best passages are in are searched (by meaning) for paragraphs counting what was asked, read too.
import type { SearchParams, SearchResult } from '../api-types';
import type { SearchService } from '../search';
import { countsWhatWasAsked } from './figures';
import type { Interpretation } from './interpret';

/** The best passages whose items are searched for a count. */
const ITEMS_OF_BEST = 3;
/** Counting paragraphs added at most, so the passages the ranking chose are still read. */
const MOST_ADDED = 2;
/** Passages nearest the question in meaning read for paragraphs in those items. */
const HITS_READ = 100;

export async function withCountingPassages(results: SearchResult[], interpretation: Interpretation, params: SearchParams, search: SearchService): Promise<SearchResult[]> {
  const counted = interpretation.counted;
  if (interpretation.asksForCount !== 'many' || !counted || results.length === 0) return results;
  const items = new Set(results.slice(0, ITEMS_OF_BEST).map((result) => result.item.id));
  const shown = new Set(results.map((result) => result.id));
  // Searched by meaning: the count seldom holds the question's words, and each passage found keeps its similarity.
  const found = await search.search({ ...params, mode: 'semantic', limit: HITS_READ, offset: 0 });
  const counting = found.results.filter((result) => items.has(result.item.id) && !shown.has(result.id) && countsWhatWasAsked(result.text, counted)).slice(0, MOST_ADDED);
  return counting.length === 0 ? results : [results[0], ...counting, ...results.slice(1)];
}
