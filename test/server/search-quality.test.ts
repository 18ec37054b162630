// Search and chat quality on a model that understands sentences (MEANING_MODEL, the one the fusion was measured on),
// over the real corpus, with one index shared by every test here. The fusion's promise on the labelled queries of
// `npm run eval`: at least as good as the better single ranking on every kind of query, better than both overall.
// A model that ignores meaning, plain rank fusion or keyword search alone fails these tests.
import type { Config } from '../../core/config';
import { silentLogger } from '../../core/logger';
import type { Stores } from '../../indexer/stores/open';
import { contentStems } from '../../core/text/stem';
import { answerConversation } from '../../server/conversation';
import { createSearchService, type SearchService } from '../../server/search';
import { loadAttributeTable } from '../../indexer/stores/vector/attribute-table';
import type { ChatMessage, SearchMode } from '../../server/api-types';
import { openIndexedCorpus } from '../helpers/corpus-stores';
import { testConfig } from '../helpers/environment';
import { evaluateQueries, FRESH_QUERIES_FILE, loadLabelledQueries, meanNdcg, MEANING_WITHOUT_SHARED_WORDS, type Evaluation } from '../helpers/search-evaluation';

const KINDS = ['keyword', 'paraphrase', 'acronym', 'typo', 'question', 'filtered', 'item'];
/** How far below the better single ranking fused search may fall on one kind of query. */
const TOLERANCE = 0.02;

// The fusion was measured on the embedded index's keyword ranking: its promise is judged there, whatever MEILI_URL says.
const config: Config = testConfig({ MEILI_URL: '' }, 'meaning');
let stores: Stores;
let search: SearchService;
let evaluation: Evaluation;

beforeAll(async () => {
  stores = await openIndexedCorpus(config);
  search = createSearchService({ stores, config, logger: silentLogger, loadAttributes: () => loadAttributeTable(stores.store) });
  evaluation = await evaluateQueries(search, loadLabelledQueries());
}, 240_000);

afterAll(async () => {
  await stores?.close();
});

const ndcg = (mode: SearchMode, kind: string) => meanNdcg(evaluation, mode, kind);

describe('hybrid search quality on the labelled queries (bench/eval-queries.json)', () => {
  it('has semantic search available, so hybrid really fuses two rankings', () => {
    expect(stores.semantic.available).toBe(true);
  });

  it('has a model that understands paraphrases far better than keyword search does', () => {
    expect(ndcg('semantic', 'paraphrase')).toBeGreaterThan(ndcg('keyword', 'paraphrase') + 0.1);
  });

  it('ranks better than either ranking alone over all queries', () => {
    expect(ndcg('hybrid', 'all')).toBeGreaterThan(ndcg('keyword', 'all'));
    expect(ndcg('hybrid', 'all')).toBeGreaterThan(ndcg('semantic', 'all'));
  });

  it.each(KINDS)('ranks %s queries at least as well as the better single ranking', (kind) => {
    expect(ndcg('hybrid', kind)).toBeGreaterThanOrEqual(Math.max(ndcg('keyword', kind), ndcg('semantic', kind)) - TOLERANCE);
  });
});

// The held-out queries were never used to tune anything: the fusion's promise must hold on queries it was not fitted to.
describe('hybrid search quality on the held-out queries (bench/eval-queries-fresh.json)', () => {
  it('ranks better than either ranking alone over all of them', async () => {
    const heldOut = await evaluateQueries(search, loadLabelledQueries(FRESH_QUERIES_FILE));
    expect(meanNdcg(heldOut, 'hybrid', 'all')).toBeGreaterThan(meanNdcg(heldOut, 'keyword', 'all'));
    expect(meanNdcg(heldOut, 'hybrid', 'all')).toBeGreaterThan(meanNdcg(heldOut, 'semantic', 'all'));
  }, 120_000);
});

describe('meaning without shared words', () => {
  it.each(MEANING_WITHOUT_SHARED_WORDS)('finds the paragraph for "%s" on the first page of hybrid results', async (query, label) => {
    const paragraph = stores.store.getChunks(stores.store.allChunkIds()).find((chunk) => chunk.kind === 'paragraph' && chunk.text.includes(label))!;
    const paragraphStems = contentStems(`${paragraph.itemTitle} ${paragraph.text}`);
    expect([...contentStems(query)].filter((stem) => paragraphStems.has(stem))).toEqual([]);

    const response = await search.search({ q: query, mode: 'hybrid', sort: 'relevance', limit: 10, offset: 0, filters: {} });
    expect(response.results.map((result) => result.id)).toContain(paragraph.id);
  });
});

