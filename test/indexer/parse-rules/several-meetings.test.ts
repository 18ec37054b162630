// Documents holding several meetings' minutes one after another (a parish's year of minutes in one file, an agenda pack
// whose papers include minutes, a council's minutes followed by its committees'): each meeting is read with its own
// body, date, attendance and items, and no meeting's text is dropped.
import { parseText } from '../../helpers/parse-text';

const paragraphTexts = (text: string) => parseText(text).meetings.flatMap((meeting) => meeting.items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.text)));
const datesAndBodies = (text: string) => parseText(text).meetings.map((meeting) => [meeting.date, meeting.body]);

/** A parish council's minutes with several items of discussion. */
const PARISH_MINUTES = [
  'ELMCOTE PARISH COUNCIL',
  'Minutes of the meeting held on Tuesday 14 January 2025 at 7.30 pm in the Village Hall',
  '',
  'Present: Cllr R Ashdown (Chair), Cllr P Mercer, Cllr L Okafor',
  '',
  '1. Apologies',
  'Apologies were received from Cllr D Finch.',
  '',
  '2. Highways',
  'The Clerk reported that the county had agreed to resurface Mill Lane in the spring. Members asked that the drainage at the ford be looked at during the same works, as it had flooded twice since October.',
  '',
  '3. Playing field',
  'The new swings had been installed. Cllr Mercer asked for a yearly inspection to be booked with an approved inspector before the summer holidays.',
  '',
  '4. Finance',
  'The payments schedule for December was approved, and the budget for 2025/26 was set with a precept of £18,500.',
].join('\n');

/** A ModernGov "Agenda item" page: one item's minutes, naming no meeting. */
const AGENDA_ITEM_PAGE = ['Agenda item', '', 'Annual report of the Panel', '', 'Minutes:', '', '1. The Chair introduced the annual report.', ''].join('\n');

describe('a known layout that would drop most of a document', () => {
  it('does not read a long document as a one-item page for an "Agenda item" page at its end', () => {
    const texts = paragraphTexts(`${PARISH_MINUTES}\n\n${AGENDA_ITEM_PAGE}`);
    expect(texts.join(' ')).toContain('resurface Mill Lane');
    expect(texts.join(' ')).toContain('precept of £18,500');
    expect(texts.join(' ')).toContain('introduced the annual report');
  });

  it('still reads an "Agenda item" page alone as its one item', () => {
    const [meeting] = parseText(AGENDA_ITEM_PAGE).meetings;
    expect(meeting.items.map((item) => item.title)).toEqual(['Annual report of the Panel']);
  });

  it('keeps the first meeting dated and named', () => {
    expect(datesAndBodies(`${PARISH_MINUTES}\n\n${AGENDA_ITEM_PAGE}`)[0]).toEqual(['2025-01-14', 'Elmcote Parish Council']);
  });
});

/** A committee's minutes: its council and name, the date, those present and two items. */
const COMMITTEE_MINUTES = [
  'ELMCOTE PARISH COUNCIL',
  'PLANNING COMMITTEE',
  'Minutes of the meeting held on Tuesday 4 February 2025 at 7.00 pm in the Village Hall',
  '',
  'Present: Cllr P Mercer (Chair), Cllr L Okafor, Cllr T Yeo',
  'In attendance: Mrs J Holt (Clerk)',
  '',
  '1. Declarations of interest',
  'None were declared.',
  '',
  '2. Applications',
  'Members had no objection to the extension at 4 Orchard Close.',
].join('\n');

describe('a one-item page beside meetings the general rules find', () => {
  it.each([
    ['before them', `${AGENDA_ITEM_PAGE}\n\n${PARISH_MINUTES}\n\n${COMMITTEE_MINUTES}`],
    ['after them', `${PARISH_MINUTES}\n\n${COMMITTEE_MINUTES}\n\n${AGENDA_ITEM_PAGE}`],
  ])('leaves each meeting its own items when the page stands %s: the document is no one-item page', (_, text) => {
    const dated = parseText(text).meetings.filter((meeting) => meeting.date !== null);
    expect(dated.map((meeting) => [meeting.date, meeting.items.length > 1])).toEqual([
      ['2025-01-14', true],
      ['2025-02-04', true],
    ]);
  });
});

