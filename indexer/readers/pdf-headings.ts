// Headings a PDF marks only by their type: a line in a larger size than the page's text, or set all in bold on a page
// mostly not, becomes the heading mark the parser reads (`## Apologies`, `**Apologies**`), as the HTML reader marks an
// <h2> or a bold paragraph. A word processor's heading style keeps no spacing of its own when printed, only its font.
import { rightEdgeOf, wrapsOnto, type LaidLine, type Line } from './pdf-lines';
import { boldHeadingLine } from './text';

/** Share of a page's characters in bold above which bold marks nothing out (a page set all in bold). */
const MOSTLY_BOLD = 0.5;
/** "5.      Planning": a column gap a bold heading may have, after its number set in a margin column. */
const MARGIN_NUMBER_GAP = /^\S{0,8}\d\S{0,8} {2,}(?=\S)/;

/** Type this many times the page's usual size, every run of a line in it, sets the line out as a heading. */
const HEADING_SIZE = 1.15;

const charsOf = (line: Line, bold: boolean) => line.runs.reduce((sum, run) => sum + (Boolean(run.bold) === bold ? run.text.trim().length : 0), 0);
const isAllBold = (line: Line) => charsOf(line, false) === 0;

/** The level the parser reads a bold line's mark (`**…**`) at. */
const BOLD_LEVEL = 7;

/** Deepest heading level a size gives ("###"); smaller sizes set out still are marked as that level. */
const DEEPEST_SIZE_LEVEL = 3;

/**
 * The heading level a line's type sets it out at, or null for a line of the page's text: 1 for the largest type on the
 * page, 2 for the next (as HTML's <h1>, <h2>), 7 for a line of the text's size set all in bold (as a bold paragraph).
 */
type LevelOf = (line: Line) => number | null;

function headingLevelsOn(laid: LaidLine[], textSize: number): LevelOf {
  const boldChars = laid.reduce((sum, { line }) => sum + charsOf(line, true), 0);
  const plainChars = laid.reduce((sum, { line }) => sum + charsOf(line, false), 0);
  const boldMarks = boldChars > 0 && boldChars <= MOSTLY_BOLD * (boldChars + plainChars);
  const sizes = laid.map(({ line }) => line.size).sort((a, b) => a - b);
  // A last page of one line between its running header and footer, set smaller, is no page of headings: its text is
  // no smaller than the document's.
  const bodySize = Math.max(sizes[Math.floor(sizes.length / 2)], textSize);
  const isLarger = (line: Line) => line.runs.every((run) => run.size >= HEADING_SIZE * bodySize);
  const headingSizes = [...new Set(laid.filter(({ line }) => isLarger(line)).map(({ line }) => Math.round(line.size)))].sort((a, b) => b - a);
  return (line) => {
    if (isLarger(line)) return Math.min(DEEPEST_SIZE_LEVEL, headingSizes.indexOf(Math.round(line.size)) + 1);
    return boldMarks && isAllBold(line) ? BOLD_LEVEL : null;
  };
}

/** The marked line of a heading (`## Apologies`, `**Apologies**`), or null for one too long to be a heading. */
function markedLine(text: string, level: number): string | null {
  if (level === BOLD_LEVEL) return boldHeadingLine(text);
  return boldHeadingLine(text) === null ? null : `${'#'.repeat(level)} ${text}`;
}

type SetOut = (line: Line) => boolean;

/** A line set out as a heading of its size is, that the page wrapped from the line above (no paragraph break between them). */
const wrapsSetOutLine = (setOut: SetOut, above: Line, { line, before }: LaidLine, pageRight: number) =>
  before === '\n' && setOut(line) && Math.abs(line.size - above.size) <= 0.5 && wrapsOnto(above, line, pageRight);

/** "Community Risk Management Plan 2025-2029:" over "Consultation Outcome": a title of three words or more the writer broke after a colon or a dash. */
const BROKEN_TITLE_END = /^\S+(?:\s+\S+){2,}\s*[:–—-]$/;

/** Lines at most this many font sizes apart are set one under the other in a paragraph (single spacing sets them about 1.2 apart). */
const LINE_SPACED = 1.4;

/**
 * A line set out as a heading of its level under one its writer broke or the page wrapped: straight under it (no
 * paragraph break, the same left edge), after a title's colon or dash ("…2025-2029:" / "Consultation Outcome"), going on
 * in lower case, or under a line full to the right edge ("…(Accessory Dwelling Units) of the Municipal" / "Code – First
 * Reading": a browser sets a heading's lines further apart than the text's, as far as a paragraph break in the text); a
 * line opening with a number is a heading of its own.
 */
