// Headings a PDF marks only by a bold font: a line set all in bold on a page mostly not becomes the heading mark the
// parser reads (`**Apologies for absence**`), as the HTML reader marks a bold paragraph.
import { rightEdgeOf, wrapsOnto, type LaidLine, type Line } from './pdf-lines';
import { boldHeadingLine } from './text';

/** Share of a page's characters in bold above which bold marks nothing out (a page set all in bold). */
const MOSTLY_BOLD = 0.5;
/** "5.      Planning": a column gap a bold heading may have, after its number set in a margin column. */
const MARGIN_NUMBER_GAP = /^\S{0,8}\d\S{0,8} {2,}(?=\S)/;

const charsOf = (line: Line, bold: boolean) => line.runs.reduce((sum, run) => sum + (Boolean(run.bold) === bold ? run.text.trim().length : 0), 0);
const isAllBold = (line: Line) => charsOf(line, false) === 0;

/** A bold line of a bold heading's size that the page wrapped from the line above (no paragraph break between them). */
const wrapsBoldLine = (above: Line, { line, before }: LaidLine, pageRight: number) =>
  before === '\n' && isAllBold(line) && Math.abs(line.size - above.size) <= 0.5 && wrapsOnto(above, line, pageRight);

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
 * Lines set all in bold on a page mostly not, as the heading mark the parser reads (`**Apologies for absence**`), a
 * paragraph of its own, as the HTML reader marks a bold paragraph: Word users bold a heading rather than style it, and
 * the PDF keeps only the bold font. Bold lines the page wrapped (the line above full to the right edge) are one heading.
 */
export function markBoldHeadings(laid: LaidLine[], pageRight: number): LaidLine[] {
  const boldChars = laid.reduce((sum, { line }) => sum + charsOf(line, true), 0);
  const plainChars = laid.reduce((sum, { line }) => sum + charsOf(line, false), 0);
  if (boldChars === 0 || boldChars > MOSTLY_BOLD * (boldChars + plainChars)) return laid;
  const marked: LaidLine[] = [];
  let afterHeading = false;
  for (let index = 0; index < laid.length; index += 1) {
    const first = laid[index];
    if (!isAllBold(first.line) || first.before === ' ' || !standsAsHeading(first, pageRight)) {
      marked.push(afterHeading && first.before === '\n' ? { ...first, before: '\n\n' } : first);
      afterHeading = false;
      continue;
    }
    let end = index + 1;
    while (end < laid.length && (laid[end].before === ' ' || wrapsBoldLine(laid[end - 1].line, laid[end], pageRight))) end += 1;
    const group = laid.slice(index, end);
    // A title in a large type the page wrapped (joined already) is a heading only if all of it is bold.
    const text = group.every((part) => isAllBold(part.line)) ? headingText(group.map((part) => part.text)) : null;
    const heading = text === null ? null : boldHeadingLine(text);
    // A heading is a paragraph of its own, as the HTML reader's block is: "**Present:**" then its names.
    if (heading === null) marked.push(...group);
    else marked.push({ ...first, text: heading, before: first.before === '' ? '' : '\n\n' });
    afterHeading = heading !== null;
    index = end - 1;
  }
  return marked;
}
