// A newcomer's first words to the chat are often not about the minutes: "hello", "help", "what is this?", "thanks".
// Searched as topics they were answered with whatever paragraph held "help" or "thank", and "what is this?" after
// "thanks" carried "thank" on as the topic. They are answered with what the chat can do, and left out of the topic.
import type { ChatMessage } from '../api-types';

export type SmallTalk = 'greeting' | 'help' | 'thanks';

const CLOSING = String.raw`[\s!.?,:)]*`;
const SMALL_TALK: ReadonlyArray<{ kind: SmallTalk; pattern: RegExp }> = [
  { kind: 'greeting', pattern: new RegExp(String.raw`^(?:hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening))(?:\s+there)?${CLOSING}$`, 'i') },
  { kind: 'thanks', pattern: new RegExp(String.raw`^(?:(?:many\s+)?thanks(?:\s+(?:a\s+lot|very\s+much))?|thank\s+you(?:\s+(?:so|very)\s+much)?|cheers)${CLOSING}$`, 'i') },
  {
    kind: 'help',
    pattern: new RegExp(
      String.raw`^(?:help|\?+|what\s+is\s+this|what[’']s\s+this|what\s+(?:can|should)\s+i\s+ask|what\s+can\s+you\s+do|what\s+do\s+you\s+do|how\s+does\s+(?:this|it)\s+work|how\s+do\s+i\s+use\s+(?:this|it)|who\s+are\s+you|what\s+are\s+you)(?:\s+(?:for|please))?${CLOSING}$`,
      'i',
    ),
  },
];

/** The kind of small talk a whole message is, or null when it asks about anything else. */
export function readSmallTalk(message: string): SmallTalk | null {
  const text = message.trim().replace(/\s+/g, ' ');
  return SMALL_TALK.find(({ pattern }) => pattern.test(text))?.kind ?? null;
}

/** Generic on purpose: the server answers for whatever minutes it holds, so no example may name a subject of the samples. */
const WHAT_TO_ASK =
  'I answer questions about the minutes held here by quoting them, each quote numbered with a link to its paragraph. Ask about ' +
  'a subject ("What was decided about …?"), a person ("What did the Chair say about …?"), a meeting ("Who chaired the last ' +
  'meeting?", "What was on the agenda on …?"), how often something came up ("How often was … discussed?") or a subject\'s ' +
  'story ("When was … first raised?"). A follow-up ("and in 2023?") keeps the subject, and "tell me more" quotes passages not quoted yet.';

export function answerSmallTalk(kind: SmallTalk): string {
  if (kind === 'thanks') return 'You are welcome. Ask another question whenever you like; a follow-up keeps the subject, and "New conversation" starts afresh.';
  return kind === 'greeting' ? `Hello. ${WHAT_TO_ASK}` : WHAT_TO_ASK;
}

/** The conversation without its small talk and the answers to it, so "hello" never becomes the topic of a follow-up. */
export function withoutSmallTalk(messages: ChatMessage[]): ChatMessage[] {
  return messages.filter((message, index) => {
    if (message.role === 'user') return readSmallTalk(message.content) === null;
    const asked = messages[index - 1];
    return !(asked?.role === 'user' && readSmallTalk(asked.content) !== null);
  });
}
