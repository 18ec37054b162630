// A table of minutes copied as text, one cell a paragraph: each item's number alone between blank lines, its title under
// it ("1", "", "DECLARATION OF INTEREST", "", the minute). Alone between blank lines, a number is otherwise a page's.
import { isBlank } from '../patterns';
import { FIRST_ITEM_HEADING } from '../items/item-numbers';

/** "1", "12": a number alone on its line, as an item's cell and a page's footer print it. */
const NUMBER_ALONE = /^\s*(\d{1,3})\s*$/;
/**
 * "DECLARATION OF INTEREST", "Apologies for Absence": a title, a capital first and no sentence's end; a comma only in
 * capitals ("ANNOUNCEMENTS FROM THE CHAIR, THE LEADER …"), as a list's comma is in mixed case.
 */
const TITLE = /^\s*\p{Lu}(?:[^.!?;,]{2,150}|[^.!?;\p{Ll}]{2,150}|[^.!?;]{2,150}(?<=\s\p{Lu}[\p{L}'’-]*))\s*$/u;
/** "MINUTES of the Council Meeting of the": a title wrapped onto the next line, as a heading over a page's top is. */
const WRAPPED_END = /\s(?:of|the|and|at|to|for|in|on|by)\s*$/i;
/** How many blank lines may stand between a number and its title. */
const MAX_BLANKS = 2;

/** The line after `index` with content, if it is within MAX_BLANKS lines; -1 for none. */
function contentAfter(lines: string[], index: number): number {
  for (let next = index + 1; next <= index + MAX_BLANKS + 1 && next < lines.length; next += 1) if (!isBlank(lines[next])) return next;
  return -1;
}

/**
 * The indexes of the numbers alone between blank lines that number items, not pages: every such number in the text
 * (two or more) stands over a title, counting up one by one from its first. A page's break falls anywhere in its text,
 * not over each title; a text with one number that is not over a title (or a wrapped one), or whose first item is
 * numbered on its title's line ("1. OPENING AND WELCOME", as minutes whose numbers alone are pages' number theirs),
 * keeps the reading of them all as pages.
 */
export function itemNumbersOverTitles(lines: string[]): ReadonlySet<number> {
  const found: number[] = [];
  let expected: number | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const number = lines[index].length <= 8 ? NUMBER_ALONE.exec(lines[index]) : null;
    if (!number || (index > 0 && !isBlank(lines[index - 1])) || (index + 1 < lines.length && !isBlank(lines[index + 1]))) continue;
    const title = contentAfter(lines, index);
    if (title === -1 || !TITLE.test(lines[title]) || WRAPPED_END.test(lines[title]) || (expected !== null && Number(number[1]) !== expected)) return new Set();
    expected = Number(number[1]) + 1;
    found.push(index);
  }
  return new Set(found.length >= 2 && !lines.some((line) => FIRST_ITEM_HEADING.test(line)) ? found : []);
}