describe('a second set of minutes in the same document', () => {
  const document = `${PARISH_MINUTES}\n\n${COMMITTEE_MINUTES}\n`;

  it('starts a meeting at a dated header above its list of those present', () => {
    expect(datesAndBodies(document)).toEqual([
      ['2025-01-14', 'Elmcote Parish Council'],
      ['2025-02-04', 'Elmcote Parish Council Planning Committee'],
    ]);
  });

  it("gives each meeting its own attendance and items", () => {
    const [council, committee] = parseText(document).meetings;
    expect(council.items.map((item) => item.title)).toEqual(['Apologies', 'Highways', 'Playing field', 'Finance']);
    expect(committee.items.map((item) => item.title)).toEqual(['Declarations of interest', 'Applications']);
    expect(committee.attendees.map((person) => person.name)).toContain('Cllr T Yeo');
    expect(council.attendees.map((person) => person.name)).not.toContain('Cllr T Yeo');
  });

  it("leaves the minutes above their signatory's line, not naming the next meeting's body by it", () => {
    const burial = ['MARSH END JOINT BURIAL COMMITTEE', 'Minutes of the meeting held on Thursday 6 March 2025 at 2.00 pm', 'Members present: Cllr A Corder (Chair), Cllr I Drew', '', '1. Fees', 'The fees for 2025/26 were agreed.'].join('\n');
    expect(datesAndBodies(`${PARISH_MINUTES}\nMargaret Ellis, Clerk to the Council\n\n${burial}\n`)).toEqual([
      ['2025-01-14', 'Elmcote Parish Council'],
      ['2025-03-06', 'Marsh End Joint Burial Committee'],
    ]);
  });

  it("leaves the minutes above a signatory whose office is of a body named without \"the\"", () => {
    const burial = ['MARSH END JOINT BURIAL COMMITTEE', 'Minutes of the meeting held on Thursday 6 March 2025 at 2.00 pm', 'Members present: Cllr A Corder (Chair), Cllr I Drew', '', '1. Fees', 'The fees for 2025/26 were agreed.'].join('\n');
    expect(datesAndBodies(`${PARISH_MINUTES}\n\nRhoda Vance, Clerk of Council\n\n${burial}\n`)).toEqual([
      ['2025-01-14', 'Elmcote Parish Council'],
      ['2025-03-06', 'Marsh End Joint Burial Committee'],
    ]);
  });

  it('starts a meeting whose attendance opens with its chair above those present', () => {
    const board = ['BRIDGEMOOR DRAINAGE BOARD', 'Minutes of the Board meeting held on Wednesday 19 March 2025 at 2.00 pm', '', 'Chair: Mr K Abbott', 'Members present: Mr L Brough, Mrs M Cole', '', '1. Accounts', 'The accounts were approved.'].join('\n');
    expect(datesAndBodies(`${PARISH_MINUTES}\n\n${board}\n`)).toEqual([
      ['2025-01-14', 'Elmcote Parish Council'],
      ['2025-03-19', 'Bridgemoor Drainage Board'],
    ]);
  });

  it('starts none at an item confirming earlier minutes, nor at a dated visit with those present under an item', () => {
    const items = [
      '5. Minutes of the previous meeting',
      'Minutes of the Planning Committee held on 3 December 2024',
      'The minutes were approved as a true record.',
      '',
      '6. Site visit',
      'Site visit to the allotments on Saturday 11 January 2025',
      'Present: Cllr R Ashdown, Cllr L Okafor',
      'The fence on the north side needs replacing.',
      '',
      '7. Date of next meeting',
      'The next meeting will be held on Tuesday 11 February 2025.',
    ].join('\n');
    expect(datesAndBodies(`${PARISH_MINUTES}\n\n${items}\n`)).toEqual([['2025-01-14', 'Elmcote Parish Council']]);
  });

  it("keeps the lines above a meeting's title with its meeting, in whatever case they are printed", () => {
    const cabinet = [
      'Eastholm County Council',
      'Cabinet',
      'Minutes of a meeting of the Cabinet held on Wednesday, 12th February, 2025 at 10.00 am in the Council Chamber',
      '',
      'Present:',
      'Councillor Ruth Penhale (Leader of the Council) (Chair)',
      'Councillor Omar Said',
      '',
      '1. Budget 2025/26',
      'The Cabinet recommended the budget to the Council.',
    ].join('\n');
    const alone = datesAndBodies(cabinet);
    expect(datesAndBodies(`${PARISH_MINUTES}\n\n${cabinet}\n`)).toEqual([['2025-01-14', 'Elmcote Parish Council'], ...alone]);
    expect(alone).toEqual([['2025-02-12', 'Eastholm County Council Cabinet']]);
  });

  it('starts a meeting at a title that ends no sentence, with no list of those present under it', () => {
    const board = ['HARTLEY WATER DISTRICT', 'MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS', 'Wednesday, March 12, 2025', '', '1. CALL TO ORDER', 'President Alvarez called the meeting to order at 6:00 p.m.'].join('\n');
    expect(parseText(`${PARISH_MINUTES}\n\n${board}\n`).meetings.map((meeting) => meeting.date)).toEqual(['2025-01-14', '2025-03-12']);
  });

  it("starts none at a sentence in a meeting's text shaped as a title", () => {
    const minutes = [
      '**ELMCOTE PARISH COUNCIL**',
      '',
      '**Minutes of the Parish Council meeting held on** **Tuesday 14 January 2025**',
      '',
      '**Present:** Cllr R Ashdown (Chair), Cllr P Mercer',
      '',
      'The Chair welcomed everyone.',
      '',
      '**Minutes of last meeting**',
      '',
      'Minutes of the meetings held on 8th October 2024 and 29th October 2024 were discussed and agreed by all Councillors present.',
      '',
      '**Planning**',
      '',
      'No applications had been received.',
    ].join('\n');
    expect(datesAndBodies(minutes)).toEqual([['2025-01-14', 'Elmcote Parish Council']]);
  });
});

