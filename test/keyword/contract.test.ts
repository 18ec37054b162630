// One contract for every keyword backend: the embedded index always, Meilisearch when MEILI_URL is set.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../core/config';
import { createEmbeddedKeywordIndex } from '../../indexer/stores/keyword/sqlite-fts';
import type { KeywordIndex, KeywordQuery } from '../../indexer/stores/keyword/types';
import { DARTFORD, EVERY_CHUNK, PANEL, SWALE, fixtureChunks, makeChunk } from './fixtures';

interface Backend {
  name: 'embedded' | 'meilisearch';
  open: () => Promise<KeywordIndex>;
}

const config = loadConfig(process.env);
const temporaryFolders: string[] = [];

const backends: Backend[] = [
  {
    name: 'embedded',
    open: async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'keyword-contract-'));
      temporaryFolders.push(folder);
      return createEmbeddedKeywordIndex({ file: path.join(folder, 'keyword.sqlite') });
    },
  },
];
const meili = config.meili;
if (meili) {
  backends.push({
    name: 'meilisearch',
    open: async () => {
      // Required here so the embedded half runs even where the ES-module client cannot load.
      const { createMeilisearchKeywordIndex } = await import('../../indexer/stores/keyword/meilisearch');
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'keyword-contract-'));
      temporaryFolders.push(folder);
      return createMeilisearchKeywordIndex({ ...meili, index: `${meili.index}-contract-${process.pid}-${Date.now()}`, vocabularyFile: path.join(folder, 'words.sqlite') });
    },
  });
} else {
  console.warn('keyword contract: Meilisearch half SKIPPED — MEILI_URL is not set (no server on this machine)');
}

afterAll(() => {
  for (const folder of temporaryFolders) fs.rmSync(folder, { recursive: true, force: true });
});

