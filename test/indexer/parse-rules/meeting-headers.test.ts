// What the parser reads from a meeting's header: the body (a council and its committee, a school board and its district,
// a trust, a parish assembly, a club or a union branch, however the title lines and the meeting's sentence name them), the
// date (in words, with a two-digit year, day or month first, from a file name or a web page's title), the time and the
// venue. Each test parses a small document (or a line alone) invented in the style of real minutes, written for the test.
import { bodyInPageTitle } from '../../../indexer/parse/body-names';
import { findDate, qualifyBody } from '../../../indexer/parse/meeting-fields';
import { CLOSE_ITEM, firstMeeting, itemsOf, MILL_RIVER_BOARD_HEADER, peopleOf, readAndParse, readText } from '../../helpers/parse-text';

describe('bodies named in a title with a dash, a kind of meeting or a date', () => {
  it('names the council and its committee from a title that puts a dash between them', () => {
    const text = `Wexley Parish Council – Planning Committee\nMeeting held on Tuesday, April 22, 2025 at 7.30 pm.\n\n1. Apologies\nNone.${CLOSE_ITEM}`;
    expect(firstMeeting(text).body).toBe('Wexley Parish Council Planning Committee');
  });

  it('leaves the kind of meeting, and a date in the title, out of the body', () => {
    const ordinary = `MINUTES OF KELL CITY COUNCIL ORDINARY COUNCIL MEETING HELD ON TUESDAY, 22 APRIL 2025\n\n1. Apologies\nNone.${CLOSE_ITEM}`;
    expect(firstMeeting(ordinary).body?.toLowerCase()).toBe('kell city council');
    const annual = `Annual Parish Meeting 2025-04-22\n\nKelby Parish Council\n\n1. Welcome\nThe Chairman welcomed everyone.${CLOSE_ITEM}`;
    expect(firstMeeting(annual).body).toBe('Kelby Parish Council');
  });

  it("names the decision maker and takes the labelled decision date over a date the prose mentions (a ModernGov decision page)", () => {
    const text = `Decision details\n\nDecision Maker: Cabinet\n\nPurpose:\nTo award a contract from 1 October 2025.\n\n1. Decision\nRESOLVED that the contract be awarded.\n\nDate of decision: 12/03/2025\n`;
    const meeting = firstMeeting(text);
    expect([meeting.body, meeting.date]).toEqual(['Cabinet', '2025-03-12']);
  });
});

describe('authorities over their committees', () => {
  it("runs an authority's name on into its committee's where the committee's starts with the authority's last words", () => {
    expect(qualifyBody('Combined Authority Board', 'TAMAR AND EXE COMBINED AUTHORITY')).toBe('Tamar and Exe Combined Authority Board');
    expect(qualifyBody('Planning Committee', 'HOLT DISTRICT COUNCIL')).toBe('Holt District Council Planning Committee');
  });

  it('reads a London borough as the authority over its committee', () => {
    const text = 'LONDON BOROUGH OF HOLT\n\nPLANNING SUB-COMMITTEE A\n\nMINUTES of the meeting held at the Town Hall on Tuesday, 4 March 2025\n\n1 APOLOGIES\nNone.\n\n2 MINUTES\nThe minutes were agreed.\n';
    expect(firstMeeting(text).body?.toLowerCase()).toBe('london borough of holt planning sub-committee a');
  });
});

describe('school boards and committees over a date', () => {
  it('puts the school district before its board, whichever is printed first', () => {
    const text = `${MILL_RIVER_BOARD_HEADER}CALL TO ORDER: Called to order.\n\nPUBLIC COMMENT: None.\n\nADJOURNMENT: Adjourned.\n`;
    expect(firstMeeting(text).body).toBe('Mill River School District Board of Education');
  });

  it('keeps a "<committee> – <date>" line alone when no authority is printed above it', () => {
    const text = 'Transport Scrutiny Committee – 9 April 2025\n\nPresent: Cllr A Innes (Chair)\n\n1. Apologies\nNone.\n';
    expect(firstMeeting(text).body).toBe('Transport Scrutiny Committee');
  });
});

