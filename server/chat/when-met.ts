// "When did the committee last meet?", "When did the committee meet?", "When is its next meeting?", "when is the
// committee meeting after February 2018?": answered from the dates of the meetings held, and, past the latest, from
// what its own minutes announce.
import type { MeetingSummary, Store } from '../../indexer/stores/store';
import type { MeetingFactAnswer, MeetingFactQuestion } from './meeting-facts';
import { meetingCitation, meetingName, oneRecordPerMeeting } from './meeting-records';
import { nextMeetingAfterLatest } from './next-meeting';
import { formatDate } from './phrasing';
import { listed } from '../../core/text/lists';

/** Dates listed when asked when a body met; the rest are counted. */
const DATES_LISTED = 8;

/** "It met on 26 July 2017 and 21 February 2018": the dates of the meetings, the latest `DATES_LISTED`. */
function datesHeld(meetings: MeetingSummary[]): string {
  const dates = meetings.map((meeting) => formatDate(meeting.date!));
  const latest = dates.slice(-DATES_LISTED);
  const named = listed(latest);
  return dates.length > latest.length ? `the latest ${latest.length}: ${named}` : named;
}

/**
 * The meeting a question about meeting dates asks for, with the count of those held (a meeting published in parts
 * counted once). `meetings` are the dated meetings of the bodies asked about, any date. A next meeting asked for after
 * a date ("after February 2018") is the first held from then; otherwise the first after `today`. Asked when a body
 * met, with no "last", the dates it met are listed too, within the period the question names.
 */
export function whenMet(question: MeetingFactQuestion, meetings: MeetingSummary[], store: Store, today: string): MeetingFactAnswer {
  const all = oneRecordPerMeeting(meetings).sort((a, b) => (a.date! < b.date! ? -1 : 1));
  const inPeriod = question.kind === 'meetings-held' ? all.filter((held) => (!question.from || held.date! >= question.from) && (!question.to || held.date! <= question.to)) : all;
  const sorted = inPeriod.length > 0 ? inPeriod : all;
  const who = question.bodies ? `the ${question.bodies[0]}` : 'the bodies in this archive';
  if (sorted.length === 0) return { kind: question.kind, answer: `No dated meetings of ${who} are in the minutes searched here.`, citations: [] };
  const since = question.kind === 'next-meeting' && question.from && !question.to ? question.from : null;
  const upcoming = since ? sorted.filter((meeting) => meeting.date! >= since) : sorted.filter((meeting) => meeting.date! > today);
  const past = sorted.filter((meeting) => meeting.date! <= today);
  const pick = question.kind === 'next-meeting' ? (upcoming[0] ?? null) : (past[past.length - 1] ?? sorted[sorted.length - 1]);
  const chosen = pick ?? past[past.length - 1] ?? sorted[sorted.length - 1];
  const meeting = store.getMeeting(chosen.id)!;
  const citation = meetingCitation(meeting, 1, `${meeting.body ?? 'Meeting'}, ${formatDate(meeting.date!)}`);
  const whose = question.bodies ? ` of ${who}` : '';
  const count = `${sorted.length} dated meeting${sorted.length === 1 ? '' : 's'}${whose} ${sorted.length === 1 ? 'is' : 'are'} in the archive`;
  if (question.kind === 'next-meeting' && !pick) return nextMeetingAfterLatest(meeting, who, count, citation);
  const verb = question.kind === 'next-meeting' ? 'The next meeting recorded is' : 'The most recent meeting recorded is';
  const listed = question.kind === 'meetings-held' ? `: ${datesHeld(sorted)}` : '';
  return { kind: question.kind, answer: `${verb} ${meetingName(meeting)} [1]; ${count}${listed}.`, citations: [citation] };
}
