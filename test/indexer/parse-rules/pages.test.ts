// A text's pages split at its form feeds and joined again across the breaks (pages.ts).
import { joinAcrossBreaks, pagesOf, withoutLinesAt } from '../../../indexer/parse/page/pages';

describe('pages of a text with form feeds', () => {
  it('splits at each form feed, inside a line too, and a line of two form feeds holds a page of its own', () => {
    const lines = ['Minutes of the Parish Council', 'Present: Cllr Ames\fApologies: Cllr Bell', 'Item 1\fSigned\fPage 3', 'Item 2'];
    expect(pagesOf(lines)).toEqual([
      ['Minutes of the Parish Council', 'Present: Cllr Ames'],
      ['Apologies: Cllr Bell', 'Item 1'],
      ['Signed'],
      ['Page 3', 'Item 2'],
    ]);
  });

  it('gives one page for a text with no form feed', () => {
    expect(pagesOf(['Minutes', '', 'Item 1'])).toEqual([['Minutes', '', 'Item 1']]);
  });

  it('takes out the lines at the given indexes', () => {
    expect(withoutLinesAt(['Council Minutes', 'Item 1', 'The clerk reported.', 'Page 2'], new Set([3, 0]))).toEqual(['Item 1', 'The clerk reported.']);
  });

  it('joins a sentence carried over a break, leaves a blank line after a finished one, and drops blank pages', () => {
    const pages = [['The clerk reported on the', ''], ['', 'hedges.', '', ''], ['', ''], ['Item 2']];
    expect(joinAcrossBreaks(pages)).toEqual(['The clerk reported on the', 'hedges.', '', 'Item 2']);
  });
});
