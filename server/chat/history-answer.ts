// "What happened with X?", "What was decided about X?", "When was X first raised?": answered from the topic history
// (server/topics), citing the first mention and the decisions rather than the passages nearest the question.
import type { ChatMessage, Citation, TopicHistoryResponse, TopicMoment } from '../api-types';
import { describePlace, formatDate, nothingFound, quote, quoteAt, type ComposedAnswer } from './answer';
import type { Interpretation } from './interpret';
import { quotableSentences } from './sentences';

export type HistoryQuestion = 'first-raised' | 'decided' | 'happened';

const WHEN_WAS = /\bwhen\s+(?:was|were|did)\b/i;
const FIRST_RAISED = /\bfirst\s+(?:raised|discussed|mentioned|considered|debated|come\s+up|came\s+up|brought\s+up|talked\s+about)\b/i;
const DECIDED = /\bwhat\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:finally\s+|eventually\s+|ultimately\s+)?(?:decided|agreed|resolved)\s+(?:about|on|over|regarding|for|with)\b/i;
const HAPPENED = /\bwhat\s+(?:has\s+|had\s+)?happened\s+(?:with|to|about|over|on|regarding)\b|\b(?:the\s+)?(?:history|story|timeline)\s+of\b/i;
/** Decisions quoted in one answer, the latest last. */
const DECISIONS_QUOTED = 3;
/** Later meetings named by date; more are counted. */
const MEETINGS_NAMED = 4;

/** The kind of history question the message asks, or null for any other question. */
export function readHistoryQuestion(message: string): HistoryQuestion | null {
  if (WHEN_WAS.test(message) && FIRST_RAISED.test(message)) return 'first-raised';
  if (DECIDED.test(message)) return 'decided';
  if (HAPPENED.test(message)) return 'happened';
  return null;
}

/** The conversation with the history question's wording taken out of its last message, leaving the subject. */
export function withoutHistoryCue(messages: ChatMessage[]): ChatMessage[] {
  const last = messages.length - 1;
  const strip = (text: string) => [WHEN_WAS, FIRST_RAISED, DECIDED, HAPPENED].reduce((rest, cue) => rest.replace(cue, ' '), text);
  return messages.map((message, index) => (index === last ? { ...message, content: strip(message.content) } : message));
}

function firstSentence(text: string): string {
  return quotableSentences(text).sentences[0] ?? text;
}

export function answerFromHistory(question: HistoryQuestion, interpretation: Interpretation, history: TopicHistoryResponse): ComposedAnswer {
  const meetings = [...history.meetings, ...history.inPassing.meetings];
  if (!history.firstMention && meetings.length === 0) return { answer: nothingFound(interpretation), citations: [] };
  const citations: Citation[] = [];
  const cite = (moment: TopicMoment): number => {
    const known = citations.find((citation) => citation.chunkId === moment.passage.chunkId);
    if (known) return known.n;
    const { passage, meeting } = moment;
    citations.push({ n: citations.length + 1, chunkId: passage.chunkId, meeting, item: passage.item, paragraph: passage.paragraph, paragraphIndex: passage.paragraphIndex, speaker: passage.speaker, text: passage.text });
    return citations.length;
  };
  const place = (moment: TopicMoment) => ({ meeting: moment.meeting, item: moment.passage.item });
  const say = (moment: TopicMoment, text = firstSentence(moment.passage.text)) => `${quoteAt(place(moment), text)} [${cite(moment)}]`;
  const firstRaised = (moment: TopicMoment, subject: string) =>
    `${subject} was first raised ${describePlace(place(moment))}: “${quote(firstSentence(moment.passage.text))}” [${cite(moment)}]`;

  const decisions = history.meetings.concat(history.inPassing.meetings)
    .flatMap((entry) => entry.decisions.map((passage): TopicMoment => ({ meeting: entry.meeting, passage })))
    .filter((moment, index, all) => all.findIndex((other) => other.passage.chunkId === moment.passage.chunkId) === index)
    .slice(-DECISIONS_QUOTED);
  const lines: string[] = [];
  const first = history.firstMention;
  if (question !== 'decided' && first) lines.push(firstRaised(first, `“${interpretation.topic}”`));
  if (question !== 'first-raised' || !first) {
    const later = history.meetings.filter((entry) => entry.meeting.date && entry.meeting.id !== first?.meeting.id);
    if (question === 'happened' && later.length > 0) {
      const named = later.slice(-MEETINGS_NAMED).map((entry) => formatDate(entry.meeting.date!)).join(', ');
      lines.push(`It was discussed at ${later.length === 1 ? 'one later meeting' : `${later.length} later meetings`}${later.length > MEETINGS_NAMED ? ` (the latest on ${named})` : ` (${named})`}.`);
    }
    const subject = lines.length === 0 ? `“${interpretation.topic}”` : 'it';
    if (decisions.length > 0) {
      lines.push(decisions.length === 1 ? `The decision recorded on ${subject}:` : `The decisions recorded on ${subject}, the latest last:`);
      for (const decision of decisions) lines.push(say(decision, decision.passage.text));
    } else {
      lines.push(`I found no recorded decision on ${subject}.`);
      if (question === 'decided' && first) lines.push(firstRaised(first, 'It'));
    }
  } else if (history.latestDecision) {
    lines.push(`The latest decision on it: ${say(history.latestDecision, history.latestDecision.passage.text)}`);
  }
  if (history.inPassing.count > 0) lines.push(`(${history.inPassing.count} other meeting${history.inPassing.count === 1 ? '' : 's'} only mentioned it in passing.)`);
  return { answer: lines.join(' '), citations };
}
