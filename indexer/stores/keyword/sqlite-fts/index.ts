// The default keyword backend, no server to run: SQLite FTS5 (Porter stemming, filters as hidden tokens)
// in its own database file finds matches in each chunk's own words (its text and speaker: meeting and item
// fields are shared by every paragraph under them, so they only weigh in the ranking); BM25 ranks a bounded
// set of them in JavaScript (scoring.ts). In memory (memory.ts): the vocabulary (typos, completions, IDF), item
// titles and each row's attributes in the shared columns (facets, date sorts).
import type Database from 'better-sqlite3';
import type { Chunk } from '../../../../core/types';
import { parseQuery } from '../query-parser';
import { planQuery, toFtsMatchExpression } from '../query-plan';
import type { KeywordIndex, KeywordIndexStats, KeywordQuery, KeywordResult } from '../types';
import { openFtsDatabase } from './database';
import { hasFilters, listByDate } from './date-listing';
import { FtsMatches } from './matches';
import { IndexMemory } from './memory';
import { TextSearch } from './text-search';
import { FtsWriter } from './writer';

export interface EmbeddedKeywordIndexOptions {
  /** The SQLite file (created with its folder when missing). */
  file: string;
  /**
   * Most matches counted for `total` and the facets (default 1,200: past the deepest page the API serves). A query
   * with more has its total estimated from how far back into the index the counted ones reach, and its facets
   * counted over them (lower bounds), both with `approximate`; only the counted matches can be paged to.
   */
  maxCountedMatches?: number;
  /**
   * Queries with at most this many matches (default 300) are ranked, sorted and faceted exactly over all
   * of them. Beyond it, BM25 ranks a sample of this size chosen for relevance: first the matches under
   * item titles holding the query words (the most heavily weighted field), then the most recently indexed;
   * results then carry `approximate: true`.
   */
  rankWindow?: number;
}

export const DEFAULT_MAX_COUNTED_MATCHES = 1_200;
export const DEFAULT_RANK_WINDOW = 300;

class SqliteFtsKeywordIndex implements KeywordIndex {
  readonly backend = 'embedded';
  private readonly database: Database.Database;
  private readonly instanceName: string;
  private readonly memory: IndexMemory;
  private readonly writer: FtsWriter;
  private readonly matches: FtsMatches;
  private readonly textSearch: TextSearch;
  private readonly maxCounted: number;

  constructor(private readonly file: string, options: Omit<EmbeddedKeywordIndexOptions, 'file'>) {
    const opened = openFtsDatabase(file);
    this.database = opened.database;
    this.instanceName = opened.instanceName;
    this.memory = new IndexMemory(this.database);
    this.writer = new FtsWriter(this.database, this.memory);
    if (opened.textIndexDropped) this.writer.rebuildTextIndex();
    this.matches = new FtsMatches(this.database);
    this.maxCounted = options.maxCountedMatches ?? DEFAULT_MAX_COUNTED_MATCHES;
    this.textSearch = new TextSearch(this.matches, this.memory, { maxCounted: this.maxCounted, rankWindow: options.rankWindow ?? DEFAULT_RANK_WINDOW });
  }

  async upsert(chunks: Chunk[]): Promise<void> {
    this.writer.upsert(chunks);
  }

  async deleteDocument(documentId: string): Promise<void> {
    this.writer.deleteDocument(documentId);
  }

  async deleteChunks(ids: string[]): Promise<void> {
    this.writer.deleteChunks(ids);
  }

  async replaceDocuments(documentIds: string[], chunks: Chunk[]): Promise<void> {
    this.writer.replaceDocuments(documentIds, chunks);
  }

  async search(query: KeywordQuery): Promise<KeywordResult> {
    const plan = planQuery(parseQuery(query.text), this.memory.vocabulary());
    if (plan.required.length > 0) return this.textSearch.search(query, plan);
    if (!hasFilters(query.filters)) return { hits: [], total: 0, facets: { body: {}, year: {}, speaker: {} } };
    const excluded = toFtsMatchExpression({ required: [{ alternatives: plan.excluded }], excluded: [] });
    return listByDate(query, plan.excluded.length > 0 ? excluded : null, this.matches, this.memory, this.maxCounted);
  }

  async allIds(): Promise<string[]> {
    return this.database.prepare<[], string>('SELECT id FROM chunks ORDER BY id').pluck().all();
  }

  async stats(): Promise<KeywordIndexStats> {
    const documents = this.database.prepare<[], number>('SELECT count(*) FROM chunks').pluck().get() ?? 0;
    return { backend: 'embedded', documents, healthy: true, detail: this.file };
  }

  async instance(): Promise<string> {
    return this.instanceName;
  }

  forgetCachedState(): void {
    this.memory.forget();
  }

  async close(): Promise<void> {
    this.database.close();
  }
}

export function createEmbeddedKeywordIndex(options: EmbeddedKeywordIndexOptions): KeywordIndex {
  return new SqliteFtsKeywordIndex(options.file, options);
}
