// "Agenda Item 4" printed above "NORTH FENWICK DISTRICT COUNCIL … MINUTES of a meeting held …": an agenda pack stamps the
// minutes it includes with the number of the item that receives them. Printed once, at the top of the first page, it
// does not repeat as page furniture does, and read as an item heading it would take the minutes' header for its title.
import { isBlank } from './patterns';

/** "Agenda Item 4", "Item 7b", alone on its line (often set to the right). */
const ITEM_STAMP = /^\s*(?:Agenda\s+)?Item\s+\d{1,3}[a-z]?\.?\s*$/i;
/** How many lines under the stamp the minutes' own header must start within. */
const HEADER_REACH = 8;

/** The lines with a pack's stamp blanked where it opens the text above a header that says what the minutes are. */
export function withoutPackStamp(lines: string[]): string[] {
  let first = 0;
  while (first < lines.length && isBlank(lines[first])) first += 1;
  if (first === lines.length || !ITEM_STAMP.test(lines[first])) return lines;
  if (!lines.slice(first + 1, first + 1 + HEADER_REACH).some((line) => /\bminutes\b/i.test(line))) return lines;
  const stamped = lines.slice();
  stamped[first] = '';
  return stamped;
}
