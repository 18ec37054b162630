// Reads a data folder's chunks straight from its store file, opened read-only: the benchmark's data folders are
// shared with other runs and must not change. Batches, so a million chunks never sit in memory together.
import Database from 'better-sqlite3';
import path from 'node:path';
import type { StoredChunk } from '../../indexer/stores/store';
import { CHUNK_COLUMNS, toChunk, type ChunkRow } from '../../indexer/stores/store/rows';

function openReadOnly(dataDir: string): Database.Database {
  const file = path.join(dataDir, 'minutes.sqlite');
  try {
    return new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new Error(`cannot open the store ${file} read-only: ${(error as Error).message}`, { cause: error });
  }
}

export function countStoredChunks(dataDir: string): { chunks: number; paragraphs: number } {
  const database = openReadOnly(dataDir);
  try {
    return database.prepare<[], { chunks: number; paragraphs: number }>("SELECT count(*) AS chunks, sum(kind = 'paragraph') AS paragraphs FROM chunks").get()!;
  } finally {
    database.close();
  }
}

export function* storedChunkBatches(dataDir: string, batchSize: number): Generator<StoredChunk[]> {
  const database = openReadOnly(dataDir);
  try {
    let batch: StoredChunk[] = [];
    for (const row of database.prepare<[], ChunkRow>(`SELECT ${CHUNK_COLUMNS} FROM chunks ORDER BY seq`).raw().iterate()) {
      batch.push(toChunk(row));
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    database.close();
  }
}
