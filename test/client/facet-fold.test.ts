// The speaker list shows its first few names by count and folds the rest behind "show all": a ticked name stays in view.
import { facetEntries, foldedEntries } from '../../client/src/filters';

const counts = { 'The Commissioner': 80, 'A Member': 10, 'The Chair': 6, 'Don Sloan': 1, 'The Vice-Chair': 1 };
const names = (entries: { value: string }[]) => entries.map((entry) => entry.value);

describe('foldedEntries', () => {
  it('lists the first by count and folds the rest', () => {
    const { shown, folded } = foldedEntries(facetEntries(counts, []), [], 3);
    expect(names(shown)).toEqual(['The Commissioner', 'A Member', 'The Chair']);
    expect(names(folded)).toEqual(['Don Sloan', 'The Vice-Chair']);
  });

  it('keeps a ticked name in view wherever its count puts it, in count order, and folds only the others', () => {
    const { shown, folded } = foldedEntries(facetEntries(counts, ['The Vice-Chair']), ['The Vice-Chair'], 3);
    expect(names(shown)).toEqual(['The Commissioner', 'A Member', 'The Chair', 'The Vice-Chair']);
    expect(names(folded)).toEqual(['Don Sloan']);
  });

  it('keeps a ticked name the search no longer finds (count 0) in view, so it can be unticked', () => {
    const { shown, folded } = foldedEntries(facetEntries(counts, ['Nobody Named']), ['Nobody Named'], 3);
    expect(names(shown)).toContain('Nobody Named');
    expect(names(folded)).not.toContain('Nobody Named');
  });

  it('folds nothing when every name fits', () => {
    expect(foldedEntries(facetEntries(counts, []), [], 8).folded).toEqual([]);
  });
});
