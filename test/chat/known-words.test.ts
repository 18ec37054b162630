// A chat question judged by the words of its topic that the minutes hold (KeywordMatching.unknown: words no chunk holds).
import { judgedByKnownWords, nearerThanKnownWords } from '../../server/chat/known-words';
import type { Interpretation } from '../../server/chat/interpret';
import { PANEL, passage } from './passages';

const asked = (topic: string): Interpretation => ({ query: topic, topic, filters: {}, preferDecisions: false, asksForFigure: false, focus: '' });

describe('judgedByKnownWords', () => {
  it('sets aside one word no chunk holds beside two or more known ones, then asks a passage for every word left or a similarity well above the threshold', () => {
    const judged = judgedByKnownWords(asked('travellers swimming pool'), ['swimming'], 0.3, 'What happened with the travellers at the swimming pool?');
    expect(judged.interpretation).toEqual({ ...asked('travellers swimming pool'), topic: 'travellers pool' });
    // The word set aside may be the very subject: "the Dartford summer carnival" is not what else is said of Dartford.
    expect(judged.minSimilarity).toBeCloseTo(0.545);
    // A word unknown to the minutes that is the thing asked about keeps the topic whole.
    expect(judgedByKnownWords(asked('Dartford summer carnival'), ['carnival'], 0.3, 'When is the Dartford summer carnival?')).toEqual({
      interpretation: asked('Dartford summer carnival'),
      minSimilarity: expect.closeTo(0.545),
      knownWords: 'Dartford summer',
    });
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

  it('names the known words a passage must be nearer the question than, when the unknown word ends a compound of the topic or is what is counted', () => {
    expect(judgedByKnownWords(asked('police dogs Kent'), ['dogs'], 0.3, 'How many police dogs does Kent have?').knownWords).toBe('police Kent');
    expect(judgedByKnownWords(asked('horses Kent Police'), ['horses'], 0.3, 'How many horses does Kent Police have?').knownWords).toBe('Kent Police');
    // A framing word the minutes never use, apart from the topic's other words, is not the thing asked about.
    expect(judgedByKnownWords(asked('hear street triage'), ['hear'], 0.3, 'What did the panel hear about street triage?').knownWords).toBeUndefined();
  });

  it('keeps only the passages nearer the question than its known words alone', () => {
    const onKentPolice = passage({ file: 'kent-medway-pcp-2023-10-17-minutes.txt', containing: 'track police officers', meetingId: 'm1', date: '2023-10-17', itemId: 'i1', itemTitle: 'Contacting Kent Police', body: PANEL, similarity: 0.6 });
    const onTheThing = { ...onKentPolice, id: 'other', similarity: 0.58 };
    const unlisted = { ...onKentPolice, id: 'unlisted', similarity: 0.56 };
    const kept = nearerThanKnownWords([onKentPolice, onTheThing, unlisted], new Map([[onKentPolice.id, 0.66], [onTheThing.id, 0.4]]));
    expect(kept.map((result) => result.id)).toEqual(['other', 'unlisted']);
  });

  it('leaves a topic the minutes know alone', () => {
    expect(judgedByKnownWords(asked('CCTV funding'), [], 0.3, 'CCTV funding')).toEqual({ interpretation: asked('CCTV funding'), minSimilarity: 0.3 });
  });
});
