// A date told in the minutes' own prose ("… would be reported back at the meeting on 8 March 2018.", "The ride took
// place between 29 April and 4 May 2018."): a page that starts below its header (a web page of one item, an excerpt)
// has no header date, and a sentence about something else gives no date of the meeting's. A sentence saying that the
// meeting was held, met or opened ("A meeting of the Authority was held on …") is the header's.
import { isAgendaMinutesLine } from '../items/earlier-minutes';
import { paragraphText, withoutMarkup } from '../lines';
import { findDate } from './meeting-fields';
import { paragraphAround, restatedDateLine } from './restated-dates';
import { isProse, RUN_OF_LOWER_WORDS } from './opening-prose';
import { isBlank } from '../patterns';
import { dateInYearOf, yearlessDateLine } from './yearless-dates';

/**
 * Words of a sentence telling when the meeting itself was held: "held", "met", "summoned to a meeting on", "Minutes of
 * meeting on …", a "Present:" label run on after it, and "the meeting … took place"; not "the next meeting … on …",
 * another meeting's date.
 */
const MEETING_HELD =
  /\b(?:held|met|meets|convened|assembled|commenced|opened|summoned|called\s+to\s+order|minutes\s+of|present\s*:)|(?<!\b(?:next|last|previous|following|future|earlier|subsequent)\s+)\bmeeting\b[^.]{0,60}?\b(?:on|took\s+place)\b/i;

/** Longer than this, the lines round the date are a whole text run together, not a paragraph. */
const MAX_PARAGRAPH_LENGTH = 3000;

/** "Date of meeting    19 March 2025", "Date: 3 June 2024": a header's labelled field, however much prose is run on under it. */
const DATE_FIELD = /^(?:\*\*)?(?:date|meeting\s+date|date\s+of\s+(?:the\s+)?(?:meeting|decision))\b\s*(?::|\s{2,}|\t)/i;

/** A line ending on a word in lower case or a comma: its sentence goes on to the next line ("… at the meeting on" over a date). */
const GOES_ON = /(?:\b\p{Ll}+|,)\s*$/u;

/**
 * Whether the date on line `index` is inside a sentence: the line holds three words in lower case in a row, or goes on
 * from a line above left hanging. A date line of its own ("Tuesday, March 12, 2024 – 6:00 P.M.") under a title in
 * capitals is the header's, blank line below it or not.
 */
const isInSentence = (lines: readonly string[], index: number) => RUN_OF_LOWER_WORDS.test(lines[index]) || (index > 0 && GOES_ON.test(lines[index - 1]));

/** The first line of the paragraph of prose holding line `index` when it tells of something other than the meeting's being held; else -1. */
function narratingParagraphStart(lines: readonly string[], index: number): number {
  if (DATE_FIELD.test(lines[index].trim()) || !isInSentence(lines, index)) return -1;
  const { start, end } = paragraphAround(lines, index);
  // A text on a line or two (a page flattened whole) is no one paragraph, and is not read word by word here.
  if (lines.slice(start, end).reduce((length, line) => length + line.length, 0) > MAX_PARAGRAPH_LENGTH) return -1;
  const paragraph = paragraphText(lines, start, end);
  return isProse(paragraph) && !MEETING_HELD.test(paragraph) ? start : -1;
}

/**
 * The date line that ends the header: the first line naming a date (or finishing one begun above), near the top; -1
 * where none does, or where an agenda's words over earlier minutes come first (`agendaMinutes`, that line, else -1).
 */
function headerDateLine(lines: string[]): { dated: number; agendaMinutes: number; yearlessDate?: string } {
  const limit = Math.min(lines.length, 60);
  for (let index = 0; index < limit; index += 1) {
    if (isBlank(lines[index])) continue;
    // "To receive Minutes of the Meeting held 18 October 2016" (an agenda's words over an item's minutes) gives an earlier
    // meeting's date, under the items above it: the header named no date of its own, and any date below is an item's.
    if (isAgendaMinutesLine(lines[index])) return { dated: -1, agendaMinutes: index };
    // "held on 8****th** **May 2012": a Word document's superscript ordinal, exported to Markdown, parts the date with bold marks.
    const date = findDate(lines[index].includes('**') ? withoutMarkup(lines[index]) : lines[index]);
    if (date) {
      // "Monday 27th July" above it: the header's own date, the year the full date's calendar gives it.
      const yearless = yearlessDateLine(lines, index);
      const yearlessDate = yearless && dateInYearOf(yearless, date);
      if (yearless && yearlessDate) return { dated: yearless.line, agendaMinutes: -1, yearlessDate };
      return { dated: restatedDateLine(lines, index, date, findDate), agendaMinutes: -1 };
    }
    // "Ordinary Council Meeting Minutes" over "12 June 2025" (a page's running title and date, above the minutes' own
    // title restating the date) reads as a date finished on the next line: the restating line ends the header too.
    const finished = findDate(`${lines[index]} ${lines[index + 1] ?? ''}`);
    if (finished) return { dated: restatedDateLine(lines, index + 1, finished, findDate), agendaMinutes: -1 };
  }
  return { dated: -1, agendaMinutes: -1 };
}

/**
 * Where a meeting's header ends its title: `titleDateLine`, the line giving its date (or above the first numbered
 * heading, `firstNumbered`: "1. Minutes of the meeting held on …" gives an earlier meeting's date), and `proseStart`,
 * the first line of a paragraph of prose whose date is narrated, no header's (the header ended above it), or Infinity.
 * With no date line, the title runs to the line above the first numbered heading or above that paragraph (`dated` false).
 * `agendaMinutes`: the line of an agenda's words over earlier minutes that came before any date line, or -1.
 * `yearlessDate`: the meeting's date where the header gives it without its year (yearless-dates.ts), else null.
 */
export function headerDateBounds(lines: string[], firstNumbered: number): { titleDateLine: number; proseStart: number; dated: boolean; agendaMinutes: number; yearlessDate: string | null } {
  const { dated, agendaMinutes, yearlessDate = null } = headerDateLine(lines);
  const narrating = dated === -1 ? -1 : narratingParagraphStart(lines, dated);
  const proseStart = narrating === -1 ? Infinity : narrating;
  const dateLine = narrating === -1 ? dated : -1;
  const limit = Math.min(firstNumbered, proseStart);
  return { titleDateLine: dateLine === -1 && limit !== Infinity ? limit - 1 : Math.min(dateLine, firstNumbered - 1), proseStart, dated: dateLine !== -1 && dateLine < firstNumbered, agendaMinutes, yearlessDate };
}
