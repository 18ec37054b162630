// openStore (indexer/stores/store/index.ts): the one Store face over the parts, on a file it creates with its folder;
// what survives reopening, the migrations of stores written by older versions, and the error when it cannot open.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ERROR_CODES, ServiceError } from '../../../../core/errors';
import { chunkMeetings } from '../../../../indexer/chunk';
import { openStore, type Store } from '../../../../indexer/stores/store';
import { temporaryDirectory } from '../../../helpers/environment';
import { document, meeting, paragraph, SHARED } from './fixtures';

describe('the store', () => {
  let folder: string;
  let file: string;
  let store: Store;
  const minutes = meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED, { speaker: 'The Chair' })]);

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
    expect(store.file).toBe(file);
    expect(store.stats()).toEqual({ documents: 0, meetings: 0, items: 0, paragraphs: 0, chunks: 0 });
    expect(store.dataFolderState()).toBe('new');
    expect(store.listDocuments()).toEqual([]);
  });

  it('writes, reads, marks and removes a document through one face', () => {
    const { chunks } = store.replaceDocument(document('a'), [minutes], chunkMeetings([minutes]));
    expect(store.getDocument('a')).toEqual(document('a'));
    expect(store.getMeeting('m-a')).toEqual(minutes);
    expect(store.getChunks(chunks.map((chunk) => chunk.id))).toEqual(chunks);
    expect(store.vocabulary().speakers).toEqual(['The Chair']);

    store.markSynced('a', 'keyword', 'hash-a');
    expect(store.unsyncedDocuments('keyword')).toEqual([]);
    expect(store.removeDocument('a').removedSeqs).toHaveLength(2);
    expect(store.orphanScanState('keyword')).toEqual({ removals: 1, scannedAt: null });
    expect(store.stats().chunks).toBe(0);
  });

  it('keeps documents, marks and the data folder state across reopening', () => {
    store.replaceDocument(document('a'), [minutes], chunkMeetings([minutes]));
    store.markSynced('a', 'vector', 'hash-a');
    store.recordDataFolderState('seeding');
    store.close();
    store = openStore(file);
    expect(store.dataFolderState()).toBe('seeding');
    expect(store.unsyncedDocuments('vector')).toEqual([]);
    expect(store.chunksOfDocument('a')).toHaveLength(2);
  });

  it('reads stores written before attendee roles and before file names replaced server paths', () => {
    store.replaceDocument(document('a'), [minutes], chunkMeetings([minutes]));
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

  it('reads stores written before documents recorded their parser version as version 1', () => {
    store.replaceDocument(document('a'), [], []);
    store.close();
    const db = new Database(file);
    db.exec('ALTER TABLE documents DROP COLUMN parser_version');
    db.close();

    store = openStore(file);
    expect(store.getDocument('a')?.parserVersion).toBe(1);
  });

  it('indexes the decisions of each item when it opens a store written before searches read them', () => {
    const decided = meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, 'RESOLVED that the lamps be replaced.', { isDecision: true })]);
    store.replaceDocument(document('a'), [decided], chunkMeetings([decided]));
    store.close();
    const db = new Database(file);
    db.exec('DROP INDEX decision_chunks_by_item');
    db.close();

    store = openStore(file);
    const reopened = new Database(file, { readonly: true });
    const plan = reopened.prepare("EXPLAIN QUERY PLAN SELECT id FROM chunks WHERE is_decision = 1 AND item_id IN ('x')").all() as Array<{ detail: string }>;
    reopened.close();
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/decision_chunks_by_item/);
    expect(store.decisionsOfItems([store.chunksOfDocument('a')[0].itemId]).map((chunk) => chunk.text)).toEqual(['RESOLVED that the lamps be replaced.']);
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
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
