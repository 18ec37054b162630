// The store's SQLite file: its tables, how it is opened, and the migrations of stores written by older versions.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describeError, ERROR_CODES, ServiceError, storageFailureOf } from '../../../core/errors';

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
CREATE INDEX IF NOT EXISTS decision_chunks_by_item ON chunks(item_id, seq) WHERE is_decision = 1;
CREATE TABLE IF NOT EXISTS chunk_removals (id INTEGER PRIMARY KEY CHECK (id = 1), count INTEGER NOT NULL);
INSERT OR IGNORE INTO chunk_removals (id, count) VALUES (1, 0);
CREATE TABLE IF NOT EXISTS orphan_scans (target TEXT PRIMARY KEY, removals INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS index_instances (target TEXT PRIMARY KEY, instance TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS data_folder (id INTEGER PRIMARY KEY CHECK (id = 1), state TEXT NOT NULL);
`;
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
export function openDatabase(file: string): Database.Database {
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
