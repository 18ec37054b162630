// What the parser leaves out of the minutes' text or header: an action column of owners beside the minutes, a running
// header the later pages repeat, a signature block, a document viewer's or sharing site's lead, the date a web site put the minutes up, the email that forwards
// them, an agenda pack's stamps and the covering letter of a supplementary pack. Each test parses a small document invented in the style of real minutes, written for the test. The last tests
// give removePageFurniture (parse/page/furniture.ts) PDF text whose pages a form feed parts: running headers and page numbers
// go, and the pages join into one text whatever their number.
import { removePageFurniture } from '../../../indexer/parse/page/furniture';
import { parseMinutes } from '../../../indexer/parse';
import { firstMeeting, paragraphsOf, parseText, peopleOf } from '../../helpers/parse-text';

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

describe('the words over a signature, with its blank', () => {
  it('drops "Confirmed as a true record of decisions taken : ………" and keeps "Agreed as a true record." as a decision', () => {
    const text =
      'Minutes of the meeting of the Kell Executive held on 4 March 2025.\n\nPresent: Mr A Brown (Chairman), Mr C Dent.\n\n1. Minutes\n\n' +
      'Confirmed as a true record of decisions taken : ……………………………………...\n\nSigned as a correct record ……………\n\nAgreed as a true record.\n';
    const item = firstMeeting(text).items[0];
    expect([item.paragraphs.map((paragraph) => paragraph.text), item.decisions]).toEqual([['Agreed as a true record.'], ['Agreed as a true record.']]);
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

  it('is read the same when a blog stamps it with its author, and keeps the attendance under it', () => {
    const posted = firstMeeting(
      'Minutes – June 2024\n\nPosted on 3 February 2025 by Clerk\n\nLOWFIELD PARISH COUNCIL\nMinutes of the meeting held on Wednesday 12th June 2024 at 7.30 pm in the Reading Room\n\n' +
        'Present: Cllr Anne Dowd (Chair), Cllr Peter Lamb, Cllr Rose Kitt\nIn attendance: Mary Ives (Parish Clerk)\n\n1. Apologies\nNone.\n\n2. Allotments\nThe rents for 2025 were agreed.\n',
    );
    expect(posted.date).toBe('2024-06-12');
    expect(peopleOf(posted).map(([name]) => name)).toEqual(['Cllr Anne Dowd', 'Cllr Peter Lamb', 'Cllr Rose Kitt', 'Mary Ives']);
  });
});

describe("a draft's notice dated for its approval, between the title and the body", () => {
  it('leaves the header to go on to the sentence saying when the meeting was held, and the attendance under it', () => {
    const meeting = firstMeeting(
      'Minutes – June 2024\n\nDraft, to be approved on 10 July 2024\n\nLOWFIELD PARISH COUNCIL\nMinutes of the meeting held on Wednesday 12th June 2024 at 7.30 pm in the Reading Room\n\n' +
        'Present: Cllr Anne Dowd (Chair), Cllr Peter Lamb\nIn attendance: Mary Ives (Parish Clerk)\n\n1. Apologies\nNone.\n\n2. Allotments\nThe rents for 2025 were agreed.\n',
    );
    expect(meeting.date).toBe('2024-06-12');
    expect(peopleOf(meeting).map(([name]) => name)).toEqual(['Cllr Anne Dowd', 'Cllr Peter Lamb', 'Mary Ives']);
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

  it("keeps a motion's outcome alone on its line at the edge of two pages (\"**Carried**\"), as no running footer is one", () => {
    const pages = [
      ['Committee of the Whole', '', '6.1 Gravel roads', 'Moved by Councillor Sinclair, seconded by Councillor Petrov,', 'That a second application of dust suppressant be made.', '', '**Carried**'],
      ['Committee of the Whole', '', '7. Adjournment', 'Moved by Councillor Petrov, seconded by Councillor Sinclair,', 'That the meeting adjourn at 11:48 a.m.', '', '**Carried**'],
    ];
    const text = pages.map((lines) => lines.join('\n')).join('\f');
    const lines = removePageFurniture(text, text.split('\n'));
    expect(lines.filter((line) => line === '**Carried**')).toHaveLength(2);
    expect(lines).not.toContain('Committee of the Whole');
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

describe('a supplementary pack whose covering letter brings the minutes', () => {
  it('reads the minutes under the pack\'s stamp, not the letter above them', () => {
    const text = [
      'Public Document Pack',
      'Please ask for: Ann Tremayne',
      'Date: 2 May 2023',
      'Dear Councillor',
      'LICENSING COMMITTEE - WEDNESDAY, 3RD MAY, 2023',
      'I now enclose the minutes of the previous meeting, which were not ready when the agenda was printed.',
      'Ann Tremayne',
      'Democratic Services Officer',
      'This page is intentionally left blank',
      'Agenda Item 4',
      '1',
      'LICENSING COMMITTEE',
      'Wednesday, 19 April 2023',
      'Present: Councillor Keast (Chairman)',
      'Councillors Angove, Hocking and Nance',
      'APOLOGIES',
      'LIC12/22',
      'There were no apologies.',
      'DECLARATIONS OF INTEREST',
      'LIC13/22',
      'There were no declarations of interest.',
      'SITE VISITS',
      'LIC14/22',
      'Members had visited the premises earlier in the day.',
    ].join('\n');
    const [meeting] = parseText(text).meetings;
    expect([meeting.body, meeting.date]).toEqual(['Licensing Committee', '2023-04-19']);
    expect(meeting.attendees.map((attendee) => attendee.name)).toContain('Councillor Keast');
    expect(meeting.items.map((entry) => entry.title)).toEqual(['APOLOGIES', 'DECLARATIONS OF INTEREST', 'SITE VISITS']);
  });
});

describe("an agenda pack's stamp above the minutes", () => {
  const minutes = (stamp: string) =>
    firstMeeting(`${stamp}\nNORTH FENWICK DISTRICT COUNCIL\n\nLICENSING AND REGULATORY COMMITTEE\n\nMINUTES of a meeting held at the Council Offices, Fenwick on Tuesday,\n10 December 2024 at 10.00 am.\n\nLR.31   APOLOGIES FOR ABSENCE\n        Apologies were received from Councillor M. Young.\n\nLR.32   FARES\n        The Licensing Manager presented the report.\n`);

  it.each([
    ['set to the right', '                                                   Agenda Item 4'],
    ['at the margin', 'Agenda Item 4'],
    ["broken in its box, as a PDF's text gives it", '                      Agenda Item\n4'],
    ['broken into three lines', '                      Agenda\n                      Item\n                      4'],
  ])(
    "reads 'Agenda Item 4' (%s) as no item, and the header under it as the meeting's",
    (_, stamp) => {
      const meeting = minutes(stamp);
      expect([meeting.body, meeting.date]).toEqual(['North Fenwick District Council Licensing and Regulatory Committee', '2024-12-10']);
      expect(meeting.items.map((item) => item.number)).toEqual(['LR.31', 'LR.32']);
    },
  );

  it("keeps 'Item 1' as an item where no minutes' header follows it", () => {
    const meeting = firstMeeting('Item 1\nApologies\n\nNone were received.\n\nItem 2\nFinance\n\nThe accounts were noted.\n');
    expect(meeting.items.map((item) => item.number)).toEqual(['1', '2']);
  });
});

describe('page stamps', () => {
  it("drops a pack's 'Agenda Item N' stamp above the minutes' heading, keeping the body", () => {
    const page = (stamp: number, body: string, date: string, item: string) =>
      `Agenda Item ${stamp}\n${body}\nMinutes of a meeting of the ${body} held on ${date}.\nPresent: Cllr Ann Pike (Chair), Cllr Ben Rowe\n1. ${item}\nThe report was noted.\nPage ${stamp}`;
    const text = `${page(3, 'Kestrel Harbour Board', 'Wednesday, 15 January 2025', 'Harbour Master\u2019s Report')}\n\f${page(4, 'Kestrel Audit Panel', 'Wednesday, 29 January 2025', 'Internal Audit Report')}\n`;
    const meetings = parseMinutes({ text, format: 'pdf', file: 'pack.pdf', documentId: 'pack' }).meetings;
    expect(meetings.map((meeting) => [meeting.body, meeting.date, meeting.items.map((item) => item.title)])).toEqual([
      ['Kestrel Harbour Board', '2025-01-15', ['Harbour Master\u2019s Report']],
      ['Kestrel Audit Panel', '2025-01-29', ['Internal Audit Report']],
    ]);
  });
});

describe('a document viewer\'s lead above the minutes\' text', () => {
  it('is no part of the body\'s name', () => {
    const minutes =
      'Loading...\nHomeMy WebLinkAboutFinComMinutes_03.09.05 FINANCE COMMITTEE MINUTES\nMARCH 9, 2005\n' +
      'ATTENDANCE: The following members were present: Ann Lowell, Chairman, Ben Carver, Vice Chairman, Cal Hayes.\n' +
      'CALL TO ORDER: Ann called the meeting to order at 7:00pm.\nOLD BUSINESS: The committee reviewed the warrant articles and voted to support them.\n' +
      'NEW BUSINESS: Ben presented the draft budget for the year, which was discussed at length.\nADJOURNMENT: The meeting was adjourned at 9:05pm.\n';
    const meeting = parseText(minutes).meetings[0];
    expect([meeting.body, meeting.date]).toEqual(['Finance Committee', '2005-03-09']);
  });

  it('is no part of the minutes where the file name has several words, whether the text runs into it or starts below it', () => {
    const runOn =
      'Loading...\nHomeMy WebLinkAboutCity Council Minutes 04-14-2009Adopted Minutes Regular Council Meeting April 14, 2009 Mayor Orrin called a Regular Meeting of the Fennick City Council to order at 7:00 p.m. ' +
      'COUNCIL PRESENT: Mayor Orrin, Councilmembers Hale and Voss. The Council heard from residents about the street lights on Elm Avenue.\n';
    expect(parseText(runOn).meetings[0].body).toBe('Fennick City Council');
    const below =
      'HomeMy WebLinkAboutCity Council - 04/07/2009\nAPPROVED MINUTES\nFENNICK CITY COUNCIL\nTUESDAY, APRIL 7, 2009 7:00 PM, CITY CENTER\nCouncil Chamber\n4100 Elm Road\n' +
      'CITY COUNCIL: Mayor Ann Orrin, Councilmembers Ray Hale, Pat Voss,\nLee Dunn, and Kim Shaw\nCITY STAFF: City Manager Dale Ames, Parks Director Bo Lund,\n' +
      'Public Works Director Al Fenn, City Attorney Jo Park and Council Recorder\nJan Teller\n' +
      'I. ROLL CALL / CALL THE MEETING TO ORDER\nMayor Orrin called the meeting to order at 7:00 p.m. Councilmember Voss was\nabsent.\nII. PLEDGE OF ALLEGIANCE\nIII. APPROVAL OF AGENDA\nThe agenda was approved.\n';
    const meeting = parseText(below).meetings[0];
    expect([meeting.body, meeting.date]).toEqual(['Fennick City Council', '2009-04-07']);
    expect(peopleOf(meeting).slice(0, 2)).toEqual([
      ['Mayor Ann Orrin', null, 'present'],
      ['Councilmember Ray Hale', null, 'present'],
    ]);
  });

  it('keeps the text before a name run together far into it ("DeMarco"), where the file name ends with no run-on', () => {
    const minutes =
      'Loading...\nHomeMy WebLinkAboutCity Council Minutes 09-08-2025~~~ ~Vr!~ CITY OF CEDAR HOLLOW, COLORADO 410 WEST ASPEN AVENUE September 8, 2025 ' +
      'Mayor Quill called the Regular City Council Meeting to order at 7:00 p.m. Also present: City Clerk, Nell Ferris; City Treasurer, Victor DeMarco. ' +
      'APPROVAL OF Minutes of the Council Meeting of August 25, 2025 There being no objections, the minutes were approved as published.\n';
    const meeting = parseText(minutes).meetings[0];
    expect(meeting.date).toBe('2025-09-08');
    expect(peopleOf(meeting)).toEqual([
      ['Nell Ferris', 'City Clerk', 'in attendance'],
      ['Victor DeMarco', 'City Treasurer', 'in attendance'],
    ]);
  });

  it("is a sharing site's snippet and page count, whose date is not the meeting's", () => {
    const minutes =
      'MINUTES OF A MEETING OF ASHBECK TOWN COUNCIL HELD ON …€¦ · Friday 3rd May 2019 owing to the...\n\n9\n' +
      'Ashbeck Town Council 14 March 2019 Page 1 MINUTES OF A MEETING OF ASHBECK TOWN COUNCIL HELD ON THURSDAY 14 th MARCH 2019 AT 7PM IN THE GUILDHALL ' +
      'PRESENT: Cllr A Lowe (Mayor) Cllr B Nash Cllr C Pryce APOLOGIES: Cllr D Quinn\n\n1. DECLARATIONS OF INTEREST\nNone were declared.\n';
    const meeting = parseText(minutes).meetings[0];
    expect([meeting.body, meeting.date]).toEqual(['Ashbeck Town Council', '2019-03-14']);
  });

  it("is a sharing site's box (uploader, views, category, downloads) over the transcript, which no item takes in", () => {
    const minutes =
      'minutes of ordinary council meeting - tarrawong shire\n\n12\nTarrawong Shire Council Ordinary Meeting 4 May 2016 1. OPENING The President opened the meeting at 5.30 pm and welcomed the gallery. ' +
      '2. APOLOGIES Cr Lyle, who was travelling for the regional roads group. 3. CONFIRMATION OF MINUTES The minutes of the ordinary meeting held on 6 April 2016 were confirmed as a true record, ' +
      'with the spelling of a road in item 9 corrected. 4. BUSINESS ARISING The works manager reported on the culvert at the creek crossing, which had been replaced before the rains.\n\n' +
      'Upload: others\n\nPost on 11-Mar-2021\n\n7 views\n\nCategory:\n\nDocuments\n\n\n0 download\n\nTRANSCRIPT\n\n' +
      '1. OPENING\nThe President opened the meeting at 5.30 pm.\n\n2. APOLOGIES\nCr Lyle.\n\n3. CONFIRMATION OF MINUTES\nThe minutes of 6 April 2016 were confirmed.\n';
    const meeting = parseText(minutes).meetings[0];
    const text = meeting.items.flatMap((item) => [item.title, ...item.paragraphs.map((paragraph) => paragraph.text)]).join('\n');
    expect(text).not.toMatch(/Upload|download|TRANSCRIPT|views|Category/);
  });

  it("is another sharing site's box, its counts under bullets, over the preview of the pages", () => {
    const minutes =
      '18\n\nOrdinary Council Meeting Minutes 4 May 2016\n\n  • Upload\n    others\n\n  • View\n    0\n\n  • Download\n    0\n\nEmbed Size (px)\n\nCitation preview\n\n' +
      'Tarrawong Shire Council\nOrdinary Council Meeting Minutes 4 May 2016\n\n1. OPENING\nThe President opened the meeting at 5.30 pm.\n\n2. APOLOGIES\nCr Lyle.\n\n3. CONFIRMATION OF MINUTES\nThe minutes of 6 April 2016 were confirmed.\n';
    const meeting = parseText(minutes).meetings[0];
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'OPENING'],
      ['2', 'APOLOGIES'],
      ['3', 'CONFIRMATION OF MINUTES'],
    ]);
  });
});

describe('a word in spaced letters, a sharing site advert slot and a meeting page link', () => {
  it('closes up "S e d e r u n t :" into the label it prints', () => {
    const text = `KILBRAE COUNCIL\nMINUTE OF MEETING OF KILBRAE COUNCIL, 2 October 2024\n\nS e d e r u n t :\n\nCouncillors Morag Lennie, Fiona Baird and Ewan Dalgleish.\n\n1. Apologies\nNone.\n\n2. Minutes\nApproved.\n`;
    expect(peopleOf(firstMeeting(text)).map(([name]) => name)).toEqual(['Councillor Morag Lennie', 'Councillor Fiona Baird', 'Councillor Ewan Dalgleish']);
  });

  it('drops "advertisement" alone in lower case and "Return to Agenda", but keeps an item titled "Advertisement"', () => {
    const text = `Return to Agenda\n\nHOLT TOWN COUNCIL\nadvertisement\nMinutes of the Full Council meeting held on Monday 3 March 2025\n\n1. Advertisement\nThe Clerk would place the vacancy in the newsletter.\n\n2. Close\nThe meeting closed.\n`;
    const meeting = firstMeeting(text);
    expect(meeting.body).toBe('Holt Town Council');
    expect(meeting.items.map(({ title }) => title)).toEqual(['Advertisement', 'Close']);
  });
});
