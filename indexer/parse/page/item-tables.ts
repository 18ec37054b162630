// Agenda items set as the rows of a table under a heading row that names an "Item" column ("Time | Item | Who | Notes", as
// a wiki's meeting notes template and Word agenda tables print them). Each row's cell in that column is the item's title,
// marked as a heading at the level of the heading over the table ("## Discussion items", which names the table, not an
// item); the row's other cells are the item's paragraphs, but for its time.

/** Where the readers part a row's cells: a tab, four spaces by now (index.ts). */
const CELL_GAP = /\s{3,}/;
/** The heading row's cell over the items' titles. */
const ITEM_COLUMN = /^(?:(?:agenda|discussion)\s+)?(?:items?|topics?)$/i;
/** A heading row's cells are labels: one to three words each. */
const COLUMN_LABEL = /^\p{Lu}[\p{L}/&-]*(?:\s+[\p{L}/&-]+){0,2}$/u;
/**
 * "Net", "VAT", "Gross", "Amount": a column of sums. A table with one is a list of payments or a budget ("Date | Item |
 * Net | VAT | Gross"), whose "Item" column names what was paid for, not an agenda item.
 */
const AMOUNT_COLUMN = /^(?:net|vat|gross|amount|total|cost|price|sum)$/i;
/** "5 min", "10 mins", "19:05", "7.30pm": a row's time, no paragraph. */
const TIME_CELL = /^(?:\d{1,3}\s*(?:min(?:ute)?s?|hrs?|hours?)|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)$/i;
/** "EL/25/01", "24.3", "7": a row's minute number, in a column before the titles ("Minute | Item | Discussion"). */
const NUMBER_CELL = /^(?=[^\s]*\d)[\p{Lu}\d][\p{Lu}\d./-]{0,14}$/u;
const HEADING = /^(#{1,6})\s+\S/;
/** Three spaces in a row: a pattern finds them sooner than `includes` in a line of two-byte text (V8 sets a search up each call). */
const THREE_SPACES = / {3}/;

/** The heading row's item column, or -1 when `line` is no such row. */
function itemColumnOf(line: string): number {
  // Every such row names its column "Item" or "Topic": other lines are let go without splitting them.
  if (!/item|topic/i.test(line)) return -1;
  const cells = line.trim().split(CELL_GAP);
  if (cells.length < 3 || !cells.every((cell) => COLUMN_LABEL.test(cell)) || cells.some((cell) => AMOUNT_COLUMN.test(cell))) return -1;
  return cells.findIndex((cell) => ITEM_COLUMN.test(cell));
}

/**
 * "EL/25/03 Minutes" in the first cell of a row one cell short: printed to PDF, a minute number that filled its
 * column ran into the title beside it with a word's space. The row's cells with the two apart.
 */
function withNumberApart(cells: string[], columns: number): string[] {
  if (cells.length !== columns - 1 || TIME_CELL.test(cells[0])) return cells;
  const space = cells[0].indexOf(' ');
  return space !== -1 && NUMBER_CELL.test(cells[0].slice(0, space)) ? [cells[0].slice(0, space), cells[0].slice(space + 1), ...cells.slice(1)] : cells;
}

/** `lines` with each such table's rows made headings and paragraphs; the same array when there is none. */
export function withItemTableRows(lines: string[]): string[] {
  let rewritten: string[] | null = null;
  let column = -1;
  let level = '##';
  /** The heading row's cells, which a word processor prints again at the top of each page the table runs onto. */
  let headingRow = '';
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const gapped = THREE_SPACES.test(line);
    if (column === -1 || !gapped) {
      if (line[0] === '#' && column !== -1) column = -1;
      const header = gapped ? itemColumnOf(line) : -1;
      if (header === -1) {
        rewritten?.push(line);
        continue;
      }
      column = header;
      headingRow = line.trim().split(CELL_GAP).join('\t');
      rewritten ??= lines.slice(0, index);
      // The heading just over the table names it ("## Discussion items"): its rows take its place and level.
      let above = rewritten.length - 1;
      while (above >= 0 && rewritten[above].trim() === '') above -= 1;
      const heading = above >= 0 ? HEADING.exec(rewritten[above]) : null;
      level = heading ? heading[1] : '##';
      if (heading) rewritten[above] = '';
      continue;
    }
    const cells = withNumberApart(line.trim().split(CELL_GAP), headingRow.split('\t').length);
    if (cells.join('\t') === headingRow) continue;
    if (cells.length <= column) {
      rewritten!.push(line);
      continue;
    }
    // The row's number heads it with its title: a time is no number, and is dropped.
    const numbered = (position: number) => position < column && NUMBER_CELL.test(cells[position]) && !TIME_CELL.test(cells[position]);
    const number = cells.find((_, position) => numbered(position));
    const others = cells.filter((cell, position) => position !== column && !numbered(position) && !(position === 0 && TIME_CELL.test(cell)));
    rewritten!.push(`${level} ${number === undefined ? '' : `${number} `}${cells[column]}`, ...others.flatMap((cell) => ['', cell]));
  }
  return rewritten ?? lines;
}
