// The search service's steps, each run in-process on fake legs and a fake chunk store: running the legs, weighing,
// fusing and collapsing, counting facets, paging and mapping, and the whole search that reads further when
// collapsing leaves the page short.
import { silentLogger } from '../../../core/logger';
import type { Chunk } from '../../../core/types';
import type { KeywordHit, KeywordResult } from '../../../indexer/stores/keyword/types';
import { MAX_COPIES_LISTED, type ChunkCopy, type StoredChunk } from '../../../indexer/stores/store';
import type { SearchParams } from '../../../server/api-types';
import { PARAGRAPH_REACH, paragraphsForSummaries } from '../../../server/search/collapse';
import { countFacets } from '../../../server/search/facets';
import { fuseLegs, listResults, orderAndCollapse, type ChunkReader } from '../../../server/search/fused-list';
import { hybridSettings, type HybridSettings } from '../../../server/search/fusion-settings';
import { readPassages, searchMinutes, SUGGEST_BELOW_MATCHES, type SearchContext } from '../../../server/search';
import { EXACT_TOTAL_MATCHES, keywordMatches, runLegs, UNCOUNTED_FACETS, type LegResults, type SearchLegs } from '../../../server/search/legs';
import { pageResults } from '../../../server/search/results';
import type { SemanticSide } from '../../../server/search/semantic-leg';
import type { FusedCandidate } from '../../../server/search/fusion';
import { candidatesWorthFusing, hybridFusionFor, queryCoverage, saysTooLittle, withoutWordless } from '../../../server/search/weigh';

let nextSeq = 1;
function chunk(id: string, fields: Partial<Chunk> = {}): StoredChunk {
  return {
    id,
    seq: nextSeq++,
    kind: 'paragraph',
    documentId: 'doc',
    meetingId: 'm1',
    itemId: `item-${id}`,
    text: `Members debated ${id} and its costs at length.`,
    body: 'Police and Crime Panel',
    date: '2023-05-17',
    year: 2023,
    meetingTitle: 'Panel meeting',
    itemNumber: '1',
    itemTitle: 'Item',
    paragraphIndex: 0,
    paragraphNumber: null,
    part: 0,
    speaker: null,
    isDecision: false,
    isTruncated: false,
    contentHash: id,
    duplicateOf: null,
    sourceFile: 'minutes.txt',
    sourceUrl: null,
    ...fields,
  };
}

function hit(id: string, coverage = 1): KeywordHit {
  return { id, score: 1, highlight: `<mark>${id}</mark>`, matchTerms: [id], coverage };
}

function keywordResult(ids: string[], total = ids.length): KeywordResult {
  return { hits: ids.map((id) => hit(id)), total, facets: { body: { 'from the index': total }, year: {}, speaker: {} } };
}

function semanticSide(entries: Array<[string, number]>, chunks: StoredChunk[] = []): SemanticSide {
  return { candidates: entries.map(([id, similarity]) => ({ id, similarity })), chunks: new Map(chunks.map((found) => [found.id, found])) };
}

function chunkReader(chunks: StoredChunk[], copies: Record<string, ChunkCopy[]> = {}): ChunkReader {
  const byId = new Map(chunks.map((found) => [found.id, found]));
  return {
    getChunks: (ids) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    copiesOf: (page) => new Map(page.flatMap((found) => (copies[found.id] ? [[found.id, { listed: copies[found.id], total: copies[found.id].length }]] : []))),
    decisionsOfItems: (itemIds) => chunks.filter((found) => found.isDecision && itemIds.includes(found.itemId)),
  };
}

const params = (fields: Partial<SearchParams> = {}): SearchParams => ({ q: 'precept', mode: 'hybrid', sort: 'relevance', limit: 10, offset: 0, filters: {}, ...fields });

const settings: HybridSettings = { rrfK: 5, semanticRatio: 0.7, shapeWeights: null, fuseByScore: [], keywordCoverageTrust: 0, minSimilarity: 0.2, minStandout: null, closeSimilarity: 0.3 };

