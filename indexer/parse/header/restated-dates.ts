// The header's date said again lower down: a bilingual header gives it once in each language, and a page's running
// header (or a web page's title) gives it above the minutes' own title block, which says it again. The header goes on
// to the last line restating it, so the title block's lines are read as header, not as item headings.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { paragraphText } from '../lines';
import { isBlank } from '../patterns';
import { isProse } from './opening-prose';

/** How many lines (not blank) under the first date line are looked at for one restating it. */
const RESTATING_LINES = 12;
/** A line longer than this, or ending a sentence, gives the date in prose ("… opened at 7pm on 5 May 2025."), not in a title. */
const MAX_TITLE_LINE = 100;

/** A line this long is filled to the page's width: one ending on a word in lower case wraps a sentence. */
const PAGE_WIDE_LINE = 60;
/** Lines looked at either side of a line for the rest of its paragraph: a wrapped sentence's, not an unbroken text's. */
const PARAGRAPH_REACH = 4;

/** The lines (`start` to `end`, exclusive) of the paragraph holding line `index`, within PARAGRAPH_REACH of it. */
export function paragraphAround(lines: readonly string[], index: number): { start: number; end: number } {
  let start = index;
  while (start > 0 && index - start < PARAGRAPH_REACH && !isBlank(lines[start - 1])) start -= 1;
  let end = index + 1;
  while (end < lines.length && end - index < PARAGRAPH_REACH && !isBlank(lines[end])) end += 1;
  return { start, end };
}

/**
 * Whether line `index` is one of a paragraph of prose the page wrapped ("The Board … met in regular session on April
 * 14, 2026, with Commissioner" over "… and the Secretary present."), or wraps a sentence at the page's width from or
 * onto it ("The regular Council Meeting … was held in the" over "County Office at Marlow on Tuesday, April 8, 2025
 * commencing at"); "Minutes of the Council Meeting," over its date is a title.
 */
function inWrappedProse(lines: string[], index: number): boolean {
  if ([lines[index - 1], lines[index]].some((line) => line.trim().length >= PAGE_WIDE_LINE && /\b\p{Ll}+\s*$/u.test(line))) return true;
  const { start, end } = paragraphAround(lines, index);
  return end - start > 1 && isProse(paragraphText(lines, start, end));
}

/**
 * "Cofnodion … 13 Ionawr 2025" over "Minutes … 13 January 2025"; "Ordinary Council Minutes" / "9 March 2021" over
 * "MINUTES OF THE ORDINARY MEETING" / "ON TUESDAY, 9 MARCH 2021 AT 9.30AM": the last title line under `dateLine` giving
 * its `date` (read by `dateOf`), before the attendance starts; `dateLine` when none does.
 */
export function restatedDateLine(lines: string[], dateLine: number, date: string, dateOf: (line: string) => string | null): number {
  let last = dateLine;
  for (let index = dateLine + 1, seen = 0; index < lines.length && seen < RESTATING_LINES; index += 1) {
    if (isBlank(lines[index])) continue;
    seen += 1;
    const line = lines[index].trim();
    if (attendanceLabelOf(line) !== null) break;
    if (line.length <= MAX_TITLE_LINE && !line.endsWith('.') && dateOf(line) === date && !inWrappedProse(lines, index)) last = index;
  }
  return last;
}
