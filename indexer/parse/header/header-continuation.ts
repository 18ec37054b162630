// Lines under the header's date line that belong to the header, not to the first item: where the search for the
// header's attendance may not stop.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { BODY_WORDS } from './body-names';
import { isCapsLine } from '../items/capitals';
import type { HeadingCandidate } from '../items/headings';
import { withoutMarkup } from '../lines';
import { findDate } from './meeting-fields';
import { isBlank } from '../patterns';

/** How many lines under the date line its sentence may go on for, wrapped at commas. */
const HEADER_SENTENCE_LINES = 3;

/**
 * "IN THE ASSEMBLY ROOM, WHARF STREET" under "HELD ON MONDAY 14th OCTOBER 2024 AT 7.15PM": the line right under the date
 * line, going on with its sentence from a preposition, is the header's venue in the header's capitals, not an item heading
 * that would end the search for the attendance below it ("CALL TO ORDER" under a date is one). So is a line under a line
 * of the sentence that ends in a comma ("… IN THE COUNCIL CHAMBER, THE GUILDHALL," / "ASHCOMBE MAGNA").
 */
export function continuesHeader(lines: string[], dateLine: number, candidate: HeadingCandidate): boolean {
  if (dateLine < 0 || candidate.kinds.includes('numbered') || candidate.index <= dateLine) return false;
  if (candidate.index - dateLine <= HEADER_SENTENCE_LINES && lines[candidate.index - 1].trimEnd().endsWith(',')) return true;
  if (titleUnderLeadingDate(lines, dateLine, candidate.index)) return true;
  if (continuesVenue(lines, dateLine, candidate.index)) return true;
  if (candidate.index - dateLine <= HEADER_SENTENCE_LINES && !ROLL_CALL.test(lines[candidate.index].trim()) && attendanceLabelBelow(lines, candidate.next - 1)) return true;
  // "MINUTES OF NORTHWOLD PARISH COUNCIL MEETING …" (or "MINUTES" alone) and "TUESDAY AUGUST 7TH 2012" under a "Date:"
  // line: the minutes' own title and date, in capitals, are still their header.
  const line = withoutMarkup(lines[candidate.index].trim());
  // "Attendance Details" over "Present:": a title over the attendance, which the search for it goes on under.
  return /^\s*(?:draft\s+)?minutes(?:\s+of\s|$)/i.test(line) || ATTENDANCE_TITLE.test(line) || findDate(line) !== null;
}

const ROLL_CALL = /^roll\s+call\b/i;

/** How many lines a venue's address may run on under the date line, a part a line. */
const ADDRESS_LINES = 6;

/**
 * "IN THE COUNCIL CHAMBER" right under "HELD ON WEDNESDAY 27 JUNE 2007", and "COUNTY HALL" / "WEST BRIDGFORD" /
 * "NOTTINGHAM" / "COMMENCING AT 10.00 AM" under it, no blank line between: a title block set a part a line goes on
 * with its venue (in capitals as the title is), not with item headings.
 */
function continuesVenue(lines: string[], dateLine: number, index: number): boolean {
  if (index - dateLine > ADDRESS_LINES || !/^(?:(?:held\s+)?(?:in|at)|within|via)\s/i.test(lines[dateLine + 1].trim())) return false;
  for (let line = dateLine + 1; line <= index; line += 1) {
    if (isBlank(lines[line]) || (line > dateLine + 1 && !isCapsLine(lines[line].trim()))) return false;
  }
  return true;
}

/** "Attendance", "Attendance Details", "Attendance Record": a section's title over the meeting's attendance lists. */
const ATTENDANCE_TITLE = /^(?:attendance|attendees)(?:\s+(?:details|record|list))?$/i;

/** How far under a date that opens the document its title lines may run. */
const TITLE_LINES_UNDER_DATE = 6;

/** "Time: 6.30 pm", "Venue: Council Chamber": a field of the meeting's header on a line of its own. */
const MEETING_FIELD_LABEL = /^(?:Date|Time|Venue|Place|Location)\s*:/i;

/**
 * "Tuesday 4 March 2025" over "NETHERWOLD DISTRICT COUNCIL", "MINUTES OF THE PLANNING COMMITTEE" and "Time: 6.30 pm": a
 * document that opens with its date names the body and gives the meeting's fields under it, and those lines are the
 * header's, not item headings ending it before its "Present:".
 */
function titleUnderLeadingDate(lines: string[], dateLine: number, index: number): boolean {
  if (index - dateLine > TITLE_LINES_UNDER_DATE || lines.slice(0, dateLine).some((line) => !isBlank(line))) return false;
  const line = withoutMarkup(lines[index]).trim();
  return (BODY_WORDS.test(line) || /^minutes\b/i.test(line) || MEETING_FIELD_LABEL.test(line)) && attendanceLabelOf(line) === null;
}

/**
 * "BOARDROOM, THE DEPARTMENT, LEWIS’S BUILDING" between "Minutes of meeting held on TUESDAY 8TH DECEMBER 2015" and
 * "PRESENT:" (or "HELD IN MEETING ROOM 10.2" and "EPA OFFICES, …" over "Present"): a line between the date line and the
 * attendance under it is the header's (its venue, "DRAFT"), no item's heading; a US board's "ROLL CALL" over "Present:"
 * is its first section's. `index` is the heading's last line: a title wrapped over two lines has the label under its second.
 */
function attendanceLabelBelow(lines: string[], index: number): boolean {
  let below = index + 1;
  while (below < lines.length && isBlank(lines[below])) below += 1;
  const label = below < lines.length ? attendanceLabelOf(withoutMarkup(lines[below]).trim()) : null;
  return label !== null && label.attendance !== 'apologies';
}
