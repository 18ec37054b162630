// Those present as a Word table in the margin beside the minutes' first items (a community council's template): a PDF's
// text gives the table's rows after the paragraphs it stood beside, "PRESENT: Ann Lee (AL), Bo Ray (BR)" in the middle
// of item 6. Such a table is moved up under the line that dates the meeting, where the same template prints it in other
// years and where the header reads those present.
import { attendanceLabelOf } from './attendance-labels';
import { findDate } from '../header/meeting-fields';

/** The meeting's dated line is among a document's first lines. */
const DATE_LINE_WITHIN = 15;
/** A table this near under the dated line is in the header already. */
const HEADER_LINES = 2;

/** The index of the first line that dates the meeting, among the first lines; -1 when none does. */
function datedLineIndex(lines: string[]): number {
  const within = Math.min(lines.length, DATE_LINE_WITHIN);
  for (let index = 0; index < within; index += 1) {
    if (/\d/.test(lines[index]) && findDate(lines[index]) !== null) return index;
  }
  return -1;
}

/**
 * `lines` with the table from `from` to their end (rows of names keyed by initials) moved under the meeting's dated line
 * when it is a table of those present that stands below the header's lines; `lines` as they are otherwise.
 */
export function withLatePresentTableMoved(lines: string[], from: number): string[] {
  if (attendanceLabelOf(lines[from])?.attendance !== 'present') return lines;
  const dated = datedLineIndex(lines);
  const inHeader = lines.slice(dated + 1, from).filter((line) => line.trim() !== '').length <= HEADER_LINES;
  if (dated === -1 || inHeader || lines.slice(0, from).some((line) => attendanceLabelOf(line)?.attendance === 'present')) return lines;
  return [...lines.slice(0, dated + 1), '', ...lines.slice(from), '', ...lines.slice(dated + 1, from)];
}
