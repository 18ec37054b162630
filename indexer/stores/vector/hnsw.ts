// The vector index: hnswlib-node in cosine space, kept as one folder (index file + manifest) in the data folder.
// Labels are the canonical store's integer chunk keys; deleted labels are tracked so no orphan is ever reported.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { HierarchicalNSW } from 'hnswlib-node';
import { ERROR_CODES, InputError, ServiceError } from '../../../core/errors';
import type { VectorHit, VectorIndex } from './types';

export const MANIFEST_FILE = 'manifest.json';
const FORMAT_VERSION = 1;
/** Index files and the half-written files a crashed save leaves (an index file's or the manifest's). */
const SAVED_FILE_PATTERN = /^(hnsw-\d+\.bin(\.\d+\.tmp)?|manifest\.json\.\d+\.tmp)$/;
/** Slots allocated for a new index; the index doubles whenever it fills up. */
export const INITIAL_CAPACITY = 1024;
// Fixed so that the same inserts build the same graph (reproducible benchmarks and tests).
const RANDOM_SEED = 100;

export interface VectorIndexOptions {
  /** Folder holding the index file and its manifest; created when missing. */
  dir: string;
  modelId: string;
  dimensions: number;
  /** HNSW graph degree: higher means better recall, more memory and slower builds. */
  m: number;
  /** Candidate list size while inserting. */
  efConstruction: number;
  /** Candidate list size while searching (at least k is used). */
  efSearch: number;
  /** Start an empty index whatever is saved in `dir`; the saved one stays until this one is saved over it. */
  replaceSaved?: boolean;
}

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

async function readManifest(file: string): Promise<VectorIndexManifest | null> {
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

function refuseOtherModel(manifest: VectorIndexManifest, options: VectorIndexOptions, file: string): void {
  if (manifest.modelId === options.modelId && manifest.dimensions === options.dimensions) return;
  throw new InputError(
    ERROR_CODES.MODEL_MISMATCH,
    `the vector index in ${options.dir} was built with model "${manifest.modelId}" (${manifest.dimensions} dimensions), ` +
      `but the configured model is "${options.modelId}" (${options.dimensions} dimensions); ` +
      `re-index (npm run index) to rebuild it with the configured model`,
    { file, field: 'EMBEDDING_MODEL' },
  );
}

function isZero(vector: Float32Array): boolean {
  return vector.every((value) => value === 0);
}

async function writeAtomically(file: string, write: (temporary: string) => Promise<unknown>): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await write(temporary);
  await fs.rename(temporary, file);
}