describe('chat on questions the minutes cannot answer', () => {
  it.each([
    'What is the capital of France?',
    'What were the football scores at the weekend?',
    'What will the weather be like tomorrow?',
    // In the minutes' own field, near some passage in meaning or sharing a word, but never discussed.
    'What did the panel decide about bus lanes?',
    "What is the council's policy on bin collections?",
    'When is the Dartford summer carnival?',
    // "skate" is one letter from "state": a respelling nothing holding "state" answers is not taken.
    'When was the skate park discussed?',
  ])(
    'answers "%s" with no citations',
    async (question) => {
      const response = await answerConversation(
        { messages: [{ role: 'user', content: question }], filters: {} },
        { search, store: stores.store, config, logger: silentLogger },
      );
      expect(response.citations).toEqual([]);
      expect(response.answer).toMatch(/^I found nothing in the minutes about/);
    },
  );

  it('still answers, with the paragraph that answers it, a question the minutes do answer', async () => {
    const response = await answerConversation(
      { messages: [{ role: 'user', content: 'Who keeps the money from police fines?' }], filters: {} },
      { search, store: stores.store, config, logger: silentLogger },
    );
    expect(response.citations.some((citation) => citation.text.includes('HM Treasury collected all funds raised by fines'))).toBe(true);
  });

  it('quotes the speaker a follow-up asks about, found by a search of their own passages when the subject\'s first page holds none', async () => {
    const messages = [
      { role: 'user' as const, content: 'What was said about unauthorised encampments?' },
      { role: 'assistant' as const, content: 'An answer. [1]' },
      { role: 'user' as const, content: 'what did Councillor Hammock say?' },
    ];
    const response = await answerConversation({ messages, filters: {} }, { search, store: stores.store, config, logger: silentLogger });
    expect(response.citations[0].speaker).toBe('Councillor Hammock');
  });

  it('answers "did the Commissioner agree with Fay Gooch?" with the reply recorded after her question', async () => {
    const response = await answerConversation(
      { messages: [{ role: 'user', content: 'Did the Commissioner agree with Fay Gooch?' }], filters: {} },
      { search, store: stores.store, config, logger: silentLogger },
    );
    expect(response.answer).toMatch(/^The reply recorded at the Kent and Medway Police and Crime Panel meeting of 28 September 2017/);
    expect(response.citations[0].text).toContain('elements of the question that he agreed with');
  });

  it('names the Commissioner before Matthew Scott from a passage calling Ann Barnes the previous Commissioner, not the present one', async () => {
    const response = await answerConversation(
      { messages: [{ role: 'user', content: 'Who was the commissioner before Matthew Scott?' }], filters: {} },
      { search, store: stores.store, config, logger: silentLogger },
    );
    expect(response.answer).toMatch(/^The minutes name Ann Barnes as a previous commissioner \[1\]/);
    expect(response.citations[0].text).toContain('Ann Barnes');
  });

  it('answers from the minutes of any date when nothing dated in the year a question names answers it ("precept 2018")', async () => {
    const response = await answerConversation({ messages: [{ role: 'user', content: 'precept 2018' }], filters: {} }, { search, store: stores.store, config, logger: silentLogger });
    expect(response.answer).toMatch(/^Nothing from 2018 answers this; from the minutes of any date: /);
    expect(response.citations.some((citation) => /precept/i.test(citation.text))).toBe(true);
  });

  it('quotes no passage of the year a question names when none of them holds the thing asked about (2023 minutes say "police", never "precept")', async () => {
    const response = await answerConversation(
      { messages: [{ role: 'user', content: 'How much did the police precept go up in 2023?' }], filters: {} },
      { search, store: stores.store, config, logger: silentLogger },
    );
    expect(response.answer).toMatch(/^Nothing from 2023 answers this; from the minutes of any date: /);
    expect(response.citations.length).toBeGreaterThan(0);
    expect(response.citations.every((citation) => citation.meeting.date !== null && citation.meeting.date.startsWith('2023'))).toBe(false);
    expect(response.citations.some((citation) => /precept/i.test(citation.text))).toBe(true);
  });

  it('lets a framing word the filtered minutes never use ("bring" under a Dartford filter) ask nothing more of the passages', async () => {
    const response = await answerConversation(
      { messages: [{ role: 'user', content: 'Did the Dartford committee agree to bring in a crime data expert?' }], filters: {} },
      { search, store: stores.store, config, logger: silentLogger },
    );
    expect(response.answer).not.toMatch(/I found no recorded decision/);
    expect(response.citations[0].text).toContain('crime data expert be added to the Committee’s Work Plan');
  });

  it('reads a body the question names as its subject when nothing said at that body answers it', async () => {
    const response = await answerConversation(
      { messages: [{ role: 'user', content: 'Who represents Dartford on the Police and Crime Panel?' }], filters: {} },
      { search, store: stores.store, config, logger: silentLogger },
    );
    expect(response.answer).toMatch(/^Nothing said at the Kent and Medway Police and Crime Panel itself answers this/);
    expect(response.citations.some((citation) => citation.text.includes('Dartford’s representative on the Kent & Medway Police and Crime Panel'))).toBe(true);
  });

  it('quotes the one paragraph naming the whole topic, however far the model ranks a long paragraph on many subjects', async () => {
    const response = await answerConversation(
      { messages: [{ role: 'user', content: 'What is the Commissioner doing about knife crime?' }], filters: {} },
      { search, store: stores.store, config, logger: silentLogger },
    );
    expect(response.citations.some((citation) => /knife crime/.test(citation.text))).toBe(true);
    expect(response.answer).toMatch(/knife crime/);
  });
});

