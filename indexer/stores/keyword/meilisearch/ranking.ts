// The embedded index's "most words" ranking over candidates Meilisearch found: which of the query's words each
// candidate holds (as stems, with Meilisearch's typo budget and the last word as a prefix), the fewest a result must
// hold, and the order (more words first, then BM25 from scoring.ts). Meilisearch has no such strategy of its own. Pure.
import { majorityOf, type QueryPlan, type Requirement } from '../query-plan';
import { scoreCandidates, type CorpusStatistics, type ScoredFields } from '../scoring';
import { tokenise } from '../../../../core/text/tokens';
import { boundedEditDistance } from '../../../../core/text/distance';
import { DEFAULT_MAX_COMPLETIONS, DEFAULT_MAX_CORRECTIONS, allowedTypos } from '../vocabulary';

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

interface WordEntry {
  stem: string;
  /** The single-word units the word matches. */
  units: number[];
  /** Those it matches only with a typo or as a completion. */
  corrects: number[];
}

export interface UnitMatcher {
  /** How many of the units a text holds, given its words (tokenised). */
  held(words: string[]): number;
  /**
   * The words of the texts seen so far that matched a unit only with a typo or as a completion, per unit: the most
   * frequent, as many as the embedded index tries (DEFAULT_MAX_COMPLETIONS, DEFAULT_MAX_CORRECTIONS).
   */
  correctedWords(): string[][];
}

/** Which units a text holds, for one query: stem sequences, typos within Meilisearch's budget, the prefix. */
export function createUnitMatcher(units: QueryUnit[], stemWords: (words: string[]) => string[]): UnitMatcher {
  const stemmed = units.map((unit) => unit.spellings.map(stemWords));
  const single = units.map((unit, index) => (unit.spellings.length === 1 && unit.spellings[0].length === 1 ? stemmed[index][0][0] : null));
  const sequences = units.map((_, index) => index).filter((index) => single[index] === null);
  // How often each corrected word occurs in the texts seen, per unit.
  const corrected = units.map(() => new Map<string, number>());
  // Per distinct word of the candidates: its stem and the single-word units it matches (a candidate's words are
  // mostly seen before, and this small map is quicker to ask than the stemmer's memory of every word).
  const seen = new Map<string, WordEntry>();
  function entryOf(word: string, wordStem: string): WordEntry {
    const matched: number[] = [];
    units.forEach((unit, index) => {
      const target = single[index];
      if (target === null) return;
      const raw = unit.spellings[0][0];
      let matches = wordStem === target;
      // Completions of the word as typed, as the embedded index completes it ("polic" is not a prefix of "policy"'s stem "polici").
      if (!matches && unit.prefix) matches = word.startsWith(raw);
      if (!matches && unit.typos) {
        const budget = allowedTypos(raw);
        const stemBudget = allowedTypos(target);
        matches = (budget > 0 && boundedEditDistance(word, raw, budget) <= budget) || (stemBudget > 0 && boundedEditDistance(wordStem, target, stemBudget) <= stemBudget);
      }
      if (!matches) return;
      matched.push(index);
    });
    return { stem: wordStem, units: matched, corrects: matched.filter((index) => single[index] !== wordStem) };
  }
  return {
    held(words) {
      const unseen = [...new Set(words.filter((word) => !seen.has(word)))];
      if (unseen.length > 0) stemWords(unseen).forEach((wordStem, position) => seen.set(unseen[position], entryOf(unseen[position], wordStem)));
      const entries = words.map((word) => seen.get(word)!);
      const held = new Set<number>();
      entries.forEach((entry, position) => {
        for (const index of entry.units) held.add(index);
        for (const index of entry.corrects) corrected[index].set(words[position], (corrected[index].get(words[position]) ?? 0) + 1);
      });
      if (sequences.length > 0) {
        const stems = entries.map((entry) => entry.stem);
        for (const index of sequences) if (!held.has(index) && stemmed[index].some((sequence) => occursIn(stems, sequence))) held.add(index);
      }
      return held.size;
    },
    correctedWords: () =>
      corrected.map((counts, index) =>
        [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!).slice(0, units[index].prefix ? DEFAULT_MAX_COMPLETIONS : DEFAULT_MAX_CORRECTIONS),
      ),
  };
}

function occursIn(stems: string[], sequence: string[]): boolean {
  for (let start = 0; start + sequence.length <= stems.length; start += 1) {
    if (sequence.every((term, offset) => stems[start + offset] === term)) return true;
  }
  return false;
}

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
): { ranked: RankedCandidate[]; floor: number } {
  const words = candidates.map((candidate) => matcher.held([...tokenise(candidate.text), ...tokenise(candidate.speaker ?? '')]));
  let floor = majorityOf(units.length);
  while (floor > 1 && words.filter((count) => count >= floor).length < FEW_MATCHES) floor -= 1;
  const kept = candidates.map((candidate, index) => ({ candidate, words: words[index] })).filter((entry) => entry.words >= floor);
  const bm25 = scoreCandidates(scoringPlan(units, matcher.correctedWords()), kept.map((entry) => entry.candidate), statistics);
  const ranked = kept.map((entry, index) => ({ id: entry.candidate.id, words: entry.words, score: entry.words + bm25[index] / (1 + bm25[index]), text: entry.candidate.text }));
  // A stable sort: among equals, Meilisearch's own order (the rarest words first) stands.
  ranked.sort((a, b) => b.score - a.score);
  return { ranked, floor };
}
