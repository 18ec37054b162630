// "Roll call: Ruth Hale, Town Clerk, called the roll.  Supervisor Tom Wood- present, Councilman Fred Lund - present,
// and Councilwoman Bea Koval – absent": a New York town board's roll call, each member named with the answer they gave.
// Read as one list, the last answer was taken for all; each member is read with their own answer, and the roll call's
// line, with no attendance label of its own, is read as one.
import type { AttendanceKind } from '../../../core/types';
import { withLinesRewritten } from '../page/line-rewrites';

/** A member's answer closing their entry: "- present", "– absent", "- excused" (the dash may touch the name). */
const ANSWER = /\s*[–—-]\s*(present|absent|excused|late)\b\.?\s*(?:,\s*(?:and\s+)?|\s+and\s+|$)/gi;
const ANSWERED: Readonly<Record<string, AttendanceKind>> = { present: 'present', late: 'present', absent: 'absent', excused: 'absent' };
/** Fewer answers than this are one member's, which the attendance list reads as it is. */
const MIN_ANSWERS = 2;
/** "Roll call: …", "ROLL CALL - …": the line of a roll call, with the clerk's sentence before the members ("X called the roll."). */
const ROLL_CALL_LINE = /^(\s*)roll\s*call\s*[:–-]\s*(?:[^.]{0,80}?\bcalled\s+the\s+roll\.\s+)?(.+)$/i;

/** Each member of a list whose entries carry their own answers, with the attendance the answer gives; null when it is not one. */
export function answeredRollEntries(list: string): Array<[string, AttendanceKind]> | null {
  const entries: Array<[string, AttendanceKind]> = [];
  let start = 0;
  for (const answer of list.matchAll(ANSWER)) {
    const name = list.slice(start, answer.index).trim();
    if (name === '') return null;
    entries.push([name, ANSWERED[answer[1].toLowerCase()]]);
    start = answer.index + answer[0].length;
  }
  return entries.length >= MIN_ANSWERS && list.slice(start).trim() === '' ? entries : null;
}

/** The roll call's line as a "Present:" list when its members carry their own answers, one "present"; the line as it is otherwise. */
function asPresentList(line: string): string {
  const roll = ROLL_CALL_LINE.exec(line)!;
  return line.includes('resent') && answeredRollEntries(roll[2].trim()) ? `${roll[1]}Present: ${roll[2].trim()}` : line;
}

/** `lines` with each roll call's line of answered members set as a "Present:" list. */
export const withAnsweredRollCallsLabelled = (lines: string[]): string[] => withLinesRewritten(lines, 'Rr', ROLL_CALL_LINE, asPresentList);
