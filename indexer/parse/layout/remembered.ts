// The lists of people read for one document, each read once (see remembering.ts): a pack of one body's minutes repeats
// its members' list at every meeting. Made anew for each document, never shared between documents.
import type { Attendee, AttendanceKind } from '../../../core/types';
import { attendeesFromList, type ListReader } from '../attendance/attendee-lists';
import { remembering } from '../remembering';

/** A ListReader that reads each list once; each answer is a copy, as callers keep and may change what they are given. */
export function rememberingListReader(): ListReader {
  const readers = new Map<AttendanceKind, (list: string) => Attendee[]>();
  return (list, attendance) => {
    let read = readers.get(attendance);
    if (read === undefined) {
      read = remembering((text) => attendeesFromList(text, attendance));
      readers.set(attendance, read);
    }
    return read(list).map((attendee) => ({ ...attendee }));
  };
}
