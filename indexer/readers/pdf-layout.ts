// A PDF page's text rebuilt from where pdf.js places each run of text: runs on one baseline make one line; a wide gap
// between runs (a table's columns, a minute number in the margin) stays a run of spaces, as `pdftotext -layout` keeps
// it, and a line further below the one above than the page's line spacing (a paragraph's space after, a blank line) is
// set off by a blank line. pdf-parse's one space for any gap ran a table's cells together ("Mr Hywel Pritchard Lay
// Member (Chair) Present") and its line breaks lost every paragraph break.
import { boldHeadingLine } from './text';

/**
 * One run of text as pdf.js gives it: its characters, where it starts (top-left origin), its width and font size, and
 * whether its font is bold.
 */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold?: boolean;
}

interface Line {
  y: number;
  size: number;
  runs: PdfTextRun[];
}

/** Runs whose baselines are this close (in font sizes) share a line: a raised "th" of "16th" stays on its line. */
const SAME_LINE = 0.5;
/** A gap wider than this (in font sizes) between two runs of a line is a gap between columns, not between words. */
const COLUMN_GAP = 1;
/** A gap narrower than this (in font sizes) joins two runs without a space: one word split where its font changed. */
const WORD_GAP = 0.15;
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

/**
 * Character codes no text is made of: controls, and the private use area an icon font's bullets and a font without a
 * Unicode map (a Type3 font of drawn glyphs, a subset with no ToUnicode) come out as. pdf.js passes them through as the
 * font's codes; a page of nothing else has no text layer, however much it draws.
 */
const UNREADABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ue000-\uf8ff]/g;

function readableRun(run: PdfTextRun): PdfTextRun {
  const text = run.text.replace(UNREADABLE, '');
  return text === run.text ? run : { ...run, text };
}

/**
 * Runs in the order the PDF draws them (a word processor's reading order: a table's cells one after another, a
 * vertically centred number before its cell's text), a new line wherever a run leaves the baseline of the one before.
 */
