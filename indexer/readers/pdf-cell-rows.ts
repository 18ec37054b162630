// A table's row a word processor drew cell by cell: every line of the first cell, then every line of the next, each cell
// starting back up at the row's top (or centred in it), so "FC.25.1" / "0" / "Declarations of Interest" / "There were…"
// or "5 min" / "Notes of the last" / "meeting" / "Ruth" / "Okafor" came out as lines of their own. Rebuilt, the row reads
// as the HTML reader gives one: its cells of one paragraph on one line apart by column gaps, a cell of several
// paragraphs (a title over its text, bullets) one line each, and a cell's wrapped lines joined back into its text.
import { isListLabel, isTitleCase, lineText, rightEdgeOf, runEndOf, startsApart, startsPageColumn, textRightEdge, wrapsOnto, type Line, type PdfTextRun } from './pdf-lines';

/** How near (in points) two starts must be to stand at one edge, and how far a cell's text may reach past the next's start. */
const SAME_EDGE = 2;
/** A line this many font sizes above the line drawn before it went back up the page: to the top of the row's next cell. */
const RISE = 0.5;
/** A cell's next line stands no further below its line above than this many font sizes (a paragraph's space inside it). */
const CELL_LINE_SPACING = 2.5;
/** Lines of a cell further apart than this many font sizes are two of its paragraphs. */
const CELL_PARAGRAPH_SPACING = 1.5;
/** A gap this many font sizes wide parts two cells drawn on one baseline. */
const CELL_GAP = 1;

const bottomOf = (line: Line) => line.lastY ?? line.y;
const startOf = (line: Line) => line.runs[0].x;
const reachOf = (lines: Line[]) => Math.max(...lines.map(rightEdgeOf));

/** The row being read: its lines in drawing order, where its last cell's lines start, and the bottom of the line before it. */
interface OpenRow {
  lines: Line[];
  lastCell: number;
  floor: number;
}

/** Whether `line` carries the row's last cell on: below its line above, no further left than the cell, not a paragraph away. */
function continuesCell(row: OpenRow, line: Line): boolean {
  const above = row.lines[row.lines.length - 1];
  const cell = row.lines.slice(row.lastCell);
  const spacing = line.y - above.y;
  return spacing > RISE * line.size && spacing <= CELL_LINE_SPACING * line.size && startOf(line) >= Math.min(...cell.map(startOf)) - SAME_EDGE;
}

/**
 * Whether `line` starts the row's next cell: back up the page, right of every line of the cell before, below what came
 * before the row; not the page's next column (`width` the page's width of text), nor a typewriter's text (drawn line by line).
 */
function startsNextCell(lines: Line[], floor: number, line: Line, width: number): boolean {
  const above = lines[lines.length - 1];
  if (line.runs.some((run) => run.fixedPitch) || startsPageColumn(above, line, width)) return false;
  return above.y - line.y > RISE * line.size && line.y > floor && startOf(line) >= reachOf(lines) - SAME_EDGE;
}

/**
 * Where the row `line` starts the second cell of begins among the lines laid before it: the lines running back that
 * stand left of it, from its own top down (a cell centred lower in the row), or over them at their edge (a cell taller
 * than the one it rose to). `lines.length` when none does.
 */
function rowStartBefore(lines: Line[], line: Line): number {
  let start = lines.length;
  while (start > 0) {
    const candidate = lines[start - 1];
    if (candidate.cellRow || rightEdgeOf(candidate) > startOf(line) + SAME_EDGE) break;
    const below = lines[start];
    const inRow = candidate.y >= line.y - RISE * line.size;
    const overCell = below !== undefined && below.y - candidate.y <= CELL_PARAGRAPH_SPACING * below.size && Math.abs(startOf(below) - startOf(candidate)) <= SAME_EDGE;
    if (!inRow && !overCell) break;
    start -= 1;
  }
  return start;
}

