// A list that is one person with an office after a dash ("Tony Henley – Community Safety Manager, CSU"), told from a
// list whose first person alone has a dashed office and others follow ("Mrs J Smith – Clerk; PCSO T Grey").
import { TITLE } from '../speakers/speaker-titles';

const DASH = /\s[–—-]\s/g;
/**
 * After the dash, a semicolon (no office's part), a comma and a titled name, or a comma and a name with its initials
 * in brackets ("…, Tom Hale (TH)"): another person listed.
 */
const ANOTHER_PERSON_AFTER = new RegExp(String.raw`;|,\s*(?:(?:${TITLE})\.?\s+\p{Lu}|\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s+\(\p{Lu}{2,4}\))`, 'u');

/**
 * "A Stacey and C Millington – private commitments": two people joined by "and", then the reason both sent apologies (in
 * lower case, no office's capitals) after the dash.
 */
const JOINED_BEFORE = /\s(?:and|&)\s/;
/** Parts between commas before the dash that make it a list of people, not one person's name. */
const LISTED_BEFORE = 3;
const REASON_AFTER = /^\s[–—-]\s+\p{Ll}/u;

/** "G. Gott", "Mrs. D. Moir", "Cllr Hale": a name marked as one by a title or initials (no office's words are). */
const MARKED_NAME = new RegExp(String.raw`^(?:(?:${TITLE})\.?\s+(?:\p{Lu}\.?\s+)*|(?:\p{Lu}\.\s*)+)\p{Lu}[\p{L}'’-]+$`, 'u');

/** "G. Gott and C. Sampson - Borough Councillor": two people joined by "and", the office after the dash the last one's. */
function twoNamesJoined(before: string): boolean {
  const parts = before.split(JOINED_BEFORE);
  return parts.length === 2 && parts.every((part) => MARKED_NAME.test(part.trim()));
}

/** The list with each bracket's text blanked out, its length kept: "(substitute – am only)" holds no dash between entries. */
function outsideBrackets(list: string): string {
  return list.includes('(') ? list.replace(/\([^()]*\)/g, (bracket) => ' '.repeat(bracket.length)) : list;
}

export function isOneDashedEntry(list: string): boolean {
  const outside = outsideBrackets(list);
  const dashes = outside.match(DASH) ?? [];
  if (dashes.length !== 1) return false;
  const dash = outside.indexOf(dashes[0]);
  // "Councillors: C Oakes, D Holley, C Riches, Mr L Bradley – Chairman CIC": people listed before the dash, the office the last one's.
  if (outside.slice(0, dash).split(',').length >= LISTED_BEFORE) return false;
  if (JOINED_BEFORE.test(list.slice(0, dash)) && (REASON_AFTER.test(list.slice(dash)) || twoNamesJoined(list.slice(0, dash)))) return false;
  return !ANOTHER_PERSON_AFTER.test(list.slice(dash));
}
