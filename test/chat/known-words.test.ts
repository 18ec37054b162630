// A chat question judged by the words of its topic that the minutes hold (KeywordMatching.unknown: words no chunk holds).
import { judgedByKnownWords } from '../../server/chat/known-words';
import type { Interpretation } from '../../server/chat/interpret';

const asked = (topic: string): Interpretation => ({ query: topic, topic, filters: {}, preferDecisions: false, asksForFigure: false, focus: '' });

describe('judgedByKnownWords', () => {
  it('sets aside one word no chunk holds beside two or more known ones, then asks a passage for every word left or a similarity well above the threshold', () => {
    const judged = judgedByKnownWords(asked('travellers swimming pool'), ['swimming'], 0.3, 'What happened with the travellers at the swimming pool?');
    expect(judged.interpretation).toEqual({ ...asked('travellers swimming pool'), topic: 'travellers pool' });
    // The word set aside may be the very subject: "the Dartford summer carnival" is not what else is said of Dartford.
    expect(judged.minSimilarity).toBeCloseTo(0.545);
    // A word unknown to the minutes that is the thing asked about keeps the topic whole.
    expect(judgedByKnownWords(asked('Dartford summer carnival'), ['carnival'], 0.3, 'When is the Dartford summer carnival?')).toEqual({ interpretation: asked('Dartford summer carnival'), minSimilarity: expect.closeTo(0.545) });
    expect(judgedByKnownWords(asked('police horses Kent'), ['horses'], 0.3, 'How many police horses does Kent have?').interpretation.topic).toBe('police horses Kent');
    // In a phrase a preposition opens, it qualifies the word before.
    expect(judgedByKnownWords(asked('motorway closures crashes'), ['crashes'], 0.3, 'Find motorway closures after crashes').interpretation.topic).toBe('motorway closures');
  });

  it('asks for a passage well above the threshold when more of the topic is unknown to the minutes', () => {
    const judged = judgedByKnownWords(asked('buy cheap football tickets Kent'), ['buy', 'cheap', 'football', 'tickets'], 0.3, 'Where can I buy cheap football tickets in Kent?');
    expect(judged.interpretation.topic).toBe('buy cheap football tickets Kent');
    expect(judged.minSimilarity).toBeCloseTo(0.545);
    expect(judgedByKnownWords(asked('capital France'), ['France'], 0.3, 'What is the capital of France?').minSimilarity).toBeCloseTo(0.545);
    expect(judgedByKnownWords(asked('best recipe police station cake'), ['recipe', 'cake'], 0.3, 'The best recipe for police station cake?').minSimilarity).toBeCloseTo(0.545);
  });

  it('leaves a topic the minutes know alone', () => {
    expect(judgedByKnownWords(asked('CCTV funding'), [], 0.3, 'CCTV funding')).toEqual({ interpretation: asked('CCTV funding'), minSimilarity: 0.3 });
  });
});
