// Attendance recorded in an item's own words rather than in the header's lists: "Apologies for absence were received
// from …" in an "Apologies" or "Welcome" item, or a list under a "Present" item's title.
import { withoutSentenceAfterList } from './list-parts';
import { withoutReason } from './role-names';
import { withTypedShorthandSpaced } from './typed-list-shorthand';
import type { Attendee, AttendanceKind } from '../../../core/types';
import { withPostAfterName } from './post-titles-after-names';
import { readAttendance } from './attendance';
import { withPresentLabelApart } from './present-sentence';
import { attendanceLabelOf } from './attendance-labels';
import { attendeesFromList } from './attendee-lists';
import { joinLines, withoutMarkup } from '../lines';
import { OPENING_TITLE } from '../header/opening-prose';
import { isBlank } from '../patterns';
import { isFirstNamesList } from './listed-person';
import { attendeesFromRollCallAnswers } from './roll-call-answers';
import { attendeesFromRollCallSentences } from './roll-call-sentences';
import { withWrapsJoined } from './wrapped-rolls';
import { MINUTES_TITLE, type DraftItem } from '../types';

/**
 * "… received from Cyng. Rhian Powell and Mr J. Hale.", "That the apologies from Cllrs Dunn and Shaw be accepted": the
 * names run to the full stop, not to a title's or an initial's. Northern Irish councils write "Apologies for inability to
 * attend were reported on behalf of …"; a village hall's committee "Apologies received from: S. Stride, J. Tollafield"
 * (a colon after "from", as after a label). Welsh minutes write "Cafwyd ymddiheuriadau am absenoldeb gan y Cynghorwyr …"
 * (apologies for absence were received from the councillors …), unless the English follows ("… gan / Apologies … from").
 */
const APOLOGIES_SENTENCE =
  /(?:\bapolog(?:y|ies)\s+(?:for\s+(?:absence|inability\s+to\s+attend)\s+)?(?:(?:(?:were|was|had\s+been)\s+)?(?:received|given|noted|accepted|tendered|intimated|submitted|recorded|reported)(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|on\s+behalf\s+of|by)|from)|\bymddihe[iu]riadau\s+(?:am\s+(?:absenoldeb|eu\s+habsenoldeb)\s+)?(?:gan|oddi\s+wrth)(?:\s+y(?=\s+Cynghor))?(?!\s*\/)):?\s+(.+?)(?:(?<!\b(?:Cyng|Cllrs?|Mrs?|Ms|Dr|Cr|Prof|Revd?|[A-Z]))\.(?:\s|$)|$)/i;
/**
 * "Cllr F Moxon sent apologies (family commitment)": the people first, then the apologies they sent, in the item's first
 * sentence or after another ("All Members were present. County Councillor D Jeffels sent apologies."). A councillor of
 * two other councils keeps the last one's office with the name ("Borough and County Councillor D Jeffels"), as "County
 * Cllr" does. Australian and New Zealand councils title their members "Cr" ("Cr Alan Budd tendered his apology"); South
 * African councils record a member who "applied for leave of absence" (apologies, sent before the meeting).
 */
