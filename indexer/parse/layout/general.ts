// Minutes in any layout: split into meetings, read each header (body, date, time, venue, attendance), then the agenda items under
// whichever kind of heading the document uses. With no item headings the whole text is one item, and the caller is told what was missing.
import { readAttendance, type AttendanceOptions } from '../attendance/attendance';
import { rememberingListReader } from './remembered';
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { authorityTitleAbove, authorityLineAbove, carriesNameOn, authorityLineBelow, BODY_WORDS, DATE_AFTER_BODY, GATHERING_OF_PEOPLE, namedWithCouncil, organisationAbove, bodyBeforeDate, councilBeforeDash, englishHalf, GENERIC_BODY, withoutMeetingKindAfterCouncil, withoutMeetingOf, withoutMinutesAfterBody, COMPANY_ABBREVIATION_END, LISTS_TITLED_PEOPLE } from '../header/body-names';
import { withCouncilNamesJoined } from '../header/split-council-names';
import { isDetailOverAttendance, withoutTitleBlockDetails } from '../items/title-block-details';
import { numericDateOrder, type DateOrder } from '../header/date-order';
import { narrowestAuthority } from '../header/authority-lines';
import { withoutComingMeetings, withoutEarlierMinutes, withoutPeriods } from '../items/earlier-minutes';
import { minutesTitleDate } from '../header/minutes-title-date';
import { labelledBodyLine } from '../header/labelled-body';
import { withoutEmailHeader } from '../page/email-header';
import { meetingSentenceAfter } from '../header/held-sentence';
import { headerDateBounds } from '../header/narrated-dates';
import { bodyAtMeetingOf, bodyBeforeMeetingHeld, bodyInOpeningSentence, bodyThatMet, withoutCapitalsStop } from '../header/meeting-held-by';
import { attendeesFromRollCallAnswers } from '../attendance/roll-call-answers';
import { withOfficeCellsAsRoles } from '../attendance/office-cells';
import { meetingStarts } from './meeting-starts';
import { withoutFurniture } from '../page/furniture-lines';
import { withSpacedLettersClosed } from '../page/letter-spacing';
import { headingCandidates, rememberingHeadingReaders, type HeadingCandidate, type HeadingReaders } from '../items/headings';
import { continuesHeader } from '../header/header-continuation';
import { withoutIntroducedLists, withoutPaperNotes } from '../items/colon-lists';
import { headingsAboveAttendance } from '../items/heading-above-attendance';
import { withHeadingUnderAttendance } from '../attendance/heading-under-attendance';
import { venueIn, withoutAddressBlocks } from '../header/venues';
import { chooseItemHeadings, firstNumberedHeading, withCapitalPeers, withFramingSections, withSkippedAgendaItems } from '../items/item-headings';
import { withBusinessSections } from '../items/business-sections';
import { committeeBody, DAY_MONTH_YEAR_IN_FIGURES, findDate, MONTH_NAME, labelledMeetingDate, qualifyBody, readableName, WEEKDAY } from '../header/meeting-fields';
import { findTime } from '../header/meeting-times';
import { carriesSentenceOn, firstMatch, firstReading, joinLines, withoutMarkup } from '../lines';
import { asBodyName, withoutMonthFirstDateEnding } from '../header/body-name-shape';
import { attendanceAfterOpening, openingProseStart, openingWithRunTogetherHeader, OPENING_TITLE, undatedOpeningFrom, unheadedMinutesStart, withRunTogetherLinesUnused } from '../header/opening-prose';
import { endsWithOneOf, isBlank, MEETING_KINDS } from '../patterns';
import { MINUTES_TITLE, type DraftItem, type DraftMeeting } from '../types';
import { draftsWithItems } from './text-as-item';
import { withBodiesCarriedOn } from './carried-bodies';
import { itemWordCount, withRunInSectionsAsHeadings } from '../items/run-in-sections';
import { bodyNamedIn, isMeetingAnchor } from '../header/minutes-titles';
import { bodyInDashedMinutesTitle, LEFT_OR_ARRIVED } from '../header/dashed-minutes-title';
import { bodyInTitleParts } from '../header/title-parts';
import { bodyOnDatedTitle, isInitialsAlone } from '../header/dated-title-body';

