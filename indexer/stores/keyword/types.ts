// The keyword index seam: two backends (embedded SQLite FTS5, Meilisearch), one contract.
import type { FacetCounts, KeywordMatching, SearchFilters, SortOrder } from '../../../core/search-types';
import type { Chunk } from '../../../core/types';

// The search shapes every layer shares live in core/; the backends keep importing them from here too.
export type { FacetCounts, KeywordMatching, SearchFilters, SortOrder };

export interface KeywordQuery {
  text: string;
  filters?: SearchFilters;
  sort?: SortOrder;
  limit: number;
  offset: number;
  /** False when the caller already has this query's facets (a deeper read of the same matches): they are not counted again. */
  facets?: boolean;
}

export interface KeywordHit {
  id: string;
  /** Higher is better; comparable only within one result list. */
  score: number;
  /** Escaped HTML snippet cropped around the best match, with <mark> around matched words. */
  highlight: string;
  /** The words the snippet marks (core/text/highlight.ts), one list shared by the query's hits: a page can mark them itself. */
  matchTerms: readonly string[];
  /**
   * Share of the query's words the chunk matches, in (0, 1]. Below 1 the hit came from relaxing a query whose
   * every word matched too few chunks to fill the page; such hits always follow the full matches.
   */
  coverage: number;
}

export interface KeywordResult {
  hits: KeywordHit[];
  /** Matches before pagination: every one of them can be paged to, unless `approximate` says it is an estimate. */
  total: number;
  facets: FacetCounts;
  /** Absent when the query has no words to match (filters only). */
  matching?: KeywordMatching;
  /**
   * True when a very common query was ranked on a sample of its matches, or had more matches than the backend counts:
   * `total` is then an estimate and the facets count only the matches counted (see the backend's limits).
   */
  approximate?: boolean;
}

export interface KeywordIndexStats {
  backend: 'embedded' | 'meilisearch';
  documents: number;
  healthy: boolean;
  detail?: string;
}

export interface KeywordIndex {
  readonly backend: 'embedded' | 'meilisearch';
  /** Adds or replaces chunks by id. */
  upsert(chunks: Chunk[]): Promise<void>;
  /** Removes every chunk of a source document. */
  deleteDocument(documentId: string): Promise<void>;
  /**
   * Replaces every chunk of these source documents with `chunks` (their chunks now), as one batch: Meilisearch gets
   * every request queued before one wait, so indexing goes at its pace.
   */
  replaceDocuments(documentIds: string[], chunks: Chunk[]): Promise<void>;
  /** Removes chunks by id (ids not held are ignored). */
  deleteChunks(ids: string[]): Promise<void>;
  search(query: KeywordQuery): Promise<KeywordResult>;
  /** Every chunk id held, for consistency checks. */
  allIds(): Promise<string[]>;
  stats(): Promise<KeywordIndexStats>;
  /**
   * Names this index instance; it changes when the index is created anew (its file deleted, the Meilisearch index
   * dropped), so the store knows that documents it marked synced must be synced again.
   */
  instance(): Promise<string>;
  /**
   * Another writer (the server's indexing worker) changed the index: drop what is held in memory about it, so the
   * next search reads it afresh.
   */
  forgetCachedState(): void;
  close(): Promise<void>;
}
