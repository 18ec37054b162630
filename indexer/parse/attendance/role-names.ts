// The roles minutes print after a person's name, as the attendance records keep them: "Chairman" and "(in the Chair)"
// as "Chair" (a drainage board's "(Ch)" too), the vice-chair's titles as "Vice-Chair" ("(VCh)"), other offices as printed.
import { TITLE } from '../speakers/speaker-titles';
import { titleCaseHeading } from '../header/meeting-fields';
import { substituteNamed } from './substitutes';
import { OFFICE_WORDS } from './person-words';

export const ROLE_NAMES: ReadonlyArray<{ pattern: RegExp; role: string }> = [
  { pattern: /^(?:in the )?vice[- ]?chair(?:man|woman|person)?$|^leas-ch?athaoirleach$|^(?:vice|depute)[- ]?convener$|^V\.?Ch\.?$/i, role: 'Vice-Chair' },
  { pattern: /^(?:in the |(?:committee|panel|board) )?chair(?:man|woman|person)?(?: of the (?:meeting|committee|council|panel|parish meeting|town meeting))?$|^presiding(?: member| officer)?$|^mayor$|^cathaoirleach$|^convener$|^provost$|^Ch\.?$/i, role: 'Chair' },
];

/** "Director of Assets, for minute B25/46", "Planning Officer for items 5 and 6": the items someone attended for, no part of the office. */
const FOR_ITEMS = /,?\s+(?:for|during)\s+(?:(?:agenda\s+)?items?|minutes?)\s+[\w/.]+(?:(?:,\s*|\s+(?:and|to)\s+)[\w/.]+)*$/i;

/**
 * "Clerk L D Chall due to illness", "Cllr Hale owing to work commitments", "Cllr T Kekana – tendered apology for absence"
 * (South African councils): why someone sent apologies, or that they did, after the name.
 */
const REASON_AFTER_NAME = /\s+(?:due|owing)\s+to\s+\S.*$|\s*[–—-]\s*(?:[Tt]endered|[Ss]ent|[Ss]ubmitted|[Gg]ave)\s+(?:an?\s+)?(?:apolog(?:y|ies)|leave\s+of\s+absence)\b.*$/;
export const withoutReason = (entry: string): string => entry.replace(REASON_AFTER_NAME, '');

/**
 * "Cllr Okafor (Chair) for items 1 to 4": an entry without the items its person attended (or chaired) for, nor the
 * reason given for an absence.
 */
export const withoutItemsAttended = (entry: string): string => withoutReason(/\d$/.test(entry) ? entry.replace(FOR_ITEMS, '') : entry);

/**
 * "substitute for Cllr L Green", "substituting for Councillor Hope", "Sub for Cllr Hay": however printed, one role,
 * "Substitute for …", so that a search of roles finds every substitute, and whom each sat for is kept.
 */
const SUBSTITUTE = /^(?:sub(?:stitute|stituting)?|sub\.)(?:\s+member)?(?=\s+for\s|$)/i;
/** "Cllr K Moss (for Cllr P Lane)": a member listed for another, titled, member sits as their substitute. */
const FOR_MEMBER = new RegExp(String.raw`^for\s+(?=(?:${TITLE})\.?\s+\p{Lu})`, 'u');

/**
 * Indian universities' councils list each member as "Name, Designation Place": the designation, then the member's place
 * on the council with no comma before it ("Director Chairman", "Head, Dept. of Civil Engg. Member"). The place is the
 * role where it is the chair's (after an office: "Ashdown Chairman" is a surname and the chair's office); a member's
 * role is the designation ("Registrar Secretary" is read as printed: a "Recording Secretary" is one office).
 */
const DESIGNATION_THEN_CHAIR = /^(?:Director|Principal|Dean|Registrar|Vice-Chancellor|Chancellor|President|Rector|Provost|Commissioner|Collector)\s+(?:Chairman|Chairperson)$/;
const DESIGNATION_THEN_MEMBER = /^(\p{Lu}[^,]*,\s.*?\S)\s+(?:Member|Invitee)$/u;

function withPlaceOnCouncil(role: string): string {
  if (DESIGNATION_THEN_CHAIR.test(role)) return 'Chair';
  return DESIGNATION_THEN_MEMBER.exec(role)?.[1] ?? role;
}

/**
 * "Cadeirydd y Pwyllgor / Committee Chair": an office in another language before its English, which is kept, as is the
 * chair's office after another ("Municipal Vice Mayor / Presiding Officer"); not two offices of one person ("Clerk /
 * RFO") nor an office and its field ("Scrum Master / Coordination"), kept as printed.
 */
const TRANSLATED_OFFICE = /^([^/]{1,40})\s\/\s*(?=(.*))/;

/**
 * A printed office as a role: a leader's dashes or dots before it ("- - - - City Vice-Mayor", a roll's wrapped line) gone,
 * "Chairman" → "Chair", "the Clerk" → "Clerk", a substitute as "Substitute"; other offices kept as printed.
 */
