// Offices over several fields in a list of people: "Director of Children, Communities & Enterprise" is one office,
// its fields parted by commas as the people are.

/** ", Communities & Enterprise": the rest of a list of one-word fields, its last after "and" or "&". */
const OFFICE_LIST_TAIL = /^(?:,\s+\p{Lu}[\p{L}'’-]+)*,?\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+\s*(?:[,;.]|$)/u;

/**
 * "Stacey Burlet, Director of Children, Communities & Enterprise": an office over several fields, listed with commas
 * and an "&" before the last, each field one capitalised word; a comma before such a word goes on with the office.
 */
export function continuesOfficeList(list: string, role: string, part: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(part)) return false;
  const at = list.indexOf(`${role}, ${part}`);
  return at !== -1 && OFFICE_LIST_TAIL.test(list.slice(at + role.length + 2 + part.length));
}
