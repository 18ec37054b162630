// Filling the vector index with a sync's pending documents, saving it part-way: a run killed after a checkpoint
// keeps the vectors that checkpoint saved and the synced marks of the documents it held whole, so the next run
// inserts only the rest instead of every vector of every pending document again.
import { pushAll } from '../core/arrays';
import { VECTOR_CHECKPOINT_DEFAULTS, type VectorCheckpointPolicy } from '../core/config';
import type { DocumentRecord, Store, StoredChunk } from './stores/store';
import { passageText } from './stores/vector/embedder';
import { textHash } from './stores/vector/embedding-cache';
import type { VectorIndex } from './stores/vector/types';

export interface CheckpointSchedule {
  inserted(vectors: number): void;
  due(): boolean;
  restart(): void;
}

/** Due once `everyVectors` vectors were inserted or `everySeconds` passed since the last checkpoint, whichever first. */
export function checkpointSchedule(policy: VectorCheckpointPolicy, now: () => number = () => performance.now()): CheckpointSchedule {
  let vectors = 0;
  let since = now();
  return {
    inserted(count) {
      vectors += count;
    },
    due: () => vectors >= policy.everyVectors || now() - since >= policy.everySeconds * 1000,
    restart() {
      vectors = 0;
      since = now();
    },
  };
}

export interface VectorFill {
  /** The pending documents' chunks the index does not hold yet, document by document. */
  readonly chunks: StoredChunk[];
  /** Inserts a slice of them; saves the index (a checkpoint) when one is due. */
  insert(slice: StoredChunk[], vectors: Float32Array[], textHashes: string[]): Promise<void>;
  /** The last checkpoint: every pending document is then in the saved index and marked synced. */
  finish(): Promise<void>;
}

/** The chunks of `pending` left to insert, and how many of each document's are left. */
function chunksToInsert(store: Store, index: VectorIndex, pending: DocumentRecord[]): { chunks: StoredChunk[]; left: Map<string, number> } {
  // A seq is never reused and a stored chunk's text never changes, so a label the index holds already has its
  // vector: after a checkpoint inside a large document, only that document's later chunks are inserted.
  const held = new Set(index.labels());
  const chunks: StoredChunk[] = [];
  const left = new Map<string, number>();
  for (const document of pending) {
    const missing = store.chunksOfDocument(document.id).filter((chunk) => !held.has(chunk.seq));
    left.set(document.id, missing.length);
    pushAll(chunks, missing);
  }
  return { chunks, left };
}

export function startVectorFill(
  store: Store,
  index: VectorIndex,
  pending: DocumentRecord[],
  policy: VectorCheckpointPolicy = VECTOR_CHECKPOINT_DEFAULTS,
): VectorFill {
  const { chunks, left } = chunksToInsert(store, index, pending);
  const unmarked = new Map(pending.map((document) => [document.id, document]));
  const schedule = checkpointSchedule(policy);

  async function checkpoint(): Promise<void> {
    await index.save();
    // Marked only once saved: a kill before the save leaves them pending, and the next run inserts what is missing.
    for (const [id, document] of unmarked) {
      if (left.get(id) !== 0) continue;
      store.markSynced(id, 'vector', document.contentHash);
      unmarked.delete(id);
    }
    schedule.restart();
  }

  return {
    chunks,
    async insert(slice, vectors, textHashes) {
      index.upsert(slice.map((chunk, position) => ({ label: chunk.seq, vector: vectors[position], textHash: textHashes[position] })));
      for (const chunk of slice) left.set(chunk.documentId, (left.get(chunk.documentId) ?? 0) - 1);
      schedule.inserted(slice.length);
      if (schedule.due()) await checkpoint();
    },
    finish: checkpoint,
  };
}

/**
 * An index saved before chunks of one text shared a vector holds a vector per copy: each vector is given its text
 * (from the store, hashed as the embedding cache hashes it), the copies are merged and the graph rebuilt, in place:
 * the saved index serves until this one is saved over it. Runs once; nothing is embedded again.
 */
export async function shareCopiesInSavedIndex(store: Store, index: VectorIndex, embedItemTitle: boolean, line: (text: string) => void): Promise<void> {
  const started = performance.now();
  line(`vector index: ${index.unsharedVectors()} vectors saved before copies of a text shared one vector; merging the copies (once)`);
  const texts = function* () {
    for (const chunk of store.chunkTexts()) yield { label: chunk.seq, textHash: textHash(passageText(chunk, embedItemTitle)) };
  };
  const { merged } = await index.shareCopies(texts(), (done, total) => line(`vector index: rebuilding the graph without the copies, ${done} of ${total} vectors`));
  await index.save();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  line(`vector index: ${merged} copies merged; ${index.vectorCount()} vectors for ${index.count()} chunks (${seconds} s)`);
}
