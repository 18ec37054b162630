// Printed minutes and agendas, as extracted from PDF agenda packs: "MINUTES of a meeting of ... held ...",
// attendance lists, numbered item headings, and (in a pack) the pack's own agenda.
import { pushAll } from '../../../core/arrays';
import { joinLines } from '../lines';
import { readAttendance } from '../attendance/attendance';
import { contentEndsWithOneOf, isBlank } from '../patterns';
import { cleanVenue, findDate, qualifyBody, titleCaseHeading } from '../header/meeting-fields';
import { findTime } from '../header/meeting-times';
import { AGENDA_TITLE, MINUTES_TITLE, type DraftItem, type DraftMeeting } from '../types';

const MINUTES_ANCHOR = /^\s*MINUTES of (?:a|the) meeting\b/i;
const AGENDA_LINE = /^\s*AGENDA\s*$/;
const MEETING_CLOSED = /^\s*The meeting closed\b/i;
/** A new paper in the pack starts on a new page, which the extraction marks with one leading space. */
const PAPER_START = /^ [A-Z][^a-z]*\s[^a-z]*[A-Z][^a-z]*$/;
/** Unfilled document-template fields left in the extraction: "(a) FIELD", "(b) FIELD_TITLE". */
const TEMPLATE_FIELD = /^\s*\([a-z]\)\s+[A-Z_]+\s*$/;
const ITEM_REFERENCE = /^\(Item\b[^)]*\)$/;
const NUMBERED_HEADING = /^\s*(\d{1,4})\.\s+(\S.*)$/;
const AGENDA_HEADING = /^\s*(\d{1,2}|[A-Z])\.\s+(\S.*)$/;
/** The first words of an agenda item's description, which follows its (possibly wrapped) title. */
const AGENDA_DESCRIPTION = /^(?:To|The|There|Subject)\b/;
const PAGE_REFERENCE = /[ \t]*\(Pages?[\s\d-]+\)/g;
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;

/** An upper-case heading line: "KENT COUNTY COUNCIL", "CRIME AND DISORDER (OVERVIEW AND SCRUTINY) COMMITTEE". */
const isCapitalHeading = (line: string) => !isBlank(line) && !/[a-z]/.test(line) && /[A-Z]{3}/.test(line) && line.trim().length <= 100;

interface Heading {
  number: string | null;
  title: string;
  /** Index of the first line after the heading. */
  next: number;
}

/** "224. Election of Chairman" + "(Item 2)", or an upper-case "3. CONFIRMATION OF THE MINUTES ... 15" + "FEBRUARY 2017". */
function readMinutesHeading(lines: string[], index: number): Heading | null {
  const match = NUMBERED_HEADING.exec(lines[index]);
  if (!match) return null;
  const titleLines = [match[2]];
  for (let next = index + 1; next <= index + 3 && next < lines.length && !isBlank(lines[next]); next += 1) {
    if (ITEM_REFERENCE.test(lines[next].trim())) return { number: match[1], title: joinLines(titleLines), next: next + 1 };
    titleLines.push(lines[next]);
  }
  if (!isCapitalHeading(match[2])) return null;
  let next = index + 1;
  while (next < lines.length && isCapitalHeading(lines[next])) next += 1;
  return { number: match[1], title: joinLines([match[2], ...lines.slice(index + 1, next)]), next };
}

function readAgendaHeading(lines: string[], index: number): Heading | null {
  const line = lines[index];
  if (isCapitalHeading(line) && !AGENDA_HEADING.test(line)) return { number: null, title: joinLines([line]), next: index + 1 };
  const match = AGENDA_HEADING.exec(line);
  if (!match) return null;
  let next = index + 1;
  while (next < lines.length && !isBlank(lines[next]) && !AGENDA_DESCRIPTION.test(lines[next].trim())) next += 1;
  return { number: match[1], title: joinLines([match[2], ...lines.slice(index + 1, next)]), next };
}

