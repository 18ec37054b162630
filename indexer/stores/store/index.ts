// The canonical store: documents, meetings, items and chunks in one SQLite file.
// The keyword and vector indexes are derived from it; each document records which of them are in sync.
// One face (Store) over four parts that share the file: documents (writes), the sync ledger, chunk reads and
// meeting reads.
import { ChunkReads } from './chunk-reads';
import { openDatabase } from './database';
import { DataFolderRecord } from './data-folder';
import { Documents } from './documents';
import { MeetingReads } from './meeting-reads';
import { SyncLedger } from './sync-ledger';
import type { Store } from './types';

export type * from './types';
export { MAX_COPIES_LISTED } from './types';
export { ChunkReads, DataFolderRecord, Documents, MeetingReads, SyncLedger };

export function openStore(file: string): Store {
  const db = openDatabase(file);
  const ledger = new SyncLedger(db);
  const documents = new Documents(db, ledger);
  const chunks = new ChunkReads(db);
  const meetings = new MeetingReads(db);
  const dataFolder = new DataFolderRecord(db);
  return {
    file,
    getDocumentByPath: (documentPath) => documents.byPath(documentPath),
    getDocumentByContentHash: (contentHash) => documents.byContentHash(contentHash),
    getDocument: (id) => documents.byId(id),
    listDocuments: () => documents.list(),
    replaceDocument: (document, documentMeetings, documentChunks) => documents.replace(document, documentMeetings, documentChunks),
    removeDocument: (documentId) => documents.remove(documentId),
    removeMeeting: (meetingId) => documents.removeMeeting(meetingId),
    markSynced: (documentId, target, contentHash) => ledger.markSynced(documentId, target, contentHash),
    unsyncedDocuments: (target) => ledger.unsyncedDocuments(target),
    orphanScanState: (target) => ledger.orphanScanState(target),
    recordOrphanScan: (target, removals) => ledger.recordOrphanScan(target, removals),
    adoptIndexInstance: (target, instance) => ledger.adoptIndexInstance(target, instance),
    chunksOfDocument: (documentId) => chunks.ofDocument(documentId),
    getChunk: (id) => chunks.byId(id),
    getChunks: (ids) => chunks.byIds(ids),
    getChunksBySeq: (seqs) => chunks.bySeqs(seqs),
    getChunkFacetsBySeq: (seqs) => chunks.facetsBySeqs(seqs),
    decisionsOfItems: (itemIds) => chunks.decisionsOfItems(itemIds),
    copiesOf: (originals) => chunks.copiesOf(originals),
    allChunkIds: () => chunks.allIds(),
    allChunkSeqs: () => chunks.allSeqs(),
    chunkTexts: () => chunks.chunkTexts(),
    chunkAttributes: (afterSeq) => chunks.attributes(afterSeq),
    getMeeting: (id) => meetings.byId(id),
    listMeetings: (filters) => meetings.list(filters),
    vocabulary: () => meetings.vocabulary(),
    stats: () => meetings.stats(),
    coverage: () => meetings.coverage(),
    dataFolderState: () => dataFolder.state(),
    recordDataFolderState: (state) => dataFolder.record(state),
    close: () => db.close(),
  };
}
