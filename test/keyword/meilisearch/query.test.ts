// The Meilisearch backend's requests, built without a server: filters, the query as stems, the words that count.
import { buildMeilisearchFilter, countedUnits, filterString, meilisearchQueryParts, toMeilisearchQuery } from '../../../indexer/stores/keyword/meilisearch/query';
import { rankMostWords, type QueryUnit } from '../../../indexer/stores/keyword/meilisearch/ranking';
import { WordJudgements, createUnitMatcher } from '../../../indexer/stores/keyword/meilisearch/unit-matcher';
import { FieldWords } from '../../../indexer/stores/keyword/field-words';
import { parseQuery } from '../../../indexer/stores/keyword/query-parser';
import { DEFAULT_MAX_COMPLETIONS } from '../../../indexer/stores/keyword/vocabulary';
import { createStemmer } from '../../../indexer/stores/keyword/stemmer';

const stemmer = createStemmer();
afterAll(() => stemmer.close());

function queryOf(text: string, documentsWith: (unit: QueryUnit) => number = () => 1): string {
  const parts = meilisearchQueryParts(parseQuery(text), stemmer.stem);
  return toMeilisearchQuery(parts.phrase ? [parts.phrase] : countedUnits(parts.units, documentsWith).counted, parts.excluded);
}

describe('the stemmer shared with the embedded index', () => {
  it.each([
    ['officers', 'officer', 'offic'],
    ['recruited', 'recruitment', 'recruit'],
    ['reserves', 'reserve', 'reserv'],
    ['Café', 'cafe', 'cafe'],
  ])('gives "%s" and "%s" the one stem "%s", as FTS5 porter does', (first, second, stem) => {
    expect(stemmer.stemText(first)).toBe(stem);
    expect(stemmer.stemText(second)).toBe(stem);
  });

  it('stems a text word by word, one space apart, numbers as they are', () => {
    expect(stemmer.stemText('Officers recruited in 2022/23!')).toBe('offic recruit in 2022 23');
  });
});

describe('Meilisearch request building', () => {
  it('quotes and escapes filter values so they cannot inject filter syntax', () => {
    expect(filterString('a" OR body = "b')).toBe('"a\\" OR body = \\"b"');
    expect(filterString('back\\slash')).toBe('"back\\\\slash"');
    expect(buildMeilisearchFilter({ body: ['Panel'], year: [2019, 2020], from: '2019-01-31', decisionsOnly: true, kind: 'item' })).toEqual([
      'body IN ["Panel"]',
      'year IN [2019, 2020]',
      'dateNumber >= 20190131',
      'isDecision = true',
      'kind = "item"',
    ]);
  });

  it('rewrites the query from parsed clauses as stems, leaving stop words out and keeping the prefix rule', () => {
    expect(queryOf('police -budgets "control rooms" NEAR( *')).toBe('polic "control room" near -budget ');
    expect(queryOf('the victims supp')).toBe('victim supp');
  });

  it('sends a query of stop words only as one phrase, as the embedded backend searches it', () => {
    expect(queryOf('the of and -police ')).toBe('"the of and" -polic ');
  });

  it('leaves a run of words spelling an acronym unquoted, so the synonyms setting finds the other spellings', () => {
    const parts = meilisearchQueryParts(parseQuery('anti-social behaviour in parks '), stemmer.stem);
    expect(parts.units.map((unit) => unit.query)).toEqual(['anti social behaviour', 'park']);
    expect(parts.ignored).toEqual(['in']);
  });

  it('puts the rarest words first, lets go words no chunk holds and keeps the word being typed last', () => {
    const counts: Record<string, number> = { salari: 3, increas: 40, offic: 300, staf: 120, zzxq: 0 };
    const parts = meilisearchQueryParts(parseQuery('salary increase for zzxq officers and staf'), stemmer.stem);
    const { counted, letGo } = countedUnits(parts.units, (unit) => counts[unit.query] ?? 0);
    expect(counted.map((unit) => unit.word)).toEqual(['salary', 'increase', 'officers', 'staf']);
    expect(letGo.map((unit) => unit.word)).toEqual(['zzxq']);
    expect(toMeilisearchQuery(counted, [])).toBe('salari increas offic staf');
  });

  it('quotes the first word when held as typed, so Meilisearch takes no typo of it, and every such word when counting', () => {
    const held = (unit: QueryUnit): QueryUnit => ({ ...unit, typos: false });
    const [officers, staff, typed] = meilisearchQueryParts(parseQuery('officers staff recrui'), stemmer.stem).units;
    expect(toMeilisearchQuery([held(officers), held(staff), held(typed)], [])).toBe('"offic" staff recrui');
    expect(toMeilisearchQuery([held(officers), held(staff)], ['-budget'], true)).toBe('"offic" "staff" -budget ');
    expect(toMeilisearchQuery([officers, held(staff)], [])).toBe('offic staff ');
  });

  it('keeps every word when no chunk holds any of them, and at most six', () => {
    const parts = meilisearchQueryParts(parseQuery('alpha bravo charlie delta echoes foxtrot golf '), stemmer.stem);
    expect(countedUnits(parts.units, () => 0).counted).toHaveLength(6);
  });
});

