// "Agenda Item 4" printed above "NORTH FENWICK DISTRICT COUNCIL … MINUTES of a meeting held …": an agenda pack stamps the
// minutes it includes with the number of the item that receives them. Printed once, at the top of the first page, it
// does not repeat as page furniture does, and read as an item heading it would take the minutes' header for its title.
import { isBlank } from './patterns';

/** "Agenda Item 4", "Item 7b", alone on its line (often set to the right). */
const ITEM_STAMP = /^\s*(?:Agenda\s+)?Item\s+\d{1,3}[a-z]?\.?\s*$/i;
/** "Agenda Item" over "4": the stamp's box, narrow, broke its words apart. */
const STAMP_WORDS = /^\s*Agenda\s+Item\s*$/i;
const STAMP_NUMBER = /^\s*\d{1,3}[a-z]?\s*$/;
/** How many lines under the stamp the minutes' own header must start within. */
const HEADER_REACH = 8;

/** The lines with a pack's stamp blanked where it opens the text above a header that says what the minutes are. */
export function withoutPackStamp(lines: string[]): string[] {
  let first = 0;
  while (first < lines.length && isBlank(lines[first])) first += 1;
  if (first === lines.length) return lines;
  const stampLines = ITEM_STAMP.test(lines[first]) ? 1 : STAMP_WORDS.test(lines[first]) && STAMP_NUMBER.test(lines[first + 1] ?? '') ? 2 : 0;
  if (stampLines === 0 || !lines.slice(first + stampLines, first + stampLines + HEADER_REACH).some((line) => /\bminutes\b/i.test(line))) return lines;
  const stamped = lines.slice();
  stamped.fill('', first, first + stampLines);
  return stamped;
}
