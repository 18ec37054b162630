// Page furniture: page numbers and running headers that a PDF repeats on every page. Removed before
// paragraphs are built, so a paragraph broken by a page end reads as one.
import { OUTCOME_LINE } from '../decisions/decisions';
import { withoutMarkup } from '../lines';
import { withRunningBlocks } from './running-blocks';
import { itemNumbersOverTitles } from './numbers-over-titles';
import { wordPageFieldIndexes } from './word-page-field';
import { joinAcrossBreaks, pagesOf, SENTENCE_END, SENTENCE_ENDINGS, withoutLinesAt } from './pages';
import { contentStart, isBlank, whiteSpaceStart } from '../patterns';

const BARE_PAGE_NUMBER = /^\s*(?:page\s+)?(\d{1,4})(?:\s*(?:of|\/)\s*(\d{1,4}))?\s*$/i;

/**
 * "7", "Page 7 of 12", "7/12": a line starting with another printable character is let go by that one code (this runs
 * on every line). "39/20" is no page of a count (the 39th of 20 pages): a minute's number and its year, on its own line.
 */
function isBarePageNumber(line: string): boolean {
  const first = line.charCodeAt(0);
  const isDigit = first >= 0x30 && first <= 0x39;
  if (first > 0x20 && first < 0x7f && !isDigit && (first | 0x20) !== 0x70) return false;
  const page = BARE_PAGE_NUMBER.exec(line);
  return page !== null && (page[2] === undefined || Number(page[1]) <= Number(page[2]));
}

/** "Little Moreton Parish Council – Minutes – 12 February 2024 – Page 1 of 1": a running footer, the page number last. */
const RUNNING_FOOTER = /^.{0,140}?(?:\s[-–—|]|\s{3})\s*Page\s+\d{1,3}\s+of\s+\d{1,3}\s*$/i;

export function isRunningFooter(line: string): boolean {
  return endsInPageCount(line) && RUNNING_FOOTER.test(line);
}

/**
 * Whether a line ends as RUNNING_FOOTER does, in "of" (any case), white space and one to three digits: read from its
 * last characters, as the pattern was tried from each of its first 140 (this runs on every line ending in a digit).
 */
function endsInPageCount(line: string): boolean {
  const end = whiteSpaceStart(line, line.length);
  let digits = end;
  while (digits > 0 && line.charCodeAt(digits - 1) >= 0x30 && line.charCodeAt(digits - 1) <= 0x39) digits -= 1;
  const space = whiteSpaceStart(line, digits);
  if (end - digits < 1 || end - digits > 3 || space === digits || space < 2) return false;
  return (line.charCodeAt(space - 2) | 0x20) === 0x6f && (line.charCodeAt(space - 1) | 0x20) === 0x66;
}

/** How far (in lines) a running header may sit from its page number. */
const HEADER_WINDOW = 6;
/** How many lines at each end of a page can hold furniture. */
const PAGE_EDGE_LINES = 3;
/** Longer lines (trimmed) are text, never a running header. */
const MAX_RUNNING_HEADER = 100;

/** Running headers repeat with different page numbers and dates; compare them without digits. */
function keyOfTrimmed(trimmed: string): string {
  const lower = trimmed.toLowerCase();
  return /\d/.test(lower) ? lower.replace(/\d+/g, '#') : lower;
}
const furnitureKey = (line: string) => keyOfTrimmed(line.trim());

/** How many lines (blank ones aside) a heading over "Minutes of …" may stand above it: the council's, then the committee's. */
const HEADING_LINES_ABOVE_MINUTES = 3;

/**
 * A heading just above "Minutes of …" names the meeting's body, even when a pack repeats it on several pages (or the
 * pages after the first carry it as their running header); a line numbered differently on each page ("Agenda Item 3",
 * "Agenda Item 4") is the pack's stamp above it, not a heading. Blank lines between the title's lines do not count.
 */