function fakeLegs(keyword: SearchLegs['keyword'], semantic: SearchLegs['semantic']): SearchLegs {
  return { keyword, semantic };
}

describe('runLegs', () => {
  it('starts both legs before either has answered', async () => {
    const started: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const legs = fakeLegs(
      async () => {
        started.push('keyword');
        await gate;
        return keywordResult(['a']);
      },
      async () => {
        started.push('semantic');
        await gate;
        return semanticSide([['b', 0.5]]);
      },
    );
    const running = runLegs(legs, params(), 200, silentLogger);
    const startedTogether = [...started].sort();
    release();
    expect((await running).servedMode).toBe('hybrid');
    expect(startedTogether).toEqual(['keyword', 'semantic']);
  });

  it('serves keyword results and says so when the semantic leg fails in hybrid mode', async () => {
    const found = await runLegs(
      fakeLegs(async () => keywordResult(['a']), async () => Promise.reject(new Error('model folder /srv/models missing'))),
      params(),
      200,
      silentLogger,
    );
    expect(found.servedMode).toBe('keyword');
    expect(found.keyword?.hits.map((found) => found.id)).toEqual(['a']);
    expect(found.degraded).toMatch(/semantic search unavailable/);
    expect(found.degraded).not.toMatch(/srv/);
  });

  it('falls back to keyword search when semantic mode fails', async () => {
    const found = await runLegs(fakeLegs(async () => keywordResult(['a']), async () => Promise.reject(new Error('no model'))), params({ mode: 'semantic' }), 200, silentLogger);
    expect([found.servedMode, found.keyword?.hits.length]).toEqual(['keyword', 1]);
  });

  it('serves the semantic leg alone when the keyword leg fails in hybrid mode', async () => {
    const found = await runLegs(fakeLegs(async () => Promise.reject(new Error('fts down')), async () => semanticSide([['b', 0.5]])), params(), 200, silentLogger);
    expect([found.servedMode, found.keyword, found.degraded]).toEqual(['semantic', null, 'keyword search unavailable; showing results by meaning only']);
  });

  it('answers a keyword search by meaning when its keyword leg fails, and fails it when the meaning leg fails too', async () => {
    const byMeaning = await runLegs(fakeLegs(async () => Promise.reject(new Error('fts down')), async () => semanticSide([['a', 0.5]])), params({ mode: 'keyword' }), 200, silentLogger);
    expect(byMeaning).toMatchObject({ keyword: null, servedMode: 'semantic', degraded: 'keyword search unavailable; showing results by meaning only' });
    await expect(
      runLegs(fakeLegs(async () => Promise.reject(new Error('fts down')), async () => Promise.reject(new Error('no model'))), params({ mode: 'keyword' }), 200, silentLogger),
    ).rejects.toThrow('fts down');
  });

  it.each(['-budget', '"', '...', '!!! ?'])('does not embed %s, a query of -words alone or of marks with no word', async (q) => {
    const semantic = jest.fn(async () => semanticSide([['a', 0.3]]));
    const found = await runLegs(fakeLegs(async () => keywordResult([]), semantic), params({ q }), 200, silentLogger);
    expect([semantic.mock.calls.length, found.semantic]).toEqual([0, null]);
  });
});

describe('keywordMatches', () => {
  it('reads every match when there are more than the window but few enough to count exactly', async () => {
    const limits: number[] = [];
    const legs = { keyword: async (_: SearchParams, limit: number) => (limits.push(limit), keywordResult(['a'], 300)) };
    await keywordMatches(legs, params(), 200);
    expect(limits).toEqual([200, 300]);
  });

  it('reads only the window when the matches are too many to count', async () => {
    const limits: number[] = [];
    const legs = { keyword: async (_: SearchParams, limit: number) => (limits.push(limit), keywordResult(['a'], EXACT_TOTAL_MATCHES + 1)) };
    await keywordMatches(legs, params(), 200);
    expect(limits).toEqual([200]);
  });
});

