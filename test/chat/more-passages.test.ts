// "Tell me more": the question before, answered again from passages not quoted yet.
import type { ChatMessage, ChatResponse, Citation } from '../../server/api-types';
import { answerMore, asksForMore, type AskExcluding } from '../../server/chat/more-passages';

const citation = (chunkId: string, n: number) => ({ n, chunkId, text: `passage ${chunkId}` }) as unknown as Citation;

/** Answers from passages p1…p5 in rank order, two at a time, leaving out those excluded; records each ask. */
function rankedAnswers(): AskExcluding & { asked: { messages: ChatMessage[]; excluding: string[] }[] } {
  const asked: { messages: ChatMessage[]; excluding: string[] }[] = [];
  const ask = async (messages: ChatMessage[], excluding: ReadonlySet<string>): Promise<ChatResponse> => {
    asked.push({ messages, excluding: [...excluding] });
    const left = ['p1', 'p2', 'p3', 'p4', 'p5'].filter((id) => !excluding.has(id)).slice(0, 2);
    const citations = left.map((id, index) => citation(id, index + 1));
    return { answer: left.map((id) => `Quote of ${id}.`).join(' '), citations, results: [], interpreted: { query: 'CCTV', filters: {}, preferDecisions: false }, degraded: null };
  };
  return Object.assign(ask, { asked });
}

const user = (content: string): ChatMessage => ({ role: 'user', content });
const assistant = (content: string): ChatMessage => ({ role: 'assistant', content });

describe('asksForMore', () => {
  it.each(['tell me more', 'Tell me more.', 'What else?', 'go on', 'ok, more please', 'anything else?', 'can you tell me more?', 'more on that'])('reads "%s" as asking for more', (message) => {
    expect(asksForMore(message)).toBe(true);
  });

  it.each(['more about the precept?', 'what else was said about CCTV?', 'tell me more about drones', 'Who else attended?'])('reads "%s" as a question of its own', (message) => {
    expect(asksForMore(message)).toBe(false);
  });
});

describe('answerMore', () => {
  it('answers the question before from the passages not quoted yet, each "more" in a row leaving out all quoted before', async () => {
    const ask = rankedAnswers();
    const once = await answerMore([user('What was said about CCTV?'), assistant('Quote of p1. Quote of p2.'), user('tell me more')], ask);
    expect(once?.answer).toBe('More from the minutes: Quote of p3. Quote of p4.');
    expect(ask.asked.map((call) => call.excluding)).toEqual([[], ['p1', 'p2']]);
    expect(ask.asked[0].messages).toEqual([user('What was said about CCTV?')]);

    const twice = await answerMore([user('What was said about CCTV?'), assistant('…'), user('tell me more'), assistant('…'), user('what else?')], rankedAnswers());
    expect(twice?.citations.map((cited) => cited.chunkId)).toEqual(['p5']);
  });

  it('says all has been quoted when nothing new is left, or the answer cites what it cited before', async () => {
    const exhausted = await answerMore([user('What was said about CCTV?'), assistant('…'), user('more'), assistant('…'), user('more'), assistant('…'), user('more')], rankedAnswers());
    expect(exhausted).toMatchObject({ answer: 'That is all I found on “CCTV”: the passages quoted before are all the minutes hold on it.', citations: [] });
    const sameRecord: AskExcluding = async () => ({ answer: 'Mr Hill chaired it [1].', citations: [citation('record', 1)], results: [], interpreted: { query: '', filters: {}, preferDecisions: false }, degraded: null });
    expect((await answerMore([user('Who chaired the last meeting?'), assistant('…'), user('go on')], sameRecord))?.answer).toMatch(/^That is all I found on that/);
  });

  it('leaves alone a conversation that does not end asking for more, or has no question before it', async () => {
    expect(await answerMore([user('What was said about CCTV?')], rankedAnswers())).toBeNull();
    expect(await answerMore([user('tell me more')], rankedAnswers())).toBeNull();
  });
});
