// BM25 in JavaScript and the item-title lookup that chooses which matches to score.
import { createItemTitles } from '../../indexer/stores/keyword/item-titles';
import { planQuery } from '../../indexer/stores/keyword/query-plan';
import { parseQuery } from '../../indexer/stores/keyword/query-parser';
import { scoreCandidates, type ScoredFields } from '../../indexer/stores/keyword/scoring';
import { createVocabulary } from '../../indexer/stores/keyword/vocabulary';

const vocabulary = createVocabulary([
  ['cadet', 2],
  ['cadets', 5],
  ['police', 90],
  ['funding', 10],
]);
const statistics = { documents: 100, documentsWith: (term: string) => vocabulary.documentsWith(term) };
const fields = (itemTitle: string, text: string): ScoredFields => ({ itemTitle, text, speaker: null, meetingTitle: 'Panel', body: 'Panel' });

describe('scoreCandidates', () => {
  it('scores a match in the item title above the same match in the text, and no match at zero', () => {
    const plan = planQuery(parseQuery('cadets '), vocabulary);
    const [inTitle, inText, absent] = scoreCandidates(
      plan,
      [fields('Police Cadets', 'An update was given.'), fields('Update', 'The police cadets met.'), fields('Update', 'Nothing relevant.')],
      statistics,
    );
    expect(inTitle).toBeGreaterThan(inText);
    expect(inText).toBeGreaterThan(0);
    expect(absent).toBe(0);
  });

  it('matches other forms of a word and weighs a rare word above a common one', () => {
    const plan = planQuery(parseQuery('police funding '), vocabulary);
    const [rare, common] = scoreCandidates(plan, [fields('Update', 'Funding was agreed.'), fields('Update', 'The police agreed.')], statistics);
    expect(rare).toBeGreaterThan(common);
    const [stemmed] = scoreCandidates(planQuery(parseQuery('fund '), vocabulary), [fields('Update', 'Funding was agreed.')], statistics);
    expect(stemmed).toBeGreaterThan(0);
  });

  it('counts a phrase only where its words are adjacent', () => {
    const plan = planQuery(parseQuery('"police funding"'), vocabulary);
    const [adjacent, apart] = scoreCandidates(plan, [fields('Update', 'Police funding rose.'), fields('Update', 'Police said funding rose.')], statistics);
    expect(adjacent).toBeGreaterThan(0);
    expect(apart).toBe(0);
  });
});

describe('item titles', () => {
  const titles = createItemTitles(['Police Cadet Scheme', 'Questions to the Commissioner about Cadets and Police Funding', 'Budget']);

  it('finds the titles holding every query word in any form, shortest first', () => {
    const plan = planQuery(parseQuery('police cadets '), vocabulary);
    expect(titles.matching(plan.required, 2, 10)).toEqual(['Police Cadet Scheme', 'Questions to the Commissioner about Cadets and Police Funding']);
    expect(titles.matching(planQuery(parseQuery('budget cadets '), vocabulary).required, 2, 10)).toEqual([]);
    expect(titles.matching(planQuery(parseQuery('budget cadets '), vocabulary).required, 1, 1)).toEqual(['Budget']);
  });
});
