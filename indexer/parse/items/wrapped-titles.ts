// Item titles carried onto the next line in a shape no title set on one line takes: the rest of a title a hard wrap
// (the text's lines cut at a width, `wrapLimit`) ended at its full stop, or a figure the title's last word asks for.
import { nextWordFits } from '../lines';
import { isBlank } from '../patterns';

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * "… for the period ending January 31, 2026." under "Ratification of bills in the amount of $412,880.15": in a
 * hard-wrapped text, a line the wrap carried on from the title's line above (the next word would not have fitted on it,
 * or the line hangs at the title's indent) ends the title at its full stop, as an agenda's title ends.
 */
export function endsWrappedTitle(lines: string[], index: number, wrapLimit: number): boolean {
  if (wrapLimit === 0) return false;
  const carried = !nextWordFits(lines[index - 1], lines[index].trim(), wrapLimit) || hangsAtIndent(lines[index - 1], lines[index]);
  return carried && (lines[index + 1] === undefined || isBlank(lines[index + 1]) || !/^\s*\p{Ll}/u.test(lines[index + 1]));
}

/** "… in the amount of" over "$96,200.": a line set at the same indent as the title's line above it, the indent a title's own. */
export const hangsAtIndent = (above: string, line: string) => indentOf(above) > 0 && indentOf(above) === indentOf(line);

/** "SECTION", "No.", "Part": a title's last word that a number follows. */
const ASKS_FOR_NUMBER = /\s(?:SECTION|Section|NO\.?|No\.?|PART|Part|ITEM|Item|RULE|Rule|REGULATION|Regulation|ARTICLE|Article|CLAUSE|Clause|CHAPTER|Chapter|MINUTE|Minute|RESOLUTION|Resolution|ORDINANCE|Ordinance|POLICY|Policy)$/;

/**
 * "4. DISPOSAL OF PROPERTY UNDER SECTION" over "183 OF THE LOCAL GOVERNMENT ACT 2001": a figure opening the line under
 * a title ending in a word that asks for one goes on with the title, unless it is the item's next number.
 */
export function carriesFigureOn(title: string, line: string, number: string | null): boolean {
  if (!ASKS_FOR_NUMBER.test(title)) return false;
  const figure = /^\d+/.exec(line);
  return figure !== null && (number === null || !/^\d+$/.test(number) || Number(figure[0]) !== Number(number) + 1);
}
