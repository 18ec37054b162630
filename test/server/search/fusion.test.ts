import type { KeywordMatching } from '../../../core/search-types';
import { completeMatchesFirst, fuseRankings, fuseScores, type FusedCandidate, type SemanticCandidate } from '../../../server/search/fusion';
import { queryShape, rarestWordAsTyped, semanticWeight, standsOut } from '../../../server/search/weigh';

const candidates = (similarities: number[]): SemanticCandidate[] => similarities.map((similarity, index) => ({ id: `s${index}`, similarity }));

describe('semanticWeight', () => {
  it('keeps the full ratio for a model trusted regardless of keyword coverage', () => {
    expect(semanticWeight(0.5, 0, 1)).toBe(0.5);
  });

  it('withdraws the weight in proportion to the query words keyword search found', () => {
    expect(semanticWeight(0.4, 1, 0)).toBeCloseTo(0.4);
    expect(semanticWeight(0.4, 1, 0.5)).toBeCloseTo(0.2);
    expect(semanticWeight(0.4, 1, 1)).toBe(0);
    expect(semanticWeight(0.4, 0.5, 1)).toBeCloseTo(0.2);
  });

  it('clamps coverage to 0..1', () => {
    expect(semanticWeight(0.4, 1, 3)).toBe(0);
    expect(semanticWeight(0.4, 1, -1)).toBeCloseTo(0.4);
  });
});

describe('standsOut', () => {
  const flatBandWithTwoOutliers = candidates([0.9, 0.85, ...Array.from({ length: 30 }, (_, index) => 0.5 + (index % 3) * 0.01)]);

  it('accepts only candidates far above the mean of the query’s similarities', () => {
    const test = standsOut(flatBandWithTwoOutliers, 1.5);
    expect(flatBandWithTwoOutliers.filter(test).map((candidate) => candidate.id)).toEqual(['s0', 's1']);
  });

  it('accepts everything without a threshold or with too few candidates to judge', () => {
    expect(flatBandWithTwoOutliers.every(standsOut(flatBandWithTwoOutliers, null))).toBe(true);
    const few = candidates([0.9, 0.2, 0.1]);
    expect(few.every(standsOut(few, 1.5))).toBe(true);
  });

  it('accepts nothing when every similarity is the same', () => {
    const same = candidates(Array.from({ length: 20 }, () => 0.5));
    expect(same.some(standsOut(same, 1))).toBe(false);
  });
});

describe('fuseRankings', () => {
  it('with no semantic weight keeps the keyword order and puts semantic-only candidates after it', () => {
    const fused = fuseRankings(['k1', 'k2', 'k3'], [{ id: 'k3', similarity: 0.9 }, { id: 's1', similarity: 0.8 }], { k: 60, semanticRatio: 0, keywordFirst: false });
    expect(fused.map((candidate) => candidate.id)).toEqual(['k1', 'k2', 'k3', 's1']);
    expect(fused[2]).toMatchObject({ keywordRank: 3, semanticRank: 1 });
  });

  it('lets a candidate both lists agree on rise above one only the keyword list holds', () => {
    const fused = fuseRankings(['k1', 'k2'], [{ id: 'k2', similarity: 0.9 }], { k: 60, semanticRatio: 0.4, keywordFirst: false });
    expect(fused.map((candidate) => candidate.id)).toEqual(['k2', 'k1']);
  });

  it('keeps every keyword hit above semantic-only candidates in keyword-first mode', () => {
    const fused = fuseRankings(['k1'], [{ id: 's1', similarity: 0.99 }], { k: 60, semanticRatio: 0.9, keywordFirst: true });
    expect(fused.map((candidate) => candidate.id)).toEqual(['k1', 's1']);
  });
});

describe('fuseScores', () => {
  const keyword = [
    { id: 'k1', score: 12 },
    { id: 'both', score: 10 },
    { id: 'k3', score: 2 },
  ];
  const semantic = [
    { id: 's1', similarity: 0.62 },
    { id: 'both', similarity: 0.6 },
    { id: 's3', similarity: 0.22 },
  ];

  it('adds each side\'s min-max scaled score at its weight, so a candidate both sides rate well wins', () => {
    const fused = fuseScores(keyword, semantic, 0.5);
    expect(fused.map((candidate) => candidate.id)).toEqual(['both', 'k1', 's1', 'k3', 's3']);
    const both = fused[0];
    expect(both.score).toBeCloseTo(0.5 * (8 / 10) + 0.5 * (0.38 / 0.4), 6);
    expect(both).toMatchObject({ keywordRank: 2, semanticRank: 2, similarity: 0.6 });
  });

  it('follows the heavier side: the keyword list at weight 0, the semantic list at weight 1', () => {
    // Each list's lowest scales to 0, as low as a candidate the side did not find.
    expect(fuseScores(keyword, semantic, 0).slice(0, 2).map((candidate) => candidate.id)).toEqual(['k1', 'both']);
    expect(fuseScores(keyword, semantic, 1).slice(0, 2).map((candidate) => candidate.id)).toEqual(['s1', 'both']);
  });

  it('copes with one-sided and single-candidate lists', () => {
    expect(fuseScores([], semantic, 0.8).map((candidate) => candidate.id)).toEqual(['s1', 'both', 's3']);
    expect(fuseScores([{ id: 'only', score: 3 }], [], 0.8)).toEqual([{ id: 'only', score: expect.closeTo(0.2, 6), keywordRank: 1, semanticRank: null, similarity: null }]);
  });

  it('rates a side\'s only match as that side\'s best, not its worst', () => {
    // The one passage holding every word of a name scales to 1 on the keyword side and keeps its place among the
    // semantic side's best, instead of sinking below candidates found by meaning alone.
    const fused = fuseScores([{ id: 'named', score: 7 }], semantic, 0.8);
    expect(fused.map((candidate) => candidate.id)).toEqual(['s1', 'both', 'named', 's3']);
    expect(fused.find((candidate) => candidate.id === 'named')?.score).toBeCloseTo(0.2, 6);
  });
});

