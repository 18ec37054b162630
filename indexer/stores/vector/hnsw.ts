// The vector index: hnswlib-node in cosine space, kept as one folder (index file, sharing file, manifest) in the data
// folder. Its labels are the canonical store's integer chunk keys; chunks of one text share one graph node
// (shared-vectors.ts), and deleted graph labels are tracked so no orphan is ever reported.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { HierarchicalNSW } from 'hnswlib-node';
import { ERROR_CODES, ServiceError } from '../../../core/errors';
import { FORMAT_VERSION, MANIFEST_FILE, readGraph, readManifest, refuseOtherModel, SAVED_FILE_PATTERN, writeAtomically, type SavedGraph, type VectorIndexManifest } from './hnsw-manifest';
import { GraphPoints } from './graph-points';
import { SharedVectors, textKeyOf, UNKNOWN_KEY } from './shared-vectors';
import type { VectorEntry, VectorHit, VectorIndex } from './types';

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

/** Cosine similarity at or above this means the same vector (hnswlib stores it normalised, so bits may differ). */
const SAME_VECTOR = 1 - 1e-5;
/** Vectors copied into a rebuilt graph between progress reports. */
const REBUILD_STEP = 10_000;

class HnswVectorIndex implements VectorIndex {
  readonly modelId: string;
  readonly dimensions: number;
  private generation = Date.now();
  private graph: HierarchicalNSW;
  private readonly shared: SharedVectors;
  private readonly deleted: Set<number>;
  private readonly points: GraphPoints;
  /** Above every label the graph ever held: the id of a new vector whose chunk's seq is taken. */
  private nextFreeId: number;

  constructor(
    saved: SavedGraph,
    private readonly build: BuildSettings,
    private readonly options: VectorIndexOptions,
    private readonly instanceName: string,
  ) {
    ({ graph: this.graph, shared: this.shared, deleted: this.deleted } = saved);
    this.modelId = options.modelId;
    this.dimensions = options.dimensions;
    this.points = new GraphPoints(() => this.graph, options.dimensions);
    this.nextFreeId = this.graph.getIdsList().reduce((highest, label) => Math.max(highest, label + 1), 0);
  }

  count(): number {
    return this.shared.chunkCount();
  }

  vectorCount(): number {
    return this.shared.vectorCount();
  }

  upsert(entries: VectorEntry[]): void {
    for (const entry of entries) this.upsertOne(entry);
  }

  remove(labels: number[]): void {
    for (const label of labels) this.removeOne(label);
  }

  search(vector: Float32Array, k: number, accept?: (label: number) => boolean, filterAfter?: number): VectorHit[] {
    this.checkVector(vector);
    const wanted = Math.min(Math.floor(filterAfter ? k * filterAfter : k), this.shared.vectorCount());
    if (wanted <= 0 || isZero(vector)) return [];
    const result = this.graph.searchKnn(Array.from(vector), wanted, accept && !filterAfter ? this.shared.acceptsAny(accept) : undefined);
    const hits: VectorHit[] = [];
    result.neighbors.forEach((vectorId, position) => {
      const label = this.shared.firstAccepted(vectorId, accept);
      if (label !== undefined) hits.push({ label, score: 1 - result.distances[position] });
    });
    return hits.sort(bySimilarity).slice(0, Math.floor(k));
  }

  searchAmong(vector: Float32Array, k: number, labels: number[]): VectorHit[] {
    this.checkVector(vector);
    if (isZero(vector)) return [];
    // One comparison per vector, returned as the first of the given chunks that share it.
    const firstLabelOf = new Map<number, number>();
    for (const label of labels) {
      const vectorId = this.shared.vectorOf(label);
      if (vectorId === undefined) continue;
      const first = firstLabelOf.get(vectorId);
      if (first === undefined || label < first) firstLabelOf.set(vectorId, label);
    }
    const hits = [...firstLabelOf].map(([vectorId, label]) => ({ label, score: dotProduct(this.points.of(vectorId), vector) }));
    return hits.sort(bySimilarity).slice(0, Math.max(0, Math.floor(k)));
  }

