// ModernGov pages as councils publish them (decision pages, issue pages, meeting pages), each in a small document
// written for this test in the style of the real ones.
import { parseMinutes } from '../../../indexer/parse';
import { parseAgendaAndMinutesPage } from '../../../indexer/parse/layout/moderngov';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'page.txt', documentId: 'page' });
const paragraphTexts = (text: string) => parse(text).meetings.flatMap((meeting) => meeting.items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.text)));

describe('a "Decision details" page', () => {
  const page = [
    'Decision details',
    '',
    'Decision Maker: Executive',
    '',
    'Decision status: Recommendations Approved',
    '',
    'Is Key decision?: No',
    '',
    'RESOLVED: That the Executive:',
    '',
    '(1)   Approved the revised allotment rents for 2026/27.',
    '',
    'REASON FOR DECISION: To keep allotment rents in line with the cost of water supply.',
    '',
    'Report author: Imogen Tarrant',
    '',
    'Publication date: 06/02/2026',
    '',
    'Date of decision: 04/02/2026',
    '',
    'Decided at meeting: 04/02/2026 - Executive',
    '',
    'Accompanying Documents:',
  ].join('\n');

  it('keeps the decision printed above the dates at its foot, as one item', () => {
    const [meeting] = parse(page).meetings;
    expect([meeting.body, meeting.date]).toEqual(['Executive', '2026-02-04']);
    expect(meeting.items.map((item) => item.title)).toEqual(['Decision']);
    expect(paragraphTexts(page).join(' ')).toContain('Approved the revised allotment rents');
    expect(meeting.items[0].decisions.length).toBeGreaterThan(0);
  });

  it("names the item by the decision's title and leaves the section labels and fields out", () => {
    const titled = ['Decision details', '', 'Allotment rents 2026/27', '', 'Decision status: Approved', '', 'Purpose:', '', 'To set the rents.', '', 'Date of decision: 04/02/2026'].join('\n');
    const [meeting] = parse(titled).meetings;
    expect(meeting.items.map((item) => item.title)).toEqual(['Allotment rents 2026/27']);
    expect(paragraphTexts(titled)).toEqual(['To set the rents.']);
  });
});

describe('an "Issue - meetings" page', () => {
  const page = [
    'Issue - meetings',
    '',
    'Review of public toilet provision',
    '',
    'Meeting: 14/01/2026 - Cabinet (Item 88)',
    '',
    'To consider the findings of the review of public toilet provision across the district and the options for their future management',
    '',
    'Minutes:',
    '',
    'The Portfolio Holder for Environment introduced the report.',
    '',
    'RESOLVED that the transfer of the Mill Lane toilets to the town council be agreed.',
    '',
    'Meeting: 26/02/2026 - Full Council (Item 41)',
    '',
    '41 Review of public toilet provision pdf icon PDF 210 KB',
    '',
    'Minutes:',
    '',
    'The Council noted the decision of the Cabinet.',
  ].join('\n');

  it('reads each meeting the issue went to, with the item its line numbers, however long the title', () => {
    const meetings = parse(page).meetings;
    expect(meetings.map((meeting) => [meeting.body, meeting.date])).toEqual([
      ['Cabinet', '2026-01-14'],
      ['Full Council', '2026-02-26'],
    ]);
    expect(meetings.map((meeting) => meeting.items.map((item) => [item.number, item.title]))).toEqual([
      [['88', 'To consider the findings of the review of public toilet provision across the district and the options for their future management']],
      [['41', 'Review of public toilet provision']],
    ]);
    expect(meetings[0].items[0].decisions.length).toBe(1);
  });
});

