// The embedded keyword index's own SQLite file: the filter columns of each chunk, its content, the FTS5 text index
// over a chunk's own words and filter tokens, and the vocabulary's document counts.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { FILTER_TOKEN_COLUMN } from './filter-tokens';
import { FTS_TOKENIZER } from '../stemmer';

/** The columns a chunk's own words are in: the only ones query words and -words are matched in. */
export const CONTENT_COLUMNS = '{text speaker}';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS index_instance (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS chunks (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  document_id TEXT NOT NULL,
  meeting_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  body TEXT,
  date TEXT,
  year INTEGER,
  speaker TEXT,
  is_decision INTEGER NOT NULL
);
-- Kept apart from the narrow filter columns, which the filters-only listing reads for many rows.
CREATE TABLE IF NOT EXISTS chunk_content (
  rowid INTEGER PRIMARY KEY,
  item_title TEXT NOT NULL,
  meeting_title TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_by_document ON chunks(document_id);
CREATE INDEX IF NOT EXISTS chunks_by_meeting ON chunks(meeting_id);
CREATE INDEX IF NOT EXISTS chunks_by_date ON chunks(date);
CREATE INDEX IF NOT EXISTS chunks_by_body ON chunks(body, date);
CREATE INDEX IF NOT EXISTS chunks_by_year ON chunks(year, date);
CREATE INDEX IF NOT EXISTS chunks_by_speaker ON chunks(speaker, date);
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
`;

export const TEXT_INDEX_COLUMNS = ['text', 'speaker', FILTER_TOKEN_COLUMN];
const TEXT_INDEX_SCHEMA = `
CREATE VIRTUAL TABLE IF NOT EXISTS chunk_text USING fts5(
  ${TEXT_INDEX_COLUMNS.join(', ')},
  content='', contentless_delete=1, tokenize='${FTS_TOKENIZER}'
);
`;

export interface FtsDatabase {
  database: Database.Database;
  /** Names this file from its creation on (see KeywordIndex.instance). */
  instanceName: string;
  /** The text index was dropped for having other columns: it must be filled again from the stored rows. */
  textIndexDropped: boolean;
}

/** Databases written with other text index columns (before filter tokens, or with meeting and item fields) get it rebuilt from the stored rows. */
function needsTextIndexRebuild(database: Database.Database): boolean {
  const columns = database.prepare<[], string>("SELECT name FROM pragma_table_info('chunk_text')").pluck().all();
  return columns.length > 0 && columns.join(',') !== TEXT_INDEX_COLUMNS.join(',');
}

export function openFtsDatabase(file: string): FtsDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.exec(SCHEMA);
  database.prepare('INSERT OR IGNORE INTO index_instance (id, name) VALUES (1, ?)').run(`embedded:${randomUUID()}`);
  const instanceName = database.prepare<[], string>('SELECT name FROM index_instance').pluck().get() as string;
  const textIndexDropped = needsTextIndexRebuild(database);
  if (textIndexDropped) database.exec('DROP TABLE chunk_text');
  database.exec(TEXT_INDEX_SCHEMA);
  return { database, instanceName, textIndexDropped };
}

/**
 * The row count FTS5 keeps for its own bm25(), read in constant time (count(*) walks a whole index):
 * the first SQLite varint (big-endian 7-bit groups) of record 1 in the `_data` shadow table.
 */
export function readIndexedRowCount(database: Database.Database): number {
  const block = database.prepare<[], Buffer>('SELECT block FROM chunk_text_data WHERE id = 1').pluck().get();
  let value = 0;
  for (let position = 0; block && position < Math.min(block.length, 8); position += 1) {
    value = value * 128 + (block[position] & 0x7f);
    if ((block[position] & 0x80) === 0) break;
  }
  return value;
}
