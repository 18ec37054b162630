// Attendance a clerk told in sentences rather than listed under a label, as small US boards, county commissions and
// Canadian councils write the roll call into the opening paragraph: "The following Commissioners were present: Goihl,
// Hall, Key.", "Members present were S. Arndt and R. Carstens. Absent was R. Nelson.", "Chair Perry and Commissioners
// Andrew and Power answered the roll. Commissioner Russell was absent.", "Commissioners met in regular session with
// Chairman Dan Dinning, Commissioner Wally Cossairt, …". Each sentence is read only when what it names is a list of
// names, so that "Members present were pleased with the plan." names nobody. A roll-call sentence opening the minutes
// ("Board members present were Trustee Elton, Trustee Hodge, and Supervisor Lind. Clerk Moss was also present.") is set
// as the labelled lists it says ("Present:", "Absent:", "Also present:") before the layout is read, so that the
// attendance rules read it as any list and it leaves the text; one further down is only read for its attendees.
import type { Attendee, AttendanceKind } from '../../../core/types';
import { attendeesFromList } from './attendee-lists';

/** One form of roll-call sentence: its pattern (the list in its first group) and the attendance it records. */
interface RollCallForm {
  pattern: RegExp;
  attendance: AttendanceKind;
}

/** Members named by what they are, before "present were" ("Commissioners present were …"); staff attend, no members. */
const MEMBERS = String.raw`(?:board\s+)?members|commissioners|directors|trustees|councillors|councilors|councilmembers|council\s+members|supervisors|selectmen|aldermen|senators|governors`;
const FORMS: readonly RollCallForm[] = [
  // "… to order at 9:45 a.m. with the following members present: Vice President Baker and Commissioners Aleshire, …".
  { pattern: /^(?:.*?\s)?the\s+following\s+(?:[a-z]+\s+){0,2}?(?:were\s+)?present(?:,?\s+to[- ]wit)?\s*:\s*(.+)$/i, attendance: 'present' },
  // "Board members in attendance were: A, B and C" (a society's board) as "Members present were A, B and C"; a conservation
  // district's "Other supervisors present were Warren and Dean." after the chairman who opened the meeting.
  { pattern: new RegExp(String.raw`^(?:other\s+)?(?:${MEMBERS})\s+(?:present|in\s+attendance)\s+(?:were|was|included)\s*:?\s+(.+)$`, 'i'), attendance: 'present' },
  // "ROLL CALL Mayor Ann Hale and Councilmembers Bo Reyes, Cy Lund, and Di Marsh.": the roll call's sentence is its list,
  // the chair first and the members after, with no verb (a Minnesota city council's).
  { pattern: new RegExp(String.raw`^(?:ROLL\s+CALL\s+)?((?:Mayor|Chair(?:man|woman|person)?|President)\s+\p{Lu}[^,]{1,40}?\s+and\s+(?:${MEMBERS})\s+\p{Lu}.+)$`, 'iu'), attendance: 'present' },
  // "ROLL CALL Members present were …": a heading in capitals run on before the sentence (its line breaks lost).
  { pattern: /^(?:.*?\s)?(?:[A-Z]{2,}\s+){1,4}(?:Members|Commissioners|Directors|Trustees|Councillors|Supervisors)\s+present\s+(?:were|was)\s+(.+)$/, attendance: 'present' },
  // "The meeting was attended by Cllrs A and B together with the clerk": the members, not who came with them.
  { pattern: /^(?:.*?\s)?(?:meeting|council)\s+was\s+attended\s+by\s+(.+?)(?:,?\s+(?:together|along)\s+with\s+.+)?$/i, attendance: 'present' },
  { pattern: /^(?:staff|officers|officials|others)\s+present\s+(?:were|was|included)\s+(.+)$/i, attendance: 'in attendance' },
  // "Present were board members A, B, and C, and Chief Finn.", "Those in attendance were Pastor Deb, Phyllis and Al." (a
  // fire district's, a church council's): the members named by what they are before the list, or "those" before it.
  // "Those present were Commissioners Jim Deuel, Gordon Ball and Roger Anderson." (a fire district's): what they are, then the list.
  { pattern: new RegExp(String.raw`^(?:.*?\s)?(?=those\s)those\s+(?:in\s+attendance|present)\s+were\s+(?:(?:the\s+)?(?:${MEMBERS})\s+(?=\p{Lu}))?(.+)$`, 'iu'), attendance: 'present' },
  { pattern: new RegExp(String.raw`^(?:present|in\s+attendance)\s+(?:at\s+the\s+meeting\s+)?(?:were|was)\s+(?:(?:the\s+)?(?:${MEMBERS})\s+(?=\p{Lu}))?(.+)$`, 'iu'), attendance: 'present' },
  { pattern: /^also\s+(?:present|in\s+attendance|attending)\s+(?:were|was)\s+(.+)$/i, attendance: 'in attendance' },
  { pattern: /^(.+?),?\s+answered\s+(?:the\s+)?roll(?:\s+call)?$/i, attendance: 'present' },
  // "… met in regular session on March 7, 2017, with Commissioner A, …, and C, Clerk of the Board present.": a date between.
  { pattern: /^(?:.*?\s)?met\s+in\s+(?:regular|special|adjourned|emergency)\s+session(?:\s+on\s+[^,]{3,30},\s+\d{4},?)?\s+with\s+(.+?)(?:,?\s+present)?$/i, attendance: 'present' },
  { pattern: /^(?:.*?\s)?(?:called\s+to\s+order|convened|opened)\b[^,]{0,60}?\s+with\s+(.+?)\s+(?:in\s+attendance|present|attending)$/i, attendance: 'present' }, // "… called to order at 7:46pm with Hal Ames, Jo Reyes, and Eric Lund in attendance." (a homeowners' board)
  // "Absent was Rich Lopez (excused).": the note in brackets says why, no part of the name.
  { pattern: /^absent\s+(?:was|were)\s+(.+?)(?:\s*\((?:excused|unexcused|with\s+notice)\))?$/i, attendance: 'absent' },
  // "Deputy Mayor Cliff Evanitski was absent.", "Commissioner Russell was absent due to work.", "… was excused."
  { pattern: /^(.+?)\s+(?:was|were)\s+(?:absent|excused)\b.*$/i, attendance: 'absent' },
  { pattern: /^(.+?)\s+(?:was|were)\s+also\s+(?:present|in\s+attendance)$/i, attendance: 'in attendance' },
  // "Gretchen Diefenderfer also attended the meeting."
  { pattern: /^(.+?)\s+also\s+attended(?:\s+the\s+meeting)?$/i, attendance: 'in attendance' },
];

