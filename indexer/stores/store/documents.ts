// The documents and everything each produced (meetings, items, paragraphs, chunks): written and removed whole,
// each in one transaction, with exact copies of a paragraph linked to the first chunk that held its text.
import type Database from 'better-sqlite3';
import { itemIdOf } from '../../../core/ids';
import type { Chunk, Meeting, Paragraph } from '../../../core/types';
import { toDocument, type DocumentRow } from './rows';
import type { SyncLedger } from './sync-ledger';
import type { DocumentRecord, ReplaceOutcome, StoredChunk } from './types';

function prepareStatements(db: Database.Database) {
  return {
    documentByPath: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE path = ?'),
    documentById: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
    documentByHash: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE content_hash = ? ORDER BY path LIMIT 1'),
    allDocuments: db.prepare<[], DocumentRow>('SELECT * FROM documents ORDER BY path'),
    seqsOfDocument: db.prepare<[string], { seq: number }>('SELECT seq FROM chunks WHERE document_id = ?'),
    idsOfDocument: db.prepare<[string], { id: string }>('SELECT id FROM chunks WHERE document_id = ?'),
    deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
    upsertDocument: db.prepare(
      `INSERT INTO documents (id, path, format, content_hash, size, indexed_at, parser_version, keyword_synced, vector_synced)
       VALUES (@id, @path, @format, @contentHash, @size, @indexedAt, @parserVersion, NULL, NULL)`,
    ),
    insertMeeting: db.prepare(
      `INSERT INTO meetings (id, document_id, ordinal, body, date, title, venue, attendees, source_file, source_format, source_url)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertItem: db.prepare('INSERT INTO items (id, meeting_id, ordinal, number, title, decisions) VALUES (?, ?, ?, ?, ?, ?)'),
    insertParagraph: db.prepare(
      `INSERT INTO paragraphs (item_id, ordinal, number, text, speaker, is_decision, is_truncated) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertChunk: db.prepare(
      `INSERT INTO chunks (id, kind, document_id, meeting_id, item_id, text, body, date, year, meeting_title, item_number,
         item_title, paragraph_index, paragraph_number, part, speaker, is_decision, is_truncated, content_hash, duplicate_of,
         source_file, source_url)
       VALUES (@id, @kind, @documentId, @meetingId, @itemId, @text, @body, @date, @year, @meetingTitle, @itemNumber,
         @itemTitle, @paragraphIndex, @paragraphNumber, @part, @speaker, @isDecision, @isTruncated, @contentHash, @duplicateOf,
         @sourceFile, @sourceUrl)`,
    ),
    originalWithHash: db.prepare<[string, string], { id: string }>(
      `SELECT id FROM chunks WHERE content_hash = ? AND document_id != ? AND kind = 'paragraph' AND duplicate_of IS NULL
       ORDER BY seq LIMIT 1`,
    ),
    chunksOfMeeting: db.prepare<[string], { seq: number; id: string }>('SELECT seq, id FROM chunks WHERE meeting_id = ?'),
    deleteChunksOfMeeting: db.prepare('DELETE FROM chunks WHERE meeting_id = ?'),
    deleteMeeting: db.prepare('DELETE FROM meetings WHERE id = ?'),
    firstCopyOf: db.prepare<[string], { id: string }>('SELECT id FROM chunks WHERE duplicate_of = ? ORDER BY seq LIMIT 1'),
    makeOriginal: db.prepare('UPDATE chunks SET duplicate_of = NULL WHERE id = ?'),
    repointCopies: db.prepare('UPDATE chunks SET duplicate_of = ? WHERE duplicate_of = ?'),
  };
}

export class Documents {
  private readonly statements;
  private readonly replaceTransaction;

  constructor(
    private readonly db: Database.Database,
    private readonly ledger: SyncLedger,
  ) {
    this.statements = prepareStatements(db);
    this.replaceTransaction = db.transaction((document: DocumentRecord, meetings: Meeting[], chunks: Chunk[]) => this.replaceRows(document, meetings, chunks));
  }

  byPath(file: string): DocumentRecord | undefined {
    const row = this.statements.documentByPath.get(file);
    return row ? toDocument(row) : undefined;
  }

  byContentHash(contentHash: string): DocumentRecord | undefined {
    const row = this.statements.documentByHash.get(contentHash);
    return row ? toDocument(row) : undefined;
  }

  byId(id: string): DocumentRecord | undefined {
    const row = this.statements.documentById.get(id);
    return row ? toDocument(row) : undefined;
  }

  list(): DocumentRecord[] {
    return this.statements.allDocuments.all().map(toDocument);
  }

  replace(document: DocumentRecord, meetings: Meeting[], chunks: Chunk[]): ReplaceOutcome {
    return this.replaceTransaction(document, meetings, chunks);
  }

  remove(documentId: string): { removedSeqs: number[] } {
    return { removedSeqs: this.db.transaction(() => this.removeRows(documentId))() };
  }

  removeMeeting(meetingId: string): { removedSeqs: number[]; removedIds: string[] } {
    return this.db.transaction(() => {
      const rows = this.statements.chunksOfMeeting.all(meetingId);
      this.statements.deleteChunksOfMeeting.run(meetingId);
      this.ledger.countRemoval();
      this.statements.deleteMeeting.run(meetingId);
      this.promoteCopiesOf(rows.map((row) => row.id));
      return { removedSeqs: rows.map((row) => row.seq), removedIds: rows.map((row) => row.id) };
    })();
  }

  private replaceRows(document: DocumentRecord, meetings: Meeting[], chunks: Chunk[]): ReplaceOutcome {
    const previous = this.statements.documentById.get(document.id) ?? this.statements.documentByPath.get(document.path);
    const removedSeqs = previous ? this.removeRows(previous.id) : [];
    this.statements.upsertDocument.run({ ...document, parserVersion: document.parserVersion ?? 1 });
    meetings.forEach((meeting, ordinal) => this.insertMeeting(document.id, ordinal, meeting));
    return { removedSeqs, chunks: this.insertChunks(document.id, chunks) };
  }

  private insertMeeting(documentId: string, ordinal: number, meeting: Meeting): void {
    const { source } = meeting;
    this.statements.insertMeeting.run(meeting.id, documentId, ordinal, meeting.body, meeting.date, meeting.title, meeting.venue,
      JSON.stringify(meeting.attendees), source.file, source.format, source.url);
    for (const item of meeting.items) {
      const itemId = itemIdOf(meeting, item);
      this.statements.insertItem.run(itemId, meeting.id, item.index, item.number, item.title, JSON.stringify(item.decisions));
      for (const paragraph of item.paragraphs) this.insertParagraph(itemId, paragraph);
    }
  }

  private insertParagraph(itemId: string, paragraph: Paragraph): void {
    const { index, number, text, speaker, isDecision, isTruncated } = paragraph;
    this.statements.insertParagraph.run(itemId, index, number, text, speaker, isDecision ? 1 : 0, isTruncated ? 1 : 0);
  }

  private insertChunks(documentId: string, chunks: Chunk[]): StoredChunk[] {
    const stored: StoredChunk[] = [];
    // Asked once per distinct text: a document repeating "None." thousands of times made this quadratic.
    const originals = new Map<string, string | null>();
    const originalOf = (contentHash: string) => {
      if (!originals.has(contentHash)) originals.set(contentHash, this.statements.originalWithHash.get(contentHash, documentId)?.id ?? null);
      return originals.get(contentHash)!;
    };
    for (const chunk of chunks) {
      const withDuplicate = { ...chunk, duplicateOf: chunk.kind === 'paragraph' ? originalOf(chunk.contentHash) : null };
      const result = this.statements.insertChunk.run({
        ...withDuplicate,
        isDecision: chunk.isDecision ? 1 : 0,
        isTruncated: chunk.isTruncated ? 1 : 0,
      });
      stored.push({ ...withDuplicate, seq: Number(result.lastInsertRowid) });
    }
    return stored;
  }

  private removeRows(documentId: string): number[] {
    const removedSeqs = this.statements.seqsOfDocument.all(documentId).map((row) => row.seq);
    const removedIds = this.statements.idsOfDocument.all(documentId).map((row) => row.id);
    this.statements.deleteDocument.run(documentId);
    this.ledger.countRemoval();
    this.promoteCopiesOf(removedIds);
    return removedSeqs;
  }

  /** Re-pointing copies when their original goes away keeps the duplicate links pointing at a live chunk. */
  private promoteCopiesOf(removedIds: string[]): void {
    for (const removedId of removedIds) {
      const heir = this.statements.firstCopyOf.get(removedId);
      if (!heir) continue;
      this.statements.makeOriginal.run(heir.id);
      this.statements.repointCopies.run(heir.id, removedId);
    }
  }
}
