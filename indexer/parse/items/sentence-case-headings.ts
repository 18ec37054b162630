// Headings typed in sentence case ("Welcome and apologies", "Date of next meeting"), unnumbered and unmarked: what a
// word processor's plain-text export (Google Docs, Pages) keeps of a heading style. Only where they stand tells them
// from prose: after a blank line, over a line of prose (with no blank line between, or one where every paragraph is
// set apart by one).
import { endsWithOneOf, isBlank } from '../patterns';

/** Words of a sentence, not of a heading's few words. */
const SENTENCE_WORDS = /\b(?:was|were|is|are|had|has|have|be|been|will|would|should|could|that|this|there|it|he|she|they|we|i|you|said|asked|noted|agreed|resolved|reported)\b/i;
const MAX_HEADING_CHARS = 60;
const MAX_HEADING_WORDS = 7;

/** Whether `raw` (trimmed) is such a heading: a short capitalised phrase after a blank line, over a line of prose. */
export function isSentenceCaseHeading(lines: string[], index: number, raw: string): boolean {
  if (raw.length > MAX_HEADING_CHARS || (index > 0 && !isBlank(lines[index - 1]) && !endsWithOneOf(lines[index - 1].trimEnd(), '.!?')) || endsWithOneOf(raw, '.,;:!?')) return false;
  if (!/^[A-Z][a-z]/.test(raw) || raw.split(/\s+/).length > MAX_HEADING_WORDS || SENTENCE_WORDS.test(raw)) return false;
  const below = lines[index + 1]?.trim() ?? '';
  if (below !== '') return below.length > raw.length && isProse(below);
  // Set apart by blank lines above and below (as a plain-text export spaces every paragraph), a heading is told by its
  // shape and by a sentence under it ("Declarations of interest" over "None were declared."); a line with a figure
  // ("Annual Report 2023", "Meeting closed 9pm") is too like a note of a fact.
  return isBlank(lines[index - 1] ?? '') && !/\d/.test(raw) && isProse(contentBelow(lines, index + 1));
}

/** Blank lines a page may set between a heading and its text (a web page's copy spaces its blocks with two or three). */
const MAX_BLANKS_BELOW = 3;

/** The first line with content from `from` (a blank line there), within MAX_BLANKS_BELOW lines; '' when there is none. */
function contentBelow(lines: string[], from: number): string {
  for (let index = from; index < lines.length && index < from + MAX_BLANKS_BELOW; index += 1) if (!isBlank(lines[index])) return lines[index].trim();
  return '';
}

/** A line of prose: capitalised, in mixed case, a sentence or a long line. */
function isProse(line: string): boolean {
  return /^[A-Z0-9£"“‘(]/.test(line) && /[a-z]/.test(line) && (endsWithOneOf(line, '.!?') || line.length > 40);
}
