// Other readings of a question nothing could be cited for. A body named in it may be its subject rather than where
// something was said: "Who represents Dartford on the Police and Crime Panel?" is answered by the Dartford committee's
// minutes, which the Panel's own do not hold. A year may be the subject's ("precept 2018" is the 2018/19 precept, set
// at a meeting whose minutes print no date), not the meeting's.
import { contentStems } from '../../core/text/stem';
import { isFramingWord } from '../../core/text/stop-words';
import { tokensAsWritten } from '../../core/text/tokens';
import type { SearchFilters } from '../../core/search-types';
import type { ChatMessage, ChatResponse } from '../api-types';
import { findDateMentions, withoutDateMentions } from './dates';
import { findBodyMentions } from './mentions';
import { holdsTopicWords } from './topic-coverage';

/**
 * The conversation with the body its last question names quoted as a phrase of the topic (a quoted phrase is never
 * read as a filter), and that name as written; null when the last question names no body.
 */
export function withBodyAsSubject(messages: ChatMessage[], bodies: string[]): { messages: ChatMessage[]; named: string } | null {
  const last = messages.at(-1);
  if (!last || last.role !== 'user') return null;
  const tokens = tokensAsWritten(last.content);
  const mention = findBodyMentions(tokens, bodies, () => true).find((found) => found.strong);
  if (!mention) return null;
  const start = tokens[mention.first].start;
  const end = tokens[mention.last].end;
  const named = last.content.slice(start, end);
  const content = `${last.content.slice(0, start)}"${named}"${last.content.slice(end)}`;
  return { messages: [...messages.slice(0, -1), { role: 'user', content }], named };
}

/**
 * The conversation with the dates its last question names taken out, and those dates as written (their cue word
 * aside); null when it names none, or names nothing else ("and in 2023?" asks about that year and no other).
 */
export function withoutNamedDates(messages: ChatMessage[]): { messages: ChatMessage[]; named: string } | null {
  const last = messages.at(-1);
  if (!last || last.role !== 'user') return null;
  const mentions = findDateMentions(last.content);
  if (mentions.length === 0) return null;
  const content = withoutDateMentions(last.content, mentions);
  if (!tokensAsWritten(content).some((token) => !isFramingWord(token.lower, true))) return null;
  const named = mentions.map((mention) => last.content.slice(mention.start, mention.end).trim().replace(/^(?:in|on|during|from|of|since)\s+/i, '')).join(', ');
  return { messages: [...messages.slice(0, -1), { role: 'user', content }], named };
}

/**
 * The answer to another reading of a question that cited nothing, or null: its body as part of the subject (when a
 * passage holds the rest of the topic too: the body's name alone is in half the minutes), else without the dates it
 * names. Only what the question named: a body or period the page's filters chose is where the user wants answers from.
 */
export async function answerReread(
  messages: ChatMessage[],
  answered: ChatResponse,
  pageFilters: SearchFilters,
  context: { bodies: string[]; ask: (messages: ChatMessage[]) => Promise<ChatResponse> },
): Promise<ChatResponse | null> {
  const { body, year, from, to } = answered.interpreted.filters;
  const bodyAsSubject = body && !pageFilters.body ? withBodyAsSubject(messages, context.bodies) : null;
  if (body && bodyAsSubject) {
    const retried = await context.ask(bodyAsSubject.messages);
    const topicStems = contentStems(answered.interpreted.query);
    const cited = new Set(retried.citations.map((citation) => citation.chunkId));
    if (retried.results.some((result) => cited.has(result.id) && holdsTopicWords(result, topicStems))) {
      return { ...retried, answer: `Nothing said at the ${body.join(' or ')} itself answers this; reading “${bodyAsSubject.named}” as part of the subject. ${retried.answer}` };
    }
  }
  const namedPeriod = (year || from || to) && !(pageFilters.year || pageFilters.from || pageFilters.to);
  const undated = namedPeriod ? withoutNamedDates(messages) : null;
  if (!undated) return null;
  const retried = await context.ask(undated.messages);
  return retried.citations.length > 0 ? { ...retried, answer: `Nothing from ${undated.named} answers this; from the minutes of any date: ${retried.answer}` } : null;
}
