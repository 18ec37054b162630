// Which meeting a question that names none is about: a follow-up ("and what was decided?", "who was there?") is about
// the meeting asked about just before, down the conversation's chain. Pure: the questions and their replies in, a meeting question out.
import type { ChatMessage } from '../api-types';
import { findDateMentions } from './dates';
import { readMeetingFactQuestion, type MeetingFactQuestion } from './meeting-facts';
import { readMeetingNamed, type MeetingNamed } from './meeting-named';

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

/** The user's questions, each with the reply that answered it ('' before a reply comes). */
export interface AskedAndAnswered {
  question: string;
  reply: string;
}

export function questionsAndReplies(messages: ChatMessage[]): AskedAndAnswered[] {
  const asked: AskedAndAnswered[] = [];
  for (const message of messages) {
    if (message.role === 'user') asked.push({ question: message.content, reply: '' });
    else if (asked.length > 0) asked[asked.length - 1].reply = message.content;
  }
  return asked;
}

/**
 * A question about "the last meeting" names no date, but its reply does ("… chaired the panel meeting of 15 November
 * 2017"): a follow-up ("who else attended?") is about the meeting the reply named, when it named one day only.
 */
function asAnswered(question: MeetingFactQuestion | null, reply: string, bodies: string[]): MeetingFactQuestion | null {
  if (!question || question.from || !reply) return question;
  const days = new Set(findDateMentions(reply).map((mention) => (mention.from === mention.to ? mention.from : undefined)));
  if (days.size !== 1 || days.has(undefined)) return question;
  const named = readMeetingNamed(reply, bodies);
  return { ...question, from: named.from, to: named.to, bodies: named.bodies ?? question.bodies };
}

/** The meeting question a conversation ends with: its last message, or a short follow-up to an earlier meeting question. */
export function findMeetingFactQuestion(conversation: AskedAndAnswered[], bodies: string[]): MeetingFactQuestion | null {
  const last = conversation.at(-1)?.question ?? '';
  const direct = readMeetingFactQuestion(last, bodies);
  const previous = conversation.at(-2);
  // The question before as it was answered, down its own chain ("… in February 2018?", "who attended?", "and what was decided?").
  const answeredBefore = () => (previous ? asAnswered(findMeetingFactQuestion(conversation.slice(0, -1), bodies), previous.reply, bodies) : null);
  if (direct) {
    if (!previous) return direct;
    // Before it, a meeting question, or a topic question narrowed to one meeting ("… at the Dartford committee in February 2018?").
    return aboutTheMeetingBefore(direct, last, answeredBefore() ?? meetingOfTopicQuestion(previous.question, bodies));
  }
  const asksDecisions = ASKS_DECISIONS_ALONE.test(last);
  if (!previous || !(FOLLOW_UP.test(last) || asksDecisions) || last.split(/\s+/).length > 10) return null;
  const before = answeredBefore();
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
