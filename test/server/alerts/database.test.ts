// data/alerts.sqlite made by the first release (tokens kept as mailed, user_version 0) is migrated once when opened:
// its tokens are hashed, the links already in people's inboxes keep working, and nothing else is lost.
import Database from 'better-sqlite3';
import { alertDatabasePath, openAlertDatabase, tokenHash } from '../../../server/alerts/database';
import { newToken, Subscriptions } from '../../../server/alerts/subscriptions';
import { alertDatabaseBytes } from '../../helpers/alert-links';
import { temporaryDirectory } from '../../helpers/environment';

/** The tables of the first release that held tokens or point at subscriptions, as it created them. */
const VERSION_0_SCHEMA = `
CREATE TABLE subscriptions (
  id INTEGER PRIMARY KEY, email TEXT NOT NULL, search TEXT NOT NULL, frequency TEXT NOT NULL, client TEXT NOT NULL,
  confirm_token TEXT UNIQUE, unsubscribe_token TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, confirmed_at TEXT,
  since_seq INTEGER NOT NULL DEFAULT 0, last_digest_at TEXT, model TEXT, vector BLOB
);
CREATE TABLE sent (
  subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  text_hash TEXT NOT NULL, sent_at TEXT NOT NULL, PRIMARY KEY (subscription_id, text_hash)
) WITHOUT ROWID;
`;

const LIMITS = { maxPerAddress: 10, maxPerClient: 10, confirmationsPerAddressPerDay: 3 };
const waitingConfirmToken = newToken();
const confirmedUnsubscribeToken = newToken();
let dataDir: string;

beforeEach(() => {
  dataDir = temporaryDirectory('alerts-migration');
  const db = new Database(alertDatabasePath(dataDir));
  db.exec(VERSION_0_SCHEMA);
  const insert = db.prepare(
    `INSERT INTO subscriptions (id, email, search, frequency, client, confirm_token, unsubscribe_token, created_at, confirmed_at, since_seq)
     VALUES (?, ?, ?, 'daily', 'client', ?, ?, '2026-05-01T09:00:00.000Z', ?, ?)`,
  );
  insert.run(1, 'waiting@example.org', 'q=ferries', waitingConfirmToken, newToken(), null, 0);
  insert.run(2, 'following@example.org', 'q=speed+cameras', null, confirmedUnsubscribeToken, '2026-05-01T10:00:00.000Z', 42);
  db.prepare("INSERT INTO sent VALUES (2, 'paragraph-hash', '2026-05-02T09:00:00.000Z')").run();
  db.close();
});

it('hashes the stored tokens once, so the links already mailed still confirm and unsubscribe', () => {
  const db = openAlertDatabase(dataDir);
  try {
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare('SELECT confirm_token_hash FROM subscriptions WHERE id = 1').pluck().get()).toBe(tokenHash(waitingConfirmToken));
    const subscriptions = new Subscriptions(db, LIMITS);
    expect(subscriptions.confirmed()).toEqual([expect.objectContaining({ id: 2, email: 'following@example.org', sinceSeq: 42 })]);
    expect(subscriptions.confirm(waitingConfirmToken, 7)).toEqual({ id: 1, search: 'q=ferries' });
    expect(db.prepare('SELECT count(*) FROM sent WHERE subscription_id = 2').pluck().get()).toBe(1);
    expect(subscriptions.unsubscribe(confirmedUnsubscribeToken, false)).toBe(1);
    // The foreign keys survived the rebuilt table: the stopped subscription's history went with it.
    expect(db.prepare('SELECT count(*) FROM sent').pluck().get()).toBe(0);
  } finally {
    db.close();
  }
});

it('leaves no token as mailed in the file, not even in freed pages, while the database is still open', () => {
  // Enough subscriptions (with their 384-dimension vectors) that the rebuilt table does not simply reuse every page.
  const version0 = new Database(alertDatabasePath(dataDir));
  const insert = version0.prepare(
    "INSERT INTO subscriptions (email, search, frequency, client, confirm_token, unsubscribe_token, created_at, vector) VALUES (?, 'q=moorings', 'weekly', 'client', ?, ?, '2026-05-03T09:00:00.000Z', ?)",
  );
  const tokens = [waitingConfirmToken, confirmedUnsubscribeToken];
  for (let index = 0; index < 300; index += 1) {
    const [confirm, unsubscribe] = [newToken(), newToken()];
    tokens.push(confirm, unsubscribe);
    insert.run(`reader${index}@example.org`, confirm, unsubscribe, Buffer.alloc(384 * 4));
  }
  version0.close();

  const db = openAlertDatabase(dataDir);
  try {
    const stored = alertDatabaseBytes(dataDir);
    expect(stored).toContain('following@example.org');
    expect(tokens.filter((token) => stored.includes(token))).toEqual([]);
  } finally {
    db.close();
  }
});

it('does not hash the hashes again when opened a second time', () => {
  openAlertDatabase(dataDir).close();
  const db = openAlertDatabase(dataDir);
  try {
    const subscriptions = new Subscriptions(db, LIMITS);
    expect(subscriptions.subscriptionToStop(confirmedUnsubscribeToken)).toMatchObject({ id: 2 });
    expect(subscriptions.awaitingConfirmation(waitingConfirmToken)).toMatchObject({ id: 1 });
  } finally {
    db.close();
  }
});
