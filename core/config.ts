// The one place that reads the environment: every setting, its default, unit and range.
// Everything else receives a Config object.
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ERROR_CODES, InputError } from './errors';

/** The smallest and fastest model of the registry, and the one measured here (docs/BENCHMARKS.md). */
export const DEFAULT_EMBEDDING_MODEL = 'Xenova/all-MiniLM-L6-v2';
export const EMBEDDING_DTYPES = ['q8', 'int8', 'fp32', 'fp16', 'q4'] as const;
export type EmbeddingDtype = (typeof EMBEDDING_DTYPES)[number];
/**
 * Unset EMBEDDING_WORKERS means one worker per core, up to this many (each holds its own copy of the model). On
 * 2 cores, 2 workers × 1 thread embedded 1.4 to 2.1 times the paragraphs per CPU second of 1 worker × 2 threads
 * at batches of 1 to 8 (docs/BENCHMARKS.md).
 */
export const MAX_DEFAULT_EMBEDDING_WORKERS = 4;

/**
 * When a long vector sync saves the HNSW index (and marks the documents it then holds whole as synced): a run killed
 * part-way resumes from its last save. A save writes the whole index (1.7 kB per vector of 384 dimensions: 135 MB
 * at 80,000), so saving after every slice of a large upload would cost more than it keeps.
 */
export interface VectorCheckpointPolicy {
  everyVectors: number;
  everySeconds: number;
}

export const VECTOR_CHECKPOINT_DEFAULTS: VectorCheckpointPolicy = { everyVectors: 2000, everySeconds: 30 };

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== '' ? value.trim() : undefined));
const integer = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
const number = (fallback: number, min: number, max: number) => z.coerce.number().min(min).max(max).default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .transform((value) => ['true', '1', 'yes'].includes(value))
    .default(fallback);

/** What a browser sends in Origin: scheme, host and port, nothing else (no path, no trailing slash, no wildcard). */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value && !value.includes('*');
  } catch {
    return false;
  }
}

/** Express's named address ranges, usable in TRUST_PROXY. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrSubnet(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/**
 * Which peers may tell us the client's address (X-Forwarded-For): off, a number of proxy hops in front of the app,
 * or the proxies' addresses and subnets. `true` (trust anyone) is refused: every client could pick its own address.
 */
const trustProxySetting = z
  .string()
  .default('false')
  .transform((value, context): TrustProxy => {
    const text = value.trim();
    if (text === 'false' || text === '0') return false;
    if (/^\d+$/.test(text)) return Number(text);
    const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean);
    const invalid = entries.find((entry) => !isAddressOrSubnet(entry));
    if (entries.length === 0 || invalid !== undefined) {
      context.addIssue({
        code: 'custom',
        message: `expected false, a hop count, or addresses and subnets (10.0.0.0/8, loopback, uniquelocal); got "${invalid ?? text}"`,
      });
      return z.NEVER;
    }
    return entries;
  });