describe.each(backends)('keyword index contract: $name', ({ open }) => {
  let index: KeywordIndex;
  const search = (text: string, extra: Partial<KeywordQuery> = {}) => index.search({ text, limit: 20, offset: 0, ...extra });
  const ids = async (text: string, extra: Partial<KeywordQuery> = {}) => (await search(text, extra)).hits.map((hit) => hit.id);

  beforeAll(async () => {
    index = await open();
    await index.upsert(fixtureChunks());
  });
  afterAll(async () => {
    await index.close();
  });

  it('finds a chunk by a word it contains, ranked above chunks matching only weakly', async () => {
    expect(await ids('precept ')).toEqual(['precept']);
  });

  it('finds the chunk holding every word of a multi-word query first', async () => {
    expect((await ids('emergency calls '))[0]).toBe('control-room');
  });

  it('searches a question by its content words, ignoring stop words such as "when", "were" and "the"', async () => {
    const found = await ids('when were the emergency calls answered?');
    expect(found[0]).toBe('control-room');
  });

  it('still returns the chunks matching the other words when one query word is in no chunk at all', async () => {
    expect(await ids('emergency xylophonic calls ')).toContain('control-room');
  });

  it('ranks the chunk holding both words of a two-word query first', async () => {
    expect((await ids('commissioner year '))[0]).toBe('precept');
  });

  it('returns the chunks holding most of the words, those holding more first, and reports the words that counted', async () => {
    // cadets holds two of the three words; precept and asb-acronym only "year". Too few chunks hold two of them for
    // a page, so chunks holding one follow, ranked after.
    const { hits, matching } = await search('cadets county year ');
    expect(hits[0]).toEqual(expect.objectContaining({ id: 'cadets', coverage: 2 / 3 }));
    expect(hits.slice(1).map((hit) => hit.coverage)).toEqual(hits.slice(1).map(() => 1 / 3));
    expect(hits.map((hit) => hit.id)).toEqual(expect.arrayContaining(['precept', 'asb-acronym']));
    expect(matching).toMatchObject({ strategy: 'most', minimum: 1, ignored: [] });
    expect([...(matching?.words ?? [])].sort()).toEqual(['cadets', 'county', 'year']);
  });

  it('keeps to the chunks holding most of the words when enough of them do, and lets words go only when too few do', async () => {
    const manyBoth = await open();
    try {
      const both = Array.from({ length: 12 }, (_, n) => makeChunk({ id: `both-${n}`, text: `The lantern budget for ward ${n} was agreed by the ferry committee.` }));
      const lanternOnly = Array.from({ length: 5 }, (_, n) => makeChunk({ id: `lantern-${n}`, text: `Lantern repairs in ward ${n} were noted.` }));
      await manyBoth.upsert([...both, ...lanternOnly]);
      const enough = await manyBoth.search({ text: 'lantern ferry', limit: 50, offset: 0 });
      expect(enough.hits.map((hit) => hit.id).sort()).toEqual(both.map((chunk) => chunk.id).sort());
      expect(enough.total).toBe(12);
      expect(enough.matching).toMatchObject({ minimum: 2 });

      await manyBoth.deleteChunks(both.slice(3).map((chunk) => chunk.id));
      const few = await manyBoth.search({ text: 'lantern ferry', limit: 50, offset: 0 });
      expect(few.hits.slice(0, 3).map((hit) => hit.id).sort()).toEqual(['both-0', 'both-1', 'both-2']);
      expect(few.hits.slice(3).map((hit) => hit.id).sort()).toEqual(lanternOnly.map((chunk) => chunk.id).sort());
      expect(few.total).toBe(8);
      expect(few.matching).toMatchObject({ minimum: 1 });
    } finally {
      await manyBoth.close();
    }
  });

  it('does not let stop words match on their own, and reports them as ignored', async () => {
    expect(await ids('the of and ')).toEqual([]);
    const question = await search('when were the emergency calls answered?');
    expect(question.hits.map((hit) => hit.id)).toEqual(['control-room']);
    expect([...(question.matching?.ignored ?? [])].sort()).toEqual(['the', 'were', 'when']);
  });

  it('matches a chunk by its own words, never by the item or meeting it is under', async () => {
    // Every fixture's meeting title says "Minutes" and most are under the Kent and Medway panel; only one text says Medway.
    expect(await ids('minutes ')).toEqual(['decision']);
    expect(await ids('medway ')).toEqual(['domestic']);
    expect(await ids('results ')).toEqual([]);
  });

  it('never lets a -word remove a chunk that holds it only in its item or meeting fields', async () => {
    const found = await ids('commissioner -medway ');
    expect(found).toEqual(expect.arrayContaining(['precept', 'control-room', 'item-complaints']));
    expect(found).not.toContain('domestic');
    // Each is under the Kent and Medway Police and Crime Panel; none says "police".
    expect(await ids('commissioner -police ')).toEqual(expect.arrayContaining(['precept', 'control-room', 'domestic', 'item-complaints']));
  });

  it('names its instance the same way every time, and another index differently', async () => {
    const name = await index.instance();
    expect(name).toMatch(/\S/);
    expect(await index.instance()).toBe(name);
    const other = await open();
    try {
      expect(await other.instance()).not.toBe(name);
    } finally {
      await other.close();
    }
  });

  it('keeps stop words inside "quoted phrases"', async () => {
    expect(await ids('"were an accurate record"')).toEqual(['decision']);
  });

  it('searches a query made only of stop words as a phrase', async () => {
    expect(await ids('were ')).toEqual(['decision']);
    expect(await ids('were an ')).toEqual(['decision']);
    expect((await search('were an ')).matching).toEqual({ strategy: 'phrase', words: ['were an'], minimum: 1, ignored: [] });
  });

  it('matches "exact phrases" only when the words are adjacent and in order', async () => {
    expect(await ids('"force control room"')).toEqual(['control-room']);
    expect(await ids('"room control force"')).toEqual([]);
  });

  it('treats the last word as a prefix while it is being typed, but not after a space', async () => {
    // Four letters: no typo is allowed, so only the prefix can reach "surveillance" ("survei " is one typo from
    // Meilisearch's stem "surveil", which its typo tolerance accepts).
    expect(await ids('surv')).toEqual(['script']);
    expect(await ids('surv ')).toEqual([]);
  });

  it('excludes chunks containing a -word', async () => {
    const withCommissioner = await ids('commissioner ');
    expect(withCommissioner).toEqual(expect.arrayContaining(['precept', 'control-room']));
    const excluded = await ids('commissioner -precept ');
    expect(excluded).toContain('control-room');
    expect(excluded).not.toContain('precept');
  });

  it('tolerates one typo in a word of five or more letters', async () => {
    expect(await ids('emergancy ')).toEqual(['control-room']);
  });

  it('tolerates two typos in a word of nine or more letters', async () => {
    expect(await ids('constabullery ')).toEqual(['inspectorate']);
  });

  it('does not correct typos in short words', async () => {
    expect(await ids('mony ')).toEqual([]);
  });

  it('finds the long form from an acronym and the acronym from the long form', async () => {
    expect((await ids('ASB ')).sort()).toEqual(['asb-acronym', 'asb-long']);
    expect((await ids('anti-social behaviour ')).sort()).toEqual(['asb-acronym', 'asb-long']);
    expect(await ids('FCR ')).toEqual(['control-room']);
    expect(await ids('HMIC ')).toEqual(['inspectorate']);
    expect(await ids('DA ')).toEqual(['domestic']);
  });

  it('matches other forms of a word by stemming, with the one stemmer both backends share', async () => {
    expect(await ids('cadet ')).toEqual(['cadets']);
    expect(await ids('fund ')).toEqual(['precept']);
  });

  it('filters by body, year, date range, speaker, decisions, document, meeting and kind', async () => {
    expect((await ids(EVERY_CHUNK, { filters: { body: [DARTFORD] } })).sort()).toEqual(['asb-acronym', 'asb-long']);
    expect((await ids(EVERY_CHUNK, { filters: { year: [2017] } })).sort()).toEqual(['asb-long', 'cadets', 'inspectorate']);
    expect((await ids(EVERY_CHUNK, { filters: { from: '2017-07-26', to: '2018-02-06' } })).sort()).toEqual(['asb-long', 'inspectorate', 'precept']);
    expect((await ids(EVERY_CHUNK, { filters: { speaker: ['The Commissioner'] } })).sort()).toEqual(['control-room', 'domestic', 'precept']);
    expect(await ids(EVERY_CHUNK, { filters: { decisionsOnly: true } })).toEqual(['decision']);
    expect((await ids(EVERY_CHUNK, { filters: { documentId: 'doc-b' } })).sort()).toEqual(['asb-acronym', 'asb-long']);
    expect(await ids(EVERY_CHUNK, { filters: { meetingId: 'doc-c-meeting' } })).toEqual(['unicode']);
    expect(await ids('commissioner ', { filters: { kind: 'item' } })).toEqual(['item-complaints']);
  });

  it('treats filter values as plain values, never as filter syntax', async () => {
    expect(await ids(EVERY_CHUNK, { filters: { body: [`${PANEL}" OR body = "x`] } })).toEqual([]);
    expect(await ids(EVERY_CHUNK, { filters: { speaker: ['\\" OR 1=1 --'] } })).toEqual([]);
  });

  it('counts matches per body, year and speaker over all matches', async () => {
    const result = await search(EVERY_CHUNK);
    expect(result.facets.body[DARTFORD]).toBe(2);
    expect(result.facets.year['2017']).toBe(3);
    expect(result.facets.speaker['The Commissioner']).toBe(3);
    expect(result.facets.body[SWALE]).toBe(1);
    const words = await search('commissioner ');
    expect(Object.values(words.facets.speaker).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
  });

  it('leaves the facets uncounted when asked not to count them, with the same hits and total', async () => {
    const counted = await search('commissioner ');
    const uncounted = await search('commissioner ', { facets: false });
    expect(uncounted.facets).toEqual({ body: {}, year: {}, speaker: {} });
    expect(uncounted.hits.map((hit) => hit.id)).toEqual(counted.hits.map((hit) => hit.id));
    expect(uncounted.total).toBe(counted.total);
  });

  it('pages through results with limit and offset, keeping the total', async () => {
    const all = await search(EVERY_CHUNK, { limit: 50 });
    const first = await search(EVERY_CHUNK, { limit: 3, offset: 0 });
    const second = await search(EVERY_CHUNK, { limit: 3, offset: 3 });
    expect(first.total).toBe(all.total);
    expect([...first.hits, ...second.hits].map((hit) => hit.id)).toEqual(all.hits.slice(0, 6).map((hit) => hit.id));
  });

  it('sorts by newest and oldest date, undated chunks last either way', async () => {
    const newest = await ids(EVERY_CHUNK, { sort: 'newest', filters: { body: [DARTFORD, SWALE] } });
    expect(newest).toEqual(['asb-acronym', 'asb-long', 'unicode']);
    const oldest = await ids(EVERY_CHUNK, { sort: 'oldest', filters: { body: [DARTFORD, SWALE] } });
    expect(oldest).toEqual(['asb-long', 'asb-acronym', 'unicode']);
  });

  it('gives scores where higher means more relevant', async () => {
    const hits = (await search('commissioner ')).hits;
    expect(hits.length).toBeGreaterThan(1);
    for (let position = 1; position < hits.length; position += 1) expect(hits[position - 1].score).toBeGreaterThanOrEqual(hits[position].score);
  });

  it('escapes HTML in indexed text and marks the matched words', async () => {
    const [hit] = (await search('surveillance ')).hits;
    expect(hit.highlight).toContain('&lt;script&gt;');
    expect(hit.highlight).not.toContain('<script>');
    expect(hit.highlight).toContain('<mark>surveillance</mark>');
  });

  it('matches across accents, curly quotes and emoji', async () => {
    expect(await ids('cafe naive ')).toEqual(['unicode']);
    expect(await ids('Café ')).toEqual(['unicode']);
    expect(await ids('“safer streets” 🎉 ')).toEqual(['unicode']);
  });

  it('returns nothing for an empty query without filters, and lists by date with filters', async () => {
    expect(await search('   ')).toEqual({ hits: [], total: 0, facets: { body: {}, year: {}, speaker: {} } });
    expect(await ids('', { filters: { body: [DARTFORD] } })).toEqual(['asb-acronym', 'asb-long']);
  });

  it('answers a 1,000-character query', async () => {
    const long = `emergency calls ${'answered within ten seconds '.repeat(40)}`.slice(0, 1000);
    const result = await search(long);
    expect(result.hits.map((hit) => hit.id)).toEqual(['control-room']);
  });

  it.each(['"unbalanced', 'NEAR(', '*', '-', '(', ':', '^', 'text:police', 'a AND OR NOT b', '"', '- -', ')))', 'police*', '{}[]'])(
    'turns query syntax junk %p into a plain search that never throws',
    async (junk) => {
      const result = await search(junk);
      expect(Array.isArray(result.hits)).toBe(true);
      expect(result.total).toBeGreaterThanOrEqual(0);
    },
  );

  it('searches the words of a query with an unbalanced quote', async () => {
    expect(await ids('"emergency calls')).toEqual(['control-room']);
  });

  it('gives the same results and counts when the same chunks are indexed again', async () => {
    const before = await search(EVERY_CHUNK, { limit: 50 });
    await index.upsert(fixtureChunks());
    const after = await search(EVERY_CHUNK, { limit: 50 });
    expect(after.total).toBe(before.total);
    expect(after.hits.map((hit) => hit.id)).toEqual(before.hits.map((hit) => hit.id));
    expect(after.facets).toEqual(before.facets);
    expect((await index.stats()).documents).toBe(fixtureChunks().length);
  });

  it('replaces a chunk by id so its old words no longer find it', async () => {
    await index.upsert([makeChunk({ id: 'replaceable', documentId: 'doc-r', text: 'The xylophone budget was approved.' })]);
    expect(await ids('xylophone ')).toEqual(['replaceable']);
    await index.upsert([makeChunk({ id: 'replaceable', documentId: 'doc-r', text: 'The trombone budget was approved.' })]);
    expect(await ids('xylophone ')).toEqual([]);
    expect(await ids('trombone ')).toEqual(['replaceable']);
    await index.deleteChunks(['replaceable']);
    expect(await ids('trombone ')).toEqual([]);
  });

  it('suggests the indexed word closest to one no chunk holds, and forgets the words of replaced and removed chunks', async () => {
    const suggestion = async (text: string) => (await search(text)).matching?.suggestion;
    await index.upsert([makeChunk({ id: 'spelt', documentId: 'doc-s', text: 'The harpsichord fund was approved.' })]);
    expect(await suggestion('harpsicord ')).toBe('harpsichord');
    expect(await suggestion('harpsichord ')).toBeUndefined();
    await index.upsert([makeChunk({ id: 'spelt', documentId: 'doc-s', text: 'The clavichord fund was approved.' })]);
    expect(await suggestion('harpsicord ')).toBeUndefined();
    expect(await suggestion('clavicord ')).toBe('clavichord');
    await index.deleteDocument('doc-s');
    expect(await suggestion('clavicord ')).toBeUndefined();
  });

  it('replaces the chunks of several documents at once, leaving the others as they were', async () => {
    const before = await index.allIds();
    const docA = fixtureChunks().filter((chunk) => chunk.documentId === 'doc-c');
    const renewed = makeChunk({ id: 'renewed', documentId: 'doc-c', text: 'A renewed paragraph about marmalade replaced the old ones.' });
    await index.replaceDocuments(['doc-c', 'doc-nowhere'], [renewed]);
    expect(await ids('marmalade ')).toEqual(['renewed']);
    const held = await index.allIds();
    for (const chunk of docA) expect(held).not.toContain(chunk.id);
    expect(held.length).toBe(before.length - docA.length + 1);
    await index.replaceDocuments(['doc-c'], docA);
    expect(await index.allIds()).toEqual(before);
  });

  it('deletes every chunk of a document and lists the ids it holds', async () => {
    await index.deleteDocument('doc-b');
    expect(await ids('ASB ')).toEqual([]);
    const held = await index.allIds();
    expect(held).not.toContain('asb-long');
    expect(held).toEqual(expect.arrayContaining(['precept', 'unicode']));
    expect((await index.stats()).documents).toBe(fixtureChunks().length - 2);
    expect((await index.stats()).healthy).toBe(true);
  });
});
