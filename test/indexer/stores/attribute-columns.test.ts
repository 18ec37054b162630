// The columns both indexes read chunk attributes from (indexer/stores/attribute-columns.ts): facets and date keys
// for the keyword side, the filter predicate for the vector side, across growth, updates and removals.
import { AttributeColumns, type AttributeValues } from '../../../indexer/stores/attribute-columns';

function values(extra: Partial<AttributeValues>): AttributeValues {
  return { kind: 'paragraph', documentId: 'doc-1', meetingId: 'meeting-1', body: 'Cabinet', date: '2019-06-01', year: 2019, speaker: null, isDecision: false, ...extra };
}

describe('attribute columns', () => {
  it('counts facets over the keys asked for, most frequent first then by name, leaving out none and empty names', () => {
    const columns = new AttributeColumns();
    columns.set(1, values({ speaker: 'Mr Hill' }));
    columns.set(2, values({ speaker: 'Mr Hill', body: 'Police and Crime Panel', year: 2017, date: '2017-03-28' }));
    columns.set(3, values({ speaker: 'Mrs Patel', body: '' }));
    columns.set(4, values({ body: 'Audit Committee', year: null, date: null }));

    expect(columns.facets([1, 2, 3, 4, 99_999], 10)).toEqual({
      body: { 'Audit Committee': 1, Cabinet: 1, 'Police and Crime Panel': 1 },
      year: { 2019: 2, 2017: 1 },
      speaker: { 'Mr Hill': 2, 'Mrs Patel': 1 },
    });
    expect(columns.facets([1, 2, 3], 1)).toEqual({ body: { Cabinet: 1 }, year: { 2019: 2 }, speaker: { 'Mr Hill': 2 } });
  });

  it('keeps every key across growth, forgets a removed one, and gives undated keys date 0', () => {
    const columns = new AttributeColumns();
    columns.set(5, values({}));
    columns.set(5_000, values({ date: '2024-02-29' }));
    columns.set(6, values({ date: null }));
    expect([columns.dateKey(5), columns.dateKey(5_000), columns.dateKey(6), columns.dateKey(1_000_000)]).toEqual([20190601, 20240229, 0, 0]);

    columns.remove(5);
    expect(columns.dateKey(5)).toBe(0);
    expect(columns.facets([5], 10).body).toEqual({});
    expect(columns.predicate({ body: ['Cabinet'] })!(5)).toBe(false);
    expect(columns.predicate({ body: ['Cabinet'] })!(5_000)).toBe(true);
  });

  it('accepts a key only when its chunk matches every filter, and gives no predicate without filters', () => {
    const columns = new AttributeColumns();
    columns.set(1, values({ speaker: 'Mr Hill', isDecision: true }));
    columns.set(2, values({ kind: 'item', documentId: 'doc-2', meetingId: 'meeting-2', date: '2020-01-15', year: 2020 }));
    columns.set(3, values({ date: null, year: null }));
    const accepted = (filters: Parameters<AttributeColumns['predicate']>[0]) => [1, 2, 3, 4].filter((key) => columns.predicate(filters)!(key));

    expect(columns.predicate({})).toBeNull();
    expect(accepted({ speaker: ['Mr Hill'] })).toEqual([1]);
    expect(accepted({ decisionsOnly: true })).toEqual([1]);
    expect(accepted({ kind: 'item' })).toEqual([2]);
    expect(accepted({ kind: 'paragraph' })).toEqual([1, 3]);
    expect(accepted({ documentId: 'doc-2' })).toEqual([2]);
    expect(accepted({ meetingId: 'meeting-1' })).toEqual([1, 3]);
    expect(accepted({ year: [2019, 2020] })).toEqual([1, 2]);
    expect(accepted({ from: '2019-12-01' })).toEqual([2]);
    expect(accepted({ to: '2019-12-01' })).toEqual([1]);
    expect(accepted({ body: ['Nobody'] })).toEqual([]);
  });
});
