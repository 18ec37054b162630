// Rows as SQLite gives them and the records they become.
import type { Attendee, Chunk, SourceFormat } from '../../../core/types';
import type { DocumentRecord, StoredChunk } from './types';


// Chunk rows are read as arrays (better-sqlite3's raw mode) in this column order: naming every column of
// every row costs more than the query itself when a search reads a few hundred chunks.
export const CHUNK_COLUMNS = `seq, id, kind, document_id, meeting_id, item_id, text, body, date, year, meeting_title, item_number,
  item_title, paragraph_index, paragraph_number, part, speaker, is_decision, is_truncated, content_hash, duplicate_of,
  source_file, source_url`;

export type ChunkRow = [
  seq: number,
  id: string,
  kind: Chunk['kind'],
  documentId: string,
  meetingId: string,
  itemId: string,
  text: string,
  body: string | null,
  date: string | null,
  year: number | null,
  meetingTitle: string,
  itemNumber: string | null,
  itemTitle: string,
  paragraphIndex: number | null,
  paragraphNumber: string | null,
  part: number,
  speaker: string | null,
  isDecision: number,
  isTruncated: number,
  contentHash: string,
  duplicateOf: string | null,
  sourceFile: string,
  sourceUrl: string | null,
];

export type CopyRow = [id: string, meetingId: string, body: string | null, date: string | null, meetingTitle: string, duplicateOf: string | null, seq: number];

export type AttributeRow = [
  seq: number,
  kind: Chunk['kind'],
  documentId: string,
  meetingId: string,
  body: string | null,
  date: string | null,
  year: number | null,
  speaker: string | null,
  isDecision: number,
];

export interface DocumentRow {
  id: string;
  path: string;
  format: SourceFormat;
  content_hash: string;
  size: number;
  indexed_at: string;
  parser_version: number;
}

export interface MeetingRow {
  id: string;
  document_id: string;
  body: string | null;
  date: string | null;
  title: string;
  venue: string | null;
  attendees: string;
  source_file: string;
  source_format: SourceFormat;
  source_url: string | null;
}

export function toChunk(row: ChunkRow): StoredChunk {
  const [seq, id, kind, documentId, meetingId, itemId, text, body, date, year, meetingTitle, itemNumber, itemTitle, paragraphIndex,
    paragraphNumber, part, speaker, isDecision, isTruncated, contentHash, duplicateOf, sourceFile, sourceUrl] = row;
  return {
    seq,
    id,
    kind,
    documentId,
    meetingId,
    itemId,
    text,
    body,
    date,
    year,
    meetingTitle,
    itemNumber,
    itemTitle,
    paragraphIndex,
    paragraphNumber,
    part,
    speaker,
    isDecision: isDecision === 1,
    isTruncated: isTruncated === 1,
    contentHash,
    duplicateOf,
    sourceFile,
    sourceUrl,
  };
}

/** Stores written before attendees had roles hold plain names. */
export function attendeesFromJson(json: string): Attendee[] {
  const parsed = JSON.parse(json) as (Attendee | string)[];
  return parsed.map((entry) => (typeof entry === 'string' ? { name: entry, role: null, attendance: 'present' } : entry));
}

export function toDocument(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    path: row.path,
    format: row.format,
    contentHash: row.content_hash,
    size: row.size,
    indexedAt: row.indexed_at,
    parserVersion: row.parser_version,
  };
}

/** Rows found by key, in the order of the keys asked for; keys not found are left out. */
export function inKeyOrder<K, T>(keys: K[], rows: T[], keyOf: (row: T) => K): T[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.flatMap((key) => byKey.get(key) ?? []);
}

export function placeholders(count: number): string {
  return new Array(count).fill('?').join(',');
}