describe('weighing', () => {
  it('drops semantic-only candidates below the minimum similarity but keeps those keyword search found too', () => {
    const kept = candidatesWorthFusing(
      [
        { id: 'both', similarity: 0.1 },
        { id: 'close', similarity: 0.4 },
        { id: 'far', similarity: 0.1 },
      ],
      new Set(['both']),
      settings,
      true,
    );
    expect(kept.map((candidate) => candidate.id)).toEqual(['both', 'close']);
  });

  it('keeps every candidate in semantic mode', () => {
    expect(candidatesWorthFusing([{ id: 'far', similarity: 0.01 }], new Set(), settings, false)).toHaveLength(1);
  });

  it('weighs by the query shape when the model was measured that way, reading the best hit only then', () => {
    const shaped = { ...settings, shapeWeights: { exact: 0.2, corrected: 0, phrase: 0.5, partial: 0.7 }, fuseByScore: ['phrase' as const] };
    const bestHit = jest.fn(() => 'The precept for next year was agreed.');
    expect(hybridFusionFor('precept', 1, bestHit, shaped)).toEqual({ weight: 0.2, byScore: false, shape: 'exact' });
    expect(hybridFusionFor('precept', 0.5, bestHit, settings)).toEqual({ weight: 0.7, byScore: false, shape: null });
    expect(bestHit).toHaveBeenCalledTimes(1);
    expect(hybridFusionFor('precept for next year', 1, bestHit, shaped)).toEqual({ weight: 0.5, byScore: true, shape: 'phrase' });
  });

  it('weighs a query asking what was decided no more than one naming something, for the model measured by shape', () => {
    const shaped = { ...settings, shapeWeights: { exact: 0.4, corrected: 0.2, phrase: 0.5, partial: 0.7 } };
    const bestHit = () => 'Members debated the rise in parking charges.';
    expect(hybridFusionFor('did the committee approve the rise in parking charges?', 0.5, bestHit, shaped).weight).toBe(0.4);
    expect(hybridFusionFor('was the parking tariff signed off', 0.5, bestHit, shaped).weight).toBe(0.4);
    expect(hybridFusionFor('what did members say about parking charges?', 0.5, bestHit, shaped).weight).toBe(0.7);
    // A shape already weighed lower keeps its weight; a model not measured by shape is weighed as before.
    expect(hybridFusionFor('parking charges approved', 1, () => 'The parking fees were approved.', shaped).weight).toBe(0.2);
    expect(hybridFusionFor('did the committee approve the rise in parking charges?', 0.5, bestHit, settings).weight).toBe(0.7);
  });

  it('drops a passage that says too little of its own when only meaning found it, keeping the others’ ranks', () => {
    const passages = new Map([
      ['heading', { text: 'Coming Soon…', isDecision: false }],
      ['resolved', { text: 'RESOLVED:', isDecision: true }],
      ['noted', { text: 'RESOLVED to note the decision.', isDecision: true }],
      ['refuge', { text: 'The Dartford Refuge was consistently full.', isDecision: false }],
      ['lead-in', { text: 'RESOLVED:', isDecision: true }],
    ]);
    const candidate = (id: string, keywordRank: number | null, semanticRank: number): FusedCandidate => ({ id, score: 1 / semanticRank, keywordRank, semanticRank, similarity: 0.5 });
    const fused = [candidate('heading', null, 1), candidate('resolved', 3, 2), candidate('noted', null, 3), candidate('refuge', null, 4), candidate('lead-in', null, 5)];
    const read = jest.fn((ids: string[]) => new Map(ids.map((id) => [id, passages.get(id)!])));
    expect(withoutWordless(fused, read).map((kept) => [kept.id, kept.semanticRank])).toEqual([
      ['resolved', 2],
      ['noted', 3],
      ['refuge', 4],
    ]);
    // Only the candidates keyword search did not find are read.
    expect(read).toHaveBeenCalledWith(['heading', 'noted', 'refuge', 'lead-in']);
  });

  it('counts content words, not words, and lets a decision stand for its item with fewer', () => {
    expect(saysTooLittle({ text: 'There were no declarations of interest.', isDecision: false })).toBe(true);
    expect(saysTooLittle({ text: 'The Dartford Refuge was consistently full.', isDecision: false })).toBe(false);
    expect(saysTooLittle({ text: 'RESOLVED to note the decision.', isDecision: true })).toBe(false);
    expect(saysTooLittle({ text: 'RESOLVED:', isDecision: true })).toBe(true);
  });

  it('counts the words no chunk holds as missed, so a question in words the minutes never use is weighed by meaning', () => {
    const matching = { strategy: 'most' as const, words: ['crime', 'countryside'], minimum: 1, ignored: ['against', 'farmers'], unknown: ['farmers'] };
    expect(queryCoverage(1, matching)).toBeCloseTo(2 / 3);
    expect(queryCoverage(1, { ...matching, unknown: undefined })).toBe(1);
    // Words that frame a question say nothing of its topic, held or not.
    expect(queryCoverage(1, { ...matching, unknown: ['whether'] })).toBe(1);
    const shaped = { ...settings, shapeWeights: { exact: 0.2, corrected: 0.1, phrase: 0.5, partial: 0.7 }, fuseByScore: [] };
    const bestHit = () => 'Rural crime in the countryside was rising.';
    expect(hybridFusionFor('crime against farmers in the countryside', queryCoverage(1, matching), bestHit, shaped).weight).toBe(0.7);
  });
});

