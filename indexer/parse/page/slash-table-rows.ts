// Minutes kept as a table whose cells a page store joined with " / " on each row ("Present: / A, B", "ITEM /
// DISCUSSION / ACTION" over "Matters Arising / The gala was discussed. / Clerk"): a community council's Word table as
// a document site's text gives it, one row a line, each cell's later lines under it as they were. An attendance label's
// row becomes its labelled list; under a row of column names, each item row becomes a heading over its text, as
// minutes print them, with who is to act a paragraph of its own ("Action: …"; page/pipe-table-rows.ts reads the same
// table copied with its bars).
import { attendanceLabelOf } from '../attendance/attendance-labels';

const CELL_JOIN = ' / ';
/** A column's name in such a table's first row: "ITEM", "Item No:", "DISCUSSION", "Action", "By whom". */
const COLUMN_NAME = /^(?:item(?:\s+no\.?)?|minute(?:\s+no\.?)?|agenda\s+item|subject|topic|business|discussion|details?|notes?|decisions?|actions?(?:\s+by)?|by\s+whom|who|responsib\w*|owner|lead)\s*:?$/i;
/** The column naming the item: a table of two columns with no such column ("Notes / Action") is no item table. */
const ITEM_COLUMN = /^(?:item|minute|agenda|subject|topic|business)/i;
/** An item's title cell is short and ends no sentence ("Matters Arising", "Approve minutes"). */
const MAX_TITLE_LENGTH = 80;
/** An attendance label's cell ("Present:", "In Attendance:", "Apologies:"). */
const MAX_LABEL_LENGTH = 40;

/** The most cells a row of such a table holds. */
const ROW_CELLS_MAX = 4;

/**
 * A line's cells where it holds a joined cell, else null; never split inside a word's slash ("Trish/Sally"). A line of
 * more joins than a row holds is no row, told before it is split: a document run onto one line holds many.
 */
function cellsOf(line: string): string[] | null {
  let joins = 0;
  for (let at = line.indexOf(CELL_JOIN); at !== -1; at = line.indexOf(CELL_JOIN, at + CELL_JOIN.length)) {
    joins += 1;
    if (joins >= ROW_CELLS_MAX) return null;
  }
  return joins === 0 ? null : line.split(CELL_JOIN).map((cell) => cell.trim());
}

/** Whether `cells` are a table's column names, one of them naming the item. */
function isColumnNames(cells: string[]): boolean {
  return cells.length >= 2 && cells.length <= ROW_CELLS_MAX && cells.every((cell) => COLUMN_NAME.test(cell)) && cells.some((cell) => ITEM_COLUMN.test(cell));
}

/** "Present: / A, B, C" → "Present: A, B, C"; null for a row whose first cell is no attendance label. */
function labelledList(cells: string[]): string | null {
  const [label, ...rest] = cells;
  if (label.length > MAX_LABEL_LENGTH || !label.endsWith(':') || attendanceLabelOf(label) === null) return null;
  // "Present: / Yn bresennol: …" is a label given in two languages, no list.
  if (attendanceLabelOf(rest[0]) !== null) return null;
  return `${label} ${rest.join(CELL_JOIN)}`;
}

const isTitle = (cell: string) => cell.length > 0 && cell.length <= MAX_TITLE_LENGTH && /^[\p{Lu}\d]/u.test(cell) && !/[.?!;]$/.test(cell);
const isNumber = (cell: string) => /^\d{1,3}\.?$/.test(cell);

/** The lines an item table's row stands for: a numbered title, or a title over its text, who is to act apart. */
function itemRowLines(cells: string[]): string[] {
  const [first, ...rest] = cells;
  if (isNumber(first)) return ['', `${first} ${rest.join(CELL_JOIN)}`, ''];
  // A row whose first cell is text, not a title, is a text's last line with who is to act after it.
  const [heading, text, actions] = isTitle(first) ? [[`## ${first}`, ''], rest.slice(0, 1), rest.slice(1)] : [[], [first], rest];
  const acting = actions.filter((cell) => cell !== '');
  // Who is to act is labelled so ("Action: Clerk"), no heading of its own; the action column's later lines go on with it.
  return ['', ...heading, ...text.filter((cell) => cell !== ''), ...(acting.length > 0 ? ['', `Action: ${acting.join(', ')}`] : [''])];
}

/** `lines` with such a table's rows set out as lists, headings and text; the same array when the text holds none. */
export function withSlashTableRows(lines: string[]): string[] {
  let rewritten: string[] | null = null;
  let inItemTable = false;
  for (let index = 0; index < lines.length; index += 1) {
    const cells = cellsOf(lines[index]);
    const rowLines = cells === null ? null : rowLinesOf(cells, inItemTable);
    if (cells !== null && isColumnNames(cells)) inItemTable = true;
    if (rowLines === null) {
      rewritten?.push(lines[index]);
      continue;
    }
    rewritten ??= lines.slice(0, index);
    rewritten.push(...rowLines);
  }
  return rewritten ?? lines;
}

/** What a joined row stands for: nothing for the column names, a list, an item's lines; null where it is no row. */
function rowLinesOf(cells: string[], inItemTable: boolean): string[] | null {
  if (isColumnNames(cells)) return [''];
  const list = labelledList(cells);
  if (list !== null) return ['', list];
  return inItemTable ? itemRowLines(cells) : null;
}
