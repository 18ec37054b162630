// Saved searches with email alerts: requested (double opt-in, within the limits), confirmed, unsubscribed. Tokens are
// 32 random bytes, stored only as hashes; an address is stored to send mail to and never leaves this class except to
// the mailer.
import { createHash, randomBytes } from 'node:crypto';
import type { AlertSettings } from '../../core/config';
import { ERROR_CODES, InputError } from '../../core/errors';
import { tokenHash, type AlertDatabase } from './database';

export const FREQUENCIES = ['immediate', 'daily', 'weekly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** The shortest time between two digests of a subscription, in ms. */
export const DIGEST_INTERVAL_MS: Record<Frequency, number> = { immediate: 0, daily: 24 * 3_600_000, weekly: 7 * 24 * 3_600_000 };

/** A request never confirmed is forgotten after this long (its address with it). */
const UNCONFIRMED_KEPT_MS = 7 * 24 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

export interface SubscriptionRequest {
  email: string;
  /** The canonical query string of the followed search (links.ts). */
  search: string;
  frequency: Frequency;
  /** The requesting client's address; only a hash of it is kept, to count its requests. */
  clientAddress: string;
}

/** What the caller mails: a confirmation link, or nothing when the address already follows this search. */
export type RequestOutcome = { kind: 'confirm'; subscriptionId: number; confirmToken: string } | { kind: 'already-following' };

export interface ConfirmedSubscription {
  id: number;
  email: string;
  search: string;
  frequency: Frequency;
  /** Only paragraphs stored after this chunk seq are news to it. */
  sinceSeq: number;
  lastDigestAt: string | null;
  model: string | null;
  vector: Float32Array | null;
}

interface SubscriptionRow {
  id: number;
  email: string;
  search: string;
  frequency: Frequency;
  since_seq: number;
  last_digest_at: string | null;
  model: string | null;
  vector: Buffer | null;
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function clientKey(address: string): string {
  return createHash('sha256').update(`minutes-search alerts client\0${address}`).digest('hex').slice(0, 32);
}

function rateLimited(message: string, field: string): InputError {
  return new InputError(ERROR_CODES.RATE_LIMITED, message, { field });
}

export function vectorOfBlob(blob: Buffer | null): Float32Array | null {
  // Copied out of SQLite's buffer: its byte offset need not be 4-aligned.
  return blob ? new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength)) : null;
}

export class Subscriptions {
  constructor(
    private readonly db: AlertDatabase,
    private readonly limits: Pick<AlertSettings, 'maxPerAddress' | 'maxPerClient' | 'confirmationsPerAddressPerDay'>,
  ) {}

