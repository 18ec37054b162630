// The page's small decisions that a newcomer's first session ran into, as pure functions: which typed dates are
// searched, which paragraph numbers get a line of their own, when results are said to be only loosely related, and
// what the tab is called, what the empty page says the minutes cover, and how a filtered topic history says so.
import type { SearchResponse, SearchResult } from '../../server/api-types';
import { pageTitle } from '../../client/src/dom';
import { coverageLine } from '../../client/src/search-states';
import { settledDate } from '../../client/src/filters';
import { hasLongNumber } from '../../client/src/meeting-view';
import { onlyLooselyRelated } from '../../client/src/search-view';
import { describeFilters, emptyFilters } from '../../client/src/state';

describe('settledDate', () => {
  it.each([
    ['', ''],
    ['2017-06-01', '2017-06-01'],
    ['1998-12-31', '1998-12-31'],
  ])('searches on %j: a cleared field or a whole year', (value, expected) => {
    expect(settledDate(value)).toBe(expected);
  });

  it.each(['0002-06-01', '0020-06-01', '0201-06-01', '0000-01-01'])('waits while the year %j is still being typed', (value) => {
    expect(settledDate(value)).toBeNull();
  });
});

describe('hasLongNumber', () => {
  it.each([
    [null, false],
    ['7', false],
    ['103', false],
    ['2.a', false],
    ['2.a.5', true],
    ['Question 3', true],
  ])('puts the paragraph number %j on a line of its own: %s', (number, expected) => {
    expect(hasLongNumber(number)).toBe(expected);
  });
});

function result(ranks: SearchResult['ranks'], similarity: number | null): SearchResult {
  return { ranks, similarity } as SearchResult;
}

function response(results: SearchResult[], change: Partial<SearchResponse> = {}): SearchResponse {
  return { servedMode: 'hybrid', closeSimilarity: 0.3, total: results.length, results, ...change } as SearchResponse;
}

describe('onlyLooselyRelated', () => {
  const loose = [result({ keyword: null, semantic: 1 }, 0.25), result({ keyword: null, semantic: 2 }, 0.21)];

  it('says so when every result was found by meaning alone, below the answer threshold', () => {
    expect(onlyLooselyRelated(response(loose))).toBe(true);
  });

  it('stays quiet when a result holds the words or is close in meaning', () => {
    expect(onlyLooselyRelated(response([...loose, result({ keyword: 4, semantic: null }, null)]))).toBe(false);
    expect(onlyLooselyRelated(response([...loose, result({ keyword: null, semantic: 3 }, 0.31)]))).toBe(false);
  });

  it('stays quiet when results beyond the first page are unseen, when nothing was found, and outside hybrid search', () => {
    expect(onlyLooselyRelated(response(loose, { total: 40 }))).toBe(false);
    expect(onlyLooselyRelated(response([]))).toBe(false);
    // Search by meaning alone never has keyword ranks; there "loosely related" is already on each result.
    expect(onlyLooselyRelated(response(loose, { servedMode: 'semantic' }))).toBe(false);
    expect(onlyLooselyRelated(response(loose, { closeSimilarity: null }))).toBe(false);
  });
});

describe('pageTitle', () => {
  it('names what is on screen before the site, and the site alone on the empty page', () => {
    expect(pageTitle('“CCTV”')).toBe('“CCTV” – Minutes search');
    expect(pageTitle(null)).toBe('Minutes search');
  });
});

describe('coverageLine', () => {
  const panel = { name: 'Kent and Medway Police and Crime Panel', meetings: 7 };
  const committee = { name: 'Crime and Disorder Committee', meetings: 2 };

  it('says whose minutes are held and the months they span', () => {
    expect(coverageLine({ bodies: [panel, committee], bodyCount: 2, firstDate: '2017-03-28', lastDate: '2023-10-17' })).toBe(
      'Minutes of Kent and Medway Police and Crime Panel and Crime and Disorder Committee, from March 2017 to October 2023.',
    );
  });

  it('counts the bodies it does not name, and names one month once', () => {
    expect(coverageLine({ bodies: [panel], bodyCount: 4, firstDate: '2017-03-01', lastDate: '2017-03-28' })).toBe(
      'Minutes of Kent and Medway Police and Crime Panel and 3 other bodies, March 2017.',
    );
    expect(coverageLine({ bodies: [panel], bodyCount: 2, firstDate: null, lastDate: null })).toBe('Minutes of Kent and Medway Police and Crime Panel and 1 other body.');
  });

  it('says nothing when nothing is held or the server did not say', () => {
    expect(coverageLine({ bodies: [], bodyCount: 0, firstDate: null, lastDate: null })).toBeNull();
    expect(coverageLine(undefined)).toBeNull();
  });
});

describe('describeFilters', () => {
  it('puts every filter in words, alternatives joined by "or"', () => {
    const filters = { ...emptyFilters(), body: ['Police and Crime Panel', 'Parish Council'], year: [2017], speaker: ['The Commissioner'], decisions: true };
    expect(describeFilters(filters)).toBe('Police and Crime Panel or Parish Council; 2017; said by The Commissioner; decisions only');
  });

  it('says a date range by its open or closed ends', () => {
    expect(describeFilters({ ...emptyFilters(), from: '2017-06-01', to: '2017-12-31' })).toBe('2017-06-01 to 2017-12-31');
    expect(describeFilters({ ...emptyFilters(), from: '2017-06-01' })).toBe('from 2017-06-01');
    expect(describeFilters({ ...emptyFilters(), to: '2017-12-31' })).toBe('until 2017-12-31');
  });
});