describe('a council named shortened before the title', () => {
  it('reads "Coldharbour Magna PC:" as the body, not the meeting\'s kind, with the date on the line or the next', () => {
    const text = 'Coldharbour Magna PC: Minutes of the Ordinary Meeting held on Wednesday 2nd April 2025 at 7.30pm\n\n1. Apologies\nNone.\n\n2. Close\nClosed.\n';
    expect(firstMeeting(text).body).toBe('Coldharbour Magna PC');
    expect(firstMeeting(text.replace(' Wednesday', '\nWednesday')).body).toBe('Coldharbour Magna PC');
    expect(firstMeeting(text.replace('Coldharbour Magna PC', 'Coldharbour Magna pc')).body).toBeNull();
  });
});

describe('bodies named in ordinal meetings, after a place or over a group', () => {
  it.each([
    ['an ordinal meeting', 'Tsing Wan District Council\n\nMinutes of the Twelfth Meeting of the Traffic and Transport Committee\n\nDate: 4 March 2025\n', 'Tsing Wan District Council Traffic and Transport Committee'],
    ['a committee "on" its subject', 'MINUTES OF THE 14TH SITTING OF THE SELECT COMMITTEE ON HEALTH SERVICES HELD ON TUESDAY, 4TH MARCH, 2025\n', 'Select Committee on Health Services'],
    ['a place, a dash, then its body', '# St Barnabas, Hollowmere — Parochial Church Council\n\nMinutes of the meeting held on Wednesday 12 March 2025\n', 'St Barnabas, Hollowmere Parochial Church Council'],
    ['a dated title over its council', 'Minutes – Planning Committee – 12.03.2025\n\nAshworth Borough Council\n', 'Ashworth Borough Council Planning Committee'],
    ['an organisation over its group', '# Riverside Medical Practice\n\n# Patient Participation Group – Minutes\n\nDate: 05/03/2025\n', 'Riverside Medical Practice Patient Participation Group'],
    ['a wiki title with its date first', '# 2025-03-11 Tenant Scrutiny Panel meeting notes\n', 'Tenant Scrutiny Panel'],
  ])('reads %s', (_, header, body) => {
    expect(firstMeeting(`${header}\n1. Apologies\nNone.\n\n2. Close\nClosed.\n`).body).toBe(body);
  });
});

describe("a web page's date and a committee of a council", () => {
  it('reads a web page\'s date from its <title> when its text gives none', () => {
    const text = 'Licensing Committee\n\nMinutes of the meeting of the Licensing Committee of Eastmoor District Council held in the Council Chamber.\n\n1. Apologies\n\nNone.\n';
    const parsed = (pageTitle: string | null) => firstMeeting(text, 'html', { pageTitle });
    expect(parsed('Licensing Committee - 12 May 2025 - Eastmoor District Council').date).toBe('2025-05-12');
    expect(parsed(null).date).toBeNull();
  });

  it('names "<committee> of <council>" council first', () => {
    const text = 'Minutes of the meeting of the Licensing Committee of Eastmoor District Council held on 12 May 2025.\n\n1. Apologies\n\nNone.\n';
    expect(firstMeeting(text).body).toBe('Eastmoor District Council Licensing Committee');
  });
});

describe('a web page\'s title', () => {
  it.each([
    ['Council - Wednesday 21 May 2025 | Harrowfield Borough Council', 'Harrowfield Borough Council'],
    ['Agenda for Planning Committee on Tuesday, 4th March, 2025, 7.00 pm - Westbrook District Council', 'Westbrook District Council'],
    ['Minutes | Council', null],
    ['Meeting minutes', null],
  ])('names the body in "%s"', (title, body) => {
    expect(bodyInPageTitle(title)).toBe(body);
  });

  it('names the body of a page whose text names none, and no other', async () => {
    const page = (h1: string) =>
      `<html><head><title>Council - 21 May 2025 | Harrowfield Borough Council</title></head><body><header>Harrowfield Borough Council</header><h1>${h1}</h1><p>Date: Wednesday 21 May 2025</p><h2>1. Apologies</h2><p>None.</p><h2>2. Close</h2><p>Closed.</p></body></html>`;
    const bodyOf = async (h1: string) => {
      const parsed = await readAndParse(page(h1), '/web/minutes.html');
      return [parsed.meetings[0].body, parsed.warnings.length];
    };
    expect(await bodyOf('Minutes of the Council meeting')).toEqual(['Harrowfield Borough Council', 0]);
    expect(await bodyOf('Minutes of the meeting of the Licensing Committee held on 21 May 2025')).toEqual(['Licensing Committee', 0]);
  });
});