const environmentSchema = z.object({
  DATA_DIR: z.string().default('./data'),
  HOST: z.string().default('127.0.0.1'),
  PORT: integer(3000, 0, 65535),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest file the indexer reads, in bytes (default 50 MB). */
  MAX_FILE_BYTES: integer(50 * 1024 * 1024, 1, 2 ** 40),
  /** Largest upload through the admin API, in bytes (default 20 MB). */
  MAX_UPLOAD_BYTES: integer(20 * 1024 * 1024, 1, 2 ** 40),
  /** Folder indexed by `npm start` into a data folder never set up (see Store.dataFolderState). */
  CORPUS_DIR: z.string().default('./corpus'),
  /**
   * Worker threads answering searches, each with its own copy of the indexes in memory (server/search/pool.ts);
   * 0 answers them on the server's event loop.
   */
  SEARCH_WORKERS: integer(0, 0, 64),
  /** Chunks recent searches read, kept in memory by each search thread (about 1-2 KB each); 0 keeps none. */
  CHUNK_CACHE_SIZE: integer(20_000, 0, 10_000_000),

  MEILI_URL: optionalString,
  MEILI_API_KEY: optionalString,
  MEILI_INDEX: z.string().default('minutes'),
  /** Longest wait for one Meilisearch request, in ms: past it a search answers from the semantic side (degraded). */
  MEILI_TIMEOUT_MS: integer(2_000, 50, 600_000),
  /** How often the server looks for documents stored while Meilisearch was down, and indexes them (seconds). */
  MEILI_RESYNC_SECONDS: integer(15, 1, 86_400),

  EMBEDDING_MODEL: optionalString,
  EMBEDDING_MODEL_DIR: optionalString,
  /**
   * Weights to load: onnx/model_int8.onnx for int8, onnx/model_quantized.onnx for q8, and so on; unset means the
   * model's own default from the registry (int8 for the default model, measured fastest here at the same relevance).
   */
  EMBEDDING_DTYPE: z.enum(EMBEDDING_DTYPES).optional(),
  /** Passages per model call, texts sorted by length first; 4 did the most work per CPU second (docs/BENCHMARKS.md). */
  EMBEDDING_BATCH_SIZE: integer(4, 1, 1024),
  /** Worker threads running the model side by side; unset (0) means one per core up to MAX_DEFAULT_EMBEDDING_WORKERS. */
  EMBEDDING_WORKERS: integer(0, 0, 64),
  /** onnxruntime threads inside each worker; unset (0) means the cores shared out among the workers. */
  EMBEDDING_THREADS: integer(0, 0, 256),
  /** Query vectors kept in memory, most recently used first (384 floats each for the default model: 1.5 KB); 0 keeps none. */
  QUERY_CACHE_SIZE: integer(1000, 0, 1_000_000),
  HNSW_M: integer(16, 4, 128),
  HNSW_EF_CONSTRUCTION: integer(200, 10, 2000),
  /** The smallest efSearch measured to give recall@10 ≥ 0.98 under 2 ms at 1M vectors (docs/BENCHMARKS.md). */
  HNSW_EF_SEARCH: integer(192, 10, 2000),
  /** A long sync saves the vector index after this many inserted vectors (see VectorCheckpointPolicy). */
  HNSW_CHECKPOINT_VECTORS: integer(VECTOR_CHECKPOINT_DEFAULTS.everyVectors, 1, 100_000_000),
  /** ... or after this many seconds since its last save, whichever comes first. */
  HNSW_CHECKPOINT_SECONDS: integer(VECTOR_CHECKPOINT_DEFAULTS.everySeconds, 1, 86_400),

  /** Reciprocal rank fusion constant; 0 (unset) means the model's own default. */
  RRF_K: integer(0, 0, 1000),
  /** Weight of the semantic ranking in hybrid mode (0..1); unset means the model's own default. */
  SEMANTIC_RATIO: number(-1, -1, 1),

  ADMIN_API_KEY: optionalString,
  /**
   * The page reaches browsers over https (here or through a TLS proxy): only then may its CSP tell browsers to
   * upgrade sub-requests to https; over plain http on a LAN that upgrade makes every script fail to load.
   */
  SERVED_OVER_HTTPS: flag(false),
  /** Comma-separated origins allowed by CORS (`https://example.org`), or `*` for any; empty means CORS is off. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value, context): CorsOrigins => {
      const origins = value.split(',').map((origin) => origin.trim()).filter(Boolean);
      if (origins.length === 1 && origins[0] === '*') return '*';
      const invalid = origins.find((origin) => !isOrigin(origin));
      if (invalid !== undefined) {
        context.addIssue({ code: 'custom', message: `expected origins like https://example.org (scheme, host, optional port) or *; got "${invalid}"` });
        return z.NEVER;
      }
      return origins;
    }),
  TRUST_PROXY: trustProxySetting,
  /** Requests per minute per client on search and chat. */
  RATE_LIMIT_PER_MINUTE: integer(600, 1, 1_000_000),

  /** Optional OpenAI-compatible endpoint that rewrites extractive chat answers. */
  LLM_URL: optionalString,
  LLM_MODEL: z.string().default('gpt-4o-mini'),
  LLM_API_KEY: optionalString,

  /** Where alert emails are sent through (smtp://user:pass@host:587, smtps://…); unset turns email alerts off. */
  SMTP_URL: optionalString,
  /** The From of alert emails. */
  ALERTS_FROM: z.string().default('minutes-search <alerts@localhost>'),
  /** The address people reach the page at (https://minutes.example.org), for links in emails and feeds; unset: the request's host. */
  PUBLIC_URL: optionalString.refine((value) => value === undefined || isOrigin(value.replace(/\/$/, '')), 'expected an origin such as https://minutes.example.org'),
  /** Subscriptions one email address may hold (confirmed or waiting for confirmation). */
  ALERTS_MAX_PER_ADDRESS: integer(20, 1, 10_000),
  /** Subscriptions requested from one client address. */
  ALERTS_MAX_PER_CLIENT: integer(50, 1, 100_000),
  /** Subscribe requests (each sends a confirmation email) per client per hour. */
  ALERTS_SUBSCRIBE_PER_HOUR: integer(10, 1, 10_000),
  /** Confirmation emails one address may be sent per day, whoever asks: the form cannot be used to flood a mailbox. */
  ALERTS_CONFIRMATIONS_PER_ADDRESS_PER_DAY: integer(3, 1, 1_000),
});

/** Origins allowed by CORS: a list (empty: CORS off), or any origin. */
export type CorsOrigins = string[] | '*';

/** Express's `trust proxy`: off, a hop count, or the addresses and subnets of trusted proxies. */
export type TrustProxy = false | number | string[];

