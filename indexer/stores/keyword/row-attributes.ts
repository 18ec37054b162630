// Body, year, speaker and date of every indexed row, held in typed arrays indexed by rowid, so facets
// and date sorts over a set of matches cost a few array reads instead of a join per row.
import { isoDateNumber } from '../../../core/text/dates';
import type { FacetCounts } from '../../../core/search-types';

export interface RowAttributeValues {
  body: string | null;
  year: number | null;
  speaker: string | null;
  /** ISO date, or null when undated. */
  date: string | null;
}

export interface RowAttributes {
  set(rowid: number, values: RowAttributeValues): void;
  remove(rowid: number): void;
  /** Facet counts over the rows, at most `limit` values per facet, most frequent first. */
  facets(rowids: Iterable<number>, limit: number): FacetCounts;
  /** The date as yyyymmdd, 0 when undated. */
  dateKey(rowid: number): number;
}

const INITIAL_CAPACITY = 1024;

/** Interns strings as small integers (0 = none). */
function createCodebook() {
  const codes = new Map<string, number>();
  const values: string[] = [''];
  return {
    code(value: string | null): number {
      if (value === null || value === '') return 0;
      let code = codes.get(value);
      if (code === undefined) {
        code = values.length;
        codes.set(value, code);
        values.push(value);
      }
      return code;
    },
    value: (code: number) => values[code],
  };
}

export function dateKeyOf(isoDate: string | null): number {
  return isoDate ? isoDateNumber(isoDate) || 0 : 0;
}

function topCounts(counts: Map<string, number>, limit: number): Record<string, number> {
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit));
}

export function createRowAttributes(initial: Iterable<[number, RowAttributeValues]> = []): RowAttributes {
  const bodies = createCodebook();
  const speakers = createCodebook();
  let body = new Uint32Array(INITIAL_CAPACITY);
  let speaker = new Uint32Array(INITIAL_CAPACITY);
  let year = new Uint16Array(INITIAL_CAPACITY);
  let date = new Uint32Array(INITIAL_CAPACITY);

  function ensureCapacity(rowid: number): void {
    if (rowid < body.length) return;
    let capacity = body.length;
    while (capacity <= rowid) capacity *= 2;
    const grow = <T extends Uint32Array | Uint16Array>(array: T, make: (length: number) => T): T => {
      const grown = make(capacity);
      grown.set(array);
      return grown;
    };
    body = grow(body, (length) => new Uint32Array(length));
    speaker = grow(speaker, (length) => new Uint32Array(length));
    year = grow(year, (length) => new Uint16Array(length));
    date = grow(date, (length) => new Uint32Array(length));
  }

  const attributes: RowAttributes = {
    set(rowid, values) {
      ensureCapacity(rowid);
      body[rowid] = bodies.code(values.body);
      speaker[rowid] = speakers.code(values.speaker);
      year[rowid] = values.year ?? 0;
      date[rowid] = dateKeyOf(values.date);
    },
    remove(rowid) {
      if (rowid >= body.length) return;
      body[rowid] = 0;
      speaker[rowid] = 0;
      year[rowid] = 0;
      date[rowid] = 0;
    },
    facets(rowids, limit) {
      const bodyCounts = new Map<number, number>();
      const yearCounts = new Map<number, number>();
      const speakerCounts = new Map<number, number>();
      const add = (counts: Map<number, number>, code: number) => {
        if (code !== 0) counts.set(code, (counts.get(code) ?? 0) + 1);
      };
      for (const rowid of rowids) {
        if (rowid >= body.length) continue;
        add(bodyCounts, body[rowid]);
        add(yearCounts, year[rowid]);
        add(speakerCounts, speaker[rowid]);
      }
      const named = (counts: Map<number, number>, name: (code: number) => string) =>
        new Map([...counts].map(([code, count]) => [name(code), count]));
      return {
        body: topCounts(named(bodyCounts, bodies.value), limit),
        year: topCounts(named(yearCounts, String), limit),
        speaker: topCounts(named(speakerCounts, speakers.value), limit),
      };
    },
    dateKey(rowid) {
      return rowid < date.length ? date[rowid] : 0;
    },
  };
  for (const [rowid, values] of initial) attributes.set(rowid, values);
  return attributes;
}
