import { parseQuery } from '../../indexer/stores/keyword/query-parser';
import { majorityOf, planQuery, relaxationLevels, toFtsMatchExpression } from '../../indexer/stores/keyword/query-plan';
import { createVocabulary } from '../../indexer/stores/keyword/vocabulary';

const clause = (terms: string[], extra: Partial<{ quoted: boolean; excluded: boolean; prefix: boolean }> = {}) => ({
  terms,
  quoted: false,
  excluded: false,
  prefix: false,
  ...extra,
});

describe('parseQuery', () => {
  it('splits words, lower-cases them and strips accents', () => {
    expect(parseQuery('Café Precept ').clauses).toEqual([clause(['cafe']), clause(['precept'])]);
  });

  it('marks the last word as a prefix only while it is being typed', () => {
    expect(parseQuery('victim supp').clauses.at(-1)).toEqual(clause(['supp'], { prefix: true }));
    expect(parseQuery('victim supp ').clauses.at(-1)).toEqual(clause(['supp']));
  });

  it('reads "quoted phrases", including curly quotes, as exact phrases', () => {
    expect(parseQuery('"force control room" budget ').clauses).toEqual([clause(['force', 'control', 'room'], { quoted: true }), clause(['budget'])]);
    expect(parseQuery('“safer streets”').clauses).toEqual([clause(['safer', 'streets'], { quoted: true })]);
  });

  it('reads a leading minus as exclusion, for words and phrases', () => {
    expect(parseQuery('police -budget -"control room" ').clauses).toEqual([
      clause(['police']),
      clause(['budget'], { excluded: true }),
      clause(['control', 'room'], { quoted: true, excluded: true }),
    ]);
  });

  it('keeps a hyphenated word as adjacent terms rather than an exclusion', () => {
    expect(parseQuery('anti-social ').clauses).toEqual([clause(['anti', 'social'])]);
  });

  it('ignores an unbalanced quote, lone minus and operator characters', () => {
    expect(parseQuery('"unbalanced words ').clauses).toEqual([clause(['unbalanced']), clause(['words'])]);
    expect(parseQuery('- * : ^ ( ) NEAR( ').clauses).toEqual([clause(['near'])]);
  });

  it('keeps at most 24 clauses of a very long query', () => {
    expect(parseQuery('word '.repeat(200)).clauses).toHaveLength(24);
  });
});

describe('planQuery and the FTS5 expression', () => {
  const vocabulary = createVocabulary([
    ['emergency', 3],
    ['emergencies', 1],
    ['police', 10],
    ['policy', 2],
    ['survey', 1],
    ['surveillance', 2],
    ['near', 1],
    ['x', 1],
    ['a', 1],
    ['b', 1],
  ]);

  it('quotes every term so user text can never become FTS5 syntax', () => {
    const plan = planQuery(parseQuery('police NEAR(x) "a:b" '), vocabulary);
    expect(toFtsMatchExpression(plan)).toBe('"near x" AND "a b" AND "police"');
  });

  it('corrects a word the index has never seen, but not one it has', () => {
    expect(planQuery(parseQuery('emergancy '), vocabulary).required[0].alternatives.map((a) => a.terms[0])).toEqual(['emergancy', 'emergency']);
    expect(planQuery(parseQuery('police '), vocabulary).required[0].alternatives).toEqual([{ terms: ['police'] }]);
  });

  it('completes the last word from the vocabulary, most common first', () => {
    const plan = planQuery(parseQuery('surv'), vocabulary);
    expect(plan.required[0].alternatives.map((a) => a.terms[0])).toEqual(['surv', 'surveillance', 'survey']);
  });

  it('adds the long form of an acronym and the acronym of a long form', () => {
    expect(toFtsMatchExpression(planQuery(parseQuery('FCR '), vocabulary))).toBe('("fcr" OR "force control room")');
    expect(toFtsMatchExpression(planQuery(parseQuery('force control room '), vocabulary))).toBe('("force control room" OR "fcr")');
  });

  it('does not expand a quoted phrase', () => {
    expect(toFtsMatchExpression(planQuery(parseQuery('"force control room"'), vocabulary))).toBe('"force control room"');
  });

  it('subtracts excluded words and has no expression without a required word', () => {
    expect(toFtsMatchExpression(planQuery(parseQuery('police -policy '), vocabulary))).toBe('("police") NOT "policy"');
    expect(toFtsMatchExpression(planQuery(parseQuery('-policy '), vocabulary))).toBeNull();
  });
});