/** A ModernGov meeting page copied as text: its title, the meeting's line, then numbered items with their minutes. */
const meetingPage = (meetingLine: string, topic: string) =>
  [
    'Agenda and minutes',
    meetingLine,
    'Venue: Council Chamber, Shire Hall, Wexcombe',
    '',
    'No.\tItem',
    '',
    '1.',
    'Apologies',
    'Minutes:',
    'Apologies were received from Cllr Grant.',
    '',
    '2.',
    topic,
    'Additional documents:',
    'Minutes:',
    `The Panel discussed the ${topic.toLowerCase()} and noted the report.`,
    '',
  ].join('\n');

describe('a second set of minutes whose list of those present is labelled by who they were', () => {
  it('starts a meeting at a dated header above "Members:" or "Chair:" with its names', () => {
    const committee = ['WEST LORNE FIRE AUTHORITY', '', 'Audit Committee', '', 'Minutes of the meeting held on Wednesday 5 March 2025 at 2.00 pm at Brigade Headquarters', '', 'Members:   Cllr T Arkwright (Chair)', '           Cllr B Nuttall', '', 'A1. Internal audit plan', 'The plan was agreed.', ''].join('\n');
    const parish = ['HOLM PARISH COUNCIL', '', 'Minutes of the Ordinary Meeting of the Parish Council held in the Reading Room on Monday 7 April 2025 at 7.30 pm', '', 'Chair: Cllr Ada Pennock', 'Councillors: Cllr J Royle, Cllr S Dunn', '', 'A. Apologies', 'None.', ''].join('\n');
    expect(datesAndBodies(`${PARISH_MINUTES}\n\n${committee}\n${parish}`)).toEqual([
      ['2025-01-14', 'Elmcote Parish Council'],
      ['2025-03-05', 'West Lorne Fire Authority Audit Committee'],
      ['2025-04-07', 'Holm Parish Council'],
    ]);
  });
});

describe('a second set of minutes whose header gives no list of those present', () => {
  const board = ['HARTLEY COUNTY BOARD OF SUPERVISORS', 'MINUTES OF THE REGULAR MEETING', 'Tuesday, March 11, 2025', '', '1. CALL TO ORDER AND ROLL CALL', 'Chair Ruiz called the meeting to order at 9:00 a.m.', 'Present: Supervisors Ruiz, Okafor and Lind', '', '2. CONSENT CALENDAR', 'The consent calendar was approved.'].join('\n');

  it('starts a meeting at its first item under a header naming its minutes, body and date', () => {
    expect(parseText(`${PARISH_MINUTES}\n\n${board}\n`).meetings.map((meeting) => [meeting.date, meeting.items.map((item) => item.title)])).toEqual([
      ['2025-01-14', ['Apologies', 'Highways', 'Playing field', 'Finance']],
      ['2025-03-11', ['CALL TO ORDER AND ROLL CALL', 'CONSENT CALENDAR']],
    ]);
  });

  it('reads a time ending with a full stop as part of the header above the first item', () => {
    const board = ['HARTLEY COUNTY BOARD OF SUPERVISORS', 'MINUTES OF THE REGULAR MEETING', 'Tuesday, March 11, 2025', '9:00 a.m.', '', '1. CALL TO ORDER', 'Chair Ruiz called the meeting to order.'].join('\n');
    expect(parseText(`${PARISH_MINUTES}\n\n${board}\n`).meetings.map((meeting) => meeting.date)).toEqual(['2025-01-14', '2025-03-11']);
  });

  it("starts none at an agenda's first item", () => {
    const agenda = ['ELMCOTE PARISH COUNCIL', 'Agenda for the meeting on Tuesday 11 February 2025', '', '1. Apologies', 'To receive apologies.', ''].join('\n');
    expect(datesAndBodies(`${PARISH_MINUTES}\n\n${agenda}`)).toEqual([['2025-01-14', 'Elmcote Parish Council']]);
  });

  it("starts none at a list restarting at 1 under an item's dated sentence", () => {
    const items = ['5. Minutes', 'The minutes of the meeting of the Parish Council held on 10 December 2024 were confirmed.', '1. Correspondence', 'A letter from the county was noted.', ''].join('\n');
    expect(datesAndBodies(`${PARISH_MINUTES}\n\n${items}`)).toEqual([['2025-01-14', 'Elmcote Parish Council']]);
  });
});

