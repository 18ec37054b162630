// Attendance records: "Present:", "In attendance:", "Apologies:" blocks and "Apologies were received from …"
// sentences → attendees with a role and a kind of attendance.
import { pushAll } from '../../../core/arrays';
import type { Attendee, AttendanceKind } from '../../../core/types';
import { attendanceLabelOf, othersBesideChair, withoutBold, type AttendanceLabel } from './attendance-labels';
import { listedUnderLabels, partsUnderInlineLabels } from './inline-labels';
import { withRolesAfterNames } from './roles-after-names';
import { COLUMN_HEADINGS, inColumns, ITEM_COLUMN_HEADINGS, readTableLine, withJustifiedSpacesClosed, type TableColumns } from './attendance-tables';
import { attendeesFromList, type ListReader } from './attendee-lists';
import { endsSentence } from '../lines';
import { wrapsEntry } from './wrapped-entries';
import { bracketCarriesOn, endsInTitleOrInitial, endsWithMarkBeforeSpace, ListEntry, wrapsRunOfCouncilOffices } from './list-entry';
import { headsProse, opensCodedMinute } from './heading-under-list';
import { isListedPerson, NAME_AT_START, opensUnlabelledList, PERSON_START, REPORT_AFTER_LABEL, SPEAKER_TURN, unbulleted, withTitledCapitals, withTitleOutOfCapitals } from './listed-person';
import { entryTexts } from './one-line-people';
import { translatesRole, withTranslatedRole } from './translated-roles';
import { contentLineBefore, isBlank, isWhiteSpaceCode, tailOf } from '../patterns';
import { withLabelledHolder } from './labelled-holders';
import { keyedPerson } from './initials-keys';
import { namesGroupOfPeople } from './grouped-lists';
import { groupLineLabel } from './constituency-lines';
import { groupUnderApologies } from './apologies-groups';
import { endsRunOnList, MIN_WRAPPED_LIST_LINE, wrapsRunOnList } from './run-on-list-wraps';

export interface AttendanceOptions {
  /** In PDF text a line that ends in a space was wrapped and goes on in the next line. */
  trailingSpaceWraps: boolean;
  /** Past this line, reading stops at a line neither a label nor in a list, and at "Apologies" alone (an item's heading). */
  stopAfter?: number;
  /** How lists of people are read: attendeesFromList unless a reader that remembers them for the document is given. */
  readList?: ListReader;
  /** In hard-wrapped text, how long its lines may be (Wrap.limit in index.ts; 0 or absent when it is not): see wrapsEntry. */
  wrapLimit?: number;
}

/**
 * "(1) APOLOGIES FOR ABSENCE", "a) Welcome and apologies": an item numbered in brackets or lettered, not a bracket or
 * lower-case words carried over from the line above.
 */
const ITEM_IN_BRACKETS = /^(?:\(\d{1,3}\)\s|[a-z][.)]\s+\p{Lu})/u;

