// The sync ledger (indexer/stores/store/sync-ledger.ts): synced marks per document and index, the index instance
// they were made for, and the removal count that says when an index is due a scan for orphans.
import { document, openParts, type StoreParts } from './fixtures';

describe('the sync ledger', () => {
  let parts: StoreParts;
  const unsynced = (target: 'keyword' | 'vector') => parts.ledger.unsyncedDocuments(target).map((record) => record.id);
  beforeEach(() => {
    parts = openParts();
    parts.put(document('a'), []);
    parts.put(document('b'), []);
  });
  afterEach(() => parts.close());

  it('lists every document as unsynced for both indexes until marked, in path order', () => {
    expect(unsynced('keyword')).toEqual(['a', 'b']);
    expect(unsynced('vector')).toEqual(['a', 'b']);
  });

  it('counts a document synced only while the mark holds its current content hash', () => {
    parts.ledger.markSynced('a', 'keyword', 'hash-a');
    parts.ledger.markSynced('b', 'keyword', 'an older hash');
    expect(unsynced('keyword')).toEqual(['b']);
    expect(unsynced('vector')).toEqual(['a', 'b']);

    parts.put(document('a', 'hash-a-2'), []);
    expect(unsynced('keyword')).toEqual(['a', 'b']);
  });

  it('adopts the first index instance as it is and clears the marks of one index when another instance appears', () => {
    parts.ledger.markSynced('a', 'keyword', 'hash-a');
    parts.ledger.markSynced('a', 'vector', 'hash-a');
    expect(parts.ledger.adoptIndexInstance('keyword', 'index-1')).toBe(false);
    expect(parts.ledger.adoptIndexInstance('keyword', 'index-1')).toBe(false);
    expect(unsynced('keyword')).toEqual(['b']);

    expect(parts.ledger.adoptIndexInstance('keyword', 'index-2')).toBe(true);
    expect(unsynced('keyword')).toEqual(['a', 'b']);
    expect(unsynced('vector')).toEqual(['b']);
  });

  it('records the removal count each index last scanned for orphans, apart per index', () => {
    expect(parts.ledger.orphanScanState('vector')).toEqual({ removals: 0, scannedAt: null });
    parts.documents.remove('a');
    expect(parts.ledger.orphanScanState('vector')).toEqual({ removals: 1, scannedAt: null });
    parts.ledger.recordOrphanScan('vector', 1);
    expect(parts.ledger.orphanScanState('vector')).toEqual({ removals: 1, scannedAt: 1 });
    expect(parts.ledger.orphanScanState('keyword')).toEqual({ removals: 1, scannedAt: null });

    parts.documents.remove('b');
    expect(parts.ledger.orphanScanState('vector')).toEqual({ removals: 2, scannedAt: 1 });
  });
});

describe('the data folder record', () => {
  let parts: StoreParts;
  beforeEach(() => {
    parts = openParts();
  });
  afterEach(() => parts.close());

  it('is new in an empty store, initialised in one holding documents from before it was recorded, and as recorded after', () => {
    expect(parts.dataFolder.state()).toBe('new');
    parts.put(document('a'), []);
    expect(parts.dataFolder.state()).toBe('initialised');
    parts.dataFolder.record('seeding');
    expect(parts.dataFolder.state()).toBe('seeding');
    parts.dataFolder.record('initialised');
    expect(parts.dataFolder.state()).toBe('initialised');
  });
});