export function normaliseRole(printed: string): string {
  const role = withPlaceOnCouncil(printed.trim())
    .replace(/^(?:[-–.·]\s*){2,}/, '').replace(TRANSLATED_OFFICE, (found, before: string, after: string) => (ROLE_NAMES.some(({ pattern }) => pattern.test(after.trim())) || (OFFICE_WORDS.test(after) && !OFFICE_WORDS.test(before)) ? '' : found)).replace(/\s+/g, ' ').replace(/^(?:the|as)\s+/i, '').replace(FOR_ITEMS, '').replace(/[.,;:]+$/, '').trim()
    .replace(/\s*\(\d{1,2}\)$/, '').replace(SUBSTITUTE, 'Substitute').replace(FOR_MEMBER, 'Substitute for ');
  // "Independent Member (Chair)": the office held at this meeting, in brackets after the member's standing one.
  const chairing = role.endsWith(')') ? /\(([^()]+)\)$/.exec(role) : null;
  const named = chairing ? ROLE_NAMES.find(({ pattern }) => pattern.test(chairing[1].trim())) : undefined;
  // "Vicar, Chair": the standing office, then the chair held at this meeting.
  const chairedAfterComma = role.includes(', ') ? ROLE_NAMES.find(({ pattern }) => pattern.test(role.slice(role.lastIndexOf(', ') + 2))) : undefined;
  return named?.role ?? chairedAfterComma?.role ?? ROLE_NAMES.find(({ pattern }) => pattern.test(role))?.role ?? withCapitalsCased(role);
}

/**
 * "CLERK", "TOWN CLERK" (a label in capitals, "CLERK: Mr G Tolley"): an office printed in capitals, named by an office's
 * word, cased as offices are kept; "NEMRC" (a firm's initials, where an office would be) as printed.
 */
const OFFICE_IN_CAPITALS = /^(?:[A-Z'’-]+\s+)*(?:CLERK|SECRETARY|TREASURER|OFFICER|DIRECTOR|MANAGER|EXECUTIVE|ADMINISTRATOR|ASSISTANT|ADVISER|ADVISOR|ENGINEER|SOLICITOR|COUNCILLOR)S?(?:\s+[A-Z'’-]+)*$/;
const withCapitalsCased = (role: string) => (OFFICE_IN_CAPITALS.test(role) ? titleCaseHeading(role) : role);

/**
 * "(electronic)", "(remote)", "(via Teams)", "(for minute 1408)", "(from 7.15 pm)", "(From 2.25pm, Item 8.1)", "(at 19:20)", "(7.08pm)" (Northern Irish councils
 * print the time a member joined), a Newfoundland town council's "(Arrived Late)", "(by Remote Attendance)", "(remote – phone)" and
 * "(Leave of Absence)": how or for what part of the meeting someone attended, printed where an office would be; no office.
 */
const ATTENDANCE_NOTE =
  /^(?:(?:arrived|came|joined|left|departed)\s+(?:late|early)|late\s+arrival|(?:by\s+|via\s+)?remote\s+(?:attendance|participation)|(?:on\s+)?leave\s+of\s+absence|remote\s*[–—-]\s*(?:phone|telephone|video|zoom)|electronic(?:ally)?|remote(?:ly)?|virtual(?:ly)?|online|in person|by (?:video|phone|telephone|video link)|(?:via|by) (?:zoom|teams|microsoft teams|video(?: link)?|phone|telephone|audio[ /-]?visual(?: link)?|video ?conference)|(?:for|during) (?:(?:agenda )?items?|minutes?) [\w/.]+(?:(?:,\s*|\s+(?:and|to)\s+)[\w/.]+)*|(?:(?:from|until|arrived at|left at|joined at) )?\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?:,?\s+(?:during\s+)?items?\s+[\w.]+)?|(?:from|until|at|arrived(?: at)?|left(?: at)?|joined(?: at)?) \d{1,2}(?:[.:]\s?\d{2})?)$/i;

// "Ms A Hale (1)": a footnote's number, the note under the list saying for which items the member was there.
export const isAttendanceNote = (role: string): boolean => ATTENDANCE_NOTE.test(role.trim()) || /^\d{1,2}$/.test(role.trim()) || substituteNamed(role) !== null || sentApologies(role);

/**
 * "Cllr B Dee (apologies)", "A Athwall (Apologies)": a name in a list of those present, marked where an office would be
 * as having sent apologies (a council's full list of members, each marked). They were not there.
 */
export const sentApologies = (role: string): boolean => /^apolog(?:y|ies)(?:\s+(?:received|given|sent|tendered))?$/i.test(role.trim());

/**
 * An electoral area or a member municipality, as a regional district's board (British Columbia) lists after each director
 * the place they sit for: "Electoral Area C", "City of Castleford", "Village of Lowry Creek". No person is so named.
 */
export const REPRESENTED_PLACE = /^(?:Electoral Area \p{Lu}{1,2}|(?:City|Town|Village|District|Municipality|Township|County|Resort Municipality) of \p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u;

/**
 * A firm or a department, named by the word its name ends with: "Keystone Property Management", "Highways Department",
 * "Law & Administration Service" (a Scottish council's).
 */
export const EMPLOYER = /^(?:(?:\p{Lu}[\p{L}&'’.-]*|&|and)\s+){0,4}(?:Management|Department|Directorate|Division|Ltd|Limited|Inc|LLC|Company|Services?|Agency|Partnership|Consultants|Associates)\.?$/u;

/**
 * A public body someone attends for, named by the words its name ends with: "Police Scotland", "Norfolk Constabulary",
 * "Aberdeenshire Council", "Herts Police Authority", "NHS England". After a titled name and a comma ("Sergeant B Gray,
 * Police Scotland") it is whom that person is with, as a firm or a department (EMPLOYER) is, not a person of its own.
 */
const ATTENDING_BODY = /^(?:(?:\p{Lu}[\p{L}&'’.-]*|&|and|of)\s+){0,5}(?:Police(?:\s+Scotland)?|Constabulary|Council|Authority|Trust)$|^NHS(?:\s+\p{Lu}[\p{L}'’-]*){1,3}$/u;

export function isAttendingBody(text: string): boolean {
  return EMPLOYER.test(text) || ATTENDING_BODY.test(text);
}
