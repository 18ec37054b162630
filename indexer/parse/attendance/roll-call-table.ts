// A roll call printed as a table: "Roll Call   Board Members   Present" over a row per member, "David Hale, Supervisor"
// and a mark in the Present column ("X" there, "A" or "Ab" absent), as small US boards type it in Word. Each member is
// set on a line of their own under the label their mark gives, so the attendance rules read them as any list; a cell
// beside the table ("Public: 14 attendees") stays text after it.

/** "Roll Call   __Name____   Present", "Roll call:    Board members     Present": the table's heading row. */
const ROLL_CALL_HEADING = /^\s*Roll\s+call\s*:?(?:\s+[_\p{L} ]{0,40}?)?\s{2,}Present\s*$/iu;
/** "David Hale, Supervisor      X", "Ann Ruiz, Clerk   Ab   Public: 9 attendees": a member, their office, the mark, any cell after. */
const MEMBER_ROW = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s*(\p{Lu}[\p{L}]*(?: \p{Lu}?[\p{L}]+){0,3}?)(?:\s{2,}(X|x|✓|P|A|Ab|Abs|Absent|E|Excused))?(?:\s{2,}(\S.*?))?\s*$/u;
/** The marks that say a member was absent; any other mark says present. */
const ABSENT_MARK = /^(?:A|Ab|Abs|Absent|E|Excused)$/;
/** "Open, Trustee", "Vacant, Trustee": a seat no one holds, no member. */
const VACANT_SEAT = /^(?:Open|Vacant|Vacancy)$/i;

interface Row {
  member: string;
  mark: string | undefined;
  aside: string | undefined;
}

/** The rows under a roll call's heading at `heading`, up to the first line that is no member's row. */
function rowsUnder(lines: string[], heading: number): Row[] {
  const rows: Row[] = [];
  for (let index = heading + 1; index < lines.length; index += 1) {
    const row = MEMBER_ROW.exec(lines[index]);
    if (!row) break;
    // The office in brackets, as lists print it, so that a member alone under a label is read as one person.
    rows.push({ member: `${row[1]} (${row[2]})`, mark: row[3], aside: row[4] });
  }
  return rows;
}

/**
 * The labelled lists a roll call's rows make: where some rows carry a mark, an unmarked member was not ticked present;
 * where none does (the marks lost from the text), the table lists those present.
 */
function labelledRows(rows: Row[]): string[] {
  const marked = rows.some((row) => row.mark !== undefined);
  const held = rows.filter((row) => !VACANT_SEAT.test(row.member.slice(0, row.member.indexOf(' ('))));
  const isAbsent = (row: Row) => (row.mark === undefined ? marked : ABSENT_MARK.test(row.mark));
  const present = held.filter((row) => !isAbsent(row)).map((row) => row.member);
  const absent = held.filter(isAbsent).map((row) => row.member);
  const asides = rows.flatMap((row) => (row.aside === undefined ? [] : [row.aside]));
  return [
    ...(present.length > 0 ? ['Present:', ...present, ''] : []),
    ...(absent.length > 0 ? ['Absent:', ...absent, ''] : []),
    ...asides.flatMap((aside) => [aside, '']),
  ];
}

/** `lines` with each roll-call table set as labelled lists; the same array when none holds one. */
export function withRollCallTablesAsLists(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // The cheap test first: most lines start otherwise.
    const rows = /^\s*Roll\s/i.test(line) && ROLL_CALL_HEADING.test(line) ? rowsUnder(lines, index) : [];
    if (rows.length < 2) {
      result?.push(line);
      continue;
    }
    result ??= lines.slice(0, index);
    result.push(...labelledRows(rows));
    index += rows.length;
  }
  return result ?? lines;
}