describe('fusing and collapsing', () => {
  const chunks = [chunk('a', { date: '2021-01-01' }), chunk('b', { date: '2023-01-01' }), chunk('copy', { date: '2021-01-01', duplicateOf: 'a', meetingId: 'm2' })];
  const found = (fields: Partial<LegResults> = {}): LegResults => ({
    keyword: keywordResult(['a', 'copy']),
    semantic: semanticSide([
      ['b', 0.6],
      ['a', 0.5],
    ]),
    servedMode: 'hybrid',
    degraded: null,
    ...fields,
  });

  it('fuses both rankings, recording each candidate’s rank on both legs and the hybrid weight', () => {
    const fused = fuseLegs(params(), found({ keyword: keywordResult(['a', 'copy'], 50) }), settings, chunkReader(chunks));
    expect(fused.fused.map((candidate) => [candidate.id, candidate.keywordRank, candidate.semanticRank])).toEqual([
      ['a', 1, 2],
      ['b', null, 1],
      ['copy', 2, null],
    ]);
    expect(fused.hybridWeight).toBe(0.7);
    expect(fused.semanticOnly.map((candidate) => candidate.id)).toEqual(['b']);
  });

  it('keeps the few keyword matches of a rare term above every semantic-only candidate', () => {
    const fused = fuseLegs(params(), found(), settings, chunkReader(chunks));
    expect(fused.fused.map((candidate) => candidate.id)).toEqual(['a', 'copy', 'b']);
  });

  it('keeps the keyword index’s own order in keyword mode', () => {
    const fused = fuseLegs(params({ mode: 'keyword' }), found({ semantic: null, servedMode: 'keyword' }), settings, chunkReader(chunks));
    expect([fused.fused.map((candidate) => candidate.id), fused.hybridWeight]).toEqual([['a', 'copy'], null]);
  });

  it('puts the passages of a person the query names first, within the period it names first', () => {
    const spoken = [
      chunk('answer-2017', { date: '2017-07-20', speaker: 'The Commissioner' }),
      chunk('question-2023', { date: '2023-10-17', speaker: 'Cllr Richard Palmer' }),
      chunk('question-2017', { date: '2017-07-20', speaker: 'Cllr Richard Palmer' }),
    ];
    const fused = fuseLegs(params({ mode: 'semantic' }), found({ keyword: null, semantic: semanticSide(spoken.map((found, rank) => [found.id, 0.6 - rank / 10])), servedMode: 'semantic' }), settings, chunkReader(spoken));
    const ordered = (q: string) => orderAndCollapse(params({ q, mode: 'semantic' }), fused.fused, chunkReader(spoken)).kept.map((found) => found.id);
    expect(ordered('what did Cllr Palmer ask?')).toEqual(['question-2023', 'question-2017', 'answer-2017']);
    expect(ordered('what did Cllr Palmer ask in July 2017?')).toEqual(['question-2017', 'answer-2017', 'question-2023']);
  });

  it('puts first only the passages of the named period that hold the words or are close in meaning', () => {
    const held = [
      chunk('july-workshops', { date: '2017-07-26', text: 'Three workshops had been held in March 2017 to address human trafficking.' }),
      chunk('march-cadets', { date: '2017-03-28', text: 'The cadet scheme would have twelve units across the county.' }),
    ];
    const legs = found({ keyword: keywordResult(['july-workshops']), semantic: semanticSide([['march-cadets', 0.22]]) });
    const list = listResults(params({ q: 'human trafficking workshops March 2017' }), legs, settings, chunkReader(held));
    expect(list.kept.map((found) => found.id)).toEqual(['july-workshops', 'march-cadets']);
  });

  it('puts after the first passage of each item the words were found in that item’s decisions holding the words counted, when the query asks what was decided', () => {
    const held = [
      chunk('debate', { itemId: 'parking', text: 'Members debated the proposed rise in parking charges for the town car parks.' }),
      chunk('other-debate', { itemId: 'lighting', text: 'Members asked when the new street lamps would be fitted.' }),
      chunk('tariff', { itemId: 'parking', isDecision: true, text: 'RESOLVED that the revised parking tariff be approved.' }),
      chunk('questions', { itemId: 'parking', isDecision: true, text: 'RESOLVED that the responses to questions be noted.' }),
      chunk('lamps', { itemId: 'lighting', isDecision: true, text: 'RESOLVED that the lamp contract be approved.' }),
    ];
    const matching = { strategy: 'most' as const, words: ['parking', 'charges', 'approve'], minimum: 1, ignored: ['did', 'the', 'committee'] };
    const legs = found({ keyword: { ...keywordResult(['debate']), matching }, semantic: semanticSide([['other-debate', 0.5]]) });
    const kept = (q: string) => listResults(params({ q }), legs, settings, chunkReader(held)).kept.map((passage) => passage.id);
    // The lighting item was found by meaning alone, and the decision on questions holds none of the words.
    expect(kept('did the committee approve the parking charges?')).toEqual(['debate', 'tariff', 'other-debate']);
    expect(kept('was the rise in parking charges signed off')).toEqual(['debate', 'tariff', 'other-debate']);
    expect(kept('parking charges')).toEqual(['debate', 'other-debate']);
    expect(kept('parking charges signed by the chairman')).toEqual(['debate', 'other-debate']);
  });

  it('orders by date when asked, the passages holding the words before those found by meaning alone, and folds a copy into its original', () => {
    const fused = fuseLegs(params({ sort: 'newest' }), found(), settings, chunkReader(chunks));
    // 'b' (2023) is newer but found by meaning alone; 'a' (2021) holds the words.
    const { kept, copies } = orderAndCollapse(params({ sort: 'newest' }), fused.fused, chunkReader(chunks));
    expect(kept.map((found) => found.id)).toEqual(['a', 'b']);
    expect(copies.get('a')?.map((found) => found.id)).toEqual(['copy']);
    // Oldest first, likewise; and by meaning alone, by date only.
    expect(orderAndCollapse(params({ sort: 'oldest' }), fused.fused, chunkReader(chunks)).kept.map((found) => found.id)).toEqual(['a', 'b']);
    const bySemantic = fuseLegs(params({ mode: 'semantic', sort: 'newest' }), found({ keyword: null, servedMode: 'semantic' }), settings, chunkReader(chunks));
    expect(orderAndCollapse(params({ mode: 'semantic', sort: 'newest' }), bySemantic.fused, chunkReader(chunks)).kept.map((found) => found.id)).toEqual(['b', 'a']);
  });

  it('leaves out a heading found only by meaning, from the list and from the semantic-only results the facets count', () => {
    const heading = chunk('heading', { text: 'Strategic Development' });
    const fused = fuseLegs(params(), found({ semantic: semanticSide([['heading', 0.9], ['b', 0.6], ['a', 0.5]]) }), settings, chunkReader([...chunks, heading]));
    expect(fused.fused.map((candidate) => candidate.id)).toEqual(['a', 'copy', 'b']);
    expect(fused.semanticOnly.map((candidate) => candidate.id)).toEqual(['b']);
  });

  it('gives a summary found by its paragraphs\' words the place of its own paragraph ranked within a page below it', () => {
    const item = { itemId: 'questions', itemTitle: 'Questions to the Commissioner' };
    const asked = [
      chunk('summary', { ...item, kind: 'item', text: 'Questions to the Commissioner. A councillor asked how the force keeps experienced officers.' }),
      chunk('other', { text: 'The Panel noted the recruitment figures for the year.' }),
      chunk('answer', { ...item, text: 'The Commissioner said keeping experienced officers mattered to every force.' }),
    ];
    const fused = fuseLegs(params({ mode: 'semantic' }), found({ keyword: null, semantic: semanticSide(asked.map((found, rank) => [found.id, 0.6 - rank / 10])), servedMode: 'semantic' }), settings, chunkReader(asked));
    const kept = (q: string) => orderAndCollapse(params({ q, mode: 'semantic' }), fused.fused, chunkReader(asked)).kept.map((found) => found.id);
    expect(kept('keeping experienced officers')).toEqual(['answer', 'other']);
    // A summary whose title holds the query's words names the item asked for, and stays above its paragraph.
    expect(kept('questions to the commissioner')).toEqual(['summary', 'other', 'answer']);
  });

  it('keeps a summary whose own paragraphs rank more than a page below it', () => {
    const summary = chunk('summary', { kind: 'item', itemId: 'long', itemTitle: 'Annual report', text: 'Annual report. The year in figures.' });
    const between = Array.from({ length: PARAGRAPH_REACH }, (_, index) => chunk(`between-${index}`));
    const own = chunk('own', { itemId: 'long', text: 'The figures for the year were set out.' });
    expect(paragraphsForSummaries([summary, ...between, own], () => false).map((found) => found.id)).toEqual([summary, ...between, own].map((found) => found.id));
  });

  it('keeps the passage holding every word of a longer query on the first page for the model measured by shape', () => {
    // "most of what the police deal with is not crime": one passage holds deal, police and crime; the model, knowing
    // nothing of it, ranks ten others about the police and crime closer.
    const measured = hybridSettings({ rrfK: undefined, semanticRatio: undefined }, 'Xenova/all-MiniLM-L6-v2');
    const words = chunk('dealt', { text: 'Police are asked to deal with much besides: only 1 in 5 issues dealt with relate to crime.' });
    const meaning = Array.from({ length: 10 }, (_, rank) => chunk(`meaning-${rank}`));
    const legs = found({
      keyword: { ...keywordResult(['dealt', 'weaker']), hits: [{ ...hit('dealt'), score: 9 }, { ...hit('weaker', 2 / 3), score: 3 }] },
      semantic: semanticSide(meaning.map((passage, rank) => [passage.id, 0.55 - rank * 0.03])),
    });
    const fused = fuseLegs(params({ q: 'most police deal with not crime' }), legs, measured, chunkReader([words, ...meaning]));
    expect(fused.fused.slice(0, 3).map((candidate) => candidate.id)).toContain('dealt');
  });

  it('puts the few passages holding every word of a query naming something first, for the model measured by shape', () => {
    const measured = hybridSettings({ rrfK: undefined, semanticRatio: undefined }, 'Xenova/all-MiniLM-L6-v2');
    const named = chunk('named', { text: 'The Commissioner noted the low response to the consultation from BME respondents.' });
    const partly = ['partly-1', 'partly-2'].map((id) => chunk(id, { text: `The consultation drew many responses (${id}).` }));
    const legs = found({
      keyword: { ...keywordResult([]), hits: [hit('named'), hit('partly-1', 2 / 3), hit('partly-2', 2 / 3)], total: 3 },
      semantic: semanticSide([['partly-1', 0.6], ['partly-2', 0.58], ['named', 0.21]]),
    });
    const fused = fuseLegs(params({ q: 'BME consultation responses' }), legs, measured, chunkReader([named, ...partly]));
    expect(fused.fused.map((candidate) => candidate.id)).toEqual(['named', 'partly-1', 'partly-2']);
  });

  it('drops candidates whose chunks are gone from the store', () => {
    const list = listResults(params(), found(), settings, chunkReader(chunks.filter((found) => found.id !== 'b')));
    expect(list.kept.map((found) => found.id)).toEqual(['a']);
  });
});