  /** A new subscription waiting for its confirmation, or the same one again (a new link) when it is still waiting. */
  request(request: SubscriptionRequest, now = new Date()): RequestOutcome {
    const email = request.email.trim().toLowerCase();
    return this.db.transaction((): RequestOutcome => {
      this.forgetUnconfirmed(now);
      const existing = this.db
        .prepare<[string, string], { id: number; confirmed_at: string | null }>('SELECT id, confirmed_at FROM subscriptions WHERE email = ? AND search = ?')
        .get(email, request.search);
      if (existing?.confirmed_at) return { kind: 'already-following' };
      if (!existing) this.checkLimits(email, clientKey(request.clientAddress));
      this.checkConfirmationsSent(email, now);
      const confirmToken = newToken();
      let subscriptionId = existing?.id;
      if (subscriptionId === undefined) {
        const inserted = this.db
          .prepare(
            `INSERT INTO subscriptions (email, search, frequency, client, confirm_token_hash, created_at)
             VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(email, request.search, request.frequency, clientKey(request.clientAddress), tokenHash(confirmToken), now.toISOString());
        subscriptionId = Number(inserted.lastInsertRowid);
      } else {
        this.db.prepare('UPDATE subscriptions SET confirm_token_hash = ?, frequency = ? WHERE id = ?').run(tokenHash(confirmToken), request.frequency, subscriptionId);
      }
      this.db.prepare('INSERT INTO confirmations_sent (email, sent_at) VALUES (?, ?)').run(email, now.toISOString());
      return { kind: 'confirm', subscriptionId, confirmToken };
    })();
  }

  /** The subscription this confirm token would confirm, without confirming it. Null for an unknown token. */
  awaitingConfirmation(token: string): { id: number; search: string } | null {
    return this.db.prepare<[string], { id: number; search: string }>('SELECT id, search FROM subscriptions WHERE confirm_token_hash = ?').get(tokenHash(token)) ?? null;
  }

  /** The subscription confirmed by this token: it hears of paragraphs stored after `sinceSeq`. Null for an unknown token. */
  confirm(token: string, sinceSeq: number, now = new Date()): { id: number; search: string } | null {
    const row = this.awaitingConfirmation(token);
    if (!row) return null;
    this.db.prepare('UPDATE subscriptions SET confirm_token_hash = NULL, confirmed_at = ?, since_seq = ? WHERE id = ?').run(now.toISOString(), sinceSeq, row.id);
    return row;
  }

  /** A new token for an email's unsubscribe link; the links of earlier emails keep working. */
  newUnsubscribeToken(subscriptionId: number, now = new Date()): string {
    const token = newToken();
    this.db.prepare('INSERT INTO unsubscribe_tokens (token_hash, subscription_id, created_at) VALUES (?, ?, ?)').run(tokenHash(token), subscriptionId, now.toISOString());
    return token;
  }

  /** The subscription this unsubscribe token stops, without stopping it. Null for an unknown token. */
  subscriptionToStop(token: string): { id: number; email: string; search: string } | null {
    return (
      this.db
        .prepare<[string], { id: number; email: string; search: string }>(
          'SELECT s.id, s.email, s.search FROM unsubscribe_tokens t JOIN subscriptions s ON s.id = t.subscription_id WHERE t.token_hash = ?',
        )
        .get(tokenHash(token)) ?? null
    );
  }

  /** Removes the subscription holding this token (with `everyone`, every subscription of its address); how many went. */
  unsubscribe(token: string, everyone: boolean): number {
    const row = this.subscriptionToStop(token);
    if (!row) return 0;
    const removed = everyone
      ? this.db.prepare('DELETE FROM subscriptions WHERE email = ?').run(row.email)
      : this.db.prepare('DELETE FROM subscriptions WHERE id = ?').run(row.id);
    return removed.changes;
  }

  confirmed(): ConfirmedSubscription[] {
    const rows = this.db
      .prepare<[], SubscriptionRow>(
        `SELECT id, email, search, frequency, since_seq, last_digest_at, model, vector
         FROM subscriptions WHERE confirmed_at IS NOT NULL ORDER BY id`,
      )
      .all();
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      search: row.search,
      frequency: row.frequency,
      sinceSeq: row.since_seq,
      lastDigestAt: row.last_digest_at,
      model: row.model,
      vector: vectorOfBlob(row.vector),
    }));
  }

  /** The query's embedding, made once (at subscription, or when the model changed) and kept for every run. */
  storeVector(id: number, model: string, vector: Float32Array): void {
    this.db.prepare('UPDATE subscriptions SET model = ?, vector = ? WHERE id = ?').run(model, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength), id);
  }

  recordDigest(ids: number[], at: Date): void {
    const update = this.db.prepare('UPDATE subscriptions SET last_digest_at = ? WHERE id = ?');
    this.db.transaction(() => ids.forEach((id) => update.run(at.toISOString(), id)))();
  }

  private checkLimits(email: string, client: string): void {
    const count = (column: 'email' | 'client', value: string) =>
      this.db.prepare<[string], number>(`SELECT count(*) FROM subscriptions WHERE ${column} = ?`).pluck().get(value) ?? 0;
    if (count('email', email) >= this.limits.maxPerAddress) {
      throw rateLimited(`this address already follows ${this.limits.maxPerAddress} searches, the most allowed (ALERTS_MAX_PER_ADDRESS)`, 'email');
    }
    if (count('client', client) >= this.limits.maxPerClient) {
      throw rateLimited(`too many subscriptions requested from this client (at most ${this.limits.maxPerClient}, ALERTS_MAX_PER_CLIENT)`, 'email');
    }
  }

  private checkConfirmationsSent(email: string, now: Date): void {
    const since = new Date(now.getTime() - DAY_MS).toISOString();
    const sent = this.db.prepare<[string, string], number>('SELECT count(*) FROM confirmations_sent WHERE email = ? AND sent_at > ?').pluck().get(email, since) ?? 0;
    if (sent >= this.limits.confirmationsPerAddressPerDay) {
      throw rateLimited(
        `${sent} confirmation emails were sent to this address in the last 24 hours, the most allowed; try again tomorrow`,
        'email',
      );
    }
  }

  private forgetUnconfirmed(now: Date): void {
    const before = new Date(now.getTime() - UNCONFIRMED_KEPT_MS).toISOString();
    this.db.prepare('DELETE FROM subscriptions WHERE confirmed_at IS NULL AND created_at < ?').run(before);
    this.db.prepare('DELETE FROM confirmations_sent WHERE sent_at < ?').run(new Date(now.getTime() - DAY_MS).toISOString());
  }
}