const SENT_APOLOGIES_SENTENCE = /(?:^|(?<=[.!?]\s))(?:(?:Borough|District|Town|City)\s+and\s+)?((?:(?:Borough|County|District|Town|City|Unitary)\s+(?:Cllrs?|Councillors?)|Cllrs?|Councillors?|Crs?|Alderm[ae]n|Mr|Mrs|Ms|Miss|Dr)\.?\s[^.]{1,120}?)\s+(?:had\s+)?(?:(?:sent|gave|tendered|offered)\s+(?:(?:their|his|her)\s+)?apolog|(?:applied|asked|requested)\s+(?:for\s+)?leave\s+of\s+absence)/i;
const ABSENT_SENTENCE = /\b(?:absent|not present)(?: without apolog(?:y|ies))?:?\s+((?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b[^.]+)/i;

/** ", who was substituted by Councillor Blackmore,", ", who was represented by Mr Ruiz, and": a clause naming who stood in, a comma after it. */
const STOOD_IN_FOR = /,\s+who\s+(?:was|were)\s+(?:substituted|represented|replaced)\s+by\s+[^,]{3,60},(?:\s+and\b)?/g;

/** A list's people, each with a post or body printed after the name split off ("Mr D Fallows of the Highland Council"). */
const attendeesFromListWithPosts = (list: string, kind: AttendanceKind) => attendeesFromList(list, kind).map((attendee) => withPostAfterName(attendee) ?? attendee);

/**
 * People named in an item's own words: "Apologies for absence were received from Cllr X and Cllr Y." `longestList`: a
 * list of names longer than this is no list (prose whose full stop was lost runs on after the names).
 */
export function attendeesFromSentence(text: string, longestList = Infinity): Attendee[] {
  const absent = ABSENT_SENTENCE.exec(text);
  return [
    // "… from Mr Tom Hale and accepted", "… from Cllr Ray, who was unwell": the sentence goes on after the names.
    // "… from Mr and Mrs Tebbutt and from District Councillor Ian Shaw": "and from" goes on with the list.
    // "That the apology from Cr Collard be accepted": a resolution's verb after the names ends them.
    // "… from Cllr Bisset, who was substituted by Cllr Blackmore, Cllr Maher and …": the clause naming who stood in is
    // no part of the list, which goes on after it. "… the apology from Member S Upton for absence": the reason after it.
    // "… Iain Gaul and Sandy West with Councillor Middleton substituting for Councillor Ellis …": a Scottish council's
    // substitutes, named after "with", attended.
    ...apologiesListedIn(text).filter((list) => list.length <= longestList).flatMap((list) => attendeesFromListWithPosts(list.replace(/\s+and\s+from\s+/g, ', ').replace(STOOD_IN_FOR, ',').replace(/\s*\bwho\b.*$|\s+(?:and|for)\s+\p{Ll}.*$|\s+(?:be|are|were|is|was)\s+\p{Ll}.*$|\s+with\s+\S.*\bsubstitut.*$/u, ''), 'apologies')),
    ...(absent ? attendeesFromList(absent[1], 'absent') : []),
  ];
}

/** A bullet (a dash or an asterisk typed as one: "- Cllr Hale sent apologies") or a paragraph's number ("4.1."), and the space after it, opening a line of an item's text. */
const LINE_OPENER = /^\s*(?:[•·▪◦]|[-–*](?=\s)|\d{1,3}(?:\.\d{1,2})+\.?(?=\s))\s*/;

/**
 * The item's lines without the bullets and paragraph numbers opening them: "•    Cllr I Ware & Cllr H Ware sent
 * apologies." is the sentence after the bullet. A numbered paragraph is a sentence of its own, so the line above it ends
 * there: "4.1. There were apologies from PCSO R Dando" (no full stop) over "4.2. The apologies were accepted."
 */
function withoutLineOpeners(lines: string[]): string[] {
  return lines.map((line, index) => {
    const next = lines[index + 1];
    const unopened = line.replace(LINE_OPENER, '');
    const endsAtNextParagraph = next !== undefined && LINE_OPENER.test(next) && !isBlank(unopened) && !/[.!?:;,]\s*$/.test(unopened);
    return endsAtNextParagraph ? `${unopened.trimEnd()}.` : unopened;
  });
}

/** "Staff Present", "Officers present", "Officials in attendance": an item listing the staff who attended. */
const STAFF_TITLE = /^(?:staff|officers|officials)\s+(?:present|in\s+attendance)$/i;
/** "2680/16 IN ATTENDANCE:", "Also present": a numbered minute of those attending who are not members (a board's officers, its guests). */
const IN_ATTENDANCE_TITLE = /^(?:(?:also|others?)\s+)?in\s+attendance:?$|^also\s+(?:present|attending):?$/i;

/** "A. ", "B. ": a lettered paragraph's letter, opening its line. */
const LETTERED_PARAGRAPH = /^\s*[A-H]\.\s+(?=\p{Lu})/u;

/** "Staff present" alone on its line, its colon lost where the line was parted from its list: the label, with its colon. */
function labelWithColon(line: string): string {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.includes(':') && trimmed.split(' ').length <= 3 && attendanceLabelOf(`${trimmed}:`) !== null ? `${trimmed}:` : line;
}

/** The lines with a label alone on its line ("Staff present:") joined to the list under it, as printed on one line. */
function withBareLabelsJoined(lines: string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const next = lines[index + 1]?.trim() ?? '';
    const bare = line.trim().endsWith(':') && attendanceLabelOf(line.trim())?.rest === '' && next !== '' && attendanceLabelOf(next) === null;
    joined.push(bare ? `${line.trim()} ${next}` : line);
    if (bare) index += 1;
  }
  return joined;
}

