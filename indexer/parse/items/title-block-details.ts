// "VIRTUAL MEETING VIA ZOOM", "6:00 PM", "ALAMEDA CITY HALL", "CONFERENCE ROOM 391": a US board's or commission's title
// block set in bold, a part a line, tells where and when the meeting sat under its name and date. Set as its headings
// are, those lines are read as unnumbered headings at the numbered items' level; above the first numbered item they
// are the header's, no items. So are the body's name, "MINUTES OF SPECIAL MEETING" and the date set as headings one
// under another with no text between ("**1**" over "**ALAMEDA GOLF COMMISSION**": a bold page number read as the
// name's item number), above the first heading that has text under it.
import type { HeadingCandidate } from './headings';
import { findDate } from '../header/meeting-fields';
import { isBlank } from '../patterns';
import { attendanceLabelOf } from '../attendance/attendance-labels';

/** "6:00 PM", "At 7.30 p.m.": a time alone. */
const TIME_ALONE = /^(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?$/i;
/** Where or how the meeting sat: a hall, a numbered or council room, a video call. */
const PLACE_OR_MEANS = /\b(?:(?:city|town|village|county|civic|municipal)\s+(?:hall|center|centre|building)|(?:conference|meeting|committee|council|board|community)\s+(?:rooms?|chambers?)|room\s+\d+|via\s+(?:zoom|teams|webex|teleconference|video\s*conference)|virtual\s+meeting|teleconference)\b/i;
/** A title block's line is short: a heading of more words is an item's. */
const MAX_DETAIL_WORDS = 7;

/** Whether an unnumbered heading's title says only when or where the meeting sat. */
function isMeetingDetail(candidate: HeadingCandidate): boolean {
  if (candidate.number !== null) return false;
  const title = candidate.title.trim();
  return TIME_ALONE.test(title) || (title.split(/\s+/).length <= MAX_DETAIL_WORDS && PLACE_OR_MEANS.test(title));
}

/**
 * Whether such a heading stands right over an attendance label ("Conference Rooms A & B" over "Senators Present: …"):
 * where the meeting sat, its header going on to who attended it, not the header's end (the general rules read that
 * attendance as the header's). A detail over prose ("… MUNICIPAL BUILDING" over "Mayor Jay called the meeting to order")
 * still ends the header, the prose kept as the minutes' opening.
 */
export function isDetailOverAttendance(candidate: HeadingCandidate, lines: string[]): boolean {
  if (!isMeetingDetail(candidate)) return false;
  let next = candidate.next;
  while (next < lines.length && isBlank(lines[next])) next += 1;
  return next < lines.length && attendanceLabelOf(lines[next]) !== null;
}

/** "MINUTES OF SPECIAL MEETING", "Regular Meeting Minutes", "Tuesday, December 12, 2023": a minutes title or a date alone. */
const MINUTES_TITLE = /^(?:(?:approved|draft|unapproved)\s+)?minutes\s+of\b|\bminutes$/i;
const MAX_DATE_LINE = 40;
/** An unnumbered heading giving the minutes' title in capitals ("Minutes of the last meeting" is an item's) or their date alone. */
const titlesMinutes = (heading: HeadingCandidate) => {
  const title = heading.title.trim();
  return heading.number === null && ((MINUTES_TITLE.test(title) && title === title.toUpperCase()) || (title.length <= MAX_DATE_LINE && findDate(title) !== null));
};

/** Whether only blank lines stand between a heading and the next. */
const hasNoText = (lines: string[], heading: HeadingCandidate, next: HeadingCandidate) => lines.slice(heading.next, next.index).every(isBlank);

/**
 * The headings without a title block set as headings at their top: a run of headings with no text between them (the
 * first alone may be numbered) holding a minutes title or a date, up to the last of those.
 */
function withoutTitleBlock(headings: HeadingCandidate[], lines: string[]): HeadingCandidate[] {
  let lastTitle = -1;
  // The block's first line may carry a page's number read as an item's; the rest are unnumbered.
  for (let index = 0; index + 1 < headings.length && (index === 0 || headings[index].number === null) && hasNoText(lines, headings[index], headings[index + 1]); index += 1) {
    if (titlesMinutes(headings[index])) lastTitle = index;
  }
  return lastTitle === -1 ? headings : headings.slice(lastTitle + 1);
}

/** The headings without the title block's lines at their top and its time and place lines above the first numbered heading. */
export function withoutTitleBlockDetails(found: HeadingCandidate[], lines: string[]): HeadingCandidate[] {
  const headings = found.length >= 3 ? withoutTitleBlock(found, lines) : found;
  const firstNumbered = headings.findIndex((heading) => heading.number !== null);
  if (firstNumbered <= 0 || !headings.slice(0, firstNumbered).some(isMeetingDetail)) return headings;
  // Only a run from the top: a detail line under an unnumbered heading that is kept would be its item's text.
  let skipped = 0;
  while (skipped < firstNumbered && isMeetingDetail(headings[skipped])) skipped += 1;
  return headings.slice(skipped);
}
