// The canonical store: documents, meetings, items and chunks in one SQLite file.
// The keyword and vector indexes are derived from it; each document records which of them are in sync.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describeError, ERROR_CODES, ServiceError, storageFailureOf } from '../../core/errors';
import { itemIdOf } from '../../core/ids';
import type { AgendaItem, Attendee, Chunk, Meeting, Paragraph, SourceFormat } from '../../core/types';

export type IndexTarget = 'keyword' | 'vector';

export interface DocumentRecord {
  id: string;
  path: string;
  format: SourceFormat;
  contentHash: string;
  size: number;
  indexedAt: string;
  /** The version of the parse rules that read it (the indexer's PARSER_VERSION); absent means 1. */
  parserVersion?: number;
}

/** A chunk as stored: `seq` is its integer key, used as the HNSW label; never reused. */
export interface StoredChunk extends Chunk {
  seq: number;
}

/** A chunk's id and the fields facets count: what a search reads of candidates it counts but may not show. */
export type ChunkFacets = Pick<StoredChunk, 'seq' | 'id' | 'body' | 'year' | 'speaker'>;

/** What a result lists of each exact copy of its passage. */
export type ChunkCopy = Pick<StoredChunk, 'id' | 'meetingId' | 'body' | 'date' | 'meetingTitle'>;

export interface MeetingSummary {
  id: string;
  documentId: string;
  body: string | null;
  date: string | null;
  title: string;
  venue: string | null;
  source: { file: string; format: SourceFormat; url: string | null };
  itemCount: number;
  paragraphCount: number;
}

export interface MeetingFilters {
  body?: string[];
  from?: string;
  to?: string;
  year?: number[];
  documentId?: string;
  limit: number;
  offset: number;
}

/** The filterable fields of a chunk, for filtering vector candidates in memory. */
export interface ChunkAttributes {
  seq: number;
  kind: Chunk['kind'];
  documentId: string;
  meetingId: string;
  body: string | null;
  date: string | null;
  year: number | null;
  speaker: string | null;
  isDecision: boolean;
}

/**
 * Whether the data folder was ever set up: `new` until the first start begins seeding it with the sample corpus,
 * `seeding` while it does (a crash then resumes seeding), `initialised` for good after, whatever is later deleted.
 */
export type DataFolderState = 'new' | 'seeding' | 'initialised';

export interface StoreStats {
  documents: number;
  meetings: number;
  items: number;
  paragraphs: number;
  chunks: number;
}

export interface ReplaceOutcome {
  removedSeqs: number[];
  chunks: StoredChunk[];
}

