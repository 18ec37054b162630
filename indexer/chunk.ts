// Meetings → search chunks: one per paragraph (long ones split on sentence boundaries) and one summary
// per agenda item. Pure and deterministic: the same meetings always give the same ids and texts.
import { pushAll } from '../core/arrays';
import { hash } from 'node:crypto';
import type { AgendaItem, Chunk, Meeting, Paragraph } from '../core/types';
import { itemIdOf } from '../core/ids';
import { splitSentences } from '../core/text/sentences';
import { collapseWhiteSpace } from './parse/patterns';

/** Longest paragraph chunk, in characters; longer paragraphs are split on sentence boundaries. */
export const DEFAULT_MAX_PARAGRAPH_CHARS = 1500;
/** Longest part of an item chunk taken from the item's paragraphs, in characters. */
export const DEFAULT_ITEM_SUMMARY_CHARS = 600;
/** Longest part of an item chunk taken from the item's decisions, in characters. */
export const DEFAULT_ITEM_DECISIONS_CHARS = 600;

export interface ChunkOptions {
  maxParagraphChars?: number;
  itemSummaryChars?: number;
  itemDecisionsChars?: number;
}

export function contentHashOf(text: string): string {
  return hash('sha256', collapseWhiteSpace(text).trim().toLowerCase());
}

/** The words of a text, one at a time; found from the white space between them (a pattern for the words themselves overflows on a word of megabytes). */
function* wordsOf(text: string): Generator<string> {
  const space = /\s+/g;
  let start = 0;
  for (let found = space.exec(text); found !== null; found = space.exec(text)) {
    if (found.index > start) yield text.slice(start, found.index);
    start = space.lastIndex;
  }
  if (start < text.length) yield text.slice(start);
}

/**
 * Packs words into pieces of at most `max` characters; only a single word longer than `max` is cut. Lazy: a
 * caller that needs only the first piece of a long text does not split all of it into words.
 */
function* piecesAtWords(text: string, max: number): Generator<string> {
  let current = '';
  for (const word of wordsOf(text)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current !== '') yield current;
    current = word;
    while (current.length > max) {
      yield current.slice(0, max);
      current = current.slice(max);
    }
  }
  if (current !== '') yield current;
}

/** Splits text into parts of at most `max` characters, at sentence boundaries where possible. */
export function splitOnSentences(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let current = '';
  for (const sentence of splitSentences(text)) {
    const candidate = current === '' ? sentence : `${current} ${sentence}`;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current !== '') parts.push(current);
    if (sentence.length <= max) {
      current = sentence;
    } else {
      const pieces = [...piecesAtWords(sentence, max)];
      pushAll(parts, pieces.slice(0, -1));
      current = pieces[pieces.length - 1];
    }
  }
  if (current !== '') parts.push(current);
  return parts;
}

/** The start of `text`, at most `max` characters, ending at a sentence boundary (or a word boundary, marked "…"). */
export function leadingSentences(text: string, max: number): string {
  return leadingSentencesOf([text], max);
}

/** The first `length` characters of `texts` joined by spaces, joining no more of them than that needs. */
function joinedStart(texts: string[], length: number): string {
  const start: string[] = [];
  let joined = -1;
  for (const text of texts) {
    if (joined >= length) break;
    start.push(text);
    joined += text.length + 1;
  }
  return start.join(' ').slice(0, length);
}

/**
 * `leadingSentences` of `texts` joined by spaces (an item's paragraphs): only their start is joined, unless the first
 * sentence is longer than `max` (joining every paragraph of every item copied the whole document once more).
 */
