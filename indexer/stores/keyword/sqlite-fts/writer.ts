// Writes to the embedded index: each batch in one transaction that keeps the text index, the vocabulary's counts and
// the in-memory copies in step; a rolled-back batch makes the memory read the file again.
import type Database from 'better-sqlite3';
import type { Chunk } from '../../../../core/types';
import { TEXT_INDEX_COLUMNS } from './database';
import { filterTokensOf, type FilteredFields } from './filter-tokens';
import type { IndexMemory } from './memory';
import { matchableTerms } from '../vocabulary';

/** Rows read at a time when rebuilding the text index of an older file. */
const REBUILD_PAGE_ROWS = 5_000;

const SELECT_CHUNK_ROW = 'SELECT c.rowid, c.id, c.speaker, t.text FROM chunks c JOIN chunk_content t ON t.rowid = c.rowid';

/** What a removal needs of a stored row. */
interface StoredRow {
  rowid: number;
  id: string;
  speaker: string | null;
  text: string;
}

function prepareStatements(database: Database.Database) {
  return {
    existing: database.prepare<[string], StoredRow>(`${SELECT_CHUNK_ROW} WHERE c.id = ?`),
    byDocument: database.prepare<[string], StoredRow>(`${SELECT_CHUNK_ROW} WHERE c.document_id = ?`),
    insertChunk: database.prepare(
      `INSERT INTO chunks (id, document_id, meeting_id, kind, body, date, year, speaker, is_decision)
       VALUES (@id, @documentId, @meetingId, @kind, @body, @date, @year, @speaker, @isDecision)`,
    ),
    saveContent: database.prepare(
      `INSERT INTO chunk_content (rowid, item_title, meeting_title, text) VALUES (?, ?, ?, ?)
       ON CONFLICT (rowid) DO UPDATE SET item_title = excluded.item_title, meeting_title = excluded.meeting_title, text = excluded.text`,
    ),
    deleteContent: database.prepare('DELETE FROM chunk_content WHERE rowid = ?'),
    updateChunk: database.prepare(
      `UPDATE chunks SET document_id = @documentId, meeting_id = @meetingId, kind = @kind, body = @body, date = @date, year = @year,
       speaker = @speaker, is_decision = @isDecision WHERE rowid = @rowid`,
    ),
    deleteChunk: database.prepare('DELETE FROM chunks WHERE rowid = ?'),
    insertText: database.prepare(`INSERT INTO chunk_text (rowid, ${TEXT_INDEX_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?)`),
    deleteText: database.prepare('DELETE FROM chunk_text WHERE rowid = ?'),
    saveTerm: database.prepare('INSERT INTO terms (term, documents) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET documents = excluded.documents'),
    forgetTerm: database.prepare('DELETE FROM terms WHERE term = ?'),
  };
}

export class FtsWriter {
  private readonly statements;
  private readonly upsertAll;
  private readonly deleteRows;
  private readonly replaceAll;

  constructor(
    private readonly database: Database.Database,
    private readonly memory: IndexMemory,
  ) {
    this.statements = prepareStatements(database);
    this.upsertAll = database.transaction((chunks: Chunk[]) => {
      for (const chunk of chunks) this.upsertOne(chunk);
      this.saveVocabularyChanges();
    });
    this.deleteRows = database.transaction((rows: StoredRow[]) => {
      for (const row of rows) {
        this.removeRow(row);
        this.statements.deleteChunk.run(row.rowid);
        this.statements.deleteContent.run(row.rowid);
      }
      this.saveVocabularyChanges();
    });
    this.replaceAll = database.transaction((documentIds: string[], chunks: Chunk[]) => {
      this.deleteRows(documentIds.flatMap((documentId) => this.statements.byDocument.all(documentId)));
      if (chunks.length > 0) this.upsertAll(chunks);
    });
  }

  upsert(chunks: Chunk[]): void {
    if (chunks.length > 0) this.keepingMemoryInStep(() => this.upsertAll(chunks));
  }

