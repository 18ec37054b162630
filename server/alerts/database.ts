// The alerts' own SQLite file beside the store (data/alerts.sqlite): subscriptions, when each paragraph text was first
// indexed, the matches waiting for a digest and what each subscription was already sent. Kept apart from the store so
// indexing never waits on it and a store rebuilt from the files keeps every subscriber and every "already sent".
// Confirm and unsubscribe tokens are kept only as SHA-256 hashes: a copy of the file lets nobody act for a subscriber.
import { createHash } from 'node:crypto';
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
  confirm_token_hash TEXT UNIQUE,
  created_at TEXT NOT NULL,
  confirmed_at TEXT,
  since_seq INTEGER NOT NULL DEFAULT 0,
  last_digest_at TEXT,
  model TEXT,
  vector BLOB
);
CREATE INDEX IF NOT EXISTS subscriptions_by_email ON subscriptions (email);
CREATE INDEX IF NOT EXISTS subscriptions_by_client ON subscriptions (client);
-- One per digest sent (each email's links keep working until its subscription goes).
CREATE TABLE IF NOT EXISTS unsubscribe_tokens (
  token_hash TEXT PRIMARY KEY,
  subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS unsubscribe_tokens_by_subscription ON unsubscribe_tokens (subscription_id);
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

/** PRAGMA user_version of the schema above. 0: the first release, which kept tokens as they were mailed. */
const SCHEMA_VERSION = 1;

interface SubscriptionRowVersion0 {
  id: number;
  email: string;
  search: string;
  frequency: string;
  client: string;
  confirm_token: string | null;
  unsubscribe_token: string;
  created_at: string;
  confirmed_at: string | null;
  since_seq: number;
  last_digest_at: string | null;
  model: string | null;
  vector: Buffer | null;
}

/** How a confirm or unsubscribe token is stored and looked up. Tokens are 32 random bytes, so no salt is needed. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Version 0 → 1: the subscriptions table rebuilt with hashed tokens, so the links already mailed keep working. */
function hashTokensOfVersion0(db: AlertDatabase): void {
  const rows = db.prepare<[], SubscriptionRowVersion0>('SELECT * FROM subscriptions').all();
  // Zeroes the pages freed below: the tokens as mailed must not linger in the file.
  db.pragma('secure_delete = ON');
  // Foreign keys are off here: dropping the table leaves the rows of pending and sent alone.
  db.exec('DROP TABLE subscriptions');
  db.exec(SCHEMA);
  const insert = db.prepare(
    `INSERT INTO subscriptions (id, email, search, frequency, client, confirm_token_hash, created_at, confirmed_at, since_seq, last_digest_at, model, vector)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertUnsubscribe = db.prepare('INSERT INTO unsubscribe_tokens (token_hash, subscription_id, created_at) VALUES (?, ?, ?)');
  for (const row of rows) {
    const confirmHash = row.confirm_token === null ? null : tokenHash(row.confirm_token);
    insert.run(row.id, row.email, row.search, row.frequency, row.client, confirmHash, row.created_at, row.confirmed_at, row.since_seq, row.last_digest_at, row.model, row.vector);
    insertUnsubscribe.run(tokenHash(row.unsubscribe_token), row.id, row.created_at);
  }
}

function migrate(db: AlertDatabase): void {
  // Immediate: the server, the indexer and `npm run alerts` may open the file at once; one migrates, the others wait.
  const hashedTokens = db
    .transaction((): boolean => {
      if ((db.pragma('user_version', { simple: true }) as number) >= SCHEMA_VERSION) return false;
      const isVersion0 = db.prepare("SELECT 1 FROM pragma_table_info('subscriptions') WHERE name = 'unsubscribe_token'").get() !== undefined;
      if (isVersion0) hashTokensOfVersion0(db);
      db.exec(SCHEMA);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
      return isVersion0;
    })
    .immediate();
  // The old pages may still sit in the database file until the log is written back: now, not at some later close.
  if (hashedTokens) db.pragma('wal_checkpoint(TRUNCATE)');
}

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
    // better-sqlite3 turns foreign keys on by default: off while migrating, or rebuilding subscriptions would empty sent.
    db.pragma('foreign_keys = OFF');
    migrate(db);
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    throw new ServiceError(ERROR_CODES.STORAGE_UNAVAILABLE, `alerts database ${file} cannot be opened: ${describeError(error)}`, { file }, { cause: error });
  }
}