function headsMinutes(page: string[], index: number): boolean {
  if (/\d/.test(page[index])) return false;
  let seen = 0;
  for (let below = index + 1; below < page.length && seen < HEADING_LINES_ABOVE_MINUTES; below += 1) {
    if (isBlank(page[below])) continue;
    if (/^\s*minutes\s+of\b/i.test(page[below])) return true;
    seen += 1;
  }
  return false;
}

/** "Licensing Committee - 12 February 2025" (or "- 12/02/2025"): a meeting's name and date, as a running header prints them. */
const NAME_DASH_DATE = /^(\S.{2,80}?)\s+[-–—|]\s+(?:(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4})$/;

/** "Minutes – 26 February 2025", "Draft minutes | 3 March 2025": a running header naming only the kind of document. */
const GENERIC_RUNNING_NAME = /^(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:minutes?|notes)$/i;

/**
 * A running header on a page after the first that names the meeting (or only "Minutes") and its date: in minutes of two
 * pages it is printed once only, so it cannot be told by repeating. A meeting's name must be in the first page's heading.
 */
function isMeetingRunningHeader(line: string, firstPageTop: string): boolean {
  const named = NAME_DASH_DATE.exec(line.trim());
  return named !== null && (GENERIC_RUNNING_NAME.test(named[1]) || firstPageTop.includes(named[1].toLowerCase().replace(/\s+/g, ' ')));
}

/**
 * The first and the last PAGE_EDGE_LINES lines of a page that are not blank (on a short page, a line can be both), each
 * with its index: found from the page's ends, as a page can be thousands of lines long.
 */
function edgeLines(page: string[]): { line: string; index: number }[] {
  const first: { line: string; index: number }[] = [];
  for (let index = 0; index < page.length && first.length < PAGE_EDGE_LINES; index += 1) {
    if (!isBlank(page[index])) first.push({ line: page[index], index });
  }
  const last: { line: string; index: number }[] = [];
  for (let index = page.length - 1; index >= 0 && last.length < PAGE_EDGE_LINES; index -= 1) {
    if (!isBlank(page[index])) last.unshift({ line: page[index], index });
  }
  return [...first, ...last];
}

/** "Decision:", "Reasons for decision:": a label over the text after it, which may fall at the edge of a page in each item it heads; no running header ends so. */
const LABEL_OVER_TEXT = /:\s*$/;

/**
 * "CARRIED", "**Carried**": a motion's outcome on a line of its own, which may end a page under each motion that ends
 * there (a short document's two pages both end on one); no running header or footer is one.
 */
const isMotionOutcome = (line: string) => OUTCOME_LINE.test(withoutMarkup(line).trim());

/** Text with form feeds between pages: furniture is what repeats at the edges of several pages. */
function removeFromPages(pages: string[][]): string[] {
  const edges = pages.map(edgeLines);
  const pagesWithKey = new Map<string, number>();
  for (const pageEdges of edges) {
    for (const key of new Set(pageEdges.map(({ line }) => furnitureKey(line)))) {
      pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
    }
  }
  const firstPageTop = pages[0].slice(0, 20).join(' ').replace(/\s+/g, ' ').toLowerCase();
  const keptAsText = (page: string[], index: number) => headsMinutes(page, index) || LABEL_OVER_TEXT.test(page[index]) || isMotionOutcome(page[index]);
  // A table's item numbers over their titles (numbers-over-titles.ts), found in the pages' lines as one text, stay.
  const itemNumbers = itemNumbersOverTitles(pages.flat());
  let linesBefore = 0;
  const pageStarts = pages.map((page) => (linesBefore += page.length) - page.length);
  const furnitureAtEdges = pages.map((page, pageIndex) => {
    const top = pageIndex === 0 ? -1 : (edges[pageIndex][0]?.index ?? -1);
    return new Set(
      edges[pageIndex]
        .filter(
          ({ line, index }) =>
            !itemNumbers.has(pageStarts[pageIndex] + index) &&
            (isBarePageNumber(line) || ((pagesWithKey.get(furnitureKey(line)) ?? 0) >= 2 && !keptAsText(page, index)) || (index === top && isMeetingRunningHeader(line, firstPageTop))),
        )
        .map(({ index }) => index)
        .concat(wordPageFieldIndexes(page)),
    );
  });
  const furniture = pages.length < 2 ? furnitureAtEdges : withRunningBlocks(pages, furnitureAtEdges, keptAsText);
  // Most pages of a long text have no furniture at their edges: they are kept as they are, not copied line by line.
  return joinAcrossBreaks(pages.map((page, pageIndex) => (furniture[pageIndex].size === 0 ? page : withoutLinesAt(page, furniture[pageIndex]))));
}

