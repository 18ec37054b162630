// Where a list of people one a line ends at a heading that could be read as one more, untitled, person, and where a
// header read for attendance ends at a marked heading over prose.
import { isBlank } from '../patterns';

/**
 * "Opening Remarks" (after a blank line or none) under "Miss KWOK Sze-wing   Executive Officer …": capitalised words with no title
 * and no office, under a titled person (`personStart`: how such a line starts), head what follows; an untitled member is
 * listed beside an office or among others.
 */
export function isHeadingUnderTitled(line: string, lines: string[], index: number, personStart: RegExp): boolean {
  if (index < 2 || personStart.test(line) || /[(,;–—]|\s-\s|\s{2,}/.test(line)) return false;
  let above = index - 1;
  while (above > 0 && isBlank(lines[above])) above -= 1;
  let below = index + 1;
  while (below < lines.length - 1 && isBlank(lines[below])) below += 1;
  // A paragraph of prose under it: the last of a list of names stands over the next item's heading, not over prose.
  if (!personStart.test(lines[above].trim()) || below >= lines.length || lines[below].trim().length <= PROSE_LINE || !/[a-z]/.test(lines[below])) return false;
  // With no blank line above it, the line under it must be no person either: "Centenier Paul Le Cornu" over "Mrs Jane
  // Gallichan, Parish Secretary and 34 Principals and Electors." is one more in the list.
  return isBlank(lines[index - 1]) || !personStart.test(lines[below].trim());
}

/** A line longer than this under a short one is prose. */
const PROSE_LINE = 60;

/**
 * "## Call to Order" over "The meeting was called to order at 7:02 p.m. by …": a heading marked as one (in Markdown, or a
 * section's title run-on-titles.ts marked) with a finished sentence of prose under it heads the minutes' first section,
 * and ends the header; one over people ("## Members" over "- Cllr Ann Hale") or fields ("Date: …") heads none.
 */
export function headsProse(lines: string[], index: number): boolean {
  if (!/^#{1,6}\s/.test(lines[index].trimStart())) return false;
  let below = index + 1;
  while (below < lines.length - 1 && isBlank(lines[below])) below += 1;
  const text = lines[below]?.trim() ?? '';
  return /^\p{Lu}/u.test(text) && /[.!?]$/.test(text) && /^(?:\S+\s+){5}/.test(text) && !/^[^:]{1,40}:\s/.test(text);
}

/** "SC14/24 Apologies", "FC18/07/1 …": a minute numbered by a committee's letters and a slash, which ends a list of people as a figure does. */
const CODED_MINUTE = /^[A-Z]{1,4}\s?\d{0,4}\/\d/;
/** "21.01.01 Election of Chair", "16.01.2 Register of Interests": a minute numbered in parts, whatever the list above ends in. */
const DOTTED_MINUTE = /^\d{1,4}(?:[./]\d{1,4}){1,3}\.?\s+\p{Lu}/u;
export const opensCodedMinute = (line: string) => CODED_MINUTE.test(line) || (line.charCodeAt(0) <= 0x39 && DOTTED_MINUTE.test(line));
