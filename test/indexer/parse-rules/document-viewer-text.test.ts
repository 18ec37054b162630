// Minutes copied from a document viewer's text layer: every printed line ended by a literal "<br />" tag (the text run
// on as one line), and the margin's line numbers that some US commissions print, each on a line of its own. Each test
// parses a small document invented in the style of such pages, written for the test.
import { withoutLineNumbers } from '../../../indexer/parse/page/line-numbers';
import { firstMeeting, itemsOf, paragraphsOf } from '../../helpers/parse-text';

const numbered = (lines: string[]) => lines.flatMap((line, index) => [String(index + 1), line]);

describe('a line break written as its tag in text', () => {
  it('parts the lines, so that numbered headings and their paragraphs are read', () => {
    const meeting = firstMeeting(
      'Harbor Commission <br />Minutes – Tuesday, March 3, 2026 <br />1. Call to Order <br />Chair Ames opened the meeting at 6:00 p.m. <br />2. Dock Fees <br />The Commission voted 4-0 to keep the fees unchanged. <br />',
    );
    expect(itemsOf(meeting)).toEqual([
      ['1', 'Call to Order'],
      ['2', 'Dock Fees'],
    ]);
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.text)).toContain('Chair Ames opened the meeting at 6:00 p.m.');
  });
});

describe("a margin's line numbers", () => {
  const prose = ['Chair Ames called the meeting to order', 'at 6:00 p.m. in the council chambers.', 'Member Bello moved to approve the', 'minutes of February 3, 2026;', 'Member Cruz seconded.', 'Ayes: 5', 'Nays: 0', 'Motion carried.', 'Member Dale asked about the dock survey.'];

  it('are taken out where each counts the line after it', () => {
    expect(withoutLineNumbers(numbered(prose))).toEqual(prose);
  });

  it('stay where they are items numbered alone on a line, a heading and a paragraph apart', () => {
    const items = ['1', 'Apologies', 'None were received.', '2', 'Minutes', 'The minutes were approved.', '3', 'Dock fees', 'Discussed.', '4', 'Harbor survey', 'Noted.', '5', 'Moorings', 'Noted.', '6', 'Budget', 'Noted.', '7', 'Events', 'Noted.', '8', 'Close', 'Closed at 8 p.m.'];
    expect(withoutLineNumbers(items)).toBe(items);
  });

  it('stay when too few run in a row to be a margin', () => {
    const short = numbered(prose.slice(0, 4));
    expect(withoutLineNumbers(short)).toBe(short);
  });
});