describe('a second set of minutes opening with the sentence that calls the meeting to order', () => {
  const council = [
    'CITY OF HARLOW SPRINGS',
    'MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL',
    'Monday, February 3, 2025',
    '',
    'CALL TO ORDER',
    'Mayor Ostrowski called the regular meeting to order at 6:01 p.m.',
    '',
    'ROLL CALL',
    'Present: Councilmembers Dalton, Ferreira and Kim, Mayor Ostrowski',
    '',
    'CONSENT CALENDAR',
    'The consent calendar was approved as presented.',
  ].join('\n');
  const county = [
    'BOARD OF COUNTY COMMISSIONERS',
    'ASHBY COUNTY',
    'REGULAR MEETING',
    'TUESDAY, MARCH 4, 2025',
    '',
    'The Board of County Commissioners met in regular session at 9:00 a.m. in the Commissioners\' Room.',
    '',
    'PRESENT: Commissioner Vance, Chair; Commissioner Holt; Commissioner Baptiste',
    '',
    'ROAD AND BRIDGE',
    'The Board approved the gravel contract for the north district.',
  ].join('\n');

  it('starts a meeting at the header above "CALL TO ORDER" and its sentence, as at the top of a file', () => {
    expect(datesAndBodies(`${PARISH_MINUTES}\n\n${council}\n`)).toEqual([
      ['2025-01-14', 'Elmcote Parish Council'],
      ['2025-02-03', 'City of Harlow Springs City Council'],
    ]);
  });

  it('starts a meeting at the header above "The Board … met in regular session", before its list of those present', () => {
    expect(datesAndBodies(`${council}\n\n${county}\n`)).toEqual([
      ['2025-02-03', 'City of Harlow Springs City Council'],
      ['2025-03-04', 'Ashby County Board of County Commissioners'],
    ]);
  });

  it('reads a line ending with its time in "p.m." as part of the header above the opening', () => {
    const school = ['BOARD OF EDUCATION', 'FERNDALE UNION SCHOOL DISTRICT', 'Minutes of the Regular Meeting – Monday, April 7, 2025', 'District Office Board Room, 7:00 p.m.', '', 'CALL TO ORDER: The meeting was called to order at 7:03 p.m. by Board President Mrs. Ilse Varga.', '', 'FACILITIES', 'The board heard a report on the roof repairs.'].join('\n');
    expect(datesAndBodies(`${council}\n\n${school}\n`)).toEqual([
      ['2025-02-03', 'City of Harlow Springs City Council'],
      ['2025-04-07', 'Ferndale Union School District Board of Education'],
    ]);
  });

  it('starts one meeting where a dated sentence saying the board met is above its call to order and roll call', () => {
    const board = [
      'ASHBY COUNTY BOARD OF COMMISSIONERS',
      'REGULAR SESSION MINUTES',
      'March 4, 2025',
      '',
      'The Ashby County Board of Commissioners met in regular session on Tuesday, March 4, 2025, at 9:00 a.m. in the Courthouse.',
      '',
      'CALL TO ORDER',
      'Chair Vance called the meeting to order at 9:00 a.m.',
      '',
      'ROLL CALL',
      'Present: Commissioners Vance, Holt and Baptiste',
      '',
      'ROAD AND BRIDGE',
      'The Board approved the gravel contract for the north district.',
    ].join('\n');
    expect(datesAndBodies(`${PARISH_MINUTES}\n\n${board}\n`)).toEqual([
      ['2025-01-14', 'Elmcote Parish Council'],
      ['2025-03-04', 'Ashby County Board of Commissioners'],
    ]);
  });

  it('starts a meeting at the header above "The Regular Meeting of … was held at …", its address wrapped under it', () => {
    const village = [
      'VILLAGE OF ORCHARD BEND',
      'BOARD OF TRUSTEES',
      'REGULAR MEETING MINUTES',
      'April 15, 2025',
      '',
      'The Regular Meeting of the Board of Trustees of the Village of Orchard Bend was held at Village Hall,',
      '12 Weir Street, Orchard Bend, New York.',
      '',
      'PRESENT:     Mayor Lena Okoye',
      '             Trustee Hal Brennan',
      '',
      'WATER RATES',
      'The Board set the water rates for the year.',
    ].join('\n');
    expect(datesAndBodies(`${council}\n\n${village}\n`)).toEqual([
      ['2025-02-03', 'City of Harlow Springs City Council'],
      ['2025-04-15', 'Village of Orchard Bend Board of Trustees'],
    ]);
  });

  it("starts none at a sentence asking for something to be ordered under a dated report's heading", () => {
    const report = ['Village Sign Committee', 'Report of 3 February 2025', 'The Committee called on the Clerk to order the new sign from the foundry.', ''].join('\n');
    expect(datesAndBodies(`${PARISH_MINUTES}\n\n${report}`)).toEqual([['2025-01-14', 'Elmcote Parish Council']]);
  });

  it('starts none where the meeting is called back to order after a recess', () => {
    const recess = ['RECESS', 'The Council recessed at 7:40 p.m.', '', 'RECONVENE', 'Mayor Ostrowski called the meeting back to order at 7:52 p.m.', 'Present: all members present before the recess', ''].join('\n');
    expect(datesAndBodies(`${council}\n\n${recess}`)).toEqual([['2025-02-03', 'City of Harlow Springs City Council']]);
  });
});

