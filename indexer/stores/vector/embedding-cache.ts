// Embeddings cached in SQLite by (model, hash of the exact text embedded), so re-indexing unchanged text,
// or text copied between documents, never runs the model again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Chunk } from '../../../core/types';
import { passageText } from './embedder';
import { modelDefaults } from './models';
import type { Embedder } from './types';

export interface EmbeddingCache {
  readonly modelId: string;
  /** Cached vectors for the hashes that have one. */
  getMany(hashes: string[]): Map<string, Float32Array>;
  /** The hashes that have a cached vector, without reading the vectors. */
  hasMany(hashes: string[]): Set<string>;
  putMany(entries: { hash: string; vector: Float32Array }[]): void;
  count(): number;
  close(): void;
}

// SQLite caps bound parameters per statement; stay well below it.
const LOOKUP_BATCH = 500;

export function createEmbeddingCache(file: string, modelId: string): EmbeddingCache {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, text_hash)
  ) WITHOUT ROWID`);
  const insert = db.prepare('INSERT OR REPLACE INTO embeddings (model, text_hash, vector) VALUES (?, ?, ?)');
  const insertAll = db.transaction((entries: { hash: string; vector: Float32Array }[]) => {
    for (const { hash, vector } of entries) {
      insert.run(modelId, hash, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
    }
  });
  const countRows = db.prepare('SELECT COUNT(*) AS n FROM embeddings WHERE model = ?');
  const lookUp = <Row>(columns: string, hashes: string[]): Row[] => {
    const unique = [...new Set(hashes)];
    const rows: Row[] = [];
    for (let start = 0; start < unique.length; start += LOOKUP_BATCH) {
      const slice = unique.slice(start, start + LOOKUP_BATCH);
      const sql = `SELECT ${columns} FROM embeddings WHERE model = ? AND text_hash IN (${slice.map(() => '?').join(',')})`;
      rows.push(...(db.prepare(sql).all(modelId, ...slice) as Row[]));
    }
    return rows;
  };

  return {
    modelId,
    getMany(hashes) {
      const found = new Map<string, Float32Array>();
      for (const row of lookUp<{ text_hash: string; vector: Buffer }>('text_hash, vector', hashes)) {
        // Copy out of SQLite's buffer: its byte offset need not be 4-aligned.
        const bytes = row.vector.buffer.slice(row.vector.byteOffset, row.vector.byteOffset + row.vector.byteLength);
        found.set(row.text_hash, new Float32Array(bytes));
      }
      return found;
    },
    hasMany: (hashes) => new Set(lookUp<{ text_hash: string }>('text_hash', hashes).map((row) => row.text_hash)),
    putMany(entries) {
      insertAll(entries);
    },
    count: () => (countRows.get(modelId) as { n: number }).n,
    close: () => db.close(),
  };
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Chunks per slice. The embedder sorts a slice's texts by length before cutting batches, and a batch costs as if
 * every text were as long as its longest: the larger the slice, the nearer the lengths within a batch. Small
 * enough that progress moves every few seconds and a killed run loses at most a few seconds of work (the cache
 * keeps every finished slice).
 */
export const EMBED_SLICE = 512;

/**
 * Vectors for the chunks (with the hashes of the texts embedded), handed to `consume` slice by slice in order while the next slice is being embedded (the
 * embedder runs in a worker thread, so filling the vector index, and saving it when `consume` returns a promise,
 * overlaps with the model's work and only one slice's vectors are held at a time). Only texts missing from the cache reach the model; progress counts those
 * (done, total), so its rate is the whole pipeline's throughput on new text. Returns how many texts were embedded.
 */
export async function embedInSlices<C extends Chunk>(
  chunks: C[],
  embedder: Embedder,
  cache: EmbeddingCache,
  consume: (chunks: C[], vectors: Float32Array[], textHashes: string[]) => void | Promise<void>,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<number> {
  const { embedItemTitle } = modelDefaults(embedder.modelId);
  const texts = chunks.map((chunk) => passageText(chunk, embedItemTitle));
  const hashes = texts.map(textHash);
  const cached = cache.hasMany(hashes);
  const toEmbed = new Set(hashes.filter((hash) => !cached.has(hash))).size;
  let embedded = 0;
  if (toEmbed > 0) onProgress(0, toEmbed);

  const vectorsOfSlice = async (start: number): Promise<Float32Array[]> => {
    const sliceHashes = hashes.slice(start, start + EMBED_SLICE);
    const known = cache.getMany(sliceHashes);
    const missing = new Map<string, string>();
    sliceHashes.forEach((hash, position) => {
      if (!known.has(hash)) missing.set(hash, texts[start + position]);
    });
    if (missing.size > 0) {
      const vectors = await embedder.embedPassages([...missing.values()]);
      const entries = [...missing.keys()].map((hash, position) => ({ hash, vector: vectors[position] }));
      cache.putMany(entries);
      for (const { hash, vector } of entries) known.set(hash, vector);
      embedded += missing.size;
      onProgress(embedded, toEmbed);
    }
    return sliceHashes.map((hash) => known.get(hash) as Float32Array);
  };

  // The next slice is embedded while this one is consumed; its failure, if any, is thrown where it is awaited (or
  // dropped when consuming this one failed first), never left unhandled while `consume` waits on a save.
  const startSlice = (start: number): Promise<Float32Array[]> | null => {
    if (start >= chunks.length) return null;
    const slice = vectorsOfSlice(start);
    slice.catch(() => undefined);
    return slice;
  };
  let next = startSlice(0);
  for (let start = 0; next !== null; start += EMBED_SLICE) {
    const vectors: Float32Array[] = await next;
    next = startSlice(start + EMBED_SLICE);
    await consume(chunks.slice(start, start + EMBED_SLICE), vectors, hashes.slice(start, start + EMBED_SLICE));
  }
  return embedded;
}

/** All the chunks' vectors at once, in order (see embedInSlices). */
export async function embedChunks(
  chunks: Chunk[],
  embedder: Embedder,
  cache: EmbeddingCache,
  onProgress?: (done: number, total: number) => void,
): Promise<{ vectors: Float32Array[]; embedded: number }> {
  const vectors: Float32Array[] = [];
  const embedded = await embedInSlices(chunks, embedder, cache, (_, slice) => {
    vectors.push(...slice);
  }, onProgress);
  return { vectors, embedded };
}
