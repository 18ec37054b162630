// The keyword query plan (indexer/stores/keyword/query-plan.ts): which words count and in what order, what each word
// may also match (acronyms, completions, corrections), and the FTS5 MATCH expressions written from it.
import { parseQuery } from '../../indexer/stores/keyword/query-parser';
import { MAX_COUNTED_WORDS, planQuery, relaxationLevels, toFtsMatchExpression, type QueryPlan } from '../../indexer/stores/keyword/query-plan';
import { buildSynonymLookup } from '../../indexer/stores/keyword/synonyms';
import { createVocabulary } from '../../indexer/stores/keyword/vocabulary';

const vocabulary = createVocabulary([
  ['police', 10],
  ['budget', 3],
  ['patrols', 4],
  ['patrolling', 2],
  ['petrol', 3],
  ['anti', 2],
  ['social', 5],
  ['behaviour', 4],
  ['asb', 6],
]);
const synonyms = buildSynonymLookup([{ acronym: 'ASB', expansions: ['anti-social behaviour'] }]);

const plan = (query: string) => planQuery(parseQuery(query), vocabulary, synonyms);
const alternativesOf = (query: string) => plan(query).required.map((requirement) => requirement.alternatives.map((alternative) => alternative.terms.join(' ')));

describe('what each word may also match', () => {
  it('completes the word being typed from the vocabulary, and then corrects nothing', () => {
    expect(alternativesOf('patrol')).toEqual([['patrol', 'patrols', 'patrolling']]);
  });

  it('corrects a finished word the index has never seen in any form', () => {
    expect(alternativesOf('budgt ')).toEqual([['budgt', 'budget']]);
    expect(alternativesOf('patrolx ')).toEqual([['patrolx', 'patrols']]);
  });

  it('corrects no word the index holds in another form its stemmer matches, and counts it as held', () => {
    expect(alternativesOf('patrol ')).toEqual([['patrol']]);
    expect(plan('police patrolled ').matching).toEqual({ strategy: 'most', words: ['patrolled', 'police'], minimum: 2, ignored: [] });
  });

  it('matches an acronym and its long form both ways, but not across a quoted word', () => {
    expect(alternativesOf('ASB ')).toEqual([['asb', 'anti social behaviour']]);
    expect(alternativesOf('anti social behaviour ')).toEqual([['anti social behaviour', 'asb']]);
    expect(alternativesOf('anti "social" behaviour ')).toEqual([['anti'], ['behaviour'], ['social']]);
  });

  it('lists every term a match may hold for highlighting', () => {
    expect(plan('ASB budget ').matchTerms.sort()).toEqual(['anti', 'asb', 'behaviour', 'budget', 'social']);
  });
});

describe('which words count', () => {
  it('counts a repeated word once', () => {
    expect(plan('police police budget ').matching).toEqual({ strategy: 'most', words: ['budget', 'police'], minimum: 2, ignored: [] });
  });

  it('lets go of a word no chunk holds, unless no word is held at all, and names it unknown', () => {
    expect(plan('police budget zzqx ').matching).toEqual({ strategy: 'most', words: ['budget', 'police'], minimum: 2, ignored: ['zzqx'], unknown: ['zzqx'] });
    expect(plan('zzqx wwvy ').matching).toEqual({ strategy: 'most', words: ['zzqx', 'wwvy'], minimum: 2, ignored: [] });
  });

  it('reports the query spelled as the index holds it when a word is not held ("did you mean")', () => {
    expect(plan('polise budget ').matching.suggestion).toBe('police budget');
    expect(plan('police budget ').matching).not.toHaveProperty('suggestion');
  });

  it('plans nothing to match for a query of exclusions only', () => {
    const exclusions = plan('-police -"petrol budget" ');
    expect(exclusions.required).toEqual([]);
    expect(exclusions.excluded).toEqual([{ terms: ['police'] }, { terms: ['petrol', 'budget'] }]);
    expect(relaxationLevels(exclusions)).toEqual([]);
    expect(toFtsMatchExpression(exclusions)).toBeNull();
  });
});

describe('the FTS5 expression', () => {
  const word = (term: string) => ({ alternatives: [{ terms: [term] }] });
  const handMade = (terms: string[], excluded: string[][] = []): Pick<QueryPlan, 'required' | 'excluded'> => ({
    required: terms.map(word),
    excluded: excluded.map((terms) => ({ terms })),
  });

  it('quotes every term, doubling any quote inside it', () => {
    expect(toFtsMatchExpression(handMade(['say "hi"', 'near']))).toBe('"say ""hi""" AND "near"');
  });

  it('excludes phrases after the required words', () => {
    expect(toFtsMatchExpression(handMade(['police'], [['petrol', 'budget'], ['asb']]))).toBe('("police") NOT ("petrol budget" OR "asb")');
  });

  it('keeps the number of words required between one and all of them', () => {
    const three = handMade(['a', 'b', 'c']);
    expect(toFtsMatchExpression(three, 0)).toBe('("a") OR ("b") OR ("c")');
    expect(toFtsMatchExpression(three, 99)).toBe('"a" AND "b" AND "c"');
  });

  it('writes at most 20 groups for the most words a match is counted in', () => {
    const words = Array.from({ length: MAX_COUNTED_WORDS }, (_, index) => `w${index}`);
    const loosest = toFtsMatchExpression(handMade(words), 4) as string;
    expect(loosest.split(' OR ')).toHaveLength(15);
    expect(relaxationLevels({ ...handMade(words), minimum: 4, matchTerms: words, matching: { strategy: 'most', words, minimum: 4, ignored: [] } })).toEqual([6, 5, 4]);
  });
});
