// Minutes that list their agenda under the header and then number each item again as they minute it (school governors'
// and societies' minutes). Invented text.
import { firstMeeting, itemsOf } from '../../helpers/parse-text';

const HEADER = 'MINUTES OF THE FULL GOVERNING BODY OF ASHCOMBE PRIMARY SCHOOL\n\nDate: 6 March 2024\n\nAgenda:\n\n';

describe('an agenda listed before the minutes', () => {
  it('heads the items where the minutes number them again, not at the list', () => {
    const text =
      `${HEADER}1. Apologies\n2. Headteacher's report\n3. Finance\n\n` +
      '1. Apologies\n\nApologies were received and accepted from one governor.\n\n' +
      "2. Headteacher's report\n\nThe Headteacher reported that attendance had risen this term.\n\n" +
      '3. Finance\n\nThe budget for next year was discussed and will be set in May.\n';
    const meeting = firstMeeting(text);
    expect(itemsOf(meeting)).toEqual([
      ['1', 'Apologies'],
      ['2', "Headteacher's report"],
      ['3', 'Finance'],
    ]);
    expect(meeting.items[2].paragraphs.map((paragraph) => paragraph.text)).toEqual(['The budget for next year was discussed and will be set in May.']);
  });

  it('keeps headings run close together that the minutes never number again', () => {
    const text = `${HEADER}1. Apologies\n2. Headteacher's report\n3. Finance\n\nThe meeting was quorate and all items were noted without discussion.\n`;
    expect(itemsOf(firstMeeting(text)).map(([number]) => number)).toEqual(['1', '2', '3']);
  });
});