describe('countFacets', () => {
  const kept = [chunk('a', { speaker: 'The Chair' }), chunk('b', { year: 2022 })];

  it('counts the kept results exactly when every keyword match was read', () => {
    const { facets, total, estimated } = countFacets(kept, { keyword: keywordResult(['a', 'b']), semantic: null }, []);
    expect([total, estimated]).toEqual([2, false]);
    expect(facets).toEqual({ body: { 'Police and Crime Panel': 2 }, year: { 2022: 1, 2023: 1 }, speaker: { 'The Chair': 1 } });
  });

  it('adds the unread keyword matches to the total, says it is an estimate, and adds the semantic-only results to the index’s facets', () => {
    const semanticOnly = chunk('s', { body: 'Cabinet' });
    const { facets, total, estimated } = countFacets(kept, { keyword: keywordResult(['a', 'b'], 5000), semantic: semanticSide([['s', 0.5]], [semanticOnly]) }, [{ id: 's', similarity: 0.5 }]);
    expect([total, estimated]).toEqual([2 + 5000 - 2, true]);
    expect(facets.body).toEqual({ 'from the index': 5000, Cabinet: 1 });
  });
});

describe('pageResults', () => {
  it('maps the requested page with the keyword highlight, else a snippet, and every copy once', () => {
    const a = chunk('a', { text: 'The precept rose by five per cent.' });
    const b = chunk('b', { text: 'Council tax for policing rose. Members asked about the precept.' });
    const copy = chunk('copy', { duplicateOf: 'a', meetingId: 'm2' });
    const candidate = (id: string) => ({ id, score: 0.1234567, keywordRank: id === 'a' ? 1 : null, semanticRank: 1, similarity: 0.51234 });
    const results = pageResults(
      { offset: 0, limit: 2 },
      { kept: [a, b], copies: new Map([['a', [copy]]]), candidateOf: new Map([['a', candidate('a')], ['b', candidate('b')]]), keywordHits: new Map([['a', hit('a')]]) },
      'precept',
      chunkReader([], { a: [{ id: 'copy', meetingId: 'm2', body: null, date: null, meetingTitle: 'x' }] }),
    );
    expect(results.map((result) => [result.id, result.highlight, result.score, result.similarity, result.ranks.keyword])).toEqual([
      ['a', '<mark>a</mark>', 0.123457, 0.5123, 1],
      ['b', 'Members asked about the <mark>precept</mark>.', 0.123457, 0.5123, null],
    ]);
    expect(results[0].alsoIn.map((also) => also.chunkId)).toEqual(['copy']);
  });
});

