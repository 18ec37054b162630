// A PDF page's text items laid out as lines, as `pdftotext -layout` lays them out: pdf.js gives each run of text with
// where it is set, and joining the runs of a line with one space lost what the page shows. A column of names beside a
// label ("Present:   Cllr A (Chair)      Cllr D") read as one name; a minute number in the margin ran into its title; a
// paragraph's end, shown only by the space above the next, was not shown at all. So a wide gap stays a run of spaces
// (the parse rules read two or more as a column), a line set in from the page's left edge keeps its indent, and a gap
// between lines wider than the page's usual line spacing becomes a blank line.

/** One run of text as pdf.js sets it: its text, the x and y of its start (points, y upwards), width and font size. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** How far apart, in font sizes, two runs' baselines may be and still be one line (superscripts, mixed fonts). */
const SAME_LINE = 0.5;
/** An average character's width, in font sizes: turns distances into the spaces a text layout needs. */
const CHARACTER_WIDTH = 0.5;
/** A gap between runs narrower than this, in font sizes, is within a word (kerning, a font change). */
const WORD_GAP = 0.12;
/** A gap wider than this, in font sizes, is a column gap, not the space between two words. */
const COLUMN_GAP = 0.8;
/** Fewest spaces a column gap becomes: the parse rules read two or more as a column. */
const MIN_COLUMN_SPACES = 3;
/** A gap between lines wider than this many of the page's line spacings shows a paragraph's end. */
const PARAGRAPH_GAP = 1.4;

interface Line {
  y: number;
  size: number;
  items: PdfTextItem[];
}

/** The page's runs grouped into lines, in the order pdf.js gives them (the order the page is read in). */
function linesOf(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  for (const item of items) {
    if (item.text.trim() === '') continue;
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - item.y) <= SAME_LINE * Math.max(last.size, item.size)) {
      last.items.push(item);
      last.size = Math.max(last.size, item.size);
    } else {
      lines.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  return lines;
}

/**
 * The spacing the page's lines are set at within a paragraph, in points: the smallest spacing between lines that occurs
 * more than once (a page of many short paragraphs has more gaps between paragraphs than lines within one); null when
 * none does.
 */
function lineSpacing(lines: readonly Line[]): number | null {
  const seen = new Set<number>();
  let spacing: number | null = null;
  for (let index = 1; index < lines.length; index += 1) {
    const between = Math.round(lines[index - 1].y - lines[index].y);
    if (between <= 0) continue;
    if (seen.has(between) && (spacing === null || between < spacing)) spacing = between;
    seen.add(between);
  }
  return spacing;
}

function lineText(line: Line, left: number): string {
  const columnOf = (x: number) => Math.round((x - left) / (CHARACTER_WIDTH * line.size));
  let text = ' '.repeat(Math.max(0, columnOf(line.items[0].x)));
  let end: number | null = null;
  for (const item of line.items) {
    if (end !== null) {
      const gap = item.x - end;
      if (gap > COLUMN_GAP * line.size) text += ' '.repeat(Math.max(MIN_COLUMN_SPACES, columnOf(item.x) - text.length));
      else if (gap > WORD_GAP * line.size && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    }
    text += item.text;
    end = item.x + item.width;
  }
  return text.trimEnd();
}

/** The page's text, one line per line of the page, laid out as above. */
export function layOutPage(items: readonly PdfTextItem[]): string {
  const lines = linesOf(items);
  if (lines.length === 0) return '';
  const left = Math.min(...lines.map((line) => line.items[0].x));
  const spacing = lineSpacing(lines);
  const out: string[] = [];
  lines.forEach((line, index) => {
    const above = index > 0 ? lines[index - 1].y - line.y : 0;
    if (spacing !== null && above > PARAGRAPH_GAP * spacing) out.push('');
    out.push(lineText(line, left));
  });
  return out.join('\n');
}
