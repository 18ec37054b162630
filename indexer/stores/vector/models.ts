// Per-model defaults in one registry: how to pool and prefix text for each embedding model, and how much
// hybrid search should trust it (semantic weight, minimum similarity for a candidate only it found).
//
// Fusion settings were measured on corpus/ for all-MiniLM-L6-v2 (`npm run tune:fusion`); for the others they follow
// each model's published retrieval quality. MTEB English retrieval averages (nDCG@10 over the 15 BEIR sets, from the
// model cards / MTEB leaderboard). "Measured here" means run on these machines from ../shared/models (speed in
// docs/BENCHMARKS.md, relevance with `npm run eval`); the other entries come from their model cards only (none of
// them can be fetched here).
//
// | model                               | dims | MTEB retrieval | pooling | query prefix | measured here |
// |-------------------------------------|------|----------------|---------|--------------|---------------|
// | Xenova/all-MiniLM-L6-v2 (default)   |  384 | 41.9           | mean    | none         | yes           |
// | Xenova/gte-small                    |  384 | 49.5           | mean    | none         | no            |
// | Snowflake/snowflake-arctic-embed-xs |  384 | 50.2           | cls     | BGE-style    | no            |
// | Xenova/bge-small-en-v1.5            |  384 | 51.7           | cls     | BGE-style    | no            |
// | Snowflake/snowflake-arctic-embed-s  |  384 | 51.9           | cls     | BGE-style    | no            |
// | glove-sif-50d-10k (test model)      |   50 | not measured   | mean    | none         | yes           |

import type { EmbeddingDtype } from '../../../core/config';

export type Pooling = 'mean' | 'cls';

/**
 * How a query stands to the words of the minutes, as keyword search sees it (server/fusion.ts, queryShape):
 * `exact` every word found as typed, in one or two words or with an acronym; `corrected` every word found but not
 * as typed (a typo corrected, a synonym); `phrase` every word found as typed, in a longer query; `partial` keyword
 * search found only some of the words together (paraphrases, questions in the user's own words).
 */
export type QueryShape = 'exact' | 'corrected' | 'phrase' | 'partial';

export interface ModelDefaults {
  /** Output size when known in advance; the embedder always reports what the loaded model produces. */
  dimensions: number | null;
  /** Prepended to search queries (asymmetric retrieval models are trained with an instruction). */
  queryPrefix: string;
  /** Prepended to passages. */
  passagePrefix: string;
  /**
   * Embed a paragraph with its item title in front (see passageText). Transformer models read the title as
   * context for a paragraph that never names its topic (not measurable offline here); the bag-of-words
   * test model measured worse with it.
   */
  embedItemTitle: boolean;
  pooling: Pooling;
  /** Reciprocal rank fusion constant: smaller lets the first few ranks of either list count for more. */
  rrfK: number;
  /**
   * Weight of the semantic ranking in hybrid fusion by the query's shape, 0..1 (the keyword ranking gets the
   * rest), measured for this model with `npm run tune:fusion`; null for a model not measured that way, which
   * uses semanticRatio and keywordCoverageTrust instead.
   */
  weightByShape: Record<QueryShape, number> | null;
  /**
   * Query shapes fused by normalised scores (server/fusion.ts, fuseScores) rather than by rank, with the shape's
   * weight from weightByShape; measured with `npm run tune:fusion`. Empty: every query is fused by rank.
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
  /** MTEB English retrieval average, for documentation; null when not published. */
  mtebRetrieval: number | null;
  /** True when the model was run on these machines; false when every number here comes from its model card. */
  measuredHere: boolean;
  /** Weights loaded when EMBEDDING_DTYPE is unset; the file must exist in the model's folder or hub repository. */
  dtype: EmbeddingDtype;
  /** False for models not in this registry, which get the conservative defaults. */
  known: boolean;
}

type KnownDefaults = Omit<ModelDefaults, 'known'>;

/** The RRF paper's constant (Cormack, Clarke and Büttcher 2009), for models whose fusion was not measured. */
export const DEFAULT_RRF_K = 60;

/** Small English transformer encoders (384 dimensions) trained for asymmetric retrieval with the BGE instruction. */
const INSTRUCTED_CLS_384 = {
  dimensions: 384,
  rrfK: DEFAULT_RRF_K,
  weightByShape: null,
  fuseByScore: [],
  // Strong published retrieval: an equal say with keyword search on every query, every candidate counted.
  keywordCoverageTrust: 0,
  minStandout: null,
  queryPrefix: 'Represent this sentence for searching relevant passages: ',
  passagePrefix: '',
  embedItemTitle: true,
  // Their sentence-transformers configs pool the [CLS] token.
  pooling: 'cls',
  // The quantised file every Xenova export carries (onnx/model_quantized.onnx).
  dtype: 'q8',
} as const;

/** Symmetric sentence encoders (384 dimensions) without instructions, mean-pooled. */
const PLAIN_MEAN_384 = {
  dimensions: 384,
  rrfK: DEFAULT_RRF_K,
  weightByShape: null,
  fuseByScore: [],
  queryPrefix: '',
  passagePrefix: '',
  embedItemTitle: true,
  pooling: 'mean',
  keywordCoverageTrust: 0,
  minStandout: null,
  dtype: 'q8',
} as const;

