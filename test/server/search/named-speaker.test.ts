// A person the query names among the results' speakers puts their passages first, without leaving out the others.
import { namedSpeakerFirst } from '../../../server/search/named-speaker';

const results = [
  { id: 'answer', speaker: 'The Commissioner' },
  { id: 'question', speaker: 'Cllr Richard Palmer' },
  { id: 'unattributed', speaker: null },
  { id: 'other-councillor', speaker: 'Councillor Ann Allen MBE' },
  { id: 'second-question', speaker: 'Cllr Richard Palmer' },
];
const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);
const speakerOf = (entry: { speaker: string | null }) => entry.speaker;

describe('a person named in the query', () => {
  it('puts the passages they spoke first, by surname, with a title or a first name, each part in its own order', () => {
    const named = ['question', 'second-question', 'answer', 'unattributed', 'other-councillor'];
    expect(ids(namedSpeakerFirst(results, 'Councillor Palmer domestic abuse question', speakerOf))).toEqual(named);
    expect(ids(namedSpeakerFirst(results, 'what did Richard Palmer ask?', speakerOf))).toEqual(named);
    expect(ids(namedSpeakerFirst(results, 'Palmer', speakerOf))).toEqual(named);
  });

  it('leaves the order alone for a role, a first name shared with a speaker, or a surname written in lower case', () => {
    expect(ids(namedSpeakerFirst(results, 'what did the Commissioner say about CCTV?', speakerOf))).toEqual(ids(results));
    expect(ids(namedSpeakerFirst(results, 'Ann Barnes', speakerOf))).toEqual(ids(results));
    expect(ids(namedSpeakerFirst(results, 'palmer trees in the park', speakerOf))).toEqual(ids(results));
  });
});
