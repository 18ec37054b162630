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

  return {
    modelId,
    getMany(hashes) {
      const found = new Map<string, Float32Array>();
      const unique = [...new Set(hashes)];
      for (let start = 0; start < unique.length; start += LOOKUP_BATCH) {
        const slice = unique.slice(start, start + LOOKUP_BATCH);
        const rows = db
          .prepare(`SELECT text_hash, vector FROM embeddings WHERE model = ? AND text_hash IN (${slice.map(() => '?').join(',')})`)
          .all(modelId, ...slice) as { text_hash: string; vector: Buffer }[];
        for (const row of rows) {
          // Copy out of SQLite's buffer: its byte offset need not be 4-aligned.
          const bytes = row.vector.buffer.slice(row.vector.byteOffset, row.vector.byteOffset + row.vector.byteLength);
          found.set(row.text_hash, new Float32Array(bytes));
        }
      }
      return found;
    },
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
 * Texts embedded between progress reports and cache writes (a killed run keeps what it finished): two default
 * batches, so the model still gets full batches and the progress moves often even with a slow model.
 */
const EMBED_SLICE = 64;

/**
 * Vectors for the chunks, in order. Only texts missing from the cache reach the model; progress counts
 * those (done, total), so a rate computed from it is the model's own throughput.
 */
export async function embedChunks(
  chunks: Chunk[],
  embedder: Embedder,
  cache: EmbeddingCache,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<{ vectors: Float32Array[]; embedded: number }> {
  const { embedItemTitle } = modelDefaults(embedder.modelId);
  const texts = chunks.map((chunk) => passageText(chunk, embedItemTitle));
  const hashes = texts.map(textHash);
  const known = cache.getMany(hashes);
  const missing = new Map<string, string>();
  hashes.forEach((hash, position) => {
    if (!known.has(hash)) missing.set(hash, texts[position]);
  });

  const pending = [...missing.entries()];
  if (pending.length > 0) onProgress(0, pending.length);
  for (let start = 0; start < pending.length; start += EMBED_SLICE) {
    const slice = pending.slice(start, start + EMBED_SLICE);
    const vectors = await embedder.embedPassages(slice.map(([, text]) => text));
    const entries = slice.map(([hash], position) => ({ hash, vector: vectors[position] }));
    cache.putMany(entries);
    for (const { hash, vector } of entries) known.set(hash, vector);
    onProgress(start + slice.length, pending.length);
  }
  return { vectors: hashes.map((hash) => known.get(hash) as Float32Array), embedded: pending.length };
}
