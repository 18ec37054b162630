// What the canonical store holds and the one interface the indexer and the server use it through.
import type { Chunk, Meeting, SourceFormat } from '../../../core/types';

export type IndexTarget = 'keyword' | 'vector';

export interface DocumentRecord {
  id: string;
  path: string;
  format: SourceFormat;
  contentHash: string;
  size: number;
  indexedAt: string;
  /** The version of the parse rules that read it (the indexer's PARSER_VERSION); absent means 1. */
  parserVersion?: number;
}

/** A chunk as stored: `seq` is its integer key, used as the HNSW label; never reused. */
export interface StoredChunk extends Chunk {
  seq: number;
}

/** A chunk's id and the fields facets count: what a search reads of candidates it counts but may not show. */
export type ChunkFacets = Pick<StoredChunk, 'seq' | 'id' | 'body' | 'year' | 'speaker'>;

/** What an embedding is made of (see passageText). */
export type ChunkText = Pick<StoredChunk, 'seq' | 'itemTitle' | 'text'>;

/** What a result lists of each exact copy of its passage. */
export type ChunkCopy = Pick<StoredChunk, 'id' | 'meetingId' | 'body' | 'date' | 'meetingTitle'>;

/** Copies listed for one passage; a result says how many more there are. */
export const MAX_COPIES_LISTED = 10;

/** The first copies of a passage (up to MAX_COPIES_LISTED, in indexing order) and how many there are in all. */
export interface CopiesOf {
  listed: ChunkCopy[];
  total: number;
}

export interface MeetingSummary {
  id: string;
  documentId: string;
  body: string | null;
  date: string | null;
  title: string;
  venue: string | null;
  source: { file: string; format: SourceFormat; url: string | null };
  itemCount: number;
  paragraphCount: number;
}

export interface MeetingFilters {
  body?: string[];
  from?: string;
  to?: string;
  year?: number[];
  documentId?: string;
  limit: number;
  offset: number;
}

/** The filterable fields of a chunk, for filtering vector candidates in memory. */
export interface ChunkAttributes {
  seq: number;
  kind: Chunk['kind'];
  documentId: string;
  meetingId: string;
  body: string | null;
  date: string | null;
  year: number | null;
  speaker: string | null;
  isDecision: boolean;
}

/**
 * Whether the data folder was ever set up: `new` until the first start begins seeding it with the sample corpus,
 * `seeding` while it does (a crash then resumes seeding), `initialised` for good after, whatever is later deleted.
 */
export type DataFolderState = 'new' | 'seeding' | 'initialised';

export interface StoreStats {
  documents: number;
  meetings: number;
  items: number;
  paragraphs: number;
  chunks: number;
}

/** What the minutes held cover: the bodies by how many of their meetings are held, and the span of meeting dates. */
export interface StoreCoverage {
  bodies: { name: string; meetings: number }[];
  /** ISO dates of the earliest and latest dated meetings; null when none has a date. */
  firstDate: string | null;
  lastDate: string | null;
}

export interface ReplaceOutcome {
  removedSeqs: number[];
  chunks: StoredChunk[];
}

export interface Store {
  readonly file: string;
  getDocumentByPath(file: string): DocumentRecord | undefined;
  /** The first document (by path) with this content hash: an upload of the same bytes is that document again. */
  getDocumentByContentHash(contentHash: string): DocumentRecord | undefined;
  getDocument(id: string): DocumentRecord | undefined;
  listDocuments(): DocumentRecord[];
  /** Replaces everything a document produced, in one transaction. */
  replaceDocument(document: DocumentRecord, meetings: Meeting[], chunks: Chunk[]): ReplaceOutcome;
  removeDocument(documentId: string): { removedSeqs: number[] };
  /** Removes one meeting (of a document that holds several) and its chunks; returns what the indexes must drop. */
  removeMeeting(meetingId: string): { removedSeqs: number[]; removedIds: string[] };
  markSynced(documentId: string, target: IndexTarget, contentHash: string): void;
  /** Documents whose chunks are not yet (or no longer) reflected in the target index. */
  unsyncedDocuments(target: IndexTarget): DocumentRecord[];
  /**
   * Index entries whose chunk is gone (orphans) can only appear after chunks are removed, so every removal
   * counts itself in the transaction that removes them, and each index records the count at its last scan
   * for orphans: a scan is due when the two differ, also after a crash between a removal and the index update.
   */
  orphanScanState(target: IndexTarget): { removals: number; scannedAt: number | null };
  recordOrphanScan(target: IndexTarget, removals: number): void;
  /**
   * Makes the synced marks refer to this instance of the target index (see KeywordIndex.instance): when the
   * marks were made for another instance (a deleted index, another keyword backend), every document becomes
   * unsynced for the target, in one transaction. The first instance seen is adopted as it is. Returns whether
   * the marks were cleared.
   */
  adoptIndexInstance(target: IndexTarget, instance: string): boolean;
  chunksOfDocument(documentId: string): StoredChunk[];
  getChunk(id: string): StoredChunk | undefined;
  getChunks(ids: string[]): StoredChunk[];
  getChunksBySeq(seqs: number[]): StoredChunk[];
  /** The decision chunks (RESOLVED …) of these items, in indexing order: an item's decisions in the order minuted. */
  decisionsOfItems(itemIds: string[]): StoredChunk[];
  /** Like getChunksBySeq, without the text and display fields. */
  getChunkFacetsBySeq(seqs: number[]): ChunkFacets[];
  /**
   * For each chunk, by its id: the chunks whose text is an exact copy of it, in other documents (both
   * directions): the first in indexing order and the count of all. Two queries for all of them.
   */
  copiesOf(chunks: Array<Pick<StoredChunk, 'id' | 'duplicateOf'>>): Map<string, CopiesOf>;
  allChunkIds(): string[];
  allChunkSeqs(): number[];
  /** Every chunk's text and item title, in seq order, one row at a time. */
  chunkTexts(): Iterable<ChunkText>;
  /** In seq order; with `afterSeq`, only chunks stored after it (seqs only grow, so: stored since then). */
  chunkAttributes(afterSeq?: number): Iterable<ChunkAttributes>;
  getMeeting(id: string): Meeting | undefined;
  listMeetings(filters: MeetingFilters): { total: number; meetings: MeetingSummary[] };
  /** Distinct bodies and speakers, for understanding questions and offering filters. */
  vocabulary(): { bodies: string[]; speakers: string[]; officeHolders: { name: string; role: string }[] };
  stats(): StoreStats;
  coverage(): StoreCoverage;
  /** See DataFolderState; a store holding documents from before the state was recorded counts as initialised. */
  dataFolderState(): DataFolderState;
  recordDataFolderState(state: DataFolderState): void;
  close(): void;
}
