// The embedded index's "most words" ranking over candidates Meilisearch found: which of the query's words each
// candidate holds (as stems, with Meilisearch's typo budget and the last word as a prefix), the fewest a result must
// hold, and the order (more words first, then BM25 from scoring.ts). Meilisearch has no such strategy of its own. Pure.
import { majorityOf, type QueryPlan, type Requirement } from '../query-plan';
import { scoreCandidates, type CorpusStatistics, type ScoredFields } from '../scoring';
import { tokenise } from '../../../../core/text/tokens';
import { boundedEditDistance } from '../../../../core/text/distance';
import { allowedTypos } from '../vocabulary';

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
const FEW_MATCHES = 10;

export interface UnitMatcher {
  /** How many of the units a text holds, given its words (tokenised). */
  held(words: string[]): number;
  /** The words of the texts seen so far that matched a unit only with a typo or as a completion, per unit. */
  correctedWords(): string[][];
}

/** Which units a text holds, for one query: stem sequences, typos within Meilisearch's budget, the prefix. */
export function createUnitMatcher(units: QueryUnit[], stem: (word: string) => string): UnitMatcher {
  const stemmed = units.map((unit) => unit.spellings.map((terms) => terms.map(stem)));
  const single = units.map((unit, index) => (unit.spellings.length === 1 && unit.spellings[0].length === 1 ? stemmed[index][0][0] : null));
  const sequences = units.map((_, index) => index).filter((index) => single[index] === null);
  const corrected = units.map(() => new Set<string>());
  // Per distinct word of the candidates: the single-word units it matches (a candidate's words are mostly seen before).
  const wordMatches = new Map<string, number[]>();
  function matchesOf(word: string): number[] {
    let found = wordMatches.get(word);
    if (found) return found;
    found = [];
    const wordStem = stem(word);
    units.forEach((unit, index) => {
      const target = single[index];
      if (target === null) return;
      const raw = unit.spellings[0][0];
      let matched = wordStem === target;
      // Completions of the word as typed, as the embedded index completes it ("polic" is not a prefix of "policy"'s stem "polici").
      if (!matched && unit.prefix) matched = word.startsWith(raw);
      if (!matched && unit.typos) {
        const budget = allowedTypos(raw);
        const stemBudget = allowedTypos(target);
        matched = (budget > 0 && boundedEditDistance(word, raw, budget) <= budget) || (stemBudget > 0 && boundedEditDistance(wordStem, target, stemBudget) <= stemBudget);
      }
      if (!matched) return;
      found!.push(index);
      if (wordStem !== target) corrected[index].add(word);
    });
    wordMatches.set(word, found);
    return found;
  }
  return {
    held(words) {
      const held = new Set<number>();
      for (const word of words) for (const index of matchesOf(word)) held.add(index);
      if (sequences.length > 0) {
        const stems = words.map(stem);
        for (const index of sequences) if (!held.has(index) && stemmed[index].some((sequence) => occursIn(stems, sequence))) held.add(index);
      }
      return held.size;
    },
    correctedWords: () => corrected.map((words) => [...words]),
  };
}

function rememberingTokeniser(): (text: string) => string[] {
  const words = new Map<string, string[]>();
  return (text) => {
    let found = words.get(text);
    if (!found) words.set(text, (found = tokenise(text)));
    return found;
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
  // Each text tokenised once: for the units held, then for BM25 (and the item and meeting titles many candidates share).
  const wordsOf = rememberingTokeniser();
  const words = candidates.map((candidate) => matcher.held([...wordsOf(candidate.text), ...wordsOf(candidate.speaker ?? '')]));
  let floor = majorityOf(units.length);
  while (floor > 1 && words.filter((count) => count >= floor).length < FEW_MATCHES) floor -= 1;
  const kept = candidates.map((candidate, index) => ({ candidate, words: words[index] })).filter((entry) => entry.words >= floor);
  const bm25 = scoreCandidates(scoringPlan(units, matcher.correctedWords()), kept.map((entry) => entry.candidate), statistics, wordsOf);
  const ranked = kept.map((entry, index) => ({ id: entry.candidate.id, words: entry.words, score: entry.words + bm25[index] / (1 + bm25[index]), text: entry.candidate.text }));
  // A stable sort: among equals, Meilisearch's own order (the rarest words first) stands.
  ranked.sort((a, b) => b.score - a.score);
  return { ranked, floor };
}
