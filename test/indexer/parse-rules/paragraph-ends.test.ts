// Markers read at a paragraph's end or inside it: a ModernGov "… view the full minutes text for item N" cut, a bold
// "**Agreed:**" after a sentence, and a decision ending in "that" or ":" whose parts follow. Each is found the same way
// in a paragraph of a megabyte, and in time.
import { buildParagraphs, type ParagraphOptions } from '../../../indexer/parse/paragraphs/paragraphs';

const MARKED: ParagraphOptions = { leadingSpaceMarksBullet: false, wrapWidth: null };
const LONG_TEXT = 'The Panel heard that the scheme had been extended to three more wards. '.repeat(15_000);

describe('paragraph ends', () => {
  it('cuts a truncated paragraph at its "view the full minutes text for item" marker and keeps the item number', () => {
    const item = buildParagraphs(['The Commissioner outlined the plan ... view the full minutes text for item 7.'], MARKED);
    expect(item.truncatedItemNumber).toBe('7');
    expect(item.paragraphs).toMatchObject([{ text: 'The Commissioner outlined the plan', isTruncated: true }]);
  });

  it('reads the marker in capitals too', () => {
    const item = buildParagraphs(['The Commissioner outlined the plan ... VIEW THE FULL MINUTES TEXT FOR ITEM 7'], MARKED);
    expect(item.truncatedItemNumber).toBe('7');
    expect(item.paragraphs).toMatchObject([{ text: 'The Commissioner outlined the plan', isTruncated: true }]);
  });

  it('reads only the last marker of a megabyte paragraph, and none that does not end it', () => {
    const started = performance.now();
    const marked = `Members asked … view the full minutes text for item 2 ${LONG_TEXT}… view the full minutes text for item 12`;
    const item = buildParagraphs([marked], MARKED);
    expect(item.truncatedItemNumber).toBe('12');
    expect(item.paragraphs[0].text.endsWith('three more wards.')).toBe(true);
    const unmarked = buildParagraphs([`Members asked … view the full minutes text for item 2 ${LONG_TEXT}`], MARKED);
    expect(unmarked.truncatedItemNumber).toBeNull();
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('starts a paragraph at a bold label after a full stop, but not at one inside a sentence', () => {
    const item = buildParagraphs(['The fund stood at £1,214. **Agreed:** to put £500 aside. The **Action** column was kept.'], MARKED);
    expect(item.paragraphs.map((paragraph) => paragraph.text)).toEqual(['The fund stood at £1,214.', 'Agreed: to put £500 aside. The Action column was kept.']);
    expect(item.decisions).toEqual(['Agreed: to put £500 aside. The Action column was kept.']);
  });

  it('splits a megabyte line at its bold labels in time', () => {
    const started = performance.now();
    const item = buildParagraphs([`${LONG_TEXT}**Agreed:** to extend it.`], MARKED);
    expect(item.paragraphs).toHaveLength(2);
    expect(item.decisions).toEqual(['Agreed: to extend it.']);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it.each([
    ['RESOLVED that:', true],
    ['RESOLVED THAT', true],
    ['It was RESOLVED that  ', true],
    ['RESOLVED to note the report, and to agree that', true],
    ['RESOLVED to adopt the plan of Mr Swithat', false],
    ['RESOLVED to note the report.', false],
  ])('takes the lettered parts under "%s" into the decision: %s', (decision, opensParts) => {
    const item = buildParagraphs([decision, '', '(a) the budget be set;', '', '(b) the plan be adopted.'], MARKED);
    expect(item.decisions).toHaveLength(1);
    expect(item.decisions[0].includes('(b) the plan be adopted.')).toBe(opensParts);
  });
});