/** A drafted meeting, and what its header did not say. */
export interface GeneralDraft {
  meeting: DraftMeeting;
  missing: ('items' | 'date' | 'body')[];
}

/**
 * "Planning Committee - Monday, 4th March 2024" (or "- 06/02/2018"): the body before a dash and a date. Each run of
 * white space is taken whole (a lookahead and a back-reference, as JavaScript has no possessive quantifier) and the
 * body ends at a character that is not a space: written as `(.+?)\s+`, a line with a long run of spaces was tried at
 * every split of the run (100,000 spaces took minutes). A body of white space alone was the only other match.
 */
const BODY_DASH_DATE = new RegExp(
  String.raw`^(?:#{1,6}(?=(\s+))\1)?(?<body>.*?\S)(?=(\s+))\3[-–—]\s+(?:(?:${WEEKDAY},?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}|${DAY_MONTH_YEAR_IN_FIGURES})`,
  'i',
);
const DASH_BETWEEN_SPACES = /\s[-–—]\s/;
/** "Ordinary Meeting of the": the kind of meeting before whose it was. */
const MEETING_OF_KIND = new RegExp(String.raw`^(?:the\s+)?(?:(?:${MEETING_KINDS})\s+)*meeting\s+of\s+`, 'i');
const ITEM_REFERENCE = /\s*\(Item\s+[\w./]+\)\s*$/i;
const TRAILING_ASIDE = /\(([^()]*)\)\s*$/;

/** "Meeting: Audit Committee (County Hall - Committee Room 4 - 13/03/2008 09:30:00 AM)": where and when, bracketed after the body. */
function withoutDatedAside(name: string): string {
  const aside = TRAILING_ASIDE.exec(name);
  return aside && findDate(aside[1]) !== null ? name.slice(0, aside.index).trim() : name;
}
/**
 * "Minutes of the Full Governing Body Meeting": the body named before "Meeting", on a line of its own ("Minutes of
 * Previous Meeting", "Minutes of Last Meeting": an item's title, naming the meeting by when it was; "Minutes of the
 * June Liaison Committee": the month the meeting was held in, before the body's name). "Notes of the
 * Informal Scrutiny Committee": an informal meeting's record is its notes; "Informal" says how it met, not who.
 */
const MINUTES_OF_X_MEETING = new RegExp(
  String.raw`^(?:minutes|notes)\s+of\s+(?:the\s+)?(?:informal\s+)?(?!(?:a|an|the|last|previous|preceding|prior)\b)(?:${MONTH_NAME}\s+)?(?<body>(?:[\p{L}'’&-]+\s+){0,6}?[\p{L}'’&-]+)(?<meeting>\s+meeting)?$`,
  'iu',
);

/**
 * The body a line "Minutes of the Full Governing Body Meeting" names, or a title line "MINUTES OF THE PLANNING
 * COMMITTEE" (no "held on" after it): without "Meeting" the words must name a body ("Minutes of Proceedings" names none).
 */
function bodyOnMinutesLine(line: string): string | undefined {
  const match = MINUTES_OF_X_MEETING.exec(line)?.groups;
  return match && (match.meeting !== undefined || BODY_WORDS.test(match.body)) ? match.body : undefined;
}
// "Annual Parish Meeting 2025-04-22", "… 22/04/2025": a numeric date in a title says when, as a month's name does (and a day typed against its weekday: "THURSDAY22 SEPTEMBER").
const DATE_WORDS = new RegExp(String.raw`\b(?:${WEEKDAY})\b|(?:\b|(?<=\Bday))\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b`, 'i');