/** Items from their headings; each item's lines run to the next heading or `end`. */
function collectItems(lines: string[], from: number, end: number, readHeading: (lines: string[], index: number) => Heading | null): { items: DraftItem[]; firstHeading: number } {
  // Only the meeting's own lines: the readers look forward, never back, and a copy from the document's start made
  // a pack of many meetings quadratic.
  const segment = lines.slice(from, end);
  const items: DraftItem[] = [];
  let firstHeading = end;
  let index = 0;
  while (index < segment.length) {
    const heading = readHeading(segment, index);
    if (!heading) {
      items[items.length - 1]?.lines.push(segment[index]);
      index += 1;
      continue;
    }
    if (items.length === 0) firstHeading = from + index;
    items.push({ number: heading.number, title: heading.title, lines: [] });
    index = Math.min(heading.next, segment.length);
  }
  return { items, firstHeading };
}

/** Where `collectItems` would find its first heading, without collecting the items (a pack's segment can be long). */
function firstHeadingIn(lines: string[], from: number, end: number, readHeading: (lines: string[], index: number) => Heading | null): number {
  const segment = lines.slice(from, end);
  for (let index = 0; index < segment.length; index += 1) if (readHeading(segment, index)) return from + index;
  return end;
}

/** The upper-case headings just above "MINUTES of ..." (council and committee names) belong to that meeting. */
function headerStart(lines: string[], anchor: number): number {
  let start = anchor;
  for (let index = anchor - 1; index >= 0 && anchor - index <= 6; index -= 1) {
    if (isCapitalHeading(lines[index])) start = index;
    else if (!isBlank(lines[index])) break;
  }
  return start;
}

/** A meeting drafted by these rules, with its committee (to name a pack's agenda by) and where its attendance lies, not yet read. */
interface PrintedDraft {
  meeting: DraftMeeting & { committee: string | null };
  attendance: { from: number; to: number } | null;
}

function parseMinutes(lines: string[], start: number, anchor: number, segmentEnd: number): PrintedDraft {
  let sentenceEnd = anchor;
  while (sentenceEnd < segmentEnd - 1 && sentenceEnd - anchor < 4 && !contentEndsWithOneOf(lines[sentenceEnd], '.')) sentenceEnd += 1;
  const sentence = joinLines(lines.slice(anchor, sentenceEnd + 1));
  const committee = /meeting of (?:the )?(.+?)\s+held\b/i.exec(sentence)?.[1] ?? null;
  const venue = new RegExp(String.raw`\bheld (?:in|at) (?:the )?(.+?)\s+on\s+(?:${WEEKDAY}|\d)`, 'i').exec(sentence)?.[1];
  const headings = lines.slice(start, anchor).filter(isCapitalHeading);
  // The authority is the heading that names a council, or the first of two (an authority above its committee).
  const councilHeading = (headings.find((line) => /\bCOUNCIL\b/.test(line)) ?? (headings.length >= 2 ? headings[0] : null))?.trim() ?? null;

  let end = segmentEnd;
  const afterSentence = sentenceEnd + 1;
  const provisionalFirst = firstHeadingIn(lines, afterSentence, segmentEnd, readMinutesHeading);
  for (let index = provisionalFirst; index < segmentEnd; index += 1) {
    if (MEETING_CLOSED.test(lines[index]) || PAPER_START.test(lines[index])) {
      end = index;
      break;
    }
  }
  const { items, firstHeading } = collectItems(lines, afterSentence, end, readMinutesHeading);
  const meeting = {
    committee,
    body: committee ? qualifyBody(committee, councilHeading) : null,
    date: findDate(sentence),
    time: findTime(sentence),
    title: MINUTES_TITLE,
    venue: venue ? cleanVenue(venue) : null,
    attendees: [],
    items,
  };
  return { meeting, attendance: { from: afterSentence, to: firstHeading } };
}