const KNOWN_MODELS: Record<string, KnownDefaults> = {
  'Xenova/bge-small-en-v1.5': {
    ...INSTRUCTED_CLS_384,
    // Strong published retrieval: an equal say with keyword search.
    semanticRatio: 0.5,
    // bge v1.5 spreads similarities from about 0.3 (unrelated) to 0.9; related passages sit above ~0.55.
    minSimilarity: 0.5,
    minAnswerSimilarity: 0.5,
    mtebRetrieval: 51.7,
    measuredHere: false,
  },
  // Measured on corpus/ (`npm run tune:fusion`, docs/BENCHMARKS.md and docs/ARCHITECTURE.md): rank fusion with a
  // small constant, the semantic weight set by the query's shape. Thresholds from its similarity scale
  // (bench/similarity-distribution.ts): 95% of labelled (query, paragraph) pairs score 0.2 or more, while half of
  // an off-topic question's top ten score below 0.14; every off-topic top hit but one scores below 0.3, while the
  // best labelled paragraph of nine queries in ten scores 0.3 or more.
  'Xenova/all-MiniLM-L6-v2': {
    ...PLAIN_MEAN_384,
    rrfK: 5,
    weightByShape: { exact: 0.4, corrected: 0, phrase: 0.8, partial: 0.8 },
    fuseByScore: ['phrase'],
    semanticRatio: 0.7,
    minSimilarity: 0.2,
    minAnswerSimilarity: 0.3,
    mtebRetrieval: 41.9,
    // The default: the smallest and fastest here, and the only transformer model these machines hold (../shared/models).
    measuredHere: true,
    // Dynamic int8 (onnx/model_int8.onnx, also published in the hub repository): 1.7 times the paragraphs per CPU
    // second of the q8 file here (docs/BENCHMARKS.md), with the same relevance on the held-out set
    // (../shared/models/README.md).
    dtype: 'int8',
  },
  // gte compresses similarities into a high band: unrelated text already scores ~0.7.
  'Xenova/gte-small': { ...PLAIN_MEAN_384, semanticRatio: 0.5, minSimilarity: 0.78, minAnswerSimilarity: 0.78, mtebRetrieval: 49.5, measuredHere: false },
  'Snowflake/snowflake-arctic-embed-xs': { ...INSTRUCTED_CLS_384, semanticRatio: 0.5, minSimilarity: 0.3, minAnswerSimilarity: 0.3, mtebRetrieval: 50.2, measuredHere: false },
  'Snowflake/snowflake-arctic-embed-s': { ...INSTRUCTED_CLS_384, semanticRatio: 0.5, minSimilarity: 0.3, minAnswerSimilarity: 0.3, mtebRetrieval: 51.9, measuredHere: false },
  // The offline test model (../shared/models): GloVe word vectors, SIF-weighted and mean-pooled. A bag of
  // words with a 10k vocabulary: no word order, rarer words ("cadets", "CCTV") unknown. It only rescues
  // paraphrases whose words are common (semantic-only recall@10 0.29 on bench/semantic-queries.json).
  // Measured with `npm run eval -- --per-query` (docs/BENCHMARKS.md): any fixed weight loses to keyword search
  // alone, because RRF's flat ranks let a semantic vote reorder exact keyword matches ("precpet proposal",
  // "why was the neighbourhood policing review controversial?"). So it gets a say only in proportion to the
  // query words keyword search could not find, and only for candidates that stand out from its flat band of
  // 0.4-0.6 similarities. Its top hits score 0.4-0.6 whether relevant or not; at 0.45 half of the relevant
  // top-50 hits survive and a third of the others.
  'glove-sif-50d-10k': {
    dimensions: 50,
    queryPrefix: '',
    passagePrefix: '',
    // Measured on corpus/: with titles recall@10 fell from 0.29 to 0.25 (one query of 22; the title's words
    // dilute the mean of a bag of words).
    embedItemTitle: false,
    pooling: 'mean',
    rrfK: DEFAULT_RRF_K,
    weightByShape: null,
    fuseByScore: [],
    semanticRatio: 0.4,
    keywordCoverageTrust: 1,
    minStandout: 1.5,
    minSimilarity: 0.45,
    minAnswerSimilarity: 0.45,
    mtebRetrieval: null,
    measuredHere: true,
    dtype: 'q8',
  },
};

/** For a model nobody has measured: keyword search leads and only close semantic matches are added. */
export const UNKNOWN_MODEL_DEFAULTS: ModelDefaults = {
  dimensions: null,
  queryPrefix: '',
  passagePrefix: '',
  embedItemTitle: true,
  pooling: 'mean',
  rrfK: DEFAULT_RRF_K,
  weightByShape: null,
  fuseByScore: [],
  semanticRatio: 0.3,
  keywordCoverageTrust: 0.5,
  minStandout: 1,
  minSimilarity: 0.5,
  minAnswerSimilarity: 0.5,
  mtebRetrieval: null,
  measuredHere: false,
  dtype: 'q8',
  known: false,
};

export const KNOWN_MODEL_IDS = Object.keys(KNOWN_MODELS);

function baseName(modelId: string): string {
  return modelId.slice(modelId.lastIndexOf('/') + 1).toLowerCase();
}

/**
 * The registry entry for a model id. Matches the exact id first, then the name without its owner
 * ("bge-small-en-v1.5", or "BAAI/bge-small-en-v1.5" for the same weights), case-insensitively.
 */
export function modelDefaults(modelId: string): ModelDefaults {
  const exact = KNOWN_MODELS[modelId];
  if (exact) return { ...exact, known: true };
  const wanted = baseName(modelId);
  const match = KNOWN_MODEL_IDS.find((id) => baseName(id) === wanted);
  return match ? { ...KNOWN_MODELS[match], known: true } : { ...UNKNOWN_MODEL_DEFAULTS };
}

/** The weights to load: the configured dtype, else the model's own default. */
export function dtypeFor(modelId: string, configured: EmbeddingDtype | undefined): EmbeddingDtype {
  return configured ?? modelDefaults(modelId).dtype;
}
