// "What was the answer?" after an answer that quoted a question asked at a meeting: in minutes of questions and
// answers the reply is recorded in the paragraphs after the question, under the same item.
import { itemIdOf } from '../../core/ids';
import type { Store } from '../../indexer/stores/store';
import type { Citation } from '../api-types';
import { meetingCitation, meetingName } from './meeting-records';
import { quotableSentences } from './sentences';
import type { ChatVocabulary } from './interpret';
import { findSpeakerMentions } from './mentions';
import { tokensAsWritten } from '../../core/text/tokens';

/** "What was the answer?", "how did the Commissioner respond?", "what did he say in reply?", "and the response?" */
export const ASKS_FOR_REPLY =
  /^\s*(?:and\s+)?(?:what\s+(?:was|were)\s+(?:the|his|her|their)\s+(?:answers?|responses?|repl(?:y|ies))\b|how\s+did\s+(?:he|she|they|the\s+[\w’'-]+|[\w’'-]+\s+[\w’'-]+)\s+(?:answer|respond|reply)\b|what\s+did\s+(?:he|she|they|the\s+[\w’'-]+)\s+say\s+in\s+(?:reply|response|answer)\b|(?:the|any)\s+(?:answer|response|reply)\s*\??\s*$)/i;

/** "Did the Commissioner agree with Fay Gooch?", "how did he respond to Brian Luker?": the person after the verb asked. */
const REPLY_VERB = String.raw`\b(?:agreed?|disagreed?|respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?|say|said)\s+(?:with|to)`;
const NAMES_A_REPLY = new RegExp(`${REPLY_VERB}\\b`, 'i');
const REPLIED_TO = new RegExp(`${REPLY_VERB}\\s*$`, 'i');

/** The speakers a question asks the reply to: a speaker named right after "agree with", "respond to", "say to"; null when none. */
export function askerOfReply(question: string, vocabulary: Pick<ChatVocabulary, 'speakers' | 'officeHolders'>): string[] | null {
  // Most questions ask no such thing: the speakers are looked for only in those that do.
  if (!NAMES_A_REPLY.test(question)) return null;
  const tokens = tokensAsWritten(question);
  const mention = findSpeakerMentions(tokens, vocabulary.speakers, vocabulary.officeHolders).find((found) => {
    const before = question.slice(0, tokens[found.first].start);
    return REPLIED_TO.test(before.replace(/\s*(?:the|a|an)\s*$/i, ' '));
  });
  return mention?.values ?? null;
}

/** Paragraphs of a reply quoted, and sentences of each: the reply's opening carries its point. */
const REPLY_PARAGRAPHS = 2;
const SENTENCES_PER_PARAGRAPH = 2;
/** The next question (its heading, or a paragraph asking), where a reply ends. */
const NEXT_QUESTION = /^\s*(?:supplementary\s+)?question\s+\d+\b|\?\s*$/i;

/**
 * The reply to the first question `previous` cited that has one (a passage asking something: "?" in it): the
 * paragraphs after it in its item, up to the next question, a decision or a paragraph of the same asker. Null when no
 * cited passage is a question followed by one.
 */
export function answerReply(previous: Citation[], store: Store): { answer: string; citations: Citation[] } | null {
  for (const asked of previous) {
    if (asked.paragraphIndex === null || !asked.text.includes('?')) continue;
    const meeting = store.getMeeting(asked.meeting.id);
    const item = meeting?.items.find((candidate) => itemIdOf(meeting, candidate) === asked.item.id);
    if (!meeting || !item) continue;
    const reply: typeof item.paragraphs = [];
    for (const paragraph of item.paragraphs.slice(asked.paragraphIndex + 1)) {
      if (reply.length === REPLY_PARAGRAPHS || paragraph.isDecision || NEXT_QUESTION.test(paragraph.text) || (asked.speaker !== null && paragraph.speaker === asked.speaker)) break;
      reply.push(paragraph);
    }
    if (reply.length === 0) continue;
    const citations = reply.map((paragraph, index) => meetingCitation(meeting, index + 1, paragraph.text, item.index, paragraph.index));
    const lines = reply.map((paragraph, index) => `${quotableSentences(paragraph.text, paragraph.isTruncated).sentences.slice(0, SENTENCES_PER_PARAGRAPH).join(' ')} [${index + 1}]`);
    const where = `${meetingName(meeting)} (item ${item.number ? `${item.number}: ` : ''}${item.title})`;
    return { answer: `The reply recorded at ${where}:\n${lines.join('\n')}`, citations: citations.map((citation, index) => ({ ...citation, speaker: reply[index].speaker })) };
  }
  return null;
}
