// "How often was X discussed?": meetings counted from the passages holding the topic, first and latest cited.
import { answerHowOften, asksHowOften, withoutHowOften } from '../../server/chat/frequency';
import type { SearchResult } from '../../server/api-types';

function mention(id: string, meetingId: string, date: string | null): SearchResult {
  return {
    id,
    kind: 'paragraph',
    text: `Restorative justice was discussed (${id}).`,
    highlight: '',
    score: 1,
    ranks: { keyword: 1, semantic: null },
    similarity: null,
    meeting: { id: meetingId, body: 'Police and Crime Panel', title: 'Minutes', date, source: { file: 'm.txt', url: null } },
    item: { id: `${meetingId}-i0`, number: '1', title: 'Victims' },
    paragraph: null,
    paragraphIndex: 0,
    speaker: null,
    decision: false,
    truncated: false,
    alsoIn: [],
    alsoInTotal: 0,
  } as SearchResult;
}

const interpretation = { query: 'restorative justice', topic: 'restorative justice', filters: {}, preferDecisions: false, asksForFigure: false, focus: '' };

describe('how often a topic came up', () => {
  it('recognises the question, but leaves "how often did the panel meet" to the meeting records', () => {
    expect(asksHowOften('How often was restorative justice discussed?')).toBe(true);
    expect(asksHowOften('How many times did the panel discuss CCTV?')).toBe(true);
    expect(asksHowOften('How often did the panel meet?')).toBe(false);
    // "How many meetings" asks how often only of what they discussed; "how many meetings did it hold?" is a meeting record.
    expect(asksHowOften('how many meetings talked about drones?')).toBe(true);
    expect(asksHowOften('In how many meetings was CCTV discussed?')).toBe(true);
    expect(asksHowOften('How many meetings did the Dartford committee hold?')).toBe(false);
    expect(withoutHowOften([{ role: 'user', content: 'how many meetings talked about drones?' }])[0].content.replace(/\s+/g, ' ').trim()).toBe('drones?');
    expect(withoutHowOften([{ role: 'user', content: 'How often was restorative justice discussed?' }])[0].content.replace(/\s+/g, ' ').trim()).toBe('was restorative justice ?');
  });

  it('counts distinct meetings, leaves undated passages out and cites the first and the latest mention', () => {
    const results = [mention('a', 'm2', '2023-10-17'), mention('b', 'm1', '2017-07-20'), mention('c', 'm2', '2023-10-17'), mention('d', 'm3', null)];
    const { answer, citations } = answerHowOften(interpretation, results, 4);
    expect(answer).toBe(
      '"restorative justice" is recorded at 2 meetings in 4 passages: Police and Crime Panel on 20 July 2017; Police and Crime Panel on 17 October 2023. ' +
        'It was first raised on 20 July 2017 [1], most recently on 17 October 2023 [2].',
    );
    expect(citations.map((citation) => citation.chunkId)).toEqual(['b', 'a']);
  });

  it('says it found nothing when no dated passage holds the topic', () => {
    expect(answerHowOften(interpretation, [], 0).citations).toEqual([]);
  });
});
