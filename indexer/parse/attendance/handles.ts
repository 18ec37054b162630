// A project's minutes (a working group's notes kept in a repository) name people by their account handles, in lower
// case: "- @jdoe" or "- jdoe" under "## Attendees", "@jdoe: we should cut the release on Friday." as a turn. A handle is
// one word of letters, digits, "_", "." or "-", the "@" before it no part of the name.
import type { Attendee, AttendanceKind } from '../../../core/types';

/** "@jdoe", "jdoe", "a-smith", "mk_92": one account handle, alone. */
const HANDLE = /^@?([A-Za-z][A-Za-z0-9_.-]{1,38})$/;
/** "- @jdoe", "* mkowalski": a bulleted handle alone on its line, as a list of attendees gives it. */
export const HANDLE_BULLET = /^[•·*-]\s+@?[a-z][a-z0-9_.-]{1,38}$/;
/** Words no list of attendees names anyone by, though shaped like a handle. */
const NO_HANDLE = /^(?:none|nil|nobody|all|everyone|apologies|tbd|n\/a)$/i;

/** The attendee a list that is one handle after its "@" names, or null when the list is no handle ("@Hannah Birtwistle" is a name). */
export function handleAttendee(list: string, attendance: AttendanceKind): Attendee | null {
  const handle = list.trim().startsWith('@') ? HANDLE.exec(list.trim().replace(/[.,;]$/, '')) : null;
  if (!handle || NO_HANDLE.test(handle[1])) return null;
  return { name: handle[1], role: null, attendance };
}

/** "@jdoe: we should …": the handle a turn opens with, before its colon; undefined when it opens with none. */
export function handleSpeakerOf(line: string): string | undefined {
  const turn = /^@([A-Za-z][A-Za-z0-9_.-]{1,38}):\s+\S/.exec(line);
  return turn ? turn[1] : undefined;
}