export interface Config {
  dataDir: string;
  host: string;
  port: number;
  logLevel: string;
  maxFileBytes: number;
  maxUploadBytes: number;
  corpusDir: string;
  searchWorkers: number;
  chunkCacheSize: number;
  meili: { url: string; apiKey: string | undefined; index: string; timeoutMs: number; resyncSeconds: number } | null;
  embedding: {
    model: string;
    /** Local folder of model folders; when set nothing is fetched remotely. */
    localModelDir: string | undefined;
    /** Where downloaded models are cached. */
    cacheDir: string;
    /** Undefined: the model's default (see `dtypeFor` in the model registry). */
    dtype: EmbeddingDtype | undefined;
    batchSize: number;
    workers: number;
    /** onnxruntime intra-op threads per worker: workers × threads stays within the cores. */
    threadsPerWorker: number;
    /** Recent queries whose vectors are kept (indexer/stores/vector/query-cache.ts). */
    queryCacheSize: number;
  };
  hnsw: { m: number; efConstruction: number; efSearch: number };
  vectorCheckpoint: VectorCheckpointPolicy;
  fusion: { rrfK: number | undefined; semanticRatio: number | undefined };
  adminApiKey: string | undefined;
  servedOverHttps: boolean;
  corsOrigins: CorsOrigins;
  trustProxy: TrustProxy;
  rateLimitPerMinute: number;
  llm: { url: string; model: string; apiKey: string | undefined } | null;
  alerts: AlertSettings;
}

/** Saved searches and their emails (server/alerts/); email is off, and the feed still works, when smtpUrl is null. */
export interface AlertSettings {
  smtpUrl: string | null;
  from: string;
  /** Origin of links in emails and feeds, without a trailing slash; null: the request's own host. */
  publicUrl: string | null;
  maxPerAddress: number;
  maxPerClient: number;
  subscribePerHour: number;
  confirmationsPerAddressPerDay: number;
}

function embeddingParallelism(workers: number, threads: number): { workers: number; threadsPerWorker: number } {
  const cores = os.availableParallelism();
  const chosenWorkers = workers || Math.min(cores, MAX_DEFAULT_EMBEDDING_WORKERS);
  return { workers: chosenWorkers, threadsPerWorker: threads || Math.max(1, Math.floor(cores / chosenWorkers)) };
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
    searchWorkers: env.SEARCH_WORKERS,
    chunkCacheSize: env.CHUNK_CACHE_SIZE,
    meili: env.MEILI_URL
      ? { url: env.MEILI_URL, apiKey: env.MEILI_API_KEY, index: env.MEILI_INDEX, timeoutMs: env.MEILI_TIMEOUT_MS, resyncSeconds: env.MEILI_RESYNC_SECONDS }
      : null,
    embedding: {
      model: env.EMBEDDING_MODEL ?? DEFAULT_EMBEDDING_MODEL,
      localModelDir: env.EMBEDDING_MODEL_DIR ? path.resolve(env.EMBEDDING_MODEL_DIR) : undefined,
      cacheDir: path.join(dataDir, 'models'),
      dtype: env.EMBEDDING_DTYPE,
      batchSize: env.EMBEDDING_BATCH_SIZE,
      ...embeddingParallelism(env.EMBEDDING_WORKERS, env.EMBEDDING_THREADS),
      queryCacheSize: env.QUERY_CACHE_SIZE,
    },
    hnsw: { m: env.HNSW_M, efConstruction: env.HNSW_EF_CONSTRUCTION, efSearch: env.HNSW_EF_SEARCH },
    vectorCheckpoint: { everyVectors: env.HNSW_CHECKPOINT_VECTORS, everySeconds: env.HNSW_CHECKPOINT_SECONDS },
    fusion: { rrfK: env.RRF_K > 0 ? env.RRF_K : undefined, semanticRatio: env.SEMANTIC_RATIO >= 0 ? env.SEMANTIC_RATIO : undefined },
    adminApiKey: env.ADMIN_API_KEY,
    servedOverHttps: env.SERVED_OVER_HTTPS,
    corsOrigins: env.CORS_ORIGINS,
    trustProxy: env.TRUST_PROXY,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    llm: env.LLM_URL ? { url: env.LLM_URL, model: env.LLM_MODEL, apiKey: env.LLM_API_KEY } : null,
    alerts: {
      smtpUrl: env.SMTP_URL ?? null,
      from: env.ALERTS_FROM,
      publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/$/, '') : null,
      maxPerAddress: env.ALERTS_MAX_PER_ADDRESS,
      maxPerClient: env.ALERTS_MAX_PER_CLIENT,
      subscribePerHour: env.ALERTS_SUBSCRIBE_PER_HOUR,
      confirmationsPerAddressPerDay: env.ALERTS_CONFIRMATIONS_PER_ADDRESS_PER_DAY,
    },
  };
}