describe('a meeting page', () => {
  it('reads an "Agenda, decisions and minutes" page whose item labels are indented by the rules of such pages', () => {
    const page = [
      'Agenda, decisions and minutes',
      '',
      'Items',
      'No. Item',
      '',
      '12/26',
      '',
      'MAYOR',
      '',
      '    • Share this item',
      '',
      '    1.         To elect a Mayor for the year 2026/27',
      '',
      '    Additional documents:',
      '',
      '    Minutes:',
      '',
      '    RESOLVED: That Councillor Hana Okoro be elected Mayor for the year 2026/27.',
      '',
      '13/26',
      '',
      'APOLOGIES FOR ABSENCE',
      '',
      '    Additional documents:',
      '',
      '    Minutes:',
      '',
      '    Apologies for absence were received from Mr Ruddock.',
    ].join('\n');
    const [meeting] = parse(page).meetings;
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['12/26', 'MAYOR'],
      ['13/26', 'APOLOGIES FOR ABSENCE'],
    ]);
  });

  it('reads an item with no further papers from its number to its "Minutes:" label, however long its title', () => {
    const page = [
      'Agenda and minutes',
      '',
      'Cabinet - Tuesday, 10th February, 2026 7.00 pm',
      '',
      'Items',
      'No. Item',
      '',
      '41.',
      '',
      'Apologies for Absence',
      '',
      'Minutes:',
      '',
      'Apologies were received from Councillor Tobias Frane.',
      '',
      '42.',
      '',
      'To confirm that the items of business marked Part 1 will be considered in public and that the items marked Part 2 will be considered in private',
      '',
      'Minutes:',
      '',
      'This was confirmed.',
      '',
      '43.',
      '',
      'Review of the arrangements for the collection of garden waste and bulky household items across the borough pdf icon PDF 212 KB',
      '',
      'Additional documents:',
      '',
      'Minutes:',
      '',
      'RESOLVED that the new arrangements be adopted from 1 April 2026.',
    ].join('\n');
    const [meeting] = parse(page).meetings;
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['41', 'Apologies for Absence'],
      ['42', 'To confirm that the items of business marked Part 1 will be considered in public and that the items marked Part 2 will be considered in private'],
      ['43', 'Review of the arrangements for the collection of garden waste and bulky household items across the borough'],
    ]);
    expect(meeting.items[2].paragraphs.map((paragraph) => paragraph.text)).toEqual(['RESOLVED that the new arrangements be adopted from 1 April 2026.']);
  });

  it('names the full council as the page heads it, "Council - <weekday>, <date>", when nothing else names it', () => {
    const page = ['Agenda and minutes', '', 'Council - Wednesday, 4 March 2026 7.00 p.m.', '', 'Venue: Council Chamber - Civic Offices', '', 'Items', 'No. Item', '', '1.', '', 'APOLOGIES', '', 'Minutes:', '', 'Apologies were received from Councillor Nadia Orme.'].join('\n');
    const [meeting] = parse(page).meetings;
    expect([meeting.body, meeting.date]).toEqual(['Council', '2026-03-04']);
  });
});

describe('a meeting page whose items label only their minutes', () => {
  it('reads each numbered item, a title holding a full stop and a year, and the last item, whose minutes have no label', () => {
    const page = [
      'Agenda and minutes',
      '',
      'Tessmouth Police and Crime Panel - Friday, 14th March, 2025 10.00 am',
      '',
      'Items',
      'No. Item',
      '',
      '31.',
      '',
      'Apologies',
      '',
      'Members may nominate substitutes in the event that they are unable to attend the meeting.',
      '',
      'Minutes:',
      '',
      'Apologies were received from Councillor Ivo Pascoe.',
      '',
      '32.',
      '',
      'Declarations of Interest. Members\' Code of Conduct 2023',
      '',
      'Members are reminded to declare any interest in an item of business.',
      '',
      'Minutes:',
      '',
      'There were no declarations of interest.',
      '',
      '33.',
      '',
      'Date of Next Meeting',
      '',
      'The next meeting will be held on 20 June 2025.',
      '',
    ].join('\n');
    const [meeting] = parse(page).meetings;
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['31', 'Apologies'],
      ['32', "Declarations of Interest. Members' Code of Conduct 2023"],
      ['33', 'Date of Next Meeting'],
    ]);
  });
});

describe('a meeting page copied as a table with a media column ("No. | Item | |")', () => {
  const page = [
    'Venue: Committee Room 3, Town Hall',
    'No. | Item | |',
    '---|---|---|',
    'APOLOGIES FOR ABSENCE To receive any apologies for absence. Additional documents: Minutes: Apologies were received from Councillor Priya Lomax. |',
    '||',
    'BUS SHELTER RENEWAL PDF 188 KB To consider the report of the Director of Place. Additional documents: Minutes: RESOLVED that the renewal programme be approved. |',
    '||',
  ].join('\n');

  it("reads each row as an item, the empty cells' bars ending the rows and no title", () => {
    const [meeting] = parse(page).meetings;
    expect(meeting.items.map((item) => item.title)).toEqual(['APOLOGIES FOR ABSENCE', 'BUS SHELTER RENEWAL']);
    expect(meeting.items[1].decisions).toHaveLength(1);
  });
});

