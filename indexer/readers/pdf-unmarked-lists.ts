// A bulleted list whose bullets were drawn, not written: a browser prints a web page's list discs as shapes, so a saved
// page's "Gwen to confirm dates with the decorators" and "Sally to move the August bookings" come out as two indented
// lines with nothing to tell them from one paragraph's. The HTML reader keeps each list item a paragraph of its own; so
// does this, for lines that stand as such a list: indented under the text above, at one left edge, none wrapped onto
// the next.
import { isTyped, textRightEdge, wrapsOnto, type LaidLine } from './pdf-lines';

/** A list's lines stand at least this many font sizes right of the text above them. */
const LIST_INDENT = 1;
/** Lines this close (in points) start at one edge. */
const SAME_EDGE = 1;

const startOf = ({ line }: LaidLine) => line.runs[0].x;

/** Whether `line` may be an item of a list at `edge`: a new line of its own at that edge, not a sentence carried on, not typed. */
const mayBeItem = (line: LaidLine, edge: number) => line.before === '\n' && Math.abs(startOf(line) - edge) <= SAME_EDGE && !/^\p{Ll}/u.test(line.text.trimStart()) && !isTyped(line);

/** The page's lines with each item of a list whose bullets were drawn set apart as a paragraph (`before: '\n\n'`). */
export function withUnmarkedListItemsApart(laid: LaidLine[]): LaidLine[] {
  const pageRight = textRightEdge(laid.map(({ line }) => line));
  const apart = new Set<number>();
  for (let index = 1; index < laid.length; index += 1) {
    const edge = startOf(laid[index]);
    // A list starts under a sentence (not one of its own items) indented right of it, and holds two items at least, none
    // the page wrapped onto the next (a wrapped item goes on at its edge: the first word would not have fitted). Under a
    // label ("Present", "Actions:") the lines are the label's list, which the parse reads line by line.
    const above = laid[index - 1];
    if (apart.has(index - 1) || !/[.!?]$/.test(above.text) || edge < startOf(above) + LIST_INDENT * laid[index].line.size || !mayBeItem(laid[index], edge)) continue;
    let end = index + 1;
    while (end < laid.length && mayBeItem(laid[end], edge) && !wrapsOnto(laid[end - 1].line, laid[end].line, pageRight)) end += 1;
    if (end - index < 2) continue;
    for (let item = index; item < end; item += 1) apart.add(item);
  }
  return apart.size === 0 ? laid : laid.map((line, index) => (apart.has(index) ? { ...line, before: '\n\n' } : line));
}
