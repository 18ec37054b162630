// What the parser leaves out of the minutes' text or header: an action column of owners beside the minutes, a running
// header the later pages repeat, a signature block, the date a web site put the minutes up, and the email that forwards
// them. Each test parses a small document invented in the style of real minutes, written for the test. The last tests
// give removePageFurniture (parse/furniture.ts) PDF text whose pages a form feed parts: running headers and page numbers
// go, and the pages join into one text whatever their number.
import { removePageFurniture } from '../../../indexer/parse/furniture';
import { firstMeeting, paragraphsOf, peopleOf } from '../../helpers/parse-text';

describe('an action column beside the minutes', () => {
  const minutes = (headings: string) =>
    'Wealdmoor NHS Trust\nMinutes of the Trust Board meeting held on Thursday 5 June 2025\n\n' +
    `${headings}\n\nTB25/064     Performance report\n             Mr Qadri asked when the backlog would be cleared. The Chief\n` +
    '             Executive said that a trajectory would be brought to the            PL\n             July meeting.\n                                                                        HS/RA\n\nTB25/065     Close\n             Closed.\n';

  it('leaves the owners in the action column out of the minute\'s text', () => {
    const meeting = firstMeeting(minutes('Item         Minute                                                     Action'));
    expect(meeting.body).toBe('Wealdmoor NHS Trust Board');
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Mr Qadri asked when the backlog would be cleared. The Chief Executive said that a trajectory would be brought to the July meeting.',
    ]);
  });

  it('keeps text after a gap where no action column is headed', () => {
    const meeting = firstMeeting(minutes('Item         Minute'));
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text).join(' ')).toContain('brought to the PL July meeting.');
  });
});

describe('an action column headed only "Minute No." and "Action by"', () => {
  it('takes the owner out of the lines it stands beside', () => {
    const meeting = firstMeeting(
      [
        'CASTLEMOOR COUNCIL',
        'HEALTH AND WELLBEING BOARD',
        'MINUTES of a meeting held on Thursday, 23 January 2025 at 2.00 pm.',
        '',
        'Minute No.                                                        Action by',
        '',
        '33. BETTER CARE FUND',
        '',
        '        Dr Verma said that the integrated care board would fund         Director of',
        '        twelve more step-down beds from February if the Council        Adult Social',
        '        could staff them.                                            Care',
        '',
      ].join('\n'),
    );
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.text)).toEqual([
      'Dr Verma said that the integrated care board would fund twelve more step-down beds from February if the Council could staff them.',
    ]);
  });
});

describe('a title over "Minutes of …" that the pages after the first repeat as their running header', () => {
  it("names the body: blank lines between the title's lines do not part it from the minutes line", () => {
    const page = (number: number, body: string) => `${body}\n\n     ${number}.    ITEM ${number}\n\n     Text of item ${number}.\n\n\n                         Page ${number} of 3\n`;
    const header = '                     Hollinshire Fire and Rescue Authority\n\n';
    const text = [
      page(1, '               HOLLINSHIRE FIRE AND RESCUE AUTHORITY\n\n                  AUDIT AND GOVERNANCE COMMITTEE\n\n   Minutes of the meeting held on Wednesday 26 June 2024\n\n     Present: Councillor Beverley Ainsworth (Chair)'),
      page(2, header),
      page(3, header),
    ].join('\f');
    expect(firstMeeting(text).body).toBe('Hollinshire Fire and Rescue Authority Audit and Governance Committee');
  });
});

describe('an Irish council\'s signature block', () => {
  it('drops "Cathaoirleach" beside "Meetings Administrator" under the signature lines', () => {
    const text = [
      'Minutes of the Monthly Meeting of Dunmore County Council held on Monday 7th April 2025',
      '',
      '1. CORRESPONDENCE',
      '',
      'The correspondence was noted.',
      '',
      'Signed: ____________________          Signed: ____________________',
      'Cathaoirleach                         Meetings Administrator',
    ].join('\n');
    expect(firstMeeting(text).items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['The correspondence was noted.']);
  });
});

describe('the day a site put the minutes up, printed over them', () => {
  const minutes =
    'Parish Council Minutes June 2024\n\nParish Council Meeting Minutes Uploaded on February 3, 2025\n\n' +
    'Minutes of a meeting of Lowfield Parish Council held on\nWednesday 12th June 2024 at 7.30 pm in the Reading Room.\n\n' +
    'Present: Cllr Anne Dowd (Chair), Cllr Peter Lamb and Cllr Rose Kitt.\n\nIn attendance: Mary Ives (Parish Clerk).\n\n' +
    '2024/31 Apologies\nNone.\n\n2024/32 Allotments\nThe rents for 2025 were agreed.\n';

  it('is no meeting date: the date is the one the minutes give', () => {
    expect(firstMeeting(minutes).date).toBe('2024-06-12');
  });

  it('does not end the header above the attendance', () => {
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Cllr Anne Dowd', 'Chair', 'present'],
      ['Cllr Peter Lamb', null, 'present'],
      ['Cllr Rose Kitt', null, 'present'],
      ['Mary Ives', 'Parish Clerk', 'in attendance'],
    ]);
  });

  it('is read the same when posted rather than uploaded', () => {
    expect(firstMeeting(minutes.replace('Uploaded on February 3, 2025', 'Posted on 3 February 2025')).date).toBe('2024-06-12');
  });
});

