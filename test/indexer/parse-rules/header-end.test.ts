// Where a meeting's header ends: at the line giving the meeting's date, never at an agenda's words over an item's
// minutes that give an earlier meeting's date. Each test parses a small document invented in the style of real minutes.
import { firstMeeting, itemsOf, paragraphsOf } from '../../helpers/parse-text';

describe("an earlier meeting's date under the items above it", () => {
  it('keeps the items and their text above "To receive Minutes of the Meeting held …" when no header date comes first', () => {
    const text = [
      'Declarations of Interest',
      '',
      'No declarations were made by members of the Panel.',
      '',
      'Minutes of Previous Meeting',
      '',
      'To receive Minutes of the Meeting held 14 March 2024',
      '',
      'Resolved that the Minutes of the Meeting held on 14 March 2024 be accepted as an accurate record.',
      '',
      'Annual Report of the Commissioner',
      '',
      'The Commissioner presented his annual report for the year.',
      '',
    ].join('\n');
    const meeting = firstMeeting(text);
    expect(itemsOf(meeting).map(([, title]) => title)).toEqual(['Declarations of Interest', 'Minutes of Previous Meeting', 'Annual Report of the Commissioner']);
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.text)).toContain('No declarations were made by members of the Panel.');
    expect(meeting.date).toBeNull();
  });

  it("still names the body from the item confirming its own earlier minutes where the header names none", () => {
    const text = [
      'Apologies for Absence',
      '',
      'Apologies for absence were received from Councillor Petra Lowe.',
      '',
      'To confirm as a correct record the minutes of the Fire Authority meeting held on 12 June 2024.',
      '',
      'That the minutes of the Fire Authority meeting held on 12 June 2024 be approved as a correct record.',
      '',
      'Station Refurbishment Programme',
      '',
      'The Chief Fire Officer reported on the programme.',
      '',
    ].join('\n');
    const meeting = firstMeeting(text);
    expect(meeting.body).toBe('Fire Authority');
    expect(itemsOf(meeting)[0]).toEqual([null, 'Apologies for Absence']);
  });
});
