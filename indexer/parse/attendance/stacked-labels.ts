// A two-column attendance table copied as text column by column, as text taken from a PDF often is: first the labels,
// each alone on its line ("PRESENT:" / "IN ATTENDANCE:" / "MEDIA AND PUBLIC:"), then the people of each, a block apiece
// in the same order, blank lines between the blocks. Each label is set on its block's line, as the table printed them.
import { attendanceLabelOf } from './attendance-labels';
import { isBlank } from '../patterns';

/** "PRESENT:", "In Attendance:", "MEDIA AND PUBLIC:": a label alone, with its colon. */
const LABEL_ALONE = /^\p{Lu}[\p{L}&/' -]{1,40}:$/u;
/** "1. Prayer", "2 APOLOGIES": a numbered item, which no block of people is. */
const NUMBERED = /^\d{1,3}[.)]?\s/;
/** The lines of a header read for such tables. */
const HEADER_LINES = 60;

/** The lines with each run of labels alone paired with the blocks of people after it. */
export function withStackedLabelsPaired(lines: string[]): string[] {
  const end = Math.min(lines.length, HEADER_LINES);
  for (let index = 0; index < end; index += 1) {
    const labels = labelRunAt(lines, index);
    if (labels.length < 2) continue;
    const blocks = blocksAfter(lines, nextFilled(lines, labels[labels.length - 1] + 1), labels.length);
    if (blocks === null) return lines;
    const result = [...lines];
    blocks.forEach((block, at) => {
      result[labels[at]] = `${lines[labels[at]].trim()} ${joined(block.map((line) => lines[line].trim()))}`;
      for (const line of block) result[line] = '';
    });
    return result;
  }
  return lines;
}

/** The indexes of the labels alone from `index` on, blank lines between them; at least two attendance labels, the first one. */
function labelRunAt(lines: string[], index: number): number[] {
  const first = lines[index].trim();
  if (!LABEL_ALONE.test(first) || attendanceLabelOf(first) === null) return [];
  const run = [index];
  let attendance = 1;
  for (let next = nextFilled(lines, index + 1); next < lines.length && LABEL_ALONE.test(lines[next].trim()); next = nextFilled(lines, next + 1)) {
    run.push(next);
    if (attendanceLabelOf(lines[next].trim()) !== null) attendance += 1;
  }
  return attendance >= 2 ? run : [];
}

/** `count` blocks of lines from `start` on, parted by blank lines, none a label or a numbered item; null when there are fewer. */
function blocksAfter(lines: string[], start: number, count: number): number[][] | null {
  const blocks: number[][] = [];
  let line = start;
  while (blocks.length < count && line < lines.length) {
    const block: number[] = [];
    for (; line < lines.length && !isBlank(lines[line]); line += 1) block.push(line);
    const opening = lines[block[0]]?.trim() ?? '';
    if (block.length === 0 || NUMBERED.test(opening) || LABEL_ALONE.test(opening) || attendanceLabelOf(opening) !== null) return null;
    blocks.push(block);
    line = nextFilled(lines, line);
  }
  return blocks.length === count ? blocks : null;
}

/** A block's lines as one list: wrapped lines run on; names one a line (short, with no comma) parted by commas. */
function joined(block: string[]): string {
  return block.every((line) => line.length < 40 && !line.includes(',')) ? block.join(', ') : block.join(' ');
}

/** The index of the first line from `index` on that is not blank. */
function nextFilled(lines: string[], index: number): number {
  let at = index;
  while (at < lines.length && isBlank(lines[at])) at += 1;
  return at;
}
