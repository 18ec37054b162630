// "Dr. Renee Okafor, President; Marcus Bell, Vice President": a list whose semicolons part the people, each with their
// office after a comma.
import { SHARED_TITLE } from './shared-titles';
import { OFFICE_BEFORE_NAME } from './offices';
import { LEADING_AND, OFFICE_WORDS, PERSON_TITLE, UNTITLED_NAME } from './person-words';

/** A part of a semicolon list that is one person and their office: "Dr. Renee Okafor, President". */
export const NAME_COMMA_OFFICE = /^((?:(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+(\S[^;]*)$/u;

/**
 * "Ann Lee, Bob Marsh, Cara Diaz; Dr. Eve Hart" (a hospital board's roll, its guests after a semicolon): what follows the
 * first name's comma is more names, no office ("Chair, Finance Committee" holds an office's word).
 */
function isMoreNames(afterComma: string): boolean {
  const names = afterComma.split(/\s*,\s*/);
  // "Commissioner Earl, Commissioner Waldack": a title that is an office's word (a US village's commissioners) names a person.
  return names.length >= 2 && !names.some((name) => OFFICE_WORDS.test(name.replace(PERSON_TITLE, ''))) && names.every((name) => UNTITLED_NAME.test(name) || PERSON_TITLE.test(name));
}

/**
 * "Dr. Renee Okafor, President; Marcus Bell, Vice President; Sandra Ruiz, Clerk": where semicolons part the people, the
 * comma in each part parts a name from an office, whatever words the office is in. Null unless every part reads so, or
 * is a name alone (at most half of them).
 */
export function nameCommaOfficeEntries(list: string): string[] | null {
  if (!list.includes(';')) return null;
  // The list's closing full stop is no part of its last office or name.
  // "…; and Sam Okafor, Sergeant at Arms": the "and" before the last part joins it, as a comma's would.
  const parts = list.replace(/(?<=\p{Ll}{2})\.\s*$/u, '').split(';').map((part) => part.trim().replace(LEADING_AND, '')).filter((part) => part !== '');
  if (parts.length < 2) return null;
  const entries: string[] = [];
  let withOffice = 0;
  for (const part of parts) {
    if (/\band\b|\(/.test(part) || SHARED_TITLE.test(part)) return null;
    const match = part.includes(',') ? NAME_COMMA_OFFICE.exec(part) : null;
    // "Mayor Richard Tolan; Law Director Megan Strand; …": the office before the name.
    const officeFirst = !part.includes(',') && OFFICE_BEFORE_NAME.test(part);
    // "…; Commissioner Ruth Halvorsen": a member with no office among those with one.
    if (officeFirst || (!part.includes(',') && (UNTITLED_NAME.test(part) || PERSON_TITLE.test(part)))) entries.push(part);
    else if (!match || isMoreNames(match[2])) return null;
    else entries.push(`${match[1]} (${match[2].trim()})`);
    if (officeFirst || match) withOffice += 1;
  }
  return withOffice * 2 >= parts.length ? entries : null;
}