/** How many characters of a key at each of its ends give its number: lines of one key share their ends. */
const KEY_NUMBER_EDGE = 8;

/**
 * A number for a key, read from a text (`text.slice(start, end)`, trimmed) as its key would read: FNV-1a over the first
 * and the last KEY_NUMBER_EDGE characters of its key, A–Z as a–z and each run of digits as "#" (a key, read again, gives
 * the same number). Reading whole lines was most of this module's time; the number only files lines, keys are compared
 * in full. Null for a text with a character outside ASCII at its ends, whose lower case can change or turn into ASCII.
 */
function keyNumberOf(text: string, start = 0, end = text.length): number | null {
  const fromStart = edgeNumber(text, start, end, 1, 0x811c9dc5);
  const number = fromStart === null ? null : edgeNumber(text, start, end, -1, fromStart);
  // 30 bits: a small integer to V8, which a Map keys without allocating a number.
  return number === null ? null : number & 0x3fffffff;
}

/** `hash` followed by the first KEY_NUMBER_EDGE characters of the key of `text.slice(start, end)`, read forwards (`step` 1) or backwards (-1). */
function edgeNumber(text: string, start: number, end: number, step: number, hash: number): number | null {
  let inDigits = false;
  let read = 0;
  for (let index = step === 1 ? start : end - 1; index >= start && index < end && read < KEY_NUMBER_EDGE; index += step) {
    let code = text.charCodeAt(index);
    if (code >= 0x80) return null;
    if (code >= 0x30 && code <= 0x39) {
      if (inDigits) continue;
      inDigits = true;
      code = 0x23;
    } else {
      inDigits = false;
      if (code >= 0x41 && code <= 0x5a) code |= 0x20;
    }
    hash = Math.imul(hash ^ code, 0x01000193);
    read += 1;
  }
  return hash;
}

/**
 * Whether two or more lines share a key, asked only of the lines next to page numbers. A running header is short and
 * ends no sentence, and lines of one key end alike: only such lines are counted. Keys are costly (a lower-cased copy of
 * each line was most of this module's time), so lines are filed under their key's number, chained line to line, and
 * only the lines filed under an asked key's number are keyed and compared. Lines with no number are keyed at once.
 */
class RepeatedKeys {
  private readonly nextWithNumber: Int32Array;
  private readonly lastWithNumber = new Map<number, number>();
  private readonly keyedCounts = new Map<string, number>();
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly lines: string[]) {
    this.nextWithNumber = new Int32Array(lines.length).fill(-1);
    for (let index = 0; index < lines.length; index += 1) {
      // The trimmed line's bounds, not a trimmed copy: most lines are never keyed.
      const line = lines[index];
      const end = whiteSpaceStart(line, line.length);
      const start = end === 0 ? 0 : contentStart(line);
      if (end === 0 || end - start > MAX_RUNNING_HEADER || SENTENCE_ENDINGS.includes(line[end - 1])) continue;
      const number = keyNumberOf(line, start, end);
      if (number === null) {
        const key = furnitureKey(line);
        this.keyedCounts.set(key, (this.keyedCounts.get(key) ?? 0) + 1);
        continue;
      }
      this.nextWithNumber[index] = this.lastWithNumber.get(number) ?? -1;
      this.lastWithNumber.set(number, index);
    }
  }

  has(key: string): boolean {
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = this.countUpToTwo(key) >= 2;
      this.answers.set(key, answer);
    }
    return answer;
  }

  private countUpToTwo(key: string): number {
    let count = this.keyedCounts.get(key) ?? 0;
    const number = keyNumberOf(key);
    if (number === null) return count;
    for (let index = this.lastWithNumber.get(number) ?? -1; index !== -1 && count < 2; index = this.nextWithNumber[index]) {
      if (furnitureKey(this.lines[index]) === key) count += 1;
    }
    return count;
  }
}

