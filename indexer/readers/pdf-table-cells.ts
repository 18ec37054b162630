// A table's cell text the cell wrapped onto lines of its own: "1  Welcome and apologies  The Chair welcomed" over
// "everyone, including" standing under the third cell. Joined back into its cell, the row is one line as the HTML
// reader gives a table's row, and a paragraph in the cell is no longer split over lines that each read as one.
import { isTitleCase, rightEdgeOf, runEndOf, startsApart, type Line, type PdfTextRun } from './pdf-lines';

/** How near (in points) a line's run must start to a cell's start to stand under that cell. */
const UNDER_CELL = 2;
/** A line further below the one above than this many font sizes is not a wrapped line of a cell but a new paragraph or row. */
const WRAPPED_SPACING = 1.5;

/** How many of a row's first runs may hold a label (its item's number before it). */
const LABEL_RUNS = 2;

/** The runs of a row that start its cells after the first, where a cell's wrapped lines may stand. */
const cellStartsOf = (row: Line): PdfTextRun[] => row.runs.filter((_, index) => startsApart(row, index));

/** The index of the last run of the cell whose first run is at `start` in the row: its text carries on after that run. */
function cellEndOf(row: Line, start: number): number {
  let end = start;
  while (end + 1 < row.runs.length && !startsApart(row, end + 1)) end += 1;
  return end;
}

/** How far short of the next column's text (in font sizes) a cell's text ends at the most: the two cells' padding. */
const CELL_PADDING = 0.5;
/** The room (in font sizes) a word needs after the cell's text besides its own estimated width: a space and a margin. */
const WORD_MARGIN = 1.3;

/**
 * Where the cell starting at `x` ends: where the next column's text starts (a line starting there, or runs starting
 * there row after row), or the page's right edge for the last column.
 */
function cellRightEdge(columnEdges: number[], x: number, pageRight: number): number {
  return columnEdges.find((edge) => edge > x + UNDER_CELL) ?? pageRight;
}

/**
 * Whether `line` is the next line of the row's cells: below the line before without a paragraph's space, each run under
 * one of the row's cells (under its first only in a table of three columns or more), and each run's first word one that
 * would not have fitted at the end of its cell's text above ("The Chair welcomed" / "everyone,"). Names aligned under "PRESENT:" are not a wrapped cell: a
 * label's row is no table row, and the next name starts with a capital after a line that ends with one.
 */
function wrapsCells(edges: CellEdges, row: Line, above: Line, line: Line): PdfTextRun[] | null {
  // "1.  ROLL CALL:  Chair  Okafor,  Vice  Chair  Lindqvist,  Board": a label after the item's number opens no table row
  // either; the justified list's words drawn apart beside it are no cells.
  if (line.y - above.y > WRAPPED_SPACING * line.size || line.y <= above.y || row.runs.slice(0, LABEL_RUNS).some((run) => run.text.trimEnd().endsWith(':'))) return null;
  // A typewriter's text sets a title's paragraph under it in the title's column as a table's cell wraps.
  if (line.runs.some((run) => run.fixedPitch)) return null;
  const later = cellStartsOf(row);
  // In a table of three columns or more ("Item | Discussion | Action | Owner"), the first cell wraps too ("1. Notes of
  // last" / "meeting"); in two columns a line under the first is the next row (a name under a name).
  const starts = later.length >= 2 ? [row.runs[0], ...later] : later;
  const cells = line.runs.map((run) => starts.find((start) => Math.abs(start.x - run.x) <= UNDER_CELL) ?? null);
  if (cells.length === 0 || cells.some((cell) => cell === null)) return null;
  // Every cell of the line carries its text above on: a row under a row has cells that would have fitted ("Member" under "Vice-Chair").
  const carriesCellOn = (run: PdfTextRun, index: number) => {
    const cellAbove = above.runs.find((candidate) => Math.abs(candidate.x - run.x) <= UNDER_CELL) ?? (index === 0 ? cells[0] : undefined);
    if (!cellAbove) return false;
    const firstWord = run.text.trimStart().split(/\s/)[0];
    const wordWidth = (run.width * firstWord.length) / Math.max(1, run.text.length);
    const end = runEndOf(cellAbove);
    // A word's width is told from its run's mean character width: a word of wide letters needs a font size's margin
    // more. The column's widest text ends near its edge, where the next column's padding is wide.
    const fits = end + wordWidth + WORD_MARGIN * line.size <= Math.min(edges.bound(run.x) - CELL_PADDING * line.size, edges.reach(run.x) + 1);
    // A name or title under another ("Mrs Carys Madoc" / "Councillor Gareth Puw") is the next row's. A capital after a
    // word or a figure ("… for the year ended 31" / "July 2024, …") carries the sentence on.
    return !fits && (/^[\p{Ll}\d]/u.test(firstWord) || (/[\p{Ll}\d]$/u.test(cellAbove.text.trimEnd()) && !(isTitleCase(cellAbove.text) && isTitleCase(run.text))));
  };
  return line.runs.every(carriesCellOn) ? (cells as PdfTextRun[]) : null;
}

/** Where a column's cells end: `bound`, where the next column starts; `reach`, the furthest its cells' text reaches. */
interface CellEdges {
  bound: (x: number) => number;
  reach: (x: number) => number;
}

function cellEdgesOf(lines: Line[], columnStarts: ReadonlySet<number>): CellEdges {
  const pageRight = Math.max(...lines.map(rightEdgeOf));
  const columnEdges = [...new Set([...lines.map((line) => line.runs[0].x), ...columnStarts])].sort((a, b) => a - b);
  const reaches: Array<[start: number, end: number]> = lines.flatMap((line) =>
    line.runs.flatMap((run, index) => (index === 0 || startsApart(line, index) ? [[run.x, runEndOf(line.runs[cellEndOf(line, index)])] as [number, number]] : [])),
  );
  return {
    bound: (x) => cellRightEdge(columnEdges, x, pageRight),
    reach: (x) => Math.max(...reaches.filter(([start]) => Math.abs(start - x) <= UNDER_CELL).map(([, end]) => end)),
  };
}

/** The page's lines with each table cell's wrapped lines joined to the cell they carry on, in its row's line. */
export function withWrappedCellsJoined(lines: Line[], columnStarts: ReadonlySet<number>): Line[] {
  const edges = cellEdgesOf(lines, columnStarts);
  const joined: Line[] = [];
  let row: Line | null = null;
  let above: Line | null = null;
  for (const line of lines) {
    const cells = row && above && !line.cellRow ? wrapsCells(edges, row, above, line) : null;
    if (row && cells) {
      const merged: Line = { ...row, lastY: line.y, runs: row.runs.map((run) => ({ ...run })) };
      cells.forEach((cell, index) => {
        const target = merged.runs[cellEndOf(row!, row!.runs.indexOf(cell))];
        target.text = `${target.text.trimEnd()} ${line.runs[index].text.trimStart()}`;
      });
      joined[joined.length - 1] = merged;
      row = merged;
    } else {
      joined.push(line);
      row = cellStartsOf(line).length > 0 && !line.cellRow ? line : null;
    }
    above = line;
  }
  return joined;
}