/** A row's lines cut into each cell's part: a line drawn across cells on one baseline is cut where a cell starts. */
function cellPartsOf(lines: Line[]): Line[] {
  const starts = lines.map(startOf);
  return lines.flatMap((line) => {
    const parts: Line[] = [];
    line.runs.forEach((run, index) => {
      const cut =
        index > 0 &&
        startsApart(line, index) &&
        !isListLabel(line.runs[index - 1]) &&
        (run.x - runEndOf(line.runs[index - 1]) > CELL_GAP * line.size || starts.some((start) => Math.abs(start - run.x) <= SAME_EDGE));
      if (index === 0 || cut) parts.push({ y: line.y, size: run.size, runs: [run] });
      else parts[parts.length - 1].runs.push(run);
    });
    return parts;
  });
}

/** The row's cells left to right, each its parts in drawing order: a part starting right of all a cell's text starts the next. */
function cellsOf(parts: Line[]): Line[][] {
  const cells: Line[][] = [];
  for (const part of [...parts].sort((a, b) => startOf(a) - startOf(b))) {
    const cell = cells[cells.length - 1];
    if (cell && startOf(part) < reachOf(cell) - SAME_EDGE) cell.push(part);
    else cells.push([part]);
  }
  return cells.map((cell) => cell.sort((a, b) => parts.indexOf(a) - parts.indexOf(b)));
}

const isAllBold = (part: Line) => part.runs.every((run) => run.bold);
const textOf = (part: Line) => part.runs.map((run) => run.text).join(' ').trim();
/** A cell of this many lines or more whose lines are names or titles is a list of them, one a line. */
const LIST_LINES = 3;

/** Whether a cell sets its paragraphs apart by space (a web page's paragraphs printed): two of its lines stand a paragraph's space apart. */
const spacesParagraphs = (cell: Line[]) => cell.some((part, index) => index > 0 && part.y - cell[index - 1].y > CELL_PARAGRAPH_SPACING * part.size);

/**
 * Whether the writer, not the cell, ended the line above `part`: a sentence ended before a capital ("…booked online." /
 * "Mohammed Rafiq asked"), or a list of names or titles, one a line, in a cell of several. In a cell that spaces its
 * paragraphs, a sentence ended with no space under it ("…and Councillor Wynne." / "There were no substitutions.") goes on
 * in the same paragraph: the writer's end would have left the space.
 */
