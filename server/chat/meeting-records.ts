// A meeting's record as the chat's answers about meetings name and cite it: its name in a sentence, a citation of one
// of its items or paragraphs, and one record per meeting published in parts. Pure.
import { itemIdOf } from '../../core/ids';
import type { Meeting } from '../../core/types';
import type { MeetingSummary } from '../../indexer/stores/store';
import type { Citation, ResultMeeting } from '../api-types';
import { formatDate } from './phrasing';

function toResultMeeting(meeting: Meeting | MeetingSummary): ResultMeeting {
  return { id: meeting.id, body: meeting.body, title: meeting.title, date: meeting.date, source: { file: meeting.source.file, url: meeting.source.url } };
}

export function meetingName(meeting: Meeting | MeetingSummary): string {
  const when = meeting.date ? formatDate(meeting.date) : 'an undated meeting';
  return meeting.body ? `the ${meeting.body} meeting of ${when}` : `the meeting of ${when}`;
}

export function meetingCitation(meeting: Meeting, n: number, text: string, itemIndex = 0, paragraphIndex: number | null = null): Citation {
  const item = meeting.items[itemIndex];
  const itemId = itemIdOf(meeting, { index: itemIndex });
  return {
    n,
    chunkId: paragraphIndex === null ? `${itemId}-item` : `${itemId}-p${paragraphIndex}`,
    meeting: toResultMeeting(meeting),
    item: { id: itemId, number: item?.number ?? null, title: item?.title ?? '' },
    paragraph: paragraphIndex === null ? null : (item?.paragraphs[paragraphIndex]?.number ?? null),
    paragraphIndex,
    speaker: null,
    text,
  };
}

/**
 * A meeting published in parts (its minutes, and an item's own page with the same body and date) is one meeting:
 * its fullest record answers for it.
 */
export function oneRecordPerMeeting(meetings: MeetingSummary[]): MeetingSummary[] {
  const fullest = new Map<string, MeetingSummary>();
  for (const meeting of meetings) {
    const key = `${meeting.body ?? ''}\u0000${meeting.date ?? meeting.id}`;
    const kept = fullest.get(key);
    if (!kept || meeting.itemCount > kept.itemCount) fullest.set(key, meeting);
  }
  return meetings.filter((meeting) => fullest.get(`${meeting.body ?? ''}\u0000${meeting.date ?? meeting.id}`) === meeting);
}

/** Meetings read, most recent first, for one that records what a question without a date asks ("who chairs …?"). */
export const RECENT_MEETINGS_READ = 12;
