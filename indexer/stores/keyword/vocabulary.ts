// The indexed words (unstemmed, normalised) with how many chunks hold each: the source of typo
// corrections, of completions for the last word typed and of "did you mean". Kept in memory; the embedded index
// persists it in its file, the Meilisearch backend in one of its own (meilisearch/vocabulary-file.ts).
import { boundedEditDistance } from '../../../core/text/distance';
import { stemWord, wordsSharingAStem } from '../../../core/text/stem';
import { tokenise } from '../../../core/text/tokens';
import type { Chunk } from '../../../core/types';

/** Typo budget like Meilisearch's defaults: none under 5 letters, 1 from 5, 2 from 9. */
export const DEFAULT_TYPO_THRESHOLDS = { oneTypo: 5, twoTypos: 9 } as const;
/** Most corrections tried per misspelled word; the closest and most common win. */
export const DEFAULT_MAX_CORRECTIONS = 8;
/** Misspelled words whose corrections are remembered until the vocabulary changes; past it the memory starts again. */
const MAX_REMEMBERED_CORRECTIONS = 10_000;
/** Most completions tried for the last word; the most common win. */
export const DEFAULT_MAX_COMPLETIONS = 24;

/** The words a chunk can be found by: the vocabulary counts these, so IDF and word frequencies agree with matching. */
export function matchableTerms(chunk: Pick<Chunk, 'text' | 'speaker'>): Set<string> {
  return new Set(tokenise(`${chunk.text}\n${chunk.speaker ?? ''}`));
}

export interface Vocabulary {
  /** Records the distinct terms of one chunk being added (+1) or removed (-1). */
  count(terms: Iterable<string>, change: 1 | -1): void;
  documentsWith(term: string): number;
  /** Indexed terms within the typo budget of `term`, closest first. The term itself is not included. */
  corrections(term: string): string[];
  /**
   * Indexed terms starting with the letter `term` starts with, at most `limit` edits from it by `distance`, closest
   * then most common first. The term itself is not included.
   */
  nearest(term: string, limit: number, distance: EditDistance): string[];
  /** Indexed terms starting with `prefix`, most common first (the prefix itself included when indexed). */
  completions(prefix: string): string[];
  /** Terms whose counts changed since the last call, with their new counts (0 = gone). */
  takeChanges(): Map<string, number>;
  size(): number;
}

/**
 * Chunks holding the word as written or, when none does, in another form the index's Porter stemmer matches it to:
 * "delayed" is held by the chunks saying "delays" (the most holding one such form; a lower bound), as the index finds
 * them. The vocabulary counts words as written, so without this a word in a form the minutes never use would be let
 * go as unknown, or offered a "correction".
 */
export function documentsWithAnyForm(vocabulary: Pick<Vocabulary, 'documentsWith'>, term: string): number {
  const asWritten = vocabulary.documentsWith(term);
  if (asWritten > 0 || !/^[a-z]+$/.test(term)) return asWritten;
  const stem = stemWord(term);
  let most = 0;
  for (const form of wordsSharingAStem(term)) {
    if (form !== term && stemWord(form) === stem) most = Math.max(most, vocabulary.documentsWith(form));
  }
  return most;
}

/** Edits between two words; may give up past `limit`, returning anything above it. */
export type EditDistance = (a: string, b: string, limit: number) => number;

export function allowedTypos(term: string, thresholds = DEFAULT_TYPO_THRESHOLDS): number {
  if (/\p{N}/u.test(term)) return 0;
  if (term.length >= thresholds.twoTypos) return 2;
  return term.length >= thresholds.oneTypo ? 1 : 0;
}

function bucketKey(first: string, length: number): string {
  return `${first}:${length}`;
}

/** The position of the first of the sorted terms not before `prefix` (binary search). */
function firstAtOrAfter(terms: string[], prefix: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (terms[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The terms by first letter and length (bucketKey). */
function bucketsOf(terms: Iterable<string>): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const term of terms) {
    const key = bucketKey(term[0], term.length);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(term);
    else buckets.set(key, [term]);
  }
  return buckets;
}

/**
 * A misspelled word is corrected for the plan and again for "did you mean": its corrections are kept until any count
 * changes (counts order equally close corrections).
 */
function createCorrectionMemory() {
  let remembered = new Map<string, string[]>();
  return {
    recall(term: string, find: () => string[]): string[] {
      let found = remembered.get(term);
      if (!found) {
        found = find();
        if (remembered.size >= MAX_REMEMBERED_CORRECTIONS) remembered.clear();
        remembered.set(term, found);
      }
      return found;
    },
    forget() {
      if (remembered.size > 0) remembered = new Map();
    },
  };
}

export function createVocabulary(initial: Iterable<[string, number]> = []): Vocabulary {
  const counts = new Map<string, number>(initial);
  const changes = new Map<string, number>();
  // Derived lookups are rebuilt lazily after changes: searches vastly outnumber index updates.
  let byFirstLetterAndLength: Map<string, string[]> | null = null;
  let sorted: string[] | null = null;
  const correctionMemory = createCorrectionMemory();

  function buckets(): Map<string, string[]> {
    byFirstLetterAndLength ??= bucketsOf(counts.keys());
    return byFirstLetterAndLength;
  }

  function sortedTerms(): string[] {
    sorted ??= [...counts.keys()].sort();
    return sorted;
  }

  const byCommonness = (a: string, b: string) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1);

  function nearest(term: string, limit: number, distanceOf: EditDistance): string[] {
    const found: Array<{ term: string; distance: number }> = [];
    const index = buckets();
    // A typo on the first letter is not tolerated (Meilisearch counts it as two), which keeps the scan to one letter's buckets.
    for (let length = term.length - limit; length <= term.length + limit; length += 1) {
      for (const candidate of index.get(bucketKey(term[0], length)) ?? []) {
        if (candidate === term) continue;
        const distance = distanceOf(term, candidate, limit);
        if (distance <= limit) found.push({ term: candidate, distance });
      }
    }
    found.sort((a, b) => a.distance - b.distance || byCommonness(a.term, b.term));
    return found.map((entry) => entry.term);
  }

  return {
    count(terms, change) {
      for (const term of terms) {
        const next = (counts.get(term) ?? 0) + change;
        if (next > 0) counts.set(term, next);
        else counts.delete(term);
        changes.set(term, Math.max(next, 0));
        if (next <= 0 || next === 1) {
          byFirstLetterAndLength = null;
          sorted = null;
        }
        correctionMemory.forget();
      }
    },
    documentsWith(term) {
      return counts.get(term) ?? 0;
    },
    corrections(term) {
      const limit = allowedTypos(term);
      return limit === 0 ? [] : correctionMemory.recall(term, () => nearest(term, limit, boundedEditDistance).slice(0, DEFAULT_MAX_CORRECTIONS));
    },
    nearest,
    completions(prefix) {
      const terms = sortedTerms();
      const matches: string[] = [];
      for (let index = firstAtOrAfter(terms, prefix); index < terms.length && terms[index].startsWith(prefix); index += 1) {
        matches.push(terms[index]);
      }
      return matches.sort(byCommonness).slice(0, DEFAULT_MAX_COMPLETIONS);
    },
    takeChanges() {
      const taken = new Map(changes);
      changes.clear();
      return taken;
    },
    size() {
      return counts.size;
    },
  };
}
