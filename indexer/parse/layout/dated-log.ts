// A log of meetings kept in one file: a students' group's or a supervisor's notes, each meeting opened by its date
// alone on a line ("26/05/2017") or by a template table's "Date" row ("Date<tab>2021/08/20, 4:00" over "Attendees …"),
// its notes under it, the next meeting's date after them. No title or list of those present names each meeting, so
// the general rules read the whole log as one meeting of its first date.
import { isSignOffLine } from '../page/sign-off';
import { isBlank } from '../patterns';

/**
 * A date alone on its line, with a "Date" label before it and a time after it at most: "26/05/2017", "2021/08/20, 4:00",
 * "Date: 14 August 2021", "**Tuesday 3 May 2022**".
 */
const DATE_ALONE =
  /^(?:#{1,6}\s+)?(?:\*\*)?(?:Date\s*:?\s*|(?:Minutes|Meeting)(?:\s+of(?:\s+(?:the|a))?(?:\s+\p{L}+){0,2}\s+meeting)?(?:\s+(?:held\s+)?on|\s+of)?\s*[-–—:,]?\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8},?\s+\d{4}|\p{Lu}\p{Ll}{2,8}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?:,?\s*(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\d{4}))?(?:\*\*)?$/iu;
/** A date line is this short at most. */
const MAX_DATE_LINE = 72;
/** Fewer dated entries than this are a meeting's date and the dates it mentions (the next meeting's alone on its line). */
const MIN_ENTRIES = 3;
/** Each entry holds at least this many lines of notes: a date over one line is a list of dates, or a sign-off's. */
const MIN_ENTRY_LINES = 2;
/** The log's first date stands among the file's first lines (not blank): above it only a title. */
const FIRST_ENTRY_REACH = 4;
/** "**Minutes of Meeting # 2**", "Meeting 3": an entry's own title over its date, no sentence. */
const ENTRY_TITLE = /^(?:\*\*)?(?:minutes\s+of\s+)?meeting\b[^.]{0,40}$/i;

/** The date a line (trimmed) gives alone, read by `dateOf`, or null; told first by its length and its first character. */
function dateAlone(line: string, dateOf: (text: string) => string | null): string | null {
  if (line.length === 0 || line.length > MAX_DATE_LINE || !/[\d#*DMTWFS]/i.test(line[0])) return null;
  return DATE_ALONE.test(line) ? dateOf(line) : null;
}

/**
 * Whether a meeting's lines open with a date alone (its entry's title over it aside): a later entry of a dated log,
 * the meeting of the body the log's title named over its first entry ("Ashcombe Parish Council" over "Minutes – 12
 * March 2024", "Minutes – 9 April 2024", …).
 */
export function opensWithDateAlone(lines: string[]): boolean {
  let seen = 0;
  for (let index = 0; index < lines.length && seen < 2; index += 1) {
    const line = lines[index].trim();
    if (line.length === 0) continue;
    seen += 1;
    if (line.length <= MAX_DATE_LINE && DATE_ALONE.test(line)) return true;
    if (!ENTRY_TITLE.test(line)) return false;
  }
  return false;
}

/** Whether `date` goes on the order of `dates` (ISO dates, so compared as text): later than the last, or earlier, as the first two set it. */
function keepsOrder(dates: string[], date: string): boolean {
  const last = dates[dates.length - 1];
  if (last === undefined) return true;
  if (date === last) return false;
  return dates.length === 1 || date > last === last > dates[dates.length - 2];
}

/**
 * The first line of each meeting of a dated log (the first at 0), or null when the lines are no such log: at least
 * MIN_ENTRIES dates alone on their lines, each later than the one before (or each earlier: a log kept newest first),
 * the first among the file's first lines, each over at least MIN_ENTRY_LINES lines of notes and under no sign-off.
 */
export function datedLogStarts(lines: string[], dateOf: (text: string) => string | null): number[] | null {
  const starts: number[] = [];
  const dates: string[] = [];
  let textLines = 0;
  let lastText = -1;
  for (let index = 0; index < lines.length; index += 1) {
    if (isBlank(lines[index])) continue;
    const date = dateAlone(lines[index].trim(), dateOf);
    if (date === null) {
      textLines += 1;
      lastText = index;
      continue;
    }
    if (starts.length === 0 ? textLines >= FIRST_ENTRY_REACH : textLines < MIN_ENTRY_LINES) return null;
    if (!keepsOrder(dates, date) || (lastText !== -1 && isSignOffLine(lines[lastText]))) return null;
    dates.push(date);
    // The entry's title over its date opens it: it is not the last line of the entry before.
    starts.push(lastText !== -1 && ENTRY_TITLE.test(lines[lastText].trim()) ? lastText : index);
    textLines = 0;
  }
  if (starts.length < MIN_ENTRIES || textLines < MIN_ENTRY_LINES) return null;
  starts[0] = 0;
  return starts;
}
