// BM25 in JavaScript and the item-title lookup that chooses which matches to score.
import { FieldWords } from '../../indexer/stores/keyword/field-words';
import { createItemTitles } from '../../indexer/stores/keyword/sqlite-fts/item-titles';
import { planQuery } from '../../indexer/stores/keyword/query-plan';
import { parseQuery } from '../../indexer/stores/keyword/query-parser';
import { scoreCandidates, type ScoredFields } from '../../indexer/stores/keyword/scoring';
import { createVocabulary } from '../../indexer/stores/keyword/vocabulary';

const vocabulary = createVocabulary([
  ['cadet', 2],
  ['cadets', 5],
  ['police', 90],
  ['funding', 10],
  ['budget', 3],
]);
const statistics = { documents: 100, documentsWith: (term: string) => vocabulary.documentsWith(term) };
const fields = (itemTitle: string, text: string): ScoredFields => ({ itemTitle, text, speaker: null, meetingTitle: 'Panel', body: 'Panel' });

describe('scoreCandidates', () => {
  it("scores a chunk's own words above the same word in its item title, which only adds to a match", () => {
    const plan = planQuery(parseQuery('cadets '), vocabulary);
    const [inText, inTextAndTitle, inTitleOnly, absent] = scoreCandidates(
      plan,
      [fields('Update', 'The police cadets met.'), fields('Police Cadets', 'The police cadets met.'), fields('Police Cadets', 'An update was given.'), fields('Update', 'Nothing relevant.')],
      statistics,
    );
    expect(inTextAndTitle).toBeGreaterThan(inText);
    expect(inText).toBeGreaterThan(inTitleOnly);
    expect(absent).toBe(0);
  });

  it('scores a short fragment no higher than a paragraph of average length holding the word as often', () => {
    const plan = planQuery(parseQuery('refuge '), vocabulary);
    // 2, 5 and 8 words: the paragraph is the candidates' mean length.
    const [fragment, paragraph] = scoreCandidates(
      plan,
      [fields('Review', '17 – Refuge;'), fields('Review', 'The Dartford Refuge was full.'), fields('Review', 'Clients stayed there between three and eighteen months.')],
      statistics,
    );
    expect(fragment).toBeGreaterThan(0);
    expect(fragment).toBeCloseTo(paragraph, 10);
  });

  it('matches other forms of a word and weighs a rare word above a common one', () => {
    const plan = planQuery(parseQuery('police funding '), vocabulary);
    const [rare, common] = scoreCandidates(plan, [fields('Update', 'Funding was agreed.'), fields('Update', 'The police agreed.')], statistics);
    expect(rare).toBeGreaterThan(common);
    const [stemmed] = scoreCandidates(planQuery(parseQuery('fund '), vocabulary), [fields('Update', 'Funding was agreed.')], statistics);
    expect(stemmed).toBeGreaterThan(0);
  });

  it('reads words the same between curly quotes and dashes, and with accents, as in plain text', () => {
    const plan = planQuery(parseQuery('"police funding" '), vocabulary);
    const [plain, punctuated, accented, accentedPlain] = scoreCandidates(
      plan,
      [
        fields('Update', 'The police funding was agreed.'),
        fields('Update', 'The “police” – funding… was agreed.'),
        fields('Update', 'The café police funding was agreed.'),
        fields('Update', 'The cafe police funding was agreed.'),
      ],
      statistics,
    );
    expect(plain).toBeGreaterThan(0);
    expect(punctuated).toBe(plain);
    expect(accented).toBe(accentedPlain);
  });

  it('scores the same from words remembered as numbers as from reading each text, query after query', () => {
    const fieldWords = new FieldWords();
    const candidates = [
      fields('Police Cadets', 'The police cadets met; funding for cadets was agreed.'),
      fields('Budget', 'Funded places for the cadet scheme were noted by the police.'),
      fields('Update', 'Nothing relevant – “funds” later.'),
    ];
    for (const query of ['cadets ', 'police funding ', '"police funding"', 'funds ', 'cadets ']) {
      const plan = planQuery(parseQuery(query), vocabulary);
      expect([query, scoreCandidates(plan, candidates, statistics, (terms) => fieldWords.readerFor(terms))]).toEqual([query, scoreCandidates(plan, candidates, statistics)]);
    }
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
