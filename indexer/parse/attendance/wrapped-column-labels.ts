// A roll printed as a table of two columns, its labels wrapped in the narrow first one, as a police board prints its
// "POLICE SERVICE OF" / "WESTMARCH IN" / "ATTENDANCE:" beside "Chief Constable P Vance" / "Mr O Bright, Director of
// Finance": copied as text, each line holds a piece of the label and one person. Read as it stands, no piece is a label
// and the people go on in the roll above. The label is set whole on a line of its own, each person under it.
import { attendanceLabelOf } from './attendance-labels';

/** The header's rolls are looked for in the document's first lines only. */
const HEADER_LINES = 80;
/**
 * "POLICE SERVICE OF       Chief Constable …": the label's piece, a gap of two spaces or more (or a tab), the person. The
 * piece ends on a character that is no space, so the gap is tried only where a run of spaces starts: tried from each of
 * its spaces, a run of 100,000 took the parse minutes.
 */
const LABEL_CELL_ROW = /^(\S(?:.*?\S)?)(?:\s{2,}|\t)(\S.*)$/;
/** "                 Ms T Dunne, Board Secretary": a person alone in the second column. */
const SECOND_CELL_ROW = /^\s{6,}(\S.*)$/;
/** How far apart, in characters, the second column's cells may start and be one column. */
const COLUMN_SLACK = 3;

interface Row {
  label: string;
  person: string;
  start: number;
}

function rowOf(line: string): Row | null {
  const both = LABEL_CELL_ROW.exec(line);
  if (both) return { label: both[1].trim(), person: both[2].trim(), start: line.length - both[2].length };
  const alone = SECOND_CELL_ROW.exec(line);
  return alone ? { label: '', person: alone[1].trim(), start: line.length - alone[1].length } : null;
}

/** The rows of the block of lines from `start` to the next blank line, or null where one is not a row of the two columns. */
function blockRows(lines: string[], start: number): Row[] | null {
  const rows: Row[] = [];
  for (let index = start; index < lines.length && lines[index].trim() !== ''; index += 1) {
    const row = rowOf(lines[index]);
    if (row === null || (rows.length > 0 && Math.abs(row.start - rows[0].start) > COLUMN_SLACK)) return null;
    rows.push(row);
  }
  return rows;
}

/** The label a block's first column holds, wrapped over two lines or more of it; null where it holds none. */
function wrappedLabel(rows: Row[]): string | null {
  const pieces = rows.filter((row) => row.label !== '');
  if (pieces.length < 2 || rows[0].label === '') return null;
  const label = pieces.map((row) => row.label).join(' ');
  return attendanceLabelOf(label)?.rest === '' ? label : null;
}

/** `lines` with each roll whose label wraps in its own column set out as the label's line over its people; the same array where there is none. */
export function withWrappedColumnLabelsSet(lines: string[]): string[] {
  let out: string[] | null = null;
  const end = Math.min(lines.length, HEADER_LINES);
  for (let index = 0; index < end; index += 1) {
    const opensBlock = lines[index].trim() !== '' && (index === 0 || lines[index - 1].trim() === '');
    const rows = opensBlock && LABEL_CELL_ROW.test(lines[index]) ? blockRows(lines, index) : null;
    const label = rows ? wrappedLabel(rows) : null;
    if (rows === null || label === null) {
      out?.push(lines[index]);
      continue;
    }
    out ??= lines.slice(0, index);
    out.push(label, ...rows.map((row) => row.person));
    index += rows.length - 1;
  }
  if (out === null) return lines;
  for (let index = end; index < lines.length; index += 1) out.push(lines[index]);
  return out;
}
