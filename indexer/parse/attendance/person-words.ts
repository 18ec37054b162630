// The words lists of people are read by: the titles before a name, the offices people hold, the letters after a name,
// a name with no title. Shared by the readers of lists (attendee-lists.ts) and of every other shape of attendance.
import { FAITH_AND_PEER_TITLES, POST_NOMINALS } from '../speakers/speaker-titles';

/** Letters after a name, and acronyms that qualify a role ("Community Safety Manager, CSU"). */
export const HONOURS = new RegExp(`^(?:${POST_NOMINALS})\\b|^[A-Z&-]{2,6}$`);

/** A title before a person's name, at a text's start: "Cllr", "Mrs", "Dr", "The Revd", "PC", "Mayor" before a name. */
export const PERSON_TITLE = new RegExp(String.raw`^(?:Cllr|Councill?or|Cr|Councilmember|Council Member|Trustee|(?:County|District|Borough|Parish|Town|Ward)(?= Cllr| Councillor)|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|(?:The (?:Rt |Very |Most )?)?(?:Rev|Revd|Reverend)|(?:The )?Ven|Canon|${FAITH_AND_PEER_TITLES}|Hon|Bailie|Shri|Smt|Sri|Kumari|Sir|Dame|Lord|Lady|PC|PCSO|Sgt|Sergeant|Insp|Inspector|Supt|Superintendent|(?:Assistant|Deputy) Chief Constable(?=\s+[A-Z])|ACC|DCC|Chief|DCI|DI|DS|Alderman|(?:Y )?Cynghorydd|Cyngh?|(?:Deputy\s+)?Mayor(?=\s+[A-Z])|(?:Commissioner|Supervisor|Select(?:man|woman)|(?:Deputy\s+)?Reeve)(?=\s+[A-Z])|Deputy(?=\s+[A-Z]\.?\s))\b\.?`);

/** A word of an office someone holds: "Clerk", "Director", "Lay Member", "Cathaoirleach". */
export const OFFICE_WORDS =
  /\b(?:Clerk|RFO|Chair\w*|Mayor|Officer|Manager|Director|Dir(?=\.\s)|Holder|Leader|Head|Commissioner|Chief|Deputy|Assistant|Lead|Secretary|Treasurer|Solicitor|Counsel|Auditor|Surveyor|Harbou?r ?[Mm]aster|Accountant|Advis[eo]r|Executive|Controller|Engineer|Planner|Co-?ordinator|Minute Taker|Administrator|Attorney|Headteacher|Governor|President|Superintendent|Principal|(?:Independent|Lay|Executive|Non-Executive|Associate|Co-opted|Board|Cabinet) Member|Ward No\.? ?\d+|Cathaoirleach|Leas-Chathaoirleach|Convener|Provost|Procureur|Centenier|Vingtenier|Connétable|Bishop|Archdeacon|Registrar|Chancellor|Dean|Bursar|Rector|Warden|Librarian|Analyst|Technician|Specialist)\b/i;

/** A name with no title: two to four capitalised words ("Dean Pruitt"). */
export const UNTITLED_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** A surname's particles, in lower case within a name: "Sarah de Vries", "Jan van der Berg", "Rhys ap Gwilym", "Antoine du Hamel". */
export const NAME_PARTICLES = 'de|del|della|da|di|du|la|le|van|von|der|den|ter|ap|bin|al';

/** "and " or "& " before a list's last entry. */
export const LEADING_AND = /^(?:and|&)\s+/i;
