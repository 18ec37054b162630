// The canonical SQLite store (indexer/stores/store.ts) on its own: documents and what they produced replaced in one
// transaction, seqs never reused, exact copies linked across documents and re-pointed when their original goes,
// the sync ledger (synced marks, index instances, orphan scans), meeting listings and the migrations of old stores.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ERROR_CODES, ServiceError } from '../../core/errors';
import type { Meeting, Paragraph } from '../../core/types';
import { chunkMeetings } from '../../indexer/chunk';
import { openStore, type DocumentRecord, type Store } from '../../indexer/stores/store';
import { temporaryDirectory } from '../helpers/environment';

function paragraph(index: number, text: string, extra: Partial<Paragraph> = {}): Paragraph {
  return { index, number: String(index + 1), text, speaker: null, isDecision: false, isTruncated: false, ...extra };
}

function document(id: string, contentHash = `hash-${id}`): DocumentRecord {
  return { id, path: `/minutes/${id}.txt`, format: 'text', contentHash, size: 100, indexedAt: '2026-01-01T00:00:00.000Z', parserVersion: 3 };
}

function meeting(documentId: string, id: string, date: string | null, body: string | null, paragraphs: Paragraph[]): Meeting {
  return {
    id,
    body,
    date,
    title: `Minutes of ${id}`,
    venue: 'Council Chamber',
    attendees: [{ name: 'Cllr Jane Holt', role: 'Chair', attendance: 'present' }],
    source: { documentId, file: `${documentId}.txt`, format: 'text', url: null },
    items: [{ index: 0, number: '1', title: 'Street lighting', paragraphs, decisions: [] }],
  };
}

const SHARED = 'The committee agreed to replace the gas lanterns in the square.';

/** Stores a document of the given meetings, chunked as the indexer chunks them. */
function put(store: Store, record: DocumentRecord, meetings: Meeting[]) {
  return store.replaceDocument(record, meetings, chunkMeetings(meetings));
}