describe('a "Meeting:" label and a council\'s full meeting', () => {
  it("names the council over a 'Meeting:' label that gives only the kind of meeting, and a details table's 'Meeting' row", async () => {
    expect(firstMeeting('LITTLE HADDON PARISH COUNCIL\n\nMeeting:    Ordinary Meeting of the Parish Council\nDate:    12 May 2025\n\n1. Apologies\nNone.\n').body).toBe('Little Haddon Parish Council');
    const html = '<table><tr><th>Meeting</th><td>Vale Police and Crime Panel</td></tr><tr><th>Date of meeting</th><td>19 June 2025</td></tr></table><h2>1. Apologies</h2><p>None.</p>';
    expect(firstMeeting(await readText(html, 'minutes.html'), 'html').body).toBe('Vale Police and Crime Panel');
  });

  it("reads a council's full meeting as the council, and a township's 'Regular Council Meeting' as its Council", () => {
    expect(firstMeeting('# Cheltwick Borough Council\n\n# Council\n\nMinutes of the meeting held on 21 May 2025\n\n## 1. Apologies\n\nNone.', 'markdown').body).toBe('Cheltwick Borough Council');
    expect(firstMeeting('The Corporation of the Township of Ashgrove Falls\n\nRegular Council Meeting\n\nMinutes\n\nTuesday, March 11, 2025\n\n1. Call to Order\nCalled at 6 p.m.\n').body).toBe('Township of Ashgrove Falls Council');
  });
});

describe("a council named with its committee in the meeting's sentence or line", () => {
  const bodyOf = (header: string) => firstMeeting(`${header}\n\nPresent: Cllr A Smith (Chair), Cllr B Jones\n\n1. Apologies\nNone.\n\n2. Close\nClosed.\n`).body;

  it("names the council a meeting's sentence or its line gives with the committee, and drops a short form in brackets", () => {
    expect(bodyOf('Minutes of the Full Council meeting of Holloway Town Council held on Monday 3rd March 2025')).toBe('Holloway Town Council Full Council');
    expect(bodyOf('HOLLOWAY TOWN COUNCIL – MINUTES OF THE PLANNING COMMITTEE MEETING HELD ON MONDAY 3RD MARCH 2025')).toBe('Holloway Town Council Planning Committee');
    expect(bodyOf('Holloway Parish Council (HPC)\nMinutes: 3 March 2025')).toBe('Holloway Parish Council');
  });
});

describe('assemblies, groups and decision notices, and dates in file names', () => {
  it("names a Jersey parish's assembly from its header lines, not from the gathering of its electors the sentence names", () => {
    const meeting = firstMeeting('PARISH OF ST AUBIN-LE-VAL\n\nPARISH ASSEMBLY\n\nMinutes of the Assembly of the Principals and Electors of the Parish held at the Parish Hall on 22 January 2025.\n\n1. Rates\nApproved.\n');
    expect(meeting.body?.toLowerCase()).toBe('parish of st aubin-le-val parish assembly');
  });

  it("names a 'Friends of' group, and a decision notice's decision maker with the authority over it", async () => {
    expect(firstMeeting('FRIENDS OF ASHCOMBE PARK\nCommittee meeting notes\nDate: 14/01/2025\n\n1. Welcome\nHello.\n\n2. Bulbs\nPlanted.\n').body).toBe('Friends of Ashcombe Park');
    const notice = await readText('# Tessmouth Combined Authority\n\nDecision maker: Combined Authority Board\n\nDate of meeting: 19 March 2025\n\n## Decision 1: Skills plan\n\nApproved.\n', 'notice.md');
    expect(firstMeeting(notice, 'markdown').body).toBe('Tessmouth Combined Authority Board');
  });

  it('reads the date from a file name that writes it day first or in words, when the minutes give none', () => {
    const text = 'HOLLINS LANE ALLOTMENT ASSOCIATION\n\n1. Rents\nPaid.\n\n2. Plots\nLet.\n';
    expect(firstMeeting(text, 'text', { file: '/minutes/allotment-minutes-12-feb-2025.txt' }).date).toBe('2025-02-12');
    expect(firstMeeting(text, 'text', { file: '/minutes/Minutes 12.02.2025.txt' }).date).toBe('2025-02-12');
    expect(firstMeeting(text, 'text', { file: '/minutes/PC_Minutes_3rd_March_2025.txt' }).date).toBe('2025-03-03');
  });
});

