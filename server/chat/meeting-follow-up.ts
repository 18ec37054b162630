// Which meeting a question that names none is about: a follow-up ("and what was decided?", "who was there?") is about
// the meeting asked about just before, down the conversation's chain. Pure: the user's messages in, a meeting question out.
import { readMeetingFactQuestion, readMeetingNamed, type MeetingFactQuestion, type MeetingNamed } from './meeting-facts';

/**
 * The meeting a topic question was narrowed to ("What was discussed at the Dartford committee in February 2018?"):
 * a day or a month, or a body by its name; a year alone spans too many meetings to be one. Null when none.
 */
function meetingOfTopicQuestion(text: string, bodies: string[]): MeetingNamed | null {
  const named = readMeetingNamed(text, bodies);
  const oneMonth = named.from !== undefined && named.from.slice(0, 7) === named.to?.slice(0, 7);
  if (!oneMonth && !named.bodies) return null;
  return oneMonth ? named : { bodies: named.bodies };
}

const FOLLOW_UP = /^\s*(?:and|what about|how about|same for|and what about)\b/i;
/** "What was decided?", "and the decisions?": naming no meeting nor topic, after a meeting question it asks that meeting's. */
const ASKS_DECISIONS_ALONE = /^\s*(?:and\s+)?(?:what\s+(?:was|were)\s+(?:decided|resolved|agreed)(?:\s+(?:there|then))?|what\s+decisions\s+(?:were\s+(?:made|taken)|did\s+(?:it|they)\s+(?:make|take))(?:\s+(?:there|then))?|(?:what\s+(?:about|were)\s+)?the\s+decisions)\s*\??\s*$/i;

/** Words that point at a meeting of their own ("the last meeting", "who chairs it now"), not the one asked about before. */
const NAMES_ITS_OWN_MEETING = /\b(?:last|latest|most\s+recent|previous|next|current(?:ly)?|now|usually|normally)\b/i;

/**
 * A meeting question naming no meeting, asked right after one that did ("Summarise the meeting on 15 November 2017",
 * then "who was there?"), is about that meeting: answered alone it was about the most recent one.
 */
function aboutTheMeetingBefore(direct: MeetingFactQuestion, last: string, before: MeetingNamed | null): MeetingFactQuestion {
  if (!before || direct.from || direct.bodies || direct.kind === 'last-met' || direct.kind === 'meetings-held' || direct.kind === 'next-meeting' || NAMES_ITS_OWN_MEETING.test(last)) return direct;
  if (!before.from && !before.bodies) return direct;
  return { ...direct, from: before.from, to: before.to, bodies: before.bodies, bodiesOfKind: direct.bodiesOfKind ?? before.bodiesOfKind };
}

/** The meeting question a conversation ends with: its last message, or a short follow-up to an earlier meeting question. */
export function findMeetingFactQuestion(userMessages: string[], bodies: string[]): MeetingFactQuestion | null {
  const last = userMessages[userMessages.length - 1] ?? '';
  const direct = readMeetingFactQuestion(last, bodies);
  const previous = userMessages[userMessages.length - 2];
  if (direct) {
    if (!previous) return direct;
    // Before it, a meeting question, or a topic question narrowed to one meeting ("… at the Dartford committee in February 2018?").
    const before = findMeetingFactQuestion(userMessages.slice(0, -1), bodies) ?? meetingOfTopicQuestion(previous, bodies);
    return aboutTheMeetingBefore(direct, last, before);
  }
  const asksDecisions = ASKS_DECISIONS_ALONE.test(last);
  if (!previous || !(FOLLOW_UP.test(last) || asksDecisions) || last.split(/\s+/).length > 10) return null;
  // The question before as it was answered, down its own chain ("… in February 2018?", "who attended?", "and what was decided?").
  const before = findMeetingFactQuestion(userMessages.slice(0, -1), bodies);
  if (!before) return null;
  // The follow-up's own date or body ("and on 20 July 2017?") replaces the one asked about before.
  const named = readMeetingNamed(last, bodies);
  return {
    ...before,
    // "and what was decided?" after "who attended …?" asks the decisions of that meeting, not its attendance again.
    kind: asksDecisions ? 'decisions' : before.kind,
    ...(named.from ? { from: named.from, to: named.to } : {}),
    ...(named.bodies ? { bodies: named.bodies, bodiesOfKind: undefined } : named.bodiesOfKind ? { bodiesOfKind: named.bodiesOfKind } : {}),
  };
}
