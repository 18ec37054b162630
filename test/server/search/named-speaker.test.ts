// A person the query names among the results' speakers puts their passages first, without leaving out the others.
import { namedSpeakerFirst } from '../../../server/search/named-speaker';

// Passage id → who spoke it, in the order the search ranked them.
const spoken: Record<string, string | null> = {
  answer: 'The Commissioner',
  question: 'Cllr Richard Palmer',
  unattributed: null,
  'other-councillor': 'Councillor Ann Allen MBE',
  'second-question': 'Cllr Richard Palmer',
};
const results = Object.keys(spoken);
const speakerOf = (id: string) => spoken[id];

describe('a person named in the query', () => {
  it('puts the passages they spoke first, by surname, with a title or a first name, each part in its own order', () => {
    const named = ['question', 'second-question', 'answer', 'unattributed', 'other-councillor'];
    expect(namedSpeakerFirst(results, 'Councillor Palmer domestic abuse question', speakerOf)).toEqual(named);
    expect(namedSpeakerFirst(results, 'what did Richard Palmer ask?', speakerOf)).toEqual(named);
    expect(namedSpeakerFirst(results, 'Palmer', speakerOf)).toEqual(named);
  });

  it('leaves the order alone for a role, a first name shared with a speaker, or a surname written in lower case', () => {
    expect(namedSpeakerFirst(results, 'what did the Commissioner say about CCTV?', speakerOf)).toEqual(results);
    expect(namedSpeakerFirst(results, 'Ann Barnes', speakerOf)).toEqual(results);
    expect(namedSpeakerFirst(results, 'palmer trees in the park', speakerOf)).toEqual(results);
  });
});
