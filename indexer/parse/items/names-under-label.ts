// "Apologies" alone on its line over "Derek Hindle, Sabrina Okafor": a web page typed without colons or bold sets each
// label of attendance as a paragraph of its own over the names. "Apologies" may head an item (its text saying who sent
// them); the names under it are that item's text, never a heading in Title Case of their own.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { contentLineBefore } from '../patterns';

/** A label of attendance standing alone is this short at most. */
const MAX_LABEL = 40;
/** One entry of a list of names: capitalised words (a title and initials among them), a bracket after them at most. */
const NAME_ENTRY = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*\([^()]{1,40}\))?$/u;
const ENTRY_SEPARATOR = /\s*,\s*|\s+(?:and|&)\s+/;

/** Whether `text` (line `index`, unmarked) lists names, comma-separated, under an attendance label alone on the line above. */
export function isNamesUnderLabel(lines: string[], index: number, text: string): boolean {
  if (!text.includes(',')) return false;
  const above = contentLineBefore(lines, index - 1, index - 4);
  if (above < 0) return false;
  const label = lines[above].trim();
  if (label.length > MAX_LABEL || attendanceLabelOf(label) === null) return false;
  return text.split(ENTRY_SEPARATOR).every((entry) => NAME_ENTRY.test(entry.trim()));
}