function parseAgenda(lines: string[], agendaLine: number, end: number): DraftMeeting & { committee: string | null } {
  const heading = lines.slice(0, agendaLine).find(isCapitalHeading);
  const committee = heading ? titleCaseHeading(heading) : null;
  const { items, firstHeading } = collectItems(lines, agendaLine + 1, end, readAgendaHeading);
  const dateText = lines.slice(agendaLine + 1, firstHeading).join(' ');
  return {
    committee,
    body: committee,
    date: findDate(dateText),
    time: findTime(dateText),
    title: AGENDA_TITLE,
    venue: null,
    attendees: [],
    items,
  };
}

/** A page reference left open at a line's end, "(Pages 3 -", closes on a later line. */
const OPEN_PAGE_REFERENCE = /\(Pages?[\s\d-]*$/;

const withoutTemplateField = (line: string) => (line.includes('(') && TEMPLATE_FIELD.test(line) ? '' : line);

/**
 * The lines without "(Pages 3 - 10)" references and with template fields blanked, line by line: a large pack's whole
 * text was joined, replaced and split again. A reference left open at a line's end ("(Pages 1 -" over "10)") is
 * removed from the lines it spans, joined as the whole text was.
 */
function withoutPageFurniture(allLines: string[]): string[] {
  const lines: string[] = [];
  for (let index = 0; index < allLines.length; index += 1) {
    if (!allLines[index].includes('(Page')) {
      lines.push(withoutTemplateField(allLines[index]));
      continue;
    }
    let spanned = allLines[index];
    const first = index;
    while (OPEN_PAGE_REFERENCE.test(spanned) && index + 1 < allLines.length) spanned += `\n${allLines[(index += 1)]}`;
    const cleaned = spanned.replace(PAGE_REFERENCE, '');
    if (index === first) lines.push(withoutTemplateField(cleaned));
    else pushAll(lines, cleaned.split('\n').map(withoutTemplateField));
  }
  return lines;
}

/** Every agenda and set of minutes in a printed document, in order, with their items; their attendance is not read yet. */
function draftPrintedDocument(lines: string[]): PrintedDraft[] {
  const anchors: number[] = [];
  for (let index = 0; index < lines.length; index += 1) if (MINUTES_ANCHOR.test(lines[index])) anchors.push(index);
  const starts = anchors.map((anchor) => headerStart(lines, anchor));
  const minutes = anchors.map((anchor, position) => parseMinutes(lines, starts[position], anchor, starts[position + 1] ?? lines.length));

  const agendaLine = lines.findIndex((line) => AGENDA_LINE.test(line));
  const agendaEnd = starts[0] ?? lines.length;
  if (agendaLine === -1 || agendaLine >= agendaEnd) return minutes;
  const agenda = parseAgenda(lines, agendaLine, agendaEnd);
  // The pack's agenda names its committee without the council; minutes of the same committee in the pack say whose it is.
  const sameCommittee = minutes.find(({ meeting }) => meeting.committee?.toLowerCase() === agenda.committee?.toLowerCase());
  return [{ meeting: { ...agenda, body: sameCommittee?.meeting.body ?? agenda.body }, attendance: null }, ...minutes];
}

/**
 * Every agenda and set of minutes in a printed document, in order. Other papers in a pack are skipped. Where these rules
 * find fewer than `itemsToBeat` items in all (the general rules' count, which then wins), none is returned and no
 * attendance is read: a set of minutes without minute headings has its attendance read to the end of its part of the
 * pack, which was most of this reading's time.
 */
export function parsePrintedDocument(allLines: string[], itemsToBeat = 0): DraftMeeting[] {
  const lines = withoutPageFurniture(allLines);
  const drafts = draftPrintedDocument(lines);
  if (drafts.reduce((sum, { meeting }) => sum + meeting.items.length, 0) < itemsToBeat) return [];
  return drafts.map(({ meeting, attendance }) =>
    attendance === null ? meeting : { ...meeting, attendees: readAttendance(lines.slice(attendance.from, attendance.to), { trailingSpaceWraps: true }).attendees },
  );
}
