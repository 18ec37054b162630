// "What happened with X?", "What was decided about X?", "When was X first raised?": answered from the topic history
// (server/topics), citing the first mention and the decisions rather than the passages nearest the question.
import type { ChatMessage, Citation, TopicHistoryResponse, TopicMeeting, TopicMoment, TopicPassage } from '../api-types';
import { describePlace, quote, quoteAt, type ComposedAnswer } from './answer';
import { formatDate, nothingFound } from './phrasing';
import type { Interpretation } from './interpret';
import { quotableSentences } from './sentences';
import { holdsHalfTheTopic } from './topic-coverage';
import { contentStems } from '../../core/text/stem';

export type HistoryQuestion = 'first-raised' | 'last-raised' | 'discussed' | 'decided' | 'happened';

const WHEN_WAS = /\bwhen\s+(?:was|were|did)\b/i;
const WHEN_ASKED = /\bwhen\s+(?:was|were|did|has|have|is|are)\b/i;
const FIRST_RAISED = /\bfirst\s+(?:raised?|discuss(?:ed)?|mention(?:ed)?|consider(?:ed)?|debated?|come\s+up|came\s+up|br(?:ought|ing)\s+up|talk(?:ed)?\s+about)\b/i;
/** "When was X discussed?", "When has X been debated?": the meetings, by date. */
/** "When was X last discussed?", "when did they last talk about X?", "the last time X came up". */
const LAST_RAISED = /\b(?:last|most\s+recently)\s+(?:raised?|discuss(?:ed)?|mention(?:ed)?|consider(?:ed)?|debated?|come\s+up|came\s+up|br(?:ought|ing)\s+up|talk(?:ed)?\s+about)\b|\bthe\s+(?:last|most\s+recent)\s+time\b/i;
const DISCUSSED = /\b(?:been\s+)?(?:discuss(?:ed)?|debated?|consider(?:ed)?|raised?|mention(?:ed)?|talk(?:ed)?\s+about|br(?:ought|ing)\s+up|c[oa]me\s+up)\b/i;
const DECIDED = /\bwhat\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:finally\s+|eventually\s+|ultimately\s+)?(?:decided|agreed|resolved)\s+(?:about|on|over|regarding|for|with)\b/i;
const HAPPENED = /\bwhat\s+(?:has\s+|had\s+)?happened\s+(?:with|to|about|over|on|regarding)\b|\b(?:the\s+)?(?:history|story|timeline)\s+of\b/i;
/** Decisions quoted in one answer, the latest last. */
const DECISIONS_QUOTED = 3;
/** Later meetings named by date; more are counted. */
const MEETINGS_NAMED = 4;
/** Meetings quoted when asked when a subject was discussed; more are counted. */
const MEETINGS_QUOTED = 5;

/** "When?", "and when was that?": a follow-up asking when the subject before it came up. */
const WHEN_ALONE = /^\s*(?:and|so|but)?\s*when(?:\s+(?:was|were|did|is)\s+(?:that|this|it|they)(?:\s+(?:happen|said|raised|discussed|agreed|decided))?)?\s*\??\s*$/i;

/** The kind of history question the message asks, or null for any other question. */
export function readHistoryQuestion(message: string): HistoryQuestion | null {
  if (WHEN_ALONE.test(message)) return 'discussed';
  if (WHEN_WAS.test(message) && FIRST_RAISED.test(message)) return 'first-raised';
  if (WHEN_ASKED.test(message) && LAST_RAISED.test(message)) return 'last-raised';
  if (WHEN_ASKED.test(message) && DISCUSSED.test(message)) return 'discussed';
  if (DECIDED.test(message)) return 'decided';
  if (HAPPENED.test(message)) return 'happened';
  return null;
}

