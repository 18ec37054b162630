// A table of actions set under the minutes ("Item | Owner | Due Date", "Action items | Person responsible | Deadline"),
// as a Markdown page, a Word template or a web page keeps it: read as text, each row's first cell ("Outreach", "Book
// the hall") is a short line like an item's title, and the table became one item per action. Each row is set out as
// one line of the table's own words, the first cell with the others after it in brackets under their headings
// ("Outreach (Owner: Zoe; Due Date: June)"), a paragraph of the item the table stands in; the heading row goes.

/** The first column: what is to be done. */
const TASK_HEADING = /^(?:Actions?(?: items?| points?)?|Items?|Tasks?|Description|What|To do)$/i;
/** A column saying who is to do it: the heading that makes the table one of actions. */
const OWNER_HEADING = /^(?:Owners?|Who|Responsible|Responsibility|Person responsible|Assigned to|Lead|By|By whom|Actions? by)$/i;
/** The other columns such a table has. */
const OTHER_HEADING = /^(?:Due(?: date)?|Deadline|When|Date|Target(?: date)?|By when|Status|Notes?)$/i;
/** How a heading row starts (the first character of TASK_HEADING's words): most lines are let go by it. */
const TASK_STARTS = 'AaIiTtDdWw';

/** "|------|:---:|": the rule under a Markdown table's heading row. */
const MARKDOWN_RULE = /^\|?\s*:?-{3,}/;

/**
 * A line's cells, split at tabs or at gaps of two spaces or more, or between the bars of a Markdown table's row (as a
 * Markdown file printed or pasted as text keeps it); null for a line with one cell.
 */
function cellsOf(line: string): string[] | null {
  const text = line.trim();
  if (text.length > 2 && text[0] === '|' && text[text.length - 1] === '|') {
    const cells = text.slice(1, -1).split('|').map((cell) => cell.trim());
    return cells.length >= 2 ? cells : null;
  }
  if (!line.includes('\t') && !line.includes('  ')) return null;
  const cells = text.split(/\s*\t\s*|\s{2,}/);
  return cells.length >= 2 ? cells : null;
}

/** The heading row's cells when a line is the heading row of a table of actions, else null. */
function actionHeadings(line: string): string[] | null {
  const start = line.search(/\S/);
  if (start === -1 || line.length > 80) return null;
  const first = line[start] === '|' ? line.slice(start + 1).trimStart()[0] : line[start];
  if (first === undefined || !TASK_STARTS.includes(first)) return null;
  const cells = cellsOf(line);
  if (cells === null || cells.length > 4 || !TASK_HEADING.test(cells[0])) return null;
  const rest = cells.slice(1);
  return rest.some((cell) => OWNER_HEADING.test(cell)) && rest.every((cell) => OWNER_HEADING.test(cell) || OTHER_HEADING.test(cell)) ? cells : null;
}

/** A row as one line: "Book the hall (Owner: Tom; Due Date: July)", the empty cells left out. */
function rowAsLine(cells: string[], headings: string[]): string {
  const others = cells.slice(1, headings.length).flatMap((cell, index) => (cell === '' ? [] : [`${headings[index + 1]}: ${cell}`]));
  return others.length === 0 ? cells[0] : `${cells[0]} (${others.join('; ')})`;
}

/** Where a table's rows stand under its heading row (blank lines and a Markdown rule between them allowed), and its rules. */
function rowsUnder(lines: string[], heading: number, width: number): { rows: { index: number; cells: string[] }[]; rules: number[] } {
  const rows: { index: number; cells: string[] }[] = [];
  const rules: number[] = [];
  for (let index = heading + 1; index < lines.length; index += 1) {
    const text = lines[index].trim();
    if (text === '') continue;
    if (MARKDOWN_RULE.test(text)) {
      rules.push(index);
      continue;
    }
    const cells = cellsOf(lines[index]);
    if (cells === null || cells.length > width) break;
    rows.push({ index, cells });
  }
  return { rows, rules };
}

/** The lines with each table of actions set out one action a line; the same array where there is none. */
export function withActionTableRowsAsLines(lines: string[]): string[] {
  let result: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const headings = actionHeadings(lines[index]);
    if (headings === null) continue;
    const { rows, rules } = rowsUnder(lines, index, headings.length);
    // A heading row with no row of cells under it (the table's rows set out some other way) is left as it is.
    if (rows.length === 0) continue;
    result ??= [...lines];
    for (const blanked of [index, ...rules]) result[blanked] = '';
    for (const row of rows) result[row.index] = rowAsLine(row.cells, headings);
    index = rows[rows.length - 1].index;
  }
  return result ?? lines;
}
