// "Proceedings:   Martin's status report read …" over "             Ann has confirmed …": a label at the margin in a
// column of its own (a students' group's or a small society's template table, printed or copied), its text set off by
// a gap and the lines under it set in to the text's column. Each such label heads a section of the minutes, whatever
// word it is ("Actions:", "Concerns:"), where the run-in labels of prose are told by their words: set out as headings.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { PERSON_START } from '../attendance/listed-person';
import { contentStart, isBlank } from '../patterns';

/** One to three words, the first capitalised, a colon and a gap of three spaces or more before the text. */
const COLUMN_LABEL = /^(\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’&-]+){0,2}):\s{3,}(\S.*)$/u;
/** How far into its line a label's colon and gap may stand. */
const MAX_LABEL_LENGTH = 120;
/** A line under a column label is set in at least this far. */
const COLUMN_INDENT = 8;
/** Fewer column labels than this are a few gaps in a text, not a column of labels. */
const MIN_COLUMN_LABELS = 3;

/** The label and text of a column label's line (a person's name or an attendance label aside), or null. */
function columnLabelOf(line: string): RegExpExecArray | null {
  // Told first by a colon then a gap near the line's start (a label is three words): most lines hold none, and a line can be a whole document.
  const label = line.slice(0, MAX_LABEL_LENGTH).includes(':   ') ? COLUMN_LABEL.exec(line) : null;
  return label && !PERSON_START.test(label[1]) && attendanceLabelOf(line) === null ? label : null;
}

/** Whether the line at `index` has a line set in under its text (blank lines aside). */
function setInBelow(lines: string[], index: number): boolean {
  let next = index + 1;
  while (next < lines.length && isBlank(lines[next])) next += 1;
  return next < lines.length && contentStart(lines[next]) >= COLUMN_INDENT;
}

/**
 * `lines` with each column label set out as a heading over its text; the same array when fewer than MIN_COLUMN_LABELS
 * stand over lines set in under them (once those show the column, a label with no more lines of its own, "Minutes:
 * Meeting No. 6 confirmed.", is one of its sections too).
 */
export function withColumnLabelsAsHeadings(lines: string[]): string[] {
  const labels = lines.map(columnLabelOf);
  let setIn = 0;
  for (let index = 0; index < lines.length && setIn < MIN_COLUMN_LABELS; index += 1) if (labels[index] && setInBelow(lines, index)) setIn += 1;
  if (setIn < MIN_COLUMN_LABELS) return lines;
  return lines.flatMap((line, index) => {
    const label = labels[index];
    return label ? ['', `## ${label[1]}`, '', label[2]] : [line];
  });
}