describe('chat on a speaker with no subject', () => {
  const ask = (question: string) => answerConversation({ messages: [{ role: 'user', content: question }], filters: {} }, { search, store: stores.store, config, logger: silentLogger });

  it('quotes what the speaker said, the most recent first, each citation theirs', async () => {
    const bolton = await ask('What did Mrs Bolton ask?');
    expect(bolton.answer).toMatch(/^1 passage of the minutes records what Elaine Bolton said; the most recent: At the Kent and Medway Police and Crime Panel on 20 July 2017/);
    expect(bolton.citations.map((citation) => citation.speaker)).toEqual(['Elaine Bolton']);
    const chiefOfStaff = await ask('What did the Chief of Staff say?');
    expect(chiefOfStaff.answer).toMatch(/records what the Chief of Staff said/);
    expect(chiefOfStaff.citations.length).toBeGreaterThan(0);
    expect(chiefOfStaff.citations.every((citation) => citation.speaker === 'The Chief of Staff')).toBe(true);
  });

  it('still asks for a subject when the question is not about what they said', async () => {
    const about = await ask('What about the Commissioner?');
    expect(about.citations).toEqual([]);
    expect(about.answer).toMatch(/name one too/);
  });

  it('answers who holds an office from the attendance lists, citing the meeting', async () => {
    const who = await ask('Who is the Commissioner?');
    expect(who.answer).toMatch(/record Mr M Scott as Kent Police and Crime Commissioner \[1\]/);
    expect(who.citations).toHaveLength(1);
    expect(who.interpreted.query).toBe('');
  });
});

describe('chat follow-ups over the corpus', () => {
  const converse = (messages: ChatMessage[]) => answerConversation({ messages, filters: {} }, { search, store: stores.store, config, logger: silentLogger });

  it('answers "tell me more" from passages on the same subject not quoted before', async () => {
    const first = await converse([{ role: 'user', content: 'What did the Commissioner say about CCTV?' }]);
    const more = await converse([{ role: 'user', content: 'What did the Commissioner say about CCTV?' }, { role: 'assistant', content: first.answer }, { role: 'user', content: 'tell me more' }]);
    expect(more.answer).toMatch(/^More from the minutes: /);
    expect(more.citations.length).toBeGreaterThan(0);
    const quotedBefore = new Set(first.citations.map((citation) => citation.chunkId));
    expect(more.citations.filter((citation) => quotedBefore.has(citation.chunkId))).toEqual([]);
    expect(more.citations.every((citation) => /CCTV/i.test(citation.text))).toBe(true);
  });

  it('says the minutes name no Chief Constable rather than asking for a subject', async () => {
    const who = await converse([{ role: 'user', content: 'Who is the Chief Constable?' }]);
    expect(who).toMatchObject({ answer: expect.stringMatching(/do not say who holds it/), citations: [] });
  });
});

// Issue #22: a deployment on Meilisearch must search as well as the laptop default, kind by kind.
const meiliConfig = process.env.MEILI_URL ? testConfig({}, 'meaning') : null;
if (!meiliConfig) console.warn('search quality: Meilisearch parity SKIPPED — MEILI_URL is not set (no server on this machine)');
const PARITY_TOLERANCE = 0.02;

(meiliConfig ? describe : describe.skip)('the Meilisearch backend against the embedded index on the labelled queries', () => {
  let meiliStores: Stores;
  let meiliEvaluation: Evaluation;

  beforeAll(async () => {
    meiliStores = await openIndexedCorpus(meiliConfig!);
    const meiliSearch = createSearchService({ stores: meiliStores, config: meiliConfig!, logger: silentLogger, loadAttributes: () => loadAttributeTable(meiliStores.store) });
    meiliEvaluation = await evaluateQueries(meiliSearch, loadLabelledQueries());
  }, 300_000);

  afterAll(async () => {
    await meiliStores?.close();
  });

  it('searches with Meilisearch', () => {
    expect(meiliStores.keyword.backend).toBe('meilisearch');
  });

  const cases = (['keyword', 'hybrid'] as const).flatMap((mode) => ['all', ...KINDS].map((kind): [SearchMode, string] => [mode, kind]));
  it.each(cases)('ranks %s search of %s queries within 0.02 of the embedded index', (mode, kind) => {
    expect(meanNdcg(meiliEvaluation, mode, kind)).toBeGreaterThanOrEqual(meanNdcg(evaluation, mode, kind) - PARITY_TOLERANCE);
  });
});
