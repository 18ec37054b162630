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

/** "Mrs K Hargan Director of Organisational Development and Community Planning": a titled, initialled name, then its office with no comma between. */
const TITLED_INITIALLED_THEN_OFFICE = /^((?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:\p{Lu}\.?\s*){1,3}\s(?:(?:Mc|Mac|O['’])?\p{Lu}[\p{L}'’-]+))\s+(\p{Lu}.*)$/u;

/**
 * "Ms A Donaghy Chief Executive; Mrs K Hargan Director of Organisational Development and Community Planning; Mrs B
 * Candlish Head of Leisure, Arts & Culture" (Northern Irish councils' officers): where semicolons part the people, each
 * part is a titled name and the office after it, whatever commas and "and" the office holds. A running reference the page
 * left in the list ("2 FC/01/17") is no part. Null unless two parts or more read so and every other part is such a reference.
 */
export function titledNameOfficeEntries(list: string): string[] | null {
  if (!list.includes(';')) return null;
  const entries: string[] = [];
  for (const part of list.replace(/\.\s*$/, '').split(';').map((text) => text.trim().replace(LEADING_AND, ''))) {
    const match = TITLED_INITIALLED_THEN_OFFICE.exec(part);
    if (match && OFFICE_WORDS.test(match[2])) entries.push(`${match[1]} (${match[2].trim()})`);
    else if (part !== '' && !/^\d/.test(part)) return null;
  }
  return entries.length >= 2 ? entries : null;
}

/**
 * "General Manager, C L Milburn; Director Corporate and Commercial, S M Mitchell; and Manager Governance, D S Thoroughgood."
 * (New South Wales councils' officers): where semicolons part the people, each part is an office, a comma, and its
 * holder by initials and surname (or titled: "Mrs N Te Pohe", "Ms Carla Duffield"), whatever "and" the office holds.
 */
const OFFICE_COMMA_HOLDER =
  /^(\p{Lu}[^,;()]{2,80}),\s+((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?:\p{Lu}\.?\s+){1,3}(?:(?:Mc|Mac|O['’]|Te |De |Van )?\p{Lu}[\p{L}'’-]+)|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$/u;

export function officeCommaHolderEntries(list: string): string[] | null {
  if (!list.includes(';')) return null;
  const entries: string[] = [];
  for (const part of list.replace(/\.\s*$/, '').split(';').map((text) => text.trim().replace(LEADING_AND, ''))) {
    const match = OFFICE_COMMA_HOLDER.exec(part);
    if (!match || !OFFICE_WORDS.test(match[1])) return null;
    entries.push(`${match[2]} (${match[1].trim()})`);
  }
  return entries.length >= 2 ? entries : null;
}