/** More sentences of apologies than an item holds: the reading stops there. */
const MAX_APOLOGIES_SENTENCES = 4;

/**
 * The lists of people each sentence of apologies names, in turn: "Apologies were received from Cllr L Green. Cllr
 * D'Souza sent apologies." names two (a second sentence read after the first one's end).
 */
function apologiesListedIn(text: string): string[] {
  const lists: string[] = [];
  let rest = text;
  for (let count = 0; count < MAX_APOLOGIES_SENTENCES; count += 1) {
    const apologies = APOLOGIES_SENTENCE.exec(rest) ?? SENT_APOLOGIES_SENTENCE.exec(rest);
    if (!apologies) break;
    lists.push(apologies[1]);
    rest = rest.slice(apologies.index + apologies[0].length).trimStart();
  }
  return lists;
}

/** The longest list of apologies read from an opening's prose, whose sentence may run on where a copy lost its stop. */
const LONGEST_OPENING_APOLOGIES = 200;

/** "were received from:", "received from": an apologies item's sentence going on from its title. */
const TITLE_GOES_ON = /^(?:(?:were|was|had\s+been)\s+)?(?:received|given|tendered)\s+from:?\s+/i;

/** People named inside the items that record attendance ("Apologies", "Present"). */
const PRESENTATION_TITLE = /\bpresentations?\b/i;

