// Filters for the vector side: the HNSW search asks "may this label be returned?" for every node it visits,
// so the answer must come from memory. Chunk attributes are loaded once into compact columns indexed by seq.
import type { SearchFilters } from '../../../core/search-types';
import type { ChunkAttributes, Store } from '../store';
import { isoDateNumber } from '../../../core/text/dates';

export interface AttributeTable {
  /** Null when no filter is set: every label is acceptable. */
  predicate(filters: SearchFilters): ((label: number) => boolean) | null;
  /**
   * Every label the filters accept, when one of them (body, speaker, year, document, meeting, decisions) narrows the
   * chunks to at most `limit`: read from per-value lists, not a scan. Null when no filter is that narrow.
   */
  fewMatching(filters: SearchFilters, limit: number): number[] | null;
}

const NONE = -1;

type ListedAttribute = 'body' | 'speaker' | 'document' | 'meeting' | 'year' | 'decision';
const INITIAL_CAPACITY = 1024;

function dateNumber(date: string | null): number {
  return date ? isoDateNumber(date) : NONE;
}

/** The attribute columns, grown (doubling) as higher seqs arrive. */
function createColumns() {
  let capacity = INITIAL_CAPACITY;
  const make = () => ({
    present: new Uint8Array(capacity),
    body: new Int32Array(capacity).fill(NONE),
    speaker: new Int32Array(capacity).fill(NONE),
    document: new Int32Array(capacity).fill(NONE),
    meeting: new Int32Array(capacity).fill(NONE),
    date: new Int32Array(capacity).fill(NONE),
    year: new Int32Array(capacity).fill(NONE),
    decision: new Uint8Array(capacity),
    itemKind: new Uint8Array(capacity),
  });
  let columns = make();
  return {
    get current() {
      return columns;
    },
    get capacity() {
      return capacity;
    },
    ensureRoomFor(seq: number): void {
      if (seq < capacity) return;
      while (capacity <= seq) capacity *= 2;
      const grown = make();
      for (const name of Object.keys(columns) as Array<keyof typeof columns>) grown[name].set(columns[name]);
      columns = grown;
    },
  };
}

/**
 * For SearchService's `loadAttributes`: the first call reads every chunk's attributes, each later one (after an
 * upload or a deletion) only the chunks stored since. Seqs are never reused and a stored chunk never changes,
 * so nothing read before goes stale; the seqs of removed chunks stay acceptable, which is harmless because
 * their labels are gone from the vector index too.
 */
