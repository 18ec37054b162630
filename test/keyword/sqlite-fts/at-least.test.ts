// "At least m of n" over rowid bitmaps against the same question asked of every rowid one by one.
import { postingListOf, rowidsHoldingAtLeast, type PostingList } from '../../../indexer/stores/keyword/sqlite-fts/at-least';

const HIGHEST_ROWID = 300;

/** A deterministic pseudo-random list (a linear congruential generator): each rowid kept with the given chance. */
function randomRowids(seed: number, chance: number): number[] {
  let state = seed;
  const rowids: number[] = [];
  for (let rowid = 1; rowid <= HIGHEST_ROWID; rowid += 1) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    if (state / 2 ** 31 < chance) rowids.push(rowid);
  }
  return rowids;
}

function expected(counted: number[][], atLeast: number, required: number[][], excluded: number[][], limit: number): number[] {
  const found: number[] = [];
  for (let rowid = HIGHEST_ROWID; rowid >= 1 && found.length < limit; rowid -= 1) {
    const holding = counted.filter((rowids) => rowids.includes(rowid)).length;
    if (holding >= atLeast && required.every((rowids) => rowids.includes(rowid)) && !excluded.some((rowids) => rowids.includes(rowid))) found.push(rowid);
  }
  return found;
}

const asList = (rowids: number[]): PostingList => postingListOf(rowids, HIGHEST_ROWID);

describe('rowids holding at least m of n lists', () => {
  it.each([1, 2, 3, 4, 5, 6, 7])('matches a rowid-by-rowid count for %i of 7 lists, newest first', (atLeast) => {
    const counted = [0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95].map((chance, index) => randomRowids(index + atLeast * 10, chance));
    const result = rowidsHoldingAtLeast({ counted: counted.map(asList), atLeast, required: [], excluded: [] }, 1_000);
    expect(result).toEqual(expected(counted, atLeast, [], [], 1_000));
    expect(result.length).toBeGreaterThan(0);
  });

  it('keeps only rowids every required list holds and none an excluded list holds, and stops at the limit', () => {
    const counted = [0.2, 0.4, 0.7].map((chance, index) => randomRowids(index + 1, chance));
    const required = [randomRowids(41, 0.5), randomRowids(42, 0.6)];
    const excluded = [randomRowids(43, 0.3)];
    const query = { counted: counted.map(asList), atLeast: 2, required: required.map(asList), excluded: excluded.map(asList) };
    expect(rowidsHoldingAtLeast(query, 1_000)).toEqual(expected(counted, 2, required, excluded, 1_000));
    expect(rowidsHoldingAtLeast(query, 5)).toEqual(expected(counted, 2, required, excluded, 5));
  });

  it('finds rowids at the ends of a word of 32 (bit 31 included) and none in empty lists', () => {
    const edges = [1, 31, 32, 63, 64, 95, HIGHEST_ROWID];
    expect(rowidsHoldingAtLeast({ counted: [asList(edges)], atLeast: 1, required: [], excluded: [] }, 100)).toEqual([...edges].reverse());
    expect(rowidsHoldingAtLeast({ counted: [asList([]), asList(edges)], atLeast: 2, required: [], excluded: [] }, 100)).toEqual([]);
  });
});