export async function openVectorIndex(options: VectorIndexOptions): Promise<VectorIndex> {
  const { dir, modelId, dimensions } = options;
  await fs.mkdir(dir, { recursive: true });
  const manifestFile = path.join(dir, MANIFEST_FILE);
  const manifest = options.replaceSaved ? null : await readManifest(manifestFile);
  // An index written before instances were named keeps one fixed name, so its documents stay synced.
  const instance = manifest ? (manifest.instance ?? 'hnsw:unnamed') : `hnsw:${randomUUID()}`;
  if (manifest) refuseOtherModel(manifest, options, manifestFile);

  let index = new HierarchicalNSW('cosine', dimensions);
  const live = new Set<number>();
  // M and efConstruction are baked into a saved graph; a changed setting applies after a rebuild.
  const build = manifest
    ? { m: manifest.m, efConstruction: manifest.efConstruction }
    : { m: options.m, efConstruction: options.efConstruction };
  if (manifest) {
    const file = path.join(dir, manifest.indexFile);
    try {
      await index.readIndex(file, true);
    } catch (error) {
      throw new ServiceError(
        ERROR_CODES.UNREADABLE_FILE,
        `cannot read the vector index: ${(error as Error).message}; delete ${dir} and re-index`,
        { file },
        { cause: error },
      );
    }
    const deleted = new Set(manifest.deletedLabels);
    for (const label of index.getIdsList()) if (!deleted.has(label)) live.add(label);
  } else {
    index.initIndex({ maxElements: INITIAL_CAPACITY, ...build, randomSeed: RANDOM_SEED, allowReplaceDeleted: true });
  }
  index.setEf(options.efSearch);
  let generation = Date.now();

  // Slots held by deleted labels are reused by new labels (allowReplaceDeleted), so growth only
  // happens when every slot is live.
  function ensureRoomForOneMore(): void {
    const vacant = index.getCurrentCount() - live.size;
    if (vacant > 0 || index.getCurrentCount() < index.getMaxElements()) return;
    index.resizeIndex(Math.max(INITIAL_CAPACITY, index.getMaxElements() * 2));
  }

  function checkVector(vector: Float32Array): void {
    if (vector.length !== dimensions) {
      throw new ServiceError(
        ERROR_CODES.MODEL_MISMATCH,
        `expected a vector of ${dimensions} dimensions for model "${modelId}", got ${vector.length}`,
      );
    }
  }

  function upsertOne(label: number, vector: Float32Array): void {
    checkVector(vector);
    // A zero vector (text the model found no meaning in) has no direction to compare: the label is left out.
    if (isZero(vector)) {
      removeOne(label);
      return;
    }
    const point = Array.from(vector);
    if (live.has(label)) {
      index.addPoint(point, label, false); // updates the stored vector and its links in place
      return;
    }
    if (!reviveDeleted(label, point)) {
      ensureRoomForOneMore();
      index.addPoint(point, label, true);
    }
    live.add(label);
  }

  function removeOne(label: number): void {
    if (live.delete(label)) index.markDelete(label);
  }

  // A deleted label still in the file must get its own slot back: letting hnswlib put it in another
  // vacant slot would leave the label in its lookup table twice.
  function reviveDeleted(label: number, point: number[]): boolean {
    if (index.getCurrentCount() === live.size) return false; // no deleted slots at all
    try {
      index.unmarkDelete(label);
    } catch {
      return false; // never added, or its slot was already reused by another label
    }
    index.addPoint(point, label, false);
    return true;
  }

  return {
    modelId,
    dimensions,
    count: () => live.size,
    upsert(entries) {
      for (const { label, vector } of entries) upsertOne(label, vector);
    },
    remove(labels) {
      for (const label of labels) removeOne(label);
    },
    search(vector: Float32Array, k: number, accept?: (label: number) => boolean): VectorHit[] {
      checkVector(vector);
      const wanted = Math.min(Math.floor(k), live.size);
      if (wanted <= 0 || isZero(vector)) return [];
      const result = index.searchKnn(Array.from(vector), wanted, accept);
      return result.neighbors
        .map((label, position) => ({ label, score: 1 - result.distances[position] }))
        .sort((a, b) => b.score - a.score || a.label - b.label);
    },
    searchAmong(vector: Float32Array, k: number, labels: number[]): VectorHit[] {
      checkVector(vector);
      if (isZero(vector)) return [];
      const hits: VectorHit[] = [];
      for (const label of new Set(labels)) {
        if (!live.has(label)) continue;
        const point = index.getPoint(label);
        let dot = 0;
        for (let position = 0; position < point.length; position += 1) dot += point[position] * vector[position];
        hits.push({ label, score: dot });
      }
      return hits.sort((a, b) => b.score - a.score || a.label - b.label).slice(0, Math.max(0, Math.floor(k)));
    },
    labels: () => [...live].sort((a, b) => a - b),
    deletedSlots: () => index.getCurrentCount() - live.size,
    compact() {
      const fresh = new HierarchicalNSW('cosine', dimensions);
      fresh.initIndex({ maxElements: Math.max(INITIAL_CAPACITY, Math.ceil(live.size * 1.25)), ...build, randomSeed: RANDOM_SEED, allowReplaceDeleted: true });
      fresh.setEf(options.efSearch);
      for (const label of [...live].sort((a, b) => a - b)) fresh.addPoint(index.getPoint(label), label, false);
      index = fresh;
    },
    instance: () => instance,
    async save() {
      generation = Math.max(generation + 1, Date.now());
      const indexFile = `hnsw-${generation}.bin`;
      await writeAtomically(path.join(dir, indexFile), (temporary) => index.writeIndex(temporary));
      const deletedLabels = index.getIdsList().filter((label) => !live.has(label));
      const next: VectorIndexManifest = {
        formatVersion: FORMAT_VERSION,
        modelId,
        dimensions,
        count: live.size,
        capacity: index.getMaxElements(),
        ...build,
        efSearch: options.efSearch,
        indexFile,
        deletedLabels,
        savedAt: new Date().toISOString(),
        instance,
      };
      await writeAtomically(manifestFile, (temporary) => fs.writeFile(temporary, JSON.stringify(next, null, 2)));
      // The manifest now commits to the new file; older ones (and any left by a crashed save) go.
      const stale = (await fs.readdir(dir)).filter((name) => SAVED_FILE_PATTERN.test(name) && name !== indexFile);
      await Promise.all(stale.map((name) => fs.rm(path.join(dir, name), { force: true })));
    },
  };
}
