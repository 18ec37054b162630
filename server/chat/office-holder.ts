// "Who is the Commissioner?", "Who was the Chief of Staff in 2017?": an office other than the chair's, answered from
// the roles attendance lists print beside names ("Mr M Scott (Kent Police and Crime Commissioner)"); and "who is
// Matthew Scott?", a person's office, from the same lists.
import type { Attendee, Meeting } from '../../core/types';
import type { Citation } from '../api-types';
import type { MeetingSummary, Store } from '../../indexer/stores/store';
import { meetingCitation, meetingName, oneRecordPerMeeting, RECENT_MEETINGS_READ } from './meeting-records';
import { nameWords, roleSpellings } from './mentions';

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
 * Whether a minuted name is the person asked about: the same surname, and each given name asked the one minuted or,
 * minuted as an initial, starting with it ("Matthew Scott" and "Mr Scott" are "Mr M Scott").
 */
export function samePerson(minuted: string, asked: string): boolean {
  const [have, want] = [nameWords(minuted), nameWords(asked)];
  if (want.length === 0 || have.length < want.length || have.at(-1) !== want.at(-1)) return false;
  return want.slice(0, -1).every((word, index) => have[index] === word || (have[index].length === 1 && word.startsWith(have[index])));
}

/** The most recent of `meetings` (newest first, RECENT_MEETINGS_READ at most) whose attendance names someone `fits`, with its place in that order. */
function latestAttendee(meetings: MeetingSummary[], store: Store, fits: (attendee: Attendee) => boolean): { meeting: Meeting; attendee: Attendee; index: number } | null {
  const newestFirst = oneRecordPerMeeting(meetings).sort((a, b) => (a.date! < b.date! ? 1 : -1));
  for (const [index, summary] of newestFirst.slice(0, RECENT_MEETINGS_READ).entries()) {
    const meeting = store.getMeeting(summary.id)!;
    const attendee = meeting.attendees.find(fits);
    if (attendee) return { meeting, attendee, index };
  }
  return null;
}

/**
 * Who holds an office, from the attendance of the most recent of `meetings` that records it; or, asked "who is Matthew
 * Scott?", the office the most recent attendance list naming that person gives them. No citation when none does: the
 * question is then left to the search, as one about a subject.
 */
export function answerOfficeHolder(asked: string, meetings: MeetingSummary[], store: Store): { answer: string; citations: Citation[] } {
  // "the commissioner of Kent": the office itself may stop before "of" ("the chief of staff" may not).
  const office = asked.split(/\s+(?:of|for)\s+/i)[0];
  // "the PCC": any spelling of the role.
  const offices = [...new Set([asked, office].flatMap(roleSpellings))];
  const holder = latestAttendee(meetings, store, (attendee) => attendee.role !== null && offices.some((candidate) => holdsOffice(attendee.role!, candidate)));
  const found = holder ?? latestAttendee(meetings, store, (attendee) => attendee.role !== null && samePerson(attendee.name, asked));
  if (!found) return { answer: `No attendance list of the meetings searched names the ${office}.`, citations: [] };
  const { meeting, attendee, index } = found;
  const which = oneRecordPerMeeting(meetings).length === 1 ? '' : `\n(That is ${index === 0 ? 'the most recent meeting' : `the most recent meeting that records ${holder ? `the ${office}` : attendee.name}`}; name a date for another.)`;
  return {
    answer: `The minutes of ${meetingName(meeting)} record ${attendee.name} as ${attendee.role} [1].${which}`,
    citations: [meetingCitation(meeting, 1, `${attendee.name} (${attendee.role})`)],
  };
}
