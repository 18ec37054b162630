// Reciprocal rank fusion of the keyword and semantic candidate lists. Pure: ranks in, ordered ids out.
// Raw scores of the two sides live on different scales, so only ranks are combined.
import type { QueryShape } from './fusion-settings';
import { contentStems } from '../core/text/stem';
import { isContentWord } from '../core/text/stop-words';
import { tokensAsWritten } from '../core/text/tokens';

export interface FusionOptions {
  /** RRF constant: larger flattens the difference between neighbouring ranks. */
  k: number;
  /** Weight of the semantic list, 0..1; the keyword list gets the rest. */
  semanticRatio: number;
  /**
   * When the keyword side matched only a few chunks, those are precise hits on rare terms
   * (a road, an operation, a name): they stay above every candidate only the semantic side found.
   */
  keywordFirst: boolean;
}

export interface SemanticCandidate {
  id: string;
  similarity: number;
}

export interface FusedCandidate {
  id: string;
  score: number;
  keywordRank: number | null;
  semanticRank: number | null;
  similarity: number | null;
}

// Added to keyword hits in keyword-first mode: larger than any RRF sum, which is at most 2/(k+1).
const KEYWORD_FIRST_BONUS = 1;

export function fuseRankings(keywordIds: string[], semantic: SemanticCandidate[], options: FusionOptions): FusedCandidate[] {
  const keywordWeight = 1 - options.semanticRatio;
  const fused = new Map<string, FusedCandidate>();
  const entry = (id: string): FusedCandidate => {
    let candidate = fused.get(id);
    if (!candidate) {
      candidate = { id, score: 0, keywordRank: null, semanticRank: null, similarity: null };
      fused.set(id, candidate);
    }
    return candidate;
  };
  keywordIds.forEach((id, position) => {
    const candidate = entry(id);
    candidate.keywordRank = position + 1;
    candidate.score += keywordWeight / (options.k + position + 1) + (options.keywordFirst ? KEYWORD_FIRST_BONUS : 0);
  });
  semantic.forEach(({ id, similarity }, position) => {
    const candidate = entry(id);
    candidate.semanticRank = position + 1;
    candidate.similarity = similarity;
    candidate.score += options.semanticRatio / (options.k + position + 1);
  });
  return [...fused.values()].sort(compareFused);
}

function bestRank(candidate: FusedCandidate): number {
  return Math.min(candidate.keywordRank ?? Infinity, candidate.semanticRank ?? Infinity);
}

/** Higher score first; ties go to the better single rank, then to the id, so pages never shuffle. */
export function compareFused(a: FusedCandidate, b: FusedCandidate): number {
  return b.score - a.score || bestRank(a) - bestRank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The semantic weight for one query: the model's ratio, less the share it gives up as keyword search finds
 * the query's words (`coverage`, 0..1, the best keyword hit's share of them). See FusionSettings.keywordCoverageTrust.
 */
export function semanticWeight(semanticRatio: number, keywordCoverageTrust: number, coverage: number): number {
  return semanticRatio * (1 - keywordCoverageTrust * Math.min(1, Math.max(0, coverage)));
}

/** Below this many candidates a mean and spread of their similarities say too little to judge one against them. */
const MIN_CANDIDATES_FOR_STANDOUT = 10;

/**
 * A test of whether a candidate's similarity stands `minStandout` standard deviations above the mean of all
 * the query's candidates. Accepts everything when minStandout is null or there are too few candidates.
 */
export function standsOut(candidates: SemanticCandidate[], minStandout: number | null): (candidate: SemanticCandidate) => boolean {
  if (minStandout === null || candidates.length < MIN_CANDIDATES_FOR_STANDOUT) return () => true;
  const mean = candidates.reduce((sum, { similarity }) => sum + similarity, 0) / candidates.length;
  const spread = Math.sqrt(candidates.reduce((sum, { similarity }) => sum + (similarity - mean) ** 2, 0) / candidates.length);
  if (spread === 0) return () => false;
  return ({ similarity }) => (similarity - mean) / spread >= minStandout;
}

/** An acronym as typed in a query ("ASB", "PCSOs"): an exact term keyword search answers better than a model. */
const ACRONYM = /\b\p{Lu}{2,6}s?\b/u;
/** Queries of at most this many content words are names of things, not descriptions of them. */
const MAX_EXACT_WORDS = 2;

/**
 * The query's shape (see QueryShape), from what keyword search made of it: `coverage` is the share of the query's
 * words its best hit holds, `bestHitText` that hit's text (null when nothing matched). A word counts as found as
 * typed when its stem is among the best hit's; otherwise keyword search matched it through a correction or a synonym.
 */
export function queryShape(query: string, coverage: number, bestHitText: string | null): QueryShape {
  if (bestHitText === null || coverage < 1) return 'partial';
  const queryStems = contentStems(query);
  const hitStems = contentStems(bestHitText);
  if ([...queryStems].some((stem) => !hitStems.has(stem))) return 'corrected';
  // Words, not tokens: "anti-social behaviour" names one thing in two words.
  const words = query.split(/\s+/).filter((word) => tokensAsWritten(word).some((token) => isContentWord(token.lower)));
  return words.length <= MAX_EXACT_WORDS || ACRONYM.test(query) ? 'exact' : 'phrase';
}
