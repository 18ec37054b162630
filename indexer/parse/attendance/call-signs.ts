// Amateur radio clubs list their members by name and call sign ("Doug VA7QZ, Lance VE7LOC", "Tim Graham VE7QQ",
// "President: Bryan Rowe (W0ESE)", "Ann Lee (No Call)" for a member not yet licensed): the call sign is the member's
// licence, no part of the name nor an office.

/**
 * A call sign after a name, bare or in brackets: a prefix of one or two letters (or a letter and a figure, or a figure
 * and a letter), one figure, then one to four letters ("VA7QZ", "W0ESE", "KB0NXK", "2E0ABC"), before a list's comma,
 * a bracket, "and" or the end.
 */
const CALL_SIGN_AFTER_NAME = /(?<=\p{Ll})\s+(?:\((?:(?:[A-Z]{1,2}|\d[A-Z]|[A-Z]\d)\d[A-Z]{1,4}|[Nn]o\s+[Cc]all(?:\s*[Ss]ign)?)\)|(?:[A-Z]{1,2}|\d[A-Z]|[A-Z]\d)\d[A-Z]{1,4})(?=\s*(?:[,;(]|\s(?:and|&)\s|$))/gu;

/** The list without the call signs after its names; the list itself when it has no figure nor "call" (most lists). */
export function withoutCallSigns(list: string): string {
  return /\d|[Cc]all/.test(list) ? list.replace(CALL_SIGN_AFTER_NAME, '') : list;
}
