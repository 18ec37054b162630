// A second attendance label inside a list of people: "Present: A, B. Absent: C", on the label's line or on a line the
// page wrapped under it ("Mr. Haddad, Mrs. Whitfield. Absent: Mr. Osei (excused).").
import { pushAll } from '../../core/arrays';
import type { AttendanceKind, Attendee } from '../../core/types';
import { attendanceLabelOf, INLINE_LABEL } from './attendance-labels';
import type { ListReader } from './attendee-lists';

/** A part of a list of people and the kind of attendance it lists. */
export interface ListedPart {
  text: string;
  attendance: AttendanceKind;
}

/**
 * The parts of a list (`text`, listed as `attendance`) cut at each attendance label set in it after a full stop or
 * semicolon, each part under the kind its label says; the last part is the one a list goes on with.
 */
export function partsUnderInlineLabels(text: string, attendance: AttendanceKind): ListedPart[] {
  const parts: ListedPart[] = [];
  let current: ListedPart = { text, attendance };
  for (let next = INLINE_LABEL.exec(current.text); next; next = INLINE_LABEL.exec(current.text)) {
    const following = attendanceLabelOf(current.text.slice(next.index + next[0].length));
    if (!following) break;
    parts.push({ text: current.text.slice(0, next.index), attendance: current.attendance });
    current = { text: following.rest, attendance: following.attendance };
  }
  parts.push(current);
  return parts;
}

/**
 * The people an attendance block's entries (`texts`, listed as `attendance`) name, read by `readList`: a label the page
 * wrapped onto a line of the list ("Mrs. Whitfield. Absent: Mr. Osei") lists the rest, and the entries after it, as it says.
 */
export function listedUnderLabels(texts: string[], attendance: AttendanceKind, readList: ListReader): Attendee[] {
  const attendees: Attendee[] = [];
  let kind = attendance;
  for (const text of texts) {
    for (const part of partsUnderInlineLabels(text, kind)) {
      kind = part.attendance;
      pushAll(attendees, readList(part.text, kind));
    }
  }
  return attendees;
}
