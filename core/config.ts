// The one place that reads the environment: every setting, its default, unit and range.
// Everything else receives a Config object.
import path from 'node:path';
import { z } from 'zod';
import { ERROR_CODES, InputError } from './errors';

export const DEFAULT_EMBEDDING_MODEL = 'Xenova/bge-small-en-v1.5';

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== '' ? value.trim() : undefined));
const integer = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
const number = (fallback: number, min: number, max: number) => z.coerce.number().min(min).max(max).default(fallback);

const environmentSchema = z.object({
  DATA_DIR: z.string().default('./data'),
  HOST: z.string().default('127.0.0.1'),
  PORT: integer(3000, 0, 65535),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest file the indexer reads, in bytes (default 50 MB). */
  MAX_FILE_BYTES: integer(50 * 1024 * 1024, 1, 2 ** 40),
  /** Largest upload through the admin API, in bytes (default 20 MB). */
  MAX_UPLOAD_BYTES: integer(20 * 1024 * 1024, 1, 2 ** 40),
  /** Folder indexed by `npm start` when the data folder is empty. */
  CORPUS_DIR: z.string().default('./corpus'),

  MEILI_URL: optionalString,
  MEILI_API_KEY: optionalString,
  MEILI_INDEX: z.string().default('minutes'),

  EMBEDDING_MODEL: optionalString,
  EMBEDDING_MODEL_DIR: optionalString,
  /** Weights to load: quantised int8 by default. */
  EMBEDDING_DTYPE: z.enum(['q8', 'fp32', 'fp16', 'q4']).default('q8'),
  EMBEDDING_BATCH_SIZE: integer(32, 1, 1024),
  HNSW_M: integer(16, 4, 128),
  HNSW_EF_CONSTRUCTION: integer(200, 10, 2000),
  /** The smallest efSearch measured to give recall@10 ≥ 0.98 under 2 ms at 1M vectors (docs/BENCHMARKS.md). */
  HNSW_EF_SEARCH: integer(192, 10, 2000),

  /** Reciprocal rank fusion constant; 0 (unset) means the model's own default. */
  RRF_K: integer(0, 0, 1000),
  /** Weight of the semantic ranking in hybrid mode (0..1); unset means the model's own default. */
  SEMANTIC_RATIO: number(-1, -1, 1),

  ADMIN_API_KEY: optionalString,
  /** Comma-separated origins allowed by CORS; empty means CORS is off. */
  CORS_ORIGINS: z.string().default(''),
  /** Requests per minute per client on search and chat. */
  RATE_LIMIT_PER_MINUTE: integer(600, 1, 1_000_000),

  /** Optional OpenAI-compatible endpoint that rewrites extractive chat answers. */
  LLM_URL: optionalString,
  LLM_MODEL: z.string().default('gpt-4o-mini'),
  LLM_API_KEY: optionalString,
});

export interface Config {
  dataDir: string;
  host: string;
  port: number;
  logLevel: string;
  maxFileBytes: number;
  maxUploadBytes: number;
  corpusDir: string;
  meili: { url: string; apiKey: string | undefined; index: string } | null;
  embedding: {
    model: string;
    /** Local folder of model folders; when set nothing is fetched remotely. */
    localModelDir: string | undefined;
    /** Where downloaded models are cached. */
    cacheDir: string;
    dtype: 'q8' | 'fp32' | 'fp16' | 'q4';
    batchSize: number;
  };
  hnsw: { m: number; efConstruction: number; efSearch: number };
  fusion: { rrfK: number | undefined; semanticRatio: number | undefined };
  adminApiKey: string | undefined;
  corsOrigins: string[];
  rateLimitPerMinute: number;
  llm: { url: string; model: string; apiKey: string | undefined } | null;
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  // An empty value (`PORT=` in an env file) means "not set", never 0.
  const setValues = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = environmentSchema.safeParse(setValues);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue.path[0] ?? '');
    throw new InputError(ERROR_CODES.INVALID_CONFIG, `invalid setting ${field}: ${issue.message}`, { field });
  }
  const env = parsed.data;
  const dataDir = path.resolve(env.DATA_DIR);
  return {
    dataDir,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    maxFileBytes: env.MAX_FILE_BYTES,
    maxUploadBytes: env.MAX_UPLOAD_BYTES,
    corpusDir: path.resolve(env.CORPUS_DIR),
    meili: env.MEILI_URL ? { url: env.MEILI_URL, apiKey: env.MEILI_API_KEY, index: env.MEILI_INDEX } : null,
    embedding: {
      model: env.EMBEDDING_MODEL ?? DEFAULT_EMBEDDING_MODEL,
      localModelDir: env.EMBEDDING_MODEL_DIR ? path.resolve(env.EMBEDDING_MODEL_DIR) : undefined,
      cacheDir: path.join(dataDir, 'models'),
      dtype: env.EMBEDDING_DTYPE,
      batchSize: env.EMBEDDING_BATCH_SIZE,
    },
    hnsw: { m: env.HNSW_M, efConstruction: env.HNSW_EF_CONSTRUCTION, efSearch: env.HNSW_EF_SEARCH },
    fusion: { rrfK: env.RRF_K > 0 ? env.RRF_K : undefined, semanticRatio: env.SEMANTIC_RATIO >= 0 ? env.SEMANTIC_RATIO : undefined },
    adminApiKey: env.ADMIN_API_KEY,
    corsOrigins: env.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    llm: env.LLM_URL ? { url: env.LLM_URL, model: env.LLM_MODEL, apiKey: env.LLM_API_KEY } : null,
  };
}
