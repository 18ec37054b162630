// Attendance labels: "Present:", "PRESENT", "Members present:", "In attendance -", "Apologies", "Chair: …", each with the kind of attendance it opens.
import type { Attendee, AttendanceKind } from '../../../core/types';
import { COLUMN_TITLE, GROUP_AFTER_LABEL, INITIALLED_NAME, namesAlone, SENTENCE_AFTER_LIST } from './list-parts';
import { TRANSLATION_AFTER_LABEL, WELSH_AFTER_LABEL, mayOpenWelshLabel, welshLabelOf } from './bilingual-labels';
import { namesHolder } from './label-holders';
import { qualifiedMembersLabel } from './qualified-labels';
import { chairedByLabel, groupInBrackets, leadSentenceLabel, withColonTyped, withoutContactDetails, withoutLetterOpening } from './header-label-lines';
import { rememberingShared } from '../remembering';

/** Members named by their office (US towns, cities, universities): "Selectmen present:", "Senators absent:". */
const MEMBERS_BY_OFFICE = String.raw`selectmen|select\s*board\s+members|aldermen|alderpersons|senators|councilmembers|councilors|legislators|freeholders|burgesses`;

/** `column`: a title in a column of its own, which lists people under the block it stands in, whatever its kind. */
const LABELS: ReadonlyArray<{ pattern: RegExp; attendance: AttendanceKind; column?: true }> = [
  { pattern: new RegExp(String.raw`^(?:(?:board\s+)?members?|councillors?|council\s*members?|trustees?|governors?|directors?|commissioners?|supervisors?|${MEMBERS_BY_OFFICE})\s+(?:not\s+present|absent)\b`, 'i'), attendance: 'absent' },
  // A homeowners' association's board: "Management Present: Gloria Sutton, Community Manager", "Homeowners Present: 11".
  { pattern: /^(?:management|homeowners?|owners?|residents?|public)\s+(?:present|in\s+attend[ae]nce)\b/i, attendance: 'in attendance' },
  // Hong Kong and Singapore minutes: "Absent with Apologies" over the names.
  { pattern: /^absent\s+with\s+apolog(?:y|ies)\b/i, attendance: 'apologies' },
  // "Absent without apologies:", "Absent (no apologies):": absent, as the plain label says; so are US boards' "Excused (3): Chair Allen", "Members excused:" (with the chair's leave), a prairie RM's "Not in attendance - Jim Lund", a Sangguniang Bayan's "NON-ATTENDING:".
  { pattern: /^(?:absent|not\s+(?:present|in\s+attend[ae]nce))(?:\s+\(?(?:without|no)\s+apolog(?:y|ies)(?:\s+received)?\)?)?(?![\w-])|^(?:(?:members|commissioners|trustees|directors)\s+)?excused(?=(?:\s*\(\d{1,3}\))?\s*:)|^non-?attending(?=\s*:)/i, attendance: 'absent' },
  // A planning committee's "Public speakers:" address it, a community council's "Members of public: Mrs A" listen: no members.
  { pattern: /^(?:public|registered)\s+speakers(?![\w-])|^members\s+of\s+public(?=\s*:)/i, attendance: 'in attendance' },
  // A Scottish community council's ex-officio members, the ward's councillors, sit with it (without a vote): present.
  // "Members Mr K Tulloch Mrs J Halcrow": its members in a table's first column, their names in the next, no colon between.
  // "Additional Co-opted Student Members": members the council co-opted, of whatever kind.
  { pattern: /^(?:ex[- ]officio\s+(?:councillors|members)\b|(?:additional\s+)?co-?opted\s+(?:\w+\s+)?members\b|members(?=\s(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s))/i, attendance: 'present' },
  // A Scottish joint board's members by the council that appointed them: "Representing the Highland Council:", "Representing Orkney Islands Council:".
  { pattern: /^representing\s+(?:the\s+)?\p{Lu}[^:]{2,60}(?=\s*:)/iu, attendance: 'present' },
  // A committee's substitute members sit in the place of those who sent apologies; Irish councils' "PRESENT IN THE CHAIR:" is over the Cathaoirleach (a label in capitals: "Dr Bacon in the Chair, …" is a list's entry); a US board's "VIA ZOOM:" under "PRESENT:" lists members who joined remotely. All present.
  { pattern: /^substitute(?:s|\s+members?)?(?![\w-])|^via\s+(?:zoom|teams|webex|video(?:\s*link)?|phone|tele(?:phone|conference))(?=\s*:)/i, attendance: 'present' },
  { pattern: /^(?:(?:PRESENT|Present)\s+)?(?:IN THE CHAIR|In the Chair)(?=\s*[:–—-]?\s*$)/, attendance: 'present' },
  // "Councillors      Cr Margaret Lindgren      Shire President": a label in a column of its own, beside the names (a
  // capital after the gap: "Members   noted" is justified prose).
  // Under "ABSENT", "Member      Gus Petrakis" is absent. A Guernsey parish's members are its Douzeniers, Alderney's its Jurats.
  { pattern: /^(?:[Cc]ouncillors|COUNCILLORS|[Ee]lected\s+[Mm]embers|ELECTED\s+MEMBERS|[Mm]embers?|MEMBERS?|[Dd]ouzeniers|DOUZENIERS|[Jj]urats|JURATS)(?=\s*[:–—-]|\s{2,}[A-Z])/, attendance: 'present', column: true },
  // The Senedd's record: "Committee Members in Attendance", "Others in Attendance", "Senedd Officials in Attendance"; a
  // parish's "Councillors in attendance:", "The following were present:" (a board's "The following members of the Board were present:"); a Quebec council's "Were present:"; a society's "Board members in attendance were:".
  // An Ontario township's "Council in Attendance:" over its members, one a line; an Indian university's "Members Attended"; "Present Cllrs: R Hale, …"; a club's "ATTENDANCE (8pm).".
  { pattern: /^(?:(?:(?:committee|board|panel)\s+)?members|councillors|cllrs|council)\s+in\s+attend[ae]nce\b|^members\s+attended\b|^(?:the\s+following\s+(?!(?:[\w'’-]+\s+){0,5}?(?:public|officers|staff)\b)(?:[\w'’-]+\s+){0,5}?)?were\s+(?:present|in\s+attend[ae]nce)\b|^present\s+were\b|^present\s+(?:cllrs|councillors)(?=\s*:)|^attendance(?:\s*\(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\))?\.?(?=\s*(?:[:–—-]|$))|^(?:(?:council|board|commission|committee)\s+)?attendance\s*\(present\)(?=\s*:)/i, attendance: 'present' },
  // "Other Members in Attendance: Councillors Reed and Shaw", "Other Members present:": councillors who are not members of
  // the committee (a Northern Irish committee's "OTHER MEMBERS:"); "Staff in Attendance:", an Irish county's "The Council Staff in attendance were:-", the council's officers. A board's "Others present: Q. Dimmer, Harbourmaster" under its directors, "The following officers were in attendance:": its officers and guests. A Northern Irish council's "Representatives from Other Bodies in Attendance", each body's people under it.
  { pattern: /^(?:(?:[A-Z][\w&'’-]*\s+){1,3}(?:officials|staff)|others|staff|other\s+(?:members|councillors)|representatives\s+(?:from|of)\s+(?:other\s+)?(?:bodies|organi[sz]ations|agencies))\s+in\s+attend[ae]nce\b|^(?:others|other\s+(?:members|councillors))\s+(?:present|attending)(?=\s*(?:[:–—-]|$)|\s)|^other\s+members(?=\s*:)|^the\s+following\s+(?:[\w'’-]+\s+){0,5}?(?:were|was)\s+(?:also\s+)?(?:present|in\s+attend[ae]nce)\b/i, attendance: 'in attendance' },
  // A residents' association's board: "Visiting Members: …" are members of the association who came to watch it.
  { pattern: /^visiting\s+(?:members|councillors)(?=\s*:)/i, attendance: 'in attendance' },
  // A board's header: "Board Members: Mr C Abbott, …" (or "Board: …"), "Non-Executive Directors: …", "Governors: …" over its members,
  // "Executive Team: …" over the officers who attend it, "Minutes: Ms S Hunt" (or "Minute taker:", "Minutes taken by:") for whoever took them; "Community councillors:- Mr. A, …", its members.
  {
    pattern: /^(?:(?:(?:board|committee|panel|elected|independent|lay|co-opted|non-executive|executive|voting)\s+)?(?:members|governors|trustees|directors)|board|(?:community|parish|town)\s+councillors)(?=\s*:)/i,
    attendance: 'present',
  },
  {
    pattern: /^(?:(?:[A-Z][\w&'’-]*\s+){1,3}team|minute[- ]?(?:taker|secretary)|note[- ]?taker|minutes\s+taken\s+by|minutes(?=\s*:\s*(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s))(?=\s*:)/i,
    attendance: 'in attendance',
  },
  // US cities' minutes: "CITY COUNCIL: Mayor Ann Orrin, Councilmembers …" over "CITY STAFF: City Manager …".
  { pattern: /^(?:(?:city|town|village|county|borough)\s+council(?:\s*members)?|council\s*members)(?=\s*:)/i, attendance: 'present' },
  // Canadian minutes: "Regrets: Councillor Nora Feeney". A Scottish board's "Apologies for absence were submitted on behalf of:-".
  { pattern: /^regrets\b/i, attendance: 'apologies' },
  { pattern: /^apolog(?:y|ies)(?:\s+for\s+(?:absence|non-?attendance)|\s+(?:and|&)\s+leaves?\s+of\s+absence)?(?:\s+(?:were\s+)?(?:received|given|noted|accepted|submitted)(?:\s+and\s+(?:accepted|noted|approved))?(?:\s+(?:from|on\s+behalf\s+of))?)?\b/i, attendance: 'apologies' },
  // "Council Employees Present: Clerk/RFO Linda Evans", an Alberta council's "Administration:" over "Ann Roe, Chief Administrative Officer": the staff attend; they are no members; nor are a parish's "County Councillors:".
  { pattern: /^(?:[A-Z][\w&'’-]*\s+){1,4}(?:officers?|officials?|employees|staff)(?:\s+(?:present|in\s+attend[ae]nce))?(?=\s*:)|^administration(?=\s*:\s*$)|^non[- ]voting(?:\s+(?:members|participants|attendees))?(?=\s*:)|^(?:county|district|borough|unitary|ward)\s+councillors(?=\s*:)/i, attendance: 'in attendance' },
  {
    // A students' union's "In attendance (non-voting):" under "Present (voting):". A Scottish council committee's
    // "Non-Members also present:-": councillors who are not on the committee. "Also present via Teams virtually:": how they attended is no name.
    // "Non-members in attendance at request of Chief Officer:-" (a Scottish joint board's officers). "Management:" (a homeowners' association's managing agent); "Other Attendees:" under an Australian council's members; "Invited" in a governors' table of details, "INVITEE:" (a residents' committee's guest); "Together with:" (a Welsh panel's officers); a university court's "Attenders:" (its officers, beside its members).
    pattern: /^(?:(?:non-?members\s+)?also\s+(?:present|in\s+attend[ae]nce|attending)|(?:non-?members\s+)?in\s+attend[ae]nce(?:\s+at\s+(?:the\s+)?request\s+of\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*(?=\s*:))?|others(?=\s*:)|other\s+attendees(?=\s*:)|management(?:\s+company)?(?=\s*:)|(?:officers?|officials?)(?:\s+(?:present|in\s+attend[ae]nce))?|present\s+to\s+respond[^:]*|cabinet\s+members|clerk|secretary|staff(?:\s+present)?|attending|attended(?=\s*:)|attenders(?=\s*:)|(?:invited\s+)?guests?|invitees?(?=\s*:)|invited(?=\s*:|\s{2,}[A-Z])|observers?|together\s+with(?=\s*:))\b(?:\s*\((?:non-?voting|online|virtual(?:ly)?|remote(?:ly)?)\)|(?:\s+(?:online|remotely|virtually|via\s+(?:zoom|teams|video(?:\s+link)?)))+)?/i,
    attendance: 'in attendance',
  },
  {
    // "Present (in person):" over "Present (online):", "Members present remotely:", a board's "Attending in person:" over
    // its "Also attending:": how they attended is no name, nor is a students' union's "Present (voting):". "Members of Cabinet present:", "Members of the Executive who were
    // present :": the body's members, named as its members (not "Members of the public present"); a Minnesota city's "COUNCIL PRESENT:" over "STAFF PRESENT:"; "Village Board In Attendance:", a village's board over "Officials In Attendance:".
    pattern: new RegExp(
      String.raw`^(?:(?:members?|councillors?|cllrs|panel\s+members?|committee\s+members?|governors?|trustees?|directors?|board\s+members?|council(?:\s*members?)?|commissioners?|supervisors?|${MEMBERS_BY_OFFICE}|(?:executive|voting)\s+board\s+members?|those|people|persons|members\s+of\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}?(?:cabinet|executive|committee|sub-committee|council|board|panel|authority|commission)(?:\s+who\s+were)?)\s+present|(?:village|town|city|county|township)\s+(?:board|council)\s+in\s+attend[ae]nce(?=\s*:)|those\s+attending|co-?opted\s+members?|present(?:\s+(?:members|councillors|trustees|directors|governors)(?=\s*:))?|attended\s+by|sederunt|attendees|participants|attendance|attending(?=\s+(?:in\s+person|online|remotely|virtually|via\s)))\b` +
        String.raw`(?:\s*\((?:in\s+person|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:councillors|members)|voting(?:\s+members)?|(?:ordinary|full|associate)\s+members|online|remote(?:ly)?|virtual(?:ly)?|in\s+the\s+(?:room|chamber|hall)|via\s[^)]{1,20}|by\s+(?:video|phone|telephone)[^)]{0,20})\)|\s+(?:in\s+person|in\s+part|online|remotely|virtually|via\s+(?:zoom|teams|video(?:\s+link)?)))?`,
      'i',
    ),
    attendance: 'present',
  },
  // "POLICE SERVICE OF NORTHERN IRELAND IN ATTENDANCE:": an organisation's people (a word of one: "Mr A Reid IN ATTENDANCE:" is a roll run on).
  { pattern: /^(?=[^:]{0,80}?\b(?:service|police|constabulary|officials|office|department|directorate|secretariat|authority|commission|partnership)\b)(?!(?:also|cllrs?|councillors?|mr|mrs|ms|miss|dr)\b)(?:[a-z][\w&'’-]*\s+){1,7}in\s+attend[ae]nce(?=\s*:)/i, attendance: 'in attendance' },
];

/** The line without Markdown bold marks; most lines have none, and a plain test is cheaper than a pattern's replace. */
export const withoutBold = (line: string) => (line.includes('**') ? line.replaceAll('**', '') : line);

/** "ROLL CALL: Council Members Present: …", "ROLL CALL -   Present:   …" (a margin's), OCR's "Attendance Present: …": a US heading before the label. */
const ROLL_CALL = /^(?:roll\s+call(?:\s*:\s*|(?:\s*[-–]\s+|\s{3,})(?=(?:members\s+)?(?:present|absent|staff|also\s+present)\b))|(?:roll\s+call|attendance)\s+(?=present\s*:))/i;
/**
 * Where a second label starts on an attendance line: after a full stop, a semicolon, a bullet (a bulleted header run
 * onto one line: "… Darren Price • Others: …") or a closing bracket (a list whose full stop was left out: "… Ann Hale
 * (AH) In attendance: …"), a few words and a colon; the words may be a label in two languages ("… (hwyr/late)
 * Ymddiheuriadau / Apologies: …", as Welsh councils print them). A label in capitals stands out with no mark before
 * it: "CHAIR: Councillor: Eleri Pugh PRESENT: Councillors: …", as do "Apologies:" and "Absent:" ("… Cllr Andrew Woods
 * Apologies: …"). After a full stop "Also present" ("… and A. Dewsnip. Also present M. Richards (Clerk)") and "Apologies" before a titled name ("… Capt R Atkinson (Harbour Master). Apologies Mr M Hewitt") need no colon.
 * After a name's comma, "In attendance :" (its colon spaced off, as a bilingual community council types it) starts the next part.
 */
export const INLINE_LABEL = /(?:[.;•]|(?<=\))|(?<=[a-z])(?=\s+(?:[A-Z]{4,}(?: [A-Z]{2,}){0,2}|Apologies|Absent|In attendance):)|(?<=[a-z],)(?=\s+(?:Apologies|Absent|In attendance)\s?:))\s+(?=[A-Z][A-Za-z /]{0,40}:|Also\s+(?:present|in\s+attend[ae]nce)\s+[A-Z]|Apologies\s+(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr)\.?\s+[A-Z])/;

/**
 * A label's colon, or the tab or gap after a label in a table's first column ("Chair<tab>Cllr D Roskilly": Word templates
 * set a meeting's details as a table of label and value cells).
 */
const LABEL_END = String.raw`(?:\s*:\s*|\s*\t\s*|\s{2,}(?=[A-Z]))`;
/** "P McLean", "Mrs E A Forde": a name in initials, titled or not, which a label's single space may part from it. */
const TITLED_INITIALLED_NAME = String.raw`(?:(?:Cllr|Councillor|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?${INITIALLED_NAME}[\p{L}'’-]*`;
/** "Chair: Mrs J Kerr", "Presiding: Cllr S Ó Briain": the person who chaired, labelled with the office. */
const CHAIR_LABEL = new RegExp(String.raw`^(?:Chair(?:man|woman|person)?|In the Chair|Presiding|Cathaoirleach|Convener)${LABEL_END}(\S.*)$`, 'i');
/** Northern Irish councils' "Presiding P McLean": the chair's label and name, a single space between them. */
const PRESIDING_NAME = new RegExp(String.raw`^Presiding\s(${TITLED_INITIALLED_NAME})$`, 'u');
/** "President: The Rt Revd A Hale, Bishop of Northmoor": a synod's or a society's president, labelled with the office. */
const PRESIDENT_LABEL = new RegExp(String.raw`^(President|Moderator)${LABEL_END}(\S.*)$`);

/**
 * "Clerk: Mr G Ashworth", "Parish Clerk: Mrs J Kerr", "Clerk: R. T. Weatherall", "Town Clerk: Joan Pike", "CLERK: Mr G Tolley": the
 * clerk, labelled with the office (in capitals too); one name, titled, or initials or a forename before a surname.
 */
const CLERK_LABEL = new RegExp(
  String.raw`^((?:(?:Town|Parish|Deputy|Assistant)\s+)?Clerk(?:\s+to\s+the\s+(?:Council|Committee|Board|Governors|Trustees))?|(?:(?:TOWN|PARISH)\s+)?CLERK)${LABEL_END}((?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr)\.?\s+[^,;]+|(?:\p{Lu}\.\s*){1,3}\p{Lu}[\p{L}'’-]+|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'’-]+)$`,
  'u',
);

/** "Vice-Chairman:   Ms LEUNG Mei-ling": the vice-chair, labelled with the office, in a list of people. */
const VICE_CHAIR_LABEL = new RegExp(String.raw`^(?:Vice[- ]?Chair(?:man|woman|person)?|Deputy Chair(?:man|woman|person)?)${LABEL_END}(\S.*)$`, 'i');

/** A name with no office of its own after it (honours aside: "Mr CHAN Siu-ming, BBS, JP"; its initials key, "(MES)") takes the label's. */
const withOffice = (name: string, office: string) => (/[(–—]|\s-\s|,(?!\s*[A-Z]{2,6}\b)/.test(name.replace(/\s*\(\p{Lu}{2,4}\)$/u, '')) ? name : `${name} (${office})`);

/** An attendance label's kind, the text after it, and whether it is a column's title (LABELS). */
export interface AttendanceLabel {
  attendance: AttendanceKind;
  rest: string;
  column?: true;
  /** Whether the label ends a sentence of the minutes' prose, whose line stays in the text (and header) it belongs to. */
  sentence?: true;
  /** Whether `rest` was read to a sentence after its list and cut there (SENTENCE_AFTER_LIST): none is left in it. */
  restEndsList?: true;
}

/** attendanceLabelOf's answers, shared by every document: the layout rules ask it of each line of a header three or four times. */
const rememberedLabelOf = rememberingShared((line: string) => labelOfUnmarked(withoutBold(line), line.trim() === '', false));

/** A label that starts an attendance block: "Present:", "PRESENT", "In attendance -"; in the `restOfList` after a label (restEndsList), no sentence after the list is looked for again. */
export function attendanceLabelOf(line: string, restOfList = false): AttendanceLabel | null {
  return restOfList ? labelOfUnmarked(withoutBold(line), line.trim() === '', true) : rememberedLabelOf(line);
}

/** attendanceLabelOf of a text with no bold marks (a reader of many labels in one long text need not look for marks at each). */
export function unmarkedAttendanceLabelOf(text: string, restOfList = false): AttendanceLabel | null {
  return labelOfUnmarked(text, text.trim() === '', restOfList);
}

/** "Present (continued): Cllr G Moss": a page break's label reads as itself (its bracket looked for near the start: a list reader asks of each of thousands of labels). */
const CONTINUED_LABEL = /^([\p{L} ]{3,30}?)\s*\((?:continued|cont(?:['’]?d)?\.?)\)(?=\s*:)/iu;
const CONTINUED_REACH = 60;
const withoutContinued = (text: string) => (/\([Cc]ont/.test(text.slice(0, CONTINUED_REACH)) ? text.replace(CONTINUED_LABEL, '$1') : text);

/** The label `unmarked` (a line without its bold marks; `blank` when the line was) opens with. */
function labelOfUnmarked(unmarked: string, blank: boolean, restOfList: boolean): AttendanceLabel | null {
  const text = withoutLetterOpening(withColonTyped(withoutContinued(unmarked.replace(ROLL_CALL, '').trim())));
  if (text === '' && !blank) return { attendance: 'present', rest: '' };
  if (text.charCodeAt(0) === 0x28) return groupInBrackets(text);
  const label = opensWithLetter(text) ? labelAtStart(text, restOfList) : null;
  // "In attendance: (Councillors)": the group in brackets says who the block lists.
  if (label?.rest.startsWith('(')) return groupInBrackets(label.rest) ?? label;
  // "Present: Present: H Pope, J Burn": the label typed twice (a template's label and the clerk's) opens the list once.
  const again = label && label.rest.length > 6 && label.rest.slice(0, 6).toLowerCase() === text.slice(0, 6).toLowerCase() ? labelAtStart(label.rest, restOfList) : null;
  if (label) return again?.attendance === label.attendance ? again : label;
  if (!(text.includes('/') || text.includes('|'))) return welshLabelOf(text);
  // Bilingual labels: "Yn bresennol / Present:", "Yn bresennol/Present:", te reo Māori's "TE HUNGA KUA TAE MAI | PRESENT".
  const translated = /^[^:/|]{1,40}?\s[/|]\s*(.*)$/.exec(text) ?? (mayOpenWelshLabel(text) && welshLabelOf(text.replace(/\s*\/.*$/, ':')) ? /^[^:/|]{1,40}?\/\s*(.*)$/.exec(text) : null);
  const translatedLabel = translated ? labelOf(translated[1], restOfList) : null;
  if (translatedLabel) return translatedLabel;
  // The label first, then the other language's: Irish councils' "IN ATTENDANCE/I LÁTHAIR Ms M. Ryan, …". The Welsh
  // label after the English one ends it, as a colon would: "Present / Bresennol Chair Cllr J Ellis, Cllr M Rees, …".
  const welshAfter = WELSH_AFTER_LABEL.exec(text);
  if (welshAfter) return labelOf(`${welshAfter[1]}: ${welshAfter[2]}`, restOfList);
  const translationAfter = TRANSLATION_AFTER_LABEL.exec(text);
  return (translationAfter ? labelOf(translationAfter[1] + translationAfter[2], restOfList) : null) ?? welshLabelOf(text);
}

/** Whether a text opens with an ASCII letter, as every label does: a text opening otherwise ("1. Apologies for absence") is tried against none of them. */
function opensWithLetter(text: string): boolean {
  const letter = text.charCodeAt(0) | 0x20;
  return letter >= 0x61 && letter <= 0x7a;
}

/** A list whose commas are followed by widened spaces: a justified line printed to PDF. */
const JUSTIFIED_LIST = /,\s{2,}\S/;

/** The label a text opens with: the chair's, the vice-chair's, the clerk's, or one of LABELS. */
function labelAtStart(text: string, restOfList: boolean): AttendanceLabel | null {
  // Two chairs, each for some items ("In the Chair: X (…) for items 1 to 4; Y (…) for items 5 to 8"), take a longer line.
  // "Chair    Okafor,    Vice   Chair    Lindqvist,": a justified list's widened spaces, no label's column gap.
  const labelled = text.length < 200 && !JUSTIFIED_LIST.test(text) ? (CHAIR_LABEL.exec(text) ?? (text.startsWith('Presiding ') ? PRESIDING_NAME.exec(text) : null)) : null;
  // The chair is present; a name with no office of its own after it takes the label's (a label run on after it starts
  // the next part of the list: "CHAIR: Cllr Eleri Pugh PRESENT: …", "Chair: Mr S. Clucas. Clerk: Mr P. Hill", its full stop no part of the name).
  const labelAfter = labelled ? labelled[1].search(INLINE_LABEL) : -1;
  const holder = labelled ? (labelAfter === -1 ? labelled[1] : labelled[1].slice(0, labelAfter)) : '';
  if (labelled && namesHolder(holder)) return { attendance: 'present', rest: withOffice(holder.replace(/(?<=\p{Ll}{2})\.$/u, ''), 'Chair') + labelled[1].slice(holder.length) };
  const president = text.length < 120 && (text.startsWith('P') || text.startsWith('M')) ? PRESIDENT_LABEL.exec(text) : null;
  if (president) return { attendance: 'present', rest: withOffice(president[2], president[1]) };
  const viceChair = text.length < 120 && text.startsWith('V') ? VICE_CHAIR_LABEL.exec(text) : null;
  if (viceChair) return { attendance: 'present', rest: withOffice(viceChair[1], 'Vice-Chair') };
  // "Clerk: Mr G Ashworth", "Town Clerk: …" in a header of such lines: the clerk attends, in the office the label names.
  const clerk = text.length < 120 ? CLERK_LABEL.exec(withoutContactDetails(text)) : null;
  if (clerk) return { attendance: 'in attendance', rest: withOffice(clerk[2], clerk[1]) };
  const chairedBy = chairedByLabel(text);
  if (chairedBy) return chairedBy;
  return labelOf(text, restOfList) ?? (text.startsWith('C') && listsCouncillors(text) ? { attendance: 'present', rest: text } : null) ?? leadSentenceLabel(text) ?? qualifiedMembersLabel(text);
}

/**
 * "Councillors D Risk (Chairman), P Summers, …", "Cllrs Calnan, Mercer and Panton, …": the plural title, then a name;
 * the chair may come first, titled alone with the office in brackets ("Councillor Moira Hale (Mayor) Councillors …").
 */
const COUNCILLORS_FIRST = /^(?:(?:Councillor|Cllr)\.?\s+\p{Lu}[^()]{1,40}\([^()]{1,30}\)\s+)?(?:Councillors|COUNCILLORS|Cllrs\.?)\s+\p{Lu}/u;
/** "one member of the Parish", "2 members of the public": a count of others present, closing such a list. */
const COUNT_OF_OTHERS = /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+members?\s+of\s+the\s+\p{L}+\.?$/iu;

/**
 * "Councillors D Risk (Chairman), P Summers, C McArthur and K Churchill" alone under a parish's title and date, with no
 * "Present" before it: the councillors present. Only a list: two names or more, each part (brackets aside) a name or an
 * office and a name in capitals, or a count of the public; "Councillors Reed and Shaw sent apologies." is a sentence.
 */
export function listsCouncillors(text: string): boolean {
  if (text.length > 400 || !COUNCILLORS_FIRST.test(text)) return false;
  const parts = text
    .replace(/\([^()]*\)/g, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length >= 2 && parts.every((part) => COUNT_OF_OTHERS.test(part) || (/^\p{Lu}/u.test(part) && !/(?:^|\s)\p{Ll}/u.test(part)));
}

/** "Councillors: Wendy Ashworth (Town Mayor), Rob Fairclough": a plural title as the label, the title of each name it lists. */
const TITLE_AS_LABEL = /^(?:(?:Present|PRESENT)\s+)?(?:Councillors|COUNCILLORS|Cllrs|Crs)$/;
const TITLED_START = /^(?:Cllrs?|Councillors?|Crs?|Mayor|Deputy|County|District|Borough|Town|Parish|Mr|Mrs|Ms|Miss|Mx|Dr)\b/;

/**
 * "PRESENT", "Present were", "Members present", "Officers present", "Those Attending" (parish minutes), Australian councils' "ATTENDANCE" and "APOLOGIES",
 * and Shetland's "Members", "Ex-Officio Councillors", "In Attendance" (each in a table's first column, its names in the
 * next): a label that needs no colon when names follow it straight away.
 */
const BARE_LABEL = /^(?:(?:(?:members|councillors|cllrs|officers|officials|others|also|those|other\s+(?:members|councillors))\s+)?present(?:\s+were)?|those\s+attending|members|ex[- ]officio\s+(?:councillors|members)|(?:additional\s+)?co-?opted\s+(?:\w+\s+)?members|(?:also\s+)?in\s+attend[ae]nce|attendance|apologies)$/i;
/**
 * "Present were Mr D Bishop (Chairman), Mr R Human, …", "PRESENT C.Cook(Clerk), S. Hannant, …", "Present Councillors A
 * Perrow, M Benson, …", an old parish meeting's "Present Messrs A Cox, B Drew, …", "ATTENDANCE Crs A Lee, B Hart": after such a label with no colon, one space and a list of people: a title or initials before a
 * surname, and a comma before the next name; or, with no commas ("Present Mr R Arden Mr J Moir Cllr G Fenton", as
 * Shetland's community councils print it), a titled name and the next one's title, or a name in initials before another or
 * an office in brackets ("Other Members Present P J Boyd T Caskey …", "Officers Present S T Hanna (Chief Executive) …",
 * as Northern Irish councils print them), a forename and surname before a comma ("OFFICIALS PRESENT Eoin Ward, …"), or one titled name the line ends with ("APOLOGIES Cllr S Hext (work)").
 */
const NAMES_AFTER_SPACE = new RegExp(
  String.raw`^\s(?=(?:Cllrs?\.?|Councillors?|Crs?\.?|Messrs\.?|Alderm[ae]n|Mr|Mrs|Ms|Miss|Dr|(?:\p{Lu}\.?\s?){1,3}\p{Lu}\p{Ll})[^,:]{0,60},|(?:Cllr|Councillor|Cr|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[^,:]{0,40}?\s(?:Cllr|Councillor|Cr|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}|${TITLED_INITIALLED_NAME}\s(?:${TITLED_INITIALLED_NAME}(?:\s|$)|\(\p{Lu})|\p{Lu}\p{Ll}+\s\p{Lu}[\p{L}'’-]+,|(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s+\([^()]{1,40}\))?$)`,
  'u',
);

/**
 * "were received from ", "received from ", "Apologies were received and accepted from ": the words of a sentence between
 * an apologies label and the names, which may say "Apologies" again ("Apologies: Apologies were received from …").
 */
const RECEIVED_FROM = /^(?:(?:apologies(?:\s+for\s+absence)?|these)\s+)?(?:(?:were|was|had\s+been)\s+)?(?:received|given|tendered|sent)(?:\s+and\s+accepted)?\s+(?:from|by)\s+/i;
/** "5 - " before a roll call's names: how many were present. */
const HEAD_COUNT = /^\s*\d{1,3}\s*[-–—]\s+/;

function labelOf(text: string, restOfList: boolean): AttendanceLabel | null {
  for (const { pattern, attendance, column } of LABELS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const after = text.slice(match[0].length);
    // The label's colon or dash, or (in a table's columns, as pdftotext -layout prints it) a gap of two spaces or more; "were" may come before the colon ("Others in attendance were:", "Officers present were:", a US city's "THOSE PRESENT WERE:"), or a count ("Present (7):"); a selectboard's
    // "Selectmen present included …" is the label in a sentence, its verb where the colon stands (so are "People present include …" and "Apologies from …", a list of names alone to the sentence's end); "Apologies ; Ian Moir", a spaced semicolon.
    const separated = /^(?:\s+(?:were|WERE))?(?:\s*\(\d{1,3}\))?\s*(?:[:–—-]+(?:\s+[–—-](?=\s))?|\.\s|$)|^\s{2,}(?=[A-Z])|^\s+(?:included?|from)\s+(?=[A-Z])|^\s;\s+(?=\p{Lu})/u.exec(after) ?? (BARE_LABEL.test(match[0]) ? NAMES_AFTER_SPACE.exec(after) : null);
    if (!separated) continue;
    // No name: Legistar's head count ("Present:  5 -  Mayor Grace Holloway, …"), the label's sentence run on ("Apologies for
    // Absence: were received from Ann Booth, …"), a table's next column title beside the label heading its first ("Present<tab>Role").
    const listed = after.slice(separated[0].length).replace(HEAD_COUNT, '').trim().replace(RECEIVED_FROM, '').replace(COLUMN_TITLE, '').replace(GROUP_AFTER_LABEL, '');
    // "… included Ann Marsh and Tom Reade. The Town Administrator also attended.": the sentence ends the list, as one saying who else came does.
    const included = /includ|from/.test(separated[0]);
    const rest = included ? listed.replace(/(?<=\p{Ll}{2})\.\s.*$/u, '') : !restOfList && listed.includes('. ') ? listed.replace(SENTENCE_AFTER_LIST, '') : listed;
    if (included && !separated[0].includes('included') && (!namesAlone(rest) || (separated[0].includes('from') && attendance !== 'apologies'))) continue;
    const labelled = TITLE_AS_LABEL.test(match[0]) && rest !== '' && !TITLED_START.test(rest) ? `${match[0].replace(/^present\s+/i, '')} ${rest}` : rest;
    return { attendance, rest: labelled, column, ...(included ? {} : { restEndsList: true as const }) };
  }
  return null;
}

/** "Other Members Present", "Other Councillors present:": a label of the members not named before it. */
const OTHER_MEMBERS_PRESENT = /^other\s+(?:members|councillors)\s+present\b/i;

/**
 * "Presiding P McLean" over "Other Members Present P J Bates J Campbell …" (Northern Irish district councils): the
 * members other than the chair, named alone above them, are the council's members present; under a committee's
 * members ("Other Members present:" after a list of them) they are councillors who attend it.
 */
export function othersBesideChair(line: string, listed: Attendee[]): boolean {
  return OTHER_MEMBERS_PRESENT.test(line) && listed.length === 1 && listed[0].role === 'Chair' && listed[0].attendance === 'present';
}
