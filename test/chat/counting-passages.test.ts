// Asked "how many X", the items of the best passages are searched by meaning for the paragraph giving the count.
import { withCountingPassages } from '../../server/chat/counting-passages';
import type { Interpretation } from '../../server/chat/interpret';
import type { SearchParams, SearchResponse, SearchResult } from '../../server/api-types';
import type { SearchService } from '../../server/search';
import { cadetIntroduction, cadetJoining, cadetUnits, cctvDeterrent } from './passages';

const params: SearchParams = { q: 'cadet units Kent', mode: 'hybrid', sort: 'relevance', limit: 8, offset: 0, filters: {} };
const howMany = (counted: string): Interpretation => ({ query: params.q, topic: params.q, filters: {}, preferDecisions: false, asksForFigure: true, focus: '', asksForCount: 'many', counted });

/** A search by meaning that finds the given passages, whatever is asked. */
function searchFinding(found: SearchResult[]): SearchService & { asked: SearchParams[] } {
  const asked: SearchParams[] = [];
  const search = async (searched: SearchParams) => {
    asked.push(searched);
    return { results: found, total: found.length, degraded: null } as unknown as SearchResponse;
  };
  return { asked, search } as unknown as SearchService & { asked: SearchParams[] };
}

describe('withCountingPassages', () => {
  it('reads, after the best passage, a paragraph of its item that counts what was asked, found by meaning', async () => {
    const search = searchFinding([cctvDeterrent, cadetJoining, cadetUnits]);
    const results = await withCountingPassages([cadetIntroduction, cctvDeterrent], howMany('cadet units'), params, search);
    expect(results.map((result) => result.id)).toEqual([cadetIntroduction.id, cadetUnits.id, cctvDeterrent.id]);
    expect(search.asked[0]).toMatchObject({ q: params.q, mode: 'semantic' });
  });

  it('adds nothing from items the best passages are not in, nothing already read, and nothing unless "how many" was asked', async () => {
    const elsewhere = { ...cadetUnits, item: { ...cadetUnits.item, id: 'another-item' } };
    expect(await withCountingPassages([cadetIntroduction], howMany('cadet units'), params, searchFinding([elsewhere]))).toEqual([cadetIntroduction]);
    expect(await withCountingPassages([cadetIntroduction, cadetUnits], howMany('cadet units'), params, searchFinding([cadetUnits]))).toEqual([cadetIntroduction, cadetUnits]);
    const search = searchFinding([cadetUnits]);
    expect(await withCountingPassages([cadetIntroduction], { ...howMany('cadet units'), asksForCount: 'much' }, params, search)).toEqual([cadetIntroduction]);
    expect(search.asked).toEqual([]);
  });
});