/** The conversation with the history question's wording taken out of its last message, leaving the subject. */
export function withoutHistoryCue(messages: ChatMessage[]): ChatMessage[] {
  const last = messages.length - 1;
  const strip = (text: string) => [WHEN_ASKED, FIRST_RAISED, LAST_RAISED, DISCUSSED, DECIDED, HAPPENED].reduce((rest, cue) => rest.replace(cue, ' '), text);
  return messages.map((message, index) => (index === last ? { ...message, content: strip(message.content) } : message));
}

function holdsAllStems(text: string, wanted: Set<string>): boolean {
  const stems = contentStems(text);
  return [...wanted].every((stem) => stems.has(stem));
}

function firstSentence(text: string): string {
  return quotableSentences(text).sentences[0] ?? text;
}

/** The passage's first sentence naming the whole subject: a passage's opening may be about something else ("…thanked the organisations who, from their own budgets, …"). */
function sentenceNaming(text: string, topicStems: Set<string>): string {
  return quotableSentences(text).sentences.find((sentence) => holdsAllStems(sentence, topicStems)) ?? firstSentence(text);
}

/**
 * The history as the chat tells it: only its meetings with a passage holding half the subject's words or more. The
 * page's timeline also shows passages near the subject in meaning alone, but a story told in the chat's own words is
 * not made of them ("the PFI North Kent police station" is not a resolution on the Kent police cadets).
 */
function toldOfTheSubject(history: TopicHistoryResponse, topicStems: Set<string>): TopicHistoryResponse {
  const keeps = (entry: TopicMeeting) => [...entry.passages, ...entry.decisions].some((passage) => holdsHalfTheTopic(passage, topicStems));
  const meetings = history.meetings.filter(keeps);
  const passing = history.inPassing.meetings.filter(keeps);
  const kept = new Set([...meetings, ...passing].map((entry) => entry.meeting.id));
  const earliest = [...meetings, ...passing].filter((entry) => entry.meeting.date !== null).sort((a, b) => (a.meeting.date! < b.meeting.date! ? -1 : 1))[0];
  const keptFirst = history.firstMention && kept.has(history.firstMention.meeting.id) ? history.firstMention : null;
  const firstMention = keptFirst ?? (earliest ? { meeting: earliest.meeting, passage: earliest.passages.find((passage) => holdsHalfTheTopic(passage, topicStems)) ?? earliest.passages[0] } : null);
  const latestDecision = history.latestDecision && kept.has(history.latestDecision.meeting.id) ? history.latestDecision : null;
  return { ...history, meetings, inPassing: { count: passing.length, meetings: passing }, firstMention, latestDecision };
}

