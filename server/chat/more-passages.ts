// "Tell me more", "what else?", "go on": the question before, answered again from passages not quoted yet. Asked
// again, the question would quote the same passages; each "more" in a row leaves out every passage quoted before it.
import type { ChatMessage, ChatResponse } from '../api-types';

const ASKS_FOR_MORE =
  /^\s*(?:(?:and|ok(?:ay)?|so|please|can\s+you|could\s+you)[\s,]+)?(?:tell\s+me\s+more|say\s+more|show\s+(?:me\s+)?more|more(?:\s+(?:on|about)\s+(?:that|this|it))?|go\s+on|anything\s+else|what\s+else|continue|keep\s+going)(?:[\s,]+please)?\s*[?.!]*\s*$/i;

export function asksForMore(message: string): boolean {
  return ASKS_FOR_MORE.test(message);
}

/** The conversation before a run of "more" requests ending it, and how many there are; null when it ends with none. */
function beforeRequestsForMore(messages: ChatMessage[]): { earlier: ChatMessage[]; times: number } | null {
  let end = messages.length;
  let times = 0;
  while (end > 0 && messages[end - 1].role === 'user' && asksForMore(messages[end - 1].content)) {
    times += 1;
    end -= 1;
    while (end > 0 && messages[end - 1].role === 'assistant') end -= 1;
  }
  const earlier = messages.slice(0, end);
  return times > 0 && earlier.some((message) => message.role === 'user') ? { earlier, times } : null;
}

/** Answers the conversation leaving out the passages with these ids. */
export type AskExcluding = (messages: ChatMessage[], excluding: ReadonlySet<string>) => Promise<ChatResponse>;

/**
 * The answer to a conversation ending in "tell me more": its question answered from passages not quoted before, or,
 * when none is left, saying so. Null when the conversation does not end by asking for more.
 */
export async function answerMore(messages: ChatMessage[], ask: AskExcluding): Promise<ChatResponse | null> {
  const run = beforeRequestsForMore(messages);
  if (!run) return null;
  const quoted = new Set<string>();
  let answer = await ask(run.earlier, quoted);
  if (answer.citations.length === 0) return answer;
  for (let time = 0; time < run.times; time += 1) {
    for (const citation of answer.citations) quoted.add(citation.chunkId);
    answer = await ask(run.earlier, new Set(quoted));
    // A meeting's record or a subject's story is told whole the first time: asked again, it cites the same passages.
    if (answer.citations.every((citation) => quoted.has(citation.chunkId))) {
      const subject = answer.interpreted.query ? `“${answer.interpreted.query}”` : 'that';
      return { ...answer, answer: `That is all I found on ${subject}: the passages quoted before are all the minutes hold on it.`, citations: [], results: [] };
    }
  }
  return { ...answer, answer: `More from the minutes: ${answer.answer}` };
}
