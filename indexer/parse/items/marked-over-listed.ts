// Numbered list lines that the minutes' own marked headings outrank: an agenda listed above them, a list inside an item.
import type { HeadingCandidate } from './headings';

/** How many marked headings after a numbered list make the list the agenda they follow, at the least. */
const MIN_MARKED_AFTER = 3;
/** How many marked sections after a numbered list under a marked heading make it that section's list, at the least. */
const MIN_SECTIONS_AFTER_LIST = 2;
/** How many marked sections above a numbered list in a marked section make it that section's list, at the least. */
const MIN_SECTIONS_BEFORE_LIST = 4;
/** How many lines may part two entries of the list: a sub-list's lines ("    1. the annual report") between. */
const MAX_LIST_GAP = 3;

const isHeadingMarked = (candidate: HeadingCandidate) => candidate.level !== null && candidate.kinds.includes('marked');
/** An unnumbered heading marked as one, at a Markdown or HTML level (a wholly bold line, level 7, aside). */
const isUnnumberedMarkedHeading = (candidate: HeadingCandidate) => candidate.number === null && isHeadingMarked(candidate) && candidate.level! <= 6;

/** "3" → 3; null for "3.1", "22/104", "A": only whole numbers are compared here. */
const wholeNumber = (number: string | null) => (number !== null && /^\d+$/.test(number) ? Number(number) : null);

/**
 * "## Agenda" over "1. Adopt bylaws" … "4. Approve the accounts", then "## Adopt Bylaws", "## Officers", … one marked
 * heading for each matter discussed: a club's or a foundation's Markdown (or a wiki page) lists its agenda as a plain
 * numbered list and heads the minutes with unnumbered headings. The numbers are the list's, not the items': every
 * numbered line is unmarked, all stand in one run (no other heading between them, a sub-list's lines at most), and
 * the marked headings after the run are more than a few.
 */
function isAgendaAboveMarkedHeadings(numbered: HeadingCandidate[], candidates: HeadingCandidate[]): boolean {
  if (numbered.length < 2 || numbered.some(isHeadingMarked)) return false;
  for (let position = 1; position < numbered.length; position += 1) {
    if (numbered[position].index - numbered[position - 1].next > MAX_LIST_GAP) return false;
  }
  const [start, end] = [numbered[0].index, numbered[numbered.length - 1].next];
  if (candidates.some((candidate) => candidate.index > start && candidate.index < end && candidate.number === null)) return false;
  const markedAfter = candidates.filter((candidate) => candidate.index >= end && isUnnumberedMarkedHeading(candidate));
  if (markedAfter.length >= Math.max(MIN_MARKED_AFTER, Math.ceil(numbered.length / 2))) return true;
  // "## Action Items" over "1. **New**: HD to send …", "2. …" among "## People Present", "## Meeting Times", "## Property
  // report", "## General": a wiki page's list under one of its sections' headings, the sections its items.
  const headingAbove = candidates.filter((candidate) => candidate.index < start).pop();
  return headingAbove !== undefined && isUnnumberedMarkedHeading(headingAbove) && markedAfter.length >= MIN_SECTIONS_AFTER_LIST;
}

/**
 * "**CORRESPONDENCE**" over "1. CDC – Copy letter …" … "18. Bledisloe Cup – Inspection report", between "**CLERK'S
 * REPORT**", "**MAINTENANCE OF LAND …**", … above and "**COUNCILLORS' REPORTS**" below: minutes a word processor saved
 * as a web page head their sections with bold lines and number only the letters received under one of them. The list
 * stands under a marked heading, no other marked heading among its lines, with at least one marked section after it
 * and at least MIN_SECTIONS_BEFORE_LIST above it, each with its own text under it (a header's run of bold lines is none).
 */
function isListInMarkedSection(numbered: HeadingCandidate[], candidates: HeadingCandidate[]): boolean {
  if (numbered.some(isHeadingMarked)) return false;
  // Whole numbers only: a payee's initial ("M McKee  BT telephone …") read as a lettered heading is no list's entry.
  const listed = numbered.filter((candidate) => wholeNumber(candidate.number) !== null);
  if (listed.length < 2) return false;
  const [start, end] = [listed[0].index, listed[listed.length - 1].index];
  let sectionsBefore = 0;
  let above: HeadingCandidate | undefined;
  let markedAfter = 0;
  for (let position = 0; position < candidates.length; position += 1) {
    const candidate = candidates[position];
    const markedSection = candidate.number === null && isHeadingMarked(candidate);
    if (candidate.index < start) {
      above = candidate;
      if (markedSection && (candidates[position + 1]?.index ?? Infinity) > candidate.next + 1) sectionsBefore += 1;
    } else if (markedSection && candidate.index < end) return false;
    else if (markedSection && candidate.index > end) markedAfter += 1;
  }
  return above !== undefined && above.number === null && isHeadingMarked(above) && markedAfter >= 1 && sectionsBefore >= MIN_SECTIONS_BEFORE_LIST;
}

/**
 * "#### Has Done" over "a. Freshers", "b. Film night", "c. Quiz": a web page or Word file that heads its items and their
 * parts with marked headings letters only the points of a list inside one; lettered lines, none marked, among marked
 * headings at least twice as many are no items.
 */
function isLetteredListAmongMarkedHeadings(numbered: HeadingCandidate[], candidates: HeadingCandidate[]): boolean {
  if (numbered.length === 0 || numbered.some((candidate) => isHeadingMarked(candidate) || /\d/.test(candidate.number ?? '0'))) return false;
  const marked = candidates.filter(isUnnumberedMarkedHeading);
  return marked.length >= Math.max(MIN_MARKED_AFTER, 2 * numbered.length);
}

/**
 * "### 3. Changes to Charter" over a list "1. Rule 2a be renamed …" … "12. The changes …", then "### 4. General
 * Business": where the document marks its numbered headings, a plain line numbered with a whole number is an item only
 * where its number falls between the marked numbers around it (an unmarked "2. Minutes" between "### 1." and "### 3.");
 * a list inside an item, numbered from 1 again, would run on from the heading's number and take the items after it.
 * Lettered and dotted numbers ("A Presentation …", "3.1") are left to the rules that read sub-items.
 */
function withoutListsUnderMarkedNumbers(numbered: HeadingCandidate[]): HeadingCandidate[] {
  const marked = numbered.filter(isHeadingMarked);
  if (marked.length < 2 || marked.some((candidate) => wholeNumber(candidate.number) === null)) return numbered;
  return numbered.filter((candidate) => {
    if (isHeadingMarked(candidate)) return true;
    const value = wholeNumber(candidate.number);
    if (value === null) return true;
    const above = marked.filter((heading) => heading.index < candidate.index).at(-1);
    // Before the first marked heading, the plain numbers head what the marks do not reach (a packet's own minutes
    // above its marked appendices).
    if (above === undefined) return true;
    const below = marked.find((heading) => heading.index > candidate.index);
    return value > wholeNumber(above.number)! && value < (wholeNumber(below?.number ?? null) ?? Infinity);
  });
}

/**
 * The numbered candidates the items are read from, without those the marked headings outrank; none when the numbered
 * lines are an agenda listed above marked headings or a lettered list among them, so that the marked headings are the items.
 */
export function withoutListsAmongMarkedHeadings(numbered: HeadingCandidate[], candidates: HeadingCandidate[]): HeadingCandidate[] {
  if (isAgendaAboveMarkedHeadings(numbered, candidates) || isLetteredListAmongMarkedHeadings(numbered, candidates) || isListInMarkedSection(numbered, candidates)) return [];
  return withoutListsUnderMarkedNumbers(numbered);
}
