// Documents (indexer/stores/store/documents.ts): a document and everything it produced written and removed whole,
// seqs never reused, exact copies linked across documents and re-pointed when their original goes.
import { chunkMeetings } from '../../../../indexer/chunk';
import { document, meeting, openParts, paragraph, SHARED, type StoreParts } from './fixtures';

describe('documents', () => {
  let parts: StoreParts;
  beforeEach(() => {
    parts = openParts();
  });
  afterEach(() => parts.close());

  it('gives back a stored document, its meeting and its chunks as they were written', () => {
    const minutes = meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED, { speaker: 'The Chair', isDecision: true })]);
    const { removedSeqs, chunks } = parts.put(document('a'), [minutes]);

    expect(removedSeqs).toEqual([]);
    expect(parts.documents.byId('a')).toEqual(document('a'));
    expect(parts.documents.byPath('/minutes/a.txt')?.id).toBe('a');
    expect(parts.documents.list()).toEqual([document('a')]);
    expect(parts.meetings.byId('m-a')).toEqual(minutes);
    expect(chunks.map((chunk) => chunk.kind)).toEqual(['item', 'paragraph']);
    expect(chunks[1].seq).toBeGreaterThan(chunks[0].seq);
    expect(parts.chunks.ofDocument('a')).toEqual(chunks);
  });

  it('replaces everything a document produced, never reusing a seq, and counts the removal', () => {
    const first = parts.put(document('a'), [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED)])]);
    const removalsBefore = parts.ledger.orphanScanState('keyword').removals;

    const second = parts.put(document('a', 'hash-a-2'), [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, 'Rewritten text.')])]);

    expect(new Set(second.removedSeqs)).toEqual(new Set(first.chunks.map((chunk) => chunk.seq)));
    expect(Math.min(...second.chunks.map((chunk) => chunk.seq))).toBeGreaterThan(Math.max(...first.chunks.map((chunk) => chunk.seq)));
    expect(parts.chunks.ofDocument('a').map((chunk) => chunk.text)).toEqual(['Street lighting\nRewritten text.', 'Rewritten text.']);
    expect(parts.documents.byId('a')?.contentHash).toBe('hash-a-2');
    expect(parts.ledger.orphanScanState('keyword').removals).toBe(removalsBefore + 1);
  });

  it('keeps the previous version whole, and counts no removal, when a replacement fails part-way', () => {
    const minutes = [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED)])];
    const first = parts.put(document('a'), minutes);
    const chunks = chunkMeetings(minutes);

    // The same chunk twice breaks the unique id after the old rows are gone and the new document is written.
    expect(() => parts.documents.replace(document('a', 'hash-a-2'), minutes, [...chunks, chunks[0]])).toThrow(/UNIQUE/);

    expect(parts.documents.byId('a')?.contentHash).toBe('hash-a');
    expect(parts.chunks.ofDocument('a')).toEqual(first.chunks);
    expect(parts.ledger.orphanScanState('keyword').removals).toBe(0);
  });

  it('links an exact copy in another document to its original, both ways, and re-points copies when the original goes', () => {
    const original = parts.put(document('a'), [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED)])]).chunks[1];
    const copy = parts.put(document('b'), [meeting('b', 'm-b', '2022-05-05', 'Lantern Committee', [paragraph(0, SHARED)])]).chunks[1];
    const third = parts.put(document('c'), [meeting('c', 'm-c', '2023-07-07', 'Lantern Committee', [paragraph(0, SHARED)])]).chunks[1];
    expect([copy.duplicateOf, third.duplicateOf]).toEqual([original.id, original.id]);

    expect(parts.documents.remove('a').removedSeqs.sort()).toEqual([original.seq - 1, original.seq].sort());
    expect(parts.chunks.byId(copy.id)?.duplicateOf).toBeNull();
    expect(parts.chunks.byId(third.id)?.duplicateOf).toBe(copy.id);
    expect(parts.documents.byId('a')).toBeUndefined();
  });

  it('links repeats of one text inside a document to nothing: only copies in other documents count', () => {
    const { chunks } = parts.put(document('a'), [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, 'None.'), paragraph(1, 'None.')])]);
    expect(chunks.map((chunk) => chunk.duplicateOf)).toEqual([null, null, null]);
  });

  it('removes one meeting of a document, its chunks and what the indexes must drop, keeping the others', () => {
    const meetings = [
      meeting('a', 'm-1', '2021-03-03', 'Lantern Committee', [paragraph(0, 'First meeting.')]),
      meeting('a', 'm-2', '2021-04-04', 'Lantern Committee', [paragraph(0, 'Second meeting.')]),
    ];
    const { chunks } = parts.put(document('a'), meetings);
    const ofFirst = chunks.filter((chunk) => chunk.meetingId === 'm-1');
    expect(ofFirst).toHaveLength(2);

    const removed = parts.documents.removeMeeting('m-1');

    expect(new Set(removed.removedIds)).toEqual(new Set(ofFirst.map((chunk) => chunk.id)));
    expect(new Set(removed.removedSeqs)).toEqual(new Set(ofFirst.map((chunk) => chunk.seq)));
    expect(parts.meetings.byId('m-1')).toBeUndefined();
    expect(parts.meetings.byId('m-2')?.id).toBe('m-2');
    expect(parts.chunks.ofDocument('a').every((chunk) => chunk.meetingId === 'm-2')).toBe(true);
    expect(parts.ledger.orphanScanState('vector').removals).toBe(1);
  });

  it('finds the first document by path with given bytes', () => {
    parts.put(document('b', 'same bytes'), []);
    parts.put({ ...document('a', 'same bytes'), path: '/minutes/0-first.txt' }, []);
    expect(parts.documents.byContentHash('same bytes')?.id).toBe('a');
    expect(parts.documents.byContentHash('other bytes')).toBeUndefined();
  });

  it('replaces a document found by its path when it comes back under another id', () => {
    parts.put(document('a'), [meeting('a', 'm-a', '2021-03-03', 'Lantern Committee', [paragraph(0, SHARED)])]);
    const moved = { ...document('a2'), path: '/minutes/a.txt' };
    const { removedSeqs } = parts.put(moved, []);
    expect(removedSeqs).toHaveLength(2);
    expect(parts.documents.list().map((record) => record.id)).toEqual(['a2']);
  });
});
