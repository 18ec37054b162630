// Lines of an attendance block that list one more person: a titled name, an office and its holder, or capitalised words
// that read as a name and not as a sentence, a verbatim record's turn or the heading of the first item.
import { officeCommaNamePairs } from './offices-with-holders';
import { withDashedOfficeRunsApart } from './dashed-office-runs';
import { endsInMinuteReference } from '../items/minute-references';
import { startsItemSequence } from '../items/item-numbers';
import { OFFICE_BEFORE_NAME } from './offices';
import { isOfficeThenHolderLine } from './offices-before-holders';
import { isHeadingUnderTitled } from './heading-under-list';
import { PUBLIC_LINE } from './one-line-people';
import { titleCaseHeading } from '../header/meeting-fields';
import { keyedPerson, listsKeyedNames } from './initials-keys';
import { attendanceLabelOf, listsCouncillors } from './attendance-labels';
import { contentEndsWithOneOf, isBlank } from '../patterns';
import { PAST_SPEECH_VERBS } from '../speakers/speech-verbs';
import { NAME_PARTICLES } from './person-words';
import { HANDLE_BULLET } from './handles';

/** "Administrator – Mia Rowe", "Councillors – A, B" (a prairie RM's roll): an office or members' label before a dash, no wrapped line's words. */
export const DASHED_LABEL = /^(?:\p{Lu}[\p{L}'’]*\s+)?(?:Administrator|Councillors?|Members|Reeve|Deputy Reeve|Mayor|Clerk|Secretary|Treasurer|Staff|Regrets)\s+[–—-]\s+\p{Lu}/u;
/** "The Hon. Dame Ellen Barker (Chancellor)": Australian and Canadian minutes give a judge's or a minister's style with its article. */
export const PERSON_START = /^(?:[•·*-]\s+)?(?:(?:Alternate\s+)?Director(?=\s+[A-Z]\.)|The\s+(?:Rt\.?\s+|Right\s+)?Hon|The\s+(?:(?:District|Deputy|City|Town|County|Regional|Shire|Lord)\s+){0,2}(?:Mayor|Chair(?:man|woman|person)?|Chief\s+Executive)(?=\s+(?:[A-Z]|[–—-]\s))|Cllrs?|Councillors?|Crs?|Councilmembers?|Alderm[ae]n|(?:Y\s+)?Cynghor(?:ydd|wyr)|(?:Y\s+)?Cyngh?|Mayor|County|District|Borough|Ward(?= Cllr| Councillor)|Messrs|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Canon|Hon|Bailies?|Shri|Smt|Sri|Kumari|Sir|Dame|Lord|Lady|PC(?=\s)|PCSO|Sgt|Insp|Inspector|Supt|Chief|(?:Assistant|Deputy)(?= Chief Constable)|Deputy(?= (?:Lord )?Mayor )|ACC|DCC)\b/;
/**
 * A name without a title: capitalised words (initials allowed), then the end, a comma, a bracket, a dash, or "&" before
 * the next name ("Scott Petty & Kevin Challis (Managers U13s)": a club lists the two who share a post on one line; "Ngaio
 * Tane and Jacob Reid" under "Apologies:", two people who sent them). A surname's particles in lower case are the name's
 * own ("Sarah de Vries", "Jan van der Berg", "Rhys ap Gwilym", "Antoine du Hamel").
 */
export const NAME_AT_START = new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:${NAME_PARTICLES})\s+){0,2}){1,3}\p{Lu}[\p{L}'’.-]+(?:\s*(?:[–—,(-]|$)|\s+(?:&|and)\s+\p{Lu})`, 'u');
const NOT_A_LIST = /\b(?:was|were|is|are|had|has|held|meeting|opened|welcomed|declared|noted|received|reported|explained|minutes?)\b/i;

/**
 * "Director of Corporate Services (Mrs E Rafferty)": an office, then its holder in brackets; alone, or the first of a list
 * of them ("Head of Education (Mr V Urquhart), Legal Services Manager (Mrs X Young) and …", as Scottish councils print it).
 */
const OFFICE_THEN_PERSON = /^\p{Lu}[^()]{2,60}\((?:Cllr|Councillor|Alderman|Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s[^()]+\)(?:$|,\s|\s+and\s)/u;

/** A line opening with a titled person, or an office with its holder before or after it: a listed person whatever else the line holds. */
/** "Chairman – M.J Fletch (Mike), Vice Chairman – J. Benn": the chair named after the office and a dash, in a list of such entries. */
const CHAIR_DASH_HOLDER = /^(?:(?:Vice|Deputy)[- ])?Chair(?:man|woman|person)?\s+[–—-]\s+\p{Lu}[\p{L}'’.-]*\s/u;
const opensWithPersonOrOffice = (line: string) => PERSON_START.test(line) || OFFICE_THEN_PERSON.test(line) || OFFICE_BEFORE_NAME.test(line) || isOfficeThenHolderLine(line) || CHAIR_DASH_HOLDER.test(line);

/**
 * "Mr Carne was elected chairman.", "Mr. Sprague called the meeting to order at 7:00 p.m." under the list of those
 * present: a titled name, then a sentence's verb.
 */
const TITLED_NAME_IN_SENTENCE = new RegExp(
  String.raw`${PERSON_START.source}\.?(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}\s+(?:was|were|is|has|had|then|took|welcomed|opened|declared|reported|thanked|said|called|convened|chaired|presided|asked|explained|stated|presented|moved|noted)\s`,
  'u',
);

/** A line that can belong to a list of people: it starts with a title, or is a short capitalised line that is not a sentence. */
function looksLikeListLine(printed: string): boolean {
  // "@Ruth Okafor (Chair)": a person mentioned as a wiki links them, one a line.
  const line = printed[0] === '@' ? printed.slice(1) : printed;
  if (/^(?:\d|(?:Item|Minute|Agenda item)\s+\d)/i.test(line)) return false;
  if (opensWithPersonOrOffice(line)) return !TITLED_NAME_IN_SENTENCE.test(line);
  if (keyedPerson(line)) return true;
  // "Sophie Marsh    Director of Resources": in tab-aligned columns the name is the first column.
  const columns = line.includes('  ') ? line.split(/\s{2,}/) : [line];
  // "Solicitor        Mr D Fenn": a post in one word, its titled holder in the next column.
  if (columns.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(columns[0]) && PERSON_START.test(columns[1])) return true;
  const name = columns[0];
  // "Tom Hill (Minute Taker)", "Ann Cole (left the meeting at 8.10pm)": what brackets add about a person is no sentence.
  const bare = line.includes('(') ? line.replace(/\([^()]*\)/g, '') : line;
  return NAME_AT_START.test(name) && (line.split(/\s+/).length <= 14 || isRunOnListOfNames(bare) || INITIALLED_NAMES_RUN.test(line)) && !NOT_A_LIST.test(bare);
}

/** "Roy", "Tracy H": a first name, an initial after it to tell two apart. */
const FIRST_NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.?)?`;
/** Two first names or more, between commas or with "and" before the last: "John, Helen", "Roy, Carol, Syd and Sarah". */
const FIRST_NAMES_LIST = new RegExp(String.raw`^${FIRST_NAME}(?:,\s*${FIRST_NAME})*(?:,?\s+(?:and|&)\s+${FIRST_NAME}|,\s*${FIRST_NAME})[.,]?$`, 'u');

/**
 * Whether a line is nothing but first names, two or more ("John, Helen, Ivan"): a village hall's or a school
 * association's committee so listed under an attendance item's title ("1.PRESENT:" over "Roy, Carol, Roger and Sarah").
 */
export const isFirstNamesList = (line: string) => line.length <= 200 && FIRST_NAMES_LIST.test(line.trim()) && !NOT_A_LIST.test(line);

/** "D Dewar-Whalley K Ingleton J Lewis J Mair …": a drainage board's members by initials and surname, no comma between, however many. */
const INITIALLED_NAMES_RUN = /^(?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)+$/u;

/** Fewer parts than this are a name or two, not a list run on. */
const MIN_LIST_PARTS = 3;
/** More words than this in one part of a list (brackets aside) are a sentence's. */
const MAX_WORDS_IN_PART = 6;

/**
 * "Ann Reid (AR), Tom Moir (TM), Cllr Jean Hay (part attendance), PC Iain Roy (Police) and two members of the public":
 * a list run on under its label, longer than a name's line but each of its parts a few words.
 */
function isRunOnListOfNames(bare: string): boolean {
  const parts = bare.split(/[,;]|\band\b/);
  return parts.length >= MIN_LIST_PARTS && parts.every((part) => part.trim().split(/\s+/).length <= MAX_WORDS_IN_PART);
}

export const unbulleted = (line: string) => line.replace(/^[•·*-]\s+/, '');

/**
 * "Trustees: Steve reported that the heat tape is done.": a report's run-in section whose sentence opens with who spoke,
 * no label of those present (a church council's "Trustees:", "Worship:" sections), however like one its label reads.
 */
export const REPORT_AFTER_LABEL = new RegExp(String.raw`^[^:]{3,40}:\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:${PAST_SPEECH_VERBS.join('|')})\s+(?:that|the|a|an|on|to|about|for|whether|how|his|her|their)\b`, 'u');

/** "Sandra Okafor AM (Chair): Good morning and welcome …": a verbatim record's first turn, a name and a sentence after its colon. */
export const SPEAKER_TURN = /^[^:]{3,80}:\s+\p{Lu}[^:]*?(?:\s\p{Ll}+){3}/u;

/** "- Hécate", "* Mirage": a bulleted entry of one capitalised word, a first name or a handle as a society's or a project's list gives it. */
const ONE_NAME_BULLET = /^[•·*-]\s+\p{Lu}[\p{Ll}'’-]+$/u;
/** "- None", "- All": no one named. */
const NO_ONE = /^(?:None|Nil|Nobody|All|Everyone|Apologies)$/i;

/**
 * "Cr Rowe acknowledged the Wiradjuri people, the traditional owners of …", "Mayor Hale welcomed all present",
 * "Councillor Mrs Cox paid tribute to two former Councillors, …": a sentence about a person, opening the paragraph after the list (its verb after the titled name, words in lower case
 * after it), is the minutes' text, no one more.
 */
const SENTENCE_ABOUT_PERSON = new RegExp(String.raw`^(?:(?:Deputy\s+)?Mayor|Cllr|Councill?or|Cr|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:(?:${PAST_SPEECH_VERBS.join('|')}|opened|welcomed|declared|led|thanked|moved|chaired|went|read|began)\s+\p{Ll}|(?:\p{Ll}{2,}ed|paid|gave|made|took|told|brought)\s+\p{Ll}+\s+\p{Ll})`, 'u');

/** "DEIRDRE BURNS": a name of two or three words in capitals, alone on its line. */
const CAPITAL_NAME = /^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){1,2}$/u;
/** "MEMBERS PRESENT: PAUL SLAYTON", "DEIRDRE BURNS": the line above ends with a name in capitals (after its label's colon, or alone). */
const ENDS_WITH_CAPITAL_NAME = /(?:^|:\s*)\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){1,2}$/u;
/** A heading's words in capitals ("CALL TO ORDER", "OTHERS PRESENT", "OLD BUSINESS"), no one's name. */
const HEADING_WORDS = /\b(?:CALL|ORDER|ROLL|APPROVAL|MINUTES|AGENDA|REPORTS?|PUBLIC|COMMENTS?|BUSINESS|OLD|NEW|ADJOURNMENT|PLEDGE|ALLEGIANCE|SESSION|ITEMS?|CONSENT|OTHERS|MEMBERS|PRESENT|ABSENT|STAFF|ALSO|BOARD|COUNCIL|COMMITTEE|OF|THE|AND|TO|FOR|IN|ON|AT)\b/;

/**
 * "MEMBERS PRESENT: PAUL SLAYTON" over "DEIRDRE BURNS" and "ELISSA CASCIO" (a school board's typed minutes): names in
 * capitals one a line under the first, with no blank line between, are the list's (a line in capitals alone is a heading).
 */
function isCapitalNameUnderCapitalName(item: string, lines: string[], index: number): boolean {
  const above = index > 0 ? lines[index - 1].trim() : '';
  return CAPITAL_NAME.test(item) && !HEADING_WORDS.test(item) && ENDS_WITH_CAPITAL_NAME.test(above) && !HEADING_WORDS.test(above.slice(above.lastIndexOf(':') + 1));
}

/**
 * A line of an open block listing a person ("- Nadia Whitlow (Chair)"), or counting the public ("6 members of the
 * public": no one, but no block's end). `afterRunOnList`: the block listed several people run on after its label
 * ("Present: Ross Fyfe (Chair), Ailsa Kerr") and a blank line stands above this one, where such a list has ended: capitalised
 * words with no title there ("Police Report") head the first item; they are no one more.
 */
export function isListedPerson(line: string, lines: string[], index: number, afterRunOnList: boolean): boolean {
  const item = unbulleted(line);
  if (PUBLIC_LINE.test(item)) return true;
  if (ONE_NAME_BULLET.test(line.trim()) || HANDLE_BULLET.test(line.trim())) return !NO_ONE.test(item.trim()) && attendanceLabelOf(item.trim()) === null;
  // "Rachel Timms (RT) Clerk" under a run of names keyed by their initials: a person keyed so is one more.
  if (afterRunOnList && !opensWithPersonOrOffice(item) && keyedPerson(item) === null) return false;
  // "M D Watson - Chief Executive J Williams – Finance Assistant …": officers and their posts run on, read as a list of them.
  if (item.includes(' ') && /\s[–—-]\s/.test(item) && withDashedOfficeRunsApart(item) !== item) return true;
  // "Clerk to the Authority, Jan Ruddock, Treasurer, Sarah Blythe": offices and their holders in turn, the office first.
  if (item.includes(', ') && officeCommaNamePairs(item) !== null) return true;
  // "## Public Comment" under the last name: a heading marked as one is no person, however like a name it reads.
  return !/^#{1,6}\s/.test(lines[index].trimStart()) && looksLikeListLine(item) && !SPEAKER_TURN.test(item) && !SENTENCE_ABOUT_PERSON.test(item) && (/[a-z]/.test(item) || PERSON_START.test(item) || isCapitalNameUnderCapitalName(item, lines, index)) && !startsItemSequence(line, lines, index) && !endsInMinuteReference(item) && (!isHeadingUnderTitled(line, lines, index, PERSON_START) || keyedPerson(item) !== null);
}

// People's titles printed in capitals, read as the titles the list rules know: a whole line in capitals, or a title
// in a header's capitals before words in mixed case.
const TITLED_IN_CAPITALS = /^(?:[•·*-]\s+)?(?:(?:DEPUTY\s+)?(?:MAYOR|REEVE)|COUNCILLOR|CLLR|ALDERMAN|MR|MRS|MS|MISS|DR|(?:TOWN|CITY|VILLAGE)\s+(?:MANAGER|CLERK|ADMINISTRATOR|ENGINEER|SOLICITOR))\.?\s+\p{Lu}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*)+$/u;
const TITLE_IN_CAPITALS = /^(?:COUNCILLORS?|CLLRS?|MRS?|MS|MISS|DR)(?=\.?\s+\p{Lu})/u;

/**
 * "MAYOR JANET K. ORWELL", "TOWN CLERK DIANE FOSTER": North American minutes list people in capitals, a title or office
 * first. Title-cased, such a line reads as any other list's line ("Mayor Janet K. Orwell"); any other line is returned as it is.
 */
export function withTitledCapitals(line: string): string {
  return TITLED_IN_CAPITALS.test(line) ? titleCaseHeading(line) : line;
}

/** "COUNCILLOR PYE in the Chair" → "Councillor PYE in the Chair": the title alone, on a line in mixed case (a line all in capitals is withTitledCapitals'). */
export function withTitleOutOfCapitals(line: string): string {
  return TITLE_IN_CAPITALS.test(line) && /\p{Ll}/u.test(line) ? line.replace(TITLE_IN_CAPITALS, (title) => title.charAt(0) + title.slice(1).toLowerCase()) : line;
}

/**
 * "Cllr P Simcock (Chair)", "County Cllr D Owen": a councillor alone on a line, by title, an office in brackets after;
 * or in a column of its own, a Word table's or tab stop's gap before it ("Cllr J Hurst        Chair").
 */
const COUNCILLOR_LINE = /^(?:[•·*-]\s+)?(?:(?:County|District|Borough|Town)\s+)?(?:Cllr|Councillor|Cr)\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*\([^()]{1,40}\)|(?: {3,}|\t)\p{Lu}[\p{L}'’.-]*(?:[ -]{1,2}\p{L}[\p{L}'’.-]*){0,3})?$/u;
/** Fewer councillors than this one a line are no list of those present. */
const MIN_COUNCILLOR_LINES = 3;

/**
 * Whether `lines[index]` opens a list of three councillors or more, one a line (blank lines between), with no label
 * above it: as a committee's minutes list those present under their title, straight under the meeting's heading. A line
 * of several under a plural title ("Councillors C Patel, D Evans and F Gray") among them is one of the list's lines.
 */
function opensCouncillorLines(lines: string[], index: number): boolean {
  let count = 0;
  for (let at = index; at < lines.length && count < MIN_COUNCILLOR_LINES; at += 1) {
    const line = lines[at].trim();
    if (line === '') continue;
    if (!COUNCILLOR_LINE.test(line) && !listsCouncillors(line)) return false;
    count += 1;
  }
  return count >= MIN_COUNCILLOR_LINES;
}

/**
 * Whether `line` (`lines[index]`, trimmed) opens the list of those present with no label above it: councillors one a
 * line (opensCouncillorLines), or "Penny Hale (PH), Julie Marsh (JM), …", names keyed by their initials.
 */
export function opensUnlabelledList(lines: string[], index: number, line: string): boolean {
  // The list's first person opens its first line (a bullet alone aside): no other line is joined to the lines under it.
  const opensWithPerson = line.length <= 1 || PERSON_START.test(line);
  return opensCouncillorLines(lines, index) || (line.includes('),') && listsKeyedNames(line)) || (opensWithPerson && listsTitledPeople(withWrappedListLines(lines, index, line)));
}

/** How many lines a list of people wrapped over is read together. */
const MAX_WRAPPED_LIST_LINES = 4;

/** The line with the lines its list wrapped onto ("…, Mr L Fendick, Councillor" over "P Mawby and …"), up to the full stop ending it. */
function withWrappedListLines(lines: string[], index: number, line: string): string {
  let text = line;
  for (let at = index + 1; at < Math.min(lines.length, index + MAX_WRAPPED_LIST_LINES) && !contentEndsWithOneOf(text, '.') && !isBlank(lines[at]); at += 1) text = `${text} ${lines[at].trim()}`;
  return text;
}

/** Fewer titled people than this on one line are a sentence's mention of them, not the list of those present. */
const MIN_TITLED_PEOPLE = 4;
/** "Mr M J G Tapp (Chairman)", "Councillor P J F Sims": a title, initials or names, an office in brackets, and no more. */
const TITLED_PERSON_PART = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)+(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]+(?:\s+(?:OBE|MBE|CBE|JP))?(?:\s*\([^()]{1,60}\))?$/u;

/**
 * "Mr M J G Tapp (Chairman), Mr A D Linfoot OBE (Vice Chairman), Mr D M Botting, Councillor M Martin and Mr P Williams.":
 * a board's members on one line straight under its heading, the "Present" label lost (a drainage board's minutes
 * copied from a PDF whose labels stood in a margin): four titled people or more, and nothing else, between commas.
 */
function listsTitledPeople(line: string): boolean {
  if (!line.includes(', ') || !PERSON_START.test(line)) return false;
  const parts = line.replace(/\.$/, '').split(/,\s+|\s+and\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b)/);
  return parts.length >= MIN_TITLED_PEOPLE && parts.every((part) => TITLED_PERSON_PART.test(part));
}
