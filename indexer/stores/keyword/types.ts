// The keyword index seam: two backends (embedded SQLite FTS5, Meilisearch), one contract.
import type { Chunk, ChunkKind } from '../../../core/types';

export interface SearchFilters {
  body?: string[];
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  year?: number[];
  speaker?: string[];
  decisionsOnly?: boolean;
  documentId?: string;
  meetingId?: string;
  kind?: ChunkKind;
}

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface KeywordQuery {
  text: string;
  filters?: SearchFilters;
  sort?: SortOrder;
  limit: number;
  offset: number;
  /** False when the caller already has this query's facets (a deeper read of the same matches): they are not counted again. */
  facets?: boolean;
}

export interface FacetCounts {
  body: Record<string, number>;
  year: Record<string, number>;
  speaker: Record<string, number>;
}

export interface KeywordHit {
  id: string;
  /** Higher is better; comparable only within one result list. */
  score: number;
  /** Escaped HTML snippet cropped around the best match, with <mark> around matched words. */
  highlight: string;
  /**
   * Share of the query's words the chunk matches, in (0, 1]. Below 1 the hit came from relaxing a query whose
   * every word matched too few chunks to fill the page; such hits always follow the full matches.
   */
  coverage: number;
}

/** How a query's words were matched, reported with its results. */
export interface KeywordMatching {
  /**
   * `most` (embedded): a result holds most of the words that count, those holding more first; when fewer than ten
   * chunks hold most of them, words are let go one at a time so a page is not left nearly empty. `minimum` is the
   * number of words a result held at the loosest level searched.
   * `frequency` (Meilisearch): every word first, then the most common let go one at a time, down to the rarest alone
   * (the words sent rarest first with Meilisearch's `last` strategy). `phrase`: a query of stop words only must appear as written.
   */
  strategy: 'most' | 'frequency' | 'phrase';
  /** The words that count, rarest first where the backend knows how common they are. */
  words: string[];
  minimum: number;
  /** Words of the query that count for nothing on their own: stop words, and where the backend knows, words no chunk holds or the most common words of a long query. */
  ignored: string[];
}

export interface KeywordResult {
  hits: KeywordHit[];
  /** Matches before pagination: every one of them can be paged to. */
  total: number;
  facets: FacetCounts;
  /** Absent when the query has no words to match (filters only). */
  matching?: KeywordMatching;
  /** True when a very common query was ranked and counted on a sample of its matches (see the backend's limits). */
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