describe('the store', () => {
  let folder: string;
  let file: string;
  let store: Store;

  beforeEach(() => {
    folder = temporaryDirectory('store');
    file = path.join(folder, 'nested', 'store.sqlite');
    store = openStore(file);
  });

  afterEach(() => {
    store.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('starts empty and new, creating its folder', () => {
    expect(fs.existsSync(file)).toBe(true);
    expect(store.stats()).toEqual({ documents: 0, meetings: 0, items: 0, paragraphs: 0, chunks: 0 });
    expect(store.dataFolderState()).toBe('new');
    expect(store.listDocuments()).toEqual([]);
  });

  it('gives back a stored document, its meeting and its chunks as they were written', () => {
    const minutes = meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED, { speaker: 'The Chair', isDecision: true })]);
    const { removedSeqs, chunks } = put(store, document('a'), [minutes]);

    expect(removedSeqs).toEqual([]);
    expect(store.getDocument('a')).toEqual(document('a'));
    expect(store.getDocumentByPath('/minutes/a.txt')?.id).toBe('a');
    expect(store.getMeeting('m-a')).toEqual(minutes);
    expect(store.stats()).toEqual({ documents: 1, meetings: 1, items: 1, paragraphs: 1, chunks: 2 });
    expect(chunks.map((chunk) => chunk.kind)).toEqual(['item', 'paragraph']);
    expect(chunks[1].seq).toBeGreaterThan(chunks[0].seq);
    expect(store.chunksOfDocument('a')).toEqual(chunks);
    expect(store.getChunk(chunks[1].id)).toEqual(chunks[1]);
    expect(store.getChunk('no-such-chunk')).toBeUndefined();
  });

  it('reads many chunks in the order asked for, leaving out unknown keys', () => {
    const { chunks } = put(store, document('a'), [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED)])]);
    const [item, text] = chunks;
    expect(store.getChunks([text.id, 'missing', item.id]).map((chunk) => chunk.id)).toEqual([text.id, item.id]);
    expect(store.getChunksBySeq([text.seq, 999_999, item.seq]).map((chunk) => chunk.seq)).toEqual([text.seq, item.seq]);
    expect(store.getChunkFacetsBySeq([text.seq])).toEqual([{ seq: text.seq, id: text.id, body: 'Lantern Committee', year: 2021, speaker: null }]);
    expect(store.allChunkSeqs()).toEqual([item.seq, text.seq]);
    expect(store.allChunkIds()).toEqual([item.id, text.id]);
    expect([...store.chunkAttributes(item.seq)].map((attributes) => attributes.seq)).toEqual([text.seq]);
  });

  it('replaces everything a document produced, never reusing a seq, and counts the removal', () => {
    const first = put(store, document('a'), [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED)])]);
    const removalsBefore = store.orphanScanState('keyword').removals;

    const second = put(store, document('a', 'hash-a-2'), [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, 'Rewritten text.')])]);

    expect(new Set(second.removedSeqs)).toEqual(new Set(first.chunks.map((chunk) => chunk.seq)));
    expect(Math.min(...second.chunks.map((chunk) => chunk.seq))).toBeGreaterThan(Math.max(...first.chunks.map((chunk) => chunk.seq)));
    expect(store.chunksOfDocument('a').map((chunk) => chunk.text)).toContain('Rewritten text.');
    expect(store.stats().chunks).toBe(2);
    expect(store.orphanScanState('keyword').removals).toBe(removalsBefore + 1);
  });

  it('links an exact copy in another document to its original, both ways, and re-points copies when the original goes', () => {
    const original = put(store, document('a'), [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED)])]).chunks[1];
    const copy = put(store, document('b'), [meeting('b', 'm-b', '2022-05-05', 'Lantern Committee', [paragraph(0, SHARED)])]).chunks[1];
    const third = put(store, document('c'), [meeting('c', 'm-c', '2023-07-07', 'Lantern Committee', [paragraph(0, SHARED)])]).chunks[1];
    expect([copy.duplicateOf, third.duplicateOf]).toEqual([original.id, original.id]);

    const copies = store.copiesOf([original, copy]);
    expect(copies.get(original.id)?.map((entry) => entry.id)).toEqual([copy.id, third.id]);
    expect(copies.get(copy.id)?.map((entry) => entry.id)).toEqual([original.id, third.id]);
    expect(copies.get(copy.id)?.[0]).toEqual({ id: original.id, meetingId: 'm-a', body: 'Lantern Committee', date: '2021-03-03', meetingTitle: 'Minutes of m-a' });

    store.removeDocument('a');
    expect(store.getChunk(copy.id)?.duplicateOf).toBeNull();
    expect(store.getChunk(third.id)?.duplicateOf).toBe(copy.id);
  });

  it('removes one meeting of a document, its chunks and what the indexes must drop, keeping the others', () => {
    const meetings = [
      meeting('a', 'm-1', '2021-03-03', 'Lantern Committee', [paragraph(0, 'First meeting.')]),
      meeting('a', 'm-2', '2021-04-04', 'Lantern Committee', [paragraph(0, 'Second meeting.')]),
    ];
    const { chunks } = put(store, document('a'), meetings);
    const ofFirst = chunks.filter((chunk) => chunk.meetingId === 'm-1');
    expect(ofFirst).toHaveLength(2);

    const removed = store.removeMeeting('m-1');

    expect(new Set(removed.removedIds)).toEqual(new Set(ofFirst.map((chunk) => chunk.id)));
    expect(new Set(removed.removedSeqs)).toEqual(new Set(ofFirst.map((chunk) => chunk.seq)));
    expect(store.getMeeting('m-1')).toBeUndefined();
    expect(store.getMeeting('m-2')?.id).toBe('m-2');
    expect(store.chunksOfDocument('a').every((chunk) => chunk.meetingId === 'm-2')).toBe(true);
  });

  it('keeps a sync ledger per index: marks follow the content hash, and a new index instance clears them', () => {
    put(store, document('a'), []);
    put(store, document('b'), []);
    expect(store.unsyncedDocuments('keyword').map((record) => record.id)).toEqual(['a', 'b']);

    store.markSynced('a', 'keyword', 'hash-a');
    store.markSynced('b', 'keyword', 'an older hash');
    expect(store.unsyncedDocuments('keyword').map((record) => record.id)).toEqual(['b']);
    expect(store.unsyncedDocuments('vector').map((record) => record.id)).toEqual(['a', 'b']);

    expect(store.adoptIndexInstance('keyword', 'index-1')).toBe(false);
    expect(store.adoptIndexInstance('keyword', 'index-1')).toBe(false);
    expect(store.unsyncedDocuments('keyword').map((record) => record.id)).toEqual(['b']);
    expect(store.adoptIndexInstance('keyword', 'index-2')).toBe(true);
    expect(store.unsyncedDocuments('keyword').map((record) => record.id)).toEqual(['a', 'b']);
  });

  it('records the removal count each index last scanned for orphans', () => {
    put(store, document('a'), []);
    store.removeDocument('a');
    expect(store.orphanScanState('vector')).toEqual({ removals: 1, scannedAt: null });
    store.recordOrphanScan('vector', 1);
    expect(store.orphanScanState('vector')).toEqual({ removals: 1, scannedAt: 1 });
    expect(store.orphanScanState('keyword').scannedAt).toBeNull();
  });

  it('finds the first document by path with given bytes', () => {
    put(store, document('b', 'same bytes'), []);
    put(store, { ...document('a', 'same bytes'), path: '/minutes/0-first.txt' }, []);
    expect(store.getDocumentByContentHash('same bytes')?.id).toBe('a');
    expect(store.getDocumentByContentHash('other bytes')).toBeUndefined();
  });

  it('lists meetings newest first with item and paragraph counts, filtered and paged', () => {
    put(store, document('a'), [
      meeting('a', 'm-2017', '2017-03-28', 'Police and Crime Panel', [paragraph(0, 'One.'), paragraph(1, 'Two.')]),
      meeting('a', 'm-2023', '2023-10-17', 'Police and Crime Panel', [paragraph(0, 'Three.')]),
    ]);
    put(store, document('b'), [meeting('b', 'm-undated', null, 'Parish Council', [paragraph(0, 'Four.', { speaker: 'The Clerk' })])]);
    const ids = (filters: Partial<Parameters<Store['listMeetings']>[0]>) =>
      store.listMeetings({ limit: 10, offset: 0, ...filters }).meetings.map((summary) => summary.id);

    const all = store.listMeetings({ limit: 2, offset: 0 });
    expect(all.total).toBe(3);
    expect(all.meetings.map((summary) => summary.id)).toEqual(['m-2023', 'm-2017']);
    expect(all.meetings[1]).toMatchObject({ documentId: 'a', itemCount: 1, paragraphCount: 2, source: { file: 'a.txt', format: 'text', url: null } });
    expect(ids({ offset: 2 })).toEqual(['m-undated']);
    expect(ids({ body: ['Parish Council'] })).toEqual(['m-undated']);
    expect(ids({ year: [2017] })).toEqual(['m-2017']);
    expect(ids({ from: '2018-01-01', to: '2023-12-31' })).toEqual(['m-2023']);
    expect(ids({ documentId: 'b' })).toEqual(['m-undated']);
    expect(store.vocabulary()).toEqual({ bodies: ['Parish Council', 'Police and Crime Panel'], speakers: ['The Clerk'] });
  });

  it('remembers the data folder state across reopening, and counts a store with documents as initialised', () => {
    store.recordDataFolderState('seeding');
    store.close();
    store = openStore(file);
    expect(store.dataFolderState()).toBe('seeding');

    const other = openStore(path.join(folder, 'other.sqlite'));
    other.replaceDocument(document('a'), [], []);
    expect(other.dataFolderState()).toBe('initialised');
    other.close();
  });

  it('reads stores written before attendee roles and before file names replaced server paths', () => {
    put(store, document('a'), [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED)])]);
    store.close();
    const db = new Database(file);
    db.prepare(`UPDATE meetings SET attendees = '["Cllr Ann Lee"]', source_file = '/srv/minutes/a.txt'`).run();
    db.prepare(`UPDATE chunks SET source_file = 'C:\\minutes\\a.txt'`).run();
    db.close();

    store = openStore(file);
    const reread = store.getMeeting('m-a');
    expect(reread?.attendees).toEqual([{ name: 'Cllr Ann Lee', role: null, attendance: 'present' }]);
    expect(reread?.source.file).toBe('a.txt');
    expect(store.chunksOfDocument('a').map((chunk) => chunk.sourceFile)).toEqual(['a.txt', 'a.txt']);
  });
});

describe('opening a store', () => {
  it('names the file and the data folder when the folder cannot be made', () => {
    const folder = temporaryDirectory('store');
    const blocker = path.join(folder, 'a-file');
    fs.writeFileSync(blocker, '');
    const file = path.join(blocker, 'store.sqlite');
    let thrown: unknown;
    try {
      openStore(file);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ServiceError);
    expect(thrown).toMatchObject({ code: ERROR_CODES.STORAGE_UNAVAILABLE, context: { file } });
    expect((thrown as Error).message).toContain(`cannot open the store ${file}`);
  });
});