/** An item titled for attendance: its list is read as the title's kind ("Apologies", "Present", "Roll Call", "Yn bresennol", "Sederunt"). */
const ATTENDANCE_TITLE = /\b(?:apolog|present|attend|absen|roll call|call to order|ymddiheur|[bp]resennol|sederunt)/i;
/** "Welcome", "Welcome and introductions", "Opening of the meeting", "Chair's welcome", "Introductions and welcome": an item opening the meeting. */
const WELCOME_TITLE = /^(?:(?:the\s+)?chair(?:man|person)?['’]?s\s+|introductions?\s+(?:and|&)\s+)?(?:welcome|opening)\b/i;

const TITLED_OR_INITIALLED = /^(?:(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Dr|County|District|Borough)\.?\s|\p{Lu}\.?\s)/u;

/** "A Blackley A Evans B D Davies S Evans": three initialled names or more with no comma between them, a Welsh council's roll. */
const INITIALLED_RUN = /^(?:\p{Lu}(?:\s\p{Lu})?\s\p{Lu}[\p{Ll}'’-]+\s+){2,}\p{Lu}(?:\s\p{Lu})?\s\p{Lu}[\p{Ll}'’-]+$/u;

/** An item's lines under its kind's label: on the first line's own, as "Present: E. Drew - Chairman, M. Grief, …" prints a list. */
function underLabel(label: string, lines: string[]): string[] {
  const first = lines.findIndex((line) => line.trim() !== '');
  // "Present: Councilmembers Alvarez, Chen …" under "ROLL CALL" is labelled already.
  // A table of people ("Attendee Name    Title    Status"), a list one a line or a sentence ("The Secretary, Ms …,
  // called the roll") stays under the label's own line: a list run on opens with a titled name or an initial.
  // "1. PRESENT" over "Roy, Carol, Roger and Sarah": a committee by first names, as "Present: Roy, Carol, …" prints them.
  const runOn = first !== -1 && (((lines[first].includes(',') || INITIALLED_RUN.test(lines[first].trim())) && !lines[first].trim().includes('  ') && TITLED_OR_INITIALLED.test(lines[first].trim())) || isFirstNamesList(lines[first]));
  if (!runOn || attendanceLabelOf(lines[first]) !== null) return [label, ...lines];
  return [...lines.slice(0, first), `${label} ${lines[first].trim()}`, ...lines.slice(first + 1)];
}

/**
 * The names an apologies item lists one a line under a lead ("Apologies were received from the following people:") or
 * under the agenda's description ("Members are reminded that they may nominate a substitute …"), which a council's
 * meeting page prints above the minute ("Cllr A King."): the item's last lines, each opening with a title or an
 * initial, up to the lead or the description.
 */
function namesUnderLead(lines: string[], options: { trailingSpaceWraps: boolean; wrapLimit?: number }): Attendee[] {
  // "Councillor Dan Ash substituted for …" is a sentence: a name runs in capitalised words to its comma or bracket.
  const isNameLine = (line: string) => line.length <= 120 && TITLED_OR_INITIALLED.test(line.trim()) && !/\s(?!(?:and|of|de|van)\s)\p{Ll}/u.test(line.split(/[,(]/, 1)[0]);
  let start = lines.length;
  while (start > 0 && (isBlank(lines[start - 1]) || isNameLine(lines[start - 1]))) start -= 1;
  const names = lines.slice(start).filter((line) => !isBlank(line)).map((line) => line.trim());
  return start === 0 || names.length === 0 ? [] : readAttendance(['Apologies:', ...names], options).attendees;
}

/**
 * An item whose text may tell the roll call in sentences: the meeting's first (its opening paragraph), and those titled
 * for calling the meeting to order, the roll call or those present ("1. CALL TO ORDER AND ROLL CALL").
 */
const ROLL_CALL_TITLE = /\b(?:roll\s+call|call(?:ed)?\s+to\s+order|present|attend|absen|opening|welcome|quorum)/i;

/**
 * The first items, read for the roll call's answers (roll-call-answers.ts) whatever their titles: a church's or a
 * society's minutes may open with a prayer or a welcome before the paragraph saying who was present.
 */
const ROLL_CALL_ANSWER_ITEMS = 3;

export function attendeesFromItems(items: DraftItem[], options: { trailingSpaceWraps: boolean; wrapLimit?: number }): Attendee[] {
  return items.flatMap((item, index) => {
    const opens = opensMinutes(item, index);
    const rollCall = ROLL_CALL_TITLE.test(item.title);
    // The item's text, joined once for the readers of it below (an item can be a whole document run onto one line).
    let plain: string | undefined;
    const plainText = () => (plain ??= joinLines(item.lines.map(withoutMarkup)));
    const text = index < ROLL_CALL_ANSWER_ITEMS || rollCall ? plainText() : '';
    const sentences = index === 0 || rollCall ? attendeesFromRollCallSentences(text) : [];
    return [
      // "2. ROLL CALL" over "Mayor Ann Hale and Councilmembers Bo Reyes, … . Also present were …", wrapped: the roll call
      // told in sentences under no label is read as sentences, not as a list of one name a line (its lines cut names apart).
      ...(rollCall && sentences.length > 0 && !item.lines.some((line) => attendanceLabelOf(line) !== null) ? [] : attendeesListedInItem(item, options, plainText)),
      // Read before the roll-call sentences: "Trustees Hale and Ruiz were also present" names members, not staff.
      ...(text === '' ? [] : attendeesFromRollCallAnswers(text)),
      ...sentences,
      // "… College of Law." over "Present: Ann Hale, Ben Ruiz, …": a labelled list in the opening prose the header gave up (a
      // long line of prose ends the header's search for one).
      ...(opens ? readAttendance(item.lines, options).attendees : []),
      // "- An apology for absence was received from John Biggins.": minutes with no item headings (a community council's
      // bulleted decisions) record the apologies in the opening's prose, as an apologies item would.
      ...(opens && text.includes('polog') ? attendeesFromSentence(text, LONGEST_OPENING_APOLOGIES) : []),
    ];
  });
}

/** Whether an item is the minutes' opening text, under no heading of its own. */
const opensMinutes = (item: DraftItem, index: number) => index === 0 && (item.title === OPENING_TITLE || item.title === MINUTES_TITLE);

/**
 * The roll call the first items hold under titles that name no attendance, read only when the minutes record it
 * nowhere else: a header's line read as an item's title ("TIME: 6PM", a venue's "ALAMEDA CITY HALL" in capitals) puts
 * the opening paragraph ("… In attendance were Selectmen A, B and C.") or the labelled roll call ("ROLL CALL:" over
 * "Present: Mayor …") under it, or under the next. Only names: "COUNCILLORS PRESENT: COUNCIL MEETING: 30 MARCH 2017"
 * over a list set out further down is no list.
 */
export function attendeesFromEarlyItems(items: DraftItem[], options: { trailingSpaceWraps: boolean; wrapLimit?: number }): Attendee[] {
  return items.slice(0, ROLL_CALL_ANSWER_ITEMS).flatMap((item, index) => {
    if (ROLL_CALL_TITLE.test(item.title) || ATTENDANCE_TITLE.test(item.title) || PRESENTATION_TITLE.test(item.title) || WELCOME_TITLE.test(item.title)) return [];
    const sentences = index === 0 ? [] : attendeesFromRollCallSentences(joinLines(item.lines.map(withoutMarkup)));
    const labelled = opensMinutes(item, index) ? [] : readAttendance(item.lines, options).attendees;
    return [...sentences, ...labelled].filter((attendee) => !/\d/.test(attendee.name));
  });
}

/** "Apologies for Absence – Cllr Treharne", "Apologies – received from Cllr Hale": an apologies item's list or sentence run on in its title after a dash. */
const APOLOGIES_TITLE_LIST = /^[^–—]*?\bapolog(?:y|ies)\b[^–—]*?\s[–—-]\s+(\S.*)$/i;

/** An item's lines, with the list or sentence its apologies title runs on into as their first. */
function withTitleListRunOn(item: DraftItem): string[] {
  const runOn = item.title.includes(' ') ? APOLOGIES_TITLE_LIST.exec(item.title) : null;
  return runOn ? [runOn[1], ...item.lines] : item.lines;
}

/** People an item records as its kind's list or apologies' sentences ("Apologies", "Present", "Welcome"). */
function attendeesListedInItem(item: DraftItem, options: { trailingSpaceWraps: boolean; wrapLimit?: number }, plainText: () => string): Attendee[] {
  // "3. PRESENTATIONS" (of awards, of reports) records no attendance of its own: only a labelled list under it ("Members
  // present: …", those of a joint meeting) names people; "The Mayor presented …" is no list of them.
  if (PRESENTATION_TITLE.test(item.title)) return readAttendance(item.lines, options).attendees;
  // Welsh councils title the items so too: "Yn bresennol" (present), "Ymddiheuriadau" (apologies), "Yn absennol"; Scottish
  // community councils "1. Sederunt" (those present). "1) Call to order:" over "Council in Attendance:" and its list: US
  // and Canadian minutes record the roll call under it.
  if (!ATTENDANCE_TITLE.test(item.title)) {
    // "I. Welcome": the chair's welcome often records the apologies too, in a sentence ("Apologies were received from …"),
    // or the roll as labelled lists under it ("1) Welcome" over "Present:" and a line for each area a forum's delegates sit for).
    return WELCOME_TITLE.test(item.title) ? [...attendeesFromSentence(plainText()), ...readAttendance(item.lines, options).attendees] : [];
  }
  const lines = withTitleListRunOn(item);
  const joined = joinLines(withoutLineOpeners(lines.map(withoutMarkup)));
  // "3. STAFF PRESENT:" over "Marcia Delacroix, Library Director": the staff attend, they are no members present.
  const kind = /apolog|ymddiheur/i.test(item.title) ? 'Apologies:' : /absen/i.test(item.title) ? 'Absent:' : STAFF_TITLE.test(item.title) ? 'Staff present:' : IN_ATTENDANCE_TITLE.test(item.title) ? 'In attendance:' : 'Present:';
  // "2 Apologies" over "were received from: Councillors Mr G Evans & Mr L Thomas.": the title begins the sentence.
  const text = kind === 'Apologies:' ? joined.replace(TITLE_GOES_ON, 'Apologies were received from ') : joined;
  const sentence = /\b(?:received|given|noted|accepted|tendered|recorded)\s+from\b/i.test(text) || SENT_APOLOGIES_SENTENCE.test(text);
  // Apologies run on in sentences ("Apologies were received from …"), read above; those present, in a list, whatever
  // sentence of apologies the item goes on to ("37. PRESENT Councillors: A, B" over "APOLOGIES Apologies were received …").
  // "Clerk L D Chall due to illness.": the reason after a name sent apologies for is no part of the list's line.
  const typed = (kind === 'Apologies:' ? withoutSentenceAfterList(lines) : lines).map(withTypedShorthandSpaced).map((line) => (kind === 'Apologies:' ? withoutReason(line) : line));
  // "Minute no. 1 – Members Present Councillors" over the names: the title the names share ends the item's title.
  const label = kind === 'Present:' && /\bCouncillors$/.test(item.title) && INITIALLED_RUN.test(typed.find((line) => line.trim() !== '')?.trim() ?? '') ? 'Present: Councillors' : kind;
  // "1. Present and apologies for absence:-" over "Community councillors:- Mr. A, …" and "Apologies were received from …":
  // a labelled list under the title is read whatever sentence of apologies follows it.
  const labelledList = sentence && kind === 'Apologies:' && /^present\b/i.test(item.title) && typed.some((line) => attendanceLabelOf(line.trim())?.attendance === 'present');
  // "Chair Freeman called the meeting to order @ 6:00 p.m. Present: Commissioners A, B …": the list run on after the
  // opening sentence, read from its label on.
  // Its lettered paragraphs ("A. Chairman Abels requested the roll call: Present: …" over "B. Staff present: …") each
  // open so.
  // Their lines joined where a hard wrap broke them, so that a list run on after its label reads whole.
  const unlettered = withWrapsJoined(typed, options.wrapLimit ?? 0).map((line) => labelWithColon(line.replace(LETTERED_PARAGRAPH, '')));
  const apart = kind === 'Present:' ? withPresentLabelApart(unlettered) : unlettered;
  const runOnList = apart === unlettered ? -1 : apart.findIndex((line) => /^\s*Present\s*:/.test(line));
  const read = runOnList === -1 ? (kind === 'Present:' || isFirstNamesList(typed.find((line) => !isBlank(line)) ?? '') ? underLabel(label, typed) : [kind, ...typed]) : withBareLabelsJoined(apart.slice(runOnList));
  const listed = sentence && kind !== 'Present:' && !labelledList ? [] : readAttendance(read, options).attendees;
  const fromSentence = attendeesFromSentence(text);
  // "Apologies were received from the following people:" over "Councillor Anne Moore (Committee Member)", one a line:
  // the lines name each, where the sentence they run on into takes a bracketed role for the end of its list.
  const underLead = kind === 'Apologies:' && listed.length === 0 ? namesUnderLead(lines, options) : [];
  return underLead.length > fromSentence.length ? underLead : [...fromSentence, ...listed];
}
