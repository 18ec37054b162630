// Item headings numbered by a list that starts again at each item, as a web page or a word processor prints a
// document whose every item was a numbered list of its own.
import type { HeadingCandidate } from './headings';

/**
 * "1. Welcome", "1. Minutes of the last meeting", "1. Matters arising": minutes saved as a web page whose every item was a
 * numbered list of its own print each item's number as "1.", the list starting again. Where most numbered headings are
 * such a "1." (three or more), each is an item, its number none; a "1." with a "2." straight under it begins a list under one.
 */
export function restartedListItems(numbered: HeadingCandidate[]): HeadingCandidate[] | null {
  // "1. Glass panels only" with "2. A new shelter" straight under it: a list that goes on, under an item.
  const goesOn = (position: number) => numbered[position + 1]?.number === '2' && numbered[position + 1].index - numbered[position].next <= 1;
  const firsts = numbered.filter((candidate, position) => candidate.number === '1' && !goesOn(position));
  if (firsts.length < 3 || firsts.length * 2 <= numbered.length) return null;
  return firsts.map((candidate) => ({ ...candidate, number: null }));
}