function continuesSetOutTitle(levelOf: LevelOf, above: LaidLine, { line, text }: LaidLine, pageRight: number): boolean {
  // Told by where the lines stand, not by the break laid before it: a table's row drawn cell by cell is a paragraph of
  // its own, and the lines of one of its cells keep the row's baseline.
  const inOneCell = Boolean(line.cellRow && above.line.cellRow) && line.y === above.line.y;
  const lineSpaced = inOneCell || (line.y > above.line.y && line.y - (above.line.lastY ?? above.line.y) <= LINE_SPACED * line.size);
  if (!lineSpaced || levelOf(line) === null || levelOf(line) !== levelOf(above.line) || Math.abs(line.runs[0].x - above.line.runs[0].x) > 2) return false;
  const [aboveText, lineText] = [above.text.trim(), text.trim()];
  return !/^[(\d]/.test(lineText) && (BROKEN_TITLE_END.test(aboveText) || /^\p{Ll}/u.test(lineText) || wrapsOnto(above.line, line, pageRight));
}

/** A bold heading's text as one line: no column gaps but one after a margin number; null for a table row set in bold. */
function headingText(texts: string[]): string | null {
  const text = texts.map((part) => part.trim()).join(' ');
  const afterNumber = text.replace(MARGIN_NUMBER_GAP, (number) => `${number.trimEnd()} `);
  return /\s{2}/.test(afterNumber) ? null : afterNumber;
}

/** A bold line standing further right of its column's edge than this share of the column's width, not centred, is in a table. */
const HEADING_INDENT = 0.25;
/** A line whose middle is this near the middle of its column (as a share of its width) is centred. */
const CENTRED = 0.04;

/** Whether a line stands where a heading does: at its column's left edge, a little indented, or centred (not a table's cell). */
function standsAsHeading({ line, left }: LaidLine, pageRight: number): boolean {
  const width = pageRight - left;
  const start = line.runs[0].x;
  return start - left < HEADING_INDENT * width || Math.abs((start + rightEdgeOf(line)) / 2 - (left + pageRight) / 2) < CENTRED * width;
}

/**
 * Lines set out by their type (all bold on a page mostly not, or larger than the page's text), as the heading mark the
 * parser reads (`**Apologies for absence**`), a paragraph of its own, as the HTML reader marks a bold paragraph: Word
 * users bold a heading rather than style it, and the PDF keeps only the font. Such lines the page wrapped (the line
 * above full to the right edge) are one heading. `textSize` is the document's text size (documentTextSize).
 */
export function markHeadings(laid: LaidLine[], pageRight: number, textSize = 0): LaidLine[] {
  if (laid.length === 0) return laid;
  const levelOf = headingLevelsOn(laid, textSize);
  const setOut: SetOut = (line) => levelOf(line) !== null;
  const marked: LaidLine[] = [];
  let afterHeading = false;
  for (let index = 0; index < laid.length; index += 1) {
    const first = laid[index];
    if (!setOut(first.line) || first.before === ' ' || !standsAsHeading(first, pageRight)) {
      marked.push(afterHeading && first.before === '\n' ? { ...first, before: '\n\n' } : first);
      afterHeading = false;
      continue;
    }
    let end = index + 1;
    while (end < laid.length && (laid[end].before === ' ' || wrapsSetOutLine(setOut, laid[end - 1].line, laid[end], pageRight) || continuesSetOutTitle(levelOf, laid[end - 1], laid[end], pageRight))) end += 1;
    const group = laid.slice(index, end);
    // A title in a large type the page wrapped (joined already) is a heading only if all of it is set out.
    const text = group.every((part) => setOut(part.line)) ? headingText(group.map((part) => part.text)) : null;
    const heading = text === null ? null : markedLine(text, levelOf(first.line)!);
    // A heading is a paragraph of its own, as the HTML reader's block is: "**Present:**" then its names.
    if (heading === null) marked.push(...group);
    else marked.push({ ...first, text: heading, before: first.before === '' ? '' : '\n\n' });
    afterHeading = heading !== null;
    index = end - 1;
  }
  return marked;
}

/** The size most of a document's characters are set in: its text's, whatever a page's few lines are in. */
export function documentTextSize(pages: LaidLine[][]): number {
  const characters = new Map<number, number>();
  for (const { line } of pages.flat()) characters.set(line.size, (characters.get(line.size) ?? 0) + line.runs.reduce((sum, run) => sum + run.text.trim().length, 0));
  let [size, most] = [0, -1];
  for (const [candidate, count] of characters) if (count > most) [size, most] = [candidate, count];
  return size;
}