describe("a trustees' board", () => {
  it("names a trustees' board after the charity above it, its registered number aside", () => {
    const meeting = firstMeeting('Brackenfold Food Bank (registered charity no. 1187342)\nMinutes of the Board of Trustees meeting\nDate: Tuesday 18 March 2025, 6.30pm\n\n1. Welcome\nAll were welcomed.\n');
    expect(meeting.body).toBe('Brackenfold Food Bank Board of Trustees');
  });
});

describe('councils, douzaines, districts and health boards', () => {
  it("names the council of 'Regular Meeting of Council' after the city above it", () => {
    const meeting = firstMeeting('City of Lac-Vermilion\n\nRegular Meeting of Council\n\nMonday, March 25, 2024\n\n1. Call to Order\nThe Mayor called the meeting to order.\n');
    expect(meeting.body).toBe('City of Lac-Vermilion Council');
  });

  it("names a Guernsey parish's douzaine after the parish above it ('MINUTES OF THE MEETING OF THE DOUZAINE')", () => {
    const meeting = firstMeeting('PARISH OF ST GERMAIN\n\nMINUTES OF THE MEETING OF THE DOUZAINE\nheld on Wednesday 7th February 2024\n\n1/24    MINUTES\nThe minutes were approved.\n');
    expect(meeting.body).toBe('Parish of St Germain Douzaine');
  });

  it('names the body from the header lines, not from an opening sentence wrapped over two lines under them', () => {
    const meeting = firstMeeting(
      'RIVERBEND MUNICIPAL WATER DISTRICT\nMINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS\nWednesday, March 13, 2024\n\nThe regular meeting of the Board of Directors of the Riverbend\nMunicipal Water District was held at the District Office.\n\n1. CALL TO ORDER\nThe meeting was called to order.\n',
    );
    expect(meeting.body).toBe('Riverbend Municipal Water District Board of Directors');
  });

  it("names a health board after its own line, not the 'Public Board' meeting its title sentence names", () => {
    const meeting = firstMeeting('CWM AERON UNIVERSITY HEALTH BOARD\nMINUTES OF THE PUBLIC BOARD MEETING HELD ON 30 MAY 2024 AT 09:30, BOARDROOM, YSBYTY AERON\n\n1. OPENING BUSINESS\n1.1 The Chair welcomed everyone.\n');
    expect(meeting.body).toBe('Cwm Aeron University Health Board');
  });

  it("names a council's full meeting ('Meeting of the Council' under the council) after the council alone", () => {
    const meeting = firstMeeting('Kestrelford Borough Council\n\nMeeting of the Council\n\nWednesday 17 July 2024\n\n29. Apologies\nNone.\n');
    expect(meeting.body).toBe('Kestrelford Borough Council');
  });
});

describe('a title line with no "held on"', () => {
  it('reads the committee a title line "MINUTES OF THE PLANNING COMMITTEE" names, with no "held on" after it, under its council', () => {
    const meeting = firstMeeting(
      'ASHFORD VALE DISTRICT COUNCIL\n\nMINUTES OF THE PLANNING COMMITTEE\n\nDate: Tuesday 4 March 2025\n\n1. MINUTES\nThe minutes were approved.\n',
    );
    expect(meeting.body).toBe('Ashford Vale District Council Planning Committee');
  });

  it('reads the committee of "Minutes of the Audit Panel" alone, but no body from "Minutes of Proceedings"', () => {
    expect(firstMeeting('Minutes of the Audit Panel\n\nDate: Tuesday 4 March 2025\n\n1. Accounts\nNoted.\n').body).toBe('Audit Panel');
    expect(firstMeeting('Minutes of Proceedings\n\nDate: Tuesday 4 March 2025\n\n1. Accounts\nNoted.\n').body).toBeNull();
  });
});

