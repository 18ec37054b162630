// Tables of people: a heading row with a "Name" column, then one attendee per row (Markdown pipes, or the columns
// of a Word or HTML table).
import type { Attendee, AttendanceKind } from '../../core/types';
import { attendeesFromList } from './attendee-lists';

/** The heading row of a table of people: "Name    Role". */
export const COLUMN_HEADINGS = /^(?:Name|Member|Attendee)s?\s{2,}(?:Role|Position|Title|Organisation|Representing|Capacity|Office)$/i;

/** Which cells of a table's rows hold the name, role and attendance, and the attendance when no cell says. */
export interface TableColumns {
  name: number;
  role: number | null;
  attendance: number | null;
  kind: AttendanceKind;
}

/** A table row's cells: "| Jenny Fowler | Chair | Present |" or "Jenny Fowler    Chair    Present"; null for a line of prose. */
function cellsOf(line: string): string[] | null {
  if (/^\|.*\|$/.test(line)) return line.slice(1, -1).split('|').map((cell) => cell.trim());
  const cells = line.split(/\s{2,}/);
  return cells.length >= 2 ? cells : null;
}

/** Column headings over an item list ("Item    Action", "Minute    Lead"): not people. */
export const ITEM_COLUMN_HEADINGS = /^(?:Item|Minute|Min(?:ute)? No\.?|No\.?)\s{2,}(?:Item|Action|Lead|By|Owner|Subject)$/i;
const TABLE_HEADING_WORDS =
  /^(?:Name|Member|Attendee|Governor|Councillor|Trustee|Director|Role|Position|Title|Organisation|Representing|Capacity|Office|Type|Category|Attendance|Attended|Present|Status|Present\/Apologies|Notes?|Initials|)s?$/i;

/** The heading row of a table of people: a "Name" column, with "Role" and "Attendance" columns if it has them. */
function tableColumnsOf(cells: string[]): TableColumns | null {
  const find = (pattern: RegExp) => {
    const index = cells.findIndex((cell) => pattern.test(cell));
    return index === -1 ? null : index;
  };
  const name = find(/^(?:Name|Member|Attendee|Governor|Councillor|Trustee|Director)s?$/i);
  if (name === null || cells.length > 5 || !cells.every((cell) => TABLE_HEADING_WORDS.test(cell))) return null;
  const attendance = find(/^(?:Attendance|Attended|Present|Status|Present\/Apologies)$/i);
  const role = find(/^(?:Role|Position|Title|Organisation|Representing|Capacity|Office|Type|Category)$/i);
  if (attendance === null && role === null) return null;
  return { name, role, attendance, kind: 'present' };
}

/** "Mr Samuel Osei    Chief Executive" (tab-aligned columns or a table row): the second column is the role. */
export function inColumns(line: string): string {
  const columns = /^(\S.*?\S)\s{2,}(\S.*)$/.exec(line);
  if (!columns) return line;
  // "Councillor Alasdair Grant        Mr Craig Munro": members listed in two columns, a person in each.
  if (TITLED_PERSON.test(columns[1]) && TITLED_PERSON.test(columns[2])) return `${columns[1]}, ${inColumns(columns[2])}`;
  return !columns[1].includes('(') && !/[,;]/.test(columns[1]) ? `${columns[1]} (${columns[2]})` : line;
}

/** A person by their title, as a column of a list starts: "Councillor …", "Dr …", "Cr …". */
const TITLED_PERSON = /^(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Revd|Rev|Sir|Dame|Bailie|Provost)\.?\s+\p{Lu}/u;

/** A line read in a table of people: its heading or rule row (with the columns that follow), or a row of people. */
export type TableLine = { columns: TableColumns; attendees?: undefined } | { columns?: undefined; attendees: Attendee[] };

/**
 * `line` (trimmed, unbolded) as part of a table of people: `table` is the table open above it, `listKind` the
 * attendance of the list open above it. Null when the line is no part of a table.
 */
export function readTableLine(line: string, table: TableColumns | null, listKind: AttendanceKind | null): TableLine | null {
  const cells = line.includes('|') || line.includes('  ') ? cellsOf(line) : null;
  if (!cells) return null;
  const heading = tableColumnsOf(cells);
  if (heading) {
    // Under "Apologies:" a table without an attendance column lists apologies.
    return { columns: { ...heading, kind: listKind ?? table?.kind ?? 'present' } };
  }
  if (!table) return null;
  if (/^[\s|:-]+$/.test(line)) return { columns: table };
  if (cells.length <= table.name || cells[table.name] === '') return null;
  const role = table.role === null ? '' : (cells[table.role] ?? '');
  const attended = table.attendance === null ? '' : (cells[table.attendance] ?? '');
  const kind = /apolog/i.test(attended) ? 'apologies' : /absent|^no$|^n$|^✗$/i.test(attended) ? 'absent' : table.kind;
  return { attendees: attendeesFromList(role === '' || role === '-' ? cells[table.name] : `${cells[table.name]} (${role})`, kind) };
}