export interface Store {
  readonly file: string;
  getDocumentByPath(file: string): DocumentRecord | undefined;
  /** The first document (by path) with this content hash: an upload of the same bytes is that document again. */
  getDocumentByContentHash(contentHash: string): DocumentRecord | undefined;
  getDocument(id: string): DocumentRecord | undefined;
  listDocuments(): DocumentRecord[];
  /** Replaces everything a document produced, in one transaction. */
  replaceDocument(document: DocumentRecord, meetings: Meeting[], chunks: Chunk[]): ReplaceOutcome;
  removeDocument(documentId: string): { removedSeqs: number[] };
  /** Removes one meeting (of a document that holds several) and its chunks; returns what the indexes must drop. */
  removeMeeting(meetingId: string): { removedSeqs: number[]; removedIds: string[] };
  markSynced(documentId: string, target: IndexTarget, contentHash: string): void;
  /** Documents whose chunks are not yet (or no longer) reflected in the target index. */
  unsyncedDocuments(target: IndexTarget): DocumentRecord[];
  /**
   * Index entries whose chunk is gone (orphans) can only appear after chunks are removed, so every removal
   * counts itself in the transaction that removes them, and each index records the count at its last scan
   * for orphans: a scan is due when the two differ, also after a crash between a removal and the index update.
   */
  orphanScanState(target: IndexTarget): { removals: number; scannedAt: number | null };
  recordOrphanScan(target: IndexTarget, removals: number): void;
  /**
   * Makes the synced marks refer to this instance of the target index (see KeywordIndex.instance): when the
   * marks were made for another instance (a deleted index, another keyword backend), every document becomes
   * unsynced for the target, in one transaction. The first instance seen is adopted as it is. Returns whether
   * the marks were cleared.
   */
  adoptIndexInstance(target: IndexTarget, instance: string): boolean;
  chunksOfDocument(documentId: string): StoredChunk[];
  getChunk(id: string): StoredChunk | undefined;
  getChunks(ids: string[]): StoredChunk[];
  getChunksBySeq(seqs: number[]): StoredChunk[];
  /** Like getChunksBySeq, without the text and display fields. */
  getChunkFacetsBySeq(seqs: number[]): ChunkFacets[];
  /**
   * For each chunk, by its id: the chunks whose text is an exact copy of it, in other documents (both
   * directions), in indexing order. One query for all of them.
   */
  copiesOf(chunks: Array<Pick<StoredChunk, 'id' | 'duplicateOf'>>): Map<string, ChunkCopy[]>;
  allChunkIds(): string[];
  allChunkSeqs(): number[];
  /** In seq order; with `afterSeq`, only chunks stored after it (seqs only grow, so: stored since then). */
  chunkAttributes(afterSeq?: number): Iterable<ChunkAttributes>;
  getMeeting(id: string): Meeting | undefined;
  listMeetings(filters: MeetingFilters): { total: number; meetings: MeetingSummary[] };
  /** Distinct bodies and speakers, for understanding questions and offering filters. */
  vocabulary(): { bodies: string[]; speakers: string[] };
  stats(): StoreStats;
  /** See DataFolderState; a store holding documents from before the state was recorded counts as initialised. */
  dataFolderState(): DataFolderState;
  recordDataFolderState(state: DataFolderState): void;
  close(): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  format TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  size INTEGER NOT NULL,
  indexed_at TEXT NOT NULL,
  parser_version INTEGER NOT NULL DEFAULT 1,
  keyword_synced TEXT,
  vector_synced TEXT
);
CREATE TABLE IF NOT EXISTS meetings (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  body TEXT,
  date TEXT,
  title TEXT NOT NULL,
  venue TEXT,
  attendees TEXT NOT NULL,
  source_file TEXT NOT NULL,
  source_format TEXT NOT NULL,
  source_url TEXT
);
CREATE INDEX IF NOT EXISTS documents_by_hash ON documents(content_hash);
CREATE INDEX IF NOT EXISTS meetings_by_date ON meetings(date);
CREATE TABLE IF NOT EXISTS items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  number TEXT,
  title TEXT NOT NULL,
  decisions TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS paragraphs (
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  number TEXT,
  text TEXT NOT NULL,
  speaker TEXT,
  is_decision INTEGER NOT NULL,
  is_truncated INTEGER NOT NULL,
  PRIMARY KEY (item_id, ordinal)
);
CREATE TABLE IF NOT EXISTS chunks (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  meeting_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  text TEXT NOT NULL,
  body TEXT,
  date TEXT,
  year INTEGER,
  meeting_title TEXT NOT NULL,
  item_number TEXT,
  item_title TEXT NOT NULL,
  paragraph_index INTEGER,
  paragraph_number TEXT,
  part INTEGER NOT NULL,
  speaker TEXT,
  is_decision INTEGER NOT NULL,
  is_truncated INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  duplicate_of TEXT,
  source_file TEXT NOT NULL,
  source_url TEXT
);
CREATE INDEX IF NOT EXISTS chunks_by_document ON chunks(document_id);
CREATE INDEX IF NOT EXISTS chunks_by_hash ON chunks(content_hash);
CREATE INDEX IF NOT EXISTS chunks_by_duplicate ON chunks(duplicate_of);
CREATE TABLE IF NOT EXISTS chunk_removals (id INTEGER PRIMARY KEY CHECK (id = 1), count INTEGER NOT NULL);
INSERT OR IGNORE INTO chunk_removals (id, count) VALUES (1, 0);
CREATE TABLE IF NOT EXISTS orphan_scans (target TEXT PRIMARY KEY, removals INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS index_instances (target TEXT PRIMARY KEY, instance TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS data_folder (id INTEGER PRIMARY KEY CHECK (id = 1), state TEXT NOT NULL);
`;

// Chunk rows are read as arrays (better-sqlite3's raw mode) in this column order: naming every column of
// every row costs more than the query itself when a search reads a few hundred chunks.
const CHUNK_COLUMNS = `seq, id, kind, document_id, meeting_id, item_id, text, body, date, year, meeting_title, item_number,
  item_title, paragraph_index, paragraph_number, part, speaker, is_decision, is_truncated, content_hash, duplicate_of,
  source_file, source_url`;

type ChunkRow = [
  seq: number,
  id: string,
  kind: Chunk['kind'],
  documentId: string,
  meetingId: string,
  itemId: string,
  text: string,
  body: string | null,
  date: string | null,
  year: number | null,
  meetingTitle: string,
  itemNumber: string | null,
  itemTitle: string,
  paragraphIndex: number | null,
  paragraphNumber: string | null,
  part: number,
  speaker: string | null,
  isDecision: number,
  isTruncated: number,
  contentHash: string,
  duplicateOf: string | null,
  sourceFile: string,
  sourceUrl: string | null,
];

type CopyRow = [id: string, meetingId: string, body: string | null, date: string | null, meetingTitle: string, duplicateOf: string | null];

type AttributeRow = [
  seq: number,
  kind: Chunk['kind'],
  documentId: string,
  meetingId: string,
  body: string | null,
  date: string | null,
  year: number | null,
  speaker: string | null,
  isDecision: number,
];

interface DocumentRow {
  id: string;
  path: string;
  format: SourceFormat;
  content_hash: string;
  size: number;
  indexed_at: string;
  parser_version: number;
}

interface MeetingRow {
  id: string;
  document_id: string;
  body: string | null;
  date: string | null;
  title: string;
  venue: string | null;
  attendees: string;
  source_file: string;
  source_format: SourceFormat;
  source_url: string | null;
}

function toChunk(row: ChunkRow): StoredChunk {
  const [seq, id, kind, documentId, meetingId, itemId, text, body, date, year, meetingTitle, itemNumber, itemTitle, paragraphIndex,
    paragraphNumber, part, speaker, isDecision, isTruncated, contentHash, duplicateOf, sourceFile, sourceUrl] = row;
  return {
    seq,
    id,
    kind,
    documentId,
    meetingId,
    itemId,
    text,
    body,
    date,
    year,
    meetingTitle,
    itemNumber,
    itemTitle,
    paragraphIndex,
    paragraphNumber,
    part,
    speaker,
    isDecision: isDecision === 1,
    isTruncated: isTruncated === 1,
    contentHash,
    duplicateOf,
    sourceFile,
    sourceUrl,
  };
}

/** Stores written before attendees had roles hold plain names. */
function attendeesFromJson(json: string): Attendee[] {
  const parsed = JSON.parse(json) as (Attendee | string)[];
  return parsed.map((entry) => (typeof entry === 'string' ? { name: entry, role: null, attendance: 'present' } : entry));
}

function toDocument(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    path: row.path,
    format: row.format,
    contentHash: row.content_hash,
    size: row.size,
    indexedAt: row.indexed_at,
    parserVersion: row.parser_version,
  };
}

/** Rows found by key, in the order of the keys asked for; keys not found are left out. */
function inKeyOrder<K, T>(keys: K[], rows: T[], keyOf: (row: T) => K): T[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.flatMap((key) => byKey.get(key) ?? []);
}

function placeholders(count: number): string {
  return new Array(count).fill('?').join(',');
}

/**
 * Stores written before answers named documents by file name hold absolute paths in the meetings' and chunks'
 * source: keep the last segment (the documents table still knows where each file is).
 */
function forgetServerPaths(db: Database.Database): void {
  const holdsPaths = db.prepare("SELECT 1 FROM meetings WHERE instr(source_file, '/') > 0 OR instr(source_file, '\\') > 0 LIMIT 1").get();
  if (!holdsPaths) return;
  db.function('last_segment', { deterministic: true }, (value: unknown) => String(value).split(/[\\/]/).pop() ?? '');
  db.transaction(() => {
    for (const table of ['meetings', 'chunks']) {
      db.prepare(`UPDATE ${table} SET source_file = last_segment(source_file) WHERE instr(source_file, '/') > 0 OR instr(source_file, '\\') > 0`).run();
    }
  })();
}

/** Stores made before documents recorded their parser version: every document counts as read by version 1. */
function addParserVersionColumn(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(documents)').all();
  if (!columns.some((column) => column.name === 'parser_version')) db.exec('ALTER TABLE documents ADD COLUMN parser_version INTEGER NOT NULL DEFAULT 1');
}

/** SQLite alone says "unable to open database file": name the file and what the data folder must be. */
function openDatabase(file: string): Database.Database {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.exec(SCHEMA);
    addParserVersionColumn(db);
    forgetServerPaths(db);
    return db;
  } catch (error) {
    throw new ServiceError(
      storageFailureOf(error) === ERROR_CODES.STORAGE_FULL ? ERROR_CODES.STORAGE_FULL : ERROR_CODES.STORAGE_UNAVAILABLE,
      `cannot open the store ${file}: ${describeError(error)} (DATA_DIR ${path.dirname(file)} must be a folder this user can write)`,
      { file },
      { cause: error },
    );
  }
}

export function openStore(file: string): Store {
  const db = openDatabase(file);

  const statements = {
    documentByPath: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE path = ?'),
    documentById: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
    documentByHash: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE content_hash = ? ORDER BY path LIMIT 1'),
    allDocuments: db.prepare<[], DocumentRow>('SELECT * FROM documents ORDER BY path'),
    seqsOfDocument: db.prepare<[string], { seq: number }>('SELECT seq FROM chunks WHERE document_id = ?'),
    idsOfDocument: db.prepare<[string], { id: string }>('SELECT id FROM chunks WHERE document_id = ?'),
    deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
    countRemoval: db.prepare('UPDATE chunk_removals SET count = count + 1'),
    removals: db.prepare<[], number>('SELECT count FROM chunk_removals').pluck(),
    scannedAt: db.prepare<[IndexTarget], number>('SELECT removals FROM orphan_scans WHERE target = ?').pluck(),
    recordScan: db.prepare(
      'INSERT INTO orphan_scans (target, removals) VALUES (?, ?) ON CONFLICT (target) DO UPDATE SET removals = excluded.removals',
    ),
    indexInstance: db.prepare<[IndexTarget], string>('SELECT instance FROM index_instances WHERE target = ?').pluck(),
    recordIndexInstance: db.prepare(
      'INSERT INTO index_instances (target, instance) VALUES (?, ?) ON CONFLICT (target) DO UPDATE SET instance = excluded.instance',
    ),
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
    chunksOfDocument: db.prepare<[string], ChunkRow>(`SELECT ${CHUNK_COLUMNS} FROM chunks WHERE document_id = ? ORDER BY seq`).raw(),
    chunkById: db.prepare<[string], ChunkRow>(`SELECT ${CHUNK_COLUMNS} FROM chunks WHERE id = ?`).raw(),
    // Look-ups by many keys pass them as one JSON array: one prepared statement, no limit on bound parameters.
    chunksById: db.prepare<[string], ChunkRow>(`SELECT ${CHUNK_COLUMNS} FROM chunks WHERE id IN (SELECT value FROM json_each(?))`).raw(),
    chunksBySeq: db.prepare<[string], ChunkRow>(`SELECT ${CHUNK_COLUMNS} FROM chunks WHERE seq IN (SELECT value FROM json_each(?))`).raw(),
    chunkFacetsBySeq: db.prepare<[string], ChunkFacets>(
      'SELECT seq, id, body, year, speaker FROM chunks WHERE seq IN (SELECT value FROM json_each(?))',
    ),
    copiesOf: db
      .prepare<[{ originals: string }], CopyRow>(
        `SELECT id, meeting_id, body, date, meeting_title, duplicate_of FROM chunks
         WHERE id IN (SELECT value FROM json_each(@originals)) OR duplicate_of IN (SELECT value FROM json_each(@originals))
         ORDER BY seq`,
      )
      .raw(),
    allChunkIds: db.prepare<[], { id: string }>('SELECT id FROM chunks ORDER BY seq'),
    allChunkSeqs: db.prepare<[], { seq: number }>('SELECT seq FROM chunks ORDER BY seq'),
    chunkAttributes: db
      .prepare<[number], AttributeRow>(
        'SELECT seq, kind, document_id, meeting_id, body, date, year, speaker, is_decision FROM chunks WHERE seq > ? ORDER BY seq',
      )
      .raw(),
    meetingById: db.prepare<[string], MeetingRow>('SELECT * FROM meetings WHERE id = ?'),
    itemsOfMeeting: db.prepare<[string], { id: string; ordinal: number; number: string | null; title: string; decisions: string }>(
      'SELECT id, ordinal, number, title, decisions FROM items WHERE meeting_id = ? ORDER BY ordinal',
    ),
    paragraphsOfItem: db.prepare<
      [string],
      { ordinal: number; number: string | null; text: string; speaker: string | null; is_decision: number; is_truncated: number }
    >('SELECT ordinal, number, text, speaker, is_decision, is_truncated FROM paragraphs WHERE item_id = ? ORDER BY ordinal'),
  };

  // Re-pointing copies when their original goes away keeps the duplicate links pointing at a live chunk.
  function promoteCopiesOf(removedIds: string[]): void {
    const promote = db.prepare<[string], { id: string }>(
      'SELECT id FROM chunks WHERE duplicate_of = ? ORDER BY seq LIMIT 1',
    );
    for (const removedId of removedIds) {
      const heir = promote.get(removedId);
      if (!heir) continue;
      db.prepare('UPDATE chunks SET duplicate_of = NULL WHERE id = ?').run(heir.id);
      db.prepare('UPDATE chunks SET duplicate_of = ? WHERE duplicate_of = ?').run(heir.id, removedId);
    }
  }

  function removeDocumentRows(documentId: string): number[] {
    const removedSeqs = statements.seqsOfDocument.all(documentId).map((row) => row.seq);
    const removedIds = statements.idsOfDocument.all(documentId).map((row) => row.id);
    statements.deleteDocument.run(documentId);
    statements.countRemoval.run();
    promoteCopiesOf(removedIds);
    return removedSeqs;
  }

  const replaceTransaction = db.transaction((document: DocumentRecord, meetings: Meeting[], chunks: Chunk[]) => {
    const previous = statements.documentById.get(document.id) ?? statements.documentByPath.get(document.path);
    const removedSeqs = previous ? removeDocumentRows(previous.id) : [];
    statements.upsertDocument.run({ ...document, parserVersion: document.parserVersion ?? 1 });
    meetings.forEach((meeting, ordinal) => {
      statements.insertMeeting.run(
        meeting.id,
        document.id,
        ordinal,
        meeting.body,
        meeting.date,
        meeting.title,
        meeting.venue,
        JSON.stringify(meeting.attendees),
        meeting.source.file,
        meeting.source.format,
        meeting.source.url,
      );
      for (const item of meeting.items) {
        const itemId = itemIdOf(meeting, item);
        statements.insertItem.run(itemId, meeting.id, item.index, item.number, item.title, JSON.stringify(item.decisions));
        for (const paragraph of item.paragraphs) insertParagraph(itemId, paragraph);
      }
    });
    const stored: StoredChunk[] = [];
    // Asked once per distinct text: a document repeating "None." thousands of times made this quadratic.
    const originals = new Map<string, string | null>();
    const originalOf = (contentHash: string) => {
      if (!originals.has(contentHash)) originals.set(contentHash, statements.originalWithHash.get(contentHash, document.id)?.id ?? null);
      return originals.get(contentHash)!;
    };
    for (const chunk of chunks) {
      const withDuplicate = { ...chunk, duplicateOf: chunk.kind === 'paragraph' ? originalOf(chunk.contentHash) : null };
      const result = statements.insertChunk.run({
        ...withDuplicate,
        isDecision: chunk.isDecision ? 1 : 0,
        isTruncated: chunk.isTruncated ? 1 : 0,
      });
      stored.push({ ...withDuplicate, seq: Number(result.lastInsertRowid) });
    }
    return { removedSeqs, chunks: stored };
  });

  function insertParagraph(itemId: string, paragraph: Paragraph): void {
    statements.insertParagraph.run(
      itemId,
      paragraph.index,
      paragraph.number,
      paragraph.text,
      paragraph.speaker,
      paragraph.isDecision ? 1 : 0,
      paragraph.isTruncated ? 1 : 0,
    );
  }

  function loadMeeting(row: MeetingRow): Meeting {
    const items: AgendaItem[] = statements.itemsOfMeeting.all(row.id).map((item) => ({
      index: item.ordinal,
      number: item.number,
      title: item.title,
      decisions: JSON.parse(item.decisions) as string[],
      paragraphs: statements.paragraphsOfItem.all(item.id).map((paragraph) => ({
        index: paragraph.ordinal,
        number: paragraph.number,
        text: paragraph.text,
        speaker: paragraph.speaker,
        isDecision: paragraph.is_decision === 1,
        isTruncated: paragraph.is_truncated === 1,
      })),
    }));
    return {
      id: row.id,
      body: row.body,
      date: row.date,
      title: row.title,
      venue: row.venue,
      attendees: attendeesFromJson(row.attendees),
      source: { documentId: row.document_id, file: row.source_file, format: row.source_format, url: row.source_url },
      items,
    };
  }

  return {
    file,
    getDocumentByPath: (documentPath) => {
      const row = statements.documentByPath.get(documentPath);
      return row ? toDocument(row) : undefined;
    },
    getDocumentByContentHash: (contentHash) => {
      const row = statements.documentByHash.get(contentHash);
      return row ? toDocument(row) : undefined;
    },
    getDocument: (id) => {
      const row = statements.documentById.get(id);
      return row ? toDocument(row) : undefined;
    },
    listDocuments: () => statements.allDocuments.all().map(toDocument),
    replaceDocument: (document, meetings, chunks) => replaceTransaction(document, meetings, chunks),
    removeDocument: (documentId) => ({ removedSeqs: db.transaction(() => removeDocumentRows(documentId))() }),
    removeMeeting: (meetingId) =>
      db.transaction(() => {
        const rows = db.prepare<[string], { seq: number; id: string }>('SELECT seq, id FROM chunks WHERE meeting_id = ?').all(meetingId);
        db.prepare('DELETE FROM chunks WHERE meeting_id = ?').run(meetingId);
        statements.countRemoval.run();
        db.prepare('DELETE FROM meetings WHERE id = ?').run(meetingId);
        promoteCopiesOf(rows.map((row) => row.id));
        return { removedSeqs: rows.map((row) => row.seq), removedIds: rows.map((row) => row.id) };
      })(),
    orphanScanState: (target) => ({ removals: statements.removals.get()!, scannedAt: statements.scannedAt.get(target) ?? null }),
    recordOrphanScan: (target, removals) => {
      statements.recordScan.run(target, removals);
    },
    adoptIndexInstance: (target, instance) =>
      db.transaction(() => {
        const known = statements.indexInstance.get(target);
        if (known === instance) return false;
        statements.recordIndexInstance.run(target, instance);
        if (known === undefined) return false;
        db.prepare(`UPDATE documents SET ${target}_synced = NULL`).run();
        return true;
      })(),
    markSynced: (documentId, target, contentHash) => {
      db.prepare(`UPDATE documents SET ${target}_synced = ? WHERE id = ?`).run(contentHash, documentId);
    },
    unsyncedDocuments: (target) =>
      db
        .prepare<[], DocumentRow>(
          `SELECT * FROM documents WHERE ${target}_synced IS NULL OR ${target}_synced != content_hash ORDER BY path`,
        )
        .all()
        .map(toDocument),
    chunksOfDocument: (documentId) => statements.chunksOfDocument.all(documentId).map(toChunk),
    getChunk: (id) => {
      const row = statements.chunkById.get(id);
      return row ? toChunk(row) : undefined;
    },
    getChunks: (ids) =>
      inKeyOrder(ids, statements.chunksById.all(JSON.stringify(ids)).map(toChunk), (chunk) => chunk.id),
    getChunksBySeq: (seqs) =>
      inKeyOrder(seqs, statements.chunksBySeq.all(JSON.stringify(seqs)).map(toChunk), (chunk) => chunk.seq),
    getChunkFacetsBySeq: (seqs) => inKeyOrder(seqs, statements.chunkFacetsBySeq.all(JSON.stringify(seqs)), (chunk) => chunk.seq),
    copiesOf: (chunks) => {
      const originalOf = (chunk: Pick<StoredChunk, 'id' | 'duplicateOf'>) => chunk.duplicateOf ?? chunk.id;
      const originals = new Set(chunks.map(originalOf));
      const passages = new Map<string, ChunkCopy[]>();
      const addTo = (original: string | null, copy: ChunkCopy) => {
        if (original === null || !originals.has(original)) return;
        const copies = passages.get(original);
        if (copies) copies.push(copy);
        else passages.set(original, [copy]);
      };
      const rows = statements.copiesOf.all({ originals: JSON.stringify([...originals]) });
      for (const [id, meetingId, body, date, meetingTitle, duplicateOf] of rows) {
        const copy = { id, meetingId, body, date, meetingTitle };
        addTo(id, copy);
        addTo(duplicateOf, copy);
      }
      return new Map(chunks.map((chunk) => [chunk.id, (passages.get(originalOf(chunk)) ?? []).filter((copy) => copy.id !== chunk.id)]));
    },
    allChunkIds: () => statements.allChunkIds.all().map((row) => row.id),
    allChunkSeqs: () => statements.allChunkSeqs.all().map((row) => row.seq),
    chunkAttributes: function* (afterSeq = 0) {
      const rows = statements.chunkAttributes.iterate(afterSeq);
      for (const [seq, kind, documentId, meetingId, body, date, year, speaker, isDecision] of rows) {
        yield { seq, kind, documentId, meetingId, body, date, year, speaker, isDecision: isDecision === 1 };
      }
    },
    getMeeting: (id) => {
      const row = statements.meetingById.get(id);
      return row ? loadMeeting(row) : undefined;
    },
    listMeetings: (filters) => {
      const conditions: string[] = [];
      const parameters: (string | number)[] = [];
      if (filters.body?.length) {
        conditions.push(`m.body IN (${placeholders(filters.body.length)})`);
        parameters.push(...filters.body);
      }
      if (filters.from) {
        conditions.push('m.date >= ?');
        parameters.push(filters.from);
      }
      if (filters.to) {
        conditions.push('m.date <= ?');
        parameters.push(filters.to);
      }
      if (filters.documentId) {
        conditions.push('m.document_id = ?');
        parameters.push(filters.documentId);
      }
      if (filters.year?.length) {
        conditions.push(`CAST(substr(m.date, 1, 4) AS INTEGER) IN (${placeholders(filters.year.length)})`);
        parameters.push(...filters.year);
      }
      const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
      const total = db.prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n FROM meetings m ${where}`).get(...parameters)!.n;
      const rows = db
        .prepare<(string | number)[], MeetingRow & { item_count: number; paragraph_count: number }>(
          `SELECT m.*,
             (SELECT count(*) FROM items i WHERE i.meeting_id = m.id) AS item_count,
             (SELECT count(*) FROM paragraphs p JOIN items i ON p.item_id = i.id WHERE i.meeting_id = m.id) AS paragraph_count
           FROM meetings m ${where}
           ORDER BY m.date IS NULL, m.date DESC, m.title LIMIT ? OFFSET ?`,
        )
        .all(...parameters, filters.limit, filters.offset);
      return {
        total,
        meetings: rows.map((row) => ({
          id: row.id,
          documentId: row.document_id,
          body: row.body,
          date: row.date,
          title: row.title,
          venue: row.venue,
          source: { file: row.source_file, format: row.source_format, url: row.source_url },
          itemCount: row.item_count,
          paragraphCount: row.paragraph_count,
        })),
      };
    },
    vocabulary: () => ({
      bodies: db.prepare<[], { v: string }>('SELECT DISTINCT body AS v FROM meetings WHERE body IS NOT NULL ORDER BY v').all().map((row) => row.v),
      speakers: db
        .prepare<[], { v: string }>('SELECT DISTINCT speaker AS v FROM chunks WHERE speaker IS NOT NULL ORDER BY v')
        .all()
        .map((row) => row.v),
    }),
    stats: () => {
      const count = (table: string) => db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;
      return {
        documents: count('documents'),
        meetings: count('meetings'),
        items: count('items'),
        paragraphs: count('paragraphs'),
        chunks: count('chunks'),
      };
    },
    dataFolderState: () => {
      const recorded = db.prepare<[], DataFolderState>('SELECT state FROM data_folder').pluck().get();
      if (recorded) return recorded;
      return db.prepare('SELECT 1 FROM documents LIMIT 1').get() ? 'initialised' : 'new';
    },
    recordDataFolderState: (state) => {
      db.prepare('INSERT INTO data_folder (id, state) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state').run(state);
    },
    close: () => db.close(),
  };
}
