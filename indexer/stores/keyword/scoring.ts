// BM25 computed in JavaScript over a bounded set of candidate chunks. FTS5's bm25() first counts every
// row holding each query phrase (a scan of whole doclists: ~25-80 ms per common phrase at a million
// chunks) to get its IDF; here the IDF comes from the in-memory vocabulary instead, so the cost is
// only proportional to the candidates scored. Pure.
import type { QueryPlan, TermAlternative } from './query-plan';
import { createTermMatcher, occurrences } from './term-matching';
import { tokenise } from '../../../core/text/tokens';

/** The fields of one chunk that weigh in its score: its own words (text, speaker), then the item and meeting it is under. */
export interface ScoredFields {
  itemTitle: string;
  text: string;
  speaker: string | null;
  meetingTitle: string;
  body: string | null;
}

/**
 * A chunk is matched by its own words only; the item and meeting fields every paragraph under them shares only
 * raise the score of chunks that match, and by less than the chunk's own words.
 */
export const FIELD_WEIGHTS: Record<keyof ScoredFields, number> = { text: 2, speaker: 1, itemTitle: 1, meetingTitle: 0.25, body: 0.25 };
const FIELDS = Object.keys(FIELD_WEIGHTS) as Array<keyof ScoredFields>;
/** Okapi BM25 constants, as FTS5 uses them. */
const K1 = 1.2;
const B = 0.75;

export interface CorpusStatistics {
  /** Chunks indexed. */
  documents: number;
  /** Chunks holding the (unstemmed) term. */
  documentsWith(term: string): number;
}

/** Inverse document frequency as FTS5's bm25() computes it (floored just above zero); a phrase counts as its rarest word. */
function inverseDocumentFrequency(alternative: TermAlternative, statistics: CorpusStatistics): number {
  const documentsWith = Math.max(1, Math.min(...alternative.terms.map((term) => statistics.documentsWith(term))));
  return Math.log(1 + (statistics.documents - documentsWith + 0.5) / (documentsWith + 0.5));
}

/**
 * BM25 of each candidate for the plan's requirements (higher is better), summed over every alternative
 * as FTS5's bm25() sums over the phrases of its expression: a chunk with both "ASB" and "anti-social
 * behaviour" ranks above one with either.
 */
export function scoreCandidates(
  plan: Pick<QueryPlan, 'required' | 'matchTerms'>,
  candidates: ScoredFields[],
  statistics: CorpusStatistics,
  /** The caller's tokeniser, when it has read some of these texts already. */
  wordsOf: (text: string) => string[] = tokenise,
): number[] {
  const matchTerms = createTermMatcher(plan.matchTerms);
  const tokenised = candidates.map((candidate) => FIELDS.map((field) => wordsOf(candidate[field] ?? '').map(matchTerms)));
  // Field lengths are normalised by the candidates' means rather than the whole index's: on the labelled
  // queries (npm run eval) this ranked better, and for queries with few matches the candidates are all of them.
  const averageLength = FIELDS.map((_, column) => Math.max(1, tokenised.reduce((sum, fields) => sum + fields[column].length, 0) / Math.max(1, candidates.length)));
  const idf = plan.required.map((requirement) => requirement.alternatives.map((alternative) => inverseDocumentFrequency(alternative, statistics)));
  return tokenised.map((fields) =>
    plan.required.reduce(
      (score, requirement, requirementIndex) =>
        requirement.alternatives.reduce((sum, alternative, alternativeIndex) => {
          let weighted = 0;
          fields.forEach((tokens, column) => {
            const frequency = occurrences(tokens, alternative);
            if (frequency === 0) return;
            // Lengths below the mean count as the mean: a list line ("17 – Refuge;") is not more about its word for being short.
            const norm = K1 * (1 - B + (B * Math.max(tokens.length, averageLength[column])) / averageLength[column]);
            weighted += (FIELD_WEIGHTS[FIELDS[column]] * frequency * (K1 + 1)) / (frequency + norm);
          });
          return sum + idf[requirementIndex][alternativeIndex] * weighted;
        }, score),
      0,
    ),
  );
}
