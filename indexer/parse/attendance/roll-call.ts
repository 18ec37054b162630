// A roll call's answer after a name in an attendance list ("– absent", "– present (arrived 7:15 p.m.)").
import type { AttendanceKind } from '../../../core/types';

/**
 * "Mr. Carl Jankowski – absent", "Ms. Teresa Ybarra – present (arrived 7:15 p.m.)": a roll call's answer after the
 * name (and office), read as the attendance; "late" is present. Tried on a list's last characters only.
 */
const ROLL_CALL_ANSWER = /\s[–—-]\s+(present|absent|excused|late|apologies)(?:\s*\([^()]*\))?\s*$/i;
const ANSWERED_ATTENDANCE: Readonly<Record<string, AttendanceKind>> = { present: 'present', late: 'present', absent: 'absent', excused: 'absent', apologies: 'apologies' };

/** The list without a roll call's answer after it, and the attendance the answer gives (or the label's). */
/** "… Tam and Mayor Johnson – 5.": the count of members present closing a US clerk's list, no part of the last name. */
const MEMBER_COUNT = /\s[–—-]\s*\d{1,2}\.?$/;

export function withoutRollCallAnswer(listed: string, attendance: AttendanceKind): [string, AttendanceKind] {
  const list = listed.endsWith('.') || (listed.charCodeAt(listed.length - 1) >= 0x30 && listed.charCodeAt(listed.length - 1) <= 0x39) ? listed.replace(MEMBER_COUNT, '') : listed;
  const tail = list.length > 60 ? list.slice(-60) : list;
  const answer = ROLL_CALL_ANSWER.exec(tail);
  if (!answer) return [list, attendance];
  const answered = ANSWERED_ATTENDANCE[answer[1].toLowerCase()];
  // Under "In attendance:" a "present" answer keeps the label's kind: the officers present are in attendance.
  const kind = answered === 'present' && attendance === 'in attendance' ? attendance : answered;
  return [list.slice(0, list.length - tail.length + answer.index).trim(), kind];
}
