/** @jest-environment ./test/vector/onnx-environment.ts */
// Syncing scans the indexes for orphans (entries whose chunk is gone) only when chunks were removed from the
// store since the last scan: a start with nothing removed skips reading every id, a removal whose index update
// never happened (a kill, an unreachable index) is still cleaned up after a restart, and a repair always scans.
import { silentLogger } from '../../core/logger';
import type { Config } from '../../core/config';
import { inspectIndexes } from '../../indexer/check';
import { silentReporter } from '../../indexer/pipeline';
import { syncIndexes } from '../../indexer/index-sync';
import { openStores, type Stores } from '../../indexer/stores/open';
import { openIndexedCorpus } from '../helpers/corpus-stores';
import { testConfig } from '../helpers/environment';

describe('orphan scans', () => {
  let config: Config;
  let stores: Stores;

  beforeAll(async () => {
    config = testConfig();
    stores = await openIndexedCorpus(config);
  }, 120_000);

  afterAll(async () => {
    await stores?.close();
  });

  async function reopen(): Promise<void> {
    await stores.close();
    stores = await openStores(config, silentLogger);
  }

  it('drops the index entries of a document removed from the store alone, on the next start', async () => {
    const [document] = stores.store.listDocuments();
    const removed = stores.store.chunksOfDocument(document.id);
    stores.store.removeDocument(document.id); // as if killed before the indexes were told
    await reopen();

    await syncIndexes(stores, silentReporter);

    const keywordIds = new Set(await stores.keyword.allIds());
    expect(removed.filter((chunk) => keywordIds.has(chunk.id))).toEqual([]);
    const labels = new Set(stores.semantic.available ? stores.semantic.parts.index.labels() : []);
    expect(removed.filter((chunk) => labels.has(chunk.seq))).toEqual([]);
    expect((await inspectIndexes(stores)).consistent).toBe(true);
  }, 60_000);

  it('skips the scan when nothing was removed since the last one, and a repair scans anyway', async () => {
    const [chunk] = stores.store.chunksOfDocument(stores.store.listDocuments()[0].id);
    const planted = { ...chunk, id: 'planted-without-any-removal' };
    await stores.keyword.upsert([planted]);
    await reopen();

    await syncIndexes(stores, silentReporter);
    expect(await stores.keyword.allIds()).toContain(planted.id);

    await syncIndexes(stores, silentReporter, { alwaysScanForOrphans: true });
    expect(await stores.keyword.allIds()).not.toContain(planted.id);
  }, 60_000);

  it('scans again after a meeting is removed', async () => {
    const { meetings } = stores.store.listMeetings({ limit: 1, offset: 0 });
    const removed = stores.store.chunksOfDocument(meetings[0].documentId).filter((chunk) => chunk.meetingId === meetings[0].id);
    stores.store.removeMeeting(meetings[0].id);

    await syncIndexes(stores, silentReporter);

    const keywordIds = new Set(await stores.keyword.allIds());
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.filter((entry) => keywordIds.has(entry.id))).toEqual([]);
  }, 60_000);
});
