// "At least m of these n words" over each word's chunks as a bitmap (bit r of word r >> 5 for rowid r), 32 rowids at a
// time from the most recent down: the n bits of a rowid are summed bit-parallel and compared to m. FTS5 is handed the
// same question as an OR of C(n, m) ANDs and reads each common word's doclist once per group, to the end when few
// chunks match; this reads each bitmap once, 4.4 kB per 35,000 rowids, and stops at the limit. Pure.

/** The rowids of the chunks matching one FTS5 expression. */
export interface PostingList {
  bits: Uint32Array;
  /** How many bits are set. */
  size: number;
}

/** What a match must satisfy. */
export interface AtLeastQuery {
  /** The lists counted towards `atLeast` (at most 7: their count is summed in three bits). */
  counted: PostingList[];
  atLeast: number;
  /** Lists every match must be in (filters, item titles). */
  required: PostingList[];
  /** Lists no match may be in (-words). */
  excluded: PostingList[];
}

const MAX_COUNTED_LISTS = 7;

export function postingListOf(rowids: readonly number[], highestRowid: number): PostingList {
  const bits = new Uint32Array((Math.max(highestRowid, ...rowids.slice(-1)) >>> 5) + 1);
  for (const rowid of rowids) bits[rowid >>> 5] |= 1 << (rowid & 31);
  return { bits, size: rowids.length };
}

/** The bits (of 32 rowids) whose count, summed bit-parallel into `two one zero` (0 to 7), is at least `atLeast`. */
function countAtLeast(zero: number, one: number, two: number, atLeast: number): number {
  switch (atLeast) {
    case 1:
      return zero | one | two;
    case 2:
      return one | two;
    case 3:
      return two | (one & zero);
    case 4:
      return two;
    case 5:
      return two & (one | zero);
    case 6:
      return two & one;
    default:
      return two & one & zero;
  }
}

/**
 * The rowids matching the query, newest first, at most `limit`. A match holds at least one of the n - m + 1 smallest
 * lists (else it holds at most m - 1 of the n): 32 rowids none of those hold are passed over without counting.
 */
export function rowidsHoldingAtLeast(query: AtLeastQuery, limit: number): number[] {
  const counted = query.counted.map((list) => list.bits);
  if (counted.length === 0 || counted.length > MAX_COUNTED_LISTS) throw new RangeError(`between 1 and ${MAX_COUNTED_LISTS} lists can be counted, got ${counted.length}`);
  const atLeast = Math.min(Math.max(query.atLeast, 1), counted.length);
  const essential = [...query.counted].sort((a, b) => a.size - b.size).slice(0, counted.length - atLeast + 1).map((list) => list.bits);
  const required = query.required.map((list) => list.bits);
  const excluded = query.excluded.map((list) => list.bits);
  const found: number[] = [];
  for (let word = Math.max(...counted.map((bits) => bits.length)) - 1; word >= 0 && found.length < limit; word -= 1) {
    let candidates = 0;
    for (const bits of essential) candidates |= bits[word];
    for (const bits of required) candidates &= bits[word];
    if (candidates === 0) continue;
    let zero = 0;
    let one = 0;
    let two = 0;
    for (const bits of counted) {
      const value = bits[word];
      const carry = zero & value;
      zero ^= value;
      two |= one & carry;
      one ^= carry;
    }
    let matches = candidates & countAtLeast(zero, one, two, atLeast);
    for (const bits of excluded) matches &= ~bits[word];
    while (matches !== 0 && found.length < limit) {
      const bit = 31 - Math.clz32(matches);
      found.push(word * 32 + bit);
      matches &= ~(1 << bit);
    }
  }
  return found;
}