function linesOf(runs: PdfTextRun[]): Line[] {
  const lines: Line[] = [];
  for (const drawn of runs) {
    const run = readableRun(drawn);
    if (run.text.trim() === '') continue;
    const line = lines[lines.length - 1];
    if (line && Math.abs(run.y - line.y) <= SAME_LINE * Math.max(run.size, line.size) && run.x >= line.runs[line.runs.length - 1].x) {
      line.runs.push(run);
      // The line's baseline is its largest text's: a small raised run does not move it.
      if (run.size > line.size) [line.y, line.size] = [run.y, run.size];
    } else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  return lines;
}

/**
 * A line's runs joined: a column gap as spaces in proportion to its width (two at least), a word gap as one; the line
 * indented by as many spaces as it stands right of the page's `left` edge (names aligned under "PRESENT:").
 */
function lineText(line: Line, left: number): string {
  // A character of the line's type is about half its size wide.
  const spacesAcross = (width: number) => Math.round(width / (line.size / 2));
  let text = ' '.repeat(Math.max(0, spacesAcross(line.runs[0].x - left)));
  let end = -Infinity;
  for (const run of line.runs) {
    const gap = run.x - end;
    if (end === -Infinity) text += run.text;
    else if (gap > COLUMN_GAP * line.size) text = `${text.trimEnd()}${' '.repeat(Math.max(2, spacesAcross(gap)))}${run.text.trimStart()}`;
    else if (gap > WORD_GAP * line.size && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ` ${run.text}`;
    else text += run.text;
    end = Math.max(end, run.x + run.width);
  }
  return text.trimEnd();
}

/** Text this many times the page's usual size is a title: wrapped by the page, its lines are one title. */
const TITLE_SIZE = 1.3;

const rightEdgeOf = (line: Line) => Math.max(...line.runs.map((run) => run.x + run.width));

/** Whether `line`'s first word would not have fitted at the end of the line above: the page wrapped it there. */
function wrapsOnto(above: Line, line: Line, pageRight: number): boolean {
  const [first] = line.runs;
  const firstWord = first.text.trimStart().split(/\s/)[0];
  const wordWidth = (first.width * firstWord.length) / Math.max(1, first.text.length);
  return rightEdgeOf(above) + line.size / 3 + wordWidth > pageRight;
}

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

/** A line that starts this many font sizes above the line before it, and right of it, starts a new column. */
const COLUMN_RISE = 4;
/** …this far right of the line before, as a share of the page's width of text. */
const COLUMN_SHIFT = 0.3;

/**
 * The left edge each line's indentation is measured from: its column's. A page set in two columns is drawn one column
 * after the other, and the second column's lines are not indented by the first's width ("RESOLVED" there is a line's
 * start, as in the first).
 */
function columnLeftEdges(lines: Line[]): number[] {
  const pageLeft = Math.min(...lines.map((line) => line.runs[0].x));
  const textWidth = Math.max(...lines.map(rightEdgeOf)) - pageLeft;
  const columnOf: number[] = [];
  const columnLefts: number[] = [];
  lines.forEach((line, index) => {
    const above = lines[index - 1];
    const startsColumn = above !== undefined && above.y - line.y > COLUMN_RISE * line.size && line.runs[0].x - above.runs[0].x > COLUMN_SHIFT * textWidth;
    const column = index === 0 ? 0 : startsColumn ? columnLefts.length : columnOf[index - 1];
    if (column === columnLefts.length) columnLefts.push(line.runs[0].x);
    columnOf.push(column);
    columnLefts[column] = Math.min(columnLefts[column], line.runs[0].x);
  });
  // The first column's lines stand where the page's left edge is; only columns drawn after it start their own edge.
  return columnOf.map((column) => (column === 0 ? pageLeft : columnLefts[column]));
}

/** A line as laid out: its text and what stands between it and the line above (nothing for the page's first). */
interface LaidLine {
  line: Line;
  text: string;
  before: '' | ' ' | '\n' | '\n\n';
}

/** The page's lines as text, each with the break the space above it says: a paragraph's, a line's, or a title wrapped. */
function layLines(lines: Line[]): LaidLine[] {
  const spacings = lines.slice(1).map((line, index) => line.y - lines[index].y).filter((spacing) => spacing > 0);
  const lineSpacing = spacings.length >= 3 ? percentile(spacings, LINE_SPACING_PERCENTILE) : null;
  const bodySize = lines.length > 0 ? percentile(lines.map((line) => line.size), 0.5) : 0;
  const pageRight = Math.max(...lines.map(rightEdgeOf));
  const lefts = columnLeftEdges(lines);
  return lines.map((line, index) => {
    const text = lineText(line, lefts[index]);
    const above = lines[index - 1];
    if (index === 0) return { line, text, before: '' };
    if (wrapsTitle(above, line, bodySize, pageRight)) return { line, text: text.trimStart(), before: ' ' };
    const spacing = line.y - above.y;
    const size = Math.max(line.size, above.size);
    const breaks =
      lineSpacing === null ? spacing > PARAGRAPH_SPACING_ALONE * size : spacing > PARAGRAPH_SPACING * lineSpacing && spacing > PARAGRAPH_SPACING_IN_SIZES * size;
    return { line, text, before: breaks ? '\n\n' : '\n' };
  });
}

/** The page's text, one line per baseline, a blank line where the space between two lines says a paragraph ends. */
export function pageTextOf(runs: PdfTextRun[]): string {
  const lines = linesOf(runs);
  return markBoldHeadings(layLines(lines), Math.max(...lines.map(rightEdgeOf)))
    .map(({ text, before }) => `${before}${text}`)
    .join('');
}

/** Share of a page's characters in bold above which bold marks nothing out (a page set all in bold). */
const MOSTLY_BOLD = 0.5;
/** "5.      Planning": a column gap a bold heading may have, after its number set in a margin column. */
const MARGIN_NUMBER_GAP = /^\S{0,8}\d\S{0,8} {2,}(?=\S)/;

const charsOf = (line: Line, bold: boolean) => line.runs.reduce((sum, run) => sum + (Boolean(run.bold) === bold ? run.text.trim().length : 0), 0);
const isAllBold = (line: Line) => charsOf(line, false) === 0;

/** A bold heading's text as one line: no column gaps but one after a margin number; null for a table row set in bold. */
function headingText(texts: string[]): string | null {
  const text = texts.map((part) => part.trim()).join(' ');
  const afterNumber = text.replace(MARGIN_NUMBER_GAP, (number) => `${number.trimEnd()} `);
  return /\s{2}/.test(afterNumber) ? null : afterNumber;
}

/**
 * Lines set all in bold on a page mostly not, as the heading mark the parser reads (`**Apologies for absence**`), a
 * paragraph of its own, as the HTML reader marks a bold paragraph: Word users bold a heading rather than style it, and
 * the PDF keeps only the bold font. Bold lines the page wrapped (the line above full to the right edge) are one heading.
 */
function markBoldHeadings(laid: LaidLine[], pageRight: number): LaidLine[] {
  const boldChars = laid.reduce((sum, { line }) => sum + charsOf(line, true), 0);
  const plainChars = laid.reduce((sum, { line }) => sum + charsOf(line, false), 0);
  if (boldChars === 0 || boldChars > MOSTLY_BOLD * (boldChars + plainChars)) return laid;
  const marked: LaidLine[] = [];
  let afterHeading = false;
  for (let index = 0; index < laid.length; index += 1) {
    const first = laid[index];
    if (!isAllBold(first.line) || first.before === ' ') {
      marked.push(afterHeading && first.before === '\n' ? { ...first, before: '\n\n' } : first);
      afterHeading = false;
      continue;
    }
    let end = index + 1;
    while (end < laid.length && laid[end].before === '\n' && isAllBold(laid[end].line) && Math.abs(laid[end].line.size - first.line.size) <= 0.5 && wrapsOnto(laid[end - 1].line, laid[end].line, pageRight)) end += 1;
    const group = laid.slice(index, end);
    const text = headingText(group.map((part) => part.text));
    const heading = text === null ? null : boldHeadingLine(text);
    // A heading is a paragraph of its own, as the HTML reader's block is: "**Present:**" then its names.
    if (heading === null) marked.push(...group);
    else marked.push({ ...first, text: heading, before: first.before === '' ? '' : '\n\n' });
    afterHeading = heading !== null;
    index = end - 1;
  }
  return marked;
}