  deleteDocument(documentId: string): void {
    this.keepingMemoryInStep(() => this.deleteRows(this.statements.byDocument.all(documentId)));
  }

  deleteChunks(ids: string[]): void {
    this.keepingMemoryInStep(() => this.deleteRows(ids.flatMap((id) => this.statements.existing.all(id))));
  }

  replaceDocuments(documentIds: string[], chunks: Chunk[]): void {
    this.keepingMemoryInStep(() => this.replaceAll(documentIds, chunks));
  }

  /** Fills a text index dropped for having other columns from the stored rows, counting the vocabulary again. */
  rebuildTextIndex(): void {
    // Read in pages: better-sqlite3 cannot write while a statement is still iterating.
    const page = this.database.prepare<[number], FilteredFields & { rowid: number; text: string }>(
      `SELECT c.rowid, c.document_id AS documentId, c.meeting_id AS meetingId, c.kind, c.body, c.year, c.speaker, c.is_decision AS isDecision,
              t.item_title AS itemTitle, t.text
       FROM chunks c JOIN chunk_content t ON t.rowid = c.rowid WHERE c.rowid > ? ORDER BY c.rowid LIMIT ${REBUILD_PAGE_ROWS}`,
    );
    // The words counted for each chunk changed with the columns, so the vocabulary is counted again too.
    this.database.transaction(() => {
      this.database.exec('DELETE FROM terms');
      const vocabulary = this.memory.freshVocabulary();
      for (let rows = page.all(0); rows.length > 0; rows = page.all(rows[rows.length - 1].rowid)) {
        for (const row of rows) {
          this.insertText(row.rowid, { ...row, isDecision: Boolean(row.isDecision) });
          vocabulary.count(matchableTerms(row), 1);
        }
      }
      this.saveVocabularyChanges();
    })();
  }

  /** A rolled-back transaction leaves the in-memory copies ahead of the file: reload them from it. */
  private keepingMemoryInStep(write: () => void): void {
    this.memory.forgetRows();
    try {
      write();
    } catch (error) {
      this.memory.forget();
      throw error;
    }
  }

  private upsertOne(chunk: Chunk): void {
    const values = {
      id: chunk.id,
      documentId: chunk.documentId,
      meetingId: chunk.meetingId,
      kind: chunk.kind,
      body: chunk.body,
      date: chunk.date,
      year: chunk.year,
      speaker: chunk.speaker,
      isDecision: chunk.isDecision ? 1 : 0,
    };
    const existing = this.statements.existing.get(chunk.id);
    let rowid: number;
    if (existing) {
      this.removeRow(existing);
      this.statements.updateChunk.run({ ...values, rowid: existing.rowid });
      rowid = existing.rowid;
    } else {
      rowid = Number(this.statements.insertChunk.run(values).lastInsertRowid);
    }
    this.statements.saveContent.run(rowid, chunk.itemTitle, chunk.meetingTitle, chunk.text);
    this.insertText(rowid, chunk);
    this.memory.attributes().set(rowid, chunk);
    this.memory.itemTitles().add(chunk.itemTitle);
    this.memory.vocabulary().count(matchableTerms(chunk), 1);
  }

  private insertText(rowid: number, chunk: FilteredFields & Pick<Chunk, 'text'>): void {
    this.statements.insertText.run(rowid, chunk.text, chunk.speaker ?? '', filterTokensOf(chunk));
  }

  private removeRow(row: StoredRow): void {
    this.memory.vocabulary().count(matchableTerms(row), -1);
    this.memory.attributes().remove(row.rowid);
    this.statements.deleteText.run(row.rowid);
  }

  private saveVocabularyChanges(): void {
    for (const [term, documents] of this.memory.vocabulary().takeChanges()) {
      if (documents > 0) this.statements.saveTerm.run(term, documents);
      else this.statements.forgetTerm.run(term);
    }
  }
}
