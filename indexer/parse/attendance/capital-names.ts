// A list of people printed all in capitals ("A. JOHN MARSH, CHAIRMAN; DOUGLAS R. REED, SELECTMAN"), as typed minutes of
// New England towns and older boards set their header: read in capitalised words, as the same list in mixed case is.

/** No lower-case letter, and a word of three capitals or more: a list set in capitals, not initials alone. */
const IN_CAPITALS = /^[^a-z]*\b[A-Z]{3,}[^a-z]*$/;
/** A word of capitals: its first letter kept, the rest (after an apostrophe or a hyphen too: "O'NEILL", "ROSS-HALE") lowered. */
const CAPITALS_WORD = /\b([A-Z])([A-Z]+)\b/g;
/** Honours and short forms that stay in capitals: "OBE", "JP", "CAO", "MBE". */
const KEPT_IN_CAPITALS = /^(?:[A-Z]{2}|OBE|MBE|CBE|KBE|DBE|CAO|CEO|CFO|RFO|QSM|BEM)$/;

/** `list` in capitalised words where it was printed all in capitals; the same text otherwise. */
export function withCapitalsCased(list: string): string {
  if (!IN_CAPITALS.test(list)) return list;
  return list.replace(CAPITALS_WORD, (word: string, first: string, rest: string) => (KEPT_IN_CAPITALS.test(word) ? word : first + rest.toLowerCase()));
}
