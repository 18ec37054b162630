/** @jest-environment ./test/vector/onnx-environment.ts */
// One vector per distinct text (#19), on the real store, the real HNSW index and the real search service: the same
// boilerplate paragraph in three councils' minutes takes one place in the graph, a filter still finds the copy it
// asks for, a surviving copy inherits the vector when the first goes, and a data folder saved before vectors were
// shared is merged on its next sync.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../core/config';
import { silentLogger } from '../../core/logger';
import type { SearchFilters } from '../../core/search-types';
import { indexPaths, removeDocument, silentReporter, type Reporter } from '../../indexer/pipeline';
import { syncIndexes } from '../../indexer/index-sync';
import { dataPaths, openStores, type Stores } from '../../indexer/stores/open';
import { loadAttributeTable } from '../../indexer/stores/vector/attribute-table';
import { passageText } from '../../indexer/stores/vector/embedder';
import { textHash } from '../../indexer/stores/vector/embedding-cache';
import { MANIFEST_FILE, openVectorIndex } from '../../indexer/stores/vector/hnsw';
import { modelDefaults } from '../../indexer/stores/vector/models';
import { createSearchService } from '../../server/search';
import type { SearchResult } from '../../server/api-types';
import { temporaryDirectory, testConfig } from '../helpers/environment';

const BOILERPLATE =
  'Members were reminded that personal information about residents must be kept securely and shared only with officers who need it.';

const COUNCILS = [
  { file: 'westbrook.txt', body: 'Westbrook Parish Council', date: '3 March 2025', topic: 'Allotments', news: 'The Clerk reported that two allotment plots were vacant.' },
  { file: 'eastfield.txt', body: 'Eastfield Town Council', date: '9 April 2025', topic: 'Street lighting', news: 'Residents asked for the lamps on Mill Lane to be repaired.' },
  { file: 'northgate.txt', body: 'Northgate Parish Council', date: '14 May 2025', topic: 'Village hall', news: 'The hall committee proposed new hire charges for the winter.' },
];

function minutesOf(council: (typeof COUNCILS)[number], news = council.news): string {
  return `${council.body}\n\nMinutes of the meeting held on ${council.date}\n\n1. Apologies\nNone.\n\n2. Data protection\n${BOILERPLATE}\n\n3. ${council.topic}\n${news}\n`;
}

let config: Config;
let folder: string;
let stores: Stores;

function semantic(): NonNullable<Extract<Stores['semantic'], { available: true }>['parts']> {
  if (!stores.semantic.available) throw new Error(`semantic search unavailable: ${stores.semantic.reason}`);
  return stores.semantic.parts;
}

/** The boilerplate as semantic search ranks it under these filters: its result, or undefined when it is not first. */
async function boilerplateFound(filters: SearchFilters = {}): Promise<SearchResult | undefined> {
  const service = createSearchService({ stores, config, logger: silentLogger, loadAttributes: () => loadAttributeTable(stores.store) });
  const { results } = await service.search({ q: BOILERPLATE, mode: 'semantic', sort: 'relevance', limit: 10, offset: 0, filters });
  return results[0]?.text === BOILERPLATE ? results[0] : undefined;
}

/** The boilerplate's chunks in indexing order (the first holds the vector until it goes). */
const copies = () => stores.store.getChunks(stores.store.allChunkIds()).filter((chunk) => chunk.text === BOILERPLATE).sort((a, b) => a.seq - b.seq);

async function reopen(): Promise<void> {
  await stores.close();
  stores = await openStores(config, silentLogger);
}

beforeEach(async () => {
  config = testConfig();
  folder = temporaryDirectory('shared-vectors');
  for (const council of COUNCILS) fs.writeFileSync(path.join(folder, council.file), minutesOf(council));
  stores = await openStores(config, silentLogger);
  await indexPaths([folder], stores, config, silentReporter, { prune: false });
}, 60_000);

afterEach(async () => {
  await stores?.close();
});