describe('bodies under a meeting kind', () => {
  it('reads the council\'s own name, not the kind of meeting printed above it ("Ordinary Council Meeting" over "Kooringal Shire Council")', () => {
    const meeting = firstMeeting('Minutes\nOrdinary Council Meeting\nTuesday, 25 March 2025\n\nWarrawee Shire Council\n\n1. OPENING\nThe Mayor declared the meeting open.\n');
    expect(meeting.body).toBe('Warrawee Shire Council');
  });
});

describe('a body then "Meeting"', () => {
  it('drops "Meeting" after a body\'s own name on its line ("Full Governing Body Meeting" under the school)', () => {
    expect(firstMeeting('Oakfield Primary School\nFull Governing Body Meeting\nMinutes\n\nDate: Wednesday 5th February 2025\n\n1. Welcome\nThe Chair opened the meeting.\n').body).toBe('Oakfield Primary School Full Governing Body');
  });

  it('keeps a generic "Ordinary Council Meeting" from naming the body', () => {
    expect(firstMeeting('Shire of Warrawee\nOrdinary Council Meeting\nMinutes\n\nDate: Tuesday 25 March 2025\n\n1. Opening\nThe Shire President opened the meeting.\n').body).toBe('Shire of Warrawee Council');
  });
});

describe('"Minutes of a meeting of the Council" naming no council', () => {
  const bodyOf = (header: string) => firstMeeting(`${header}\n\nPresent: Cllr A Lowe (Chair) and Cllr B Marsh.\n\n1. Apologies\nNone.\n\n2. Grass cutting\nThe contract was renewed.\n`).body;

  it('gives no body, as "Minutes of the meeting of the Council" gives none', () => {
    expect(bodyOf('Minutes of a Meeting of the Council held at the Village Hall on Wednesday, 12 March 2025')).toBeNull();
    expect(bodyOf('MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 12th MARCH 2025 AT 7PM')).toBeNull();
    expect(bodyOf('Minutes of a meeting of the Parish Council held on Wednesday 12th March 2025')).toBeNull();
  });

  it('leaves the council a heading above it names', () => {
    expect(bodyOf('HATLEY PARISH COUNCIL\n\nMinutes of a Meeting of the Council held at the Village Hall on Wednesday, 12 March 2025')).toBe('Hatley Parish Council');
  });

  it('leaves a council the sentence names', () => {
    expect(bodyOf('Minutes of an Extraordinary Meeting of Hatley Parish Council held on Wednesday 12th March 2025')).toBe('Hatley Parish Council');
  });
});

describe('action minutes', () => {
  it("reads 'CITY COUNCIL ACTION MINUTES' under the city as the city's council", () => {
    const meeting = firstMeeting('CITY OF VISTA ALAMEDA\nCITY COUNCIL ACTION MINUTES\nRegular Meeting – Tuesday, April 8, 2025 – 6:00 p.m.\n\n1. CALL TO ORDER\nMayor Delgado called the meeting to order.\n');
    expect(meeting.body).toBe('City of Vista Alameda City Council');
  });
});

describe('a page of decisions titled "Decisions - <body>"', () => {
  const html = [
    '<html><body>',
    '<h1>Decisions - Licensing Committee</h1>',
    '<h2>Wednesday, 9th April, 2025 6.30 pm</h2>',
    '<p>Venue: Council Chamber, Civic Centre</p>',
    '<p>Members present: Councillor Nell Arkwright (Chair), Councillor Felix Damon</p>',
    '<p><strong>12. Taxi Fares Review</strong></p>',
    '<p>Decision:</p>',
    '<p>The Committee agreed to raise the maximum taxi fare by 4% from 1 June 2025.</p>',
    '</body></html>',
  ].join('\n');

  it('names the body after the dash, not the kind of page before it', async () => {
    expect((await readAndParse(html, '/minutes/decisions.html')).meetings[0].body).toBe('Licensing Committee');
  });

  it('reads "Record of decisions – <body>" in a text the same way', () => {
    const text = ['Record of decisions – Planning Committee', 'Tuesday 8 April 2025 at 7.00 pm', '', '1. Apologies', '', 'None.'].join('\n');
    expect(firstMeeting(text).body).toBe('Planning Committee');
  });
});

