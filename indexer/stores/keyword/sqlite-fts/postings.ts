// The chunks matching one FTS5 expression (a query word with its alternatives, a filter, a set of item titles) as a
// bitmap over rowids, read once and kept until the next write: a common word's list costs FTS5 a pass over its whole
// doclist (about 0.1 s for a word in half of a million chunks) and is then every later query's for nothing.
import type Database from 'better-sqlite3';
import { postingListOf, type PostingList } from './at-least';

/**
 * Bitmap bytes kept in all: 64 MB, 450 lists at a million chunks (143 kB each); past it the lists used longest ago
 * are let go first. The 183 queries of bench/keyword-mix.ts ask for 327 at 1M.
 */
const MAX_HELD_BYTES = 64 * 1024 ** 2;

export class PostingLists {
  /** In the order last used (a Map keeps insertion order): the first is let go first. */
  private lists = new Map<string, PostingList>();
  private heldBytes = 0;
  private highestRowid: number | null = null;

  constructor(private readonly database: Database.Database) {}

  /** The chunks matching the expression. */
  of(expression: string): PostingList {
    let list = this.lists.get(expression);
    if (list) {
      this.lists.delete(expression);
    } else {
      list = this.readList(expression);
      this.heldBytes += list.bits.byteLength;
      for (const [oldest, oldList] of this.lists) {
        if (this.heldBytes <= MAX_HELD_BYTES) break;
        this.lists.delete(oldest);
        this.heldBytes -= oldList.bits.byteLength;
      }
    }
    this.lists.set(expression, list);
    return list;
  }

  forget(): void {
    this.lists = new Map();
    this.heldBytes = 0;
    this.highestRowid = null;
  }

  private readList(expression: string): PostingList {
    // Every list as long as the highest rowid's: the bitmaps are read side by side, word for word.
    this.highestRowid ??= this.database.prepare<[], number>('SELECT coalesce(max(rowid), 0) FROM chunks').pluck().get() ?? 0;
    const rowids = this.database.prepare<[string], number>('SELECT rowid FROM chunk_text WHERE chunk_text MATCH ? ORDER BY rowid').pluck().all(expression);
    return postingListOf(rowids, this.highestRowid);
  }
}
