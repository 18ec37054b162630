// A list that is one person with an office after a dash ("Tony Henley – Community Safety Manager, CSU"), told from a
// list whose first person alone has a dashed office and others follow ("Mrs J Smith – Clerk; PCSO T Grey").
import { TITLE } from './speaker-titles';

const DASH = /\s[–—-]\s/g;
/**
 * After the dash, a semicolon (no office's part), a comma and a titled name, or a comma and a name with its initials
 * in brackets ("…, Tom Hale (TH)"): another person listed.
 */
const ANOTHER_PERSON_AFTER = new RegExp(String.raw`;|,\s*(?:(?:${TITLE})\.?\s+\p{Lu}|\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s+\(\p{Lu}{2,4}\))`, 'u');

export function isOneDashedEntry(list: string): boolean {
  const dashes = list.match(DASH) ?? [];
  if (dashes.length !== 1) return false;
  return !ANOTHER_PERSON_AFTER.test(list.slice(list.indexOf(dashes[0])));
}