function writerEndedAbove(cell: Line[], above: Line, part: Line, spaced: boolean): boolean {
  if (!/^\p{Lu}/u.test(textOf(part))) return false;
  return (/[.?!:;]["”’)]?$/.test(textOf(above)) && !spaced) || (cell.length >= LIST_LINES && isTitleCase(textOf(above)) && isTitleCase(textOf(part)));
}

/**
 * A cell's paragraphs, its wrapped lines joined: a part is the next line of the paragraph above when its first word would
 * not have fitted there, within the cell's widest line and the next cell's start (the page's edge for the last); a bullet, a paragraph's space, a
 * change of type or a line the writer ended starts another. `limit` is where the next cell starts (the page's right edge for the last).
 */
function paragraphsOf(cell: Line[], limit: number, last: boolean): Line[][] {
  // The cell's widest line ends near its right edge: the padding before the next cell's text is not known. The last
  // cell reaches the table's edge, taken as the page's.
  const right = last ? limit - SAME_EDGE : Math.min(limit - SAME_EDGE, reachOf(cell) + 1);
  const paragraphs: Line[][] = [];
  const spaced = spacesParagraphs(cell);
  cell.forEach((part, index) => {
    const above = cell[index - 1];
    const carriesOn =
      above !== undefined &&
      !isListLabel(part.runs[0]) &&
      part.y - above.y <= CELL_PARAGRAPH_SPACING * part.size &&
      isAllBold(part) === isAllBold(above) &&
      !writerEndedAbove(cell, above, part, spaced) &&
      wrapsOnto(above, part, right);
    if (carriesOn) paragraphs[paragraphs.length - 1].push(part);
    else paragraphs.push([part]);
  });
  return paragraphs;
}

/** A paragraph of a cell as one run: its lines' text joined (with no space where a word too long for the cell was cut, or broken after a slash). */
function paragraphRun(paragraph: Line[], limit: number): PdfTextRun {
  let text = '';
  paragraph.forEach((part, index) => {
    const partText = lineText(part, startOf(part), new Set()).trim();
    const above = paragraph[index - 1];
    const cutWord = above !== undefined && !/\s/.test(text) && rightEdgeOf(above) + part.size / 2 > limit - SAME_EDGE;
    // "EL/" over "25/01": a word processor breaks a code (or "and/or") after its slash, with no space to keep.
    text += index === 0 || cutWord || /\p{L}-$/u.test(text) || /\S\/$/.test(text) ? partText : ` ${partText}`;
  });
  const [first] = paragraph;
  const x = Math.min(...paragraph.map(startOf));
  return { text, x, y: first.y, width: reachOf(paragraph) - x, size: Math.max(...paragraph.map((part) => part.size)), bold: paragraph.every(isAllBold) };
}

/**
 * The row as lines: its cells of one paragraph on one line (each after the first a new cell), each paragraph of a cell
 * of several on a line of its own after them, each a paragraph (as the HTML reader gives a row). Laid out one under
 * the other from the row's top; the last ends at the row's bottom.
 */
function rowLinesOf(lines: Line[], pageRight: number): Line[] {
  const cells = cellsOf(cellPartsOf(lines));
  const rowLines: Line[] = [];
  let shared: PdfTextRun[] = [];
  const flush = () => {
    if (shared.length > 0) rowLines.push({ y: 0, size: Math.max(...shared.map((run) => run.size)), runs: shared });
    shared = [];
  };
  cells.forEach((cell, index) => {
    const last = index + 1 === cells.length;
    const limit = last ? pageRight : startOf(cells[index + 1][0]);
    const runs = paragraphsOf(cell, limit, last).map((paragraph) => paragraphRun(paragraph, limit));
    if (runs.length === 1) {
      shared.push({ ...runs[0], cellStart: shared.length > 0 });
      return;
    }
    flush();
    rowLines.push(...runs.map((run) => ({ y: 0, size: run.size, runs: [run] })));
  });
  flush();
  const bottom = Math.max(...lines.map(bottomOf));
  let y = -Infinity;
  return rowLines.map((line, index) => {
    y = Math.max(y, Math.min(...line.runs.map((run) => run.y)));
    return { ...line, y, lastY: index === rowLines.length - 1 ? bottom : undefined, cellRow: true };
  });
}

/** The page's lines with each table row drawn cell by cell rebuilt as the lines of its cells. */
export function withCellRowsRebuilt(lines: Line[]): Line[] {
  // The text's right edge, not a browser's header and footer in small type printed across the whole sheet.
  const pageRight = textRightEdge(lines);
  const width = pageRight - Math.min(...lines.map(startOf));
  const laid: Line[] = [];
  let row: OpenRow | null = null;
  const close = () => {
    if (row) laid.push(...rowLinesOf(row.lines, pageRight));
    row = null;
  };
  for (const line of lines) {
    if (row !== null) {
      const open: OpenRow = row;
      if (continuesCell(open, line)) {
        open.lines.push(line);
        continue;
      }
      if (startsNextCell(open.lines.slice(open.lastCell), open.floor, line, width)) {
        open.lastCell = open.lines.length;
        open.lines.push(line);
        continue;
      }
      close();
    }
    const start = rowStartBefore(laid, line);
    const floor = start > 0 ? bottomOf(laid[start - 1]) : -Infinity;
    if (start < laid.length && startsNextCell(laid.slice(start), floor, line, width)) {
      const earlier = laid.splice(start);
      row = { lines: [...earlier, line], lastCell: earlier.length, floor };
    } else laid.push(line);
  }
  close();
  return laid;
}
