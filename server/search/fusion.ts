// Reciprocal rank fusion of the keyword and semantic candidate lists. Pure: ranks in, ordered ids out.
// Raw scores of the two sides live on different scales, so only ranks are combined.

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

/**
 * Score fusion: each side's scores scaled to 0..1 by its own lowest and highest (a candidate one side did not find
 * scores 0 there), then mixed as (1 − semanticRatio) × keyword + semanticRatio × semantic. Unlike ranks, scores say
 * how far apart two candidates are, which a longer query's lists show better than their order.
 */
export function fuseScores(keyword: { id: string; score: number }[], semantic: SemanticCandidate[], semanticRatio: number): FusedCandidate[] {
  const keywordScale = minMaxScale(keyword.map((hit) => hit.score));
  const semanticScale = minMaxScale(semantic.map((candidate) => candidate.similarity));
  const fused = new Map<string, FusedCandidate>();
  keyword.forEach(({ id, score }, position) => {
    fused.set(id, { id, score: (1 - semanticRatio) * keywordScale(score), keywordRank: position + 1, semanticRank: null, similarity: null });
  });
  semantic.forEach(({ id, similarity }, position) => {
    const candidate = fused.get(id) ?? { id, score: 0, keywordRank: null, semanticRank: null, similarity: null };
    candidate.semanticRank = position + 1;
    candidate.similarity = similarity;
    candidate.score += semanticRatio * semanticScale(similarity);
    fused.set(id, candidate);
  });
  return [...fused.values()].sort(compareFused);
}

/**
 * Scores scaled to 0..1 by their lowest and highest. A list whose scores are all equal (one keyword match, say) holds
 * only that side's best, so each scales to 1: scaled to 0, the only passage holding "Violence Reduction Unit" fell
 * below every passage found by meaning alone.
 */
function minMaxScale(scores: number[]): (score: number) => number {
  const low = Math.min(...scores);
  const range = Math.max(...scores) - low;
  return (score) => (range > 0 ? (score - low) / range : 1);
}

function bestRank(candidate: FusedCandidate): number {
  return Math.min(candidate.keywordRank ?? Infinity, candidate.semanticRank ?? Infinity);
}

/** Higher score first; ties go to the better single rank, then to the id, so pages never shuffle. */
export function compareFused(a: FusedCandidate, b: FusedCandidate): number {
  return b.score - a.score || bestRank(a) - bestRank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The candidates holding every word keyword search counted (`coverage` 1) first, each part in its own order, when there
 * are at most `limit` of them. For a query naming something (the `exact` shape: "BME consultation responses"), the few
 * passages holding the whole name are what is asked for, while rank fusion had put above them passages holding two of
 * its words that the model also liked.
 */
export function completeMatchesFirst(fused: FusedCandidate[], keywordHits: { id: string; coverage: number }[], limit: number): FusedCandidate[] {
  const complete = new Set(keywordHits.filter((hit) => hit.coverage >= 1).map((hit) => hit.id));
  if (complete.size === 0 || complete.size > limit) return fused;
  return [...fused.filter((candidate) => complete.has(candidate.id)), ...fused.filter((candidate) => !complete.has(candidate.id))];
}