/** "Decision reference" over "12/25": a label of a record's reference over its value (a record of decisions repeats both). */
const REFERENCE_LABEL = /\b(?:reference|ref|no|number)\.?\s*:?\s*$/i;
function underReferenceLabel(lines: string[], index: number): boolean {
  const above = isBlank(lines[index - 1] ?? '') ? lines[index - 2] : lines[index - 1];
  return above !== undefined && REFERENCE_LABEL.test(above);
}

/**
 * Text without form feeds (already extracted): a page break shows as a bare page number between blank
 * lines, with running-header lines (lines the document repeats) just before or after it.
 */
function removeFromFlowingText(lines: string[]): string[] {
  // Filed when first needed: a text whose numbers are not alone between blank lines has no page break to clean up.
  let repeated: RepeatedKeys | null = null;
  // A table's item numbers, each over its title, are no pages' numbers, nor running headers (their keys, "#", repeat).
  const itemNumbers = itemNumbersOverTitles(lines);
  const isRunningHeader = (line: string) =>
    line.trim().length <= MAX_RUNNING_HEADER && !SENTENCE_END.test(line) && !(itemNumbers.size > 0 && /^\s*\d{1,3}\s*$/.test(line)) && (repeated ??= new RepeatedKeys(lines)).has(furnitureKey(line));
  // Alone between blank lines, or with a running header or footer on one side and a blank line on the other
  // ("Eastbridge District Council   Licensing Committee   16.01.25" over "Page 1", as a PDF's text layer gives them).
  const isEdge = (index: number) => index < 0 || index >= lines.length || isBlank(lines[index]);
  const isPageNumber = (index: number) =>
    isBarePageNumber(lines[index]) && (isEdge(index - 1) || isEdge(index + 1)) && (isEdge(index - 1) || isRunningHeader(lines[index - 1])) && (isEdge(index + 1) || isRunningHeader(lines[index + 1])) && !itemNumbers.has(index) && !underReferenceLabel(lines, index);

  const output: string[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!isPageNumber(index)) {
      output.push(lines[index]);
      index += 1;
      continue;
    }
    let start = output.length;
    for (let back = 1; back <= HEADER_WINDOW && start > 0; back += 1) {
      const line = output[start - 1];
      if (!isBlank(line) && !isRunningHeader(line)) break;
      start -= 1;
    }
    let end = index + 1;
    for (let ahead = 1; ahead <= HEADER_WINDOW && end < lines.length; ahead += 1) {
      if (!isBlank(lines[end]) && !isRunningHeader(lines[end])) break;
      end += 1;
    }
    output.length = start;
    while (output.length > 0 && isBlank(output[output.length - 1])) output.pop();
    const lastContent = output[output.length - 1];
    if (lastContent !== undefined && SENTENCE_END.test(lastContent)) output.push('');
    index = end;
  }
  return output;
}

/**
 * The text's lines (`lines`: the text split at line ends) with page numbers and running headers removed. Where the
 * reader marks every page break (`pagesMarked`: the PDF reader's form feeds), a text without one is a single page,
 * whose numbers alone on their lines inside it are no page's ("18" in a printed table's first cell, its title beside).
 */
export function removePageFurniture(text: string, lines: string[], pagesMarked = false): string[] {
  if (pagesMarked || text.includes('\f')) return removeFromPages(pagesOf(lines));
  // Without a bare page number there is no page break to clean up around.
  return lines.some((line) => isBarePageNumber(line)) ? removeFromFlowingText(lines) : lines;
}
