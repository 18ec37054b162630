// "Who is the Commissioner?", "Who was the Chief of Staff in 2017?": an office other than the chair's, answered from
// the roles attendance lists print beside names ("Mr M Scott (Kent Police and Crime Commissioner)").
import type { Citation } from '../api-types';
import type { MeetingSummary, Store } from '../../indexer/stores/store';
import { meetingCitation, meetingName, oneRecordPerMeeting, RECENT_MEETINGS_READ } from './meeting-records';
import { roleSpellings } from './mentions';

/** Read after every other meeting cue: "who was there?" asks for attendance, "who was the chair?" for the chair. */
const OFFICE_HOLDER = /\bwho\s+(?:is|was|were|are)\s+(?:the\s+)?(?<office>\p{L}[\p{L}'’&\s-]{2,60}?)\s*(?:[?.!,]|$|\b(?:at|in|on|during|between|before|after|since|when)\b)/iu;

/** "What is the PCC's name?", "what's the name of the Chief Constable?" */
const OFFICE_NAME = /\bwhat(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?(?:name\s+of\s+(?:the\s+)?(?<office>\p{L}[\p{L}&\s-]{2,60}?)|(?<holder>\p{L}[\p{L}&\s-]{2,60}?)['’]s\s+name)\s*(?:[?.!,]|$|\b(?:at|in|on|during)\b)/iu;

/** "the panel's", "the Commissioner's": whose office it is ("who is the panel's policy officer?"), not the office. */
const OWNER = /^(?:\p{L}[\p{L}&\s-]*?)['’]s\s+(?=\p{L})/u;

/**
 * The office a "who is the …?" or "what is the …'s name?" question asks about, as written, less whose office it is
 * ("the panel's policy officer" is the policy officer); undefined when it asks no such thing.
 */
export function readOffice(text: string): string | undefined {
  const named = OFFICE_NAME.exec(text)?.groups;
  return (OFFICE_HOLDER.exec(text)?.groups?.office?.replace(OWNER, '') ?? named?.office ?? named?.holder)?.trim();
}

/** Lower-case words, for comparing an office as asked with a role as minuted. */
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Whether a minuted role is the office asked about: the office's words end the role's title, before any comma ("Kent
 * Police and Crime Commissioner" is the commissioner; "PCC's Chief of Staff" is not the PCC, and "Community Safety
 * Manager, CSU" is the community safety manager).
 */
export function holdsOffice(role: string, office: string): boolean {
  const title = wordsOf(role.split(',')[0]);
  const asked = wordsOf(office);
  return asked.length > 0 && asked.length <= title.length && asked.every((word, index) => title[title.length - asked.length + index] === word);
}

/**
 * Who holds an office, from the attendance of the most recent of `meetings` that records it. No citation when none
 * does: the question is then left to the search, as one about a subject.
 */
export function answerOfficeHolder(asked: string, meetings: MeetingSummary[], store: Store): { answer: string; citations: Citation[] } {
  // "the commissioner of Kent": the office itself may stop before "of" ("the chief of staff" may not).
  const office = asked.split(/\s+(?:of|for)\s+/i)[0];
  // "the PCC": any spelling of the role.
  const offices = [...new Set([asked, office].flatMap(roleSpellings))];
  const newestFirst = oneRecordPerMeeting(meetings).sort((a, b) => (a.date! < b.date! ? 1 : -1));
  for (const [index, summary] of newestFirst.slice(0, RECENT_MEETINGS_READ).entries()) {
    const meeting = store.getMeeting(summary.id)!;
    const holder = meeting.attendees.find((attendee) => attendee.role !== null && offices.some((candidate) => holdsOffice(attendee.role!, candidate)));
    if (!holder) continue;
    const which = newestFirst.length === 1 ? '' : `\n(That is ${index === 0 ? 'the most recent meeting' : `the most recent meeting that records the ${office}`}; name a date for another.)`;
    return {
      answer: `The minutes of ${meetingName(meeting)} record ${holder.name} as ${holder.role} [1].${which}`,
      citations: [meetingCitation(meeting, 1, `${holder.name} (${holder.role})`)],
    };
  }
  return { answer: `No attendance list of the meetings searched names the ${office}.`, citations: [] };
}