describe('a meeting page copied as a table with no heading row', () => {
  it('reads the first row under the contact line as an item', () => {
    const page = [
      'Venue: Fenbridge Community College, FB2 7QT',
      'Contact: Maria Oduya Email:',
      'Apologies for Absence To receive any apologies for absence. Minutes: Apologies were received from Councillor Ben Hartley. |',
      'Announcements To receive any announcements from the Mayor. Minutes: The Mayor welcomed the new members. |',
      'Bus Service Review To consider the report of the Director of Transport. Minutes: RESOLVED that the review be noted. |',
    ].join('\n');
    expect(parse(page).meetings[0].items.map((item) => item.title)).toEqual(['Apologies for Absence', 'Announcements', 'Bus Service Review']);
  });
});

describe('a meeting page copied as a table whose first row lost its title', () => {
  it("reads no body from the table's rule and no date from the earlier minutes the row confirms", () => {
    const page = [
      'Agenda and minutes',
      'Venue: Council Chamber, Guildhall',
      'No. | Item | |||',
      '---|---|---|---|---|',
      'To sign and confirm as a correct record the minutes of the meeting held on 12 March 2021. Additional documents: Minutes: The minutes were agreed as a true record. |',
      '||||',
      'Public Questions To receive questions from members of the public. Additional documents: Minutes: There were no public questions. |',
      '||||',
      'Additional documents:',
      'Minutes: The Commissioner presented the report on the Police and Crime Plan and highlighted the following points:',
      '|',
      '||||',
    ].join('\n');
    const [meeting] = parse(page).meetings;
    expect([meeting.body, meeting.date]).toEqual([null, null]);
  });
});

describe('an "Agenda, decisions and minutes" page copied as a table', () => {
  it("keeps a row's decision and its minutes apart, the minutes' label left out", () => {
    const page = [
      'No. | Item |',
      '---|---|',
      'Declarations of Interest Additional documents: Decision: None declared. Minutes: None declared. |',
      '|',
      'Library Opening Hours To consider the report. Additional documents:',
      'Decision: RESOLVED to extend the opening hours. Minutes: The Cabinet Member introduced the report. |',
      '|',
    ].join('\n');
    const [meeting] = parse(page).meetings;
    expect(meeting.items.map((item) => item.paragraphs.map((paragraph) => paragraph.text))).toEqual([
      ['Decision: None declared.', 'None declared.'],
      ['To consider the report.', 'Decision: RESOLVED to extend the opening hours.', 'The Cabinet Member introduced the report.'],
    ]);
  });
});

describe('an "Issue - decisions" page', () => {
  it("reads each decision on its date, titled by the issue, the decision's name no body", () => {
    const page = ['Issue - decisions', '', 'Car Park Charges Review', '', '11/03/2026 - Car Park Charges 2026/27', '', 'It was RESOLVED that the revised charges be adopted from 1 April 2026.'].join('\n');
    const [meeting] = parse(page).meetings;
    expect([meeting.body, meeting.date]).toEqual([null, '2026-03-11']);
    expect(meeting.items.map((item) => item.title)).toEqual(['Car Park Charges Review']);
    expect(meeting.items[0].decisions).toHaveLength(1);
  });

  it('names no body from the item\'s title "Minutes of Previous Meeting"', () => {
    const page = ['Issue - decisions', '', 'Minutes of Previous Meeting', '', '14/01/2026 - Minutes', '', '(1) That the Minutes of the meeting held on 3 December 2025 be confirmed as a correct record.'].join('\n');
    expect(parse(page).meetings[0].body).toBeNull();
  });
});

describe('an "Agenda item" page', () => {
  it('titles the item by the one line between the label and "Minutes:", a full stop printed after it', () => {
    const page = ['Agenda item', '', "Commissioner's Draft Police and Crime Plan 2025-2029.", '', 'Minutes:', '', 'The Panel considered a report of the Commissioner introducing his draft plan.', ''].join('\n');
    const [meeting] = parse(page).meetings;
    expect(meeting.items.map((item) => item.title)).toEqual(["Commissioner's Draft Police and Crime Plan 2025-2029"]);
  });

  it('stays one item of no named meeting when its minutes number their resolutions', () => {
    const page = [
      'Agenda item',
      '',
      'Street Trading Policy Review',
      '',
      'To consider a recommendation from the Licensing Committee of 2 March 2026.',
      '',
      'Minutes:',
      '',
      'Councillors considered the recommendation of the Licensing Committee.',
      '',
      'Decision',
      '',
      '1.          That the revised Street Trading Policy be adopted.',
      '',
      '2.          That the fees for consents be held at their present level.',
      '',
      'Councillor Ivo Trent proposed a further recommendation, seconded by Councillor Mair Pugh:',
      '',
      '3.          That the Director of Place be given delegated authority:',
      '',
      '(a)       to grant consents for events of no more than three days; and',
      '',
      '(b)       to vary the hours of a consent after consulting the ward members.',
    ].join('\n');
    const [meeting] = parse(page).meetings;
    expect([meeting.body, meeting.date]).toEqual([null, null]);
    expect(meeting.items.map((item) => item.title)).toEqual(['Street Trading Policy Review']);
  });
});