const asPhrase = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * The first mention as the passage of its meeting naming the subject as the question wrote it ("the Dartford Refuge
 * was consistently full"), when the first mention names its words apart ("a women's refuge … nearby to Dartford").
 */
function firstNamingThePhrase(history: TopicHistoryResponse, topic: string): TopicHistoryResponse {
  const first = history.firstMention;
  const phrase = asPhrase(topic);
  if (!first || !topic.includes(' ') || asPhrase(first.passage.text).includes(phrase)) return history;
  const entry = [...history.meetings, ...history.inPassing.meetings].find((candidate) => candidate.meeting.id === first.meeting.id);
  const naming = entry?.passages.find((passage) => asPhrase(passage.text).includes(phrase));
  return naming ? { ...history, firstMention: { meeting: first.meeting, passage: naming } } : history;
}

export function answerFromHistory(question: HistoryQuestion, interpretation: Interpretation, wholeHistory: TopicHistoryResponse): ComposedAnswer {
  const history = firstNamingThePhrase(toldOfTheSubject(wholeHistory, contentStems(interpretation.topic)), interpretation.topic);
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
  const topicStems = contentStems(interpretation.topic);
  const firstRaised = (moment: TopicMoment, subject: string) =>
    `${subject} was first raised ${describePlace(place(moment))}: “${quote(sentenceNaming(moment.passage.text, topicStems))}” [${cite(moment)}]`;

  const allDecisions = history.meetings.concat(history.inPassing.meetings)
    .flatMap((entry) => entry.decisions.map((passage): TopicMoment => ({ meeting: entry.meeting, passage })))
    .filter((moment, index, all) => all.findIndex((other) => other.passage.chunkId === moment.passage.chunkId) === index);
  // Decisions naming the whole subject (in their words or their item's title) come first: a later "RESOLVED to
  // note the Commissioner's responses" is near "the Commissioner's annual report" but not on it.
  const naming = allDecisions.filter(({ passage }) => holdsAllStems(`${passage.item.title} ${passage.text}`, topicStems));
  const decisions = (naming.length > 0 ? naming : allDecisions).slice(-DECISIONS_QUOTED);
  const lines: string[] = [];
  const first = history.firstMention;
  if (question === 'discussed') return { answer: meetingsDiscussing(history, interpretation, say).join(' '), citations };
  if (question === 'last-raised') return { answer: lastDiscussed(history, interpretation, say), citations };
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

/** The dated meetings that discussed the subject, oldest first: the ones that discussed it, else those that mentioned it in passing. */
function datedMeetingsDiscussing(history: TopicHistoryResponse): TopicMeeting[] {
  const discussed = history.meetings.length > 0 ? history.meetings : history.inPassing.meetings;
  return discussed.filter((entry) => entry.meeting.date !== null && entry.passages.length > 0);
}

/** The meeting's best passage naming the subject: the best in meaning may be a heading or a remark beside the point. */
function passageNaming(entry: TopicMeeting, topicStems: Set<string>): TopicPassage {
  return entry.passages.find((candidate) => holdsAllStems(candidate.text, topicStems)) ?? entry.passages[0];
}

/** "When was X last discussed?": the latest meeting that discussed it, quoted, and how many did in all. */
function lastDiscussed(history: TopicHistoryResponse, interpretation: Interpretation, say: (moment: TopicMoment, text: string) => string): string {
  const dated = datedMeetingsDiscussing(history);
  const latest = dated.at(-1);
  if (!latest) return nothingFound(interpretation);
  const topicStems = contentStems(interpretation.topic);
  const passage = passageNaming(latest, topicStems);
  const lead = `“${interpretation.topic}” was last discussed on ${formatDate(latest.meeting.date!)}. ${say({ meeting: latest.meeting, passage }, sentenceNaming(passage.text, topicStems))}`;
  return dated.length === 1 ? `${lead} (No other meeting discussed it.)` : `${lead} (${dated.length} meetings discussed it in all, the first on ${formatDate(dated[0].meeting.date!)}.)`;
}

/** "When was X discussed?": each meeting that discussed it, oldest first, with its best passage; the rest counted. */
function meetingsDiscussing(history: TopicHistoryResponse, interpretation: Interpretation, say: (moment: TopicMoment, text: string) => string): string[] {
  const dated = datedMeetingsDiscussing(history);
  if (dated.length === 0) return [nothingFound(interpretation)];
  const named = dated.map((entry) => formatDate(entry.meeting.date!));
  const lines = [`“${interpretation.topic}” was discussed at ${dated.length === 1 ? 'one meeting' : `${dated.length} meetings`}: ${named.join(', ')}.`];
  const topicStems = contentStems(interpretation.topic);
  for (const entry of dated.slice(0, MEETINGS_QUOTED)) {
    const passage = passageNaming(entry, topicStems);
    lines.push(say({ meeting: entry.meeting, passage }, sentenceNaming(passage.text, topicStems)));
  }
  if (dated.length > MEETINGS_QUOTED) lines.push(`(${dated.length - MEETINGS_QUOTED} more meetings in the topic history.)`);
  const passing = history.meetings.length > 0 ? history.inPassing.count : 0;
  if (passing > 0) lines.push(`(${passing} other meeting${passing === 1 ? '' : 's'} only mentioned it in passing.)`);
  return lines;
}
