// The store's reads (chunk-reads.ts, meeting-reads.ts): chunks by key in the order asked for, copies of a passage,
// the attribute rows vector filters load, meeting listings, names and counts.
import { MAX_COPIES_LISTED } from '../../../../indexer/stores/store';
import { document, meeting, openParts, paragraph, SHARED, type StoreParts } from './fixtures';

describe('chunk reads', () => {
  let parts: StoreParts;
  beforeEach(() => {
    parts = openParts();
  });
  afterEach(() => parts.close());

  it('reads many chunks in the order asked for, leaving out unknown keys', () => {
    const { chunks } = parts.put(document('a'), [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED)])]);
    const [item, text] = chunks;
    expect(parts.chunks.byIds([text.id, 'missing', item.id]).map((chunk) => chunk.id)).toEqual([text.id, item.id]);
    expect(parts.chunks.bySeqs([text.seq, 999_999, item.seq]).map((chunk) => chunk.seq)).toEqual([text.seq, item.seq]);
    expect(parts.chunks.facetsBySeqs([text.seq])).toEqual([{ seq: text.seq, id: text.id, body: 'Lantern Committee', year: 2021, speaker: null }]);
    expect(parts.chunks.byId(text.id)).toEqual(text);
    expect(parts.chunks.byId('no-such-chunk')).toBeUndefined();
    expect(parts.chunks.allSeqs()).toEqual([item.seq, text.seq]);
    expect(parts.chunks.allIds()).toEqual([item.id, text.id]);
  });

  it("reads the decision paragraphs of the items asked for, in minuted order, and nothing of other items", () => {
    const decided = [
      paragraph(0, 'Members asked when the new lamps would be fitted.'),
      paragraph(1, 'RESOLVED that the lamp replacement be approved.', { isDecision: true }),
      paragraph(2, 'The clerk will tell the contractor.'),
      paragraph(3, 'RESOLVED that the cost be met from reserves.', { isDecision: true }),
    ];
    const asked = parts.put(document('a'), [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', decided)]).chunks;
    parts.put(document('b'), [meeting('b', 'm-b', '2022-05-05', 'Lantern Committee', [paragraph(0, 'RESOLVED that the minutes be signed.', { isDecision: true })])]);

    const decisions = parts.chunks.decisionsOfItems([asked[0].itemId, 'no-such-item']);
    expect(decisions.map((chunk) => chunk.text)).toEqual(['RESOLVED that the lamp replacement be approved.', 'RESOLVED that the cost be met from reserves.']);
    expect(parts.chunks.decisionsOfItems([])).toEqual([]);
  });

  it('gives each chunk the exact copies of its passage in other documents, both ways, in indexing order', () => {
    const original = parts.put(document('a'), [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED)])]).chunks[1];
    const copy = parts.put(document('b'), [meeting('b', 'm-b', '2022-05-05', 'Lantern Committee', [paragraph(0, SHARED)])]).chunks[1];
    const third = parts.put(document('c'), [meeting('c', 'm-c', '2023-07-07', 'Lantern Committee', [paragraph(0, SHARED)])]).chunks[1];
    const alone = parts.put(document('d'), [meeting('d', 'm-d', '2023-08-08', 'Lantern Committee', [paragraph(0, 'Nothing like it.')])]).chunks[1];

    const copies = parts.chunks.copiesOf([original, copy, alone]);
    expect(copies.get(original.id)?.listed.map((entry) => entry.id)).toEqual([copy.id, third.id]);
    expect(copies.get(copy.id)?.listed.map((entry) => entry.id)).toEqual([original.id, third.id]);
    expect(copies.get(copy.id)?.listed[0]).toEqual({ id: original.id, meetingId: 'm-a', body: 'Lantern Committee', date: '2021-03-03', meetingTitle: 'Minutes of m-a' });
    expect(copies.get(copy.id)?.total).toBe(2);
    expect(copies.get(alone.id)).toEqual({ listed: [], total: 0 });
  });

  it('lists the first copies of a passage copied many times, and counts them all', () => {
    const stored = Array.from({ length: MAX_COPIES_LISTED + 5 }, (_, index) => {
      const name = `copy-${index}`;
      return parts.put(document(name), [meeting(name, `m-${name}`, '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED)])]).chunks[1];
    });
    const copies = parts.chunks.copiesOf([stored[0], stored[3]]);
    expect(copies.get(stored[0].id)).toEqual({ listed: expect.any(Array), total: MAX_COPIES_LISTED + 4 });
    expect(copies.get(stored[0].id)?.listed.map((entry) => entry.id)).toEqual(stored.slice(1, MAX_COPIES_LISTED + 1).map((chunk) => chunk.id));
    // A copy lists the original first, then the others but itself.
    expect(copies.get(stored[3].id)?.listed.map((entry) => entry.id)).toEqual(stored.filter((_, index) => index !== 3).slice(0, MAX_COPIES_LISTED).map((chunk) => chunk.id));
    expect(copies.get(stored[3].id)?.total).toBe(MAX_COPIES_LISTED + 4);
  });

  it('yields the filterable attributes of the chunks stored after a seq, in seq order', () => {
    const minutes = meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED, { speaker: 'The Chair', isDecision: true })]);
    const [item, text] = parts.put(document('a'), [minutes]).chunks;
    expect([...parts.chunks.attributes()].map((row) => row.seq)).toEqual([item.seq, text.seq]);
    expect([...parts.chunks.attributes(item.seq)]).toEqual([
      { seq: text.seq, kind: 'paragraph', documentId: 'a', meetingId: 'm-a', body: 'Lantern Committee', date: '2021-03-03', year: 2021, speaker: 'The Chair', isDecision: true },
    ]);
  });
});

