// Search that means what it says (#12), on the real corpus with real stores: results hold the words asked for,
// -words and "phrases" bind every mode, paging reaches every result the total counts, and one failing side
// leaves the other to answer.
import { ServiceError, ERROR_CODES } from '../../core/errors';
import { silentLogger } from '../../core/logger';
import { stemCandidates } from '../../core/text/stem';
import { tokenise } from '../../core/text/tokens';
import type { KeywordIndex } from '../../indexer/stores/keyword/types';
import { createMeilisearchKeywordIndex } from '../../indexer/stores/keyword/meilisearch';
import type { Stores } from '../../indexer/stores/open';
import { createSearchService, type SearchService } from '../../server/search';
import { loadAttributeTable } from '../../indexer/stores/vector/attribute-table';
import type { SearchMode, SearchParams, SearchResponse } from '../../server/api-types';
import { openIndexedCorpus } from '../helpers/corpus-stores';
import { testConfig } from '../helpers/environment';
import { overriding } from '../helpers/overriding';

const config = testConfig();
let stores: Stores;
let service: SearchService;

function serviceOver(over: Stores): SearchService {
  return createSearchService({ stores: over, config, logger: silentLogger, loadAttributes: () => loadAttributeTable(over.store) });
}

function search(q: string, mode: SearchMode, extra: Partial<SearchParams> = {}, on: SearchService = service): Promise<SearchResponse> {
  return on.search({ q, mode, sort: 'relevance', limit: 100, offset: 0, filters: {}, ...extra });
}

/** Whether a text holds the word in some form, as the keyword index matches words. */
function holds(text: string, word: string): boolean {
  const stems = new Set(tokenise(text).flatMap(stemCandidates));
  return stemCandidates(word).some((stem) => stems.has(stem));
}

beforeAll(async () => {
  stores = await openIndexedCorpus(config);
  service = serviceOver(stores);
}, 120_000);

afterAll(async () => {
  await stores?.close();
});

describe('keyword matches', () => {
  it('finds a paragraph by its own words, not by the body or item it is under', async () => {
    const police = await search('police', 'keyword');
    expect(police.total).toBeGreaterThan(0);
    expect(police.results.every((result) => holds(result.text, 'police'))).toBe(true);
    const everyChunk = stores.store.allChunkIds().length;
    expect(police.total).toBeLessThan(everyChunk / 2);
  });

  it('never lets a -word remove a paragraph that does not hold it: precept -police keeps the precept paragraphs that never say police', async () => {
    const { results, total } = await search('precept -police', 'keyword');
    const expected = stores.store.getChunks(stores.store.allChunkIds()).filter((chunk) => holds(chunk.text, 'precept') && !holds(chunk.text, 'police'));
    expect(expected.length).toBeGreaterThan(0);
    expect(total).toBe(results.length);
    expect(results.every((result) => holds(result.text, 'precept') && !holds(result.text, 'police'))).toBe(true);
    // Each is a result, or shown by its item's summary among the results (collapsed into it).
    const shown = (chunk: (typeof expected)[number]) =>
      results.some((result) => result.id === chunk.id || (result.kind === 'item' && result.item.id === chunk.itemId && result.text.includes(chunk.text)));
    expect(expected.filter((chunk) => !shown(chunk)).map((chunk) => chunk.text)).toEqual([]);
  });

  it('returns results holding most of the meaningful words of a long query, and says how it matched', async () => {
    const { results, matching } = await search('police officers in schools', 'keyword');
    expect(matching).toMatchObject({ strategy: 'most', minimum: 2, ignored: ['in'] });
    expect(results.length).toBeGreaterThan(0);
    // The index's Porter stemmer reads "policing" as "police" and "office" as "officers".
    const roots = [/\bpolic/i, /\boffic/i, /\bschools?\b/i];
    for (const result of results) expect(roots.filter((root) => root.test(result.text)).length).toBeGreaterThanOrEqual(2);
  });

  it('does not match stop words on their own', async () => {
    const { total, matching } = await search('the of and', 'keyword');
    expect(total).toBe(0);
    expect(matching).toEqual({ strategy: 'phrase', words: ['the of and'], minimum: 1, ignored: [] });
  });

  it('ranks a paragraph above a list fragment: "17 – Refuge;" is read inside its list', async () => {
    const { results } = await search('refuge', 'keyword');
    expect(results[0].text.length).toBeGreaterThan(60);
    expect(results.find((result) => result.text.includes('17 – Refuge;'))?.text).toMatch(/^The Numbers 42 - IDVA/);
  });
});

describe('paging', () => {
  it.each<SearchMode>(['keyword', 'hybrid'])('reaches every result the total counts, in %s mode, page by page', async (mode) => {
    const pages: SearchResponse[] = [];
    for (let offset = 0; pages.length === 0 || offset < pages[0].total + 20; offset += 20) pages.push(await search('police', mode, { limit: 20, offset }));
    const total = pages[0].total;
    const ids = pages.flatMap((page) => page.results.map((result) => result.id));
    expect(new Set(pages.map((page) => page.total))).toEqual(new Set([total]));
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(pages.filter((page) => page.results.length === 0).every((page) => pages.indexOf(page) * 20 >= total)).toBe(true);
  });
});