describe('copies of a paragraph in several minutes', () => {
  it('share one vector, and the result lists the other copies', async () => {
    const { index } = semantic();
    expect(copies()).toHaveLength(3);
    expect(index.count()).toBe(stores.store.allChunkSeqs().length);
    // "None.", the two items' summaries and the boilerplate: one vector for each text, whatever the minutes.
    const { embedItemTitle } = modelDefaults(semantic().embedder.modelId);
    const texts = new Set(stores.store.getChunks(stores.store.allChunkIds()).map((chunk) => passageText(chunk, embedItemTitle)));
    expect(index.vectorCount()).toBe(texts.size);
    expect(index.vectorCount()).toBe(index.count() - 2 * 4);
    const found = await boilerplateFound();
    expect(found?.meeting.body).toBe(copies()[0].body);
    expect(found?.alsoInTotal).toBe(2);
  });

  it('are found under a filter that only a later copy passes: body or year (exact path), a date range (HNSW path)', async () => {
    const [first, second, third] = copies();
    expect((await boilerplateFound({ body: [second.body!] }))?.meeting.body).toBe(second.body);
    expect((await boilerplateFound({ from: third.date!, to: third.date! }))?.meeting.body).toBe(third.body);
    expect((await boilerplateFound({ year: [2025], body: [first.body!, third.body!] }))?.meeting.body).toBe(first.body);
    const query = await semantic().embedder.embedQuery(BOILERPLATE);
    expect(semantic().index.search(query, 1, (label) => label === second.seq)).toEqual([{ label: second.seq, score: expect.closeTo(1, 2) }]);
  });

  it('leave the vector to a surviving copy when the first minutes are deleted, and drop it with the last copy', async () => {
    const [first, second, third] = copies();
    await removeDocument(first.documentId, stores);
    await reopen();
    expect((await boilerplateFound())?.meeting.body).toBe(second.body);
    expect((await boilerplateFound({ body: [third.body!] }))?.meeting.body).toBe(third.body);

    const vectorsBefore = semantic().index.vectorCount();
    await removeDocument(second.documentId, stores);
    await removeDocument(third.documentId, stores);
    await reopen();
    expect(semantic().index.count()).toBe(0);
    expect(semantic().index.vectorCount()).toBe(0);
    expect(vectorsBefore).toBeGreaterThan(0);
    expect(await boilerplateFound()).toBeUndefined();
  });

  it('keep the vector when the minutes holding the first copy are indexed again, and its new copy shares it', async () => {
    const vectors = semantic().index.vectorCount();
    const [first, second] = copies();
    const council = COUNCILS.find((candidate) => candidate.body === first.body)!;
    fs.writeFileSync(path.join(folder, council.file), minutesOf(council, 'The Clerk reported that the matter was closed.'));
    await indexPaths([folder], stores, config, silentReporter, { prune: false });
    await reopen();
    // The changed paragraph is a new vector and the old one went; the boilerplate and "None." kept theirs.
    expect(semantic().index.vectorCount()).toBe(vectors);
    expect(copies().map((copy) => copy.body)).toEqual([second.body, expect.any(String), first.body]);
    expect((await boilerplateFound())?.meeting.body).toBe(second.body);
    expect((await boilerplateFound({ body: [first.body!] }))?.meeting.body).toBe(first.body);
  });
});

/** Saves the data folder's vectors as a version before sharing did: one vector per chunk, a format 1 manifest. */
async function saveAsBeforeSharing(): Promise<void> {
  const { cache, embedder } = semantic();
  const { embedItemTitle } = modelDefaults(embedder.modelId);
  const dir = dataPaths(config.dataDir).vectors;
  const old = await openVectorIndex({ dir, modelId: embedder.modelId, dimensions: embedder.dimensions, ...config.hnsw, replaceSaved: true });
  const chunks = stores.store.getChunksBySeq(stores.store.allChunkSeqs());
  const vectors = cache.getMany(chunks.map((chunk) => textHash(passageText(chunk, embedItemTitle))));
  old.upsert(chunks.map((chunk) => ({ label: chunk.seq, vector: vectors.get(textHash(passageText(chunk, embedItemTitle)))! })));
  await old.save();
  const manifestFile = path.join(dir, MANIFEST_FILE);
  const { sharedFile, vectors: _vectors, ...manifest } = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  fs.rmSync(path.join(dir, sharedFile));
  fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, formatVersion: 1 }));
}

describe('a data folder saved before vectors were shared', () => {
  it('is searched as it is, then merged on the next sync with a progress line, and finds the same copies', async () => {
    const shared = semantic().index.vectorCount();
    await stores.close();
    stores = await openStores(config, silentLogger);
    await saveAsBeforeSharing();
    await reopen();
    const chunks = stores.store.allChunkSeqs().length;
    expect(semantic().index.unsharedVectors()).toBe(chunks);
    expect((await boilerplateFound({ body: [copies()[2].body!] }))?.meeting.body).toBe(copies()[2].body);

    const lines: string[] = [];
    const reporter: Reporter = { ...silentReporter, line: (text) => lines.push(text) };
    await syncIndexes(stores, reporter);
    expect(lines[0]).toBe(`vector index: ${chunks} vectors saved before copies of a text shared one vector; merging the copies (once)`);
    expect(lines).toContain(`vector index: rebuilding the graph without the copies, ${shared} of ${shared} vectors`);
    expect(lines.at(-1)).toMatch(new RegExp(`^vector index: ${chunks - shared} copies merged; ${shared} vectors for ${chunks} chunks \\(\\d+\\.\\d s\\)$`));

    await reopen();
    const { index } = semantic();
    expect([index.unsharedVectors(), index.vectorCount(), index.count(), index.deletedSlots()]).toEqual([0, shared, chunks, 0]);
    expect(JSON.parse(fs.readFileSync(path.join(dataPaths(config.dataDir).vectors, MANIFEST_FILE), 'utf8')).formatVersion).toBe(2);
    expect((await boilerplateFound({ body: [copies()[1].body!] }))?.meeting.body).toBe(copies()[1].body);
    expect((await boilerplateFound())?.alsoInTotal).toBe(2);
    lines.length = 0;
    await syncIndexes(stores, reporter);
    expect(lines).toEqual([]);
  });
});
