// Weighing the two legs before they are fused: how much the semantic ranking counts for this query (by its shape, or
// by how much of it keyword search found), and which semantic candidates are trusted enough to take part. Pure.
import type { KeywordMatching } from '../../core/search-types';
import { contentStems } from '../../core/text/stem';
import { isContentWord } from '../../core/text/stop-words';
import { tokensAsWritten } from '../../core/text/tokens';
import type { SemanticCandidate } from './fusion';
import type { HybridSettings, QueryShape } from './fusion-settings';

/**
 * How one hybrid query is fused: the semantic ranking's weight and whether scores rather than ranks are fused. By the
 * query's shape for a model measured that way; otherwise by rank, a weak model giving way to keyword search on the
 * queries whose words the minutes hold (semanticWeight). `bestHitText` is only read for the shape.
 */
export function hybridFusionFor(query: string, coverage: number, bestHitText: () => string | null, settings: HybridSettings): { weight: number; byScore: boolean } {
  if (!settings.shapeWeights) return { weight: semanticWeight(settings.semanticRatio, settings.keywordCoverageTrust, coverage), byScore: false };
  const shape = queryShape(query, coverage, bestHitText());
  return { weight: settings.shapeWeights[shape], byScore: settings.fuseByScore.includes(shape) };
}

/**
 * The best keyword hit's share of the query's words (`coverage` counts only the words keyword search looked for),
 * with the words no chunk holds (KeywordMatching.unknown) counted as missed: a question in words the minutes never
 * use is not answered by the few of its words they do use, and meaning should lead, not the keyword side.
 */
export function queryCoverage(coverage: number, matching: KeywordMatching | null | undefined): number {
  const counted = matching?.words.length ?? 0;
  const unknown = (matching?.unknown ?? []).filter((word) => word.split(' ').some(isContentWord)).length;
  return counted + unknown === 0 ? coverage : (coverage * counted) / (counted + unknown);
}

/**
 * The semantic candidates that take part in hybrid fusion: those that stand out from the query's band of similarities
 * (for a weak model) and, unless keyword search found them too, reach the model's minimum similarity. In semantic
 * mode every candidate takes part.
 */
export function candidatesWorthFusing(
  candidates: SemanticCandidate[],
  keywordIds: ReadonlySet<string>,
  settings: Pick<HybridSettings, 'minSimilarity' | 'minStandout'>,
  hybrid: boolean,
): SemanticCandidate[] {
  if (!hybrid) return candidates;
  const standingOut = standsOut(candidates, settings.minStandout);
  return candidates.filter((candidate) => standingOut(candidate) && (keywordIds.has(candidate.id) || candidate.similarity >= settings.minSimilarity));
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
