// The shapes of a search that the client, the server and both indexes share: filters, sort order, facet counts
// and how the keyword side matched the query's words. Plain data, validated at the edge (server/validation.ts).
import type { ChunkKind } from './types';

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

export interface FacetCounts {
  body: Record<string, number>;
  year: Record<string, number>;
  speaker: Record<string, number>;
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
  /**
   * Of `ignored`, the words no chunk holds in any spelling keyword search tried (neither as typed, nor stemmed, nor
   * corrected): words of the user's own that the minutes never use, so the keyword side cannot have looked for them.
   * Absent when there are none.
   */
  unknown?: string[];
  /** The query with the words no chunk holds replaced by the closest indexed words, when there are such (embedded index only). */
  suggestion?: string;
}
