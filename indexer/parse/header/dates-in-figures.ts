// Dates written all in figures ("05/03/2024", "5.3.24", "03-03-2025", "Minutes 14-06-22"), read in the order the
// document writes them (date-order.ts), and the checks every date read passes.
import type { DateOrder } from './date-order';

/** "05/03/2024", "5.3.24": day first, as British minutes print them. */
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/;
/** "03-03-2025": the same with hyphens, with the year in full ("2024-25" is a year's span). */
const HYPHENATED_DATE = /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/;
/**
 * "Minutes 14-06-22", "Meeting held 3-4-19", a line "14-06-22" alone: hyphens and a two-figure year, read only as the
 * title's or the line's own date ("Approve Board Minutes of 2-19-08" names an earlier meeting's; "MN-DOT 3-14-08", a
 * reference, is no date).
 */
const SHORT_HYPHENATED_DATE = /(?<![\w/-])(\d{1,2})-(\d{1,2})-(\d{2})(?![\w/-])/;
/** What may stand before such a date: nothing, or the title's word ("Minutes", "Meeting", "held", "held on", "Date:"). */
const BEFORE_SHORT_DATE = /(?:^|\b(?:Minutes|MINUTES|Meeting|MEETING|[Hh]eld(?: on)?|HELD(?: ON)?|Date:?|DATE:?)\s+)$/;

/** The first such date with only a title's word before it, or null. */
function shortHyphenatedDate(text: string): RegExpExecArray | null {
  const found = SHORT_HYPHENATED_DATE.exec(text);
  return found && BEFORE_SHORT_DATE.test(text.slice(Math.max(0, found.index - 12), found.index)) ? found : null;
}

/**
 * "08" → 2008, "95" → 1995: a year in two figures, this century's up to "40", the last century's after (minutes of
 * 1985 typed "3/4/85" are scanned and published too). A fixed turn, so a document parses alike whenever it is read.
 */
export const twoFigureYear = (year: string) => (Number(year) <= 40 ? 2000 : 1900) + Number(year);

/** The date a year, a month and a day name, as YYYY-MM-DD; null where there is no such day ("31 June"). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** The first date in figures in a text, as YYYY-MM-DD, read in `order` (the other way round where that gives no day), or null. */
export function dateInFigures(text: string, order: () => DateOrder): string | null {
  const numeric = NUMERIC_DATE.exec(text) ?? HYPHENATED_DATE.exec(text) ?? (text.includes('-') ? shortHyphenatedDate(text) : null);
  if (!numeric) return null;
  const year = numeric[3].length === 2 ? twoFigureYear(numeric[3]) : Number(numeric[3]);
  const [day, month] = order() === 'day-first' ? [Number(numeric[1]), Number(numeric[2])] : [Number(numeric[2]), Number(numeric[1])];
  // "08/13/2025" (no 13th month) is read the other way round; not "3.14.25" day first (dots are European: a paragraph's number).
  return isoDate(year, month, day) ?? (order() === 'day-first' && numeric[0].includes('.') ? null : isoDate(year, day, month));
}
