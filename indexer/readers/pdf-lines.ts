// A PDF page's runs of text as lines: runs on one baseline make one line, and a line's runs are joined with a word's
// space, none (one word split where its font changed) or, between a table's columns, a run of spaces as wide as the gap.
/**
 * One run of text as pdf.js gives it: its characters, where it starts (top-left origin), its width and font size, and
 * what its font is.
 */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold?: boolean;
  /** The text of a table's cell, after another on its row's line (pdf-cell-rows.ts): a column gap before it, however narrow. */
  cellStart?: boolean;
  /** Set in a typewriter's font, each character as wide as the next (Courier): columns are spaced apart there. */
  fixedPitch?: boolean;
  /** The text of a link to a web address (a printed web page's menus and links). */
  link?: boolean;
}

/** A line of a page: its runs, left to right, and its baseline and size (its largest text's). */
export interface Line {
  y: number;
  size: number;
  runs: PdfTextRun[];
  /** The baseline of the last of its lines, where a table row's wrapped cells were joined to it: the next is spaced from there. */
  lastY?: number;
  /** Laid out from a table's row drawn cell by cell (pdf-cell-rows.ts): a paragraph of its own, carrying no other line on. */
  cellRow?: boolean;
}

/** Runs whose baselines are this close (in font sizes) share a line: a raised "th" of "16th" stays on its line. */
const SAME_LINE = 0.5;
/** A gap wider than this (in font sizes) between two runs of a line is a gap between columns, not between words. */
const COLUMN_GAP = 1;
/** Spaces at least before a cell's text on its row's line: a tab's, where the readers part a row's cells (parse/page/prose-cells.ts). */
const CELL_SPACES = 4;
/** A gap narrower than this (in font sizes) joins two runs without a space: one word split where its font changed. */
const WORD_GAP = 0.15;

/**
 * Character codes no text is made of: controls, and the private use area an icon font's bullets and a font without a
 * Unicode map (a Type3 font of drawn glyphs, a subset with no ToUnicode) come out as. pdf.js passes them through as the
 * font's codes; a page of nothing else has no text layer, however much it draws.
 */
const UNREADABLE = /[\p{Cc}\p{Co}]/gu;

function readableRun(run: PdfTextRun): PdfTextRun {
  const text = run.text.replace(UNREADABLE, '');
  return text === run.text ? run : { ...run, text };
}

/** How far (in points) a run may reach into its neighbours and still stand in the gap between them. */
const GAP_SLACK = 0.5;

/**
 * Where in `line` a run drawn after it stands in a gap between two of its runs (their index after it), or -1: a symbol
 * in a fallback font ("2025/26 ◆ KEY DECISION"), which a word processor draws after the line's text in its own font.
 */
function gapHolding(line: Line, run: PdfTextRun): number {
  const after = line.runs.findIndex((other) => other.x >= run.x);
  if (after <= 0) return -1;
  return runEndOf(line.runs[after - 1]) <= run.x + GAP_SLACK && run.x + run.width <= line.runs[after].x + GAP_SLACK ? after : -1;
}

/**
 * "July" / " " / "2024," / " " / "which": a justified line drawn a word at a time, each word space a run of its own
 * stretched wider than a word's gap. The space ends the word before it, and the next word drawn where it ends carries
 * the run on (carriesWordsOn), so the line is one run as a line drawn whole is: its words were read as a table's cells
 * (the next line under the first word, "adjustments.", was joined to it as its cell's wrapped text). A space as wide
 * as a column's gap or wider (a tab after a paragraph's number) is left out, its gap kept.
 */
function withWordSpaceDrawn(line: Line, space: PdfTextRun): void {
  const last = line.runs[line.runs.length - 1];
  if (Math.abs(space.x - runEndOf(last)) > GAP_SLACK || space.width >= COLUMN_GAP * line.size) return;
  // "Councillor Owen Pryce" drawn whole, then a narrow gap: a table's cell, not a word of a line drawn word by word.
  if (/\S\s+\S/.test(last.text.trim()) && !drawnWordByWord.has(last)) return;
  drawnWordByWord.add((line.runs[line.runs.length - 1] = { ...last, text: /\s$/.test(last.text) ? last.text : `${last.text} `, width: runEndOf(space) - last.x }));
}

/** Runs made of words drawn one at a time, each with its space (withWordSpaceDrawn): their next space is a word's too. */
const drawnWordByWord = new WeakSet<PdfTextRun>();

