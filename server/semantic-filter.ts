// Filters for the vector side: the HNSW search asks "may this label be returned?" for every node it visits,
// so the answer must come from memory. Chunk attributes are loaded once into compact columns indexed by seq.
import type { SearchFilters } from '../indexer/stores/keyword/types';
import type { Store } from '../indexer/stores/store';

export interface AttributeTable {
  /** Null when no filter is set: every label is acceptable. */
  predicate(filters: SearchFilters): ((label: number) => boolean) | null;
}

const NONE = -1;

function dateNumber(date: string | null): number {
  return date ? Number(date.replaceAll('-', '')) : NONE;
}

export function loadAttributeTable(store: Store): AttributeTable {
  const rows = [...store.chunkAttributes()];
  const size = rows.reduce((max, row) => Math.max(max, row.seq), 0) + 1;
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
  const present = new Uint8Array(size);
  const body = new Int32Array(size).fill(NONE);
  const speaker = new Int32Array(size).fill(NONE);
  const document = new Int32Array(size).fill(NONE);
  const meeting = new Int32Array(size).fill(NONE);
  const date = new Int32Array(size).fill(NONE);
  const year = new Int32Array(size).fill(NONE);
  const decision = new Uint8Array(size);
  const itemKind = new Uint8Array(size);
  for (const row of rows) {
    present[row.seq] = 1;
    body[row.seq] = nameId(row.body);
    speaker[row.seq] = nameId(row.speaker);
    document[row.seq] = nameId(row.documentId);
    meeting[row.seq] = nameId(row.meetingId);
    date[row.seq] = dateNumber(row.date);
    year[row.seq] = row.year ?? NONE;
    decision[row.seq] = row.isDecision ? 1 : 0;
    itemKind[row.seq] = row.kind === 'item' ? 1 : 0;
  }
  const idSet = (values: string[] | undefined) =>
    values?.length ? new Set(values.map((value) => names.get(value) ?? -2)) : null;

  return {
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
  };
}
