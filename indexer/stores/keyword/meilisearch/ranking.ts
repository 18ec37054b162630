// The embedded index's "most words" ranking over candidates Meilisearch found: the fewest of the query's words a
// result must hold (which it holds: unit-matcher.ts), and the order (more words first, then BM25 from scoring.ts).
// Meilisearch has no such strategy of its own. Pure.
import { majorityOf, type QueryPlan, type Requirement } from '../query-plan';
import { scoreCandidates, type CorpusStatistics, type FieldReader, type ScoredFields } from '../scoring';
import type { UnitMatcher } from './unit-matcher';

/** One thing a result may hold: a word, a "phrase", or a run of words spelling an acronym or its long form. */
export interface QueryUnit {
  /** As the user wrote it (normalised), for `matching`. */
  word: string;
  /** In Meilisearch syntax, as stems. */
  query: string;
  /** The last word, still being typed: it stays last, where Meilisearch reads it as a prefix. */
  prefix: boolean;
  /** The spellings that count as holding it (the query's and, for an acronym, the others), as normalised terms. */
  spellings: string[][];
  /** A single unquoted word no chunk holds as typed: words within Meilisearch's typo budget count, as corrections do in the embedded index. */
  typos: boolean;
}

export interface Candidate extends ScoredFields {
  id: string;
}

/** Matches below which fewer words are accepted, as the embedded index does (embedded.ts FEW_MATCHES). */
export const FEW_MATCHES = 10;

/**
 * The query plan BM25 scores with: the units as requirements, their spellings as alternatives, and the words that
 * matched a unit by a typo or as a completion, as the embedded index adds its corrections and completions.
 */
export function scoringPlan(units: QueryUnit[], correctedWords: string[][] = []): Pick<QueryPlan, 'required' | 'matchTerms'> {
  const required: Requirement[] = units.map((unit, index) => ({
    alternatives: [...unit.spellings, ...(correctedWords[index] ?? []).map((word) => [word])].map((terms) => ({ terms })),
  }));
  return { required, matchTerms: [...new Set(required.flatMap((requirement) => requirement.alternatives.flatMap((alternative) => alternative.terms)))] };
}

export interface RankedCandidate {
  id: string;
  /** Units held; results holding more come first. */
  words: number;
  score: number;
  text: string;
}

/**
 * The candidates holding at least most of the units (fewer when fewer than FEW_MATCHES do, down to one), more
 * units first, then BM25, as the embedded index ranks its matches; `floor` is the fewest units a result holds.
 */
export function rankMostWords(
  units: QueryUnit[],
  candidates: Candidate[],
  matcher: UnitMatcher,
  statistics: CorpusStatistics,
  readerFor?: (matchTerms: readonly string[]) => FieldReader,
): { ranked: RankedCandidate[]; floor: number } {
  const words = candidates.map((candidate) => matcher.held([candidate.text, candidate.speaker ?? '']));
  let floor = majorityOf(units.length);
  while (floor > 1 && words.filter((count) => count >= floor).length < FEW_MATCHES) floor -= 1;
  const kept = candidates.map((candidate, index) => ({ candidate, words: words[index] })).filter((entry) => entry.words >= floor);
  const bm25 = scoreCandidates(scoringPlan(units, matcher.correctedWords()), kept.map((entry) => entry.candidate), statistics, readerFor);
  const ranked = kept.map((entry, index) => ({ id: entry.candidate.id, words: entry.words, score: entry.words + bm25[index] / (1 + bm25[index]), text: entry.candidate.text }));
  // A stable sort: among equals, Meilisearch's own order (the rarest words first) stands.
  ranked.sort((a, b) => b.score - a.score);
  return { ranked, floor };
}
