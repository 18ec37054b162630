// What recent searches read of the chunk store, kept in memory: a search reads every fused candidate in full (200 and
// more) to order and collapse them, the semantic candidates' ids and facet fields, and the copies of the page's
// passages; popular subjects bring back the same paragraphs, and reading them from SQLite each time was over a third
// of a search on a council's own archive. Emptied whenever the indexes change (SearchService.refresh).
import { RecentlyUsed } from '../../core/recently-used';
import type { ChunkFacets, CopiesOf, Store, StoredChunk } from '../../indexer/stores/store';
import type { ChunkReader } from './fused-list';

/** What searches read of the store: chunks in full, the semantic candidates' ids and facet fields, copies. */
export type SearchReads = ChunkReader & Pick<Store, 'getChunkFacetsBySeq'>;

export interface CachedChunkReader extends SearchReads {
  clear(): void;
}

/** Values by key, the last `size` read kept; 0 keeps none. */
class RecentReads<K, V> {
  private readonly recent: RecentlyUsed<K, V>;

  constructor(private readonly size: number) {
    this.recent = new RecentlyUsed(size);
  }

  /** The values of these keys in their order, those not held read at once by `read` (keys it does not know are left out). */
  get(keys: K[], read: (missing: K[]) => Map<K, V>): Map<K, V> {
    if (this.size === 0) return read(keys);
    const missing = keys.filter((key) => !this.recent.has(key));
    const fresh = missing.length > 0 ? read(missing) : null;
    const found = new Map<K, V>();
    for (const key of keys) {
      // A held value is moved to the most recently used by get itself.
      let value = this.recent.get(key);
      if (value === undefined) {
        value = fresh?.get(key);
        if (value === undefined) continue;
        this.recent.set(key, value);
      }
      found.set(key, value);
    }
    return found;
  }

  clear(): void {
    this.recent.clear();
  }
}

const keyedBy = <K, V>(values: V[], keyOf: (value: V) => K) => new Map(values.map((value) => [keyOf(value), value]));

/** `size` entries at most of each kind (chunks, facet fields, copies); 0 reads everything from the store. */
export function cachedChunkReader(store: SearchReads, size: number): CachedChunkReader {
  const chunks = new RecentReads<string, StoredChunk>(size);
  const facets = new RecentReads<number, ChunkFacets>(size);
  const copies = new RecentReads<string, CopiesOf>(size);
  return {
    getChunks: (ids) => [...chunks.get(ids, (missing) => keyedBy(store.getChunks(missing), (chunk) => chunk.id)).values()],
    decisionsOfItems: (itemIds) => store.decisionsOfItems(itemIds),
    getChunkFacetsBySeq: (seqs) => [...facets.get(seqs, (missing) => keyedBy(store.getChunkFacetsBySeq(missing), (chunk) => chunk.seq)).values()],
    copiesOf: (asked) => {
      const byId = keyedBy(asked, (chunk) => chunk.id);
      return copies.get([...byId.keys()], (missing) => store.copiesOf(missing.map((id) => byId.get(id)!)));
    },
    clear: () => {
      chunks.clear();
      facets.clear();
      copies.clear();
    },
  };
}
