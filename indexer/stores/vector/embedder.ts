// The embedder: Transformers.js feature extraction with the registry's pooling and prefixes, unit-length output.
// Models come from a local folder (EMBEDDING_MODEL_DIR, nothing fetched) or from the hub, cached in the data folder.
import path from 'node:path';
import type { FeatureExtractionPipeline } from '@huggingface/transformers';
import type { Config } from '../../../core/config';
import { ERROR_CODES, InputError, ServiceError, describeError } from '../../../core/errors';
import type { Chunk } from '../../../core/types';
import { dtypeFor, modelDefaults } from './models';
import type { Embedder } from './types';

export type EmbeddingSettings = Config['embedding'];
export type ProgressLine = (line: string) => void;

/**
 * The text embedded for a chunk. With `withItemTitle` the item title leads, so a paragraph keeps the topic
 * its item names ("The Commissioner thanked the council" under "Police Cadet Scheme"); whether that helps
 * depends on the model (see `embedItemTitle` in models.ts).
 */
export function passageText(chunk: Pick<Chunk, 'itemTitle' | 'text'>, withItemTitle = true): string {
  const title = chunk.itemTitle.trim();
  if (!withItemTitle || title === '' || chunk.text.startsWith(title)) return chunk.text;
  return `${title}. ${chunk.text}`;
}

interface DownloadProgress {
  status: string;
  file?: string;
  progress?: number;
}

/** Turns Transformers.js download events into one line per file per 10% step. */
function downloadReporter(modelId: string, onProgress: ProgressLine): (event: DownloadProgress) => void {
  const lastStep = new Map<string, number>();
  return (event) => {
    if (!event.file) return;
    if (event.status === 'initiate') onProgress(`model ${modelId}: fetching ${event.file}`);
    if (event.status === 'progress' && typeof event.progress === 'number') {
      const step = Math.floor(event.progress / 10);
      if (step > (lastStep.get(event.file) ?? -1)) {
        lastStep.set(event.file, step);
        onProgress(`model ${modelId}: ${event.file} ${Math.floor(event.progress)}%`);
      }
    }
    if (event.status === 'done') onProgress(`model ${modelId}: ${event.file} done`);
  };
}

// One pipeline per (model, folder, dtype, threads) for the whole process: the server and the indexer share it,
// and concurrent callers wait for the same load. A failed load is forgotten so a later call can retry.
const loadedPipelines = new Map<string, Promise<FeatureExtractionPipeline>>();

function loadPipeline(settings: EmbeddingSettings, onProgress: ProgressLine | undefined): Promise<FeatureExtractionPipeline> {
  const dtype = dtypeFor(settings.model, settings.dtype);
  const key = JSON.stringify([settings.model, settings.localModelDir ?? null, settings.cacheDir, dtype, settings.threadsPerWorker]);
  const existing = loadedPipelines.get(key);
  if (existing) return existing;
  // Imported here, not at the top: only the thread that runs the model (the embedding worker) pays for
  // Transformers.js and onnxruntime.
  const loading = import('@huggingface/transformers').then(({ env, pipeline }) => {
    // Transformers.js keeps these switches process-wide; every load sets them for its own source.
    if (settings.localModelDir) {
      env.allowLocalModels = true;
      env.allowRemoteModels = false;
      env.localModelPath = settings.localModelDir;
    } else {
      env.allowRemoteModels = true;
      env.cacheDir = settings.cacheDir;
    }
    return pipeline('feature-extraction', settings.model, {
      dtype,
      // Several workers share the cores: each runs its own operators on its share of threads.
      session_options: { intraOpNumThreads: settings.threadsPerWorker, interOpNumThreads: 1 },
      // Local folders load in milliseconds; only downloads get progress lines.
      progress_callback: onProgress && !settings.localModelDir ? downloadReporter(settings.model, onProgress) : undefined,
    }) as Promise<FeatureExtractionPipeline>;
  });
  const guarded = loading.catch((error: unknown) => {
    loadedPipelines.delete(key);
    const source = settings.localModelDir
      ? `from the local folder ${modelFolder(settings)} (remote downloads are off because EMBEDDING_MODEL_DIR is set)`
      : `from the Hugging Face hub (cache ${settings.cacheDir})`;
    throw new ServiceError(
      ERROR_CODES.MODEL_UNAVAILABLE,
      `cannot load embedding model "${settings.model}" ${source}: ${describeError(error)}`,
      { field: 'EMBEDDING_MODEL', model: settings.model },
      { cause: error },
    );
  });
  loadedPipelines.set(key, guarded);
  return guarded;
}

