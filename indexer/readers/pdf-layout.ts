// A PDF page's text rebuilt from where pdf.js places each run of text: runs on one baseline make one line; a wide gap
// between runs (a table's columns, a minute number in the margin) stays a run of spaces, as `pdftotext -layout` keeps
// it, and a line further below the one above than the page's line spacing (a paragraph's space after, a blank line) is
// set off by a blank line. pdf-parse's one space for any gap ran a table's cells together ("Mr Hywel Pritchard Lay
// Member (Chair) Present") and its line breaks lost every paragraph break.
import { documentTextSize, markHeadings } from './pdf-headings';
import { withCellRowsRebuilt } from './pdf-cell-rows';
import { withWrappedCellsJoined } from './pdf-table-cells';
import { endsAtHyphen, endsAtJoiningHyphen, typedRightEdges, typesetterHyphenates, withWrapsJoined, writerBrokeLines, type LaidPage } from './pdf-wraps';
import { withUnmarkedListItemsApart } from './pdf-unmarked-lists';
import { alignedColumnStarts, lineText, linesOf, rightEdgeOf, startsPageColumn, textRightEdge, textSized, wrapsOnto, type LaidLine, type Line, type PdfTextRun } from './pdf-lines';

export type { PdfTextRun } from './pdf-lines';

/**
 * Lines further apart than this many times the page's line spacing have a paragraph break between them. The line
 * spacing is the closest lines' (a low percentile of the spacings): where every paragraph is one line with space after
 * it, the median spacing is a paragraph's.
 */
const PARAGRAPH_SPACING = 1.3;
const LINE_SPACING_PERCENTILE = 0.1;
/** …and further apart than this many font sizes (single spacing sets lines about 1.2 sizes apart). */
const PARAGRAPH_SPACING_IN_SIZES = 1.5;
/** With too few lines to tell the page's line spacing, lines further apart than this many font sizes are. */
const PARAGRAPH_SPACING_ALONE = 1.7;

/** Text this many times the page's usual size is a title: wrapped by the page, its lines are one title. */
const TITLE_SIZE = 1.3;

/**
 * "Thornbury St Giles Neighbourhood" over "Plan Steering Group", both in a large type: a title the page wrapped, as its
 * next line's first word would not have fitted on the line above. Told apart from two titles set one under the other,
 * each ending well short of the page's right edge.
 */
function wrapsTitle(above: Line, line: Line, bodySize: number, pageRight: number): boolean {
  if (Math.abs(line.size - above.size) > 0.5 || line.size < TITLE_SIZE * bodySize || line.y - above.y > 1.5 * line.size) return false;
  return wrapsOnto(above, line, pageRight);
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * fraction)];
}

/** Each line's column (0 for the page's first) and the left edge its indentation is measured from: its column's. */
interface Columns {
  of: number[];
  lefts: number[];
}

/**
 * The columns the page's lines are set in. A page set in two columns is drawn one column after the other, and the
 * second column's lines are not indented by the first's width ("RESOLVED" there is a line's start, as in the first).
 */
function columnsOf(lines: Line[]): Columns {
  const pageLeft = Math.min(...lines.map((line) => line.runs[0].x));
  const textWidth = Math.max(...lines.map(rightEdgeOf)) - pageLeft;
  const columnOf: number[] = [];
  const columnLefts: number[] = [];
  lines.forEach((line, index) => {
    const above = lines[index - 1];
    const startsColumn = above !== undefined && startsPageColumn(above, line, textWidth);
    const column = index === 0 ? 0 : startsColumn ? columnLefts.length : columnOf[index - 1];
    if (column === columnLefts.length) columnLefts.push(line.runs[0].x);
    columnOf.push(column);
    columnLefts[column] = Math.min(columnLefts[column], line.runs[0].x);
  });
  // The first column's lines stand where the page's left edge is; only columns drawn after it start their own edge.
  return { of: columnOf, lefts: columnOf.map((column) => (column === 0 ? pageLeft : columnLefts[column])) };
}

/** The right edge of each column: the furthest its lines in the text's type reach (see textRightEdge), or all its lines where none is. */
function columnRightEdges(lines: Line[], columnOf: number[]): number[] {
  const inText = textSized(lines);
  const withText = new Set(lines.flatMap((line, index) => (inText(line) ? [columnOf[index]] : [])));
  const rights: number[] = [];
  lines.forEach((line, index) => {
    const column = columnOf[index];
    if (inText(line) || !withText.has(column)) rights[column] = Math.max(rights[column] ?? -Infinity, rightEdgeOf(line));
  });
  return rights;
}

