// "Did you mean" (indexer/stores/keyword/spelling.ts): the query again with each word no chunk holds replaced by the
// word the search corrected it to, or else the closest indexed word by natural's Damerau-Levenshtein distance.
import { parseQuery } from '../../indexer/stores/keyword/query-parser';
import { suggestSpelling } from '../../indexer/stores/keyword/spelling';
import { createVocabulary } from '../../indexer/stores/keyword/vocabulary';

const vocabulary = createVocabulary([
  ['crime', 30],
  ['police', 40],
  ['policing', 12],
  ['cadet', 5],
  ['cadets', 9],
  ['best', 7],
  ['bust', 2],
  ['scheme', 8],
  ['budget', 11],
  ['stay', 3],
]);

const suggest = (query: string) => suggestSpelling(parseQuery(query), vocabulary);

describe('suggestSpelling', () => {
  it.each([
    ['a short word the search cannot correct, one letter short', 'crme ', 'crime'],
    ['a word the search corrected itself: the correction it made', 'polcie ', 'police'],
    ['two edits from a six-letter word, one more than the search corrects', 'bugdat ', 'budget'],
    ['the commonest of equally close words', 'bost ', 'best'],
    ['two letters swapped in a short word (one edit)', 'bset ', 'best'],
  ])('offers %s', (_, query, expected) => {
    expect(suggest(query)).toBe(expected);
  });

  it('keeps the words the index holds, phrases in quotes and -words as they were', () => {
    expect(suggest('Police "cadt scheme" -bust crme ')).toBe('police "cadet scheme" -bust crime');
  });

  it('leaves an excluded word alone even when the index does not hold it', () => {
    expect(suggest('police -crme ')).toBeNull();
  });

  it('offers nothing when every word is held, or no indexed word is close enough', () => {
    expect(suggest('police budget ')).toBeNull();
    expect(suggest('zzqx ')).toBeNull();
    expect(suggest('crmnlty ')).toBeNull();
  });

  it('offers nothing for a word the index holds in another form its stemmer matches ("budgets" is held as "budget")', () => {
    expect(suggest('budgets ')).toBeNull();
    expect(suggest('budgeted cadet ')).toBeNull();
  });

  it('takes the first letter as typed, as typo correction does', () => {
    expect(suggest('vadets ')).toBeNull();
  });

  it('offers nothing for stop words, words of two letters, numbers, or a word still being typed that completes', () => {
    expect(suggest('the ')).toBeNull();
    expect(suggest('cr ')).toBeNull();
    expect(suggest('2023 ')).toBeNull();
    expect(suggest('polic')).toBeNull();
  });

  it('offers nothing for the words that frame a question, which minutes need not hold', () => {
    expect(suggest('what did the police say about cadets ')).toBeNull();
    expect(suggest('tell me about crme ')).toBe('tell me about crime');
  });

  it('writes only the normalised words, so what the user typed around them never comes back as markup', () => {
    expect(suggest('<b>crme</b> ')).toBe('b crime b');
  });
});