function leadingSentencesOf(texts: string[], max: number): string {
  const length = texts.reduce((sum, text) => sum + text.length + 1, -1);
  if (length <= max) return texts.join(' ');
  // Only the start can hold the first part; splitting a whole long item would cost time for nothing.
  const [first] = splitOnSentences(joinedStart(texts, max * 2), max);
  // The first part ends at a sentence boundary unless the first sentence alone is longer than `max`.
  return /[.!?]["”’)\]]?$/.test(first) ? first : `${piecesAtWords(texts.join(' '), max - 1).next().value}…`;
}

type ChunkBase = Omit<Chunk, 'id' | 'kind' | 'text' | 'paragraphIndex' | 'paragraphNumber' | 'part' | 'speaker' | 'isDecision' | 'isTruncated' | 'contentHash'>;

function baseOf(meeting: Meeting, item: AgendaItem): ChunkBase {
  return {
    documentId: meeting.source.documentId,
    meetingId: meeting.id,
    itemId: itemIdOf(meeting, item),
    body: meeting.body,
    date: meeting.date,
    year: meeting.date ? Number(meeting.date.slice(0, 4)) : null,
    meetingTitle: meeting.title,
    itemNumber: item.number,
    itemTitle: item.title,
    duplicateOf: null,
    sourceFile: meeting.source.file,
    sourceUrl: meeting.source.url,
  };
}

type ChunkOwn = Pick<Chunk, 'id' | 'kind' | 'text' | 'paragraphIndex' | 'paragraphNumber' | 'part' | 'speaker' | 'isDecision' | 'isTruncated' | 'contentHash'>;

/** Every field named in one literal: objects of one shape stay fast, where spreading `base` made slow ones. */
function makeChunk(base: ChunkBase, own: ChunkOwn): Chunk {
  return {
    id: own.id,
    kind: own.kind,
    documentId: base.documentId,
    meetingId: base.meetingId,
    itemId: base.itemId,
    text: own.text,
    body: base.body,
    date: base.date,
    year: base.year,
    meetingTitle: base.meetingTitle,
    itemNumber: base.itemNumber,
    itemTitle: base.itemTitle,
    paragraphIndex: own.paragraphIndex,
    paragraphNumber: own.paragraphNumber,
    part: own.part,
    speaker: own.speaker,
    isDecision: own.isDecision,
    isTruncated: own.isTruncated,
    contentHash: own.contentHash,
    duplicateOf: base.duplicateOf,
    sourceFile: base.sourceFile,
    sourceUrl: base.sourceUrl,
  };
}

function paragraphChunk(base: ChunkBase, paragraph: Paragraph, text: string, part: number, parts: number): Chunk {
  return makeChunk(base, {
    id: `${base.itemId}-p${paragraph.index}${parts > 1 ? `-s${part}` : ''}`,
    kind: 'paragraph',
    text,
    paragraphIndex: paragraph.index,
    paragraphNumber: paragraph.number,
    part,
    speaker: paragraph.speaker,
    isDecision: paragraph.isDecision,
    isTruncated: paragraph.isTruncated,
    contentHash: contentHashOf(text),
  });
}

/** Each chunk of a paragraph pushed onto `chunks`; a paragraph short enough is one chunk, made without splitting it. */
function pushParagraphChunks(chunks: Chunk[], base: ChunkBase, paragraph: Paragraph, maxChars: number): void {
  if (paragraph.text.length <= maxChars) {
    chunks.push(paragraphChunk(base, paragraph, paragraph.text, 0, 1));
    return;
  }
  const parts = splitOnSentences(paragraph.text, maxChars);
  for (let part = 0; part < parts.length; part += 1) chunks.push(paragraphChunk(base, paragraph, parts[part], part, parts.length));
}

function itemChunk(base: ChunkBase, item: AgendaItem, summaryChars: number, decisionsChars: number): Chunk {
  const discussion = item.paragraphs.filter((paragraph) => !paragraph.isDecision).map((paragraph) => paragraph.text);
  const parts = [item.title, leadingSentencesOf(discussion, summaryChars), leadingSentencesOf(item.decisions, decisionsChars)].filter((part) => part !== '');
  return makeChunk(base, {
    id: `${base.itemId}-item`,
    kind: 'item',
    text: parts.join('\n'),
    paragraphIndex: null,
    paragraphNumber: null,
    part: 0,
    speaker: null,
    isDecision: false,
    isTruncated: item.paragraphs.some((paragraph) => paragraph.isTruncated),
    // White space is collapsed before hashing, so the parts joined by a space hash as the text does, without the
    // costly collapsing of its line breaks first.
    contentHash: contentHashOf(parts.join(' ')),
  });
}

export function chunkMeetings(meetings: Meeting[], options: ChunkOptions = {}): Chunk[] {
  const maxParagraphChars = options.maxParagraphChars ?? DEFAULT_MAX_PARAGRAPH_CHARS;
  const summaryChars = options.itemSummaryChars ?? DEFAULT_ITEM_SUMMARY_CHARS;
  const decisionsChars = options.itemDecisionsChars ?? DEFAULT_ITEM_DECISIONS_CHARS;
  // Plain loops: a large archive makes hundreds of thousands of chunks, and nested flatMaps copy them all.
  const chunks: Chunk[] = [];
  for (const meeting of meetings) {
    for (const item of meeting.items) {
      const base = baseOf(meeting, item);
      chunks.push(itemChunk(base, item, summaryChars, decisionsChars));
      for (const paragraph of item.paragraphs) pushParagraphChunks(chunks, base, paragraph, maxParagraphChars);
    }
  }
  return chunks;
}