/**
 * Where one sentence ends and the next begins: a full stop after a word or number of two characters or more in lower
 * case (not an initial, "S. Arndt", nor a title, "Mr. Hale"), or after "a.m."/"p.m." (or "7:07 PM."), a bracket's "(excused).", or a
 * word in capitals ("Alan Gould, MRI."), then a capital.
 */
const SENTENCE_BREAK = /(?<=[\p{Ll}\d]{2}(?<!\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Com|Chr|Clk|Capt|Sgt|Rev|Hon|Prof|vs|etc|approx|No))\.|\b[ap]\.m\.|\d\s?[AP]M\.|\)\.|\b\p{Lu}{3,5}\.)\s+(?=\p{Lu})/u;

/** Words in lower case a name may hold: "Maria de la Cruz", "Jan van der Berg". */
export const NAME_PARTICLE = /^(?:of|de|del|della|da|di|du|la|le|van|von|der|den|y|bin|al)$/;

/** A sentence's subject that names nobody: "The Chairman was absent", "All members were present", "No one was absent". */
const NO_NAME = /^(?:The|A|An|All|No|None|It|This|There|He|She|They|Everyone|Nobody|Several|Some|Both)\b/;

/** Whether every part of `list` (parted by commas and "and") is a name, titled or not, or an office after one ("Clerk of the Board"): capitalised words, initials, particles; two offices one person holds parted by a slash ("City Engineer / Inspections Director Poppler"). */
function isListOfNames(list: string): boolean {
  if (list.length > 600 || /\d/.test(list) || NO_NAME.test(list)) return false;
  const parts = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => part.length <= 60 && /^\p{Lu}/u.test(part) && part.replace(/ (?:of|to) the /g, ' of ').replace(/ \/ (?=\p{Lu})/gu, '/').split(/\s+/).every((word) => /^[\p{Lu}'’]/u.test(word) || NAME_PARTICLE.test(word)));
}

/** "…, and residents Lisa Ames and Bo Kent": the people a list ends with, named by what they are in lower case. */
const GROUP_BEFORE_NAMES = /(,?\s+(?:and\s+)?)(residents?|homeowners?|owners?|guests?|visitors?)\s+(?=\p{Lu})/u;

/**
 * "…, and residents Lisa Ames and Bo Kent" → "…, and Lisa Ames (Resident) and Bo Kent (Resident)": the group's word is
 * the role of each name after it, to the list's end (an HOA's minutes name the owners who came after the board's officers).
 */
function withGroupWordAsRoles(list: string): string {
  const group = list.includes('s ') ? GROUP_BEFORE_NAMES.exec(list) : null;
  if (group === null) return withOfficesAfterNames(list);
  const role = `${group[2][0].toUpperCase()}${group[2].slice(1).replace(/s$/, '')}`;
  const names = list.slice(group.index + group[0].length).split(/(\s*,\s*(?:and\s+)?|\s+and\s+)/);
  return `${withOfficesAfterNames(list.slice(0, group.index))}${group[1]}${names.map((part, index) => (index % 2 === 0 ? `${part} (${role})` : part)).join('')}`;
}

/** "Roads Committee Co-Chair Dee Marsh", "FireWise Representative Al Kent": a committee's office, then its holder's name. */
const COMMITTEE_OFFICE_THEN_NAME = /^((?:\p{Lu}[\p{L}-]*\s+(?:(?:and|&)\s+)?){1,5}(?:Co-|Vice[- ])?(?:Chair(?:man|woman|person)?|Representative|Liaison|Coordinator))\s+(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)$/u;

/**
 * "Roads Committee Chair Dee Marsh, Horse and Corral Committee Co-Chair Bo Kent" → "Dee Marsh (Roads Committee Chair),
 * Bo Kent (Horse and Corral Committee Co-Chair)": each person named after their office, as the attendance rules read
 * a name and its role (the office's own "and" then parts no one).
 */
function withOfficesAfterNames(list: string): string {
  if (!list.includes('Chair') && !list.includes('Representative') && !list.includes('Liaison') && !list.includes('Coordinator')) return list;
  return list
    .split(/(,\s*)/)
    .map((part) => {
      const match = COMMITTEE_OFFICE_THEN_NAME.exec(part);
      return match ? `${match[2]} (${match[1]})` : part;
    })
    .join('');
}

/**
 * "Chairman Dan Dinning, Commissioner Wally Cossairt, Clerk Glenda Poston, and Deputy Clerk Michelle Rohrwasser": each
 * part an office and a name, parted by semicolons, so that no part is read as the office of the name before it.
 */
function withTitledNamesApart(list: string): string {
  // "Alan Gould, MRI": the firm's initials after a name, no name of their own.
  const parts = list.replace(FIRM_INITIALS, ' ($1)').split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  return parts.length >= 3 && parts.every((part) => / /.test(part)) ? parts.join('; ') : list;
}
const FIRM_INITIALS = /,\s*(\p{Lu}{2,5})(?=\s*,|$)/gu;

/** How much of an item's text is read for its roll call: it opens the minutes, and the rest is the meeting's business. */
const ROLL_CALL_REACH = 2000;

/** Words one of the sentences holds, tried before splitting a text into sentences. */
const ROLL_CALL_WORD = /present|attendance|attended\s+by|roll|absent|excused|session\s+with/i;

/**
 * "Reeve Derreck Kolla, Councillors Hal Diederichs and Don Gabel along with CAO Joan Corneil": a Saskatchewan municipality's
 * roll call names its council, then "along with" the staff who attended.
 */
const ALONG_WITH = /,?\s+along\s+with\s+(?:the\s+)?(?=\p{Lu})/u;

/** ", Jr.", ", Sr.", ", III" after a name. */
const NAME_SUFFIX = /,\s+(Jr|Sr|II|III|IV)\.?(?=,|\s|$)/g;

/** The people one sentence's list names: the members with the sentence's attendance, and any staff "along with" them in attendance. */
function attendeesOfList(list: string, attendance: AttendanceKind): Attendee[] | null {
  const along = list.includes(' along with ') ? ALONG_WITH.exec(list) : null;
  // "Robert S. Donovan, Jr., James L. Doggett": a name's suffix after its comma, no name of its own.
  const members = (along ? list.slice(0, along.index) : list).replace(NAME_SUFFIX, ' $1');
  const staff = along ? list.slice(along.index + along[0].length) : '';
  if (!isListOfNames(members) || (staff !== '' && !isListOfNames(staff))) return null;
  return [...attendeesFromList(withTitledNamesApart(members), attendance), ...(staff === '' ? [] : attendeesFromList(staff, 'in attendance'))];
}

/** The people a text's roll-call sentences name, with the attendance each sentence records. */
export function attendeesFromRollCallSentences(text: string): Attendee[] {
  const opening = text.length > ROLL_CALL_REACH ? text.slice(0, ROLL_CALL_REACH) : text;
  if (!ROLL_CALL_WORD.test(opening)) return [];
  return opening.split(SENTENCE_BREAK).flatMap((sentence) => {
    const words = sentence.trim().replace(/[.;]$/, '');
    for (const { pattern, attendance } of FORMS) {
      const list = pattern.exec(words)?.[1].trim().replace(/,$/, '');
      const attendees = list === undefined ? null : attendeesOfList(list, attendance);
      if (attendees) return attendees;
    }
    return [];
  });
}

/**
 * "was excused.", "were also present.": the roll call's words straight after a name, ending its sentence, which record
 * attendance, not speech ("was present at the meeting to give an update" goes on to what they did).
 */
const ATTENDANCE_VERB = /^,?\s+(?:was|were)\s+(?:also\s+)?(?:absent|excused|present|not\s+present|in\s+attendance)(?=\s*(?:[.;,(]|$|due\b|because\b))/;

/** Whether the paragraph says only that `speaker`, named at its start, attended or not: "Commissioner Dahl was excused." */
export function recordsAttendance(text: string, speaker: string): boolean {
  return text.startsWith(speaker) && ATTENDANCE_VERB.test(text.slice(speaker.length));
}

/** "Board members present were", "The trustees present were:", "Members present included": the members, then the list. */
const MEMBERS_PRESENT_WERE = new RegExp(String.raw`^(?:The\s+)?(?:(?:Council|Commission|Committee)\s+)?(?:${MEMBERS})\s+present\s+(?:were|included)\s*:?\s+(?=\p{Lu})`, 'iu');
/** "Roll Call was as follows:" before a list its sentence ends with "were present". */
const ROLL_CALL_OPENING = /^Roll\s+call\s+was\s+as\s+follows\s*:\s*/i;
/** "… Trustee Sterdivant were present", "Members Daniel, Braden and Cate were in attendance": the list, then what it says of them. */
const LIST_THEN_PRESENT = /^(?:(?:Board\s+|Council\s+)?Members\s+(?=\p{Lu}))?(\p{Lu}.*?)\s+were\s+(?:all\s+)?(?:present|in\s+attendance)$/u;
/** "Clerk Moss was also present", "City Attorney Bill Kabeiseman was also present": one more person, not a member. */
const ALSO_PRESENT = /^(\p{Lu}.*?)\s+(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)$/u;
/** "Trustee Piacentini Absent", "Trustee Sterdivant (Excused Absent)": a member named in the list who was not there. */
const MARKED_ABSENT = /\s*(?:\((?:excused\s+)?absent\)|\b(?:excused\s+)?absent)$/i;
/** "Present were Board members Ann Lee, Bo Ray, and Cy Hart.": the label's words, then an HOA's board, read as "Board members present were …" is. */
const PRESENT_WERE_MEMBERS = new RegExp(String.raw`^Present\s+were\s+(?:the\s+)?(?:(?:${MEMBERS})\s+)?(?=\p{Lu})`, 'iu');
/** "Also present were Clerk Moss and Dan Reed": the people who attended beside the members, in the next sentence. */
const ALSO_PRESENT_WERE = /^Also\s+(?:present|in\s+attendance)\s+(?:were|was)\s+(\p{Lu}.*)$/u;
/** A sentence's end: a full stop after a word (not an initial's), then a capital. */
const SENTENCE_END = /(?<=\p{Ll}{2}|\))\.\s+(?=\p{Lu})/u;
/**
 * "Present:" over the rest of a list wrapped onto an indented line, the whole a sentence ending "were present."; a
 * library board's "ATTENDING: Ann Lee, Bo Ray and Cy Hart were present.", its label before the sentence, no name.
 */
const PRESENT_LABEL = /^\s*(?:Present|Attending|Attendance|In\s+attendance)\s*:\s*/i;

/** The labelled lines a roll-call sentence says, or null when the line holds none. */
function labelledRollCall(line: string): string[] | null {
  // A line ending in its full stop holds its last sentence whole; one wrapped on (a printed page's) may break off its list.
  const ended = line.trimEnd().endsWith('.');
  const text = line.trim().replace(/\.$/, '');
  // The first sentence is read before the rest is split: a document run onto one line is all sentences.
  const firstEnd = SENTENCE_END.exec(text);
  const first = firstEnd ? text.slice(0, firstEnd.index) : text;
  const opening = MEMBERS_PRESENT_WERE.exec(first) ?? (first.startsWith('Present were') ? PRESENT_WERE_MEMBERS.exec(first) : null);
  const listed = opening ? first.slice(opening[0].length) : LIST_THEN_PRESENT.exec(first.replace(ROLL_CALL_OPENING, '').replace(PRESENT_LABEL, ''))?.[1];
  if (listed === undefined) return null;
  const entries = listed.split(/,\s*(?:and\s+)?(?=\p{Lu})|\s+and\s+(?=\p{Lu})/u);
  // No entry may open as a sentence does ("A quorum", "The Clerk"): a list this rewrite misreads would lose its text.
  if (entries.length < 2 || entries.some((entry) => NO_NAME.test(entry)) || !isListOfNames(entries.map((entry) => entry.replace(MARKED_ABSENT, '')).join(', '))) return null;
  const absent = entries.filter((entry) => MARKED_ABSENT.test(entry)).map((entry) => entry.replace(MARKED_ABSENT, ''));
  const present = entries.filter((entry) => !MARKED_ABSENT.test(entry));
  const labelled = [`Present: ${present.join(', ')}`];
  if (absent.length > 0) labelled.push(`Absent: ${absent.join(', ')}`);
  const others: string[] = [];
  const rest = firstEnd ? text.slice(firstEnd.index + firstEnd[0].length).split(SENTENCE_END) : [];
  for (const sentence of rest) {
    const also = ALSO_PRESENT.exec(sentence.trim()) ?? (ended || sentence !== rest[rest.length - 1] ? ALSO_PRESENT_WERE.exec(sentence.trim()) : null);
    const alsoListed = also ? withGroupWordAsRoles(also[1]) : '';
    // The roles set in brackets after names ("Dee Marsh (Roads Committee Chair)") are this rule's own, no part of a name.
    if (also && others.length === 0 && isListOfNames(alsoListed.replace(/\s\([^()]*\)/g, ''))) labelled.push(`Also present: ${alsoListed}`);
    else others.push(sentence.trim());
  }
  return others.length > 0 ? [...labelled, '', `${others.join('. ')}.`] : labelled;
}

/**
 * How far down a document a roll-call sentence is looked for: the roll call opens the minutes, and further down "Mr Hale
 * and Mrs Kent were present" is the discussion's text, kept as it is.
 */
const ROLL_CALL_LINES = 60;

/** Whether a line may hold a roll-call sentence: the cheap test first, as every line is tried. */
const mayHoldRollCall = (line: string) => line.includes(' present') || line.includes(' attendance');

/** How many lines a roll-call sentence wrapped over is read across. */
const MOST_WRAPPED_LINES = 6;

/**
 * A roll-call sentence a printed page wrapped onto the lines under it: its lines joined up to the one ending in its full
 * stop, when the line opens as one ("Present were …", "Attending: …") or the joined text says "were present" or "were in
 * attendance"; null otherwise (most lines are let go by their last character or the next line being blank).
 */
function sentenceWrappedOn(lines: string[], index: number): { text: string; taken: number } | null {
  const line = lines[index];
  // A line holding another label ("APOLOGIES: A, B The Clerk … were in" over "attendance.") is a list, then prose: no roll call.
  if (line.trimEnd().endsWith('.') || isBlankLine(lines[index + 1]) || (line.includes(':') && !PRESENT_LABEL.test(line))) return null;
  let end = index + 1;
  while (end < lines.length && end - index < MOST_WRAPPED_LINES && !isBlankLine(lines[end]) && !lines[end].trimEnd().endsWith('.')) end += 1;
  if (end >= lines.length || isBlankLine(lines[end]) || end - index >= MOST_WRAPPED_LINES) return null;
  const text = lines.slice(index, end + 1).map((part) => part.trim()).join(' ');
  const opens = line.trimStart().startsWith('Present were') || PRESENT_LABEL.test(line);
  return opens || text.includes(' were present') || text.includes(' were in attendance') ? { text: text.replace(/^#{1,6}\s+/, ''), taken: end - index + 1 } : null;
}

/**
 * "ROLL CALL – Roy Allen and Bruce Savage": a fire district's roll call, its heading in capitals, a dash, and the
 * members who answered it, two names or more (capitalised words) parted by commas or "and"; set as "Present:" and them.
 */
const ROLL_CALL_DASH_NAMES = /^ROLL\s+CALL\s+[–—-]\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)+)\.?$/u;

/** Whether `labelled`, read from `line`, ends in its last sentence, one the line's end breaks off ("Also present were C,"). */
const endsInWrappedSentence = (line: string, labelled: string[]) => !line.trimEnd().endsWith('.') && /^Also\s+(?:present|in\s+attendance)\b/i.test(labelled[labelled.length - 1]);

/** Whether a line is missing or holds only white space. */
const isBlankLine = (line: string | undefined) => line === undefined || line.trim() === '';

/**
 * `lines` with each roll-call sentence set as the labelled lists it says; the same array when none holds one. A
 * "Present:" line whose list wraps onto indented lines and ends "… were present." is read whole.
 */
export function withRollCallSentencesAsLists(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    if (index >= ROLL_CALL_LINES) {
      result?.push(...lines.slice(index));
      break;
    }
    let line = lines[index];
    let taken = 1;
    // "Present: Mayor Ann Hale, Councilors Bo Reyes," / "    Di Marsh, and Al Kent were present. …": the label's list, wrapped.
    if (PRESENT_LABEL.test(line) && !mayHoldRollCall(line.replace(PRESENT_LABEL, ' ')) && /^\s+\S/.test(lines[index + 1] ?? '') && (lines[index + 1].includes(' were present') || lines[index + 1].includes(' were in attendance'))) {
      line = `${line.trimEnd()} ${lines[index + 1].trim()}`;
      taken = 2;
    }
    const dashed = line.startsWith('ROLL CALL') ? ROLL_CALL_DASH_NAMES.exec(line.trim()) : null;
    let labelled = dashed ? [`Present: ${dashed[1]}`] : mayHoldRollCall(line) ? labelledRollCall(line.replace(/^#{1,6}\s+/, '')) : null;
    // "Present were Board members A, B," / "C, and D." and "A, B, C and" / "D were in attendance.": the sentence wrapped.
    // "Present were A and B. Also present were C," / "D and E.": the next sentence wrapped, not the roll call's own.
    const wrapped = labelled === null || endsInWrappedSentence(line, labelled) ? sentenceWrappedOn(lines, index) : null;
    if (wrapped) [labelled, taken] = [labelledRollCall(wrapped.text), wrapped.taken];
    // "Clerk Moss was also present." wrapped onto the next line at the sentence's end (a printed page's line).
    const alsoPresent = labelled && labelled[labelled.length - 2] !== '' ? ALSO_PRESENT.exec((lines[index + taken] ?? '').trim().replace(/\.$/, '')) : null;
    if (labelled && alsoPresent) {
      labelled.push(`Also present: ${alsoPresent[1]}`);
      taken += 1;
    }
    if (labelled) {
      result ??= lines.slice(0, index);
      result.push(...labelled);
      index += taken - 1;
    } else result?.push(lines[index]);
  }
  return result ?? lines;
}