describe("an organisation's own council, named by the one word", () => {
  const minutes = (organisation: string, council: string) =>
    `${organisation}\n\n${council}\n\nMinutes of the meeting of Council held on Tuesday 26 November 2024 at 2.00 pm\n\n1. Apologies\nNone.\n\n2. Estates strategy\nCouncil NOTED the update.\n`;

  it('names the council after the university it governs, whether the university is named first or last', () => {
    expect(firstMeeting(minutes('UNIVERSITY OF EASTMARSH', 'COUNCIL')).body).toBe('University of Eastmarsh Council');
    expect(firstMeeting(minutes('Eastmarsh University', 'Council')).body).toBe('Eastmarsh University Council');
  });
});

describe("a trade union branch's committee", () => {
  it('names the committee after the branch whose name its own begins with ("… Branch" over "the Branch Committee meeting")', () => {
    const minutes =
      'GMB Westfold Council Staff Branch\n\nMinutes of the Branch Committee meeting held on Monday 3 March 2025 at 6.00 pm\n\nPresent: Lena Kaur (Branch Chair), Owen Price (Branch Secretary)\n\n1. Apologies\nNone.\n\n2. Recruitment\nOwen Price reported 14 new members.\n';
    expect(firstMeeting(minutes).body).toBe('GMB Westfold Council Staff Branch Committee');
  });
});

describe("an organisation's general meeting, whose minutes name only the kind of meeting", () => {
  const minutes = (organisation: string, meeting: string) =>
    `${organisation}\n\nMinutes of the ${meeting} held at the Pavilion on Tuesday 8 April 2025 at 7.30 pm\n\nPresent: Jo Hart (Chair), Sam Lee (Secretary)\n\n1. Apologies\nNone.\n\n2. Officers' reports\nJo Hart reported a good season.\n`;

  it('names the organisation on the first line, its name in capitals or not', () => {
    expect(firstMeeting(minutes('FERNLEY CRICKET CLUB', 'Annual General Meeting')).body).toBe('Fernley Cricket Club');
    expect(firstMeeting(minutes("Fernley Women's Institute", 'Annual General Meeting')).body).toBe("Fernley Women's Institute");
  });

  it('reads a union\'s "Branch Meeting" as a kind of meeting, the branch its own line', () => {
    expect(firstMeeting(minutes('Fernley Community Branch', 'Branch Meeting')).body).toBe('Fernley Community Branch');
  });
});

describe('a header re-wrapped', () => {
  const text =
    'HOLT PARISH COUNCIL\n\nMinutes of the Parish Council meeting held on Monday 7 April 2025 at\n7.30 pm in the Reading Room, Holt Village Hall.\n\n' +
    'Present: Cllr Margaret Pilbeam (Chairman), Cllr Stephen Orme\n(Vice-Chairman), Cllr Lorna Gadsby, Cllr Keith Ruddock and Cllr Anna\nFrome.\n\n1. Apologies\nNone.\n';

  it('reads the meeting sentence wrapped after "at" as header, not an opening item', () => {
    expect(itemsOf(firstMeeting(text))).toEqual([['1', 'Apologies']]);
  });

  it('reads the last name of a run-on list wrapped before its full stop', () => {
    expect(firstMeeting(text).attendees.map((attendee) => attendee.name)).toContain('Cllr Anna Frome');
  });
});

describe('a header that opens with its date', () => {
  it('reads the attendance under a header that opens with its date, above the body and the "Time:" and "Venue:" lines', () => {
    const meeting = firstMeeting(
      'Wednesday 9 April 2025\n\nASHFORD VALE DISTRICT COUNCIL\n\nLICENSING COMMITTEE\n\nTime: 2.00 pm\nVenue: Committee Room 2\n\nPresent:\nCouncillor M Doyle (Chairman)\nCouncillor R Penn\n\nOfficers in attendance:\nMr K Ruddock, Licensing Manager\n\n12. MINUTES\nThe minutes were approved.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Councillor M Doyle', 'Chair', 'present'],
      ['Councillor R Penn', null, 'present'],
      ['Mr K Ruddock', 'Licensing Manager', 'in attendance'],
    ]);
    expect(meeting.items.map((item) => item.title)).toEqual(['MINUTES']);
  });
});

