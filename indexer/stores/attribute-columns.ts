// The filterable fields of every chunk in typed columns indexed by an integer key (the keyword index's rowid, the
// store's seq), names interned as small integers: one table answers the keyword side's facets and date sorts and the
// vector side's "may this label be returned?", each a few array reads instead of a query per chunk.
import type { FacetCounts, SearchFilters } from '../../core/search-types';
import type { Chunk } from '../../core/types';
import { isoDateNumber } from '../../core/text/dates';

/** What the columns hold of a chunk. */
export type AttributeValues = Pick<Chunk, 'kind' | 'documentId' | 'meetingId' | 'body' | 'date' | 'year' | 'speaker' | 'isDecision'>;

/** Name, date and year columns hold 0 for none. */
export const NONE = 0;
/** The code of a name no chunk has: matches nothing. */
const UNKNOWN = -1;
const INITIAL_CAPACITY = 1024;

/** The date as yyyymmdd, 0 when undated. */
export function dateKeyOf(isoDate: string | null): number {
  return isoDate ? isoDateNumber(isoDate) || NONE : NONE;
}

function topCounts(counts: Map<string, number>, limit: number): Record<string, number> {
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit));
}

function makeColumns(capacity: number) {
  return {
    present: new Uint8Array(capacity),
    body: new Int32Array(capacity),
    speaker: new Int32Array(capacity),
    document: new Int32Array(capacity),
    meeting: new Int32Array(capacity),
    date: new Int32Array(capacity),
    year: new Int32Array(capacity),
    decision: new Uint8Array(capacity),
    itemKind: new Uint8Array(capacity),
  };
}

export type Columns = ReturnType<typeof makeColumns>;

export class AttributeColumns {
  private columns = makeColumns(INITIAL_CAPACITY);
  private readonly codes = new Map<string, number>();
  private readonly names: string[] = [''];

  /** The columns of this moment: a table grown by a later `set` does not change a search under way. */
  get current(): Columns {
    return this.columns;
  }

  /** A name's code, interned on first sight; NONE for null or empty. */
  intern(name: string | null): number {
    if (name === null || name === '') return NONE;
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.codes.set(name, code);
      this.names.push(name);
    }
    return code;
  }

  /** A name's code without interning it: UNKNOWN when no chunk was ever stored with it. */
  codeOf(name: string): number {
    return this.codes.get(name) ?? UNKNOWN;
  }

  set(key: number, values: AttributeValues): void {
    this.ensureRoomFor(key);
    const { present, body, speaker, document, meeting, date, year, decision, itemKind } = this.columns;
    present[key] = 1;
    body[key] = this.intern(values.body);
    speaker[key] = this.intern(values.speaker);
    document[key] = this.intern(values.documentId);
    meeting[key] = this.intern(values.meetingId);
    date[key] = dateKeyOf(values.date);
    year[key] = values.year ?? NONE;
    decision[key] = values.isDecision ? 1 : 0;
    itemKind[key] = values.kind === 'item' ? 1 : 0;
  }

  remove(key: number): void {
    if (key >= this.columns.present.length) return;
    for (const column of Object.values(this.columns)) column[key] = 0;
  }

  /** The date as yyyymmdd, 0 when undated or unknown. */
  dateKey(key: number): number {
    return key < this.columns.date.length ? this.columns.date[key] : NONE;
  }

  /** Facet counts over the keys, at most `limit` values per facet, most frequent first. */
  facets(keys: Iterable<number>, limit: number): FacetCounts {
    const { body, year, speaker } = this.columns;
    const counts = { body: new Map<number, number>(), year: new Map<number, number>(), speaker: new Map<number, number>() };
    const add = (tally: Map<number, number>, code: number) => {
      if (code !== NONE) tally.set(code, (tally.get(code) ?? 0) + 1);
    };
    for (const key of keys) {
      if (key >= body.length) continue;
      add(counts.body, body[key]);
      add(counts.year, year[key]);
      add(counts.speaker, speaker[key]);
    }
    const named = (tally: Map<number, number>, name: (code: number) => string) => new Map([...tally].map(([code, count]) => [name(code), count]));
    const nameOf = (code: number) => this.names[code];
    return {
      body: topCounts(named(counts.body, nameOf), limit),
      year: topCounts(named(counts.year, String), limit),
      speaker: topCounts(named(counts.speaker, nameOf), limit),
    };
  }

  /** Whether a key's chunk matches every filter; null when no filter is set (every key is acceptable). */
  predicate(filters: SearchFilters): ((key: number) => boolean) | null {
    const codeSet = (names: string[] | undefined) => (names?.length ? new Set(names.map((name) => this.codeOf(name))) : null);
    const bodies = codeSet(filters.body);
    const speakers = codeSet(filters.speaker);
    const years = filters.year?.length ? new Set(filters.year) : null;
    const documentCode = filters.documentId ? this.codeOf(filters.documentId) : null;
    const meetingCode = filters.meetingId ? this.codeOf(filters.meetingId) : null;
    const from = filters.from ? isoDateNumber(filters.from) : null;
    const to = filters.to ? isoDateNumber(filters.to) : null;
    const kind = filters.kind === undefined ? null : filters.kind === 'item' ? 1 : 0;
    const decisionsOnly = Boolean(filters.decisionsOnly);
    const anyFilter = bodies || speakers || years || documentCode !== null || meetingCode !== null || from !== null || to !== null;
    if (!anyFilter && kind === null && !decisionsOnly) return null;
    const { present, body, speaker, document, meeting, date, year, decision, itemKind } = this.columns;
    const size = present.length;
    return (key) =>
      key < size &&
      present[key] === 1 &&
      (!bodies || bodies.has(body[key])) &&
      (!speakers || speakers.has(speaker[key])) &&
      (!years || years.has(year[key])) &&
      (documentCode === null || document[key] === documentCode) &&
      (meetingCode === null || meeting[key] === meetingCode) &&
      (from === null || (date[key] !== NONE && date[key] >= from)) &&
      (to === null || (date[key] !== NONE && date[key] <= to)) &&
      (kind === null || itemKind[key] === kind) &&
      (!decisionsOnly || decision[key] === 1);
  }

  private ensureRoomFor(key: number): void {
    let capacity = this.columns.present.length;
    if (key < capacity) return;
    while (capacity <= key) capacity *= 2;
    const grown = makeColumns(capacity);
    for (const name of Object.keys(grown) as Array<keyof Columns>) grown[name].set(this.columns[name]);
    this.columns = grown;
  }
}
