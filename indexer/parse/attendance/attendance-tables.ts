// Tables of people: a heading row with a "Name" column, then one attendee per row (Markdown pipes, or the columns
// of a Word or HTML table).
import type { Attendee, AttendanceKind } from '../../../core/types';
import { attendanceLabelOf } from './attendance-labels';
import { attendeesFromList } from './attendee-lists';
import { cellsWithStarts, placedUnderColumns } from './column-starts';
import { collapseWhiteSpace, holdsWhiteSpaceRun } from '../patterns';

/** The heading row of a table of people: "Name    Role". */
export const COLUMN_HEADINGS = /^(?:Name|Member|Attendee)s?\s{2,}(?:Role|Position|Title|Organisation|Representing|Capacity|Office)$/i;

/** Which cells of a table's rows hold the name, role and attendance, and the attendance when no cell says. */
export interface TableColumns {
  name: number;
  role: number | null;
  attendance: number | null;
  kind: AttendanceKind;
  /** A table whose columns are lists side by side ("Members Present | Officers Present"): each column's attendance. */
  lists?: AttendanceKind[];
  /** Where each of those columns starts on its line (the labels' first characters), when its heading row was read so. */
  starts?: number[];
}

/** A table row's cells: "| Jenny Fowler | Chair | Present |" or "Jenny Fowler    Chair    Present"; null for a line of prose. */
function cellsOf(line: string): string[] | null {
  // Each look is made only where its cheaper one passes: a line of a document run together is megabytes long.
  if (line.startsWith('|') && line.endsWith('|') && /^\|.*\|$/.test(line)) return line.slice(1, -1).split('|').map((cell) => cell.trim());
  return holdsWhiteSpaceRun(line) ? line.split(/\s{2,}/) : null;
}

/** Column headings over an item list ("Item    Action", "Minute    Lead"): not people. */
export const ITEM_COLUMN_HEADINGS = /^(?:Item|Minute|Min(?:ute)? No\.?|No\.?)\s{2,}(?:Item|Action|Lead|By|Owner|Subject)$/i;
// "Call Sign": the column an amateur radio club's roll adds beside each member's name and office.
const TABLE_HEADING_WORDS =
  /^(?:(?:Attendee|Member) Name|Name|Member|Attendee|Governor|Councillor|Trustee|Director|Role|Position|Title|Organisation|Representing|Capacity|Office|Type|Category|Attendance|Attended|Present|Status|Present\/Apologies|Notes?|Initials|Arrived|Departed|Left|Call ?Sign|)s?$/i;

/** The heading row of a table of people: a "Name" column, with "Role" and "Attendance" columns if it has them. */
function tableColumnsOf(cells: string[]): TableColumns | null {
  const find = (pattern: RegExp) => {
    const index = cells.findIndex((cell) => pattern.test(cell));
    return index === -1 ? null : index;
  };
  // "Attendee Name    Title    Status    Arrived": the roll call table US agenda software prints.
  const name = find(/^(?:(?:Attendee|Member) Name|Name|Member|Attendee|Governor|Councillor|Trustee|Director)s?$/i);
  if (name === null || cells.length > 5 || !cells.every((cell) => TABLE_HEADING_WORDS.test(cell))) return null;
  const attendance = find(/^(?:Attendance|Attended|Present|Status|Present\/Apologies)$/i);
  const role = find(/^(?:Role|Position|Title|Organisation|Representing|Capacity|Office|Type|Category)$/i);
  if (attendance === null && role === null) return null;
  return { name, role, attendance, kind: 'present' };
}

/**
 * "Members Present | Officers Present": a heading row of attendance labels, each over a column that lists its people
 * (a CMS or Word template setting members and officers side by side). Null unless every cell is a bare label.
 */
function listColumnsOf(cells: string[], raw?: string): TableColumns | null {
  // "Present:" ends in its colon; "Present: Cllr Jones" is a label with its people, no column's heading.
  if (cells.length < 2 || cells.length > 4 || cells.some((cell) => cell.length > 40 || /:(?!\s*$)/.test(cell))) return null;
  const lists = cells.map((cell) => attendanceLabelOf(cell) ?? (PUBLIC_COLUMN.test(cell) ? { attendance: 'in attendance' as const, rest: '' } : null));
  if (lists.some((label) => label === null || label.rest !== '')) return null;
  const placed = raw === undefined ? [] : cellsWithStarts(raw);
  return {
    name: 0,
    role: null,
    attendance: null,
    kind: lists[0]!.attendance,
    lists: lists.map((label) => label!.attendance),
    ...(placed.length === cells.length ? { starts: placed.map((cell) => cell.start) } : {}),
  };
}

/**
 * "Members of the Public:" heading a column of its own beside "Present:": the people of the public who came, by name. Read
 * as a label only there (anywhere else "Members of the public: 6" counts them).
 */
const PUBLIC_COLUMN = /^(?:members\s+of\s+the\s+public|public|visitors)\s*:?$/i;

/** A row of such a table with one cell left: a person ("Councillor Peter Crowther", "Ian Haldane (Planning Officer)"). */
const LONE_PERSON_CELL = /^(?:(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Revd|Rev)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s*\([^()]+\))?$/u;

