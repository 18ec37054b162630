// The date a meeting's own minutes title gives ("MINUTES OF THE CABINET MEETING HELD ON WEDNESDAY 12TH SEPTEMBER 2012"),
// over a date printed above it: minutes printed in a later meeting's agenda pack run under that meeting's header
// ("Cabinet Item 17th October 2012 3 12.30 pm Public"), whose date is when they were to be approved, not when the
// meeting they record was held.
import type { DateOrder } from './date-order';
import { findDate, MONTH_NAME, WEEKDAY } from './meeting-fields';
import { isBlank } from '../patterns';

/**
 * "Minutes of the Cabinet meeting held on …", "DRAFT MINUTES OF A MEETING OF THE LICENSING COMMITTEE HELD AT …": a
 * title opening its line ("Minutes of the last meeting …" names an earlier one, and is left); "DRAFT- Minutes of Meeting held
 * on …", the draft's mark set off by a dash as a blog's post is titled. "Minutes of the Annual General Meeting of the
 * Village Hall Management Committee Monday 18 April 2011": the meeting's (weekday and) date straight after its name, no
 * "held" between (a post dated when it was put up, above such a title, is no meeting's date).
 */
const MINUTES_TITLE = new RegExp(
  String.raw`^(?:(?:draft|unconfirmed|confirmed|approved)(?:\s*[-–—:]\s*|\s+))?minutes\s+of\s+(?!(?:the\s+)?(?:last|previous|preceding|prior)\b)[^.]{0,160}?(?:\bheld\b|\bmeeting\b[^.]{0,80}?[\s,–—-](?:${WEEKDAY},?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}\s+\d{4})`,
  'i',
);
/** "… held on 3 March were approved", "… be signed": a sentence about the minutes, not their title. */
const SENTENCE_ABOUT_MINUTES = /\b(?:were|was|be|been|approved|confirmed|agreed|signed|noted|received|adopted)\b/i;
/**
 * "Vestry Minutes - September 17, 2012", "Board Minutes: 4 June 2019": a short title, the body's name then "Minutes" and
 * a dash or colon before the date, as a blog's post of the minutes is titled under the date it was posted on.
 */
const NAME_MINUTES_DASH_DATE = /^(?:\p{Lu}[\p{L}'’.&-]*\s+){1,5}Minutes\s*[-–—:]\s*\S/u;
/** A dashed title longer than this is no title. */
const MAX_DASHED_TITLE_LENGTH = 80;
/** A title this long is prose. */
const MAX_TITLE_LENGTH = 240;

/** Whether a line is a meeting's own minutes title ("MINUTES OF THE MEETING HELD AT … ON FRIDAY 12TH OCTOBER 2012"). */
export function isMinutesTitle(line: string): boolean {
  return line.length <= MAX_TITLE_LENGTH && /^\s*(?:draft|unconfirmed|confirmed|approved|minutes)\b/i.test(line) && MINUTES_TITLE.test(line.trim()) && !SENTENCE_ABOUT_MINUTES.test(line);
}

/** The date the header's first minutes title gives, with the line under it (a title wrapped before its date); null when none gives one. A dashed title gives it on its own line. */
export function minutesTitleDate(headerLines: string[], order: () => DateOrder): string | null {
  for (let index = 0; index < headerLines.length; index += 1) {
    const line = headerLines[index];
    if (line.length <= MAX_DASHED_TITLE_LENGTH && NAME_MINUTES_DASH_DATE.test(line.trim())) {
      const dated = findDate(line, order);
      if (dated) return dated;
    }
    if (!isMinutesTitle(line)) continue;
    let next = index + 1;
    while (next < headerLines.length && isBlank(headerLines[next])) next += 1;
    return findDate(line, order) ?? (next < headerLines.length ? findDate(headerLines[next], order) : null);
  }
  return null;
}
