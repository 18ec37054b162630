// Array helpers the whole indexing path shares.

/**
 * Appends every element of `items` to `target`. `target.push(...items)` passes each element as an argument on the
 * stack and throws RangeError past about 100,000 of them: an attendance list of 20,000 names parsed to that many.
 */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
