// A chat question judged by the words of its topic that the minutes hold (KeywordMatching.unknown: words no chunk holds).
import { judgedByKnownWords } from '../../server/conversation';
import type { Interpretation } from '../../server/chat/interpret';

const asked = (topic: string): Interpretation => ({ query: topic, topic, filters: {}, preferDecisions: false, asksForFigure: false, focus: '' });

describe('judgedByKnownWords', () => {
  it('sets aside one word no chunk holds beside two or more known ones, then asks a passage for every word left or a similarity well above the threshold', () => {
    const judged = judgedByKnownWords(asked('travellers swimming pool'), ['swimming'], 0.3);
    expect(judged.interpretation).toEqual({ ...asked('travellers swimming pool'), topic: 'travellers pool' });
    // The word set aside may be the very subject: "the Dartford summer carnival" is not what else is said of Dartford.
    expect(judged.minSimilarity).toBeCloseTo(0.545);
    expect(judgedByKnownWords(asked('Dartford summer carnival'), ['carnival'], 0.3).interpretation.topic).toBe('Dartford summer');
  });

  it('asks for a passage well above the threshold when more of the topic is unknown to the minutes', () => {
    const judged = judgedByKnownWords(asked('buy cheap football tickets Kent'), ['buy', 'cheap', 'football', 'tickets'], 0.3);
    expect(judged.interpretation.topic).toBe('buy cheap football tickets Kent');
    expect(judged.minSimilarity).toBeCloseTo(0.545);
    expect(judgedByKnownWords(asked('capital France'), ['France'], 0.3).minSimilarity).toBeCloseTo(0.545);
    expect(judgedByKnownWords(asked('best recipe police station cake'), ['recipe', 'cake'], 0.3).minSimilarity).toBeCloseTo(0.545);
  });

  it('leaves a topic the minutes know alone', () => {
    expect(judgedByKnownWords(asked('CCTV funding'), [], 0.3)).toEqual({ interpretation: asked('CCTV funding'), minSimilarity: 0.3 });
  });
});
