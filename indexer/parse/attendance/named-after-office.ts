// People a list names after their offices, "Mayor Heather Kibbey, Council President Arne Nyberg and Councilors …" (as
// US city councils list their members): the office before each name is that person's, not an office of the one before.
import { PERSON_TITLE } from './person-words';
import { OFFICE_BEFORE_NAME } from './offices';

/** "Mr", "Dr. ": a courtesy title, which names a person and holds no office ("Mr Wes Carmody, Director City Infrastructure"). */
const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s/;
/** "Council President Arne Nyberg", "Vice Mayor Bob Hart", "City Manager Dean Pruitt": an office's last word, then a forename and a surname. */
const OFFICE_THEN_NAME =
  /\b(?:President|Mayor|Chair(?:man|woman|person)?|Manager|Clerk|Director|Attorney|Administrator|Recorder|Treasurer|Secretary|Engineer|Planner|Commissioner|Supervisor|Trustee|Member|Officer)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+$/u;

/**
 * Whether `part`, after `previous` in a list, is another person named after their office: where the list names its
 * people so (`previous` opens with an office, not a courtesy title), an office followed by a name is that name's.
 */
export function isNamedAfterOffice(part: string, previous: string): boolean {
  return OFFICE_THEN_NAME.test(part.trim()) && ((PERSON_TITLE.test(previous) && !COURTESY_TITLE.test(previous)) || OFFICE_BEFORE_NAME.test(previous));
}
