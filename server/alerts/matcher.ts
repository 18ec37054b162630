// Which saved searches a batch of new paragraphs answers. Pure. The batch is indexed once (each word's stem forms →
// a bitset of paragraphs) and every search is evaluated against that small index: a keyword match holds every word
// of the query (stem-insensitively, as keyword search matches them; "phrases" in a row, no -word), a match on meaning
// is at least `minSimilarity` near the query's stored embedding (the nearest found exactly among the batch's
// embeddings, in native code). Each match says why: the words, or the similarity.
import { stemCandidates } from '../../core/text/stem';
import { isStopWord } from '../../core/text/stop-words';
import { tokenise } from '../../core/text/tokens';
import type { SearchFilters } from '../../core/search-types';
import type { Chunk } from '../../core/types';
import { parseQuery, type QueryClause } from '../../indexer/stores/keyword/query-parser';
import { createTermMatcher, occurrences } from '../../indexer/stores/keyword/term-matching';
import { createExactIndex, type ExactIndex } from '../../indexer/stores/vector/exact-index';
import type { SearchMode } from '../api-types';

export type BatchParagraph = Pick<Chunk, 'id' | 'kind' | 'text' | 'speaker' | 'body' | 'date' | 'year' | 'meetingId' | 'documentId' | 'isDecision'> & {
  seq: number;
  /** The passage's embedding, or null when it has none (no model, or not embedded yet). */
  vector: Float32Array | null;
};

export interface SavedSearch {
  id: number;
  q: string;
  mode: SearchMode;
  filters: SearchFilters;
  /** Only paragraphs stored after this seq are news to it. */
  sinceSeq: number;
  /** The query's embedding (without its -words), or null. */
  vector: Float32Array | null;
}

export type MatchReason = { kind: 'words'; words: string[] } | { kind: 'meaning'; similarity: number };

export interface BatchMatch {
  searchId: number;
  /** Position of the paragraph in the batch. */
  paragraph: number;
  reason: MatchReason;
}

/** One bit per paragraph of the batch. */
type Bits = Uint32Array;

/**
 * Meaning-only matches one search may take from one batch, the nearest first: past this many a digest is a
 * reading list, not an alert, and it bounds the work of a broad query.
 */
export const MAX_MEANING_MATCHES = 50;

export interface BatchIndex {
  paragraphs: BatchParagraph[];
  /** Each paragraph's words (text, then speaker), for checking phrases. */
  fields: string[][][];
  postings: Map<string, Bits>;
  bitsLength: number;
  /** The paragraphs' embeddings (labels are positions in the batch), null when none has one. */
  meaning: ExactIndex | null;
  /** The lowest seq in the batch: a subscription older than it takes the whole batch. */
  firstSeq: number;
}

export function indexBatch(paragraphs: BatchParagraph[]): BatchIndex {
  const bitsLength = Math.ceil(paragraphs.length / 32);
  const postings = new Map<string, Bits>();
  const fields = paragraphs.map((paragraph, position) => {
    const words = [tokenise(paragraph.text), tokenise(paragraph.speaker ?? '')];
    for (const term of new Set(words.flat())) {
      for (const stem of stemCandidates(term)) {
        let bits = postings.get(stem);
        if (!bits) postings.set(stem, (bits = new Uint32Array(bitsLength)));
        bits[position >>> 5] |= 1 << (position & 31);
      }
    }
    return words;
  });
  const embedded = paragraphs.flatMap((paragraph, label) => (paragraph.vector ? [{ label, vector: paragraph.vector }] : []));
  const meaning = embedded.length > 0 ? createExactIndex(embedded[0].vector.length, embedded) : null;
  const firstSeq = paragraphs.reduce((lowest, paragraph) => Math.min(lowest, paragraph.seq), Infinity);
  return { paragraphs, fields, postings, bitsLength, meaning, firstSeq };
}

/** Paragraphs holding the term: those with a word sharing one of its stem forms. */
function termBits(index: BatchIndex, term: string): Bits {
  const bits = new Uint32Array(index.bitsLength);
  for (const stem of stemCandidates(term)) {
    const posting = index.postings.get(stem);
    if (posting) for (let word = 0; word < bits.length; word += 1) bits[word] |= posting[word];
  }
  return bits;
}

/** Paragraphs holding the clause: each of its terms, and a clause of several terms in a row. */
function clauseBits(index: BatchIndex, clause: QueryClause): Bits {
  const bits = termBits(index, clause.terms[0]);
  for (const term of clause.terms.slice(1)) {
    const other = termBits(index, term);
    for (let word = 0; word < bits.length; word += 1) bits[word] &= other[word];
  }
  if (clause.terms.length === 1) return bits;
  const matchTerm = createTermMatcher(clause.terms);
  forEachBit(bits, (position) => {
    const inARow = index.fields[position].some((words) => occurrences(words.map(matchTerm), clause) > 0);
    if (!inARow) bits[position >>> 5] &= ~(1 << (position & 31));
  });
  return bits;
}