  vectorsAmong(labels: number[], atMost: number): number {
    const vectorIds = new Set<number>();
    for (const label of labels) {
      const vectorId = this.shared.vectorOf(label);
      if (vectorId !== undefined) vectorIds.add(vectorId);
      if (vectorIds.size > atMost) break;
    }
    return vectorIds.size;
  }

  labels(): number[] {
    return this.shared.seqs();
  }

  deletedSlots(): number {
    return this.graph.getCurrentCount() - this.shared.vectorCount();
  }

  async compact(onProgress: (done: number, total: number) => void = () => undefined): Promise<void> {
    const vectorIds = [...this.shared.vectorIds()].sort((a, b) => a - b);
    const fresh = emptyGraph(this.dimensions, Math.max(INITIAL_CAPACITY, Math.ceil(vectorIds.length * 1.25)), this.build, this.options.efSearch);
    for (let start = 0; start < vectorIds.length; start += REBUILD_STEP) {
      for (const vectorId of vectorIds.slice(start, start + REBUILD_STEP)) fresh.addPoint(this.graph.getPoint(vectorId), vectorId, false);
      onProgress(Math.min(start + REBUILD_STEP, vectorIds.length), vectorIds.length);
      // Lets progress lines out (and, in the server's worker, its messages) during a long rebuild.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.graph = fresh;
    this.deleted.clear();
  }

  unsharedVectors(): number {
    return this.shared.unkeyedCount();
  }

  async shareCopies(texts: Iterable<{ label: number; textHash: string }>, onProgress?: (done: number, total: number) => void): Promise<{ merged: number }> {
    const keyOfLabel = new Map<number, number>();
    for (const { label, textHash } of texts) keyOfLabel.set(label, textKeyOf(textHash));
    // A chunk with no text given is gone from the store: an orphan, dropped as an orphan scan would.
    for (const label of this.shared.seqs()) if (!keyOfLabel.has(label)) this.removeOne(label);
    const vectorOfKey = new Map<number, number>();
    let merged = 0;
    for (const vectorId of [...this.shared.vectorIds()].sort((a, b) => a - b)) {
      const known = this.shared.keyOf(vectorId)!;
      const key = Number.isNaN(known) ? keyOfLabel.get(this.shared.membersOf(vectorId)[0])! : known;
      const into = vectorOfKey.get(key);
      if (into !== undefined && this.holdsVector(into, this.graph.getPoint(vectorId))) {
        this.shared.absorb(into, vectorId);
        this.markDeleted(vectorId);
        merged += 1;
        continue;
      }
      if (into === undefined) vectorOfKey.set(key, vectorId);
      this.shared.setKey(vectorId, key);
    }
    // Deleted nodes still steer hnswlib's searches: the copies only stop crowding the graph once it is rebuilt.
    if (merged > 0) await this.compact(onProgress);
    return { merged };
  }

  instance(): string {
    return this.instanceName;
  }

  async save(): Promise<void> {
    const { dir } = this.options;
    this.generation = Math.max(this.generation + 1, Date.now());
    const indexFile = `hnsw-${this.generation}.bin`;
    const sharedFile = `shared-${this.generation}.bin`;
    const sharing = this.shared.serialise();
    await writeAtomically(path.join(dir, sharedFile), (temporary) => fs.writeFile(temporary, new Uint8Array(sharing.buffer)));
    await writeAtomically(path.join(dir, indexFile), (temporary) => this.graph.writeIndex(temporary));
    const next: VectorIndexManifest = {
      formatVersion: FORMAT_VERSION,
      modelId: this.modelId,
      dimensions: this.dimensions,
      count: this.shared.chunkCount(),
      vectors: this.shared.vectorCount(),
      capacity: this.graph.getMaxElements(),
      ...this.build,
      efSearch: this.options.efSearch,
      indexFile,
      sharedFile,
      deletedLabels: this.graph.getIdsList().filter((label) => !this.shared.hasVector(label)),
      savedAt: new Date().toISOString(),
      instance: this.instanceName,
    };
    await writeAtomically(path.join(dir, MANIFEST_FILE), (temporary) => fs.writeFile(temporary, JSON.stringify(next, null, 2)));
    // The manifest now commits to the new files; older ones (and any left by a crashed save) go.
    const stale = (await fs.readdir(dir)).filter((name) => SAVED_FILE_PATTERN.test(name) && name !== indexFile && name !== sharedFile);
    await Promise.all(stale.map((name) => fs.rm(path.join(dir, name), { force: true })));
  }

  private upsertOne({ label, vector, textHash }: VectorEntry): void {
    this.checkVector(vector);
    const key = textHash === undefined ? UNKNOWN_KEY : textKeyOf(textHash);
    const current = this.shared.vectorOf(label);
    if (current !== undefined && this.shared.keyOf(current) === key && this.holdsVector(current, vector)) return;
    this.removeOne(label);
    // A zero vector (text the model found no meaning in) has no direction to compare: the label is left out.
    if (isZero(vector)) return;
    const same = this.shared.vectorWithKey(key);
    if (same !== undefined && this.holdsVector(same, vector)) {
      this.shared.join(same, label);
      return;
    }
    const vectorId = this.shared.hasVector(label) || this.deleted.has(label) ? this.nextFreeId : label;
    this.nextFreeId = Math.max(this.nextFreeId, vectorId + 1);
    this.ensureRoomForOneMore();
    this.graph.addPoint(Array.from(vector), vectorId, true);
    this.points.forget(vectorId);
    this.shared.create(vectorId, key, label);
  }

  private removeOne(label: number): void {
    const emptied = this.shared.leave(label);
    if (emptied !== undefined) this.markDeleted(emptied);
  }

  private markDeleted(vectorId: number): void {
    this.graph.markDelete(vectorId);
    this.points.forget(vectorId);
    this.deleted.add(vectorId);
  }

  /** Whether the vector stored under this id is `vector` (a copy's, or a key's first holder's). */
  private holdsVector(vectorId: number, vector: ArrayLike<number>): boolean {
    const norm = Math.sqrt(dotProduct(vector, vector));
    return norm > 0 && dotProduct(this.graph.getPoint(vectorId), vector) / norm >= SAME_VECTOR;
  }

  // Slots held by deleted vectors are reused by new ones (allowReplaceDeleted), so growth only happens when every
  // slot is live.
  private ensureRoomForOneMore(): void {
    const vacant = this.graph.getCurrentCount() - this.shared.vectorCount();
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

function dotProduct(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  for (let position = 0; position < a.length; position += 1) dot += a[position] * b[position];
  return dot;
}

const bySimilarity = (a: VectorHit, b: VectorHit) => b.score - a.score || a.label - b.label;

export async function openVectorIndex(options: VectorIndexOptions): Promise<VectorIndex> {
  const { dir } = options;
  await fs.mkdir(dir, { recursive: true });
  const manifestFile = path.join(dir, MANIFEST_FILE);
  const manifest = options.replaceSaved ? null : await readManifest(manifestFile);
  if (!manifest) {
    const build = { m: options.m, efConstruction: options.efConstruction };
    const empty = { graph: emptyGraph(options.dimensions, INITIAL_CAPACITY, build, options.efSearch), shared: new SharedVectors(), deleted: new Set<number>() };
    return new HnswVectorIndex(empty, build, options, `hnsw:${randomUUID()}`);
  }
  refuseOtherModel(manifest, options, manifestFile);
  const saved = await readGraph(dir, manifest, options.dimensions, options.efSearch);
  // An index written before instances were named keeps one fixed name, so its documents stay synced.
  return new HnswVectorIndex(saved, { m: manifest.m, efConstruction: manifest.efConstruction }, options, manifest.instance ?? 'hnsw:unnamed');
}
