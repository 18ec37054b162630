// What the embedded index holds in memory about its file, each read on first use: the vocabulary (typos, completions,
// IDF), the item titles (sampling), every row's attributes (facets, date sorts), the text index's row count and rowid
// span (estimated totals), the candidate rows searches read and the rowids of each word they asked for since the
// last write.
import type Database from 'better-sqlite3';
import { AttributeColumns } from '../../attribute-columns';
import { createVocabulary, type Vocabulary } from '../vocabulary';
import { createItemTitles, type ItemTitles } from './item-titles';
import { readIndexedRowCount } from './database';
import type { CandidateRow } from './matches';
import { FieldWords } from '../field-words';
import { PostingLists } from './postings';
// The same columns of the same chunks table the store reads (its rowid is the chunk's seq).
import type { AttributeRow } from '../../store/rows';

export class IndexMemory {
  private heldVocabulary: Vocabulary | null = null;
  private heldItemTitles: ItemTitles | null = null;
  private heldAttributes: AttributeColumns | null = null;
  /** Chunks in the text index, for IDF, and the first and last rowid; forgotten on every write. */
  private heldIndexedRows: number | null = null;
  private heldRowidSpan: { first: number; last: number } | null = null;
  /** The words of every field scored lately, as integers (pure: never out of date). */
  readonly fieldWords = new FieldWords();
  /** Rows searches read to score and show, by rowid; forgotten on every write. */
  private heldRows = new Map<number, CandidateRow>();
  /** The rowids matching each query word, filter and title set asked lately; forgotten on every write. */
  readonly postings: PostingLists;

  constructor(private readonly database: Database.Database) {
    this.postings = new PostingLists(database);
  }

  vocabulary(): Vocabulary {
    this.heldVocabulary ??= createVocabulary(this.database.prepare<[], [string, number]>('SELECT term, documents FROM terms').raw().all());
    return this.heldVocabulary;
  }

  /** An empty vocabulary, for counting every word again. */
  freshVocabulary(): Vocabulary {
    this.heldVocabulary = createVocabulary();
    return this.heldVocabulary;
  }

  itemTitles(): ItemTitles {
    this.heldItemTitles ??= createItemTitles(this.database.prepare('SELECT DISTINCT item_title FROM chunk_content').pluck().all() as string[]);
    return this.heldItemTitles;
  }

  attributes(): AttributeColumns {
    if (!this.heldAttributes) {
      const columns = new AttributeColumns();
      // The first search after another process wrote reads every row: as arrays (better-sqlite3's raw mode), since
      // naming nine columns of every row made that search markedly slower than the four-column load before it.
      const rows = this.database
        .prepare<[], AttributeRow>('SELECT rowid, kind, document_id, meeting_id, body, date, year, speaker, is_decision FROM chunks')
        .raw()
        .iterate();
      for (const [rowid, kind, documentId, meetingId, body, date, year, speaker, isDecision] of rows) {
        columns.set(rowid, { kind, documentId, meetingId, body, date, year, speaker, isDecision: isDecision === 1 });
      }
      this.heldAttributes = columns;
    }
    return this.heldAttributes;
  }

  indexedRows(): number {
    this.heldIndexedRows ??= readIndexedRowCount(this.database);
    return this.heldIndexedRows;
  }

  /**
   * The matches of a query counted up to `limit` (most recently indexed first): their number when below the limit,
   * else an estimate, `estimated`, from how far back into the rowids they reach (matches taken as spread evenly).
   */
  totalOf(counted: number[], limit: number): { total: number; estimated: boolean } {
    if (counted.length < limit) return { total: counted.length, estimated: false };
    this.heldRowidSpan ??= this.database.prepare<[], { first: number; last: number }>('SELECT (SELECT min(rowid) FROM chunks) AS first, (SELECT max(rowid) FROM chunks) AS last').get() ?? null;
    const { first, last } = this.heldRowidSpan ?? { first: 0, last: 0 };
    const reached = Math.max(1, last - (counted.at(-1) as number) + 1);
    return { total: Math.max(counted.length, Math.round((counted.length * (last - first + 1)) / reached)), estimated: true };
  }

  rememberedRows(): Map<number, CandidateRow> {
    return this.heldRows;
  }

  /** A write is under way: what depends on the rows written is read again. */
  forgetRows(): void {
    this.heldIndexedRows = null;
    this.heldRowidSpan = null;
    this.heldRows = new Map();
    this.postings.forget();
  }

  forget(): void {
    this.heldVocabulary = null;
    this.heldItemTitles = null;
    this.heldAttributes = null;
    this.forgetRows();
  }
}
