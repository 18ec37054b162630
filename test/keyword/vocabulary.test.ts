// The vocabulary of indexed words (indexer/stores/keyword/vocabulary.ts): counts per word kept as chunks come and go,
// typo corrections within Meilisearch's typo budget, completions of the word being typed, and the changes to persist.
import { boundedEditDistance } from '../../core/text/distance';
import {
  allowedTypos,
  createVocabulary,
  DEFAULT_MAX_COMPLETIONS,
  DEFAULT_MAX_CORRECTIONS,
} from '../../indexer/stores/keyword/vocabulary';

describe('counting words', () => {
  it('counts the chunks holding each word as chunks are added and removed, forgetting a word none holds', () => {
    const vocabulary = createVocabulary([['police', 2]]);
    vocabulary.count(['police', 'budget'], 1);
    expect(vocabulary.documentsWith('police')).toBe(3);
    expect(vocabulary.documentsWith('budget')).toBe(1);
    expect(vocabulary.size()).toBe(2);

    vocabulary.count(['budget'], -1);
    expect(vocabulary.documentsWith('budget')).toBe(0);
    expect(vocabulary.size()).toBe(1);
    expect(vocabulary.completions('bud')).toEqual([]);
  });

  it('hands over the words whose counts changed since the last time, once', () => {
    const vocabulary = createVocabulary([['police', 2], ['budget', 1]]);
    vocabulary.count(['police'], 1);
    vocabulary.count(['budget'], -1);
    vocabulary.count(['cadets'], 1);
    expect(vocabulary.takeChanges()).toEqual(new Map([['police', 3], ['budget', 0], ['cadets', 1]]));
    expect(vocabulary.takeChanges()).toEqual(new Map());
  });
});

describe('typo corrections', () => {
  it('allows no typo under 5 letters, one from 5 and two from 9, and none in words with digits', () => {
    expect(['cctv', 'cadet', 'constable', 'commissioner', 'a1234567890'].map((word) => allowedTypos(word))).toEqual([0, 1, 2, 2, 0]);
  });

  it('measures edit distance with swapped neighbours as one edit, giving up past the limit', () => {
    expect(boundedEditDistance('polcie', 'police', 1)).toBe(1);
    expect(boundedEditDistance('budget', 'budget', 0)).toBe(0);
    expect(boundedEditDistance('cadet', 'cadets', 1)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });

  const vocabulary = createVocabulary([
    ['commissioner', 40],
    ['commissioners', 100],
    ['commission', 9],
    ['patrols', 4],
    ['petrol', 3],
    ['patrol', 1],
    ['ratrol', 50],
    ['cadet', 7],
  ]);

  it('offers indexed words within the budget, closest first, then the most common', () => {
    expect(vocabulary.corrections('comissioner')).toEqual(['commissioner', 'commissioners']);
    expect(vocabulary.corrections('patrl')).toEqual(['patrol']);
  });

  it('never counts a typo on the first letter and never offers the word itself', () => {
    expect(vocabulary.corrections('patrol')).toEqual(['patrols', 'petrol']);
    expect(vocabulary.corrections('batrol')).toEqual([]);
  });

  it('finds the nearest words by any edit distance within any budget, from the same first letter', () => {
    const lettersApart = (a: string, b: string) => Math.abs(a.length - b.length);
    expect(vocabulary.nearest('patro', 2, lettersApart)).toEqual(['petrol', 'patrol', 'patrols']);
    expect(vocabulary.nearest('patrol', 3, boundedEditDistance)).toEqual(['patrols', 'petrol']);
  });

  it('offers nothing for words too short to correct', () => {
    expect(vocabulary.corrections('cadt')).toEqual([]);
  });

  it('offers at most the configured number of corrections', () => {
    const crowded = createVocabulary(Array.from({ length: 20 }, (_, index) => [`station${String.fromCharCode(97 + index)}`, index + 1] as [string, number]));
    const corrections = crowded.corrections('stations');
    expect(corrections).toHaveLength(DEFAULT_MAX_CORRECTIONS);
    expect(corrections[0]).toBe('stationt');
  });
});

describe('completions', () => {
  it('lists the indexed words that start with the prefix, most common first, the prefix itself included', () => {
    const vocabulary = createVocabulary([['police', 10], ['policing', 4], ['policy', 4], ['polite', 1], ['poll', 2]]);
    expect(vocabulary.completions('polic')).toEqual(['police', 'policing', 'policy']);
    expect(vocabulary.completions('police')).toEqual(['police']);
    expect(vocabulary.completions('x')).toEqual([]);
  });

  it('sees words added after an earlier search', () => {
    const vocabulary = createVocabulary([['police', 10]]);
    expect(vocabulary.completions('pol')).toEqual(['police']);
    vocabulary.count(['polling'], 1);
    expect(vocabulary.completions('pol')).toEqual(['police', 'polling']);
    expect(vocabulary.corrections('pollign')).toEqual(['polling']);
  });

  it('offers at most the configured number of completions', () => {
    const vocabulary = createVocabulary(Array.from({ length: 40 }, (_, index) => [`ward${index}`, index] as [string, number]));
    expect(vocabulary.completions('ward')).toHaveLength(DEFAULT_MAX_COMPLETIONS);
    expect(vocabulary.completions('ward')[0]).toBe('ward39');
  });
});
