// Officers named after their office and with no title, as US and Australian minutes name those speaking.
import { NAME } from './speaker-titles';
import { SPEECH_VERBS } from './speech-verbs';

/**
 * "Planning Director Kim Sato presented", "Fire Chief Ortiz reported" (a chief named for what he leads: "Chief Executive"
 * is an office), "City Clerk Paulson read", "Resident Carla Mendes spoke": an office (or "Resident") before a name with no
 * title, then a speech verb: what US and Australian minutes print where British ones write "the Director of Planning".
 * Two offices one person holds are parted by a slash: "Public Works / Natural Resources Director Kessler presented".
 */
const OFFICE_BEFORE_NAME = String.raw`(?:(?:(?:\p{Lu}\p{Ll}+\s+){1,2}\/\s+)?(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Director|Manager|Officer|Planner|Engineer|Treasurer|Administrator|Superintendent|Clerk|Attorney|Resident)|(?:\p{Lu}\p{Ll}+\s+){1,2}Chief)`;
/** How OFFICE_BEFORE_NAME starts, in ASCII: a first test most lines fail fast, without Unicode classes. */
const OFFICE_BEFORE_NAME_START = /^(?:(?:(?:[A-Z][a-z]+ +){1,2}\/ +)?(?:[A-Z][a-z]+ +){0,2}(?:Director|Manager|Officer|Planner|Engineer|Treasurer|Administrator|Superintendent|Clerk|Attorney|Resident)|(?:[A-Z][a-z]+ +){1,2}Chief)\s/;
// "Resident Gail Fortier of Pleasant Street asked": where the resident lives may come between the name and the verb. An
// officer who "reviewed" a budget went through it for the meeting (a board that reviewed a memorandum read it).
const NAMED_OFFICER = new RegExp(String.raw`^(${OFFICE_BEFORE_NAME}\s+${NAME})(?:,?\s+of\s+(?:\p{Lu}[\p{L}'’-]*\s?){1,4},?)?\s+(?:${SPEECH_VERBS.join('|')}|reviewed)\b`, 'u');

/** The officer named after their office at a text's start, then a verb of speech, or null. */
export const namedOfficerOf = (text: string): string | null => (OFFICE_BEFORE_NAME_START.test(text) ? (NAMED_OFFICER.exec(text)?.[1] ?? null) : null);
