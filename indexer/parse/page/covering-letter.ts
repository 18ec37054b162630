// A supplementary agenda pack that brings minutes late ("Public Document Pack", then a letter: "Dear Councillor … I am
// now able to enclose … the minutes of the previous meeting"), the minutes after it under the pack's stamp ("Agenda Item
// 5"). The letter is no part of the minutes: read as their header, its date and its lines became the meeting's.
import { attendanceLabelOf } from '../attendance/attendance-labels';

const PACK_TITLE = /^\s*Public Document Pack\s*$/i;
const SALUTATION = /^\s*Dear\s+(?:Councillors?|Members?|Sir|Madam|Colleagues?)\b/i;
const ITEM_STAMP = /^\s*Agenda\s+Item\s+\d{1,3}[a-z]?\.?\s*$/i;
/** How far down the pack's title, the letter's salutation and the minutes' stamp may stand. */
const TITLE_REACH = 10;
const LETTER_REACH = 40;
const STAMP_REACH = 80;
/** How many lines under the stamp the minutes' attendance must start within. */
const HEADER_REACH = 10;

/** The lines with such a pack's letter blanked, to the stamp over the minutes; the same array when the text is no such pack. */
export function withoutCoveringLetter(lines: string[]): string[] {
  const title = lines.slice(0, TITLE_REACH).findIndex((line) => PACK_TITLE.test(line));
  if (title === -1) return lines;
  const salutation = lines.slice(title, title + LETTER_REACH).findIndex((line) => SALUTATION.test(line));
  if (salutation === -1) return lines;
  const from = title + salutation;
  const stamp = lines.slice(from, from + STAMP_REACH).findIndex((line) => ITEM_STAMP.test(line));
  if (stamp === -1) return lines;
  // The minutes' first page number may stand under the stamp ("Agenda Item 5" over "1").
  const minutes = from + stamp + (/^\s*\d{1,3}\s*$/.test(lines[from + stamp + 1] ?? '') ? 2 : 1);
  if (!lines.slice(minutes, minutes + HEADER_REACH).some((line) => attendanceLabelOf(line.trim())?.attendance === 'present')) return lines;
  const unlettered = lines.slice();
  unlettered.fill('', 0, minutes);
  return unlettered;
}