describe('searchMinutes', () => {
  it('reads further keyword matches when collapsing leaves the page short', async () => {
    // More matches than can be counted exactly, the first 200 all copies of one passage.
    const original = chunk('original');
    const copies = Array.from({ length: 200 }, (_, index) => chunk(`copy${index}`, { duplicateOf: 'original', meetingId: `m${index + 2}` }));
    const others = Array.from({ length: EXACT_TOTAL_MATCHES }, (_, index) => chunk(`other${index}`));
    const ranked = [...copies, original, ...others].map((found) => found.id);
    const limits: number[] = [];
    const context: SearchContext = {
      legs: fakeLegs(
        async (_, limit) => (limits.push(limit), keywordResult(ranked.slice(0, limit), ranked.length)),
        async () => semanticSide([]),
      ),
      chunks: chunkReader([original, ...copies, ...others]),
      settings,
      logger: silentLogger,
    };
    const response = await searchMinutes(context, params({ mode: 'keyword', limit: 3 }));
    expect(limits).toEqual([200, 400]);
    expect(response.results.map((result) => result.id)).toEqual(['copy0', 'other0', 'other1']);
    // The first copies listed, all of them counted.
    expect(response.results[0].alsoIn).toHaveLength(MAX_COPIES_LISTED);
    expect(response.results[0].alsoInTotal).toBe(200);
    expect([response.total, response.totalIsEstimate, response.servedMode, response.semanticWeight]).toEqual([1 + EXACT_TOTAL_MATCHES, true, 'keyword', null]);
  });

  it('offers the keyword index\'s spelling suggestion only when keyword search found fewer than SUGGEST_BELOW_MATCHES', async () => {
    const found = ['a', 'b', 'c', 'd'].map((id) => chunk(id));
    const searchWith = (matches: number) => {
      const matching = { strategy: 'most' as const, words: ['precpet'], minimum: 1, ignored: [], suggestion: 'precept' };
      const legs = fakeLegs(async () => ({ ...keywordResult(found.slice(0, matches).map((match) => match.id)), matching }), async () => semanticSide([['d', 0.9]]));
      return searchMinutes({ legs, chunks: chunkReader(found), settings, logger: silentLogger }, params({ q: 'precpet' }));
    };
    expect((await searchWith(0)).suggestion).toBe('precept');
    expect((await searchWith(SUGGEST_BELOW_MATCHES - 1)).suggestion).toBe('precept');
    expect((await searchWith(SUGGEST_BELOW_MATCHES)).suggestion).toBeNull();
  });
});

