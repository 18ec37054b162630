// A document site's text of a PDF: "Transcription" over the first page, its number run into the first line. Wrapped, that
// line is no item numbered 1; run onto one line with the rest, it is left for the rules that read such texts. Invented text.
import { firstMeeting, itemsOf } from '../../helpers/parse-text';

const SITE = 'MARLEY FEN DRAINAGE BOARD\n\nStart display at page:\n\nTranscription\n\n';

describe("a document site's first page number", () => {
  it('reads the wrapped first line as the header, not as item 1', () => {
    const text =
      `${SITE}1 MARLEY FEN DRAINAGE BOARD Minutes of a Meeting of the Board held\nat Fenby Village Hall on Tuesday, 4th March 2025, at 10.00 a.m.\n\n` +
      '1. APOLOGIES Apologies for absence were received from Mr J Hale.\n\n2. DECLARATIONS OF INTEREST There were none.\n';
    const meeting = firstMeeting(text);
    expect(meeting.date).toBe('2025-03-04');
    expect(itemsOf(meeting)).toEqual([
      ['1', 'APOLOGIES'],
      ['2', 'DECLARATIONS OF INTEREST'],
    ]);
  });
});
