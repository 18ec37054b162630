// Answers kept for one document while it is parsed: a pack of one body's minutes repeats its members' list and its
// standing items' titles ("Apologies for absence", "Declarations of interest") at every meeting, and each is read once.
// Made anew for each document, never shared between documents.
import type { Attendee, AttendanceKind } from '../../../core/types';
import { attendeesFromList, type ListReader } from '../attendance/attendee-lists';

/**
 * Keys longer than this are read each time: what repeats is a title or a list of members, and a long key (a document on
 * one line is one key) would be hashed and kept whole.
 */
const MAX_REMEMBERED_KEY = 2000;

/** `read` with its answers kept: each key is read once (an answer of undefined is not kept: one look-up a key, not two). */
export function remembering<T>(read: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (key.length > MAX_REMEMBERED_KEY) return read(key);
    const known = answers.get(key);
    if (known !== undefined) return known;
    const answer = read(key);
    answers.set(key, answer);
    return answer;
  };
}

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