describe('-words and "phrases" in every mode', () => {
  it.each<SearchMode>(['semantic', 'hybrid'])('leaves out every paragraph holding a -word in %s mode', async (mode) => {
    const { results } = await search('police -cadets', mode);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((result) => holds(result.text, 'cadets')).map((result) => result.text)).toEqual([]);
  });

  it('finds nothing for a query of -words alone, and marks no excluded word', async () => {
    const { results, total } = await search('-police', 'hybrid');
    expect(total).toBe(0);
    expect(results).toEqual([]);
  });

  it('keeps only paragraphs holding a "quoted phrase" in semantic mode', async () => {
    const { results } = await search('"police cadets" funding', 'semantic');
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => /police cadets?/i.test(result.text))).toBe(true);
  });
});

describe('one side failing', () => {
  const failure = () => new ServiceError(ERROR_CODES.BACKEND_UNAVAILABLE, 'keyword index is down', {});

  function withKeyword(search: KeywordIndex['search']): Stores {
    return { ...stores, keyword: overriding(stores.keyword, { search }) };
  }

  function withEmbedQuery(embedQuery: (text: string) => Promise<Float32Array>): Stores {
    if (!stores.semantic.available) throw new Error('these tests need the test model');
    const embedder = Object.create(stores.semantic.parts.embedder, { embedQuery: { value: embedQuery } });
    return { ...stores, semantic: { available: true, parts: { ...stores.semantic.parts, embedder } } };
  }

  it('answers a hybrid search by meaning when the keyword index fails, and says keyword search is missing', async () => {
    const response = await search('police cadets', 'hybrid', {}, serviceOver(withKeyword(() => Promise.reject(failure()))));
    expect(response.servedMode).toBe('semantic');
    expect(response.degraded).toMatch(/keyword/i);
    expect(response.results.length).toBeGreaterThan(0);
    expect(response.results.every((result) => result.ranks.keyword === null)).toBe(true);
  });

  it('answers a hybrid search by keywords when the embedder fails, and says meaning search is missing', async () => {
    const response = await search('police cadets', 'hybrid', {}, serviceOver(withEmbedQuery(() => Promise.reject(new Error('model worker died in /srv/models')))));
    expect(response.servedMode).toBe('keyword');
    expect(response.degraded).toMatch(/semantic/i);
    expect(response.degraded).not.toMatch(/\/srv\/models|worker died/);
    expect(response.results.length).toBeGreaterThan(0);
    expect(response.results.every((result) => result.ranks.semantic === null)).toBe(true);
  });

  it('answers a keyword search by meaning when the keyword index fails, and says keyword search is missing', async () => {
    const response = await search('police cadets', 'keyword', {}, serviceOver(withKeyword(() => Promise.reject(failure()))));
    expect(response.servedMode).toBe('semantic');
    expect(response.degraded).toMatch(/keyword search unavailable/);
    expect(response.results.length).toBeGreaterThan(0);
  });

  it('answers by meaning, at once, when the Meilisearch server is unreachable', async () => {
    // A closed port on this machine: the connection is refused, as when Meilisearch is stopped.
    const unreachable = createMeilisearchKeywordIndex({ url: 'http://127.0.0.1:9', index: 'minutes', vocabularyFile: ':memory:', connectAttempts: 1 });
    try {
      for (const mode of ['hybrid', 'keyword'] as const) {
        const started = performance.now();
        const response = await search('police cadets', mode, {}, serviceOver({ ...stores, keyword: unreachable }));
        expect(response.servedMode).toBe('semantic');
        expect(response.degraded).toMatch(/keyword search unavailable/);
        expect(response.results.length).toBeGreaterThan(0);
        expect(performance.now() - started).toBeLessThan(5_000);
      }
    } finally {
      await unreachable.close();
    }
  });

  it('still fails a keyword search that fails with no semantic side to answer it', async () => {
    await expect(search('-police', 'keyword', {}, serviceOver(withKeyword(() => Promise.reject(failure()))))).rejects.toThrow('keyword index is down');
  });

  it('runs both sides at once', async () => {
    if (!stores.semantic.available) throw new Error('these tests need the test model');
    const embedder = stores.semantic.parts.embedder;
    let keywordStarted: () => void = () => undefined;
    const keywordRunning = new Promise<void>((resolve) => (keywordStarted = resolve));
    const bothRunning = withEmbedQuery(async (text) => {
      // The embedding waits for the keyword search to start: run one after the other, this would never finish.
      await Promise.race([keywordRunning, new Promise((_, reject) => setTimeout(() => reject(new Error('keyword search did not start')), 2000))]);
      return embedder.embedQuery(text);
    });
    const keyword = bothRunning.keyword;
    const response = await search('police cadets', 'hybrid', {}, serviceOver({
      ...bothRunning,
      keyword: overriding(keyword, { search: (query) => (keywordStarted(), keyword.search(query)) }),
    }));
    expect(response.degraded).toBeNull();
    expect(response.servedMode).toBe('hybrid');
  });
});
