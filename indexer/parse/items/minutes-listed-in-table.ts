// A resolution that lists the minutes it names in a table ("… relating to the following private reports:" over "Minute
// No.  Report title" and rows "53  Disposal of Surplus Sites"), as a ModernGov page copies it: the rows are later
// minutes' numbers and titles, text of the resolution, not items of the meeting. The table is set as one line of text.
import { isBlank } from '../patterns';

/** "Minute No.  Report title", "Item No.   Subject": the table's column headings, a number's and a title's. */
const MINUTE_TABLE_HEADINGS = /^\s*(?:Minute|Item|Agenda\s+item|Min\.?)\s+No\.?\s{2,}(?:Report\s+)?(?:title|subject|item|report)\s*$/i;
/** "  53  Disposal of Small Surplus Sites": a row, the number's cell then the title's. */
const NUMBER_TITLE_ROW = /^\s*(\d{1,4})\s{2,}(\S.*)$/;

/** `lines` with each such table set as one line; the same array when none holds one. */
export function withMinutesListedInTables(lines: string[]): string[] {
  let rewritten: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const rows: string[] = [];
    let end = index + 1;
    if (line.includes('No') && MINUTE_TABLE_HEADINGS.test(line)) {
      for (let next = index + 1; next < lines.length; next += 1) {
        if (isBlank(lines[next])) continue;
        const row = NUMBER_TITLE_ROW.exec(lines[next]);
        if (row === null) break;
        rows.push(`${row[1]} ${row[2].trim()}`);
        end = next + 1;
      }
    }
    if (rows.length === 0) {
      rewritten?.push(line);
      continue;
    }
    rewritten ??= lines.slice(0, index);
    rewritten.push(`${line.trim().replace(/\s{2,}/, ' ')}: ${rows.join('; ')}.`);
    index = end - 1;
  }
  return rewritten ?? lines;
}
