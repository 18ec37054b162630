// Filters for the vector side: the HNSW search asks "may this label be returned?" for every node it visits,
// so the answer must come from memory: the store's chunk attributes in the shared columns (attribute-columns.ts),
// indexed by seq, plus per-value lists of seqs for filters narrow enough to answer exactly.
import type { SearchFilters } from '../../../core/search-types';
import { AttributeColumns, NONE } from '../attribute-columns';
import type { ChunkAttributes, Store } from '../store';

export interface AttributeTable {
  /** Null when no filter is set: every label is acceptable. */
  predicate(filters: SearchFilters): ((label: number) => boolean) | null;
  /**
   * Every label the filters accept, when one of them (body, speaker, year, document, meeting, decisions) narrows the
   * chunks to at most `limit`: read from per-value lists, not a scan. Null when no filter is that narrow.
   */
  fewMatching(filters: SearchFilters, limit: number): number[] | null;
}

type ListedAttribute = 'body' | 'speaker' | 'document' | 'meeting' | 'year' | 'decision';

/** For narrow filters: the seqs holding each value of these attributes (decision: value 1). */
class ValueLists {
  private readonly lists: Record<ListedAttribute, Map<number, number[]>> = {
    body: new Map(),
    speaker: new Map(),
    document: new Map(),
    meeting: new Map(),
    year: new Map(),
    decision: new Map(),
  };

  add(attribute: ListedAttribute, value: number, seq: number): void {
    if (value === NONE) return;
    const list = this.lists[attribute].get(value);
    if (list) list.push(seq);
    else this.lists[attribute].set(value, [seq]);
  }

  /** The lists of these values (a chunk holding one of them is in one of the lists). */
  of(attribute: ListedAttribute, values: number[]): number[][] {
    return values.map((value) => this.lists[attribute].get(value) ?? []);
  }
}

class VectorAttributeTable implements AttributeTable {
  private readonly columns = new AttributeColumns();
  private readonly lists = new ValueLists();

  add(row: ChunkAttributes): void {
    this.columns.set(row.seq, row);
    const { body, speaker, document, meeting, year } = this.columns.current;
    for (const [attribute, column] of [['body', body], ['speaker', speaker], ['document', document], ['meeting', meeting], ['year', year]] as const) {
      this.lists.add(attribute, column[row.seq], row.seq);
    }
    this.lists.add('decision', row.isDecision ? 1 : NONE, row.seq);
  }

  predicate(filters: SearchFilters): ((label: number) => boolean) | null {
    return this.columns.predicate(filters);
  }

  fewMatching(filters: SearchFilters, limit: number): number[] | null {
    const candidates = this.listsOf(filters)
      .map((parts) => ({ parts, size: parts.reduce((sum, part) => sum + part.length, 0) }))
      .sort((a, b) => a.size - b.size)[0];
    if (!candidates || candidates.size > limit) return null;
    const accept = this.predicate(filters) as (label: number) => boolean;
    return candidates.parts.flat().filter((label) => accept(label));
  }

  /** For each filter the lists can answer, the lists of its values. */
  private listsOf(filters: SearchFilters): number[][][] {
    const codes = (names: string[] = []) => names.map((name) => this.columns.codeOf(name));
    const byFilter: Array<[ListedAttribute, number[]]> = [
      ['body', codes(filters.body)],
      ['speaker', codes(filters.speaker)],
      ['year', filters.year ?? []],
      ['document', codes(filters.documentId ? [filters.documentId] : [])],
      ['meeting', codes(filters.meetingId ? [filters.meetingId] : [])],
      ['decision', filters.decisionsOnly ? [1] : []],
    ];
    return byFilter.filter(([, values]) => values.length > 0).map(([attribute, values]) => this.lists.of(attribute, values));
  }
}

/**
 * For SearchService's `loadAttributes`: the first call reads every chunk's attributes, each later one (after an
 * upload or a deletion) only the chunks stored since. Seqs are never reused and a stored chunk never changes,
 * so nothing read before goes stale; the seqs of removed chunks stay acceptable, which is harmless because
 * their labels are gone from the vector index too.
 */
export function attributeLoader(store: Store): () => AttributeTable {
  const table = new VectorAttributeTable();
  let lastSeq = 0;
  return () => {
    for (const row of store.chunkAttributes(lastSeq)) {
      table.add(row);
      lastSeq = row.seq;
    }
    return table;
  };
}

/** Every chunk's attributes, read once. */
export function loadAttributeTable(store: Store): AttributeTable {
  return attributeLoader(store)();
}
