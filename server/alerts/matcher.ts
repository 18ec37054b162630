// Which saved searches a batch of new paragraphs answers. Pure. The batch is indexed once (each word's stem forms →
// a bitset of paragraphs) and every search is evaluated against that small index: a keyword match holds every word
// of the query (stem-insensitively, as keyword search matches them; "phrases" in a row, no -word), a match on meaning
// is at least `minSimilarity` near the query's stored embedding. Each match says why: the words, or the similarity.
import { stemCandidates } from '../../core/text/stem';
import { isStopWord } from '../../core/text/stop-words';
import { tokenise } from '../../core/text/tokens';
import type { SearchFilters } from '../../core/search-types';
import type { Chunk } from '../../core/types';
import { parseQuery, type QueryClause } from '../../indexer/stores/keyword/query-parser';
import { createTermMatcher, occurrences } from '../../indexer/stores/keyword/term-matching';
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

export interface BatchIndex {
  paragraphs: BatchParagraph[];
  /** Each paragraph's words (text, then speaker), for checking phrases. */
  fields: string[][][];
  postings: Map<string, Bits>;
  bitsLength: number;
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
  return { paragraphs, fields, postings, bitsLength };
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

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < a.length; index += 1) sum += a[index] * b[index];
  return sum;
}

/** The batch's matches for one saved search, in batch order. */
export function matchSearch(index: BatchIndex, search: SavedSearch, minSimilarity: number): BatchMatch[] {
  const { clauses } = parseQuery(search.q);
  const required = requiredClauses(clauses);
  const excluded = clauses.filter((clause) => clause.excluded).map((clause) => clauseBits(index, clause));
  const phrases = required.filter((clause) => clause.quoted).map((clause) => clauseBits(index, clause));
  const byWords = search.mode !== 'semantic' && required.length > 0 ? required.map((clause) => clauseBits(index, clause)) : null;
  const words = [...new Set(required.flatMap((clause) => clause.terms))];
  const has = (bits: Bits, position: number) => (bits[position >>> 5] & (1 << (position & 31))) !== 0;
  const byMeaning = search.mode !== 'keyword' && search.vector !== null;
  const everything = required.length === 0 && clauses.length === 0;

  const matches: BatchMatch[] = [];
  index.paragraphs.forEach((paragraph, position) => {
    if (paragraph.seq <= search.sinceSeq || !passesFilters(paragraph, search.filters)) return;
    if (excluded.some((bits) => has(bits, position))) return;
    if (everything || (byWords && byWords.every((bits) => has(bits, position)))) {
      matches.push({ searchId: search.id, paragraph: position, reason: { kind: 'words', words } });
      return;
    }
    if (!byMeaning || paragraph.vector === null || !phrases.every((bits) => has(bits, position))) return;
    const similarity = dot(search.vector as Float32Array, paragraph.vector);
    if (similarity >= minSimilarity) matches.push({ searchId: search.id, paragraph: position, reason: { kind: 'meaning', similarity } });
  });
  return matches;
}

export function matchBatch(index: BatchIndex, searches: SavedSearch[], minSimilarity: number): BatchMatch[] {
  return searches.flatMap((search) => matchSearch(index, search, minSimilarity));
}