function forEachBit(bits: Bits, visit: (position: number) => void): void {
  for (let word = 0; word < bits.length; word += 1) {
    let value = bits[word];
    while (value !== 0) {
      const low = value & -value;
      visit((word << 5) + 31 - Math.clz32(low));
      value ^= low;
    }
  }
}

/** The words a match must hold: stop words count only in quotes, or when the query has nothing else. */
function requiredClauses(clauses: QueryClause[]): QueryClause[] {
  const wanted = clauses.filter((clause) => !clause.excluded);
  const content = wanted.filter((clause) => clause.quoted || clause.terms.length > 1 || !isStopWord(clause.terms[0]));
  return content.length > 0 ? content : wanted;
}

function passesFilters(paragraph: BatchParagraph, filters: SearchFilters): boolean {
  const among = (values: readonly (string | number)[] | undefined, value: string | number | null) => !values?.length || (value !== null && values.includes(value));
  return (
    among(filters.body, paragraph.body) &&
    among(filters.speaker, paragraph.speaker) &&
    among(filters.year, paragraph.year) &&
    (!filters.from || (paragraph.date !== null && paragraph.date >= filters.from)) &&
    (!filters.to || (paragraph.date !== null && paragraph.date <= filters.to)) &&
    (!filters.decisionsOnly || paragraph.isDecision) &&
    (!filters.meetingId || paragraph.meetingId === filters.meetingId) &&
    (!filters.documentId || paragraph.documentId === filters.documentId) &&
    (!filters.kind || paragraph.kind === filters.kind)
  );
}

function has(bits: Bits, position: number): boolean {
  return (bits[position >>> 5] & (1 << (position & 31))) !== 0;
}

/** Paragraphs holding every bitset's words (null: no words asked). */
function allOf(sets: Bits[]): Bits | null {
  if (sets.length === 0) return null;
  const bits = Uint32Array.from(sets[0]);
  for (const other of sets.slice(1)) for (let word = 0; word < bits.length; word += 1) bits[word] &= other[word];
  return bits;
}

/** The batch's matches for one saved search, in batch order. */
export function matchSearch(index: BatchIndex, search: SavedSearch, minSimilarity: number): BatchMatch[] {
  const { clauses } = parseQuery(search.q);
  const required = requiredClauses(clauses);
  const excluded = clauses.filter((clause) => clause.excluded).map((clause) => clauseBits(index, clause));
  const eligible = (position: number) => {
    const paragraph = index.paragraphs[position];
    return paragraph.seq > search.sinceSeq && passesFilters(paragraph, search.filters) && !excluded.some((bits) => has(bits, position));
  };
  const matches: BatchMatch[] = [];
  const wordBits = search.mode === 'semantic' ? null : allOf(required.map((clause) => clauseBits(index, clause)));
  const words = [...new Set(required.flatMap((clause) => clause.terms))];
  if (wordBits) {
    forEachBit(wordBits, (position) => {
      if (eligible(position)) matches.push({ searchId: search.id, paragraph: position, reason: { kind: 'words', words } });
    });
  } else if (clauses.length === 0) {
    // No words at all: every new paragraph under the filters.
    index.paragraphs.forEach((_, position) => {
      if (eligible(position)) matches.push({ searchId: search.id, paragraph: position, reason: { kind: 'words', words: [] } });
    });
  }
  if (search.mode !== 'keyword' && search.vector && index.meaning) {
    const phrases = required.filter((clause) => clause.quoted).map((clause) => clauseBits(index, clause));
    const accept = (position: number) => !(wordBits && has(wordBits, position)) && phrases.every((bits) => has(bits, position)) && eligible(position);
    // Most searches have nothing to check but the words they already matched: those are skipped afterwards, not
    // asked of every paragraph from native code.
    const simple = phrases.length === 0 && excluded.length === 0 && Object.keys(search.filters).length === 0 && search.sinceSeq < index.firstSeq;
    const hits = index.meaning.nearest(search.vector, MAX_MEANING_MATCHES + (simple ? matches.length : 0), simple ? undefined : accept);
    let taken = 0;
    for (const hit of hits) {
      if (hit.score < minSimilarity || taken === MAX_MEANING_MATCHES) break;
      if (simple && !accept(hit.label)) continue;
      matches.push({ searchId: search.id, paragraph: hit.label, reason: { kind: 'meaning', similarity: hit.score } });
      taken += 1;
    }
  }
  return matches.sort((a, b) => a.paragraph - b.paragraph);
}

export function matchBatch(index: BatchIndex, searches: SavedSearch[], minSimilarity: number): BatchMatch[] {
  return searches.flatMap((search) => matchSearch(index, search, minSimilarity));
}
