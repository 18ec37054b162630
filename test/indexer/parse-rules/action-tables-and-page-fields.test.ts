// A table of actions under the minutes is read as actions, not items, and Word's page-number field in a header or footer
// is page furniture, in every bar style Word prints it.
import { withActionTableRowsAsLines } from '../../../indexer/parse/page/action-table-rows';
import { isWordPageField } from '../../../indexer/parse/page/word-page-field';

describe('tables of actions', () => {
  it('sets each row out as one line under its column headings and drops the heading row', () => {
    const lines = ['Action items\tPerson responsible\tDeadline', '', 'Order the new banner\tClerk\t1 May', '', 'Chase the insurer\tTreasurer\t'];
    expect(withActionTableRowsAsLines(lines)).toEqual(['', '', 'Order the new banner (Person responsible: Clerk; Deadline: 1 May)', '', 'Chase the insurer (Person responsible: Treasurer)']);
  });

  it("reads a Markdown table's rows between their bars, its rule under the heading row dropped", () => {
    const lines = ['| Task | Who | When |', '|------|-----|------|', '| Mow the green | Ali | Friday |'];
    expect(withActionTableRowsAsLines(lines)).toEqual(['', '', 'Mow the green (Who: Ali; When: Friday)']);
  });

  it('stops at the first line that is not a row of cells', () => {
    const lines = ['Item    Owner    Due', 'Hall booking    Tom    July', 'The meeting closed at 9 pm.'];
    expect(withActionTableRowsAsLines(lines)).toEqual(['', 'Hall booking (Owner: Tom; Due: July)', 'The meeting closed at 9 pm.']);
  });

  it.each([
    ['a table of people', ['Name\tRole', 'Ann Lee\tChair']],
    ['an item and minute table with no owner column', ['Item\tMinute', '1\tApologies were received.']],
    ['a sentence', ['Action items were reviewed and two were closed.']],
    ['a heading row with no row of cells under it', ['ACTION ITEMS    PERSON RESPONSIBLE    DEADLINE', 'Book the hall – Clerk – May']],
  ])('leaves %s alone', (_case, lines) => {
    expect(withActionTableRowsAsLines(lines)).toBe(lines);
  });
});

describe("Word's page-number field", () => {
  it.each(['439 | P a g e', '2 | Page', 'Page | 3', 'P a g e | 12', 'Page No. 440 |', '      57 | P a g e'])('reads "%s" as a page number', (line) => {
    expect(isWordPageField(line)).toBe(true);
  });

  it.each(['12 | Planning applications', 'Page 3 of the report was amended', '439 Pages Road'])('reads "%s" as text', (line) => {
    expect(isWordPageField(line)).toBe(false);
  });
});