describe('a meeting sentence in capitals wrapped after a comma', () => {
  it('goes on in the line under it, which heads no item: the attendance below is read', () => {
    const meeting = firstMeeting(
      '**ASHCOMBE TOWN COUNCIL**\n\n**MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON 9 SEPTEMBER 2024 AT 7.00PM IN THE COUNCIL CHAMBER,\nTHE GUILDHALL,\nASHCOMBE**\n\n' +
        '**Present:** Cllr Helen Varley (Town Mayor), Cllr Martin Osei\n\n**FC/24/061 Apologies for Absence**\n\nNone.\n\n**FC/24/062 Declarations of Interest**\n\nNone.\n',
      'markdown',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Cllr Helen Varley', 'Town Mayor', 'present'],
      ['Cllr Martin Osei', null, 'present'],
    ]);
  });
});

describe('dates in words and with a two-digit year', () => {
  it.each([
    ['Tuesday the fourteenth of January, two thousand and twenty-five, at seven o\'clock', '2025-01-14'],
    ['this twenty-first day of March, twenty twenty-four', '2024-03-21'],
    ['the thirtieth of June two thousand and nine', '2009-06-30'],
    ['the second of May in the year two thousand and eighteen', '2018-05-02'],
    ["held on 14th Jan '25 at 7.30pm", '2025-01-14'],
    ['held on 3 March ’24', '2024-03-03'],
  ])('reads "%s"', (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it('reads no date from words that name no year, or an impossible day', () => {
    expect(findDate('the first of May, twenty members attended')).toBeNull();
    expect(findDate('on the fifth of March, two thousand leaflets were delivered')).toBeNull();
    expect(findDate('the thirty-first of April, two thousand and twenty-five')).toBeNull();
  });
});

describe('dates in figures, day or month first', () => {
  it('reads a date in figures that fits no day-first reading month first, as American minutes write it ("02/18/2025")', () => {
    expect(firstMeeting('Cedar Falls School District\nBoard of Education Regular Meeting\nDate: 02/18/2025\n\n1. Call to Order\nThe meeting was called to order.\n').date).toBe('2025-02-18');
  });

  it('still reads a date with dots day first, and one no reading fits as none ("3.14.25" is a paragraph\'s number)', () => {
    expect(firstMeeting('Ashford Parish Council\nMinutes of the meeting held on 18.02.2025\n\n1. Apologies\nNone.\n').date).toBe('2025-02-18');
    expect(firstMeeting('Ashford Parish Council\n\n3.14.25 The clerk reported.\n\n1. Apologies\nNone.\n').date).toBeNull();
  });
});

describe('venues', () => {
  it('reads the venue from its field after the date and time on one line, up to the next field', () => {
    const meeting = firstMeeting('Brook Valley Housing Trust\nBoard Meeting\n\nDate: 27 January 2025     Time: 5.30pm     Venue: Head Office, Boardroom\n\n1. Welcome\nThe Chair welcomed members.\n');
    expect(meeting.venue).toBe('Head Office, Boardroom');
    const before = firstMeeting('Brook Valley Housing Trust\nBoard Meeting\n\nDate: 27 January 2025  |  Venue: Mill House  |  Time: 5.30pm\n\n1. Welcome\nThe Chair welcomed members.\n');
    expect(before.venue).toBe('Mill House');
  });
});

describe('a meeting "held at" a time of day', () => {
  const venueOf = (title: string) => firstMeeting(`${title}\n\nPresent: Cllr A Lowe (Chair), Cllr B Marsh and Cllr C Nunn.\n\n1. Apologies\nNone.\n\n2. Grass cutting\nThe contract was renewed.\n`).venue;

  it('was held at the place named after the time', () => {
    expect(venueOf('Minutes of the Annual Parish Meeting, held at 7.30pm in the Jubilee Room, Mill Lane on 21st May 2025.')).toBe('Jubilee Room, Mill Lane');
  });

  it('was held at the place named after the date', () => {
    expect(venueOf('Minutes of a Meeting of Hatley Parish Council held at 7.00pm on Monday 3 March 2025 at the Pavilion, Oak Road')).toBe('Pavilion, Oak Road');
  });

  it('names no place when the sentence gives only the time and the date', () => {
    expect(venueOf('Minutes of a meeting of the FINANCE COMMITTEE held at 8.10pm on Wednesday 4 June 2025. The public joined it by a video link.')).toBeNull();
  });
});
