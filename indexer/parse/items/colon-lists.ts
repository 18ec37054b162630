// "He had obtained two quotations:" over "1. Coastline Roofing: £8,400" / "2. Harris & Sons: £9,150": a numbered list
// a sentence introduces, its entries on consecutive lines, is part of the minute, not a run of item headings; so are
// the lettered parts of a resolution under "Resolved: That", and the names under an attendance label ("Council in
// Attendance:" over "Paul Gowing", one a line); and the agenda's note of the paper an item takes ("Report of the
// Monitoring Officer") under the item's title.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import type { HeadingCandidate } from './headings';
import { PERSON_START } from '../attendance/listed-person';
import { endsWithOneOf, isBlank } from '../patterns';

/** A sentence introducing a list: five words or more, in lower case, ending in a colon. */
const INTRODUCING_SENTENCE = /^\S+(?:\s+\S+){4}/;

/**
 * "Resolved: That", "RESOLVED that", "That the Committee:", "That Cabinet:" (a ModernGov page's resolution, its label
 * lost): a resolution's opening words, its parts listed under it.
 */
const RESOLUTION_OPENING = /^(?:it\s+was\s+)?(?:resolved|agreed)\s*[:–—-]?\s*that$|^(?:(?:it\s+was\s+)?(?:resolved|agreed)\s*[:–—-]?\s*)?that\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s*:$/iu;
/** Blank lines a page may set between a resolution's opening and its first part. */
const MAX_BLANKS_UNDER_OPENING = 3;

/** Whether the line above `index` (blank lines between or not) opens a resolution whose parts follow. */
function opensResolution(lines: string[], index: number): boolean {
  let above = index - 1;
  while (above >= 0 && index - above <= MAX_BLANKS_UNDER_OPENING && isBlank(lines[above])) above -= 1;
  const line = above >= 0 ? lines[above].trim() : '';
  return line.length <= 50 && RESOLUTION_OPENING.test(line);
}

/**
 * Whether `after` follows `before` in one list: on the next line, or after the list's entries no heading's shape fits
 * ("4. Hours of construction 07:30 – 18:00 Mon to Fri, 08:30 – 13:00 Sat, …", a sentence between "3." and "5."), each
 * numbered on from `before`.
 */
function entriesBetween(before: HeadingCandidate, after: HeadingCandidate, lines: string[], blanksBetween: boolean): boolean {
  if (before.next === after.index) return true;
  // "1. Note the information." and "2. Agree …" a blank line or two apart, under a resolution's opening.
  if (blanksBetween && after.number === String(Number(before.number) + 1) && lines.slice(before.next, after.index).every(isBlank)) return true;
  let expected = Number(before.number);
  if (!Number.isInteger(expected) || after.number !== String(expected + after.index - before.next + 1)) return false;
  for (let index = before.next; index < after.index; index += 1) {
    expected += 1;
    if (!lines[index].trim().startsWith(`${expected}.`)) return false;
  }
  return true;
}

/** "2. Dr. Ameer Sultana": an entry of a numbered list, one a line. */
const NUMBERED_ENTRY = /^\s*\d{1,3}\.\s+\p{Lu}/u;

/**
 * Whether a candidate is the first name under an attendance label alone ("Council in Attendance:", a blank line, "Paul
 * Gowing"), or one of a numbered list under it: the label's list, though each name stands alone as a heading does.
 */
function listedUnderAttendanceLabel(candidate: HeadingCandidate, lines: string[]): boolean {
  let above = candidate.index - 1;
  // "PRESENT" over "1. Professor Raj Kumar (in the Chair)" / "2. Dr. Ameer Sultana" / …: a numbered list of people under it.
  if (candidate.number !== null && !PERSON_START.test(candidate.title)) return false;
  if (candidate.number !== null) while (above >= 0 && NUMBERED_ENTRY.test(lines[above])) above -= 1;
  while (above >= 0 && isBlank(lines[above])) above -= 1;
  const line = above >= 0 ? lines[above].trim() : '';
  return (line.endsWith(':') || candidate.number !== null) && line.length <= 40 && attendanceLabelOf(line)?.rest === '';
}

/** The candidates without the numbered entries of lists that a sentence ending in a colon introduces, nor the names under an attendance label. */
export function withoutIntroducedLists(candidates: HeadingCandidate[], lines: string[]): HeadingCandidate[] {
  const dropped = new Set<HeadingCandidate>(candidates.filter((candidate) => listedUnderAttendanceLabel(candidate, lines)));
  for (let start = 0; start < candidates.length; start += 1) {
    let end = start;
    const resolutionAbove = candidates[start].number !== null && opensResolution(lines, candidates[start].index);
    while (end + 1 < candidates.length && candidates[end + 1].number !== null && entriesBetween(candidates[end], candidates[end + 1], lines, resolutionAbove)) end += 1;
    const above = (lines[candidates[start].index - 1] ?? '').trim();
    const introduced = end > start && endsWithOneOf(above, ':') && /[a-z]/.test(above) && INTRODUCING_SENTENCE.test(above);
    if (candidates[start].number !== null && (introduced || resolutionAbove)) {
      for (let entry = start; entry <= end; entry += 1) dropped.add(candidates[entry]);
    }
    start = end;
  }
  return dropped.size === 0 ? candidates : candidates.filter((candidate) => !dropped.has(candidate));
}

/** "Report of the Monitoring Officer", "Report by the Director of Place": whose paper the item takes, as an agenda notes it. */
const PAPER_NOTE = /^Reports? (?:of|by|from) (?:the )?\p{Lu}[\p{L}’'&,\s-]{2,80}$/u;

/**
 * The candidates without an agenda's note of an item's paper set straight under the item's title (blank lines between,
 * as a ModernGov page prints it): the note is the item's text, no item of its own.
 */
export function withoutPaperNotes(candidates: HeadingCandidate[], lines: string[]): HeadingCandidate[] {
  const notes = candidates.filter((candidate, position) => {
    const above = candidates[position - 1];
    return candidate.number === null && above !== undefined && PAPER_NOTE.test(candidate.title) && lines.slice(above.next, candidate.index).every(isBlank);
  });
  return notes.length === 0 ? candidates : candidates.filter((candidate) => !notes.includes(candidate));
}
