// A parish that numbers every minute since its founding numbers the meeting's own statement too ("12929. Minutes of an
// ordinary meeting of the Hollins Parish Council held on" over "Monday 4th October 2021 at 7pm …"): printed first, it
// is the header, not the first item; numbered, it was read as an item and the meeting had no body, date or attendance.
// Only the document's first line (under the date a web page posted it with, if any): further down, "5. Minutes of the
// meeting held on …" is the item approving the last meeting's minutes.
import { isBlank } from '../patterns';
import { findDate } from '../header/meeting-fields';

/** "12929. ", "1) " and then "(Confirmed) minutes of a(n)/the … meeting … held": the statement, its minute's number first. */
const NUMBERED_STATEMENT = /^\s*\d{1,5}[.)]\s+(?=(?:(?:draft|unconfirmed|confirmed|approved)\s+)?minutes\s+of\s+(?:the|an?)\s+[^.]{0,120}?\bmeeting\b[^.]{0,120}?\bheld\b)/i;

/** "2021/10/04" over "Monday 4th October 2021": the dates a web page posts minutes with, above their first line. */
const MAX_DATE_LINES_ABOVE = 2;
const MAX_DATE_LINE_WORDS = 5;
const isDateLine = (line: string) => line.trim().split(/\s+/).length <= MAX_DATE_LINE_WORDS && findDate(line) !== null;

/** The lines with the first one's number taken off where it numbers the meeting's statement. */
export function withStatementUnnumbered(lines: string[]): string[] {
  let first = lines.findIndex((line) => !isBlank(line));
  for (let skipped = 0; first !== -1 && skipped < MAX_DATE_LINES_ABOVE && isDateLine(lines[first]); skipped += 1) {
    first = lines.findIndex((line, index) => index > first && !isBlank(line));
  }
  const number = first === -1 ? null : NUMBERED_STATEMENT.exec(lines[first]);
  if (!number) return lines;
  return lines.map((line, index) => (index === first ? line.slice(number[0].length) : line));
}