/** The page's lines as text, each with the break the space above it says: a paragraph's, a line's, or a line wrapped. */
function layLines(lines: Line[], columnStarts: ReadonlySet<number>, columns: Columns): LaidLine[] {
  const spacingAbove = (line: Line, above: Line) => line.y - (above.lastY ?? above.y);
  const spacings = lines.slice(1).map((line, index) => spacingAbove(line, lines[index])).filter((spacing) => spacing > 0);
  const lineSpacing = spacings.length >= 3 ? percentile(spacings, LINE_SPACING_PERCENTILE) : null;
  const bodySize = lines.length > 0 ? percentile(lines.map((line) => line.size), 0.5) : 0;
  const pageRight = textRightEdge(lines);
  return lines.map((line, index) => {
    const [text, left] = [lineText(line, columns.lefts[index], columnStarts), columns.lefts[index]];
    const above = lines[index - 1];
    if (index === 0) return { line, text, left, before: '' };
    if (line.cellRow || above.cellRow) return { line, text, left, before: '\n\n' };
    if (wrapsTitle(above, line, bodySize, pageRight)) return { line, text: text.trimStart(), left, before: ' ' };
    const spacing = spacingAbove(line, above);
    const size = Math.max(line.size, above.size);
    const breaks =
      lineSpacing === null ? spacing > PARAGRAPH_SPACING_ALONE * size : spacing > PARAGRAPH_SPACING * lineSpacing && spacing > PARAGRAPH_SPACING_IN_SIZES * size;
    return { line, text, left, before: breaks ? '\n\n' : '\n' };
  });
}

/**
 * A printed web page's lines without its header: the first lines, made only of links (the site's name over or beside
 * its menus: "City of Port Aldane  Council  Agendas and Minutes"), which the HTML reader leaves out with its <header>.
 */
function withoutSiteHeader(lines: Line[]): Line[] {
  const start = lines.findIndex((line) => !line.runs.every((run) => run.link));
  return start === -1 ? lines : lines.slice(start);
}

/** A page's lines laid out, before any is joined to the line above as one the page wrapped; the document's first page without a web page's header. */
function laidPageOf(runs: PdfTextRun[], pageNumber: number): LaidPage {
  const read = linesOf(runs);
  const drawn = withCellRowsRebuilt(pageNumber === 0 ? withoutSiteHeader(read) : read);
  const columnStarts = alignedColumnStarts(drawn);
  const lines = withWrappedCellsJoined(drawn, columnStarts);
  const columns = columnsOf(lines);
  return { laid: layLines(lines, columnStarts, columns), columnOf: columns.of, columnRights: columnRightEdges(lines, columns.of) };
}

/**
 * A page's text from its lines: a blank line where a paragraph ends, headings marked by their type. A word the page
 * broke at its hyphen is joined by it ("Vice-" / "Chair", "2025-" / "32"), or without it before a lower-case letter where the
 * document's typesetter split words (`softHyphens`: "con-" / "firmed").
 */
function textOf(laid: LaidLine[], softHyphens: boolean, textSize: number): string {
  let text = '';
  markHeadings(laid, textRightEdge(laid.map(({ line }) => line)), textSize).forEach((current, index, all) => {
    if (current.before !== ' ' || !endsAtJoiningHyphen(all[index - 1].text)) text += `${current.before}${current.text}`;
    else text = `${softHyphens && /^\p{Ll}/u.test(current.text) && endsAtHyphen(all[index - 1].text) ? text.slice(0, -1) : text}${current.text}`;
  });
  return text;
}

/**
 * Each page's text, one line per line the writer typed (lines the page wrapped joined; where the writer broke the
 * document's lines, only a typewriter's the page wrapped mid-sentence), a blank line where the space between two lines says a paragraph ends.
 */
export function pageTextsOf(pages: PdfTextRun[][]): string[] {
  const read = pages.map((runs, pageNumber) => laidPageOf(runs, pageNumber));
  const typedRights = typedRightEdges(read);
  const laid = read.map((page) => ({ ...page, typedRights }));
  const writerBroke = writerBrokeLines(laid);
  const joined = laid.map((page) => withUnmarkedListItemsApart(withWrapsJoined(page, writerBroke)));
  const softHyphens = typesetterHyphenates(joined);
  const textSize = documentTextSize(joined);
  return joined.map((page) => textOf(page, softHyphens, textSize));
}

/** One page's text, read as a document of its own. */
export const pageTextOf = (runs: PdfTextRun[]): string => pageTextsOf([runs])[0];
