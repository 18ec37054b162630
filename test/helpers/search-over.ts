// A stand-in for the search service in chat tests: keyword matching over passages given, every search recorded.
import type { SearchParams, SearchResponse } from '../../server/api-types';
import type { SearchService } from '../../server/search';
import type { topicResult } from './topic-results';

/** A keyword search over the given passages: those holding every word of the query (quotes aside), in the order given. */
export function searchOver(passages: ReturnType<typeof topicResult>[]): SearchService & { asked: SearchParams[] } {
  const asked: SearchParams[] = [];
  return {
    asked,
    search: async (params: SearchParams) => {
      asked.push(params);
      const words = params.q.toLowerCase().replace(/"/g, '').split(/\s+/);
      const results = passages.filter((passage) => words.every((word) => passage.text.toLowerCase().includes(word)));
      return { results, total: results.length, degraded: null } as unknown as SearchResponse;
    },
  } as unknown as SearchService & { asked: SearchParams[] };
}
