// A list that is one person with an office after a dash ("Tony Henley – Community Safety Manager, CSU"), told from a
// list whose first person alone has a dashed office and others follow ("Mrs J Smith – Clerk; PCSO T Grey").
import { TITLE } from './speaker-titles';

const DASH = /\s[–—-]\s/g;
/** After the dash, a semicolon (no office's part), or a comma and a titled name: another person listed. */
const ANOTHER_PERSON_AFTER = new RegExp(String.raw`;|,\s*(?:(?:${TITLE})\.?\s+\p{Lu})`, 'u');

export function isOneDashedEntry(list: string): boolean {
  const dashes = list.match(DASH) ?? [];
  if (dashes.length !== 1) return false;
  return !ANOTHER_PERSON_AFTER.test(list.slice(list.indexOf(dashes[0])));
}