/** A row of a table of lists side by side: each cell's people with their column's attendance (a row's empty cells are left out, so missing cells are the last columns'). */
function rowOfLists(line: string, cells: string[] | null, table: TableColumns, raw?: string): Attendee[] | null {
  const lists = table.lists!;
  // "Apologies for Absence" under the table is a label of its own, not a person.
  // "Councillor Dominic Askew (Vice-Chair) Maria Velasquez (Scrutiny Officer)": printed to PDF, a row whose cells ran
  // together is parted where a bracketed office closes before the next person's name.
  const people = cells ? [] : line.split(/(?<=\))\s+(?=\p{Lu})/u);
  const read = cells ?? (people.every((person) => LONE_PERSON_CELL.test(person)) && attendanceLabelOf(line) === null ? people : null);
  const row = read && table.starts && raw !== undefined ? placedUnderColumns(read, raw, table.starts) : read;
  if (!row || row.length > lists.length) return null;
  return row.flatMap((cell, column) => (cell === '' ? [] : attendeesFromList(cell, lists[column])));
}

/**
 * "Councilmembers      deHaan,      Gilmore,": a justified line printed to PDF, its spaces widened. A member's title
 * alone is the title of the name after it, and a cell that ends in a comma goes on with the list: neither is a column of roles.
 */
const isJustified = (first: string, rest: string) => TITLE_ALONE.test(first) || rest.endsWith(',') || /,\s{2,}/.test(rest);

/** A list's line with a justified line's widened spaces (after its commas) made single; the line itself otherwise. */
export function withJustifiedSpacesClosed(line: string): string {
  return line.includes(',  ') && /,\s{2,}\S/.test(line) ? collapseWhiteSpace(line) : line;
}

/** "Mr Samuel Osei    Chief Executive" (tab-aligned columns or a table row): the second column is the role. */
export function inColumns(line: string): string {
  const columns = /^(\S.*?\S)\s{2,}(\S.*)$/.exec(line);
  if (!columns) return line;
  // "Councillor Alasdair Grant        Mr Craig Munro": members listed in two columns, a person in each.
  if (TITLED_PERSON.test(columns[1]) && TITLED_PERSON.test(columns[2])) return `${columns[1]}, ${inColumns(columns[2])}`;
  // "Councillor P. Jones  (Chairman)        Councillor L. Dale": a bracket in a column of its own beside a name is that
  // person's note, the column after it the next person (a parish's roll typed in two columns).
  const note = columns[2][0] === '(' ? BRACKET_CELL.exec(columns[2]) : null;
  if (note) return note[2] === undefined ? `${columns[1]} ${note[1]}` : `${columns[1]} ${note[1]}, ${inColumns(note[2])}`;
  // "Councillor           Dion Walker     (until 5.10pm)": a member's title in a column of its own is the title of the name
  // beside it; so is the council a member sits on with it ("Parish Councillor  J. Caunce", "District Councillor  P. Clarke").
  if (/^(?:(?:Parish|Town|Community|District|Borough|County|City|Ward)\s+)?(?:Councillor|Cllr|Cr|Alderman)$/.test(columns[1]) && /^\p{Lu}/u.test(columns[2])) return `${columns[1]} ${collapseWhiteSpace(columns[2])}`;
  if (isJustified(columns[1], columns[2])) return collapseWhiteSpace(line);
  // "Ms J Bowen          -   Public Relations": the dash between the columns is no part of the role.
  return !columns[1].includes('(') && !/[,;]/.test(columns[1]) ? `${columns[1]} (${columns[2].replace(/^[–—-]\s+/, '')})` : line;
}

/** A member's title alone in its cell, one or plural: "Councilmembers", "Board Members", "Vice-Chair". */
const TITLE_ALONE = /^(?:(?:Board|Council|Committee|Commission)\s+)?(?:Cllrs|Councillors|Councilors|Councilmembers?|Members?|Trustees?|Commissioners?|Directors|Supervisors?|Aldermen|Selectmen|(?:Vice[ -])?(?:Chair(?:man|woman|person)?|President))$/;

/** "(Chairman)", a bracketed note alone in its cell, and what the columns after it hold. */
const BRACKET_CELL = /^(\([^()]{1,40}\))(?:\s{2,}(\S.*))?$/;

/** A person by their title, as a column of a list starts: "Councillor …", "Dr …", "Cr …". */
const TITLED_PERSON = /^(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Revd|Rev|Sir|Dame|Bailie|Provost)\.?\s+\p{Lu}/u;

/** A row of a table of people is no longer than this: a longer line is a document's text run together, read for no columns. */
const MAX_ROW_LENGTH = 5000;

/** A line read in a table of people: its heading or rule row (with the columns that follow), or a row of people. */
export type TableLine = { columns: TableColumns; attendees?: undefined } | { columns?: undefined; attendees: Attendee[] };

/**
 * `line` (trimmed, unbolded) as part of a table of people: `table` is the table open above it, `listKind` the
 * attendance of the list open above it. Null when the line is no part of a table.
 */
