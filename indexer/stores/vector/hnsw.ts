// The vector index: hnswlib-node in cosine space, kept as one folder (index file + manifest) in the data folder.
// Labels are the canonical store's integer chunk keys; deleted labels are tracked so no orphan is ever reported.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { HierarchicalNSW } from 'hnswlib-node';
import { ERROR_CODES, ServiceError } from '../../../core/errors';
import { FORMAT_VERSION, MANIFEST_FILE, readManifest, refuseOtherModel, SAVED_FILE_PATTERN, writeAtomically, type VectorIndexManifest } from './hnsw-manifest';
import type { VectorHit, VectorIndex } from './types';

export { MANIFEST_FILE, savedIndexModel, type VectorIndexManifest } from './hnsw-manifest';

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

/** M and efConstruction are baked into a saved graph; a changed setting applies after a rebuild. */
type BuildSettings = Pick<VectorIndexOptions, 'm' | 'efConstruction'>;

function isZero(vector: Float32Array): boolean {
  return vector.every((value) => value === 0);
}

function emptyGraph(dimensions: number, capacity: number, build: BuildSettings, efSearch: number): HierarchicalNSW {
  const graph = new HierarchicalNSW('cosine', dimensions);
  graph.initIndex({ maxElements: capacity, ...build, randomSeed: RANDOM_SEED, allowReplaceDeleted: true });
  graph.setEf(efSearch);
  return graph;
}

/** The saved graph and its live labels (those in the file and not deleted). */
async function readGraph(dir: string, manifest: VectorIndexManifest, dimensions: number, efSearch: number): Promise<{ graph: HierarchicalNSW; live: Set<number> }> {
  const graph = new HierarchicalNSW('cosine', dimensions);
  const file = path.join(dir, manifest.indexFile);
  try {
    await graph.readIndex(file, true);
  } catch (error) {
    throw new ServiceError(
      ERROR_CODES.UNREADABLE_FILE,
      `cannot read the vector index: ${(error as Error).message}; delete ${dir} and re-index`,
      { file },
      { cause: error },
    );
  }
  graph.setEf(efSearch);
  const deleted = new Set(manifest.deletedLabels);
  return { graph, live: new Set(graph.getIdsList().filter((label) => !deleted.has(label))) };
}

class HnswVectorIndex implements VectorIndex {
  readonly modelId: string;
  readonly dimensions: number;
  private generation = Date.now();

  constructor(
    private graph: HierarchicalNSW,
    private readonly live: Set<number>,
    private readonly build: BuildSettings,
    private readonly options: VectorIndexOptions,
    private readonly instanceName: string,
  ) {
    this.modelId = options.modelId;
    this.dimensions = options.dimensions;
  }

  count(): number {
    return this.live.size;
  }

  upsert(entries: { label: number; vector: Float32Array }[]): void {
    for (const { label, vector } of entries) this.upsertOne(label, vector);
  }

  remove(labels: number[]): void {
    for (const label of labels) this.removeOne(label);
  }

  search(vector: Float32Array, k: number, accept?: (label: number) => boolean): VectorHit[] {
    this.checkVector(vector);
    const wanted = Math.min(Math.floor(k), this.live.size);
    if (wanted <= 0 || isZero(vector)) return [];
    const result = this.graph.searchKnn(Array.from(vector), wanted, accept);
    return result.neighbors
      .map((label, position) => ({ label, score: 1 - result.distances[position] }))
      .sort((a, b) => b.score - a.score || a.label - b.label);
  }

  searchAmong(vector: Float32Array, k: number, labels: number[]): VectorHit[] {
    this.checkVector(vector);
    if (isZero(vector)) return [];
    const hits: VectorHit[] = [];
    for (const label of new Set(labels)) {
      if (!this.live.has(label)) continue;
      const point = this.graph.getPoint(label);
      let dot = 0;
      for (let position = 0; position < point.length; position += 1) dot += point[position] * vector[position];
      hits.push({ label, score: dot });
    }
    return hits.sort((a, b) => b.score - a.score || a.label - b.label).slice(0, Math.max(0, Math.floor(k)));
  }

  labels(): number[] {
    return [...this.live].sort((a, b) => a - b);
  }

  deletedSlots(): number {
    return this.graph.getCurrentCount() - this.live.size;
  }

