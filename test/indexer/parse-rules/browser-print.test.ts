// A web page saved as PDF by a browser: the page's title and address, printed by the browser around every sheet, stand
// for the <title> and URL the HTML reader would have taken from the page (the council a committee's page names only in
// its title, where the minutes were published).
import { parseMinutes } from '../../../indexer/parse';
import { browserPrintOf, withoutBrowserPrint } from '../../../indexer/parse/page/browser-print';

const COMMITTEE_PAGE = (header: string, footer: string) => `${header}
# Licensing Committee

  Wednesday, 4 June 2025, 10.00 am

  Present: Councillor Helen Ashby (Chair), Councillor Raj Mistry, Councillor Paul Tovey

## LIC 12 Declarations of Interest

  There were no declarations of interest.

## LIC 13 Premises Licence Review, The Anchor, Quay Street

  The Licensing Manager presented the review requested by the police after two incidents in April.

  RESOLVED: That the licence be suspended for six weeks.

${footer}
`;

const parse = (text: string, format: 'pdf' | 'text' = 'pdf') => parseMinutes({ text, format, file: 'minutes.pdf', documentId: 'd' }).meetings[0];

describe('a web page saved as PDF by a browser', () => {
  it("reads Chrome's header (time of printing, title) and footer (address, sheet number)", () => {
    const meeting = parse(
      COMMITTEE_PAGE(
        '6/4/25, 3:12 PM                          Licensing Committee - 04/06/2025 - Minutes - Kelbridge District Council',
        'https://democracy.kelbridge.gov.uk/ieListDocuments.aspx?CId=14&MId=902                              1/1',
      ),
    );
    expect(meeting.body).toBe('Kelbridge District Council Licensing Committee');
    expect(meeting.date).toBe('2025-06-04');
    expect(meeting.source.url).toBe('https://democracy.kelbridge.gov.uk/ieListDocuments.aspx?CId=14&MId=902');
  });

  it("reads Firefox's header (title, address) and footer (sheet number, time of printing)", () => {
    const meeting = parse(
      COMMITTEE_PAGE(
        'Licensing Committee - 04/06/2025 - Minutes - Kelbridge District Council        https://democracy.kelbridge.gov.uk/mgMinutes.aspx?MId=902',
        '1 of 1                                                      04/06/2025, 15:12',
      ),
    );
    expect(meeting.body).toBe('Kelbridge District Council Licensing Committee');
    expect(meeting.source.url).toBe('https://democracy.kelbridge.gov.uk/mgMinutes.aspx?MId=902');
  });

  it('takes no address from a file printed on the reader\'s own machine', () => {
    expect(browserPrintOf(['12/6/26, 2:55 AM      Cabinet - Minutes - Ashcombe Borough Council', 'file:///home/clerk/cabinet.html      1/2'])).toEqual({
      title: 'Cabinet - Minutes - Ashcombe Borough Council',
      url: null,
    });
  });

  it('reads nothing from a PDF no browser printed, nor from text that is no PDF', () => {
    const plain = COMMITTEE_PAGE('Kelbridge District Council', 'Chair ……………………   Date ……………');
    expect(browserPrintOf(plain.split('\n'))).toBeNull();
    expect(parse(plain).source.url).toBeNull();
    const copied = parse(COMMITTEE_PAGE('6/4/25, 3:12 PM          Licensing Committee - Minutes - Kelbridge District Council', 'https://democracy.kelbridge.gov.uk/x          1/1'), 'text');
    expect(copied.source.url).toBeNull();
  });
});

describe("a browser's running lines among the page's own", () => {
  it("takes the title the header repeats on every sheet, and keeps a row of the page's own in the header's shape", () => {
    const sheet = (rows: string[], number: number) => [
      '6/4/25, 3:12 PM          Meetings - Kelbridge District Council',
      ...rows,
      `https://democracy.kelbridge.gov.uk/meetings                    ${number}/2`,
    ];
    const lines = [...sheet(['12/03/2025, 10:00          Licensing Committee'], 1), ...sheet(['The next meeting is on 9 July.'], 2)];
    const print = browserPrintOf(lines)!;
    expect(print.title).toBe('Meetings - Kelbridge District Council');
    expect(withoutBrowserPrint(lines, print)).toEqual(['12/03/2025, 10:00          Licensing Committee', 'The next meeting is on 9 July.']);
  });
});
