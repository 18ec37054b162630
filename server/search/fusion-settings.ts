// How much hybrid search trusts each embedding model: the rank-fusion constant, the semantic weight and the
// similarity a candidate needs, per model id (matched as the vector registry matches it, vector/models.ts).
// Measured on corpus/ for all-MiniLM-L6-v2 (`npm run tune:fusion`); for the others they follow each model's
// published retrieval quality. RRF_K and SEMANTIC_RATIO in the environment override the first two (core/config.ts).
import type { Config } from '../../core/config';
import { knownModelId } from '../../indexer/stores/vector/models';

/**
 * How a query stands to the words of the minutes, as keyword search sees it (server/fusion.ts, queryShape):
 * `exact` every word found as typed, in one or two words or with an acronym, or any query whose rarest word is written
 * as a name ("what did Brian Luker ask about travellers": weigh.ts, namesRareWord); `corrected` every word found but not
 * as typed (a typo corrected, a synonym); `phrase` every word found as typed, in a longer query; `partial` keyword
 * search found only some of the words together (paraphrases, questions in the user's own words).
 */
export type QueryShape = 'exact' | 'corrected' | 'phrase' | 'partial';

export interface FusionSettings {
  /** Reciprocal rank fusion constant: smaller lets the first few ranks of either list count for more. */
  rrfK: number;
  /**
   * Weight of the semantic ranking in hybrid fusion by the query's shape, 0..1 (the keyword ranking gets the
   * rest), measured for this model with `npm run tune:fusion`; null for a model not measured that way, which
   * uses semanticRatio and keywordCoverageTrust instead.
   */
  weightByShape: Record<QueryShape, number> | null;
  /**
   * Query shapes fused by normalised scores (fusion.ts, fuseScores) rather than by rank, at the shape's weight from
   * weightByShape; measured with `npm run tune:fusion`. Empty: every query is fused by rank.
   */
  fuseByScore: readonly QueryShape[];
  /**
   * Weight of the semantic ranking in hybrid fusion, 0..1 (the keyword ranking gets the rest), for a query
   * none of whose words keyword search found; see keywordCoverageTrust for the others.
   */
  semanticRatio: number;
  /**
   * How much of the semantic weight a query gives up as keyword search finds its words, 0..1: the weight is
   * semanticRatio × (1 − keywordCoverageTrust × coverage), coverage being the share of the query's words the
   * best keyword hit holds. 0 for models trusted as much on a query keyword search answers exactly; 1 for a
   * model that only helps when the user's words are not in the minutes.
   */
  keywordCoverageTrust: number;
  /**
   * A semantic candidate counts in hybrid fusion only if its similarity stands this many standard deviations
   * above the mean of the query's candidate similarities; null for no such test. Scale-free, so it separates
   * the few real matches of a weak model from its flat band of near-equal scores.
   */
  minStandout: number | null;
  /**
   * Cosine similarity below which a candidate found only by semantic search is dropped from hybrid results.
   * Each model has its own similarity scale (gte's unrelated pairs score ~0.7, MiniLM's ~0.1).
   */
  minSimilarity: number;
  /**
   * Cosine similarity at which a passage counts as answering a chat question; when no passage read reaches it or
   * holds every word of the topic, the chat says the minutes do not cover the question and cites nothing.
   */
  minAnswerSimilarity: number;
}

/** The RRF paper's constant (Cormack, Clarke and Büttcher 2009), for models whose fusion was not measured. */
export const DEFAULT_RRF_K = 60;

/** Strong published retrieval: an equal say with keyword search on every query, every candidate counted. */
const EQUAL_SAY = { rrfK: DEFAULT_RRF_K, weightByShape: null, fuseByScore: [], semanticRatio: 0.5, keywordCoverageTrust: 0, minStandout: null } as const;

