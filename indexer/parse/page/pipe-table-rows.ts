// Minutes kept as a table of item, discussion and action columns, copied as text with each cell's bar ("|Police
// Scotland | Constable Ritchie told the meeting … | |"): a Scottish community council's Word table as a web page gives
// it, one row a printed line, the item's title in the first cell (wrapped over the rows below it), its text wrapped down
// the second, who is to act in the third. Each item becomes a heading over its text, as minutes print them; a row whose
// first cell is an attendance label ("|Present: |A, B, |" over "| |C, D |") becomes its labelled list. Such a text
// printed to PDF keeps its bars, and is read so too.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { isBlank } from '../patterns';

/** Fewer rows than this are no such table. */
const MIN_ROWS = 4;
/** A Markdown table's rule under its heading row: a table the Markdown rules read as one. */
const MARKDOWN_RULE = /^\|?\s*:?-{3,}/;

interface Row {
  cells: string[];
}

/** The cells of a line set between bars ("|a |b | |"), or null for any other line. */
function rowOf(line: string): Row | null {
  const text = line.trim();
  if (text.length < 3 || text[0] !== '|' || text[text.length - 1] !== '|') return null;
  return { cells: text.slice(1, -1).split('|').map((cell) => cell.trim()) };
}

/** The table's rows from `from`, blank lines between them allowed; where the run ends. */
function rowsFrom(lines: string[], from: number): { rows: Row[]; end: number } {
  const rows: Row[] = [];
  let end = from;
  for (let index = from; index < lines.length; index += 1) {
    if (isBlank(lines[index])) continue;
    const row = rowOf(lines[index]);
    if (row === null) break;
    rows.push(row);
    end = index + 1;
  }
  return { rows, end };
}

/** A title's next part: a first cell starting in lower case ("election of office" under "Election Results and"). */
const continuesTitle = (cell: string) => /^\p{Ll}/u.test(cell);

/** The lines a table's rows stand for: each item's title as a heading, its text under it, a labelled list on its line. */
function tableLines(rows: Row[]): string[] {
  const out: string[] = [];
  let titleAt = -1;
  let listAt = -1;
  for (const { cells } of rows) {
    const [first, second = '', ...others] = cells;
    const actions = others.filter((cell) => cell !== '');
    if (first !== '' && !(titleAt !== -1 && continuesTitle(first))) {
      const label = first.endsWith(':') ? first : `${first}:`;
      const isList = second !== '' && attendanceLabelOf(label) !== null;
      out.push('', isList ? `${label} ${second}` : `## ${first}`);
      [titleAt, listAt] = isList ? [-1, out.length - 1] : [out.length - 1, -1];
      if (!isList) out.push('', ...(second === '' ? [] : [second]));
    } else {
      if (first !== '') out[titleAt] += ` ${first}`;
      if (listAt !== -1 && second !== '') out[listAt] += ` ${second}`;
      else if (second !== '') out.push(second);
      // A row with nothing in its text's cell parts the paragraphs of the text above and below it.
      else out.push('');
      if (second === '') listAt = -1;
    }
    // Who is to act, the third cell, is a paragraph of its own under the text.
    if (actions.length > 0) out.push('', ...actions, '');
  }
  return out;
}

/** `lines` with such a table's rows set out as headings, text and lists; the same array when the text holds none. */
export function withPipeTableRows(lines: string[]): string[] {
  if (!lines.some((line) => line.charCodeAt(0) === 0x7c)) return lines;
  let rewritten: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    if (lines[index].charCodeAt(0) !== 0x7c) {
      rewritten?.push(lines[index]);
      continue;
    }
    const { rows, end } = rowsFrom(lines, index);
    const isTable = rows.length >= MIN_ROWS && rows.every((row) => row.cells.length >= 2 && row.cells.length <= 4) && !rows.some((row) => MARKDOWN_RULE.test(row.cells.join('|')));
    if (!isTable) {
      const after = Math.max(end, index + 1);
      rewritten?.push(...lines.slice(index, after));
      index = after - 1;
      continue;
    }
    rewritten ??= lines.slice(0, index);
    rewritten.push(...tableLines(rows));
    index = end - 1;
  }
  return rewritten ?? lines;
}
