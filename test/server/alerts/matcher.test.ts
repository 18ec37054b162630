// Which saved searches a batch of new paragraphs answers, and why: every word (stem-insensitively), "phrases" in a
// row, no -word, the search's filters, only paragraphs newer than the subscription, and meaning near enough.
import { indexBatch, matchBatch, matchSearch, MAX_MEANING_MATCHES, type BatchParagraph, type SavedSearch } from '../../../server/alerts/matcher';

function paragraph(seq: number, text: string, fields: Partial<BatchParagraph> = {}): BatchParagraph {
  return {
    seq,
    id: `chunk-${seq}`,
    kind: 'paragraph',
    text,
    speaker: null,
    body: 'Weald Roads Panel',
    date: '2026-05-12',
    year: 2026,
    meetingId: 'meeting-1',
    documentId: 'document-1',
    isDecision: false,
    vector: null,
    ...fields,
  };
}

function search(q: string, fields: Partial<SavedSearch> = {}): SavedSearch {
  return { id: 1, q, mode: 'hybrid', filters: {}, sinceSeq: 0, vector: null, ...fields };
}

/** Unit vectors in two dimensions at the given angle's cosine with (1, 0). */
function vectorAt(cosine: number): Float32Array {
  return new Float32Array([cosine, Math.sqrt(1 - cosine * cosine)]);
}

const BATCH = indexBatch([
  paragraph(1, 'Cllr Dunmore asked when the speed cameras near the school would be switched on.'),
  paragraph(2, 'The panel discussed the speed limit and new cameras for the bypass.'),
  paragraph(3, 'Average speed camera enforcement was agreed for the A28.', { isDecision: true, body: 'Highways Board' }),
  paragraph(4, 'Members noted the report on taxi fares.', { date: '2025-01-10', year: 2025 }),
]);

const matchedSeqs = (q: string, fields: Partial<SavedSearch> = {}) => matchSearch(BATCH, search(q, fields), 0.6).map((match) => BATCH.paragraphs[match.paragraph].seq);

describe('keyword matches', () => {
  it.each([
    ['every word, stem-insensitively', 'speed cameras', [1, 2, 3]],
    ['a phrase only in a row', '"speed limit"', [2]],
    ['a phrase across a plural', '"speed camera"', [1, 3]],
    ['no paragraph holding a -word', 'speed cameras -school', [2, 3]],
    ['stop words count for nothing beside other words', 'the speed of cameras', [1, 2, 3]],
    ['not a paragraph holding only some words', 'speed cameras taxi', []],
  ])('match %s', (_case, q, seqs) => {
    expect(matchedSeqs(q)).toEqual(seqs);
  });

  it('say which words matched', () => {
    expect(matchSearch(BATCH, search('Speed cameras'), 0.6)[0].reason).toEqual({ kind: 'words', words: ['speed', 'cameras'] });
  });

  it.each([
    ['body', { body: ['Highways Board'] }, [3]],
    ['decisions only', { decisionsOnly: true }, [3]],
    ['dates', { from: '2026-01-01', to: '2026-12-31' }, [1, 2, 3]],
    ['a year with no such paragraph', { year: [2024] }, []],
  ])('keep to the search’s filters: %s', (_case, filters, seqs) => {
    expect(matchedSeqs('speed', { filters })).toEqual(seqs);
  });

  it('are only of paragraphs stored after the subscription', () => {
    expect(matchedSeqs('speed cameras', { sinceSeq: 2 })).toEqual([3]);
  });

  it('with no words, follow every new paragraph under the filters', () => {
    expect(matchedSeqs('', { filters: { year: [2025] } })).toEqual([4]);
  });
});

describe('matches on meaning', () => {
  const batch = indexBatch([
    paragraph(1, 'Drivers ignored the limit outside the school.', { vector: vectorAt(0.9) }),
    paragraph(2, 'Members noted the report on taxi fares.', { vector: vectorAt(0.2) }),
    paragraph(3, 'Enforcement near the school was agreed, but not by cameras.', { vector: vectorAt(0.95) }),
  ]);
  const query = { vector: new Float32Array([1, 0]) };

  it('hold paragraphs near enough in meaning, with their similarity', () => {
    const matches = matchSearch(batch, search('speeding', query), 0.6);
    expect(matches.map((match) => [batch.paragraphs[match.paragraph].seq, match.reason.kind])).toEqual([
      [1, 'meaning'],
      [3, 'meaning'],
    ]);
    expect(matches[0].reason).toEqual({ kind: 'meaning', similarity: expect.closeTo(0.9, 5) });
  });

  it('are bound by the query’s -words', () => {
    expect(matchSearch(batch, search('speeding -cameras', query), 0.6).map((match) => match.paragraph)).toEqual([0]);
  });

  it('are left out in keyword mode, and words are not enough in semantic mode', () => {
    expect(matchSearch(batch, search('speeding', { ...query, mode: 'keyword' }), 0.6)).toEqual([]);
    expect(matchSearch(batch, search('taxi fares', { ...query, mode: 'semantic' }), 0.6)).toHaveLength(2);
    expect(matchSearch(batch, search('taxi fares', { ...query, mode: 'semantic' }), 0.6).every((match) => match.reason.kind === 'meaning')).toBe(true);
  });
});

it('matches many searches against one index of the batch', () => {
  const searches = [search('speed cameras', { id: 7 }), search('taxi', { id: 8 }), search('potholes', { id: 9 })];
  expect(matchBatch(BATCH, searches, 0.6).map((match) => [match.searchId, BATCH.paragraphs[match.paragraph].seq])).toEqual([
    [7, 1],
    [7, 2],
    [7, 3],
    [8, 4],
  ]);
});

it(`takes at most ${MAX_MEANING_MATCHES} matches on meaning from one batch, the nearest`, () => {
  const near = Array.from({ length: 80 }, (_, index) => paragraph(index + 1, `Paragraph ${index}.`, { vector: vectorAt(0.7 + index * 0.003) }));
  const matches = matchSearch(indexBatch(near), search('speeding', { vector: new Float32Array([1, 0]) }), 0.6);
  expect(matches).toHaveLength(MAX_MEANING_MATCHES);
  expect(Math.min(...matches.map((match) => match.paragraph))).toBe(80 - MAX_MEANING_MATCHES);
});