describe('speakers in a minute', () => {
  it('names no speaker for the rules or papers a sentence reports ("The Regulations provided …")', () => {
    const page = [
      'Agenda item',
      '',
      'Governance of the Board',
      '',
      'Minutes:',
      '',
      'The Regulations provided that every member of the Board could vote.',
      '',
      'The Constitution stated that the Board would meet four times a year.',
      '',
      'The Monitoring Officer explained the quorum.',
    ].join('\n');
    const paragraphs = parse(page).meetings[0].items[0].paragraphs;
    expect(paragraphs.map((paragraph) => paragraph.speaker)).toEqual([null, null, 'The Monitoring Officer']);
  });
});

describe('an "Agenda and minutes" page dated in figures', () => {
  it('reads the body before the dash as it does before a weekday', () => {
    const text =
      'Agenda and minutes\nEastmoor Fire Authority - 04/03/2025 10.00 am\nVenue: Room 2, Fire Headquarters, Eastmoor. View directions\n\nItems\nNo.\tItem\n\n' +
      '1.\nApologies for Absence\nMinutes:\nApologies were received from Cllr Ann Hale.\n\nShare this item\n2.\nBudget Monitoring\nMinutes:\nRESOLVED that the report be noted.\n\nShare this item\n';
    const meeting = parseAgendaAndMinutesPage(text.split('\n'));
    expect([meeting.body, meeting.date]).toEqual(['Eastmoor Fire Authority', '2025-03-04']);
    expect([parse(text).meetings[0].body]).toEqual(['Eastmoor Fire Authority']);
  });
});

describe('an "Agenda and minutes" page printed to PDF', () => {
  it('reads an item numbered on its title line as numbered', () => {
    const text =
      'Agenda and minutes\nEastmoor Fire Authority - Tuesday, 4th March, 2025 10.00 am\nVenue: Room 2, Fire Headquarters, Eastmoor. View directions\n\nItems\nNo.\tItem\n\n' +
      '1.\nApologies for Absence\nMinutes:\nApologies were received from Cllr Ann Hale.\n\n' +
      '2. Fleet Replacement Programme pdf icon PDF 120 KB\n\nAdditional documents:\n\nMinutes:\nRESOLVED that the order for six appliances be placed.\n\n' +
      '3. Date of Next Meeting pdf icon PDF 20 KB\n\nAdditional documents:\n\nMinutes:\nThe next meeting will be held on 3 June 2025.\n';
    expect(parseAgendaAndMinutesPage(text.split('\n')).items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Fleet Replacement Programme'],
      ['3', 'Date of Next Meeting'],
    ]);
  });
});