describe('ranking Meilisearch candidates as the embedded index ranks its matches', () => {
  const unitsOf = (text: string) => meilisearchQueryParts(parseQuery(text), stemmer.stem).units;
  const candidate = (id: string, text: string) => ({ id, text, speaker: null, itemTitle: '', meetingTitle: '', body: null });
  const statistics = { documents: 100, documentsWith: () => 5 };
  // One set of word numbers for every query, as a search keeps it: each query judges the words afresh.
  const judgements = new WordJudgements(new FieldWords());
  const matcherOf = (units: QueryUnit[]) => createUnitMatcher(units, stemmer.stemWords, judgements);

  it('counts a word held by its stem, a completion of the word being typed, and a typo only for a word no chunk holds', () => {
    const [officers, recruit] = unitsOf('officers recruit');
    const matcher = matcherOf([{ ...officers, typos: false }, { ...recruit, typos: false }]);
    expect(matcher.held(['An officer was recruited.'])).toBe(2);
    expect(matcher.held(['A recruiting drive.'])).toBe(1);
    expect(matcher.held(['Policy on officres.'])).toBe(0);
    const typed = matcherOf([{ ...officers, typos: true }]);
    expect(typed.held(['Policy on officres.'])).toBe(1);
    expect(typed.correctedWords()).toEqual([['officres']]);
    const [police] = unitsOf('police');
    expect(matcherOf([{ ...police, typos: false }]).held(['The complaints policy.'])).toBe(0);
  });

  it('judges the words afresh for each query, whichever query last judged them', () => {
    const [officers] = unitsOf('officers');
    const [police] = unitsOf('police');
    const first = matcherOf([{ ...officers, typos: false }]);
    const second = matcherOf([{ ...police, typos: false }]);
    expect(second.held(['An officer of the force.'])).toBe(0);
    expect(first.held(['An officer of the force.'])).toBe(1);
    expect(second.held(['The police force.'])).toBe(1);
    expect(first.held(['The police force.'])).toBe(0);
  });

  it('keeps the candidates holding most of the words, more first, and lets words go when fewer than ten hold most', () => {
    const units = unitsOf('lantern ferry budget ');
    const three = candidate('three', 'The lantern ferry budget.');
    const two = candidate('two', 'The lantern ferry.');
    const one = candidate('one', 'The lantern.');
    const few = rankMostWords(units, [one, two, three], matcherOf(units), statistics);
    expect(few.ranked.map((entry) => entry.id)).toEqual(['three', 'two', 'one']);
    expect(few.floor).toBe(1);
    const many = [...Array.from({ length: 10 }, (_, n) => candidate(`two-${n}`, `Lantern ferry number ${n}.`)), one];
    const enough = rankMostWords(units, many, matcherOf(units), statistics);
    expect(enough.floor).toBe(2);
    expect(enough.ranked.map((entry) => entry.id)).not.toContain('one');
  });

  it('weighs as many completions of the word being typed as the embedded index tries, the most frequent in the candidates', () => {
    const [prefix] = unitsOf('pre');
    const matcher = matcherOf([prefix]);
    const rare = Array.from({ length: 30 }, (_, n) => `pre${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + Math.floor(n / 26))}x`);
    matcher.held([`${rare.join(' ')} prepared prepared`]);
    matcher.held(['prepared present present']);
    const [completions] = matcher.correctedWords();
    expect(completions).toHaveLength(DEFAULT_MAX_COMPLETIONS);
    expect(completions.slice(0, 2)).toEqual(['prepared', 'present']);
  });
});
