// US councils head each piece of legislation by its number and its long title in capitals: "ORDINANCE NO. 2025-14 – AN
// ORDINANCE AUTHORIZING THE MAYOR TO …. (Third Reading)". Longer than any other heading, perhaps wrapped over lines,
// and ending in the reading it had, such a line is still the item's title.
import { hasCapitalisedWords } from './capitals';
import { isBlank } from '../patterns';

/**
 * "ORDINANCE NO. 2025-14 –", "Resolution No. 2025-09:", "LOCAL LAW NO. 3 OF 2025 -", "RESOLUTION #72 OF 2025 –" (New York
 * towns number each year's resolutions so): the number, then the title.
 */
const LEGISLATION_START = /^(?:ORDINANCE|RESOLUTION|LOCAL LAW|BILL) (?:NO\.? ?|# ?)[A-Z0-9][\w./-]*(?: OF \d{4})?\s*[:–—-]\s+[A-Z]/i;
/** "(Third Reading)", "(Second Reading, as amended)": which reading it was, after the title. */
const READING = /\s*\((?:First|Second|Third|Final) Reading[^)]*\)\s*$/i;
/** "Offered by Councilman Pettit, seconded by …:", "Moved by …": the motion under the heading, however capitalised. */
const MOVER_LINE = /^(?:Offered|Moved|Introduced|Motion|Sponsored) by\b/i;
/** At most this many lines of a title wrapped under its first. */
const MAX_WRAPPED_LINES = 4;

/** A title's words: all in capitals, or (as some councils print them) capitalised, but for the reading in brackets. */
const isTitleText = (text: string) => {
  // "#72": the number's sign is no word of the title.
  const words = text.replace(READING, '').replace(/#(?=\s?\d)/, '');
  return !/[a-z]/.test(words) || hasCapitalisedWords(words);
};

/** Whether a line opens such a heading: the number and a title in capitals or capitalised words. */
export function isLegislationHeading(text: string): boolean {
  const first = text[0];
  if ('ORLBorlb'.indexOf(first) === -1 || !LEGISLATION_START.test(text)) return false;
  return isTitleText(text);
}

/** The heading's whole title, its wrapped lines joined, and the line after it. */
export function legislationTitleLines(lines: string[], index: number): { title: string; next: number } {
  let title = lines[index].trim();
  let next = index + 1;
  while (next < lines.length && next <= index + MAX_WRAPPED_LINES && !isBlank(lines[next]) && !READING.test(title) && !/[.!?]$/.test(title.replace(READING, ''))) {
    const line = lines[next].trim();
    if (!isTitleText(line) || (/[a-z]/.test(line.replace(READING, '')) && !/[a-z]/.test(title)) || MOVER_LINE.test(line)) break;
    title = `${title} ${line}`;
    next += 1;
  }
  return { title, next };
}
