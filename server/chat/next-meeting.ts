// When no later meeting of a body is in the archive, its latest minutes often say when it meets next ("the next
// meeting of the Committee will take place on Wednesday 25 July 2018"): that date, quoted from them.
import type { Meeting } from '../../core/types';
import type { Citation } from '../api-types';
import type { MeetingFactAnswer } from './meeting-facts';
import { findDateMentions } from './dates';
import { meetingCitation, meetingName } from './meeting-records';
import { formatDate } from './phrasing';

const NEXT_MEETING = /\bnext\s+meeting\b|\bnext\s+meet\b|\bmeet\s+(?:again|next)\b/i;

/** The first day named after the words announcing the next meeting, in a paragraph of the meeting; later than its date. */
function announcedDate(text: string, heldOn: string): string | null {
  const cue = NEXT_MEETING.exec(text);
  if (!cue) return null;
  const after = findDateMentions(text).filter((mention) => mention.start >= cue.index && mention.from && mention.from === mention.to && mention.from > heldOn);
  return after[0]?.from ?? null;
}

/**
 * The next meeting as the latest meeting's own minutes announce it, or, when they do not, that none later is recorded.
 * `who` names the body; `count` says how many of its meetings the archive holds; `latestCited` cites the latest meeting.
 */
export function nextMeetingAfterLatest(latest: Meeting, who: string, count: string, latestCited: Citation): MeetingFactAnswer {
  for (const [itemIndex, item] of latest.items.entries()) {
    for (const paragraph of item.paragraphs) {
      const date = latest.date && announcedDate(`${item.title}: ${paragraph.text}`, latest.date);
      if (!date) continue;
      const citation = meetingCitation(latest, 1, paragraph.text, itemIndex, paragraph.index);
      return { kind: 'next-meeting', answer: `No later meeting of ${who} is in the minutes; ${meetingName(latest)}, the latest, gives the next as ${formatDate(date)} [1]: “${paragraph.text}” (${count}).`, citations: [citation] };
    }
  }
  return { kind: 'next-meeting', answer: `No future meeting of ${who} is in the minutes; the latest recorded is ${meetingName(latest)} [1] (${count}).`, citations: [latestCited] };
}
