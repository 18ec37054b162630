// An attendance list printed again inside the minutes: a table's "Present:" row repeated at the top of the next page,
// or the header's "In attendance: Mr I Field (Town Clerk)" copied over after a page break. Every name in it is already
// among the meeting's attendees; read as minutes, it would be a paragraph of names under whatever item the page broke in.
import type { Attendee } from '../../../core/types';
import { attendanceLabelOf } from './attendance-labels';
import { attendeesFromList } from './attendee-lists';

/** A label's colon this near the line's start: "Present:", "In attendance:", "Apologies for absence:". */
const MAX_LABEL_END = 30;
/** "Present (continued):", "In attendance:", "Also present:", "Members present:": a list of those there, told before the label is read. */
const PRESENT_WORDS = /^\s*(?:Present|PRESENT|In [Aa]ttendance|IN ATTENDANCE|Also|ALSO|Members|MEMBERS|Officers|OFFICERS|Attend)/;

/** `lines` with each line that lists only people already among `attendees`, after an attendance label, blanked. */
export function withoutRepeatedAttendance(lines: string[], attendees: readonly Attendee[]): string[] {
  if (attendees.length === 0) return lines;
  let names: Set<string> | null = null;
  let kept: string[] | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const colon = line.indexOf(':');
    if (colon === -1 || colon > MAX_LABEL_END || !PRESENT_WORDS.test(line)) continue;
    const label = attendanceLabelOf(line);
    // Apologies read from an item's own text ("Apologies: Cllr Hart") are that item's words, not a list printed again.
    if (label === null || label.rest.trim() === '' || (label.attendance !== 'present' && label.attendance !== 'in attendance')) continue;
    names ??= new Set(attendees.map((attendee) => attendee.name.toLowerCase()));
    const listed = attendeesFromList(label.rest, label.attendance);
    if (listed.length > 0 && listed.every((attendee) => names!.has(attendee.name.toLowerCase()))) (kept ??= lines.slice())[index] = '';
  }
  return kept ?? lines;
}