describe('a forwarded email', () => {
  it('reads the minutes a forwarded email quotes, not the earlier message header nor its date', () => {
    const meeting = firstMeeting(
      'From: A Clerk <a@example.net>\nSent: 17 April 2025 09:12\nTo: Councillors\nSubject: FW: minutes\n\nForwarding.\n\n-----Original Message-----\nFrom: B Clerk\nSent: 16 April 2025 22:47\nSubject: minutes\n\nVALE TOWN COUNCIL\nMinutes of the meeting held on Tuesday 15 April 2025.\n\n1. Apologies\nNone.\n',
    );
    expect(meeting.date).toBe('2025-04-15');
    expect(paragraphsOf(meeting).map((found) => found.text)).not.toContain('From: B Clerk');
  });
});

const WORDS = ['accounts', 'hedges', 'allotments', 'lighting', 'benches', 'verges', 'drains', 'signs', 'footpaths', 'playground'];
/** A different subject for each page, in words: digits alone would make every page's lines one running header. */
const subject = (page: number) => [1, 10, 100, 1000].map((scale) => WORDS[Math.floor(page / scale) % 10]).join(' ');

/** A page under the running header, its last sentence finished on odd pages and carried on to the next on even ones. */
function page(number: number): string {
  const end = number % 2 === 1 ? '.' : '';
  return ['Parish Council Minutes', '', `The clerk reported on the ${subject(number)} and the members`, `agreed the ${subject(number + 1)}${end}`, '', `Page ${number}`].join('\n');
}

function furnitureRemoved(pages: number): string[] {
  const text = Array.from({ length: pages }, (_, index) => page(index + 1)).join('\f');
  return removePageFurniture(text, text.split('\n'));
}

describe('page furniture of PDF text', () => {
  it('drops running headers and page numbers, and keeps a paragraph break only after a finished sentence', () => {
    expect(furnitureRemoved(3)).toEqual([
      'The clerk reported on the hedges accounts accounts accounts and the members',
      'agreed the allotments accounts accounts accounts.',
      '',
      'The clerk reported on the allotments accounts accounts accounts and the members',
      'agreed the lighting accounts accounts accounts',
      'The clerk reported on the lighting accounts accounts accounts and the members',
      'agreed the benches accounts accounts accounts.',
      // The blank line above the last page number stays: blank lines at the end of a text separate nothing.
      '',
    ]);
  });

  it('keeps a label that heads the text under it at the edge of two pages ("Decision:"), as no running header ends in a colon', () => {
    const pages = [
      ['Cabinet Minutes', '', '14. Library opening hours', 'The Cabinet Member presented the report.', '', 'Decision:'],
      ['Cabinet Minutes', '', 'That the new opening hours be approved.', '', '15. Bus shelters', 'The Director of Place reported on the repairs.', '', 'Decision:'],
      ['Cabinet Minutes', '', 'That the repairs be noted.'],
    ];
    const text = pages.map((lines) => lines.join('\n')).join('\f');
    const lines = removePageFurniture(text, text.split('\n'));
    expect(lines.filter((line) => line === 'Decision:')).toHaveLength(2);
    expect(lines).not.toContain('Cabinet Minutes');
  });

  it('joins ten thousand pages in time (each page was added to a copy of all the pages before it)', () => {
    const started = performance.now();
    const lines = furnitureRemoved(10_000);
    expect(lines).toHaveLength(25_001);
    expect(lines.filter((line) => line === 'Parish Council Minutes' || /^Page \d+$/.test(line))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('a PDF of one page (the reader marks every page break with a form feed, so there is none)', () => {
  const lines = (text: string, pagesMarked: boolean) => removePageFurniture(text, text.split('\n'), pagesMarked);
  const text = ['Amenities Committee', '', 'Present: Cllr Ash, Cllr Birch', '', 'Officers: the Clerk', '', '  7', '', 'Apologies', '', 'None were received.', '', '  8', '', 'Play Area', '', 'The swings were noted.', '', '1'].join('\n');

  it("keeps numbers alone on their lines inside the page (a printed table's item numbers, each in a cell of its own)", () => {
    expect(lines(text, true)).toEqual(text.split('\n').slice(0, -1));
  });

  it('drops them from text whose page breaks are not marked, where each could stand for one', () => {
    expect(lines(text, false)).not.toContain('  7');
  });
});
