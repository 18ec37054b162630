// "Agenda Item 4" printed above "NORTH FENWICK DISTRICT COUNCIL … MINUTES of a meeting held …": an agenda pack stamps the
// minutes it includes with the number of the item that receives them. Printed once, at the top of the first page, it
// does not repeat as page furniture does, and read as an item heading it would take the minutes' header for its title.
import { isBlank } from '../patterns';

/** "Agenda Item 4", "Item 7b", alone on its line (often set to the right). */
const ITEM_STAMP = /^\s*(?:Agenda\s+)?Item\s+\d{1,3}[a-z]?\.?\s*$/i;
/** "Agenda" over "Item" over "4": at most this many lines hold a stamp whose narrow box broke its words apart. */
const MAX_STAMP_LINES = 3;
const MAX_STAMP_LENGTH = 20;
/** How many lines under the stamp the minutes' own header must start within. */
const HEADER_REACH = 8;

/** The lines with a pack's stamp blanked where it opens the text above a header that says what the minutes are. */
export function withoutPackStamp(lines: string[]): string[] {
  let first = 0;
  while (first < lines.length && isBlank(lines[first])) first += 1;
  // A stamp's first line is a word or three: a long line (a text on one line) is let go before any copy of it.
  if (first === lines.length || lines[first].trim().length > MAX_STAMP_LENGTH) return lines;
  let stampLines = 1;
  while (stampLines <= MAX_STAMP_LINES && !ITEM_STAMP.test(lines.slice(first, first + stampLines).map((line) => line.trim()).join(' '))) stampLines += 1;
  if (stampLines > MAX_STAMP_LINES) return lines;
  if (!lines.slice(first + stampLines, first + stampLines + HEADER_REACH).some((line) => /\bminutes\b/i.test(line))) return lines;
  const stamped = lines.slice();
  stamped.fill('', first, first + stampLines);
  return stamped;
}
