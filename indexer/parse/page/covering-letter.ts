// A supplementary agenda pack that brings minutes late ("Public Document Pack", then a letter: "Dear Councillor … I am
// now able to enclose … the minutes of the previous meeting"), the minutes after it under the pack's stamp ("Agenda Item
// 5"). The letter is no part of the minutes: read as their header, its date and its lines became the meeting's.
// An agenda pack with no such title or stamp prints the same parts in turn: the letter ("Date: 29th November 2012",
// "Dear Sir/Madam, A meeting of the Panel will be held …"), the agenda and its members, then the previous meeting's
// minutes under their own title ("MINUTES OF THE MEETING HELD AT … ON …") and attendance; those are the minutes.
import { attendanceLabelOf } from '../attendance/attendance-labels';
import { isMinutesTitle } from '../header/minutes-title-date';

const PACK_TITLE = /^\s*Public Document Pack\s*$/i;
const SALUTATION = /^\s*Dear\s+(?:Councillors?|Members?|Sir|Madam|Colleagues?)\b/i;
const ITEM_STAMP = /^\s*Agenda\s+Item\s+\d{1,3}[a-z]?\.?\s*$/i;
/** How far down the pack's title, the letter's salutation and the minutes' stamp may stand. */
const TITLE_REACH = 10;
const LETTER_REACH = 40;
const STAMP_REACH = 80;
/** How many lines under the stamp the minutes' attendance must start within. */
const HEADER_REACH = 10;

/** Whether the minutes' attendance starts within HEADER_REACH lines of `from`. */
function attendanceNear(lines: string[], from: number): boolean {
  return lines.slice(from, from + HEADER_REACH).some((line) => attendanceLabelOf(line.trim())?.attendance === 'present');
}

/** A body's name in capitals alone on its line over the minutes' title ("SHADOW POLICE AND CRIME PANEL"). */
const CAPITAL_NAME = /^[^\p{Ll}.:;]*\p{Lu}{3}[^\p{Ll}.:;]*$/u;
/** A body's name over the minutes' title is no longer than this. */
const MAX_NAME_LENGTH = 80;

/**
 * The lines of an untitled pack with its letter and agenda blanked, to the minutes' title (and a body's name in capitals
 * over it); the same array when no letter opens the text or no titled minutes with their attendance follow it.
 */
function withoutUntitledPackLetter(lines: string[]): string[] {
  const salutation = lines.slice(0, LETTER_REACH).findIndex((line) => SALUTATION.test(line));
  if (salutation === -1) return lines;
  const title = lines.slice(salutation + 1, salutation + 1 + STAMP_REACH).findIndex(isMinutesTitle);
  if (title === -1 || !attendanceNear(lines, salutation + 1 + title)) return lines;
  let minutes = salutation + 1 + title;
  let above = minutes - 1;
  while (above > salutation && lines[above].trim() === '') above -= 1;
  if (above > salutation && lines[above].trim().length <= MAX_NAME_LENGTH && CAPITAL_NAME.test(lines[above].trim())) minutes = above;
  const unlettered = lines.slice();
  unlettered.fill('', 0, minutes);
  return unlettered;
}

/** The lines with such a pack's letter blanked, to the stamp over the minutes; the same array when the text is no such pack. */
export function withoutCoveringLetter(lines: string[]): string[] {
  const title = lines.slice(0, TITLE_REACH).findIndex((line) => PACK_TITLE.test(line));
  if (title === -1) return withoutUntitledPackLetter(lines);
  const salutation = lines.slice(title, title + LETTER_REACH).findIndex((line) => SALUTATION.test(line));
  if (salutation === -1) return lines;
  const from = title + salutation;
  const stamp = lines.slice(from, from + STAMP_REACH).findIndex((line) => ITEM_STAMP.test(line));
  if (stamp === -1) return lines;
  // The minutes' first page number may stand under the stamp ("Agenda Item 5" over "1").
  const minutes = from + stamp + (/^\s*\d{1,3}\s*$/.test(lines[from + stamp + 1] ?? '') ? 2 : 1);
  if (!attendanceNear(lines, minutes)) return lines;
  const unlettered = lines.slice();
  unlettered.fill('', 0, minutes);
  return unlettered;
}
