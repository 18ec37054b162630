// The semantic seam: an embedder turns text into unit vectors, a vector index finds near ones.

export interface Embedder {
  readonly modelId: string;
  readonly dimensions: number;
  /** Unit-length vectors for passages (documents), in input order. */
  embedPassages(texts: string[]): Promise<Float32Array[]>;
  /** Unit-length vector for a search query (with the model's query prefix, if it wants one). */
  embedQuery(text: string): Promise<Float32Array>;
}

export interface VectorHit {
  /** The store's integer key of the chunk (the HNSW label). */
  label: number;
  /** Cosine similarity, higher is better. */
  score: number;
}

export interface VectorEntry {
  label: number;
  vector: Float32Array;
  /** sha256 (hex) of the text embedded: labels of one text share one vector. Without it the label gets its own. */
  textHash?: string;
}

/**
 * Vectors by label (a chunk's seq). Labels whose text is the same share one vector, so copies of a paragraph take
 * one place in the graph and in a search's results: a search returns, for each vector found, its first label the
 * filter accepts (the copies are listed with the result). Removing the first label leaves the vector to the others.
 */
export interface VectorIndex {
  readonly modelId: string;
  readonly dimensions: number;
  /** Labels holding a vector. */
  count(): number;
  /** Distinct vectors (graph nodes). */
  vectorCount(): number;
  /** Adds or replaces vectors by label. */
  upsert(entries: VectorEntry[]): void;
  remove(labels: number[]): void;
  /**
   * Nearest neighbours; `accept` filters labels during the search (filtered search, not post-filtering). With
   * `filterAfter`, `k × filterAfter` are found without the filter and then filtered to `k` at most: for a filter that
   * keeps most labels, cheaper than `accept` called back at each node the search visits (fewer may come back).
   */
  search(vector: Float32Array, k: number, accept?: (label: number) => boolean, filterAfter?: number): VectorHit[];
  /** Exact nearest neighbours among the given labels (for filters narrow enough that HNSW would wander). */
  searchAmong(vector: Float32Array, k: number, labels: number[]): VectorHit[];
  /** Distinct vectors the labels hold (what `searchAmong` compares), counted up to `atMost` + 1 and no further. */
  vectorsAmong(labels: number[], atMost: number): number;
  labels(): number[];
  /** Slots still held by removed vectors: they slow inserts (hnswlib reuses them) and searches until compacted. */
  deletedSlots(): number;
  /** Rebuilds the graph from the live vectors only, dropping every deleted slot (costly: do it off the server's thread). */
  compact(onProgress?: (done: number, total: number) => void): Promise<void>;
  /** Vectors saved by a version that gave every label its own vector: their text is unknown until `shareCopies`. */
  unsharedVectors(): number;
  /**
   * Gives each vector its text (the text hash of each label the store holds; labels not given are dropped as orphans),
   * merges the vectors of one text and rebuilds the graph without the copies. Returns how many vectors were merged away.
   */
  shareCopies(texts: Iterable<{ label: number; textHash: string }>, onProgress?: (done: number, total: number) => void): Promise<{ merged: number }>;
  /** Names this index instance; a new one (its files deleted) gets a new name, so its documents are embedded again. */
  instance(): string;
  /** Writes the index and its manifest atomically. */
  save(): Promise<void>;
}
