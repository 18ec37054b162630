// A meeting's header set in two columns, printed as text: the board, date and place down the left, the attendance
// label and the people down the right ("Board of Selectmen   Present:   Ann Hale" / "May 21, 2015   Tom Reed" / …), as
// New England towns' minutes, a Word table of two cells, reach the web. Read as the two columns one after the other.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { holdsWhiteSpaceRun, isBlank } from '../patterns';

/** A title, a gap of six spaces or more, then an attendance label with a colon: the right column starts at the label. */
const LABEL_IN_RIGHT_COLUMN = /^(\s*\S.*?\S)\s{6,}(?=(?:Present|PRESENT|Members Present|Absent|Apologies|In Attendance|Also Present)\s*:)/;
/** LABEL_IN_RIGHT_COLUMN's gap: six white-space characters or more. */
const COLUMN_GAP = 6;
/** How far down the document such a header may start. */
const HEADER_LINES = 12;

/** `lines` with a two-column header's columns one after the other; the same array when no header is so set. */
export function withHeaderColumnsApart(lines: string[]): string[] {
  // The gap is looked for first: the pattern's lazy title, tried at each character, read a document run onto one line slowly.
  const first = lines.slice(0, HEADER_LINES).findIndex((line) => holdsWhiteSpaceRun(line, COLUMN_GAP) && LABEL_IN_RIGHT_COLUMN.test(line));
  if (first === -1) return lines;
  const column = LABEL_IN_RIGHT_COLUMN.exec(lines[first])![0].length;
  if (attendanceLabelOf(lines[first].slice(column)) === null) return lines;
  const left: string[] = [];
  const right: string[] = [];
  let end = first;
  // The block goes on to its first blank line, or to a line of prose running across the column's edge with no gap
  // there; each line is cut where the right column starts.
  for (; end < lines.length && !isBlank(lines[end]); end += 1) {
    const line = lines[end];
    const leftPart = line.slice(0, column);
    if (line.length > column && leftPart.trim() !== '' && !/\s{2}$/.test(leftPart)) break;
    const cut = line.length > column ? column : line.length;
    if (line.slice(0, cut).trim() !== '') left.push(line.slice(0, cut).trim());
    if (line.slice(cut).trim() !== '') right.push(line.slice(cut).trim());
  }
  return [...lines.slice(0, first), ...left, '', ...right, ...lines.slice(end)];
}
