// Lines under the header's date line that belong to the header, not to the first item: where the search for the
// header's attendance may not stop.
import { attendanceLabelOf } from './attendance-labels';
import { BODY_WORDS } from './body-names';
import { isCapsLine } from './capitals';
import type { HeadingCandidate } from './headings';
import { withoutMarkup } from './lines';
import { findDate } from './meeting-fields';
import { isBlank } from './patterns';

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
  // "MINUTES OF NORTHWOLD PARISH COUNCIL MEETING …" and "TUESDAY AUGUST 7TH 2012" under a "Date:" line: the minutes' own
  // title and date, in capitals, are still their header.
  const line = withoutMarkup(lines[candidate.index].trim());
  // "Attendance Details" over "Present:": a title over the attendance, which the search for it goes on under.
  return /^\s*(?:draft\s+)?minutes\s+of\s/i.test(line) || ATTENDANCE_TITLE.test(line) || findDate(line) !== null;
}

/** How many lines a venue's address may run on under the date line, a part a line. */
const ADDRESS_LINES = 6;

/**
 * "IN THE COUNCIL CHAMBER" right under "HELD ON WEDNESDAY 27 JUNE 2007", and "COUNTY HALL" / "WEST BRIDGFORD" /
 * "NOTTINGHAM" / "COMMENCING AT 10.00 AM" under it, no blank line between: a title block set a part a line goes on
 * with its venue (in capitals as the title is), not with item headings.
 */
function continuesVenue(lines: string[], dateLine: number, index: number): boolean {
  if (index - dateLine > ADDRESS_LINES || !/^(?:in|at|within|via)\s/i.test(lines[dateLine + 1].trim())) return false;
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
