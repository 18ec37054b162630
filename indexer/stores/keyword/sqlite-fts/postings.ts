// The chunks matching one FTS5 expression (a query word with its alternatives, a filter, a set of item titles) as a
// bitmap over rowids, read once and kept until the next write: a common word's list costs FTS5 a pass over its whole
// doclist (about 0.1 s for a word in half of a million chunks) and is then every later query's for nothing.
import type Database from 'better-sqlite3';
import { RecentlyUsed } from '../../../../core/recently-used';
import { postingListOf, type PostingList } from './at-least';

/**
 * Bitmap bytes kept in all: 64 MB, 450 lists at a million chunks (143 kB each, every list as long as the highest
 * rowid's); past it the lists used longest ago are let go first. The 183 queries of bench/keyword-mix.ts ask for 327 at 1M.
 */
const MAX_HELD_BYTES = 64 * 1024 ** 2;

export class PostingLists {
  /** Made on the first read after a write, when the highest rowid, and so the size of every bitmap, is known. */
  private held: { highestRowid: number; lists: RecentlyUsed<string, PostingList> } | null = null;

  constructor(private readonly database: Database.Database) {}

  /** The chunks matching the expression. */
  of(expression: string): PostingList {
    if (!this.held) {
      const highestRowid = this.database.prepare<[], number>('SELECT coalesce(max(rowid), 0) FROM chunks').pluck().get() ?? 0;
      this.held = { highestRowid, lists: new RecentlyUsed(Math.max(1, Math.floor(MAX_HELD_BYTES / ((highestRowid >>> 3) + 4)))) };
    }
    let list = this.held.lists.get(expression);
    if (!list) {
      const rowids = this.database.prepare<[string], number>('SELECT rowid FROM chunk_text WHERE chunk_text MATCH ? ORDER BY rowid').pluck().all(expression);
      list = postingListOf(rowids, this.held.highestRowid);
      this.held.lists.set(expression, list);
    }
    return list;
  }

  forget(): void {
    this.held = null;
  }
}
