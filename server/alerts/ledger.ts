// What the alerts have seen and sent: a watermark over the store's chunk seqs (seqs only grow, so "after the
// watermark" is "stored since the last run"), when each paragraph text was first indexed, the matches waiting for
// their subscription's next digest, and every (subscription, paragraph text) already sent, which is never sent again.
import type { AlertDatabase } from './database';

export interface PendingMatch {
  subscriptionId: number;
  textHash: string;
  chunkId: string;
  /** The query's words the paragraph holds (a keyword match), or null for a match on meaning alone. */
  words: string[] | null;
  similarity: number | null;
}

export interface FirstIndexed {
  textHash: string;
  seq: number;
  at: string;
}

interface PendingRow {
  subscription_id: number;
  text_hash: string;
  chunk_id: string;
  words: string | null;
  similarity: number | null;
}

const WATERMARK = 'watermark';
// SQLite caps bound parameters per statement; stay well below it.
const LOOKUP_BATCH = 500;

export class AlertLedger {
  constructor(private readonly db: AlertDatabase) {}

  /** The last chunk seq whose paragraphs were matched, or null before the first run. */
  watermark(): number | null {
    return this.db.prepare<[string], number>('SELECT value FROM alert_state WHERE key = ?').pluck().get(WATERMARK) ?? null;
  }

  /** Paragraph texts already recorded as indexed (so not news), of these. */
  knownTexts(hashes: string[]): Set<string> {
    return new Set(this.lookUp<{ text_hash: string }>('text_hash', hashes).map((row) => row.text_hash));
  }

  /** When each paragraph text was first indexed (ISO time), for those recorded. */
  firstIndexedAt(hashes: string[]): Map<string, string> {
    return new Map(this.lookUp<{ text_hash: string; at: string }>('text_hash, at', hashes).map((row) => [row.text_hash, row.at]));
  }

  /**
   * Records one run's batch, in one transaction: the texts first indexed in it, its matches (those already sent to a
   * subscription dropped) and the new watermark. False, recording nothing, when another process got there first.
   */
  recordBatch(fromSeq: number | null, toSeq: number, firstIndexed: FirstIndexed[], matches: PendingMatch[], at: Date): boolean {
    const addText = this.db.prepare('INSERT OR IGNORE INTO first_indexed (text_hash, seq, at) VALUES (?, ?, ?)');
    const addMatch = this.db.prepare(
      `INSERT OR IGNORE INTO pending (subscription_id, text_hash, chunk_id, words, similarity, matched_at)
       SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM subscriptions WHERE id = ?)
         AND NOT EXISTS (SELECT 1 FROM sent WHERE subscription_id = ? AND text_hash = ?)`,
    );
    return this.db.transaction(() => {
      if (this.watermark() !== fromSeq) return false;
      for (const text of firstIndexed) addText.run(text.textHash, text.seq, text.at);
      for (const match of matches) {
        const words = match.words ? JSON.stringify(match.words) : null;
        addMatch.run(match.subscriptionId, match.textHash, match.chunkId, words, match.similarity, at.toISOString(), match.subscriptionId, match.subscriptionId, match.textHash);
      }
      this.db.prepare('INSERT INTO alert_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(WATERMARK, toSeq);
      return true;
    })();
  }

  /** Subscriptions with matches waiting. */
  subscriptionsWithPending(): Set<number> {
    return new Set(this.db.prepare<[], number>('SELECT DISTINCT subscription_id FROM pending').pluck().all());
  }

  /**
   * Takes the waiting matches of these subscriptions and marks them sent, in one transaction, so two processes
   * never mail the same match; `restore` puts them back when the mail could not be sent.
   */
  take(subscriptionIds: number[], at: Date): PendingMatch[] {
    const select = this.db.prepare<[number], PendingRow>('SELECT * FROM pending WHERE subscription_id = ? ORDER BY matched_at, chunk_id');
    const remove = this.db.prepare('DELETE FROM pending WHERE subscription_id = ?');
    const markSent = this.db.prepare('INSERT OR IGNORE INTO sent (subscription_id, text_hash, sent_at) VALUES (?, ?, ?)');
    return this.db.transaction(() =>
      subscriptionIds.flatMap((id) => {
        const rows = select.all(id);
        remove.run(id);
        for (const row of rows) markSent.run(id, row.text_hash, at.toISOString());
        return rows.map(toMatch);
      }),
    )();
  }

  restore(matches: PendingMatch[], at: Date): void {
    const unmark = this.db.prepare('DELETE FROM sent WHERE subscription_id = ? AND text_hash = ?');
    const add = this.db.prepare(
      'INSERT OR IGNORE INTO pending (subscription_id, text_hash, chunk_id, words, similarity, matched_at) SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM subscriptions WHERE id = ?)',
    );
    this.db.transaction(() => {
      for (const match of matches) {
        unmark.run(match.subscriptionId, match.textHash);
        add.run(match.subscriptionId, match.textHash, match.chunkId, match.words ? JSON.stringify(match.words) : null, match.similarity, at.toISOString(), match.subscriptionId);
      }
    })();
  }

  private lookUp<Row>(columns: string, hashes: string[]): Row[] {
    const unique = [...new Set(hashes)];
    const rows: Row[] = [];
    for (let start = 0; start < unique.length; start += LOOKUP_BATCH) {
      const slice = unique.slice(start, start + LOOKUP_BATCH);
      rows.push(...(this.db.prepare(`SELECT ${columns} FROM first_indexed WHERE text_hash IN (${slice.map(() => '?').join(',')})`).all(...slice) as Row[]));
    }
    return rows;
  }
}

function toMatch(row: PendingRow): PendingMatch {
  return {
    subscriptionId: row.subscription_id,
    textHash: row.text_hash,
    chunkId: row.chunk_id,
    words: row.words ? (JSON.parse(row.words) as string[]) : null,
    similarity: row.similarity,
  };
}
