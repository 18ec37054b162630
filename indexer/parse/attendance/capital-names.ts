// A list of people printed all in capitals ("A. JOHN MARSH, CHAIRMAN; DOUGLAS R. REED, SELECTMAN"), as typed minutes of
// New England towns and older boards set their header: read in capitalised words, as the same list in mixed case is.

/** No lower-case letter, and a word of three capitals or more: a list set in capitals, not initials alone. */
const IN_CAPITALS = /^[^a-z]*\b[A-Z]{3,}[^a-z]*$/;
/** A word of capitals: its first letter kept, the rest (after an apostrophe or a hyphen too: "O'NEILL", "ROSS-HALE") lowered. */
const CAPITALS_WORD = /\b([A-Z])([A-Z]+)\b/g;
/** Honours and short forms that stay in capitals: "OBE", "JP", "CAO", "MBE". */
const KEPT_IN_CAPITALS = /^(?:[A-Z]{2}|OBE|MBE|CBE|KBE|DBE|CAO|CEO|CFO|RFO|QSM|BEM)$/;

/** "MR", "DR", "MS": a person's title of two capitals, cased as a title ("MR. J. RICKMAN (CHAIRMAN)" as a parish prints its list). */
const TWO_LETTER_TITLE = /^(?:MR|DR|MS)$/;

/** `list` in capitalised words where it was printed in capitals (wholly, or its names: see namesCased); the same text otherwise. */
export function withCapitalsCased(list: string): string {
  if (!IN_CAPITALS.test(list)) return /[A-Z]{3}/.test(list) ? namesCased(list) : list;
  return cased(list);
}

function cased(text: string): string {
  return text.replace(CAPITALS_WORD, (word: string, first: string, rest: string) => (KEPT_IN_CAPITALS.test(word) && !TWO_LETTER_TITLE.test(word) ? word : first + rest.toLowerCase()));
}

/** A list's parts: its entries and what parts them (a comma, "and", an office in brackets). */
const LIST_PARTS = /(,\s*|\s+(?:and|&)\s+|\s*\([^()]*\)\s*)/;
/** At least this many entries in capitals show the names were printed so. */
const MIN_NAMES_IN_CAPITALS = 2;

/**
 * "MR. J. RICKMAN (CHAIRMAN), MRS. M. FOX, D. PIRIE, C.HILL (Clerk) and 7 members of the public": a parish's names in
 * capitals, its clerk's office and a count of the public typed in lower case. The parts in capitals are cased when two
 * entries or more are (an office in capitals among names in mixed case, "(WBC)", stays as it was).
 */
function namesCased(list: string): string {
  const parts = list.split(LIST_PARTS);
  const inCapitals = (part: string) => IN_CAPITALS.test(part);
  if (parts.filter((part, index) => index % 2 === 0 && inCapitals(part)).length < MIN_NAMES_IN_CAPITALS) return list;
  return parts.map((part) => (inCapitals(part) ? cased(part) : part)).join('');
}
