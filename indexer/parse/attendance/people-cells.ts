// A table of people (name, office) read one cell a line, as a page's or a PDF's table is copied: under "Present", the
// name, then the office, then the next name ("Rob Campbell" / "Chair" / "Tipene Wilson" / "Deputy Chair"). Each pair
// is put on one line as "Name (Office)", the line the attendance rules read as one person with an office.
import { attendanceLabelOf } from './attendance-labels';
import { COLUMN_TITLE } from './list-parts';
import { OFFICE_WORDS } from './person-words';
import { isBlank } from '../patterns';

/**
 * A name alone in its cell: a title perhaps, two to four capitalised words, honours after a comma perhaps ("Julia
 * Parfitt, JP", "Greg Moyle, JP, ED"), and a note in brackets perhaps ("(Vice Chairperson)").
 */
const NAME_CELL = /^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Cllr|Councillor|Cr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:,\s*\p{Lu}{2,5}(?:,\s*\p{Lu}{2,5})*)?(?:\s+\([^()]{1,40}\))?$/u;
/** Offices OFFICE_WORDS does not know, that a board's members hold as its members ("Registered Nurse", "Board member"). */
const MEMBER_OFFICE = /\b(?:Nurse|Representative|Practitioner|[Mm]ember|Consultant|GP|Advis[eo]r)\b/;
/** A cell longer than this is prose, no office. */
const LONGEST_CELL = 120;
/** Fewer pairs than this are no table (a name and an office one a line can be a list's two entries). */
const MIN_PAIRS = 3;
/** How many of a document's lines an attendance label that heads such a table is looked for in. */
const HEADER_LINES = 200;

/** A tab or a gap: a line of a table's row, its cells side by side, not one cell. */
const CELLS_APART = /\t| {2}/;

/** "II DECLARATION OF INTEREST", "4 MINUTES": an item's numbered heading after the table, no one's name ("C. Mason" is one). */
const NUMBERED_HEADING = /^(?:[IVXLC]{1,6}\s+\p{Lu}{2,}|\d{1,3}\.?\s)/u;

/** Whether a cell holds a name ("In Attendance", the next block's label, is none). */
const isNameCell = (cell: string) => !CELLS_APART.test(cell) && NAME_CELL.test(cell) && !NUMBERED_HEADING.test(cell) && attendanceLabelOf(cell) === null;

/** "Jenny HILL", "Trudy McLEAY (Vice Chairperson)": a name whose surname is printed in capitals, as Scottish councils print them. */
const CAPITALS_SURNAME = /\s(?:Ma?c|O['’])?\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?(?:\s+\(|$)/u;

/**
 * Under a name with its surname in capitals, a cell without one is that person's office or body, though its words
 * are capitalised as a name's are ("Jenny HILL" / "Audit Scotland", "Lucinda GODFREY" / "Dundee Carers Centre").
 */
const isBodyUnderCapitalsName = (name: string, cell: string) =>
  CAPITALS_SURNAME.test(name) && !CAPITALS_SURNAME.test(cell) && !CELLS_APART.test(cell) && cell.length <= LONGEST_CELL && /^\p{Lu}/u.test(cell) && attendanceLabelOf(cell) === null;

/** Whether a cell holds an office: words in lower case, an office's word, or one word ("Chair"), and no person's name alone. */
const isOfficeCell = (cell: string) =>
  cell.length <= LONGEST_CELL && /^\p{Lu}/u.test(cell) && !CELLS_APART.test(cell) && attendanceLabelOf(cell) === null && (!NAME_CELL.test(cell) || OFFICE_WORDS.test(cell) || MEMBER_OFFICE.test(cell));

/** The lines with each table of people under an attendance label read pair by pair; the same array when there is none. */
export function withPeopleCellsPaired(lines: string[]): string[] {
  let paired: string[] | null = null;
  const limit = Math.min(lines.length, HEADER_LINES);
  for (let index = 0; index < limit; index += 1) {
    const line = lines[index].trim();
    // Most lines are let go on their length: a label alone is short.
    if (line === '' || line.length > 60 || attendanceLabelOf(line)?.rest !== '') continue;
    const { pairs, columnTitles } = cellPairsAfter(lines, index + 1);
    if (pairs.length < MIN_PAIRS) continue;
    paired ??= [...lines];
    // The table's column titles ("Members" over "Role") and its groups' names ("Board Members") are no one.
    for (const title of columnTitles) paired[title] = '';
    for (const [name, office] of pairs) {
      paired[name] = `${lines[name].trim()} (${lines[office].trim()})`;
      paired[office] = '';
    }
  }
  return paired ?? lines;
}

/**
 * The [name, office] line indexes of the pairs from `from` on, up to the first line that breaks them (blank lines
 * between), and the lines of the column titles over them and of the groups' names between them.
 */
function cellPairsAfter(lines: string[], from: number): { pairs: Array<[number, number]>; columnTitles: number[] } {
  const pairs: Array<[number, number]> = [];
  const columnTitles: number[] = [];
  let at = nextCell(lines, from);
  for (; at < lines.length && COLUMN_TITLE.test(lines[at].trim()); at = nextCell(lines, at + 1)) columnTitles.push(at);
  while (at < lines.length && isNameCell(lines[at].trim())) {
    const office = nextCell(lines, at + 1);
    if (office >= lines.length) break;
    if (!isOfficeCell(lines[office].trim()) && !isBodyUnderCapitalsName(lines[at].trim(), lines[office].trim())) {
      // "Board Members" over "Rob Campbell" / "Chair": a group's name over its people, in a row of its own.
      if (!startsPair(lines, office)) break;
      columnTitles.push(at);
      at = office;
      continue;
    }
    pairs.push([at, office]);
    at = nextCell(lines, office + 1);
  }
  return { pairs, columnTitles };
}

/** Whether a name's cell is at `at`, and an office's after it. */
function startsPair(lines: string[], at: number): boolean {
  const office = nextCell(lines, at + 1);
  return isNameCell(lines[at].trim()) && office < lines.length && isOfficeCell(lines[office].trim());
}

function nextCell(lines: string[], from: number): number {
  let at = from;
  while (at < lines.length && isBlank(lines[at])) at += 1;
  return at;
}