/** "Eastlea District Council: ", "Labour Group: " before titled names: the body or group the members listed come from. */
const MEMBERS_OF_BODY = /^(?:\p{Lu}[\p{L}'’&-]*\s+){1,5}(?:Council|Authority|Board|Group|Party)\s*:\s+(?=(?:Cllrs?|Councillors?|Cr|Mr|Mrs|Ms|Dr)\.?\s)/u;

/**
 * "Brayford Borough Council: Councillor A (Chair), Councillor B" in an open list (a joint body's): the people, without
 * whose members they are; "Housing officer: Ruth Cole, …", one person's office (see withLabelledHolder). A line going on
 * with a name the line above left hanging ("… Argyll and" / "Lomond Council: Cllr …") is read as printed: it heads no
 * group, and the body is that person's.
 */
/** A line ending in "and", "&", "of" or "the": a name or a list left hanging, its end read alone (tailOf; the longest word and the character before it). */
const endsWithJoiningWord = (line: string) => /\b(?:and|&|of|the)$/.test(tailOf(line, 4));

function listedLine(printed: string, inList: boolean, above = ''): string {
  // "Her Worship the Mayor (Clr Lam), Councillors Au, …" (Australian councils): the mayor, as "The Mayor (…)" lists them.
  const line = withTitleOutOfCapitals(printed[0] === 'H' ? printed.replace(/^(?:His|Her)\s+Worship\s+the\s+(?=(?:Lord\s+)?Mayor\b)/, 'The ') : printed);
  if (endsWithJoiningWord(above)) return line;
  return withLabelledHolder(inList ? line.replace(MEMBERS_OF_BODY, '') : line, inList);
}

/** "1. Smt. Kavita Agarwal, Chairperson": a numbered list of members (Indian municipal minutes). */
const NUMBERED_ENTRY = /^(\d{1,3})[.)]\s+(\S.*)$/;

/**
 * The person a numbered line lists when it is the `expected` entry of a list of people: a titled name, or a name and an
 * office after a comma ("1. Welcome, apologies and …" is an item, not a member). Null otherwise.
 */
function numberedEntryOf(line: string, expected: number): string | null {
  const entry = line.charCodeAt(0) <= 0x39 ? NUMBERED_ENTRY.exec(line) : null;
  if (!entry || Number(entry[1]) !== expected) return null;
  return PERSON_START.test(entry[2]) || (NAME_AT_START.test(entry[2]) && /^[^,]{3,60},\s/.test(entry[2])) ? entry[2] : null;
}

/** "• Councillor Ahern,", "- Mr P. Lacey, County Manager": a bullet before a capital, opening one person of a list. */
const BULLETED_NAME = /^[•·*-]\s+\p{Lu}/u;

/** "… Mrs Rosa Fenwick (Deputy Town Clerk), County" / "Cllr Martin Greaves": a title's first word left at a wrapped line's end. */
const QUALIFIER_ENDING = /\b(?:County|District|Borough|Parish|Town|City|Deputy)$/;
const QUALIFIED_TITLE_START = /^(?:Cllrs?|Councillors?|Mayor|Clerk|Chair(?:man|woman)?)\b/;

/**
 * Whether a line (`lines[index]`) goes on with the entry above it: a wrapped line, an open bracket, a list left hanging,
 * a lower-case start, or a run-on list wrapped mid-name (not a verbatim record's turn: "Sandra Okafor AM (Chair): Good morning …").
 */
function continuesEntry(entry: ListEntry, line: string, lines: string[], index: number, options: AttendanceOptions): boolean {
  // "• Councillor Brophy," under "• Councillor Ahern,": a bullet starts the next person, whatever mark ends the line above, as a name keyed by its initials
  // does ("Jo Kerr (JK) Director of Finance"); a line ending in a colon after a blank line is the next heading ("Apologies: B. Ward;" over "Minutes:").
  if (BULLETED_NAME.test(line) || keyedPerson(line) || (index > 0 && isBlank(lines[index - 1]) && line.trimEnd().endsWith(':'))) return false;
  // The last four characters hold any of the marks (and, before "and", whether a word ends there).
  if ((options.trailingSpaceWraps && wrappedAbove(lines, index)) || bracketCarriesOn(entry, line, index > 0 && isBlank(lines[index - 1])) || /(?:[,;]|\band|&|\(|[–—-])$/.test(entry.tail.slice(-4))) return true;
  if ((QUALIFIER_ENDING.test(entry.tail) && QUALIFIED_TITLE_START.test(line)) || (index > 0 && lines[index - 1].trim().length >= MIN_WRAPPED_LIST_LINE && wrapsRunOfCouncilOffices(entry, line))) return true;
  if (options.wrapLimit && index > 0 && wrapsEntry(lines[index - 1], lines[index], options.wrapLimit)) return true;
  if (/^[a-z(]/.test(line) && !ITEM_IN_BRACKETS.test(line)) return true;
  return index > 0 && !SPEAKER_TURN.test(line) && (wrapsRunOnList(entry, lines[index - 1], line) || endsRunOnList(entry, lines, index));
}

/** How a line goes on with the entry above it: as its next words, or as its office in the other language; null when it does not. */
function followsEntry(entry: ListEntry, line: string, lines: string[], index: number, options: AttendanceOptions): 'continues' | 'translates' | null {
  if (continuesEntry(entry, line, lines, index, options)) return 'continues';
  return translatesRole(entry, lines[index - 1], line) ? 'translates' : null;
}

/**
 * In PDF text a line ending in a space was wrapped: it goes on in the next line of text, and across a blank line only
 * when it ends no sentence (pdftotext carries "Business Support " / (blank) / "Manager, CSU" across one).
 */
function wrappedAbove(lines: string[], index: number): boolean {
  const above = contentLineBefore(lines, index - 1);
  // Read from the last character: a pattern ending in `$` is tried from every character of the line.
  const raw = lines[above] ?? '';
  return isWhiteSpaceCode(raw.charCodeAt(raw.length - 1)) && (above === index - 1 || !endsSentence(raw));
}

/** Whether the line under `lines[index]` lists people: a bullet, or a person's title first. */
function listsPeopleUnder(lines: string[], index: number): boolean {
  const next = lines[index + 1]?.trim() ?? '';
  return /^[•·*-]\s/.test(next) || PERSON_START.test(next);
}

/**
 * The attendance label a line (`lines[index]`) opens with, or null. "Resolved to write to the district council. Action:
 * Town" / "Clerk": a label alone, with no colon, under a long line of prose that stops mid-sentence is the end of that
 * line's sentence, wrapped, not a label, unless people are listed under it. A line with a gap between columns ("Note taker      Sam Quail, Parish Clerk",
 * a table's row printed to PDF) is no prose.
 */
function labelOfLine(lines: string[], index: number, line: string, awaitingList: boolean): ReturnType<typeof attendanceLabelOf> {
  const label = REPORT_AFTER_LABEL.test(line) ? null : attendanceLabelOf(line);
  // "Apologies:" over "Cllrs Reed, Shaw.": a list of councillors with no label of its own is the list the label above awaits.
  if (awaitingList && label?.rest === line) return null;
  if (!label || label.rest !== '' || index === 0 || /[:–—-]/.test(line)) return label;
  // "Present" over "• Councillor Fiona Trelawney": a list of people under it makes it a label, whatever stands above; so
  // does a label under it, in capitals ("ATTENDANCE" over "Present were:"): a wrapped sentence goes on in its own case.
  if (listsPeopleUnder(lines, index) || (/^\p{Lu}{4,}$/u.test(line) && attendanceLabelOf(lines[index + 1] ?? '') !== null)) return label;
  const previous = lines[index - 1].trim();
  // A line closing its brackets ends a listed person's note ("Sarah Trotman (via electronic link from 3.28pm)"), and a
  // header's field ("Venue: Local Board Office, 14 Kowhai Crescent") its value: neither is a sentence going on.
  const endsEntry = previous.endsWith(')') || HEADER_FIELD.test(previous);
  return previous.length >= MIN_WRAPPED_LIST_LINE && /\p{Ll}/u.test(previous) && !endsSentence(previous) && !endsEntry && !previous.includes('   ') ? null : label;
}

/** A header's field and its value: "Venue: …", "Meeting Date: …". */
const HEADER_FIELD = /^(?:Meeting\s+)?(?:Date|Time|Venue|Location|Place)\s*:\s/i;

/**
 * "STAFF PRESENT: City Manager Halvorsen, …, and City Clerk Fenwick.": a list run on after its label and closed by a full
 * stop (not an initial's) has ended, as a blank line under it would say; minutes typed with no blank lines give no other sign.
 */
const endsWithFullStop = (entry: ListEntry) => endsWithMarkBeforeSpace(entry, '.') && !endsInTitleOrInitial(entry);

/** An attendance block still open: its kind and the entries listed so far. */
interface OpenBlock {
  attendance: AttendanceKind;
  entries: ListEntry[];
  /** Whether the label's own line lists several people, run on ("Present: Ross Fyfe (Chair), Ailsa Kerr"). */
  runOn: boolean;
  /** Whether the block is a group's part of the apologies ("Members: …" under "Apologies:"), as the next group's is. */
  apologiesGroup?: boolean;
}

const underApologies = (open: OpenBlock | null, line: string) =>
  open !== null && groupUnderApologies(open.attendance, open.entries.length === 0 || open.apologiesGroup === true, line);

/** "ABSENT" alone over "Member      Gus Petrakis": a column's title lists the people of the label above it. */
function attendanceUnder(label: AttendanceLabel, open: OpenBlock | null, line: string, listed: Attendee[]): AttendanceKind {
  if (underApologies(open, line)) return open!.attendance;
  return label.column && open?.attendance === 'absent' && open.entries.length === 0 ? 'absent' : othersBesideChair(line, listed) ? 'present' : label.attendance;
}

/** "Present: | 5 | - | Mayor …": a roll call's count of the people listed and the dash after it, printed as cells of their own. */
const COUNT_CELL = /^(?:\d{1,3}|[-–—])$/;

/**
 * Attendance blocks in a meeting's header: each label ("PRESENT:", "In attendance:", "Apologies") starts one;
 * its people follow on the same line and the lines after it, until a line that is no list of people. Under an open
 * block, a line of groups ("Bar Harbor:  Paul Murphy   Mount Desert:  …": people by the place each represents) is one more.
 * Returns the people and the indexes of the lines they were read from.
 */
export function readAttendance(lines: string[], options: AttendanceOptions): { attendees: Attendee[]; used: Set<number> } {
  const attendees: Attendee[] = [];
  const used = new Set<number>();
  let open: OpenBlock | null = null;
  let labelHeadingLevel: number | null = null;
  const flush = () => { if (open) pushAll(attendees, listedUnderLabels(entryTexts(open.entries), open.attendance, readList)); open = null; };
  const { stopAfter = Infinity, readList = attendeesFromList } = options;
  let table: TableColumns | null = null;
  /** How many people the open block has listed as "1. Name, Office", "2. …". */
  let numbered = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const raw = lines[index];
    const unbold = withoutBold(raw);
    const line = withJustifiedSpacesClosed(withTitledCapitals(listedLine((unbold.startsWith('#') ? unbold.replace(/^#{1,6}\s+/, '') : unbold).trim(), open !== null, lines[index - 1])));
    if (line === '') continue;
    // A table of people (Markdown pipes, or the columns of a Word or HTML table): one attendee per row.
    const tableLine = readTableLine(line, table, (open as { attendance: AttendanceKind } | null)?.attendance ?? null, unbold);
    if (tableLine?.columns) flush();
    if (tableLine) {
      table = tableLine.columns ?? table;
      // Under a row of labels, a line that is no row of their columns ("Cathy Fleet (CF) CLERK" alone) lists the first column's people.
      if (tableLine.columns?.starts) open = { attendance: tableLine.columns.lists![0], entries: [], runOn: false };
      pushAll(attendees, tableLine.attendees ?? []);
      used.add(index);
      continue;
    }
    table = null;
    if (ITEM_COLUMN_HEADINGS.test(line)) {
      flush();
      continue;
    }
    // "Cllr P Simcock (Chair)" / "Cllr N Tatam" / … under the meeting's heading, with no label: the councillors present.
    const label = labelOfLine(lines, index, line, (open as OpenBlock | null)?.entries.length === 0) ?? (open === null ? null : groupLineLabel(line, (open as OpenBlock).attendance, lines[index - 1])) ?? (open === null && attendees.length === 0 && opensUnlabelledList(lines, index, line) ? { attendance: 'present' as const, rest: line } : null);
    // "### Apologies" under "### Attendance" (a heading of the same level) goes on with the attendance, not an item.
    const headingLevel = /^#{1,6}(?=\s)/.exec(raw.trim())?.[0].length ?? null;
    const besideLabel = headingLevel !== null && headingLevel === labelHeadingLevel;
    // "Apologies:" (or "Apologies were received from:-") alone on its line under "Present:" and "In attendance:" blocks (or "Apologies" over a list of people)
    // is one more block of them.
    // Asked only of a label alone: it reads the next line, and this loop runs on every line of a header.
    const anotherBlock = () => (/:-?$/.test(line) || listsPeopleUnder(lines, index)) && (attendees.length > 0 || ((open as OpenBlock | null)?.entries.length ?? 0) > 0);
    // "Absent with Apologies" alone heads no item: only "Apologies" does.
    if (index > stopAfter && label?.attendance === 'apologies' && label.rest === '' && !besideLabel && !/^absent/i.test(line) && !anotherBlock()) break;
    if (label && headingLevel !== null) labelHeadingLevel = headingLevel;
    const endsHeader = index > stopAfter && !label && (/^(?:#|\d)/.test(line) || opensCodedMinute(line) || !/[a-z]/.test(line) || line.length > 100 || headsProse(lines, index));
    const current = open as OpenBlock | null;
    const last = current ? current.entries.length - 1 : -1;
    const follows = current !== null && last >= 0 && !opensCodedMinute(line) ? followsEntry(current.entries[last], line, lines, index, options) : null;
    if (label && follows !== 'translates') {
      flush();
      numbered = 0;
      // "Council Members Present: A, B. Council Members Absent: C.": a second label on the same line.
      const parts = partsUnderInlineLabels(withJustifiedSpacesClosed(label.rest), attendanceUnder(label, current, line, attendees));
      const last = parts.pop()!;
      const [attendance, rest] = [last.attendance, withTitledCapitals(last.text)];
      for (const part of parts) pushAll(attendees, readList(part.text, part.attendance));
      const apologiesGroup = underApologies(current, line);
      open = { attendance, entries: rest === '' ? [] : [new ListEntry(rest.includes('  ') ? inColumns(rest) : rest)], runOn: /[,;]|\band\b/.test(rest) && readList(rest, attendance).length > 1, apologiesGroup };
      if (!label.sentence) used.add(index);
    } else if (current && follows) {
      current.entries[last] = follows === 'translates' ? withTranslatedRole(current.entries[last], line) : current.entries[last].append(line);
      used.add(index);
    } else if (current && (COLUMN_HEADINGS.test(line) || (current.entries.length === 0 && COUNT_CELL.test(line)))) {
      used.add(index);
    } else if (current && current.entries.length === numbered && numberedEntryOf(line, numbered + 1) !== null) {
      numbered += 1;
      current.entries.push(new ListEntry(numberedEntryOf(line, numbered)!));
      used.add(index);
    } else if (current && namesGroupOfPeople(lines, index)) {
      used.add(index);
    } else if (current && isListedPerson(line, lines, index, current.runOn && current.entries.length === 1 && (isBlank(lines[index - 1]) || endsWithFullStop(current.entries[0])))) {
      current.entries.push(new ListEntry(inColumns(unbulleted(line))));
      used.add(index);
    } else {
      flush();
      if (endsHeader) break;
    }
  }
  flush();
  return { attendees: withRolesAfterNames(attendees), used };
}