/** Whether `run` starts where `last`, ending in a word's space, ends, in the same type: the next words of one run of text. */
const carriesWordsOn = (last: PdfTextRun, run: PdfTextRun) =>
  /\s$/.test(last.text) && Math.abs(run.x - runEndOf(last)) <= GAP_SLACK && run.size === last.size && !run.bold === !last.bold && !run.fixedPitch === !last.fixedPitch && !run.link === !last.link;

/**
 * Runs in the order the PDF draws them (a word processor's reading order: a table's cells one after another, a
 * vertically centred number before its cell's text), a new line wherever a run leaves the baseline of the one before.
 */
export function linesOf(runs: PdfTextRun[]): Line[] {
  const lines: Line[] = [];
  for (const drawn of runs) {
    const run = readableRun(drawn);
    const line = lines[lines.length - 1];
    const onBaseline = line !== undefined && Math.abs(run.y - line.y) <= SAME_LINE * Math.max(run.size, line.size);
    if (run.text.trim() === '') {
      if (onBaseline) withWordSpaceDrawn(line, run);
      continue;
    }
    const gap = onBaseline ? gapHolding(line, run) : -1;
    if (gap !== -1) line.runs.splice(gap, 0, run);
    else if (onBaseline && run.x >= line.runs[line.runs.length - 1].x) {
      const last = line.runs[line.runs.length - 1];
      if (carriesWordsOn(last, run)) drawnWordByWord.add((line.runs[line.runs.length - 1] = { ...last, text: `${last.text}${run.text}`, width: runEndOf(run) - last.x }));
      else line.runs.push(run);
      // The line's baseline is its largest text's: a small raised run does not move it.
      if (run.size > line.size) [line.y, line.size] = [run.y, run.size];
    } else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  return lines;
}

/** A run that starts where runs start on at least this many lines running stands at a table's column edge. */
const ALIGNED_LINES = 3;

/** A run's start, to the point, for telling runs that start where others do. */
const startOf = (run: PdfTextRun) => Math.round(run.x);

/** Whether a run, not its line's first, starts apart from the run before (not one word split where its font changed). */
export const startsApart = (line: Line, index: number) => index > 0 && line.runs[index].x - runEndOf(line.runs[index - 1]) > WORD_GAP * line.size;

/**
 * Where a table's columns start on the page: the points at which runs set apart from the run before them start on
 * several lines running. A cell filled to its edge is only a cell's padding from the next, a word's space ("Councillor
 * Graham Illingworth Vice-Chair Present"), but the next column's runs start at one point row after row; where a word
 * processor splits a line of prose into runs, the next line is split elsewhere or not at all.
 */
export function alignedColumnStarts(lines: Line[]): Set<number> {
  const aligned = new Set<number>();
  let running = new Map<number, number>();
  for (const line of lines) {
    // In a fixed-pitch font every character starts on one grid, so runs line up by chance; its columns are spaced apart.
    const starts = line.runs.filter((run, index) => !run.fixedPitch && startsApart(line, index)).map(startOf);
    const next = new Map<number, number>();
    for (const start of starts) {
      const before = Math.max(running.get(start - 1) ?? 0, running.get(start) ?? 0, running.get(start + 1) ?? 0);
      next.set(start, before + 1);
      if (before + 1 >= ALIGNED_LINES) aligned.add(start - 1).add(start).add(start + 1);
    }
    running = next;
  }
  return aligned;
}

/** "1.", "(b)", "iv)", "•": a list's label, a run of its own set right against its entry's text by the list's indent. */
const LIST_LABEL = /^(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]|[•●▪◦–-])$/i;
export const isListLabel = (run: PdfTextRun) => LIST_LABEL.test(run.text.trim());

/**
 * Whether the line's run at `index` is the entry after a list's label set right against it ("1.that"): a label starts
 * its line. Word draws a hyphen ("re" / "-" / "cycling") or the parts of one number ("18." / "11" / ".1", "8." / "50pm")
 * as runs of their own, touching; a label mid-line is such a piece, and a number's piece after "18." is the number's.
 */
function followsListLabel(line: Line, index: number): boolean {
  return index === 1 && isListLabel(line.runs[0]) && !(/\d[.)]$/.test(line.runs[0].text.trim()) && /^\d/.test(line.runs[1].text));
}

/**
 * A line's runs joined: a column gap (a wide one, or one before a run at a table's column edge) as spaces in proportion
 * to its width (two at least), a word gap (or none after a list's label: "1.that") as one; the line indented by as many
 * spaces as it stands right of its column's `left` edge (names aligned under "PRESENT:").
 */
/** A gap within this share of a character of a typewriter's character is one space. */
const TYPED_SPACE_SLACK = 0.1;

