// A body named in a question may be its subject rather than where something was said: "Who represents Dartford on
// the Police and Crime Panel?" is answered by the Dartford committee's minutes, which the Panel's own do not hold.
import { tokensAsWritten } from '../../core/text/tokens';
import type { ChatMessage } from '../api-types';
import { findBodyMentions } from './mentions';

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