describe('meeting reads', () => {
  let parts: StoreParts;
  beforeEach(() => {
    parts = openParts();
    parts.put(document('a'), [
      meeting('a', 'm-2017', '2017-03-28', 'Police and Crime Panel', [paragraph(0, 'One.'), paragraph(1, 'Two.')]),
      meeting('a', 'm-2023', '2023-10-17', 'Police and Crime Panel', [paragraph(0, 'Three.')]),
    ]);
    parts.put(document('b'), [meeting('b', 'm-undated', null, 'Parish Council', [paragraph(0, 'Four.', { speaker: 'The Clerk' })])]);
  });
  afterEach(() => parts.close());
  const ids = (filters: Partial<Parameters<StoreParts['meetings']['list']>[0]>) =>
    parts.meetings.list({ limit: 10, offset: 0, ...filters }).meetings.map((summary) => summary.id);

  it('lists meetings newest first, undated last, with item and paragraph counts, paged', () => {
    const all = parts.meetings.list({ limit: 2, offset: 0 });
    expect(all.total).toBe(3);
    expect(all.meetings.map((summary) => summary.id)).toEqual(['m-2023', 'm-2017']);
    expect(all.meetings[1]).toMatchObject({ documentId: 'a', itemCount: 1, paragraphCount: 2, source: { file: 'a.txt', format: 'text', url: null } });
    expect(ids({ offset: 2 })).toEqual(['m-undated']);
  });

  it('filters the listing by body, year, date range and document, counting only what matches', () => {
    expect(ids({ body: ['Parish Council'] })).toEqual(['m-undated']);
    expect(ids({ year: [2017] })).toEqual(['m-2017']);
    expect(ids({ from: '2018-01-01', to: '2023-12-31' })).toEqual(['m-2023']);
    expect(ids({ documentId: 'b' })).toEqual(['m-undated']);
    expect(parts.meetings.list({ body: ['Police and Crime Panel'], limit: 1, offset: 0 }).total).toBe(2);
  });

  it('names the distinct bodies, speakers and attendees with a role, and counts everything held', () => {
    expect(parts.meetings.vocabulary()).toEqual({
      bodies: ['Parish Council', 'Police and Crime Panel'],
      speakers: ['The Clerk'],
      officeHolders: [{ name: 'Cllr Jane Holt', role: 'Chair' }],
    });
    expect(parts.meetings.stats()).toEqual({ documents: 2, meetings: 3, items: 3, paragraphs: 4, chunks: 7 });
  });

  it('says what the minutes cover: bodies by meetings held, and the first and last meeting dates', () => {
    expect(parts.meetings.coverage()).toEqual({
      bodies: [
        { name: 'Police and Crime Panel', meetings: 2 },
        { name: 'Parish Council', meetings: 1 },
      ],
      firstDate: '2017-03-28',
      lastDate: '2023-10-17',
    });
  });
});
