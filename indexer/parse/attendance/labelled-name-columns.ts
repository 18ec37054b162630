// A community council's roll printed as two columns of names beside its label and copied as text, the columns set
// apart by runs of spaces: "APOLOGIES     George Freeman     Robert McIntyre" over "     Martin Croft     Dorothy
// Hughes". Read as a name and a role (the shape of "PRESENT   Watson Robinson   Convenor(WR)", a roll with offices),
// each second name would be the first one's office. Where every row beside and under the label holds only names, each
// row is set out as a list ("George Freeman, Robert McIntyre").
import { BODY_WORDS } from '../header/body-names';
import { attendanceLabelOf } from './attendance-labels';
import { OFFICE_WORDS } from './person-words';
import { isBlank } from '../patterns';

/** How far into a document the header's roll is looked for. */
const HEADER_LINES = 60;
/** Fewer rows of two names than this make no such columns (a one-off could be a name and a role). */
const MIN_TWO_NAME_ROWS = 2;
/** Columns are set apart by three spaces or more (a tab copied as spaces). */
const COLUMN_GAP = /\s{3,}/;
/** "Robert McIntyre", "Cllr Iain Paterson": a person's name, each word capitalised and in mixed case (no initials in capitals, no code). */
const PERSON_NAME = /^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2}$/u;

const isPersonName = (cell: string) => PERSON_NAME.test(cell) && !OFFICE_WORDS.test(cell) && !BODY_WORDS.test(cell);

/** The cells of a line, its columns' text; the first is the label's where the line has one. */
const cellsOf = (line: string) => line.trim().split(COLUMN_GAP);

/** The rows of names from `start` (the label's line) on, each row's names; null when a row holds anything else. */
function nameRows(lines: string[], start: number, labelCells: string[]): { rows: string[][]; next: number } | null {
  const rows = [labelCells];
  let next = start + 1;
  for (; next < lines.length && !isBlank(lines[next]); next += 1) {
    const cells = cellsOf(lines[next]);
    // A row under the label is indented, its columns under the label's names; a name alone at the margin is the list
    // one a line that the rows below the label were already set out as (two-column-names.ts).
    if (!/^\s/.test(lines[next])) {
      if (cells.length !== 1 || !isPersonName(cells[0])) break;
    } else if (cells.length > 2 || !cells.every(isPersonName)) return null;
    rows.push(cells);
  }
  const pairs = rows.filter((row) => row.length === 2).length;
  const listedUnder = rows.length > MIN_TWO_NAME_ROWS && rows.slice(1).every((row) => row.length === 1);
  return rows.every((row) => row.every(isPersonName)) && (pairs >= MIN_TWO_NAME_ROWS || listedUnder) ? { rows, next } : null;
}

/** `lines` with each label's two columns of names set out as lists, one row a line; the same array when there are none. */
export function withLabelledNameColumnsListed(lines: string[]): string[] {
  let listed: string[] | null = null;
  for (let index = 0; index < Math.min(lines.length, HEADER_LINES); index += 1) {
    const line = lines[index];
    // Told by the gap first: most lines hold no run of three spaces.
    if (!line.includes('   ')) continue;
    const [label, ...names] = cellsOf(line);
    if (names.length !== 2 || attendanceLabelOf(label)?.rest !== '') continue;
    const found = nameRows(lines, index, names);
    if (!found) continue;
    listed ??= [...lines];
    listed[index] = `${label} ${names.join(', ')},`;
    found.rows.slice(1).forEach((row, offset) => {
      listed![index + 1 + offset] = `${' '.repeat(label.length + 1)}${row.join(', ')}${offset + 2 < found.rows.length ? ',' : ''}`;
    });
    index = found.next - 1;
  }
  return listed ?? lines;
}