const FUSION_BY_MODEL: Record<string, FusionSettings> = {
  // bge v1.5 spreads similarities from about 0.3 (unrelated) to 0.9; related passages sit above ~0.55.
  'Xenova/bge-small-en-v1.5': { ...EQUAL_SAY, minSimilarity: 0.5, minAnswerSimilarity: 0.5 },
  // Measured on corpus/ (`npm run tune:fusion`, docs/BENCHMARKS.md and docs/DESIGN.md): rank fusion with a
  // small constant, the semantic weight set by the query's shape, phrase-shaped queries fused by score. Thresholds from its similarity scale
  // (bench/similarity-distribution.ts): 95% of labelled (query, paragraph) pairs score 0.2 or more, while half of
  // an off-topic question's top ten score below 0.14; every off-topic top hit but one scores below 0.3, while the
  // best labelled paragraph of nine queries in ten scores 0.3 or more.
  'Xenova/all-MiniLM-L6-v2': {
    rrfK: 3,
    weightByShape: { exact: 0.4, corrected: 0.2, phrase: 0.5, partial: 0.7 },
    fuseByScore: ['phrase'],
    semanticRatio: 0.7,
    keywordCoverageTrust: 0,
    minStandout: null,
    minSimilarity: 0.2,
    minAnswerSimilarity: 0.3,
  },
  // gte compresses similarities into a high band: unrelated text already scores ~0.7.
  'Xenova/gte-small': { ...EQUAL_SAY, minSimilarity: 0.78, minAnswerSimilarity: 0.78 },
  'Snowflake/snowflake-arctic-embed-xs': { ...EQUAL_SAY, minSimilarity: 0.3, minAnswerSimilarity: 0.3 },
  'Snowflake/snowflake-arctic-embed-s': { ...EQUAL_SAY, minSimilarity: 0.3, minAnswerSimilarity: 0.3 },
  // The offline GloVe test model, measured with `npm run eval -- --per-query` (docs/BENCHMARKS.md): any fixed weight
  // loses to keyword search alone, because RRF's flat ranks let a semantic vote reorder exact keyword matches
  // ("precpet proposal", "why was the neighbourhood policing review controversial?"). So it gets a say only in
  // proportion to the query words keyword search could not find, and only for candidates that stand out from its
  // flat band of 0.4-0.6 similarities. Its top hits score 0.4-0.6 whether relevant or not; at 0.45 half of the
  // relevant top-50 hits survive and a third of the others.
  'glove-sif-50d-10k': {
    rrfK: DEFAULT_RRF_K,
    weightByShape: null,
    fuseByScore: [],
    semanticRatio: 0.4,
    keywordCoverageTrust: 1,
    minStandout: 1.5,
    minSimilarity: 0.45,
    minAnswerSimilarity: 0.45,
  },
};

/** For a model nobody has measured: keyword search leads and only close semantic matches are added. */
export const UNKNOWN_MODEL_FUSION: FusionSettings = {
  rrfK: DEFAULT_RRF_K,
  weightByShape: null,
  fuseByScore: [],
  semanticRatio: 0.3,
  keywordCoverageTrust: 0.5,
  minStandout: 1,
  minSimilarity: 0.5,
  minAnswerSimilarity: 0.5,
};

/** The fusion settings for an embedding model id; the conservative ones for a model not in the registry. */
export function fusionSettingsFor(modelId: string): FusionSettings {
  const known = knownModelId(modelId);
  return (known && FUSION_BY_MODEL[known]) || UNKNOWN_MODEL_FUSION;
}

/** What one search service fuses with: the model's settings with RRF_K and SEMANTIC_RATIO applied over them. */
export interface HybridSettings {
  rrfK: number;
  semanticRatio: number;
  /** Null when SEMANTIC_RATIO is set (one weight for every query) or the model was not measured by query shape. */
  shapeWeights: Record<QueryShape, number> | null;
  /** The shapes fused by score (empty when shapeWeights is null). */
  fuseByScore: readonly QueryShape[];
  keywordCoverageTrust: number;
  minSimilarity: number;
  minStandout: number | null;
  /** The model's answer threshold: a passage found by meaning alone below it is only loosely related (said on the page). */
  closeSimilarity: number;
}

export function hybridSettings(fusion: Config['fusion'], modelId: string): HybridSettings {
  const model = fusionSettingsFor(modelId);
  return {
    rrfK: fusion.rrfK ?? model.rrfK,
    semanticRatio: fusion.semanticRatio ?? model.semanticRatio,
    shapeWeights: fusion.semanticRatio === undefined ? model.weightByShape : null,
    fuseByScore: fusion.semanticRatio === undefined ? model.fuseByScore : [],
    keywordCoverageTrust: model.keywordCoverageTrust,
    minSimilarity: model.minSimilarity,
    minStandout: model.minStandout,
    closeSimilarity: model.minAnswerSimilarity,
  };
}
