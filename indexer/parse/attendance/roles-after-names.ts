// "Mr G Haddon Chairman", "Graham Venables Chief Executive": a table of people printed to PDF whose name cell is full
// leaves a word's space between a name and its role, where other rows leave a column's gap; the role is told by its words.
import type { Attendee } from '../../../core/types';
import { PERSON_TITLE, UNTITLED_NAME } from './person-words';
import { CHIEF_OFFICE } from './offices';
import { normaliseRole } from './role-names';
import { withPostAfterName } from './post-titles-after-names';

/** Words a role after a name may run to: "Clerk to the Board", "Director of Resources". */
const MOST_ROLE_WORDS = 4;

/** "Director B. Ruiz", "Alternate Director F. Lund": a Canadian regional district's director, titled so before an initialled name. */
const DIRECTOR_NAME = /^(?:Alternate\s+)?Director\s+(?:[A-Z]\.\s*){1,3}\p{Lu}[\p{L}'’-]+$/u;

/** Whether `name` is a person's name alone: a title and a name, or two or three capitalised words. */
const isWholeName = (name: string) =>
  (PERSON_TITLE.test(name) && name.replace(PERSON_TITLE, '').trim().split(/\s+/).filter(Boolean).length >= 1) ||
  (UNTITLED_NAME.test(name) && name.split(/\s+/).length <= 3) ||
  DIRECTOR_NAME.test(name);

/**
 * "Electoral Area B", "City of Holloway", "District of Lantzville": the seat a regional district's director sits for
 * (an electoral area, or the member municipality that appointed them), printed after the name as a role is; and the
 * board's "Deputy Chairperson".
 */
const DIRECTORS_SEAT = /^(?:Deputy Chair(?:person|man|woman)?|Electoral Area [A-Z]{1,2}|(?:City|Town|District|Village|Municipality|County|Township) of(?: \p{Lu}[\p{L}'’.-]*){1,3})$/u;

/**
 * Whether `words` name an office with no separator needed: the chair's ("Chairman", "Vice-Chairman"), a chief
 * officer's ("Chief Executive"), a role another person of the same lists holds ("Committee member"), or a director's seat.
 */
/** "Prof. A. K. Sen Member", "Shri P. Lyngdoh Secretary": the board's own offices after a name, as Indian institutes' boards list them. */
const BOARD_OFFICE = /^(?:Member|Member[- ]Secretary|Secretary|Special Invitee|Invitee|Registrar|Treasurer)$/;

function isRole(words: string, rolesHeld: ReadonlySet<string>): boolean {
  if (rolesHeld.has(words.toLowerCase()) || DIRECTORS_SEAT.test(words) || BOARD_OFFICE.test(words)) return true;
  const normalised = normaliseRole(words);
  if (normalised !== words && (normalised === 'Chair' || normalised === 'Vice-Chair')) return true;
  return CHIEF_OFFICE.exec(words)?.[0] === words;
}

/** The attendee with the role its name ran into split off, or as it was. */
function withRoleSplit(attendee: Attendee, rolesHeld: ReadonlySet<string>): Attendee {
  const posted = withPostAfterName(attendee);
  if (posted) return posted;
  const words = attendee.name.split(/\s+/);
  for (let count = Math.min(MOST_ROLE_WORDS, words.length - 2); count >= 1; count -= 1) {
    const [name, role] = [words.slice(0, -count).join(' '), words.slice(-count).join(' ')];
    if (/^\p{Lu}/u.test(role) && isWholeName(name) && isRole(role, rolesHeld)) return { ...attendee, name, role: normaliseRole(role) };
  }
  return attendee;
}

/** The attendees with any role run into a name (and no role of its own) split off into its role. */
export function withRolesAfterNames(attendees: Attendee[]): Attendee[] {
  const rolesHeld = new Set(attendees.flatMap((attendee) => (attendee.role === null ? [] : [attendee.role.toLowerCase()])));
  return attendees.map((attendee) => (attendee.role === null ? withRoleSplit(attendee, rolesHeld) : (withPostAfterName(attendee) ?? attendee)));
}