  compact(): void {
    const fresh = emptyGraph(this.dimensions, Math.max(INITIAL_CAPACITY, Math.ceil(this.live.size * 1.25)), this.build, this.options.efSearch);
    for (const label of this.labels()) fresh.addPoint(this.graph.getPoint(label), label, false);
    this.graph = fresh;
  }

  instance(): string {
    return this.instanceName;
  }

  async save(): Promise<void> {
    const { dir } = this.options;
    this.generation = Math.max(this.generation + 1, Date.now());
    const indexFile = `hnsw-${this.generation}.bin`;
    await writeAtomically(path.join(dir, indexFile), (temporary) => this.graph.writeIndex(temporary));
    const next: VectorIndexManifest = {
      formatVersion: FORMAT_VERSION,
      modelId: this.modelId,
      dimensions: this.dimensions,
      count: this.live.size,
      capacity: this.graph.getMaxElements(),
      ...this.build,
      efSearch: this.options.efSearch,
      indexFile,
      deletedLabels: this.graph.getIdsList().filter((label) => !this.live.has(label)),
      savedAt: new Date().toISOString(),
      instance: this.instanceName,
    };
    await writeAtomically(path.join(dir, MANIFEST_FILE), (temporary) => fs.writeFile(temporary, JSON.stringify(next, null, 2)));
    // The manifest now commits to the new file; older ones (and any left by a crashed save) go.
    const stale = (await fs.readdir(dir)).filter((name) => SAVED_FILE_PATTERN.test(name) && name !== indexFile);
    await Promise.all(stale.map((name) => fs.rm(path.join(dir, name), { force: true })));
  }

  private upsertOne(label: number, vector: Float32Array): void {
    this.checkVector(vector);
    // A zero vector (text the model found no meaning in) has no direction to compare: the label is left out.
    if (isZero(vector)) {
      this.removeOne(label);
      return;
    }
    const point = Array.from(vector);
    if (this.live.has(label)) {
      this.graph.addPoint(point, label, false); // updates the stored vector and its links in place
      return;
    }
    if (!this.reviveDeleted(label, point)) {
      this.ensureRoomForOneMore();
      this.graph.addPoint(point, label, true);
    }
    this.live.add(label);
  }

  private removeOne(label: number): void {
    if (this.live.delete(label)) this.graph.markDelete(label);
  }

  // A deleted label still in the file must get its own slot back: letting hnswlib put it in another
  // vacant slot would leave the label in its lookup table twice.
  private reviveDeleted(label: number, point: number[]): boolean {
    if (this.graph.getCurrentCount() === this.live.size) return false; // no deleted slots at all
    try {
      this.graph.unmarkDelete(label);
    } catch {
      return false; // never added, or its slot was already reused by another label
    }
    this.graph.addPoint(point, label, false);
    return true;
  }

  // Slots held by deleted labels are reused by new labels (allowReplaceDeleted), so growth only
  // happens when every slot is live.
  private ensureRoomForOneMore(): void {
    const vacant = this.graph.getCurrentCount() - this.live.size;
    if (vacant > 0 || this.graph.getCurrentCount() < this.graph.getMaxElements()) return;
    this.graph.resizeIndex(Math.max(INITIAL_CAPACITY, this.graph.getMaxElements() * 2));
  }

  private checkVector(vector: Float32Array): void {
    if (vector.length !== this.dimensions) {
      throw new ServiceError(
        ERROR_CODES.MODEL_MISMATCH,
        `expected a vector of ${this.dimensions} dimensions for model "${this.modelId}", got ${vector.length}`,
      );
    }
  }
}

export async function openVectorIndex(options: VectorIndexOptions): Promise<VectorIndex> {
  const { dir } = options;
  await fs.mkdir(dir, { recursive: true });
  const manifestFile = path.join(dir, MANIFEST_FILE);
  const manifest = options.replaceSaved ? null : await readManifest(manifestFile);
  if (!manifest) {
    const build = { m: options.m, efConstruction: options.efConstruction };
    return new HnswVectorIndex(emptyGraph(options.dimensions, INITIAL_CAPACITY, build, options.efSearch), new Set(), build, options, `hnsw:${randomUUID()}`);
  }
  refuseOtherModel(manifest, options, manifestFile);
  const { graph, live } = await readGraph(dir, manifest, options.dimensions, options.efSearch);
  // An index written before instances were named keeps one fixed name, so its documents stay synced.
  return new HnswVectorIndex(graph, live, { m: manifest.m, efConstruction: manifest.efConstruction }, options, manifest.instance ?? 'hnsw:unnamed');
}
