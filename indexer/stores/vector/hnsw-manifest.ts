// The vector index's saved files: the manifest (JSON) names the HNSW index file and the sharing file it commits to, the
// model and build settings, and the labels still in the file but deleted. All are written atomically, the manifest last.
import fs from 'node:fs/promises';
import path from 'node:path';
import { HierarchicalNSW } from 'hnswlib-node';
import { ERROR_CODES, InputError, ServiceError } from '../../../core/errors';
import { SharedVectors } from './shared-vectors';

export const MANIFEST_FILE = 'manifest.json';
/** 2: chunks of one text share one vector, listed in `sharedFile`. 1: one vector per chunk, labelled by its seq. */
export const FORMAT_VERSION = 2;
const READABLE_VERSIONS = [1, FORMAT_VERSION];
/** Index and sharing files and the half-written files a crashed save leaves (theirs or the manifest's). */
export const SAVED_FILE_PATTERN = /^((hnsw|shared)-\d+\.bin(\.\d+\.tmp)?|manifest\.json\.\d+\.tmp)$/;

export interface VectorIndexManifest {
  formatVersion: number;
  modelId: string;
  dimensions: number;
  /** Chunks holding a vector (format 1: live vectors, one per chunk). */
  count: number;
  /** Live vectors (absent from format 1). */
  vectors?: number;
  capacity: number;
  m: number;
  efConstruction: number;
  efSearch: number;
  /** The index file this manifest commits to (a new name on every save, so a crash never pairs mismatched files). */
  indexFile: string;
  /** Which chunks share each vector and each vector's text key (see shared-vectors.ts; absent from format 1). */
  sharedFile?: string;
  /** Labels still in the file but marked deleted. */
  deletedLabels: number[];
  savedAt: string;
  /** Names this index from its creation on (absent from manifests written before it existed). */
  instance?: string;
}

export async function readManifest(file: string): Promise<VectorIndexManifest | null> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ServiceError(ERROR_CODES.UNREADABLE_FILE, `cannot read vector index manifest: ${(error as Error).message}`, { file }, { cause: error });
  }
  try {
    const manifest = JSON.parse(text) as VectorIndexManifest;
    if (!READABLE_VERSIONS.includes(manifest.formatVersion)) {
      throw new Error(`expected format version ${READABLE_VERSIONS.join(' or ')}, found ${String(manifest.formatVersion)}`);
    }
    return manifest;
  } catch (error) {
    throw new ServiceError(
      ERROR_CODES.UNREADABLE_FILE,
      `vector index manifest is not valid: ${(error as Error).message}; delete ${path.dirname(file)} and re-index`,
      { file },
      { cause: error },
    );
  }
}

/** The model a saved index in `dir` was built with, or null when none is saved there. */
export async function savedIndexModel(dir: string): Promise<{ modelId: string; dimensions: number } | null> {
  const manifest = await readManifest(path.join(dir, MANIFEST_FILE));
  return manifest && { modelId: manifest.modelId, dimensions: manifest.dimensions };
}

/** Refuses a saved index built with another model than the configured one, saying how to rebuild it. */
export function refuseOtherModel(manifest: VectorIndexManifest, options: { dir: string; modelId: string; dimensions: number }, file: string): void {
  if (manifest.modelId === options.modelId && manifest.dimensions === options.dimensions) return;
  throw new InputError(
    ERROR_CODES.MODEL_MISMATCH,
    `the vector index in ${options.dir} was built with model "${manifest.modelId}" (${manifest.dimensions} dimensions), ` +
      `but the configured model is "${options.modelId}" (${options.dimensions} dimensions); ` +
      `re-index (npm run index) to rebuild it with the configured model`,
    { file, field: 'EMBEDDING_MODEL' },
  );
}

export async function writeAtomically(file: string, write: (temporary: string) => Promise<unknown>): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await write(temporary);
  await fs.rename(temporary, file);
}

/** The saved graph, which chunks share its vectors, and its deleted labels. */
export async function readGraph(dir: string, manifest: VectorIndexManifest, dimensions: number, efSearch: number): Promise<SavedGraph> {
  const graph = new HierarchicalNSW('cosine', dimensions);
  const file = path.join(dir, manifest.indexFile);
  const sharedFile = manifest.sharedFile && path.join(dir, manifest.sharedFile);
  let shared: SharedVectors;
  try {
    await graph.readIndex(file, true);
    const deleted = new Set(manifest.deletedLabels);
    shared = sharedFile
      ? SharedVectors.deserialise(new Float64Array(new Uint8Array(await fs.readFile(sharedFile)).buffer), sharedFile)
      : SharedVectors.unshared(graph.getIdsList().filter((label) => !deleted.has(label)));
  } catch (error) {
    throw new ServiceError(
      ERROR_CODES.UNREADABLE_FILE,
      `cannot read the vector index: ${(error as Error).message}; delete ${dir} and re-index`,
      { file: sharedFile || file },
      { cause: error },
    );
  }
  graph.setEf(efSearch);
  return { graph, shared, deleted: new Set(manifest.deletedLabels) };
}

export interface SavedGraph {
  graph: HierarchicalNSW;
  shared: SharedVectors;
  /** Labels marked deleted in the graph (never given to a new vector: hnswlib would list the label twice). */
  deleted: Set<number>;
}
