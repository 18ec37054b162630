// A PDF page's text rebuilt from where pdf.js places each run of text: runs on one baseline make one line; a wide gap
// between runs (a table's columns, a minute number in the margin) stays a run of spaces, as `pdftotext -layout` keeps
// it, and a line further below the one above than the page's line spacing (a paragraph's space after, a blank line) is
// set off by a blank line. pdf-parse's one space for any gap ran a table's cells together ("Mr Hywel Pritchard Lay
// Member (Chair) Present") and its line breaks lost every paragraph break.

/** One run of text as pdf.js gives it: its characters, where it starts (top-left origin), its width and font size. */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
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
 * Runs in the order the PDF draws them (a word processor's reading order: a table's cells one after another, a
 * vertically centred number before its cell's text), a new line wherever a run leaves the baseline of the one before.
 */
function linesOf(runs: PdfTextRun[]): Line[] {
  const lines: Line[] = [];
  for (const run of runs) {
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

/**
 * "Thornbury St Giles Neighbourhood" over "Plan Steering Group", both in a large type: a title the page wrapped, as its
 * next line's first word would not have fitted on the line above. Told apart from two titles set one under the other,
 * each ending well short of the page's right edge.
 */
function wrapsTitle(above: Line, line: Line, bodySize: number, pageRight: number): boolean {
  if (Math.abs(line.size - above.size) > 0.5 || line.size < TITLE_SIZE * bodySize || line.y - above.y > 1.5 * line.size) return false;
  const [first] = line.runs;
  const firstWord = first.text.trimStart().split(/\s/)[0];
  const wordWidth = (first.width * firstWord.length) / Math.max(1, first.text.length);
  return rightEdgeOf(above) + line.size / 3 + wordWidth > pageRight;
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * fraction)];
}

/** The page's text, one line per baseline, a blank line where the space between two lines says a paragraph ends. */
export function pageTextOf(runs: PdfTextRun[]): string {
  const lines = linesOf(runs);
  const spacings = lines.slice(1).map((line, index) => line.y - lines[index].y).filter((spacing) => spacing > 0);
  const lineSpacing = spacings.length >= 3 ? percentile(spacings, LINE_SPACING_PERCENTILE) : null;
  const bodySize = lines.length > 0 ? percentile(lines.map((line) => line.size), 0.5) : 0;
  const pageRight = Math.max(...lines.map(rightEdgeOf));
  const left = Math.min(...lines.map((line) => line.runs[0].x));
  let text = '';
  lines.forEach((line, index) => {
    const above = lines[index - 1];
    if (index === 0) text = lineText(line, left);
    else if (wrapsTitle(above, line, bodySize, pageRight)) text += ` ${lineText(line, left).trimStart()}`;
    else {
      const spacing = line.y - above.y;
      const size = Math.max(line.size, above.size);
      const breaks =
        lineSpacing === null ? spacing > PARAGRAPH_SPACING_ALONE * size : spacing > PARAGRAPH_SPACING * lineSpacing && spacing > PARAGRAPH_SPACING_IN_SIZES * size;
      text += `${breaks ? '\n\n' : '\n'}${lineText(line, left)}`;
    }
  });
  return text;
}
