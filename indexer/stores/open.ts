// Opens everything under the data folder that the indexer and the server share:
// the canonical store, the keyword index and, when a model loads, the embedder and vector index.
import path from 'node:path';
import type { Config } from '../../core/config';
import { describeError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import { createKeywordIndex } from './keyword';
import type { KeywordIndex } from './keyword/types';
import { openStore, type Store } from './store';
import { createEmbeddingCache, type EmbeddingCache } from './vector/embedding-cache';
import { deferredEmbedder, startEmbedderPool } from './vector/embedder-pool';
import { withQueryCache } from './vector/query-cache';
import { openVectorIndex, savedIndexModel } from './vector/hnsw';
import { dtypeFor, modelDefaults } from './vector/models';
import type { VectorIndex } from './vector/types';
import { createRestartingEmbedder, createWorkerEmbedder, type WorkerEmbedder } from './vector/worker-embedder';

export interface SemanticParts {
  /**
   * Runs the model in worker threads (EMBEDDING_WORKERS of them), so embedding a corpus never stalls the event
   * loop: the indexer's progress keeps moving and the server keeps answering during start-up syncs and uploads.
   * A query pays one message each way for that, well under a millisecond.
   */
  embedder: WorkerEmbedder;
  index: VectorIndex;
  cache: EmbeddingCache;
}

/** Semantic search is optional: when the model cannot load, everything else still works and says why. */
export type SemanticState = { available: true; parts: SemanticParts } | { available: false; modelId: string; reason: string };

export interface Stores {
  store: Store;
  keyword: KeywordIndex;
  semantic: SemanticState;
  close(): Promise<void>;
}

export function dataPaths(dataDir: string) {
  return {
    store: path.join(dataDir, 'minutes.sqlite'),
    vectors: path.join(dataDir, 'vectors'),
    embeddingCache: path.join(dataDir, 'vectors', 'embeddings.sqlite'),
  };
}

function vectorIndexOptions(config: Config, embedder: { modelId: string; dimensions: number }) {
  return { dir: dataPaths(config.dataDir).vectors, modelId: embedder.modelId, dimensions: embedder.dimensions, ...config.hnsw };
}

/**
 * Reads the vector index from its folder again, after another writer (the server's indexing worker) saved it.
 * The file is read off the event loop (hnswlib's readIndex runs on libuv's pool); the old index serves until then.
 */
export async function reloadVectorIndex(config: Config, semantic: SemanticState): Promise<void> {
  if (!semantic.available) return;
  semantic.parts.index = await openVectorIndex(vectorIndexOptions(config, semantic.parts.embedder));
}

export interface OpenOptions {
  /**
   * Load the embedding model only when something is first embedded, when the saved vector index was built with the
   * configured model (the indexer CLI: a run over unchanged files never loads it). The server loads it at once.
   */
  deferModel?: boolean;
}

async function startEmbedder(config: Config, logger: Logger): Promise<WorkerEmbedder> {
  const startWorker = () => createWorkerEmbedder(config.embedding, (line) => logger.info({ event: 'model_download' }, line));
  const embedder = withQueryCache(await startEmbedderPool(config.embedding.workers, () => createRestartingEmbedder(startWorker)), config.embedding.queryCacheSize);
  const { workers, threadsPerWorker } = config.embedding;
  const { measuredHere } = modelDefaults(embedder.modelId);
  const dtype = dtypeFor(embedder.modelId, config.embedding.dtype);
  logger.info(
    { event: 'embedding_model', modelId: embedder.modelId, dimensions: embedder.dimensions, dtype, workers, threadsPerWorker, measuredHere },
    measuredHere ? 'embedding model loaded' : 'embedding model loaded; its speed and fusion settings are not measured here (model card only)',
  );
  return embedder;
}

export async function openSemantic(config: Config, logger: Logger, options: OpenOptions = {}): Promise<SemanticState> {
  const paths = dataPaths(config.dataDir);
  let embedder: WorkerEmbedder | undefined;
  try {
    const saved = await savedIndexModel(paths.vectors);
    embedder =
      options.deferModel && saved?.modelId === config.embedding.model
        ? deferredEmbedder(saved, () => startEmbedder(config, logger))
        : await startEmbedder(config, logger);
    const current = { modelId: embedder.modelId, dimensions: embedder.dimensions };
    const modelChanged = saved !== null && (saved.modelId !== current.modelId || saved.dimensions !== current.dimensions);
    if (modelChanged) {
      // A new index instance: the next sync embeds every document of the store into it (vectors already in the
      // embedding cache for this model are reused), and the old index stays until the new one is saved.
      logger.warn(
        { event: 'vector_index_rebuild', from: saved.modelId, to: current.modelId },
        `embedding model changed from ${saved.modelId} (${saved.dimensions} dimensions) to ${current.modelId} ` +
          `(${current.dimensions} dimensions): rebuilding the vector index (keyword index untouched)`,
      );
    }
    const index = await openVectorIndex({ ...vectorIndexOptions(config, embedder), replaceSaved: modelChanged });
    const cache = createEmbeddingCache(paths.embeddingCache, embedder.modelId);
    return { available: true, parts: { embedder, index, cache } };
  } catch (error) {
    // The model loaded but the index or cache did not open: the worker must not outlive the attempt.
    await embedder?.close();
    const reason = describeError(error);
    logger.warn({ event: 'semantic_unavailable', model: config.embedding.model, reason }, 'semantic search unavailable');
    return { available: false, modelId: config.embedding.model, reason };
  }
}

export async function openStores(config: Config, logger: Logger, options: OpenOptions = {}): Promise<Stores> {
  const store = openStore(dataPaths(config.dataDir).store);
  const keyword = createKeywordIndex(config);
  const semantic = await openSemantic(config, logger, options);
  return {
    store,
    keyword,
    semantic,
    close: async () => {
      await keyword.close();
      if (semantic.available) {
        semantic.parts.cache.close();
        await semantic.parts.embedder.close();
      }
      store.close();
    },
  };
}
