// A header dating its meeting without the year ("Minutes of the Meeting of the Council Monday 27th July at 7.00pm",
// "The Library District Board met July 10."), as small councils' and boards' clerks write the minutes of the year they
// are in. The first full date below is then another meeting's ("the minutes of the meeting of 22nd June 2020"), which
// made the header run on to it, its date the meeting's and the items above it header. The year is the full date's or the
// one either side of it: the one whose calendar has the weekday the header names, and nearest the full date.
import { MONTH_NAME, monthNumber, WEEKDAY } from './meeting-fields';
import { isBlank } from '../patterns';

/** "Monday 27th July", "Tuesday, the 4th of March": a weekday, a day and a month, no year after them. */
const WEEKDAY_DAY_MONTH = new RegExp(String.raw`\b(${WEEKDAY}),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH_NAME}(?![a-z])(?![\s,]*(?:\d{4}|['‘’]\d{2}))`, 'i');
/** "met July 10", "held on Tuesday, March 4th": a month and a day, after the words saying the meeting was held then, no year after them. */
const HELD_MONTH_DAY = new RegExp(String.raw`\b(?:met|held|convened)(?:\s+on)?\s+(?:(${WEEKDAY}),?\s+)?${MONTH_NAME}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![\s,]*(?:\d{4}|['‘’]\d{2}))`, 'i');

/** How many lines (not blank) from the top a header's yearless date is looked for in. */
const HEADER_LINES = 4;
/** A full date further than this from the yearless one (in days) says nothing of its year. */
const MAX_DAYS_APART = 200;

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_MS = 24 * 60 * 60 * 1000;

interface YearlessDate {
  line: number;
  month: number;
  day: number;
  weekday: number | null;
}

function yearlessOn(line: string): Omit<YearlessDate, 'line'> | null {
  const named = WEEKDAY_DAY_MONTH.exec(line);
  if (named) return { weekday: WEEKDAYS.indexOf(named[1].slice(0, 3).toLowerCase()), day: Number(named[2]), month: monthNumber(named[3]) };
  const held = HELD_MONTH_DAY.exec(line);
  if (!held) return null;
  return { weekday: held[1] ? WEEKDAYS.indexOf(held[1].slice(0, 3).toLowerCase()) : null, month: monthNumber(held[2]), day: Number(held[3]) };
}

/** The header's yearless date among its first lines, above `before` (the line of the first full date), or null. */
export function yearlessDateLine(lines: string[], before: number): YearlessDate | null {
  for (let index = 0, seen = 0; index < before && seen < HEADER_LINES; index += 1) {
    if (isBlank(lines[index])) continue;
    seen += 1;
    const found = yearlessOn(lines[index]);
    if (found && found.month >= 1 && found.day >= 1 && found.day <= 31) return { line: index, ...found };
  }
  return null;
}

/** The yearless date as YYYY-MM-DD, its year told by `fullDate` (YYYY-MM-DD, another meeting's); null where none fits. */
export function dateInYearOf(yearless: YearlessDate, fullDate: string): string | null {
  const near = Date.parse(fullDate);
  const year = Number(fullDate.slice(0, 4));
  const fits = [year, year + 1, year - 1]
    .map((candidate) => new Date(Date.UTC(candidate, yearless.month - 1, yearless.day)))
    .filter((date) => date.getUTCDate() === yearless.day && (yearless.weekday === null || date.getUTCDay() === yearless.weekday))
    .filter((date) => Math.abs(date.getTime() - near) <= MAX_DAYS_APART * DAY_MS)
    .sort((a, b) => Math.abs(a.getTime() - near) - Math.abs(b.getTime() - near));
  return fits.length > 0 ? fits[0].toISOString().slice(0, 10) : null;
}
