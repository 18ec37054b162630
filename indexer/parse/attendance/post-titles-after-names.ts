// "Dr Ann Hale Senate Assessor", "Mrs C Rowe NHSX Boardroom Apprentice", "Dr P. Kerr Medical Director and voting member",
// "Ms J Irwin [CEO]": boards of public bodies (university courts, NHS trusts, Northern Irish and Scottish boards) print a
// member's post after the name with no comma or bracket between them, or in square brackets. The post is told by its
// words: a run of words that posts are made of, ending in the noun that names the post.
import type { Attendee } from '../../../core/types';
import { PERSON_TITLE } from './person-words';
import { isAttendingBody } from './role-names';

/** The noun a post ends in: "… Assessor", "… Representative", "… Director and voting member". */
const POST_NOUN = new Set(
  [
    'assessor', 'representative', 'president', 'director', 'officer', 'member', 'secretary', 'manager', 'governor',
    'apprentice', 'principal', 'convener', 'convenor', 'clerk', 'treasurer', 'adviser', 'advisor', 'auditor', 'trustee',
    'registrar', 'observer', 'accountant', 'coordinator', 'co-ordinator', 'administrator', 'chancellor', 'vice-chancellor',
    'vice-principal', 'rector', 'executive', 'nurse', 'consultant', 'solicitor', 'lead',
  ],
);

/** Words a post is made of before its noun: its kind, its field, whom it stands for (and the post nouns themselves). */
const POST_WORD = new Set([
  ...POST_NOUN,
  'senate', 'general', 'council', 'co-opted', 'coopted', 'lay', 'independent', 'non-executive', 'employee', 'staff',
  'student', 'students', 'boardroom', 'medical', 'chief', 'deputy', 'assistant', 'vice', 'associate', 'finance',
  'financial', 'operating', 'nursing', 'clinical', 'public', 'elected', 'appointed', 'parent', 'foundation', 'local',
  'authority', 'partner', 'board', 'company', 'committee', 'programme', 'project', 'governance', 'corporate', 'nominated',
  'voting', 'non-voting', 'senior', 'university', 'court', 'union', 'trade', 'academic', 'executive', 'ex-officio',
  'and', 'of', '&',
]);

/** Words of a post between its first capital and its noun ("Medical Director and voting member"): lower case allowed. */
const MOST_POST_WORDS = 6;
/** An organisation's initials within a post: "SRC President", "GCC Assessor", "NHSX Boardroom Apprentice". */
const INITIALS = /^\p{Lu}{2,6}$/u;
/** A post in square brackets after the name: "Ms J Irwin [CEO]", "Mr G Kerr [Policy Director]". */
const SQUARE_BRACKET_POST = /^(.*?\S)\s*\[([^[\]]{2,60})\]$/u;

/** "Chancellor's Assessor", "Principal's Nominee": a post named for whose it is. */
const POSSESSIVE = /['’]s$/;
/** "A/Meetings Administrator" (acting), "Clerk/RFO": a post's word with a slash, no name's. */
const isPostWord = (word: string) =>
  POST_WORD.has(word.toLowerCase()) || INITIALS.test(word) || word.includes('/') || (POSSESSIVE.test(word) && POST_NOUN.has(word.slice(0, -2).toLowerCase()));

/**
 * A titled name with at least two words after its title ("Dr Ann Hale", "Mrs C Rowe"): what is left of an entry when
 * its post is taken off. With one word ("Mr Clerk") the word is the surname, not a post.
 */
function isTitledName(name: string): boolean {
  const title = PERSON_TITLE.exec(name);
  if (!title) return false;
  const rest = name.slice(title[0].length).trim().split(/\s+/).filter(Boolean);
  return rest.length >= 2 && rest.length <= 4 && rest.every((word) => /^\p{Lu}/u.test(word) && !isPostWord(word));
}

/** The chair's role, which a post after the name does not replace: who chaired the meeting says more. */
const CHAIRS = /^(?:Vice-|Deputy )?Chair$/;

/**
 * The attendee with a post printed after the name (words or square brackets) split off into its role, or null. A role
 * read already (an office before the name: "The Rector, Dr A Hale Senate Assessor") gives way to the post after the
 * name, the person's own, unless it is the chair's ("Mrs E Coutts Chancellor's Assessor (Convener)").
 */
export function withPostAfterName(attendee: Attendee): Attendee | null {
  const posted = postAfterName(attendee);
  if (posted === null || attendee.role === null) return posted;
  return CHAIRS.test(attendee.role) ? { ...posted, role: attendee.role } : posted;
}

/** "Mr D Fallows of the Highland Council": a member named with the body that appointed them (a joint board's apologies). */
const OF_BODY = /^(.+?)\s+of\s+(?:the\s+)?(\p{Lu}.+)$/u;

function postAfterName(attendee: Attendee): Attendee | null {
  const name = attendee.name;
  const ofBody = name.includes(' of ') ? OF_BODY.exec(name) : null;
  if (ofBody && isTitledName(ofBody[1]) && isAttendingBody(ofBody[2])) return { ...attendee, name: ofBody[1], role: ofBody[2] };
  if (name.endsWith(']')) {
    const bracketed = SQUARE_BRACKET_POST.exec(name);
    return bracketed ? { ...attendee, name: bracketed[1], role: bracketed[2].trim() } : null;
  }
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  if (words.length < 4 || !POST_NOUN.has(last.toLowerCase())) return null;
  let start = words.length - 1;
  while (start > 0 && words.length - start < MOST_POST_WORDS && isPostWord(words[start - 1])) start -= 1;
  // The post opens on a capital: "voting member" alone is not a post after a name.
  while (start < words.length - 1 && !/^\p{Lu}/u.test(words[start])) start += 1;
  if (!/^\p{Lu}/u.test(words[start])) return null;
  const person = words.slice(0, start).join(' ');
  return isTitledName(person) ? { ...attendee, name: person, role: words.slice(start).join(' ') } : null;
}
