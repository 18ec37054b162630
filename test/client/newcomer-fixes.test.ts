// The page's small decisions that newcomers' sessions ran into, as pure functions: which typed dates are
// searched, which paragraph numbers get a line of their own, when results are said to be only loosely related, and
// what the tab is called, what the empty page says the minutes cover, and how a filtered topic history says so; then
// dates typed the wrong way round, a copy of a passage in another record of its meeting, paragraph numbers that name
// themselves, and how the chat says it read a question about a meeting rather than a subject.
import type { SearchResponse, SearchResult } from '../../server/api-types';
import { interpretedNote } from '../../client/src/chat';
import { pageTitle, paragraphName } from '../../client/src/dom';
import { copyLabel } from '../../client/src/results';
import { coverageLine, datesReversed } from '../../client/src/search-states';
import { settledDate } from '../../client/src/filters';
import { hasLongNumber } from '../../client/src/meeting-view';
import { nothingCloseInMeaning, onlyLooselyRelated } from '../../client/src/notices';
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

  const unasked = { sort: 'relevance', keywordTotal: null } as const;

  it('says so when every result was found by meaning alone, below the answer threshold', () => {
    expect(onlyLooselyRelated(response(loose), unasked)).toBe(true);
  });

  it('stays quiet when a result holds the words or is close in meaning', () => {
    expect(onlyLooselyRelated(response([...loose, result({ keyword: 4, semantic: null }, null)]), unasked)).toBe(false);
    expect(onlyLooselyRelated(response([...loose, result({ keyword: null, semantic: 3 }, 0.31)]), unasked)).toBe(false);
  });

  it('stays quiet when results beyond the first page are unseen, when nothing was found, and outside hybrid search', () => {
    expect(onlyLooselyRelated(response(loose, { total: 40 }), unasked)).toBe(false);
    expect(onlyLooselyRelated(response([]), unasked)).toBe(false);
    // Search by meaning alone never has keyword ranks; there "loosely related" is already on each result.
    expect(onlyLooselyRelated(response(loose, { servedMode: 'semantic' }), unasked)).toBe(false);
    expect(onlyLooselyRelated(response(loose, { closeSimilarity: null }), unasked)).toBe(false);
  });

  it('speaks for the pages beyond the first when no passage holds the words and the closest come first', () => {
    expect(onlyLooselyRelated(response(loose, { total: 40 }), { sort: 'relevance', keywordTotal: 0 })).toBe(true);
    // Some passage holds the words: a later page may show it.
    expect(onlyLooselyRelated(response(loose, { total: 40 }), { sort: 'relevance', keywordTotal: 3 })).toBe(false);
    // By date, a later page may hold a passage closer in meaning.
    expect(onlyLooselyRelated(response(loose, { total: 40 }), { sort: 'newest', keywordTotal: 0 })).toBe(false);
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

describe('nothingCloseInMeaning', () => {
  const semantic = (similarities: number[]) => response(similarities.map((similarity, index) => result({ keyword: null, semantic: index + 1 }, similarity)), { servedMode: 'semantic', total: 160 });

  it('says so when search by meaning, in order of meaning, found nothing at the answer threshold', () => {
    expect(nothingCloseInMeaning(semantic([0.19, 0.18, 0.18]), 'relevance')).toBe(true);
  });

  it('stays quiet when a result is close, when sorted by date (the closest may be on another page), and outside search by meaning', () => {
    expect(nothingCloseInMeaning(semantic([0.41, 0.2]), 'relevance')).toBe(false);
    expect(nothingCloseInMeaning(semantic([0.19, 0.18]), 'newest')).toBe(false);
    expect(nothingCloseInMeaning({ ...semantic([0.19]), servedMode: 'hybrid' }, 'relevance')).toBe(false);
    expect(nothingCloseInMeaning(semantic([]), 'relevance')).toBe(false);
    expect(nothingCloseInMeaning({ ...semantic([0.19]), closeSimilarity: null }, 'relevance')).toBe(false);
  });
});

describe('datesReversed', () => {
  it('catches a "from" after the "to", and nothing else', () => {
    expect(datesReversed({ from: '2018-01-01', to: '2017-01-01' })).toBe(true);
    expect(datesReversed({ from: '2017-01-01', to: '2018-01-01' })).toBe(false);
    expect(datesReversed({ from: '2017-01-01', to: '2017-01-01' })).toBe(false);
    expect(datesReversed({ from: '2018-01-01', to: '' })).toBe(false);
    expect(datesReversed({ from: '', to: '2017-01-01' })).toBe(false);
  });
});

describe('copyLabel', () => {
  const meeting = { id: 'minutes-2017-11-15', body: 'Kent and Medway Police and Crime Panel', title: 'Minutes', date: '2017-11-15', source: { file: 'pack.txt', url: null } };
  const copy = (change: Partial<SearchResult['alsoIn'][number]>) => ({ chunkId: 'item-page-p9', meetingId: 'item-page-2017-11-15', body: meeting.body, date: meeting.date, title: 'Minutes', ...change });

  it('names a copy in another record of the same meeting as such, not by the line shown just above it', () => {
    expect(copyLabel(copy({}), meeting)).toBe('another record of this meeting');
  });

  it('names a copy in another meeting by its body and date', () => {
    expect(copyLabel(copy({ date: '2017-09-28' }), meeting)).toBe('Kent and Medway Police and Crime Panel · 28 September 2017');
    expect(copyLabel(copy({ body: 'Dartford Crime and Disorder Committee' }), meeting)).toBe('Dartford Crime and Disorder Committee · 15 November 2017');
  });
});

describe('paragraphName', () => {
  it.each([
    ['3', 'paragraph 3'],
    ['2.a.5', 'paragraph 2.a.5'],
    ['iv', 'paragraph iv'],
    ['Question 2', 'Question 2'],
    ['Minute 12', 'Minute 12'],
  ])('calls the paragraph numbered %j %j', (number, expected) => {
    expect(paragraphName(number)).toBe(expected);
  });
});

describe('interpretedNote', () => {
  it('says a question about a meeting was answered from its record, not "searched for “”"', () => {
    expect(interpretedNote({ query: '', filters: {}, preferDecisions: false })).toBe('Answered from the meeting records (attendance, agenda and decisions)');
  });

  it('says a person’s words asked for with no subject were listed, and a topic what was searched', () => {
    expect(interpretedNote({ query: '', filters: { speaker: ['Elaine Bolton'] }, preferDecisions: false })).toBe('Listed what Elaine Bolton said, the most recent first');
    expect(interpretedNote({ query: 'precept', filters: { year: [2023] }, preferDecisions: true })).toBe('Searched for “precept” in 2023 preferring decisions');
  });
});