describe('meeting pages one after another', () => {
  const first = meetingPage('Wexcombe Police and Crime Panel - Tuesday, 4th February, 2025 10.00 am', 'Precept proposal');
  const second = meetingPage('Wexcombe Police and Crime Panel - Thursday, 10th April, 2025 2.00 pm', 'Rural crime strategy');

  it('reads each page as its own meeting', () => {
    const meetings = parseText(`${first}\n${second}`).meetings;
    expect(meetings.map((meeting) => [meeting.date, meeting.body, meeting.items.map((item) => item.title)])).toEqual([
      ['2025-02-04', 'Wexcombe Police and Crime Panel', ['Apologies', 'Precept proposal']],
      ['2025-04-10', 'Wexcombe Police and Crime Panel', ['Apologies', 'Rural crime strategy']],
    ]);
  });
});

describe('minutes after a printed pack', () => {
  const pack = [
    'WESTMOOR DISTRICT COUNCIL',
    '',
    'LICENSING COMMITTEE',
    '',
    'AGENDA',
    '',
    'PART 1 - PUBLIC BUSINESS',
    '',
    '1. Apologies for Absence',
    '',
    '2. Confirmation of the Minutes of the meeting held on 9 January 2025',
    '',
    'To confirm as a correct record the minutes of the meeting held on 9 January 2025.',
    '',
    'ITEMS FOR DECISION',
    '',
    '3. Taxi Licensing Policy',
    '',
    'The Committee is asked to approve the revised policy.',
    '',
    'WESTMOOR DISTRICT COUNCIL',
    '',
    'LICENSING COMMITTEE',
    '',
    'MINUTES of a meeting of the Licensing Committee held at the Council Offices, Westmoor on Thursday, 9 January 2025.',
    '',
    'PRESENT: Councillor A Brook (Chairman), Councillors B Carr and C Dale.',
    '',
    '12. APOLOGIES FOR ABSENCE',
    '',
    'Apologies were received from Councillor E Fry.',
    '',
    '13. STREET TRADING CONSENTS',
    '',
    'The Committee agreed the fees for street trading consents for 2025/26.',
    '',
    'The meeting closed at 11.15 am.',
  ].join('\n');

  it("keeps minutes the pack's rules skip as a paper they do not know", () => {
    const parish = ['ELMCOTE PARISH COUNCIL', 'Minutes of the meeting held on Tuesday 14 January 2025 at 7.30 pm', '', 'Present: Cllr R Ashdown (Chair), Cllr P Mercer', '', '1. Highways', 'The Clerk reported that the county would resurface Mill Lane in the spring.'].join('\n');
    const document = `${pack}\n\n${parish}\n`;
    expect(datesAndBodies(document)).toEqual([
      [null, 'Westmoor District Council'],
      ['2025-01-09', 'Westmoor District Council Licensing Committee'],
      ['2025-01-14', 'Elmcote Parish Council'],
    ]);
    expect(paragraphTexts(document).join(' ')).toContain('resurface Mill Lane');
  });
});
