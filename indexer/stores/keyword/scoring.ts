// BM25 computed in JavaScript over a bounded set of candidate chunks. FTS5's bm25() first counts every
// row holding each query phrase (a scan of whole doclists: ~25-80 ms per common phrase at a million
// chunks) to get its IDF; here the IDF comes from the in-memory vocabulary instead, so the cost is
// only proportional to the candidates scored. Pure.
import type { QueryPlan, TermAlternative } from './query-plan';
import { occurrencesIn, scanningReader, type FieldMatches } from './term-matching';

/** The words of a field matched to the query's terms (see term-matching.ts). */
export type FieldReader = (text: string) => FieldMatches;

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

/** How often each of the plan's alternatives occurs in one field, and the field's length in words. */
interface FieldFrequencies {
  length: number;
  frequencies: number[];
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
  readerFor: (matchTerms: readonly string[]) => FieldReader = scanningReader,
): number[] {
  const readField = readerFor(plan.matchTerms);
  const alternatives = plan.required.flatMap((requirement) => requirement.alternatives);
  // Item, meeting, body and speaker values are shared by many candidates: each distinct value is read once.
  const shared = new Map<string, FieldFrequencies>();
  const frequenciesOf = (text: string): FieldFrequencies => {
    const matches = readField(text);
    return { length: matches.length, frequencies: alternatives.map((alternative) => (matches.positions.length === 0 ? 0 : occurrencesIn(matches, alternative))) };
  };
  const fieldsOf = (candidate: ScoredFields) =>
    FIELDS.map((field) => {
      const text = candidate[field] ?? '';
      if (field === 'text') return frequenciesOf(text);
      let known = shared.get(text);
      if (!known) {
        known = frequenciesOf(text);
        shared.set(text, known);
      }
      return known;
    });
  const scanned = candidates.map(fieldsOf);
  // Field lengths are normalised by the candidates' means rather than the whole index's: on the labelled
  // queries (npm run eval) this ranked better, and for queries with few matches the candidates are all of them.
  const averageLength = FIELDS.map((_, column) => Math.max(1, scanned.reduce((sum, fields) => sum + fields[column].length, 0) / Math.max(1, candidates.length)));
  const idf = alternatives.map((alternative) => inverseDocumentFrequency(alternative, statistics));
  return scanned.map((fields) => {
    let score = 0;
    for (let alternativeIndex = 0; alternativeIndex < alternatives.length; alternativeIndex += 1) {
      let weighted = 0;
      for (let column = 0; column < fields.length; column += 1) {
        const { length, frequencies } = fields[column];
        const frequency = frequencies[alternativeIndex];
        if (frequency === 0) continue;
        // Lengths below the mean count as the mean: a list line ("17 – Refuge;") is not more about its word for being short.
        const norm = K1 * (1 - B + (B * Math.max(length, averageLength[column])) / averageLength[column]);
        weighted += (FIELD_WEIGHTS[FIELDS[column]] * frequency * (K1 + 1)) / (frequency + norm);
      }
      score += idf[alternativeIndex] * weighted;
    }
    return score;
  });
}
