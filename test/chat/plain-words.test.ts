// Everyday words read in the minutes' own: "extra" officers are minuted as "additional", "cops" as "police officers".
import { answerInMinutesWords, inMinutesWords } from '../../server/chat/plain-words';
import { toCitation } from '../../server/chat/answer';
import type { ChatMessage, ChatResponse, SearchResult } from '../../server/api-types';
import { cadetJoining, cadetUnits, cctvDeterrent } from './passages';

const answerCiting = (query: string, passages: SearchResult[]): ChatResponse => ({
  answer: passages.map((result) => result.text).join(' '),
  citations: passages.map((result, index) => toCitation(result, index + 1)),
  results: passages,
  interpreted: { query, filters: {}, preferDecisions: false },
  degraded: null,
});

describe('inMinutesWords', () => {
  it('rewrites everyday words and phrases as the minutes write them, case and spacing as typed aside', () => {
    expect(inMinutesWords('How many Extra cops will the precept pay  for?')).toEqual({
      question: 'How many additional police officers will the precept fund?',
      from: ['Extra', 'cops', 'pay  for'],
      to: ['additional', 'police officers', 'fund'],
    });
  });

  it('reads officers quitting as the minutes write it, leaving', () => {
    expect(inMinutesWords('what is being done to stop officers quitting the force')).toMatchObject({ question: 'what is being done to stop officers leaving the force', from: ['quitting'], to: ['leaving'] });
  });

  it('leaves words inside other words and questions in the minutes’ words alone', () => {
    expect(inMinutesWords('What did the extraordinary meeting decide about jailbreaks?')).toBeNull();
    expect(inMinutesWords('What was said about additional officers?')).toBeNull();
    expect(inMinutesWords('What did the Panel say about escape routes?')).toBeNull();
  });
});

describe('answerInMinutesWords', () => {
  const asked: ChatMessage[] = [{ role: 'user', content: 'How many cadet groups will the kids join?' }];

  it('answers in the minutes’ words, saying so, when what that cites holds more of the topic', async () => {
    const typed = answerCiting('cadet groups kids join', [cctvDeterrent]);
    const ask = jest.fn(async () => answerCiting('cadet groups children join', [cadetUnits, cadetJoining]));
    const reworded = await answerInMinutesWords(asked, typed, ask);
    expect(ask).toHaveBeenCalledWith([{ role: 'user', content: 'How many cadet groups will the children join?' }]);
    expect(reworded?.answer).toMatch(/^Reading "kids" as "children", the minutes' words\. /);
    expect(reworded?.citations.map((citation) => citation.chunkId)).toEqual([cadetUnits.id, cadetJoining.id]);
  });

  it('answers in the minutes’ words when that cites as much of the topic and holds the minutes’ word, which the typed answer does not hold', async () => {
    const typed = answerCiting('cadet groups kids join', [cadetJoining]);
    const ask = async () => answerCiting('cadet groups children join', [cadetJoining, { ...cctvDeterrent, text: `${cctvDeterrent.text} Children were asked too.` }]);
    expect((await answerInMinutesWords(asked, typed, ask))?.answer).toMatch(/^Reading "kids" as "children"/);
    expect(await answerInMinutesWords(asked, answerCiting('cadet groups kids join', [{ ...cadetJoining, text: `${cadetJoining.text} The kids enjoyed it.` }]), ask)).toBeNull();
  });

  it('keeps the answer as typed when the rewording cites no more of the topic, or nothing', async () => {
    const typed = answerCiting('cadet groups kids join', [cadetJoining]);
    expect(await answerInMinutesWords(asked, typed, async () => answerCiting('cadet groups children join', [cctvDeterrent]))).toBeNull();
    expect(await answerInMinutesWords(asked, answerCiting('cadet groups kids join', []), async () => answerCiting('cadet groups children join', []))).toBeNull();
  });
});
