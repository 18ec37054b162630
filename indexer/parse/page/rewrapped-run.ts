// Minutes run together on one line (a document-sharing site's copy of a PDF) and then wrapped at a fixed width by
// whatever copied them on (a mail client, a text export at 70 or 95 columns): the run is a block of lines of about one
// width, its items' numbers and labels falling anywhere in them. Read as the one line it was, the rules for minutes run
// together (flattened-items.ts) find its items and attendance as in the unwrapped copy.
import { isBlank } from '../patterns';

/** Fewer lines than this in the block are a paragraph, not a run wrapped. */
const MIN_WRAPPED_LINES = 5;
/** A wrapped line is no longer than this: longer lines were never wrapped at a fixed width. */
const MAX_WRAP_WIDTH = 120;
/** A wrapped line fills this share of the block's widest line at least (a wrap breaks within a word of it)… */
const MIN_FILL = 0.7;
/** …and so do this share of the block's lines but its last (a line break the run kept leaves a short line). */
const MIN_FILLED_SHARE = 0.8;
/** More blocks than this make a document set out in paragraphs; more lines than this, one set out line by line. */
const MAX_BLOCKS = 20;
const MAX_LINES = 400;

/** A block of lines: its first line and the line after its last. */
export interface WrappedRun {
  from: number;
  to: number;
}

/** The blocks of lines with text, or null when there are more than MAX_BLOCKS or the document has more than MAX_LINES lines. */
function blocksOf(lines: string[]): WrappedRun[] | null {
  if (lines.length > MAX_LINES) return null;
  const blocks: WrappedRun[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (isBlank(lines[index])) continue;
    const from = index;
    while (index + 1 < lines.length && !isBlank(lines[index + 1])) index += 1;
    blocks.push({ from, to: index + 1 });
    if (blocks.length > MAX_BLOCKS) return null;
  }
  return blocks;
}

/** Whether the block's lines are wrapped at one width: most but the last fill most of the widest, none is long. */
function wrappedAtOneWidth(lines: string[], block: WrappedRun): boolean {
  if (block.to - block.from < MIN_WRAPPED_LINES) return false;
  const widths = lines.slice(block.from, block.to).map((line) => line.trimEnd().length);
  const widest = Math.max(...widths);
  const filled = widths.slice(0, -1).filter((width) => width >= widest * MIN_FILL).length;
  return widest <= MAX_WRAP_WIDTH && filled >= (widths.length - 1) * MIN_FILLED_SHARE;
}

/**
 * The document's largest block when it is a run wrapped at one width holding `share` of the text at least (and at
 * least `minLength` characters), or null.
 */
export function wrappedRun(lines: string[], minLength: number, share: number): WrappedRun | null {
  const blocks = blocksOf(lines);
  if (blocks === null || blocks.length === 0) return null;
  const length = (block: WrappedRun) => lines.slice(block.from, block.to).reduce((sum, line) => sum + line.length, 0);
  const largest = blocks.reduce((best, block) => (length(block) > length(best) ? block : best));
  const total = blocks.reduce((sum, block) => sum + length(block), 0);
  // A line as long as the run would be is a run not wrapped, read as it is.
  if (lines.some((line) => line.length >= minLength)) return null;
  return length(largest) >= minLength && length(largest) * share >= total && wrappedAtOneWidth(lines, largest) ? largest : null;
}

/** The block's lines as the one line they were wrapped from. */
export function unwrapped(lines: string[], run: WrappedRun): string {
  return lines
    .slice(run.from, run.to)
    .map((line) => line.trim())
    .join(' ');
}
