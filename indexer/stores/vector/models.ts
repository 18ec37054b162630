// Per-model defaults in one registry: how to pool and prefix text for each embedding model and which weights to load.
// How much hybrid search trusts each model is the server's business (server/fusion-settings.ts).
//
// MTEB English retrieval averages (nDCG@10 over the 15 BEIR sets, from the
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

/** Small English transformer encoders (384 dimensions) trained for asymmetric retrieval with the BGE instruction. */
const INSTRUCTED_CLS_384 = {
  dimensions: 384,
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
  queryPrefix: '',
  passagePrefix: '',
  embedItemTitle: true,
  pooling: 'mean',
  dtype: 'q8',
} as const;

const KNOWN_MODELS: Record<string, KnownDefaults> = {
  'Xenova/bge-small-en-v1.5': { ...INSTRUCTED_CLS_384, mtebRetrieval: 51.7, measuredHere: false },
  'Xenova/all-MiniLM-L6-v2': {
    ...PLAIN_MEAN_384,
    mtebRetrieval: 41.9,
    // The default: the smallest and fastest here, and the only transformer model these machines hold (../shared/models).
    measuredHere: true,
    // Dynamic int8 (onnx/model_int8.onnx, also published in the hub repository): 1.7 times the paragraphs per CPU
    // second of the q8 file here (docs/BENCHMARKS.md), with the same relevance on the held-out set
    // (../shared/models/README.md).
    dtype: 'int8',
  },
  'Xenova/gte-small': { ...PLAIN_MEAN_384, mtebRetrieval: 49.5, measuredHere: false },
  'Snowflake/snowflake-arctic-embed-xs': { ...INSTRUCTED_CLS_384, mtebRetrieval: 50.2, measuredHere: false },
  'Snowflake/snowflake-arctic-embed-s': { ...INSTRUCTED_CLS_384, mtebRetrieval: 51.9, measuredHere: false },
  // The offline test model (../shared/models): GloVe word vectors, SIF-weighted and mean-pooled. A bag of
  // words with a 10k vocabulary: no word order, rarer words ("cadets", "CCTV") unknown. It only rescues
  // paraphrases whose words are common (semantic-only recall@10 0.29 on bench/semantic-queries.json).
  'glove-sif-50d-10k': {
    dimensions: 50,
    queryPrefix: '',
    passagePrefix: '',
    // Measured on corpus/: with titles recall@10 fell from 0.29 to 0.25 (one query of 22; the title's words
    // dilute the mean of a bag of words).
    embedItemTitle: false,
    pooling: 'mean',
    mtebRetrieval: null,
    measuredHere: true,
    dtype: 'q8',
  },
};

/** For a model nobody has measured: mean pooling, no prefixes. */
export const UNKNOWN_MODEL_DEFAULTS: ModelDefaults = {
  dimensions: null,
  queryPrefix: '',
  passagePrefix: '',
  embedItemTitle: true,
  pooling: 'mean',
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
 * The registry entry for a model id (see knownModelId). Matches the exact id first, then the name without its owner
 * ("bge-small-en-v1.5", or "BAAI/bge-small-en-v1.5" for the same weights), case-insensitively.
 */
export function modelDefaults(modelId: string): ModelDefaults {
  const known = knownModelId(modelId);
  return known ? { ...KNOWN_MODELS[known], known: true } : { ...UNKNOWN_MODEL_DEFAULTS };
}

/** The registry's id for a model id: the exact id, else the one with the same name without its owner; null when unknown. */
export function knownModelId(modelId: string): string | null {
  if (KNOWN_MODELS[modelId]) return modelId;
  const wanted = baseName(modelId);
  return KNOWN_MODEL_IDS.find((id) => baseName(id) === wanted) ?? null;
}

/** The weights to load: the configured dtype, else the model's own default. */
export function dtypeFor(modelId: string, configured: EmbeddingDtype | undefined): EmbeddingDtype {
  return configured ?? modelDefaults(modelId).dtype;
}
