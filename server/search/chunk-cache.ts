// Chunks read by recent searches, kept in memory: a search reads every fused candidate in full (200 and more) to
// order and collapse them, and popular subjects bring back the same paragraphs; reading them from SQLite each time was
// a fifth of a search on a council's own archive. Emptied whenever the indexes change (SearchService.refresh).
import { RecentlyUsed } from '../../core/recently-used';
import type { StoredChunk } from '../../indexer/stores/store';
import type { ChunkReader } from './fused-list';

export interface CachedChunkReader extends ChunkReader {
  clear(): void;
}

/** `size` chunks at most, the least recently read dropped first; 0 reads every chunk from the store. */
export function cachedChunkReader(store: ChunkReader, size: number): CachedChunkReader {
  const recent = new RecentlyUsed<string, StoredChunk>(size);
  return {
    getChunks(ids) {
      if (size === 0) return store.getChunks(ids);
      const missing = ids.filter((id) => !recent.has(id));
      const read = missing.length > 0 ? new Map(store.getChunks(missing).map((chunk) => [chunk.id, chunk])) : null;
      const chunks: StoredChunk[] = [];
      for (const id of ids) {
        const chunk = recent.get(id) ?? read?.get(id);
        if (!chunk) continue;
        recent.set(id, chunk);
        chunks.push(chunk);
      }
      return chunks;
    },
    copiesOf: (chunks) => store.copiesOf(chunks),
    clear: () => recent.clear(),
  };
}
