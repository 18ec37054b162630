// Attendance labels that name whose members they list before the members' noun, as US commissions, boards and clubs
// print them: "Commission Members Present – Bob Finley, …", "Commission Member Absent – …", "Board Members Attending:
// …", "Other Club Members Attending: Keith Blackwell", "Guests Attending: none", "Board Meeting Attendees:" over a
// numbered list of those present.
import type { AttendanceLabel } from './attendance-labels';

/** The words naming a group whose members a label lists (never a person's name, as a flattened list runs one into a label). */
const GROUP = String.raw`(?:Commission|Board|Club|Committee|Council|Executive|Senate|Faculty|Association|Society|District|Neighbou?rhood|Advisory|Planning|Church|Vestry|Parish|School|Foundation|Steering|Voting|Regular|Alternate|Trust|Authority|COMMISSION|BOARD|CLUB|COMMITTEE|COUNCIL)`;
/**
 * A group's word before the members' noun ("Commission", "Board", "Club", "Executive Committee"), then how they attended (or
 * that they were absent); a colon or a dash ends the label. The words are capitalised, as a label's are ("All board
 * members present agreed" is a sentence), and name a group, not a person ("… Otto Fenn MEMBERS ABSENT:", a flattened
 * list run on into the next label).
 */
const QUALIFIED_MEMBERS = new RegExp(
  String.raw`^(Other\s+|OTHER\s+)?(?:[A-Z][\w&'’-]*\s+)?${GROUP}\s+(?:[Mm]embers?|MEMBERS?|[Cc]ommissioners|[Ss]upervisors|[Dd]irectors|[Tt]rustees|[Dd]elegates|[Rr]epresentatives)\s+(?:[Pp]resent|PRESENT|[Aa]ttending|ATTENDING|(?:in|In|IN)\s+(?:[Aa]ttendance|ATTENDANCE)|([Aa]bsent|ABSENT))\s*(?:[:–—]|-(?=\s))\s*`,
);
/** "Guests Attending: none", "Visitors present –": people who came to the meeting without a seat at it. */
const GUESTS_ATTENDING = /^(?:Guests|GUESTS|Visitors|VISITORS)\s+(?:[Pp]resent|PRESENT|[Aa]ttending|ATTENDING)\s*(?:[:–—]|-(?=\s))\s*/;
/** "Board Meeting Attendees:", "Committee Attendees:" over the members who came (a board's own list of who attended). */
const BODY_ATTENDEES = new RegExp(String.raw`^${GROUP}\s+(?:Meeting\s+|MEETING\s+)?(?:Attendees|ATTENDEES)\s*(?:[:–—]|-(?=\s))\s*`);

/** The label a text opens with in one of these forms, with the text after it; null when it opens with none. */
export function qualifiedMembersLabel(text: string): AttendanceLabel | null {
  const members = QUALIFIED_MEMBERS.exec(text);
  if (members) return { attendance: members[2] ? 'absent' : members[1] ? 'in attendance' : 'present', rest: text.slice(members[0].length).trim() };
  const guests = GUESTS_ATTENDING.exec(text);
  if (guests) return { attendance: 'in attendance', rest: text.slice(guests[0].length).trim() };
  const attendees = BODY_ATTENDEES.exec(text);
  return attendees ? { attendance: 'present', rest: text.slice(attendees[0].length).trim() } : null;
}