export function readTableLine(line: string, table: TableColumns | null, listKind: AttendanceKind | null, raw?: string): TableLine | null {
  if (line.length > MAX_ROW_LENGTH) return null;
  const cells = line.includes('|') || line.includes('  ') ? cellsOf(line) : null;
  if (table?.lists) {
    // "Minute 25.31    Apologies for absence": the first item's heading under the table (a label in a cell, not a row of labels) ends it.
    if (cells && cells.some((cell) => attendanceLabelOf(cell) !== null) && !listColumnsOf(cells)) return null;
    const attendees = rowOfLists(line, cells, table, raw);
    if (attendees) return { attendees };
  }
  if (!cells) return table && !table.lists ? rowRunTogether([line], table) : null;
  const lists = listColumnsOf(cells, raw);
  if (lists) return { columns: lists };
  const heading = tableColumnsOf(cells);
  if (heading) {
    // Under "Apologies:" a table without an attendance column lists apologies.
    return { columns: { ...heading, kind: listKind ?? table?.kind ?? 'present' } };
  }
  if (!table) return null;
  if (/^[\s|:-]+$/.test(line)) return { columns: table };
  const row = withEmptyCells(line, cells, table);
  return rowRunTogether(row, table) ?? personRow(row, table);
}

/** What an attendance column says of each person. */
const ATTENDANCE_VALUE = /^(?:Present|Apologies(?: received)?|Absent|Attended|Did not attend|Excused|Yes|No|Y|N|✓|✗)$/i;
/** The offices a role column holds most often: the ones a cell run into its neighbour can be told by. */
const ROLE_VALUE =
  /^(?:(?:Vice|Deputy)[- ])?Chair(?:man|woman|person)?$|^(?:(?:Co-opted|Independent|Lay|Committee|Board|Ward|Parish|Town|Substitute|Elected)\s+)?(?:Member|Councillor)$|^(?:Deputy |Assistant )?Clerk$|^(?:Secretary|Treasurer|Substitute|Observer|Convener|(?:Deputy )?Mayor)$/i;

/** The last one to three words of `cell` when they are a value `value` tells, and the words before them. */
function trailingValue(cell: string, value: RegExp): [string, string] | null {
  const words = cell.split(' ');
  for (let count = Math.min(3, words.length - 1); count >= 1; count -= 1) {
    const tail = words.slice(-count).join(' ');
    if (value.test(tail)) return [words.slice(0, -count).join(' '), tail];
  }
  return null;
}

/**
 * "Councillor Owen Pryce Vice-Chair Present": a row of a table printed to PDF whose cells, each filled to its
 * column's edge, ran together with a word's space between them. Read from its end: each missing column's value is
 * the attendance or office its row's last words are, the name what is left. Null unless every column is so found and
 * the name is a person's.
 */
function rowRunTogether(cells: string[], table: TableColumns): TableLine | null {
  const columns = Math.max(table.name, table.role ?? 0, table.attendance ?? 0) + 1;
  if (cells.length >= columns) return null;
  const row = [...cells];
  const filled: string[] = [];
  for (let column = columns - 1; column >= 0 && row.length > 0; column -= 1) {
    if (row.length === column + 1) return fromFilledRow([...row, ...filled], table);
    const value = column === table.attendance ? ATTENDANCE_VALUE : column === table.role ? ROLE_VALUE : null;
    const last = row[row.length - 1];
    if (value?.test(last)) {
      filled.unshift(row.pop()!);
      continue;
    }
    const split = value && trailingValue(last, value);
    if (!split) return null;
    row[row.length - 1] = split[0];
    filled.unshift(split[1]);
  }
  return null;
}

function fromFilledRow(cells: string[], table: TableColumns): TableLine | null {
  return LONE_PERSON_CELL.test(cells[table.name]) ? personRow(cells, table) : null;
}

/**
 * "Cllr B Jones        Apologies": a table row whose empty cell left two tabs (eight spaces by now) between its
 * neighbours; its cells with the empty one in its place when the table has more columns than the gaps part.
 */
function withEmptyCells(line: string, cells: string[], table: TableColumns): string[] {
  const columns = Math.max(table.name, table.role ?? 0, table.attendance ?? 0) + 1;
  if (cells.length >= columns || !line.includes('        ')) return cells;
  const exact = line.trim().split(/ {4}/).map((cell) => cell.trim());
  return exact.length === columns ? exact : cells;
}

/** A row of a table of people, read by its columns. */
function personRow(cells: string[], table: TableColumns): TableLine | null {
  if (cells.length <= table.name || cells[table.name] === '') return null;
  const role = table.role === null ? '' : (cells[table.role] ?? '');
  const attended = table.attendance === null ? '' : (cells[table.attendance] ?? '');
  const kind = /apolog/i.test(attended) ? 'apologies' : /absent|^excused$|^no$|^n$|^✗$/i.test(attended) ? 'absent' : table.kind;
  return { attendees: attendeesFromList(role === '' || role === '-' ? cells[table.name] : `${cells[table.name]} (${role})`, kind) };
}