describe('an "Agenda and minutes" page a browser printed to PDF over two pages', () => {
  // The browser prints its header (the time, the page's title) and footer (its address, "1/2") at each page's edge,
  // and the page breaks between two numbered paragraphs of a minute.
  const text = [
    'Agenda and minutes',
    'Eastmoor Fire Authority - Tuesday, 4th March, 2025 10.00 am',
    'Venue: Room 2, Fire Headquarters, Eastmoor. View directions',
    '',
    'Items',
    'No.    Item',
    '',
    '1.',
    'Fleet Replacement Programme',
    'Minutes:',
    '(1)    The Chief Fire Officer introduced the report on the replacement of six appliances.',
    '',
    '3/4/25, 9:12 AM        Agenda for Eastmoor Fire Authority on Tuesday, 4th March, 2025, 10.00 am',
    '',
    'https://democracy.eastmoor.gov.uk/ieListDocuments.aspx?CId=140&MId=2211        1/2\f3/4/25, 9:12 AM        Agenda for Eastmoor Fire Authority on Tuesday, 4th March, 2025, 10.00 am',
    '',
    '(2)    A Member asked when the first appliances would be delivered. The Chief Fire Officer said that two would arrive in September.',
    '',
    'RESOLVED that the order for six appliances be placed.',
    '',
    'https://democracy.eastmoor.gov.uk/ieListDocuments.aspx?CId=140&MId=2211        2/2',
  ].join('\n');

  it('reads the paragraph after the break as its own turn, without the browser\'s lines', () => {
    const [meeting] = parseMinutes({ text, format: 'pdf', file: 'page.pdf', documentId: 'page' }).meetings;
    const paragraphs = meeting.items.flatMap((item) => item.paragraphs);
    expect(paragraphs.map((paragraph) => [paragraph.speaker, paragraph.text])).toEqual([
      ['The Chief Fire Officer', 'The Chief Fire Officer introduced the report on the replacement of six appliances.'],
      ['A Member', 'A Member asked when the first appliances would be delivered. The Chief Fire Officer said that two would arrive in September.'],
      [null, 'RESOLVED that the order for six appliances be placed.'],
    ]);
  });
});

describe('an "Agenda and minutes" page whose first items have no papers', () => {
  const page = [
    'Agenda and minutes',
    '',
    'Venue: Committee Room 1, Civic Centre, Brackwell. View directions',
    '',
    'Contact: Tomos Pryce, Scrutiny Officer',
    '',
    'No. Item',
    '',
    'Pre-meeting Briefing',
    '',
    'The Panel met privately before the meeting to agree its lines of questioning for the Commissioner.',
    '',
    'Apologies for Absence',
    '',
    'Apologies for absence were received from Councillor Ffion Hale and Mr Gareth Lloyd.',
    '',
    'Police and Crime Plan Update pdf icon PDF 310 KB',
    '',
    'Additional documents:',
    '',
    'The Commissioner presented the update and answered questions on rural crime.',
  ].join('\n');

  it('keeps the prose above the first item with papers as the opening of the meeting', () => {
    const meeting = parseAgendaAndMinutesPage(page.split('\n'));
    expect(meeting.items.map((item) => item.title)).toEqual(['Opening of the meeting', 'Police and Crime Plan Update']);
    expect(meeting.items[0].lines.join(' ')).toContain('Apologies for absence were received from Councillor Ffion Hale');
  });
});

describe("a meeting page's site notices and section names", () => {
  it("reads no body or date from a notice about the site's papers or a link saying what a reader may do", () => {
    const page = [
      'Agenda and minutes',
      '',
      'Documents published after 1 June 2021 can be read as web pages where their format allows this',
      '',
      'Speaking at a Council or Committee meeting',
      '',
      'Venue: Council Chamber - Riverside House. View directions',
      '',
      'Items',
      'No. Item',
      '',
      '14.',
      '',
      'Apologies for Absence',
      '',
      'Minutes:',
      '',
      'Apologies were received from Councillors Amble and Crake.',
    ].join('\n');
    expect(parse(page).meetings[0]).toMatchObject({ body: null, date: null });
  });

  it("reads no body from the site's section named above its breadcrumb", () => {
    const page = [
      'Council and democracy',
      'Home > Council and Democracy > Agenda and minutes',
      'Venue: Room 3, The Old Exchange, Market Street',
      'No. | Item |',
      '---|---|',
      'Apologies Minutes: Apologies were received from Councillor Fenn. |',
      'Public Questions Minutes: None |',
    ].join('\n');
    expect(parse(page).meetings[0].body).toBeNull();
  });
});

describe('a meeting page whose minutes are numbered past 999', () => {
  it('reads each four-digit number alone on its line as the number of the item titled under it', () => {
    const page = [
      'Agenda and minutes',
      '',
      'Licensing Sub-Committee - Monday 8th March 2021 10.00 am',
      '',
      'Items',
      'No. Item',
      '',
      '1411.',
      '',
      'To appoint a Chairman for the hearing',
      '',
      'Minutes:',
      '',
      'RESOLVED that Councillor P Quayle be appointed Chairman for the meeting.',
      '',
      '1412.',
      '',
      'Apologies for Absence',
      '',
      'Minutes:',
      '',
      'There were none.',
    ].join('\n');
    expect(parse(page).meetings[0].items.map((item) => [item.number, item.title])).toEqual([
      ['1411', 'To appoint a Chairman for the hearing'],
      ['1412', 'Apologies for Absence'],
    ]);
  });
});
