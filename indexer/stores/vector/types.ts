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

export interface VectorIndex {
  readonly modelId: string;
  readonly dimensions: number;
  count(): number;
  /** Adds or replaces vectors by label. */
  upsert(entries: { label: number; vector: Float32Array }[]): void;
  remove(labels: number[]): void;
  /** Nearest neighbours; `accept` filters labels during the search (filtered search, not post-filtering). */
  search(vector: Float32Array, k: number, accept?: (label: number) => boolean): VectorHit[];
  /** Exact nearest neighbours among the given labels (for filters narrow enough that HNSW would wander). */
  searchAmong(vector: Float32Array, k: number, labels: number[]): VectorHit[];
  labels(): number[];
  /** Slots still held by removed vectors: they slow inserts (hnswlib reuses them) and searches until compacted. */
  deletedSlots(): number;
  /** Rebuilds the graph from the live vectors only, dropping every deleted slot (costly: do it off the server's thread). */
  compact(): void;
  /** Names this index instance; a new one (its files deleted) gets a new name, so its documents are embedded again. */
  instance(): string;
  /** Writes the index and its manifest atomically. */
  save(): Promise<void>;
}