export function attributeLoader(store: Store): () => AttributeTable {
  const names = new Map<string, number>();
  const nameId = (name: string | null) => {
    if (name === null) return NONE;
    let id = names.get(name);
    if (id === undefined) {
      id = names.size;
      names.set(name, id);
    }
    return id;
  };
  const columns = createColumns();
  let lastSeq = 0;
  // For narrow filters: the seqs holding each value of these attributes (decision: value 1).
  const lists: Record<ListedAttribute, Map<number, number[]>> = {
    body: new Map(),
    speaker: new Map(),
    document: new Map(),
    meeting: new Map(),
    year: new Map(),
    decision: new Map(),
  };
  const listed = (attribute: ListedAttribute, value: number, seq: number) => {
    if (value === NONE) return;
    const list = lists[attribute].get(value);
    if (list) list.push(seq);
    else lists[attribute].set(value, [seq]);
  };

  function add(row: ChunkAttributes): void {
    columns.ensureRoomFor(row.seq);
    const { present, body, speaker, document, meeting, date, year, decision, itemKind } = columns.current;
    present[row.seq] = 1;
    body[row.seq] = nameId(row.body);
    speaker[row.seq] = nameId(row.speaker);
    document[row.seq] = nameId(row.documentId);
    meeting[row.seq] = nameId(row.meetingId);
    date[row.seq] = dateNumber(row.date);
    year[row.seq] = row.year ?? NONE;
    decision[row.seq] = row.isDecision ? 1 : 0;
    itemKind[row.seq] = row.kind === 'item' ? 1 : 0;
    lastSeq = row.seq;
    listed('body', body[row.seq], row.seq);
    listed('speaker', speaker[row.seq], row.seq);
    listed('document', document[row.seq], row.seq);
    listed('meeting', meeting[row.seq], row.seq);
    listed('year', year[row.seq], row.seq);
    listed('decision', row.isDecision ? 1 : NONE, row.seq);
  }

  // A name never stored gets an id no chunk has.
  const nameIds = (values: string[] = []) => values.map((value) => names.get(value) ?? -2);

  /** For each filter the lists can answer, the lists of its values (a chunk matching the filter is in one of them). */
  function listsOf(filters: SearchFilters): number[][][] {
    const valuesOf = (attribute: ListedAttribute, ids: number[]) => ids.map((id) => lists[attribute].get(id) ?? []);
    const byFilter: Array<[ListedAttribute, number[]]> = [
      ['body', nameIds(filters.body)],
      ['speaker', nameIds(filters.speaker)],
      ['year', filters.year ?? []],
      ['document', nameIds(filters.documentId ? [filters.documentId] : [])],
      ['meeting', nameIds(filters.meetingId ? [filters.meetingId] : [])],
      ['decision', filters.decisionsOnly ? [1] : []],
    ];
    return byFilter.filter(([, ids]) => ids.length > 0).map(([attribute, ids]) => valuesOf(attribute, ids));
  }

  const idSet = (values: string[] | undefined) => (values?.length ? new Set(nameIds(values)) : null);

  const table: AttributeTable = {
    predicate(filters) {
      const bodies = idSet(filters.body);
      const speakers = idSet(filters.speaker);
      const years = filters.year?.length ? new Set(filters.year) : null;
      const documentId = filters.documentId ? (names.get(filters.documentId) ?? -2) : null;
      const meetingId = filters.meetingId ? (names.get(filters.meetingId) ?? -2) : null;
      const from = filters.from ? dateNumber(filters.from) : null;
      const to = filters.to ? dateNumber(filters.to) : null;
      const kind = filters.kind === undefined ? null : filters.kind === 'item' ? 1 : 0;
      const decisionsOnly = Boolean(filters.decisionsOnly);
      const anyFilter =
        bodies || speakers || years || documentId !== null || meetingId !== null || from !== null || to !== null;
      if (!anyFilter && kind === null && !decisionsOnly) return null;
      // The columns of this moment: a table grown by a later update does not change a search under way.
      const { present, body, speaker, document, meeting, date, year, decision, itemKind } = columns.current;
      const size = columns.capacity;
      return (label) =>
        label < size &&
        present[label] === 1 &&
        (!bodies || bodies.has(body[label])) &&
        (!speakers || speakers.has(speaker[label])) &&
        (!years || years.has(year[label])) &&
        (documentId === null || document[label] === documentId) &&
        (meetingId === null || meeting[label] === meetingId) &&
        (from === null || (date[label] !== NONE && date[label] >= from)) &&
        (to === null || (date[label] !== NONE && date[label] <= to)) &&
        (kind === null || itemKind[label] === kind) &&
        (!decisionsOnly || decision[label] === 1);
    },
    fewMatching(filters, limit) {
      const candidates = listsOf(filters)
        .map((parts) => ({ parts, size: parts.reduce((sum, part) => sum + part.length, 0) }))
        .sort((a, b) => a.size - b.size)[0];
      if (!candidates || candidates.size > limit) return null;
      const accept = table.predicate(filters) as (label: number) => boolean;
      return candidates.parts.flat().filter((label) => accept(label));
    },
  };

  return () => {
    for (const row of store.chunkAttributes(lastSeq)) add(row);
    return table;
  };
}

/** Every chunk's attributes, read once. */
export function loadAttributeTable(store: Store): AttributeTable {
  return attributeLoader(store)();
}