/** "Tuesday 4 March 2025 — Planning Committee", "04/03/2025 — …": a title (or a labelled meeting) with the date first, then the body. */
const DATE_DASH_BEFORE_BODY = new RegExp(String.raw`^(?:(?:${WEEKDAY},?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|${DAY_MONTH_YEAR_IN_FIGURES})\s+[-–—|]\s+(?=\S)`, 'i');
const MEETING_KIND_WORDS = new RegExp(String.raw`^\s*(?:the\s+)?(?:(?:${MEETING_KINDS})\s+)+`, 'i');

/** "Council Chambers, 200 Elm Street", "St Anne's School, Mill Road, Kelby", "Committee meeting at 12 High Street": where a meeting was held, not who held it. */
const VENUE_WORDS = /\b(?:Council|Committee|Board|Commission)\s+(?:Meeting\s+)?(?:Chambers?|Offices?|Rooms?|Building|House)\b|(?:,|\bat)\s+(?:\d+\s+)?[A-Z][\w'’-]*\s+(?:Road|Street|Lane|Avenue|Drive|Close)\b/i;

/** "Contact: Committee Services", "Venue: Room 2", a page's "Minutes: Read the Minutes" link: the meeting's details, naming no body. */
const DETAILS_LABEL = /^(?:(?:Contact|Venue|Location|Place|Address|Enquiries|E-?mail|Tel(?:ephone)?|Phone)\b[^:]{0,30}:|(?:Minutes|Agenda|Reports?)\s*:\s*(?:Read|View|Download)\b)/i;

/** "Contact: Committee Services 01632 960000" under the header: one of its details in a heading's shape, heading no item. */
const isDetailsLine = (candidate: HeadingCandidate) => !candidate.kinds.includes('numbered') && DETAILS_LABEL.test(candidate.title);

/** A header longer than this is prose that happens to come first; its fields are read from its start. */
const MAX_HEADER_CHARS = 4000;

/** A meeting's header, read once for all its fields: its lines without markup (trimmed), and their text joined. */
interface Header {
  lines: string[];
  text: string;
}

const venueOf = (header: Header) => venueIn(header.lines, header.text);

function readHeader(headerLines: string[]): Header {
  const lines = withoutAddressBlocks(headerLines.map((line) => withoutMarkup(line).trim()));
  return { lines, text: joinLines(lines) };
}

/**
 * The header's text without mentions of an earlier meeting's minutes: "Motion to approve the minutes of the regular Board
 * of Directors meeting held on …" in prose read into the header names the meeting whose minutes were approved, not the
 * body (as no date is read from it either).
 */
function withoutEarlierMinutesText(header: Header): string {
  return /minutes/i.test(header.text) ? joinLines(withoutEarlierMinutes(header.lines)) : header.text;
}

/** The body a meeting's header names: in a title of parts (title-parts.ts), else as the rest of its lines say. */
function bodyFromHeader(header: Header, readsEarlierMinutes = false): string | null {
  // "BOARD OF COUNTY COMMISSIONERS" over "OF WASHINGTON COUNTY": one name, read as one line ("… County" alone is no body).
  const joined = header.lines.some((line) => line.startsWith('OF ')) ? withCouncilNamesJoined(header.lines).filter((line) => line !== '') : header.lines;
  const read = joined === header.lines ? header : { lines: joined, text: joinLines(joined) };
  return bodyInTitleParts(read.lines) ?? bodyFromHeaderLines(read, readsEarlierMinutes);
}

/**
 * "COUNCIL ADVISES THAT ALL OR PART OF THE MEETING MAY BE AUDIO RECORDED BY COUNCIL", "PLEASE RETAIN THIS DOCUMENT …": a
 * notice under the title, a sentence in the title's capitals, names no body though it says "Council".
 */
const NOTICE_SENTENCE = /\b(?:advises?|that|please|retain|may\s+be|will\s+be)\b/i;

/** `readsEarlierMinutes`: the header is an agenda's line over the minutes it confirms, which name the body. */
function bodyFromHeaderLines(header: Header, readsEarlierMinutes: boolean): string | null {
  const labelled = labelledBodyLine(header.lines);
  // "Meeting: Ordinary Meeting of the Parish Council" names the kind of meeting: the council's own line above names whose.
  if (labelled && GENERIC_BODY.test(labelled[1].replace(MEETING_OF_KIND, ''))) {
    const lines = header.lines.filter((line) => line !== labelled.input);
    return bodyFromHeader({ lines, text: joinLines(lines) }) ?? readableName(labelled[1]);
  }
  // "Meeting: 12/03/2025 - Cabinet (Item 67)": a ModernGov item page names the meeting by its date, body and item.
  // "Tessmouth Combined Authority" over "Decision maker: Combined Authority Board": the council or authority above names whose.
  if (labelled) return qualifyBody(readableName(withoutDatedAside(labelled[1].replace(DATE_DASH_BEFORE_BODY, '').replace(ITEM_REFERENCE, ''))), authorityTitleAbove(header.lines, labelled.input));
  // Only a line with a dash between white space can match: the pattern is slow to fail (it reads each run of white space whole).
  const dashedLines = header.lines.filter((line) => DASH_BETWEEN_SPACES.test(line));
  const dashed = firstMatch(dashedLines, BODY_DASH_DATE, (match) => bodyBeforeDate(match.groups!.body) !== null);
  if (dashed) return qualifyBody(readableName(bodyBeforeDate(dashed.groups!.body)!), authorityLineAbove(header.lines, dashed.input) ?? authorityLineBelow(header.lines, dashed.input));

  const namedThrough =
    bodyNamedIn(readsEarlierMinutes ? header.text : withoutEarlierMinutesText(header)) ??
    firstReading(header.lines, bodyOnMinutesLine) ??
    bodyAtMeetingOf(header.text) ??
    (firstReading(header.lines, bodyBeforeMeetingHeld) ?? bodyInDashedMinutesTitle(header.text));
  // "Minutes of the Quality Committee" over "Date: …" ("…BoardDate of meeting: …", a table's cells run together): the name ends at the next label, or a time ("… MEETING" over "7:00pm on …").
  const named = namedThrough && !GATHERING_OF_PEOPLE.test(namedThrough) ? withoutMeetingKindAfterCouncil(namedThrough.replace(/(?:\s*(?:Date|Time|Venue|Place|Location)\s+(?:of|for)\s+(?:the\s+)?meeting|\s+(?:Date|Time|Venue|Place|Location|Held))\s*:.*$|\s+(?:\d{1,2}[:.]\d{2}\s?[ap]\.?m\.?)$/i, '')) : null;
  const headings = withCouncilNamesJoined(header.lines)
    .map((line) => withoutMinutesAfterBody(withoutCapitalsStop(withoutMonthFirstDateEnding(englishHalf(line.replace(DATE_DASH_BEFORE_BODY, ''))))).replace(DATE_AFTER_BODY, ''))
    .filter(
      (line, index) =>
        line !== '' &&
        line.length <= 120 &&
        // A line stopping at a full stop (not an abbreviated company's, "… Ranch Assn., Inc."), a colon or a comma is (part of) a sentence, not a heading; "(LG) Local Governor; (PG) Parent Governor", a key or a list, as is a line of titled people after commas.
        (!endsWithOneOf(line, '.:,') || COMPANY_ABBREVIATION_END.test(line)) && !line.includes(';') && !LISTS_TITLED_PEOPLE.test(line) &&
        // "• Your Council": a bullet in a web page's menu, printed with the page, names no body (nor does a Markdown list's "- Ann Hale - Trinity College"); nor does a parish's "OPEN FORUM" (the public's session) left above the items.
        !/^(?:[•·▪◦]|[-*+]\s)/.test(line) &&
        // "The regular meeting of the Board of Directors of the Riverbend" wrapped onto the next line: prose, either part.
        !carriesNameOn(header.lines[index - 1], header.lines[index] ?? line) && !(index + 1 < header.lines.length && carriesSentenceOn(line, header.lines[index + 1])) &&
        !/\b(?:minutes?|notes)\b|^(?:in|at|held)\b|^(?:open|public)\s+forum$/i.test(line) && !LEFT_OR_ARRIVED.test(line) &&
        !DATE_WORDS.test(line) &&
        BODY_WORDS.test(line) &&
        !VENUE_WORDS.test(line) &&
        !DETAILS_LABEL.test(line) && !NOTICE_SENTENCE.test(line) &&
        attendanceLabelOf(line) === null,
    )
    .map(withoutMeetingOf);
  const namesCommittee = (line: string) => /\b(?:Committee|Panel|Board|Sub-Committee|Forum|Group)\b/i.test(line);
  // "BOARD OF EDUCATION" over "LAKE CARROWAY CENTRAL SCHOOL DISTRICT": whose board it is is the heading naming no committee.
  const organisation = headings.length >= 2 && namesCommittee(headings[0]) ? headings.find((line) => !namesCommittee(line)) : undefined;
  const namesCouncil = (line: string) => /\bCouncil\b/i.test(line) && !namesCommittee(line);
  // "Ordinary Council Meeting" above "Kooringal Shire Council": the kind of meeting names no council; the council's name does.
  const councilLine =
    headings.find((line) => namesCouncil(line) && !GENERIC_BODY.test(line)) ??
    headings.find(namesCouncil) ??
    (headings.length >= 2 || (named && BODY_WORDS.test(named) && headings.length === 1) ? councilBeforeDash(organisation ?? headings[0]) : null);
  // "CITY OF LAKESIDE FALLS" above "CITY COUNCIL": the authority names whose council it is.
  const authority = narrowestAuthority(header.lines, (line) => DATE_WORDS.test(line));
  const council = authority && (!councilLine || GENERIC_BODY.test(councilLine)) ? authority : councilLine;
  // "ORDINARY COUNCIL MEETING" under "KOORINGA CITY COUNCIL" says which meeting it was (a generic name is the authority's).
  // "Council" under "Cheltwick Borough Council" (a council's full meeting) is the council itself.
  // "Committee Minutes" under "Cabinet" (a committee system's page): what the document is, no committee's name.
  const committee = headings.find((line) => line !== council && !(council && GENERIC_BODY.test(line) && /meeting$|^(?:\w+\s+)?meeting of\b|^committee$/i.test(line)) && !(/^council$/i.test(line) && council && /council$/i.test(council))) ?? null;
  const ownCouncil = named ? namedWithCouncil(named, header.lines) : null;
  if (named && !GENERIC_BODY.test(named.trim()) && BODY_WORDS.test(named)) {
    // "Brackenfold Community Food Bank" over "Minutes of the Board of Trustees meeting": whose board it is.
    const owner = ownCouncil!.council ?? council ?? (namesCommittee(named) ? organisationAbove(header.lines, named) : null);
    return qualifyBody(readableName(ownCouncil!.committee), owner);
  }
  if (committee) return committeeBody(committee, council ?? (namesCommittee(committee) ? organisationAbove(header.lines, committee) : null));
  // "Shire of Kooralup" over "Minutes of the Ordinary Council Meeting": the Shire's Council ("Ordinary" is the meeting's kind).
  if (authority && council === authority && named && GENERIC_BODY.test(named.trim())) return qualifyBody(readableName(named.replace(MEETING_KIND_WORDS, '')), authority);
  // "Regular Council Meeting" under "The Corporation of the Township of X": the Township's Council met.
  if (authority && council === authority && headings.some((line) => GENERIC_BODY.test(line) && /\bcouncil\b/i.test(line))) return `${readableName(authority)} Council`;
  if (council) return readableName(council);
  // "ASTON PARISH COUNCIL - Minutes of the Annual Parish Meeting …", "HALLBROOK CRICKET CLUB" over "Minutes of the Annual General Meeting …": a kind of meeting, whose council is before the dash or whose organisation heads the page.
  const owner = named && GENERIC_BODY.test(named.trim()) ? (ownCouncil?.council ?? organisationAbove(header.lines, named)) : null;
  if (owner || (named && !GENERIC_BODY.test(named.trim()))) return readableName(owner ?? named!);
  const dated = bodyOnDatedTitle(header.lines);
  if (dated) return isInitialsAlone(dated) ? dated : readableName(dated);
  // "Council - Thursday, 26 January 2017 2.00 p.m." (a ModernGov meeting page): the authority's full council, named as
  // the page names it when nothing else in the header says whose council it is.
  const lastResort = firstMatch(dashedLines, BODY_DASH_DATE, (match) => GENERIC_BODY.test(match.groups!.body) && /\bcouncil$/i.test(match.groups!.body))?.groups!.body ?? bodyThatMet(header.text);
  return lastResort ? readableName(lastResort) : null;
}

function draftMeeting(lines: string[], options: AttendanceOptions & { dateOrder: () => DateOrder }, readers: HeadingReaders): GeneralDraft {
  const allCandidates = headingCandidates(lines, 0, readers);
  const firstNumbered = firstNumberedHeading(allCandidates);
  const { titleDateLine, proseStart: proseDate, dated, agendaMinutes, yearlessDate } = headerDateBounds(lines, firstNumbered);
  const dateLine = meetingSentenceAfter(lines, titleDateLine, firstNumbered, isMeetingAnchor);
  const attendanceFrom = attendanceAfterOpening(lines, dateLine, allCandidates.find((candidate) => candidate.index > dateLine && !continuesHeader(lines, dateLine, candidate) && !isDetailsLine(candidate) && !isDetailOverAttendance(candidate, lines))?.index ?? lines.length);
  const headerAttendance = withRunTogetherLinesUnused(readAttendance(lines, { ...options, stopAfter: attendanceFrom }), lines);
  const headerLast = [...headerAttendance.used].reduce((last, index) => Math.max(last, index), dateLine);
  const below = withHeadingUnderAttendance(allCandidates.filter((candidate) => candidate.index > headerLast), lines, headerAttendance.used, readers);
  const above = headingsAboveAttendance(allCandidates, below, lines, dateLine, headerAttendance.used);
  const candidates = above ?? below;
  const headings = withoutTitleBlockDetails(withSkippedAgendaItems(withFramingSections(withCapitalPeers(withBusinessSections(chooseItemHeadings(withoutIntroducedLists(withoutPaperNotes(candidates, lines), lines)), candidates), candidates, lines), candidates, lines), lines).filter((heading) => !isDetailsLine(heading)), lines);
  const headerEnd = headings[0]?.index ?? headerLast + 1;
  const unused = (from: number, to: number) => lines.slice(from, to).filter((_, offset) => !headerAttendance.used.has(from + offset));
  const proseStart = headings.length > 0 ? openingProseStart(lines, dated ? (attendanceFrom > dateLine ? dateLine : headerLast) + 1 : undatedOpeningFrom(headerAttendance.used, dateLine), headerEnd, headerAttendance.used) : -1;

  // Headings come after every line the header's attendance used (candidates start past headerLast): no filtering, unless the one heading is above it.
  const items: DraftItem[] = headings.map((heading, position) => ({
    number: heading.number,
    title: heading.title,
    lines: (above ? unused : lines.slice.bind(lines))(heading.next, headings[position + 1]?.index ?? lines.length),
  }));
  const openingStart = headings.length > 0 ? openingWithRunTogetherHeader(lines, dateLine, headerEnd, headerAttendance.used, proseStart) : -1;
  if (openingStart !== -1) items.unshift({ number: null, title: OPENING_TITLE, lines: unused(openingStart, headerEnd) });
  if (items.length === 0) {
    // With no headings, whatever follows the header is the minutes (and any prose read into it); a header with nothing after it is all there is.
    const afterHeader = lines.slice(headerEnd);
    const bodyLines = afterHeader.some((line) => !isBlank(line)) ? [...unused(unheadedMinutesStart(lines, headerEnd, dateLine, headerAttendance.used), headerEnd), ...afterHeader] : unused(0, lines.length);
    if (bodyLines.some((line) => !isBlank(line))) items.push({ number: null, title: MINUTES_TITLE, lines: bodyLines });
  }
  const header = readHeader(unused(0, Math.min(headerEnd, proseDate)));
  const headerText = header.text.slice(0, MAX_HEADER_CHARS);
  const date = labelledMeetingDate(lines, options.dateOrder) ?? minutesTitleDate(header.lines, options.dateOrder) ?? yearlessDate ?? findDate(joinLines(withoutPeriods(withoutEarlierMinutes(withoutComingMeetings(header.lines)))).slice(0, MAX_HEADER_CHARS), options.dateOrder);
  // A header naming no body: the item confirming its own earlier minutes ("To confirm … the minutes of the Fire Authority
  // meeting held on …") names it, else the meeting's opening sentence (also where the header names only a file).
  const body = asBodyName(bodyFromHeader(header) ?? (agendaMinutes === -1 ? null : bodyFromHeader(readHeader(lines.slice(0, agendaMinutes + 1)), true))) ?? asBodyName(bodyInOpeningSentence(items.find((item) => item.lines.some((line) => !isBlank(line)))?.lines ?? []));
  const missing: GeneralDraft['missing'] = [...(headings.length === 0 ? ['items' as const] : []), ...(date ? [] : ['date' as const]), ...(body ? [] : ['body' as const])];
  return {
    meeting: { body, date, time: findTime(headerText), title: MINUTES_TITLE, venue: venueOf(proseStart === -1 ? header : readHeader(unused(0, proseStart))), attendees: [...headerAttendance.attendees, ...attendeesFromRollCallAnswers(headerText)], items },
    missing,
  };
}

/** How the general rules read a document: its wrap, and who is told as each of its meetings is read (`done` of `total` before each). */
type GeneralOptions = { trailingSpaceWraps: boolean; wrapLimit: number; onMeetingRead?: (done: number, total: number) => void };

/** Every meeting in a document of any layout. */
export function parseGeneralDocument(lines: string[], options: GeneralOptions): GeneralDraft[] {
  // Before the furniture goes: "Chairperson" alone on its line is where the chair signs, unless a holder's name is under it.
  const cleaned = withoutFurniture(withOfficeCellsAsRoles(withoutEmailHeader(withSpacedLettersClosed(lines))));
  const drafts = draftsOf(cleaned, options);
  // A meeting of one item or none may be sections run in at their lines' starts ("Matters Arising: …"): read again with those as headings.
  const sectioned = drafts.length === 1 && drafts[0].meeting.items.length <= 1 ? withRunInSectionsAsHeadings(cleaned, options.wrapLimit) : null;
  const resectioned = sectioned ? draftsOf(sectioned.lines, options) : null;
  // Kept where its items hold every word (the labels' now titles; a new header's prose would go unindexed) and its date is as before.
  const keeps = ({ meeting }: GeneralDraft) => itemWordCount(meeting.items) + sectioned!.labelWords >= itemWordCount(drafts[0].meeting.items) && [null, meeting.date].includes(drafts[0].meeting.date);
  return resectioned && resectioned.length === 1 && resectioned[0].meeting.items.length >= 3 && keeps(resectioned[0]) ? resectioned : drafts;
}

/** The meetings `cleaned` lines hold, each with its header read and its items headed. */
function draftsOf(cleaned: string[], options: GeneralOptions): GeneralDraft[] {
  const dateOrder = numericDateOrder(cleaned);
  const starts = meetingStarts(cleaned, { isMeetingAnchor, dateOf: (text) => findDate(text, dateOrder), bodyOf: (header) => bodyFromHeader(readHeader(header)) });
  const meetingOptions = { ...options, readList: rememberingListReader(), dateOrder };
  const readers = rememberingHeadingReaders(options.wrapLimit);
  const meetingsLines = starts.map((start, position) => cleaned.slice(start, starts[position + 1] ?? cleaned.length));
  const drafts = meetingsLines.map((meetingLines, position) => {
    options.onMeetingRead?.(position, starts.length);
    return draftMeeting(meetingLines, meetingOptions, readers);
  });
  return draftsWithItems(withBodiesCarriedOn(drafts, meetingsLines), cleaned);
}
