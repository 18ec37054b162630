// The vector index's manifest: the JSON file beside the HNSW index file that names the file it commits to, the model
// and build settings, and the labels still in the file but deleted. Both are written atomically, the manifest last.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ERROR_CODES, InputError, ServiceError } from '../../../core/errors';

export const MANIFEST_FILE = 'manifest.json';
export const FORMAT_VERSION = 1;
/** Index files and the half-written files a crashed save leaves (an index file's or the manifest's). */
export const SAVED_FILE_PATTERN = /^(hnsw-\d+\.bin(\.\d+\.tmp)?|manifest\.json\.\d+\.tmp)$/;

export interface VectorIndexManifest {
  formatVersion: number;
  modelId: string;
  dimensions: number;
  /** Live vectors (deleted ones excluded). */
  count: number;
  capacity: number;
  m: number;
  efConstruction: number;
  efSearch: number;
  /** The index file this manifest commits to (a new name on every save, so a crash never pairs mismatched files). */
  indexFile: string;
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
    if (manifest.formatVersion !== FORMAT_VERSION) {
      throw new Error(`expected format version ${FORMAT_VERSION}, found ${String(manifest.formatVersion)}`);
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
