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
/**
 * A heading naming a year alone among its words: "## Minutes 2023", "## Committee minutes 2023-24" (its first year),
 * "# Elmsworth Parish Meeting – minutes 2024".
 */
const YEAR_HEADING = /^#{1,6}\s+(?:(?:[\p{L}'’&-]+|[–—:])\s+){0,7}(?<year>(?:19|20)\d{2})(?:\s*[-–/]\s*\d{2,4})?\s*$/u;
/**
 * With no year heading, a year in the page's first lines (its title, "Minutes of meetings held in the Reading Room,
 * 2024.", a first meeting's full date) is the year of the entries under it.
 */
const PAGE_YEAR = /\b((?:19|20)\d{2})\b/;
const PAGE_YEAR_LINES = 12;
const MAX_PAGE_YEAR_LINE = 160;
/** Fewer yearless entries than this are a heading or two that happen to hold a day and a month. */
const MIN_ENTRIES = 2;
/** A heading line is this short at most. */
const MAX_HEADING = 60;

/**
 * The lines with the year of the heading above (or of the page's first lines) written after each yearless entry's day
 * and month, or the same lines where no year dates at least MIN_ENTRIES yearless entries. Told first by a line's first
 * character ('#' or '*'), so a page of prose is passed over at the cost of one look at each line.
 */
export function withYearsOnYearlessEntries(lines: string[]): string[] {
  let year: string | null = null;
  let pageYear: string | null = null;
  const dated: { index: number; lead: string; tail: string; year: string | null }[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // Before the first entry, the page's title or first lines may date the page: "Minutes of meetings held in 2024".
    if (pageYear === null && dated.length === 0 && index < PAGE_YEAR_LINES && line.length <= MAX_PAGE_YEAR_LINE) pageYear = PAGE_YEAR.exec(line)?.[1] ?? null;
    const first = line[0];
    if ((first !== '#' && first !== '*') || line.length > MAX_HEADING) continue;
    const trimmed = line.trim();
    const yearHeading = YEAR_HEADING.exec(trimmed);
    if (yearHeading) {
      year = yearHeading.groups!.year;
      continue;
    }
    const entry = YEARLESS_HEADING.exec(trimmed);
    if (entry) dated.push({ index, lead: entry.groups!.lead, tail: entry.groups!.tail ?? '', year });
  }
  const withYears = dated.filter((entry) => (entry.year ??= pageYear) !== null);
  if (withYears.length < MIN_ENTRIES) return lines;
  const rewritten = lines.slice();
  for (const { index, lead, tail, year: entryYear } of withYears) rewritten[index] = `${lead} ${entryYear}${tail}`;
  return rewritten;
}