describe('stop words and relaxation levels', () => {
  const vocabulary = createVocabulary([
    ['commissioner', 5],
    ['cctv', 2],
    ['funding', 4],
    ['the', 50],
  ]);

  it('drops stop words from an unquoted question but keeps them in a quoted phrase', () => {
    const plan = planQuery(parseQuery('what did the Commissioner say about "the CCTV" funding?'), vocabulary);
    expect(plan.required.map((requirement) => requirement.alternatives[0].terms.join(' '))).toEqual(['the cctv', 'funding', 'commissioner']);
  });

  it('searches a query made only of stop words as one phrase', () => {
    const plan = planQuery(parseQuery('to be or not to be'), vocabulary);
    expect(toFtsMatchExpression(plan)).toBe('"to be or not to be"');
    expect(plan.matching).toEqual({ strategy: 'phrase', words: ['to be or not to be'], minimum: 1, ignored: [] });
  });

  it('counts the words the index holds, rarest first, and reports the stop words and the words let go', () => {
    const plan = planQuery(parseQuery('what did the Commissioner say about CCTV funding?'), vocabulary);
    expect(plan.matching).toEqual({ strategy: 'most', words: ['cctv', 'funding', 'commissioner'], minimum: 2, ignored: ['what', 'did', 'the', 'say', 'about'] });
  });

  it('reads a query as a question when it ends with "?" or opens with an interrogative', () => {
    expect(parseQuery('how many PCSOs are there').question).toBe(true);
    expect(parseQuery('did the panel approve the precept').question).toBe(true);
    expect(parseQuery('CCTV funding?').question).toBe(true);
    expect(parseQuery('CCTV funding').question).toBe(false);
    expect(parseQuery('"how many" cadets').question).toBe(false);
  });

  it('lets go of the words that frame a question, but keeps them in a query that is not one', () => {
    const question = planQuery(parseQuery('how many cadets did the panel say there were?'), createVocabulary([['cadets', 3], ['many', 9], ['panel', 40]]));
    expect(question.matching.words).toEqual(['cadets']);
    expect(question.matching.ignored).toEqual(expect.arrayContaining(['many', 'panel', 'say']));
    expect(planQuery(parseQuery('panel cadets '), createVocabulary([['cadets', 3], ['panel', 40]])).matching.words).toEqual(['cadets', 'panel']);
  });

  it('relaxes level by level from every word down to most of them, writing "at least m of the words" as OR-ed groups of m', () => {
    const plan = planQuery(parseQuery('commissioner cctv funding '), vocabulary);
    expect(relaxationLevels(plan)).toEqual([3, 2]);
    const cctv = '("cctv" OR "closed circuit television")';
    expect(toFtsMatchExpression(plan)).toBe(`${cctv} AND "funding" AND "commissioner"`);
    expect(toFtsMatchExpression(plan, 2)).toBe(`(${cctv} AND "funding") OR (${cctv} AND "commissioner") OR ("funding" AND "commissioner")`);
  });

  it('counts at most the six rarest words of a long query, and needs more than half of them', () => {
    const long = planQuery(parseQuery('alpha bravo charlie delta echo foxtrot golf hotel '), createVocabulary(['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'].map((word, index) => [word, index + 1])));
    expect(long.matching.words).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot']);
    expect(long.matching.ignored).toEqual(['golf', 'hotel']);
    expect(relaxationLevels(long)).toEqual([6, 5, 4]);
    expect([1, 2, 3, 4, 5, 6].map(majorityOf)).toEqual([1, 2, 2, 3, 3, 4]);
  });
});
