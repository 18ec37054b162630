// "How often was X discussed?": counted from the meetings whose minutes hold the topic's words, oldest and latest cited.
import type { ChatMessage, SearchResult } from '../api-types';
import { toCitation, type ComposedAnswer } from './answer';
import { formatDate, nothingFound } from './phrasing';
import type { Interpretation } from './interpret';

/** "How often", "how many times", and "(in) how many meetings" when what follows asks what they discussed. */
const HOW_OFTEN =
  /\b(?:(?:in|at)\s+)?how\s+(?:often|frequently|many\s+times|many\s+(?:meetings|sessions)(?=.*\b(?:discuss|talk|mention|rais|cover|consider|debat|c[ao]me\s+up)))\b/i;
const DISCUSSED = /\b(?:discuss(?:ed)?|raised?|mentioned|come\s+up|came\s+up|considered|debated|talked\s+about)\b/gi;
/** "How often did the panel meet?" is a question about meetings, answered from their records. */
const ABOUT_MEETING = /\b(?:meet|met|meeting|sit|sat)\b/i;

/** The conversation with "how often"/"how many times" and the verb of discussing taken out of its last message, leaving the topic. */
export function withoutHowOften(messages: ChatMessage[]): ChatMessage[] {
  const last = messages.length - 1;
  return messages.map((message, index) =>
    index === last ? { ...message, content: message.content.replace(HOW_OFTEN, ' ').replace(DISCUSSED, ' ') } : message,
  );
}

export function asksHowOften(question: string): boolean {
  return HOW_OFTEN.test(question) && !ABOUT_MEETING.test(question.replace(HOW_OFTEN, ''));
}

/** Meetings listed by name in the answer; the rest are counted. */
const MEETINGS_LISTED = 6;

/**
 * Counts the meetings among `results` (a keyword search for the topic, every match up to the page limit) and
 * cites the first and the latest mention. `total` is the search's count of matching passages.
 */
export function answerHowOften(interpretation: Interpretation, results: SearchResult[], total: number): ComposedAnswer {
  const dated = results.filter((result) => result.meeting.date !== null);
  if (!interpretation.topic || dated.length === 0) return { answer: nothingFound(interpretation), citations: [] };
  const byMeeting = new Map<string, SearchResult>();
  for (const result of [...dated].sort((a, b) => (a.meeting.date! < b.meeting.date! ? -1 : 1))) {
    if (!byMeeting.has(result.meeting.id)) byMeeting.set(result.meeting.id, result);
  }
  const firsts = [...byMeeting.values()];
  const first = firsts[0];
  const latest = firsts[firsts.length - 1];
  const cited = first === latest ? [first] : [first, latest];
  const citations = cited.map((result, index) => toCitation(result, index + 1));
  const meetings = firsts.length === 1 ? 'one meeting' : `${firsts.length} meetings`;
  const listed = firsts
    .slice(-MEETINGS_LISTED)
    .map((result) => `${result.meeting.body ?? 'a meeting'} on ${formatDate(result.meeting.date!)}`)
    .join('; ');
  const earlier = firsts.length > MEETINGS_LISTED ? ` (the latest ${MEETINGS_LISTED}: ${listed})` : `: ${listed}`;
  const span = first === latest ? `first and last raised on ${formatDate(first.meeting.date!)} [1]` : `first raised on ${formatDate(first.meeting.date!)} [1], most recently on ${formatDate(latest.meeting.date!)} [2]`;
  return {
    answer: `"${interpretation.topic}" is recorded at ${meetings} in ${total} passage${total === 1 ? '' : 's'}${earlier}. It was ${span}.`,
    citations,
  };
}
