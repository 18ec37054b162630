// What a fifth newcomer's session ran into, as pure functions: the notice over results that match only some of the
// words, or only loosely, under filters; when a search was matched on other words than typed; and when words typed
// into the search box make a new history entry; and a meeting link with a sentence's punctuation on its end.
import type { KeywordMatching } from '../../core/search-types';
import type { SearchResponse, SearchResult } from '../../server/api-types';
import { TYPED_SEARCH_READ_MS, typingReplaces } from '../../client/src/controls';
import { readAs, resultsNotice, type NoticeContext } from '../../client/src/notices';
import { routeOf } from '../../client/src/routes';

const looseResult = { ranks: { keyword: null, semantic: 1 }, similarity: 0.24 } as SearchResult;
const wordResult = { ranks: { keyword: 1, semantic: 2 }, similarity: 0.27 } as SearchResult;

function response(query: string, results: SearchResult[], matching: Partial<KeywordMatching> = {}, total = results.length): SearchResponse {
  const keywordMatching: KeywordMatching = { strategy: 'most', words: [], minimum: 1, ignored: [], ...matching };
  return { query, servedMode: 'hybrid', closeSimilarity: 0.3, total, results, suggestion: null, matching: keywordMatching } as unknown as SearchResponse;
}

const unfiltered: NoticeContext = { sort: 'relevance', filtered: false, keywordTotal: null };

describe('resultsNotice', () => {
  it('says which words of the search the minutes never use, when the results match the others', () => {
    const skatePark = response('skateboard park', [wordResult, looseResult], { words: ['park'], ignored: ['skateboard'], unknown: ['skateboard'] });
    expect(resultsNotice(skatePark, unfiltered)).toBe('The minutes never use “skateboard”, so no result holds it: they match your other words, or are related in meaning.');
    const two = response('skateboard trampoline cctv', [wordResult], { words: ['cctv'], unknown: ['skateboard', 'trampoline'] });
    expect(resultsNotice(two, unfiltered)).toMatch(/^The minutes never use “skateboard” and “trampoline”, so no result holds them:/);
  });

  it('leaves a word the minutes hold in another spelling to the spelling notices', () => {
    const respelt = response('skateboard precpet', [wordResult], { unknown: ['skateboard'], suggestion: 'skateboard precept' });
    expect(resultsNotice(respelt, unfiltered)).not.toMatch(/never use/);
    expect(resultsNotice(response('cctv cameras', [wordResult], { words: ['cctv', 'cameras'] }), unfiltered)).toBeNull();
  });

  it('does not say the minutes lack the words when filters narrowed the search', () => {
    const loose = response('victims', [looseResult]);
    expect(resultsNotice(loose, unfiltered)).toMatch(/^No paragraph holds “victims”.*The minutes may not cover this\.$/);
    const filtered = resultsNotice(loose, { ...unfiltered, filtered: true });
    expect(filtered).toBe('No paragraph within the filters holds “victims”, and none is close in meaning: the result below is only loosely related. Without the filters the search may find more.');
  });

  it('says a search is only loosely related over several pages once no passage is known to hold its words', () => {
    const paged = response('what about the skatepark', [looseResult, looseResult], { words: ['skatepark'] }, 35);
    expect(resultsNotice(paged, unfiltered)).toBeNull();
    expect(resultsNotice(paged, { ...unfiltered, keywordTotal: 0 })).toMatch(/^No paragraph holds “what about the skatepark”, and none is close in meaning/);
  });
});

describe('readAs', () => {
  const readAsTyped = (query: string, suggestion: string) => readAs(response(query, [wordResult], { suggestion }));

  it('gives the words a misspelt search was matched on', () => {
    expect(readAsTyped('precpet budget', 'precept budget')).toBe('precept budget');
    expect(readAsTyped('precpet in 2018', 'precept')).toBe('precept');
  });

  it('says nothing of a respelling the search never searched: a word no passage holds in any spelling it tried', () => {
    const beat = response('police officers on the beat', [wordResult], { words: ['officers', 'police'], unknown: ['beat'], suggestion: 'police officers on the best' });
    expect(readAs(beat)).toBeNull();
    expect(resultsNotice(beat, unfiltered)).toBe('The minutes never use “beat”, so no result holds it: they match your other words, or are related in meaning.');
    expect(readAs(response('skateboard precpet', [wordResult], { unknown: ['skateboard'], suggestion: 'skateboard precept' }))).toBe('skateboard precept');
  });

  it('says nothing of another ending of a word, wherever the words the search set aside ("in 2018") left it', () => {
    expect(readAsTyped('houses', 'house')).toBeNull();
    const question = 'What did the panel decide about the police and crime plan in 2018?';
    expect(readAsTyped(question, 'what did the panel decided about the police and crime plan')).toBeNull();
  });
});

describe('typingReplaces', () => {
  const searchHref = '/?q=police';
  const now = 1_000_000;

  it('replaces the entry the typing made moments ago: the same search, still being typed', () => {
    expect(typingReplaces({ href: searchHref, shownAt: now - 500 }, searchHref, now)).toBe(true);
  });

  it('keeps a typed search read for a while, so Back returns to it', () => {
    expect(typingReplaces({ href: searchHref, shownAt: now - TYPED_SEARCH_READ_MS }, searchHref, now)).toBe(false);
  });

  it('keeps the start page, an address opened or shared, and an entry Back or a click brought up', () => {
    expect(typingReplaces(null, '/', now)).toBe(false);
    expect(typingReplaces({ href: searchHref, shownAt: now - 100 }, '/?q=cctv', now)).toBe(false);
  });
});

describe('routeOf a meeting link pasted into a sentence', () => {
  const meetingRoute = (pathname: string, hash = '') => {
    const route = routeOf({ pathname, search: '?q=cadets', hash });
    return route.name === 'meeting' ? { meetingId: route.meetingId, anchor: route.anchor } : null;
  };

  it('leaves off the punctuation the sentence put after the meeting id or the paragraph anchor', () => {
    expect(meetingRoute('/meetings/2017-11-15-db0d64f126).')).toEqual({ meetingId: '2017-11-15-db0d64f126', anchor: null });
    expect(meetingRoute('/meetings/2017-11-15-db0d64f126', '#2017-11-15-db0d64f126-i1-p11%3E')).toEqual({ meetingId: '2017-11-15-db0d64f126', anchor: '2017-11-15-db0d64f126-i1-p11' });
    expect(meetingRoute('/meetings/2017-11-15-db0d64f126', '#).')).toEqual({ meetingId: '2017-11-15-db0d64f126', anchor: null });
  });

  it('keeps a whole id as it is', () => {
    expect(meetingRoute('/meetings/undated-d2af5396f1', '#undated-d2af5396f1-i0-p25')).toEqual({ meetingId: 'undated-d2af5396f1', anchor: 'undated-d2af5396f1-i0-p25' });
  });
});