describe('queryShape', () => {
  const cadets = 'The Commissioner explained that the plan was for 12 cadet units in total across Kent.';
  const asb = 'A Member asked why there was no mention of the dedicated Anti-Social Behaviour (ASB) unit.';
  it.each([
    ['a paraphrase keyword search found only part of', 'youth volunteering with the police', 0.67, cadets, 'partial'],
    ['a query keyword search found nothing for', 'capital of France', 0, null, 'partial'],
    ['a typo keyword search corrected', 'cadet unitz', 1, cadets, 'corrected'],
    ['a name of one or two words found as typed', 'cadet units', 1, cadets, 'exact'],
    ['an acronym among longer words', 'ASB unit mention', 1, asb, 'exact'],
    ['a hyphenated name counted as one word', 'anti-social behaviour', 1, asb, 'exact'],
    ['a longer description found as typed', 'plan for cadet units across Kent', 1, cadets, 'phrase'],
  ] as const)('reads %s', (_case, query, coverage, bestHitText, shape) => {
    expect(queryShape(query, coverage, bestHitText)).toBe(shape);
  });

  const question = 'Traveller Incursions and the Police Response (Brian Luker): why did Kent Police not enforce S61?';
  it.each([
    ['a question naming a person, whatever its coverage', 'what did Brian Luker ask about travellers', 0.67, question, 'luker', 'exact'],
    ['a name of two words opening the query', 'Brian Luker question', 1, question, 'brian', 'exact'],
    ['a capital that only begins a sentence', 'Travellers camping on the heath', 0.5, question, 'travellers', 'partial'],
    ['a common name that is not the rarest word', 'plan for cadet units across Kent', 1, cadets, 'cadet', 'phrase'],
    ['a name keyword search found nowhere', 'what did Brian Luker ask about travellers', 0, null, 'luker', 'partial'],
  ] as const)('reads %s by the rarest word keyword search counted', (_case, query, coverage, bestHitText, rarestWord, shape) => {
    expect(queryShape(query, coverage, bestHitText, rarestWord)).toBe(shape);
  });

  it('weighs a misspelt name keyword search had to correct as a typo, not as a name', () => {
    const seized = 'The Commissioner also outlined Operation Morris, which seized vehicles used in crime.';
    const misspelt: KeywordMatching = { strategy: 'most', words: ['moris', 'operaton'], minimum: 1, ignored: [], suggestion: 'operation morris' };
    expect(rarestWordAsTyped(misspelt)).toBeNull();
    expect(queryShape('Operaton Moris', 1, seized, rarestWordAsTyped(misspelt))).toBe('corrected');
    // Spelt right, or with only another word corrected, the name still counts.
    expect(rarestWordAsTyped({ ...misspelt, words: ['morris', 'operation'], suggestion: undefined })).toBe('morris');
    expect(rarestWordAsTyped({ ...misspelt, words: ['morris', 'operaton'], suggestion: 'operation morris' })).toBe('morris');
    expect(queryShape('Operation Morris', 1, seized, 'morris')).toBe('exact');
  });
});

describe('completeMatchesFirst', () => {
  const fused = ['two-words-liked', 'meaning-only', 'whole-name', 'two-words'].map(
    (id, index): FusedCandidate => ({ id, score: 1 - index / 10, keywordRank: null, semanticRank: index + 1, similarity: 0.5 }),
  );
  const hits = [
    { id: 'whole-name', coverage: 1 },
    { id: 'two-words-liked', coverage: 2 / 3 },
    { id: 'two-words', coverage: 2 / 3 },
  ];

  it('puts the few candidates holding every counted word first, each part in its own order', () => {
    expect(completeMatchesFirst(fused, hits, 10).map((candidate) => candidate.id)).toEqual(['whole-name', 'two-words-liked', 'meaning-only', 'two-words']);
  });

  it('leaves the order alone when more than the limit, or none, hold every word', () => {
    expect(completeMatchesFirst(fused, hits.map((hit) => ({ ...hit, coverage: 1 })), 2)).toEqual(fused);
    expect(completeMatchesFirst(fused, hits.slice(1), 10)).toEqual(fused);
  });
});
