// The Meilisearch backend's requests, built without a server: filters, the query as stems, the words that count.
import { buildMeilisearchFilter, countedUnits, filterString, meilisearchQueryParts, toMeilisearchQuery } from '../../indexer/stores/keyword/meilisearch';
import type { QueryUnit } from '../../indexer/stores/keyword/meilisearch-ranking';
import { parseQuery } from '../../indexer/stores/keyword/query-parser';
import { createStemmer } from '../../indexer/stores/keyword/stemmer';

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

  it('keeps every word when no chunk holds any of them, and at most six', () => {
    const parts = meilisearchQueryParts(parseQuery('alpha bravo charlie delta echoes foxtrot golf '), stemmer.stem);
    expect(countedUnits(parts.units, () => 0).counted).toHaveLength(6);
  });
});
