// "Minutes – Business Meeting – Board of Education – Lakeside Central School District – May 6, 2026 – 7:00 PM": a school
// board's title of parts parted by dashes, "Minutes" first, then the kind of meeting, the board, whose board it is and the
// date. The body is the board named with its owner ("Lakeside Central School District Board of Education"); the title's
// other parts name no body.
import { findDate } from './meeting-fields';
import { BODY_WORDS } from './body-names';

/** The title opening with "Minutes" and a dash; cheap to try before splitting the line into its parts. */
const MINUTES_THEN_DASH = /^(?:(?:Draft|Approved|Unapproved)\s+)?Minutes\s+[–—-]\s+/i;
const PART_GAP = /\s+[–—-]\s+/;
/** "Business Meeting", "Regular Meeting", "Special Session": the kind of meeting, no body. */
const MEETING_KIND = /\b(?:meeting|session|workshop|hearing)$/i;
/** "Board of Education", "Board of Trustees", "Finance Committee": the part of an organisation that met. */
const BOARD_PART = /^(?:Board|Committee|Commission|Council)\b|\b(?:Board|Committee|Commission|Council)$/;

/** The body a dashed "Minutes – … – <date>" title names, or null when it is no such title. */
export function bodyInDashedMinutesTitle(line: string): string | null {
  const text = line.trim();
  if (!MINUTES_THEN_DASH.test(text)) return null;
  // The title's parts up to its date: a header's text read whole (the title wrapped over two lines) goes on after it.
  const all = text.split(PART_GAP).slice(1);
  const dated = all.findIndex((part) => findDate(part) !== null);
  const parts = all.slice(0, dated === -1 ? all.length : dated).filter((part) => !MEETING_KIND.test(part));
  const named = parts.filter((part) => BODY_WORDS.test(part));
  if (named.length === 0 || named.length > 2) return null;
  if (named.length === 1) return named[0];
  const board = named.find((part) => BOARD_PART.test(part));
  const owner = named.find((part) => part !== board);
  return board && owner ? `${owner} ${board}` : null;
}

/** "Ann Hale, Principal, Lakeside Middle School (left at 6:55 p.m.)": a person's line in the header's attendance, no body's name. */
export const LEFT_OR_ARRIVED = /\((?:left|arrived|departed|joined)\b/i;
