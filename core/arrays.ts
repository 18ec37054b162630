// Array helpers the whole indexing path shares.

/**
 * Appends every element of `items` to `target`. `target.push(...items)` passes each element as an argument on the
 * stack and throws RangeError past about 100,000 of them: an attendance list of 20,000 names parsed to that many.
 */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** How many arrays `concatenated` passes to one `concat` call: each is an argument on the stack. */
const CONCAT_ARRAYS_PER_CALL = 1000;

/**
 * The elements of `arrays`, in order, in one new array: copied by `concat` a block at a time, where a push an element
 * (or `flat()`, slower still) took many times longer on arrays of hundreds of thousands.
 */
export function concatenated<T>(arrays: readonly T[][]): T[] {
  let joined: T[] = [];
  for (let at = 0; at < arrays.length; at += CONCAT_ARRAYS_PER_CALL) joined = joined.concat(...arrays.slice(at, at + CONCAT_ARRAYS_PER_CALL));
  return joined;
}
