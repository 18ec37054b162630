// A board's attendance kept as a Word table of name and office, as a document site's text gives it: one row a line,
// the two cells joined with " / " ("Dr Carl Clowes / Non Executive Director"), a row's last cell sometimes run on into
// the next row's first ("Chair, Public Health WalesDr Carl Clowes / …"), and the table's "Present" cell often lost.
// Read as it is, each row is one name with its office cut at the slash, or the names and offices of the header's
// title. Each row is set as "Name (Office)", a line the attendance rules read as one person with an office, and a run
// of such rows with no attendance label above it is labelled "Present:" (NHS Wales boards' minutes are so made).
import { attendanceLabelOf } from './attendance-labels';
import { contentLineBefore } from '../patterns';

/** The header's rows are looked for in the document's first lines only. */
const HEADER_LINES = 80;
/** Fewer rows than this are no attendance table (a row or two of a name and a slash can be anything). */
const MIN_ROWS = 3;

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Cllr|Councillor)\.?`;
/** "Professor Sir Mansel Aylward CB / Chair, Public Health Wales": a titled name, the slash, and an office. */
const PERSON_ROW = new RegExp(String.raw`^(${TITLE}\s+(?:${TITLE}\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})\s+\/\s+(\p{Lu}[^/]{1,100})$`, 'u');
/** Where a row's last cell runs on into the next row's titled name: "… WalesDr Carl Clowes", "… OfficeMr Andrew Strong". */
const GLUED_ROW = new RegExp(String.raw`(?<=\p{Ll})(?=${TITLE}\s+\p{Lu}[\p{L}'’.-]*\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\/\s)`, 'gu');

/** How every row opens: a line opening otherwise is let go before it is cut into rows (a document run onto one line is long). */
const ROW_START = new RegExp(String.raw`^${TITLE}\s`);

/** The rows a line holds, each "Name (Office)", or null when it is no such row (nor rows run together). */
function personRows(line: string): string[] | null {
  const trimmed = line.trim();
  if (!ROW_START.test(trimmed)) return null;
  const rows = trimmed.split(GLUED_ROW);
  const read = rows.map((row) => PERSON_ROW.exec(row.trim()));
  return read.every((row) => row !== null && !/[.?!]$/.test(row[2].trim())) ? read.map((row) => `${row![1]} (${row![2].trim()})`) : null;
}

/** Whether the line above `index` (over blank lines) is an attendance label alone ("Present in part:"). */
function underLabel(lines: string[], index: number): boolean {
  const above = contentLineBefore(lines, index - 1);
  return above >= 0 && attendanceLabelOf(lines[above].trim())?.rest === '';
}

/** `lines` with each run of name-and-office rows in the header set as a roll; the same array when there is none. */
export function withSlashPersonRowsListed(lines: string[]): string[] {
  let rewritten: string[] | null = null;
  let from = 0;
  for (let index = 0; index < Math.min(lines.length, HEADER_LINES); index += 1) {
    if (!lines[index].includes(' / ')) continue;
    const run: string[] = [];
    let end = index;
    for (let rows = personRows(lines[end]); rows !== null; rows = end < lines.length ? personRows(lines[end]) : null) {
      run.push(...rows);
      end += 1;
    }
    const labelled = run.length > 0 && underLabel(lines, index);
    if (run.length >= MIN_ROWS || labelled) {
      rewritten ??= [];
      rewritten.push(...lines.slice(from, index), ...(labelled ? [] : ['Present:']), ...run, '');
      from = end;
    }
    index = Math.max(index, end - 1);
  }
  return rewritten === null ? lines : [...rewritten, ...lines.slice(from)];
}