/** Where the model's files are read from: its folder under EMBEDDING_MODEL_DIR, or the download cache. */
function modelFolder(settings: EmbeddingSettings): string {
  return settings.localModelDir ? path.join(settings.localModelDir, settings.model) : settings.cacheDir;
}

/**
 * Embeds texts in batches of similar length and returns the vectors in input order. Every text of a batch is
 * padded to its longest, so batches cut from texts in input order spend most of their work on padding.
 */
export async function embedInLengthOrder(
  texts: string[],
  lengthOf: (text: string) => number,
  batchSize: number,
  embedBatch: (texts: string[]) => Promise<Float32Array[]>,
): Promise<Float32Array[]> {
  const lengths = texts.map(lengthOf);
  const order = texts.map((_, position) => position).sort((a, b) => lengths[a] - lengths[b]);
  const vectors: Float32Array[] = new Array(texts.length);
  for (let start = 0; start < order.length; start += batchSize) {
    const positions = order.slice(start, start + batchSize);
    const batch = await embedBatch(positions.map((position) => texts[position]));
    positions.forEach((position, row) => (vectors[position] = batch[row]));
  }
  return vectors;
}

/**
 * Loads the model (once per process) and returns an embedder; throws MODEL_UNAVAILABLE when it cannot, and
 * MODEL_MISMATCH when the files give vectors of another width than the registry knows for the model.
 */
export async function createEmbedder(settings: EmbeddingSettings, onProgress?: ProgressLine): Promise<Embedder> {
  const extractor = await loadPipeline(settings, onProgress);
  const defaults = modelDefaults(settings.model);

  async function embedBatch(texts: string[]): Promise<Float32Array[]> {
    let output;
    try {
      output = await extractor(texts, { pooling: defaults.pooling, normalize: true });
    } catch (error) {
      throw new ServiceError(
        ERROR_CODES.MODEL_UNAVAILABLE,
        `embedding with "${settings.model}" failed: ${describeError(error)}`,
        { model: settings.model },
        { cause: error },
      );
    }
    const [rows, dimensions] = output.dims as [number, number];
    const data = output.data as Float32Array;
    const vectors: Float32Array[] = [];
    for (let row = 0; row < rows; row += 1) {
      const vector = data.slice(row * dimensions, (row + 1) * dimensions);
      // Text the model knows no word of pools to zero, and normalising zero gives NaN: say "no direction" instead.
      if (!vector.every(Number.isFinite)) vector.fill(0);
      vectors.push(vector);
    }
    return vectors;
  }

  const tokenCount = (text: string) => extractor.tokenizer.encode(text).length;

  // The loaded model says how wide its vectors are; a registered model that says otherwise is another model.
  const [probe] = await embedBatch(['dimension probe']);
  if (defaults.dimensions !== null && probe.length !== defaults.dimensions) {
    throw new InputError(
      ERROR_CODES.MODEL_MISMATCH,
      `the model files in ${modelFolder(settings)} give ${probe.length}-dimension vectors, but "${settings.model}" ` +
        `gives ${defaults.dimensions}: that folder holds another model; put the files of "${settings.model}" there or set EMBEDDING_MODEL`,
      { field: 'EMBEDDING_MODEL', model: settings.model, file: modelFolder(settings) },
    );
  }
  return {
    modelId: settings.model,
    dimensions: probe.length,
    embedPassages: (texts) =>
      embedInLengthOrder(
        texts.map((text) => defaults.passagePrefix + text),
        tokenCount,
        settings.batchSize,
        embedBatch,
      ),
    embedQuery: async (text) => (await embedBatch([defaults.queryPrefix + text]))[0],
  };
}
