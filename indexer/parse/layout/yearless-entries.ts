// A web page of a year's minutes: the year in a heading ("## Committee minutes 2023"), then each meeting under a heading
// dating it without the year ("### Meeting of 4 April", "### 6 June", "**Minutes – 5 September**"). Read alone, no
// heading dates its meeting and the page is one undated meeting; with the year the heading above gives written after
// each entry's day and month, the dated log (dated-log.ts) reads each entry as its own meeting of that date.
import { MONTH_NAME, WEEKDAY } from '../header/meeting-fields';

/**
 * An entry's heading dating it by day and month alone: Markdown's heading mark or bold (as the HTML reader writes
 * `<h3>` and `<strong>`), an optional "Minutes –"/"Meeting of", the day and the month (either order), nothing after.
 */
const YEARLESS_HEADING = new RegExp(
  String.raw`^(?<lead>(?:#{1,6}\s+|\*\*)(?:(?:minutes|meeting)(?:\s+of(?:\s+the)?)?\s*[-–—:,]?\s*)?(?:${WEEKDAY},?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}|${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?))(?<tail>\*\*)?$`,
  'iu',
);
/** A heading naming a year alone among its words: "## Minutes 2023", "## Committee minutes 2023-24" (its first year). */
const YEAR_HEADING = /^#{1,6}\s+(?:[\p{L}'’&-]+\s+){0,5}(?<year>(?:19|20)\d{2})(?:\s*[-–/]\s*\d{2,4})?\s*$/u;
/** Fewer yearless entries than this are a heading or two that happen to hold a day and a month. */
const MIN_ENTRIES = 2;
/** A heading line is this short at most. */
const MAX_HEADING = 60;

/**
 * The lines with the year of the heading above written after each yearless entry's day and month, or the same lines
 * where the page has no year heading over at least MIN_ENTRIES yearless entries. Told first by a line's first
 * character ('#' or '*'), so a page of prose is passed over at the cost of one look at each line.
 */
export function withYearsOnYearlessEntries(lines: string[]): string[] {
  let year: string | null = null;
  const dated: { index: number; text: string }[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const first = line[0];
    if ((first !== '#' && first !== '*') || line.length > MAX_HEADING) continue;
    const trimmed = line.trim();
    const yearHeading = YEAR_HEADING.exec(trimmed);
    if (yearHeading) {
      year = yearHeading.groups!.year;
      continue;
    }
    if (year === null) continue;
    const entry = YEARLESS_HEADING.exec(trimmed);
    if (entry) dated.push({ index, text: `${entry.groups!.lead} ${year}${entry.groups!.tail ?? ''}` });
  }
  if (dated.length < MIN_ENTRIES) return lines;
  const rewritten = lines.slice();
  for (const { index, text } of dated) rewritten[index] = text;
  return rewritten;
}
