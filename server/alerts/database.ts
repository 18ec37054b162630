// The alerts' own SQLite file beside the store (data/alerts.sqlite): subscriptions, when each paragraph text was first
// indexed, the matches waiting for a digest and what each subscription was already sent. Kept apart from the store so
// indexing never waits on it and a store rebuilt from the files keeps every subscriber and every "already sent".
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describeError, ERROR_CODES, ServiceError } from '../../core/errors';

export type AlertDatabase = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS subscriptions (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  search TEXT NOT NULL,
  frequency TEXT NOT NULL,
  client TEXT NOT NULL,
  confirm_token TEXT UNIQUE,
  unsubscribe_token TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  confirmed_at TEXT,
  since_seq INTEGER NOT NULL DEFAULT 0,
  last_digest_at TEXT,
  model TEXT,
  vector BLOB
);
CREATE INDEX IF NOT EXISTS subscriptions_by_email ON subscriptions (email);
CREATE INDEX IF NOT EXISTS subscriptions_by_client ON subscriptions (client);
CREATE TABLE IF NOT EXISTS confirmations_sent (email TEXT NOT NULL, sent_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS confirmations_by_email ON confirmations_sent (email, sent_at);
CREATE TABLE IF NOT EXISTS first_indexed (
  text_hash TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pending (
  subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  text_hash TEXT NOT NULL,
  chunk_id TEXT NOT NULL,
  words TEXT,
  similarity REAL,
  matched_at TEXT NOT NULL,
  PRIMARY KEY (subscription_id, text_hash)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sent (
  subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  text_hash TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  PRIMARY KEY (subscription_id, text_hash)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS alert_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
`;

export function alertDatabasePath(dataDir: string): string {
  return path.join(dataDir, 'alerts.sqlite');
}

export function openAlertDatabase(dataDir: string): AlertDatabase {
  const file = alertDatabasePath(dataDir);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const db = new Database(file);
    // The server, the indexer and `npm run alerts` may all hold it open: WAL lets them read while one writes.
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    db.exec(SCHEMA);
    return db;
  } catch (error) {
    throw new ServiceError(ERROR_CODES.STORAGE_UNAVAILABLE, `alerts database ${file} cannot be opened: ${describeError(error)}`, { file }, { cause: error });
  }
}