describe('readPassages', () => {
  it('reads every passage one window of candidates holds, past a page, counting no facets and listing no copies', async () => {
    const original = chunk('original');
    const copy = chunk('copy', { duplicateOf: 'original', meetingId: 'm2' });
    const others = Array.from({ length: 250 }, (_, index) => chunk(`other${index}`));
    const ranked = [original, copy, ...others].map((found) => found.id);
    const reads: Array<[number, unknown]> = [];
    const context: SearchContext = {
      legs: fakeLegs(
        async (_, limit, known) => (reads.push([limit, known]), keywordResult(ranked.slice(0, limit), EXACT_TOTAL_MATCHES + 1)),
        async () => semanticSide([['other240', 0.9]], [others[240]]),
      ),
      chunks: chunkReader([original, copy, ...others], { original: [copy] }),
      settings,
      logger: silentLogger,
    };
    const found = await readPassages(context, { q: 'precept', mode: 'hybrid', filters: { kind: 'paragraph' }, window: 200 });
    expect(reads).toEqual([[200, UNCOUNTED_FACETS]]);
    // 199 keyword matches once the copy is folded, and the semantic side's own find.
    expect(found.results).toHaveLength(200);
    expect(found.results.map((result) => result.id)).toContain('other240');
    // No copies listed, no snippet made: the page marks a passage's words itself, from the terms the keyword search marks.
    const kept = found.results.find((result) => result.id === 'original')!;
    expect(Object.keys(kept)).not.toContain('alsoIn');
    expect(Object.keys(kept)).not.toContain('highlight');
    expect(kept.byWords).toBe(true);
    expect(found.results.find((result) => result.id === 'other240')?.byWords).toBe(false);
    expect(found.marks).toEqual({ terms: ['original'], meaning: 'precept' });
    expect([found.more, found.servedMode, found.degraded]).toEqual([true, 'hybrid', null]);
  });
});