/**
 * "Keith Anand" and "Non-Executive Member" a tab apart in a text file printed in its fixed pitch: the tab reaches the
 * next tab stop, a gap of no whole number of characters, where the writer's spaces stay inside one run.
 */
function tabbedInType(line: Line, index: number, gap: number): boolean {
  const [before, run] = [line.runs[index - 1], line.runs[index]];
  if (before.fixedPitch !== true || run.fixedPitch !== true || gap <= WORD_GAP * line.size || before.text.length === 0) return false;
  const character = before.width / before.text.length;
  return Math.abs(gap - character) > TYPED_SPACE_SLACK * character;
}

export function lineText(line: Line, left: number, columnStarts: ReadonlySet<number>): string {
  // A character of the line's type is about half its size wide.
  const spacesAcross = (width: number) => Math.round(width / (line.size / 2));
  let text = ' '.repeat(Math.max(0, spacesAcross(line.runs[0].x - left)));
  let end = -Infinity;
  line.runs.forEach((run, index) => {
    const gap = run.x - end;
    if (end === -Infinity) text += run.text;
    else if (run.cellStart || gap > COLUMN_GAP * line.size || tabbedInType(line, index, gap) || (startsApart(line, index) && columnStarts.has(startOf(run)))) {
      text = `${text.trimEnd()}${' '.repeat(Math.max(run.cellStart ? CELL_SPACES : 2, spacesAcross(gap)))}${run.text.trimStart()}`;
    } else if ((gap > WORD_GAP * line.size || followsListLabel(line, index)) && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ` ${run.text}`;
    else text += run.text;
    end = Math.max(end, runEndOf(run));
  });
  return text.trimEnd();
}

/** "Deputy Mayor Paul Okafor", "Lay Member (Chair)": every word capitalised, as a name or a title is. */
export const isTitleCase = (text: string) => /^[\p{Lu}\d]\S*(?:\s+[\p{Lu}\d(&]\S*)*$/u.test(text.trim());

/** A line that starts this many font sizes above the line before it, and right of it, starts a new column of the page… */
const COLUMN_RISE = 4;
/** …this far right of the line before, as a share of the page's width of text. */
const COLUMN_SHIFT = 0.3;

/** Whether `line`, drawn after `above`, starts the page's next column of text (`textWidth` the page's width of text). */
export const startsPageColumn = (above: Line, line: Line, textWidth: number) =>
  above.y - line.y > COLUMN_RISE * line.size && line.runs[0].x - above.runs[0].x > COLUMN_SHIFT * textWidth;

/** Where a run's text ends on the page. */
export const runEndOf = (run: PdfTextRun) => run.x + run.width;

export const rightEdgeOf = (line: Line) => Math.max(...line.runs.map(runEndOf));

/** Type smaller than this share of the page's usual size is set apart from the text (a header or footer, a footnote). */
const SMALLER_TYPE = 0.9;

/**
 * The furthest right the page's text reaches: lines in smaller type than most may run wider than its measure (a
 * browser prints the page's address and "1/3" across the whole sheet), and the page's wraps are told by the text's.
 */
export function textRightEdge(lines: Line[]): number {
  const inText = textSized(lines);
  return Math.max(...lines.filter((line) => inText(line)).map(rightEdgeOf));
}

/** Whether a line of `lines` is in the type of the page's text (the size of most lines, or larger): any line when none of a page's is. */
export function textSized(lines: Line[]): (line: Line) => boolean {
  const sizes = lines.map((line) => line.size).sort((a, b) => a - b);
  const least = SMALLER_TYPE * sizes[Math.floor(sizes.length / 2)];
  return (line) => line.size >= least;
}

/** Whether `line`'s first word would not have fitted at the end of the line above: the page wrapped it there. */
export function wrapsOnto(above: Line, line: Line, pageRight: number): boolean {
  const [first] = line.runs;
  const firstWord = first.text.trimStart().split(/\s/)[0];
  const wordWidth = (first.width * firstWord.length) / Math.max(1, first.text.length);
  return rightEdgeOf(above) + line.size / 3 + wordWidth > pageRight;
}

/**
 * A line as laid out: its text, the left edge of its column (the page's, or a second column's), and what stands between
 * it and the line above (nothing for the page's first).
 */
export interface LaidLine {
  line: Line;
  text: string;
  left: number;
  before: '' | ' ' | '\n' | '\n\n';
}

/** Whether a laid line is in a typewriter's font throughout (a text file printed). */
export const isTyped = ({ line }: LaidLine) => line.runs.every((run) => run.fixedPitch);
