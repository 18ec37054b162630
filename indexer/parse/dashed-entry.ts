// A list that is one person with an office after a dash ("Tony Henley – Community Safety Manager, CSU"), told from a
// list whose first person alone has a dashed office and others follow ("Mrs J Smith – Clerk; PCSO T Grey").
import { TITLE } from './speaker-titles';

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
const REASON_AFTER = /^\s[–—-]\s+\p{Ll}/u;

export function isOneDashedEntry(list: string): boolean {
  const dashes = list.match(DASH) ?? [];
  if (dashes.length !== 1) return false;
  const dash = list.indexOf(dashes[0]);
  if (REASON_AFTER.test(list.slice(dash)) && JOINED_BEFORE.test(list.slice(0, dash))) return false;
  return !ANOTHER_PERSON_AFTER.test(list.slice(dash));
}
