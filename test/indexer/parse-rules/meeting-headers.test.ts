// What the parser reads from a meeting's header: the body (a council and its committee, a school board and its district,
// a trust, a parish assembly, a club or a union branch, however the title lines and the meeting's sentence name them), the
// date (in words or figures, with a two-digit year, day or month first, from a file name, a web page's title or a static
// site's front matter, never an email's sent date), the time and the venue. Each test parses a small document (or a line alone) invented in the style of real minutes, written for the test.
import { bodyInPageTitle } from '../../../indexer/parse/header/page-title-body';
import { findDate, qualifyBody } from '../../../indexer/parse/header/meeting-fields';
import { parseMinutes } from '../../../indexer/parse';
import { markdownReader } from '../../../indexer/readers/markdown';
import { CLOSE_ITEM, firstMeeting, FOOTPATHS_GROUP_MINUTES, itemsOf, MILL_RIVER_BOARD_HEADER, paragraphsOf, parseText, peopleOf, readAndParse, readText } from '../../helpers/parse-text';

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
    ['a charity, a dash, then its trustees\' meeting', "# Friends of Elmsworth Park — Trustees' Meeting\n\nDate: 12 February 2025\n", 'Friends of Elmsworth Park'],
    ['a co-operative, a dash, then its members\' meeting', '# Elmsworth Housing Co-operative - Members’ Meeting\n\nDate: 12 February 2025\n', 'Elmsworth Housing Co-operative'],
    ['a club over its meeting', 'Elmsworth Cricket Club\n\nMinutes of the committee meeting held on 12 February 2025\n', 'Elmsworth Cricket Club'],
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

  it('names the body of a page whose text names none, and the council of a committee its text names', async () => {
    const page = (h1: string) =>
      `<html><head><title>Council - 21 May 2025 | Harrowfield Borough Council</title></head><body><header>Harrowfield Borough Council</header><h1>${h1}</h1><p>Date: Wednesday 21 May 2025</p><h2>1. Apologies</h2><p>None.</p><h2>2. Close</h2><p>Closed.</p></body></html>`;
    const bodyOf = async (h1: string) => {
      const parsed = await readAndParse(page(h1), '/web/minutes.html');
      return [parsed.meetings[0].body, parsed.warnings.length];
    };
    expect(await bodyOf('Minutes of the Council meeting')).toEqual(['Harrowfield Borough Council', 0]);
    expect(await bodyOf('Minutes of the meeting of the Licensing Committee held on 21 May 2025')).toEqual(['Harrowfield Borough Council Licensing Committee', 0]);
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

describe('US township boards', () => {
  const bodyOf = (header: string) => firstMeeting(`${header}\n\nThe meeting was called to order at 7:00 PM.\n\nAPPROVAL OF MINUTES\nMotion to approve the minutes of the regular Board of Directors meeting held on May 14, 2025 was made by Trustee Hale. Motion passes.\n\nREPORTS\nNone.\n`).body;

  it('names the township a heading names alone ("Harlow Township" over its address), with "Minutes" after it or not', () => {
    expect(bodyOf('Harlow Township\n4410 W 88th Street, Brindle, MI 49001\nMay 6, 2025')).toBe('Harlow Township');
    expect(bodyOf('Harlow Township Minutes\nMay 6, 2025')).toBe('Harlow Township');
  });

  it('reads the narrowest of a caption\'s stacked jurisdictions, and the board over it without "Meeting" or its kind', () => {
    expect(bodyOf('State of Ohio\n\nCounty of Larch\n\nPellham Township\n\nPELLHAM TOWNSHIP ANNUAL TOWN HALL MEETING\n\nApril 9, 2024')).toBe('Pellham Township');
    expect(bodyOf('State of Ohio\n\nCounty of Larch\n\nTown of Pellham\n\nPELLHAM TOWNSHIP REGULAR BOARD OF TRUSTEES MEETING\n\nJune 11, 2025')).toBe('Pellham Township Board of Trustees');
    expect(bodyOf('County of Larch\nTown of Pellham\nPELLHAM TOWNSHIP SPECIAL BOARD OF TRUSTEES (FESTIVAL) MEETING\nJune 11, 2025')).toBe('Pellham Township Board of Trustees');
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

  it('reads "the proceedings of the meeting of" as "the meeting of", whoever the sentence names', () => {
    expect(bodyOf('Minutes of Proceedings of a Meeting of Glenmoy District Council held in the Council Chamber on Tuesday, 11 March 2025.')).toBe('Glenmoy District Council');
    expect(bodyOf('MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL HELD AT RIVERSIDE MILL ON MONDAY 10 MARCH 2025 AT 6.30 PM')).toBeNull();
    // A shared document's title, cut short, printed above the minutes' own.
    expect(bodyOf('MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING …\n\nMINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD\n\nON MONDAY 10 MARCH 2025 AT 7.00 PM')).toBeNull();
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

describe('dates in words, with a two-digit year, or the year first', () => {
  it.each([
    ['Tuesday the fourteenth of January, two thousand and twenty-five, at seven o\'clock', '2025-01-14'],
    ['this twenty-first day of March, twenty twenty-four', '2024-03-21'],
    ['the thirtieth of June two thousand and nine', '2009-06-30'],
    ['the second of May in the year two thousand and eighteen', '2018-05-02'],
    ["held on 14th Jan '25 at 7.30pm", '2025-01-14'],
    ['held on 3 March ’24', '2024-03-03'],
    ['held on 2025.03.12 at 19:00', '2025-03-12'],
    ['Meeting date: 2025/03/12', '2025-03-12'],
  ])('reads "%s"', (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it('reads no date from words that name no year, or an impossible day', () => {
    expect(findDate('the first of May, twenty members attended')).toBeNull();
    expect(findDate('on the fifth of March, two thousand leaflets were delivered')).toBeNull();
    expect(findDate('the thirty-first of April, two thousand and twenty-five')).toBeNull();
    expect(findDate('budget lines 2025/26/01 and 2025-26')).toBeNull();
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

describe('a title of parts between bars or dashes', () => {
  it.each([
    'Minutes | Planning Committee | Oakridge Town Council',
    'Oakridge Town Council – Planning Committee – Minutes',
    'Planning Committee | Oakridge Town Council',
  ])('reads the committee and its council from "%s"', (title) => {
    const meeting = firstMeeting(`${title}\n\nWednesday 5 March 2025, 7.30pm\n\nPresent: Cllr A Smith (Chair), Cllr B Jones\n\n1. Apologies\nNone.\n\n2. Planning\nNo objection.\n`);
    expect(meeting.body).toBe('Oakridge Town Council Planning Committee');
  });
});

describe('venues', () => {
  it('reads the venue from its field after the date and time on one line, up to the next field', () => {
    const meeting = firstMeeting('Brook Valley Housing Trust\nBoard Meeting\n\nDate: 27 January 2025     Time: 5.30pm     Venue: Head Office, Boardroom\n\n1. Welcome\nThe Chair welcomed members.\n');
    expect(meeting.venue).toBe('Head Office, Boardroom');
    const before = firstMeeting('Brook Valley Housing Trust\nBoard Meeting\n\nDate: 27 January 2025  |  Venue: Mill House  |  Time: 5.30pm\n\n1. Welcome\nThe Chair welcomed members.\n');
    expect(before.venue).toBe('Mill House');
  });

  it('reads a Scottish minute\'s "held within <place> on the 3rd day of March", and its body named in capitals but for "of"', () => {
    const meeting = firstMeeting('AT A MEETING of the PLANNING COMMITTEE of KELSO COUNCIL held within the Town House, Kelso on the 3rd day of March, 2025 at 2.00 pm.\n\nPresent: Councillors A Dunlop (Convener) and K Sinclair.\n\n1. APOLOGIES\nNone.\n\n2. APPLICATIONS\nApproved.\n');
    expect(meeting.venue).toBe('Town House, Kelso');
    expect(meeting.body).toBe('Kelso Council Planning Committee');
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

const BC_HEADER = 'REGIONAL DISTRICT OF KETTLE HIGHLANDS\n\nMINUTES of the Regular Meeting of the Board of Directors of the Regional District of Kettle Highlands held on Thursday, March 13, 2025\n\n';

describe('a British Columbia regional district', () => {
  it('names the board with its regional district first, and reads the area or municipality each director sits for as their role', () => {
    const meeting = firstMeeting(
      `${BC_HEADER}PRESENT:\nChair R. Thibodeau, Electoral Area C\nDirector L. Brandvold, Electoral Area A\nDirector K. Wiebe, Village of Lowry Creek\n\n1. CALL TO ORDER\nChair Thibodeau called the meeting to order.\n`,
    );
    expect(meeting.body).toBe('Regional District of Kettle Highlands Board of Directors');
    expect(peopleOf(meeting)).toEqual([
      ['Chair R. Thibodeau', 'Electoral Area C', 'present'],
      ['Director L. Brandvold', 'Electoral Area A', 'present'],
      ['Director K. Wiebe', 'Village of Lowry Creek', 'present'],
    ]);
  });

  it("keeps 'OPPOSED: …' and a bracketed note on the vote under 'CARRIED' with the motion, and drops a 'CERTIFIED CORRECT' sign-off", () => {
    const meeting = firstMeeting(
      `${BC_HEADER}5. REPORTS\nRD25-044\nMOVED Director Sandhu\nSECONDED Director Wiebe\nTHAT the bylaw be read a third time.\nCARRIED\nOPPOSED: Director Brandvold\n\nRD25-045\nMOVED Director Sandhu\nTHAT a grant of $2,500 be awarded.\nCARRIED\n(Electoral Area Directors only)\n\nCERTIFIED CORRECT:\n\nChair\n`,
    );
    expect(paragraphsOf(meeting).map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['RD25-044 MOVED Director Sandhu SECONDED Director Wiebe THAT the bylaw be read a third time. CARRIED OPPOSED: Director Brandvold', true],
      ['RD25-045 MOVED Director Sandhu THAT a grant of $2,500 be awarded. CARRIED (Electoral Area Directors only)', true],
    ]);
  });

  it("reads an office with its department after a comma as the speaker ('The General Manager, Environmental Services presented')", () => {
    const meeting = firstMeeting(`${BC_HEADER}5. REPORTS\nThe General Manager, Environmental Services presented the report.\n`);
    expect(paragraphsOf(meeting)[0].speaker).toBe('The General Manager, Environmental Services');
  });
});

const HOUSING = '# Harbourside Homes Group\n\n## Board meeting: minutes\n\n**Date:** Thursday 26 June 2025\n\n';

describe('a housing group board in Markdown', () => {
  it("names the group's board from '## Board meeting: minutes' under the group's name", () => {
    const meeting = firstMeeting(`${HOUSING}### B25/41 Welcome\n\nThe Chair welcomed members.\n\n### B25/42 Any other business\n\nNone.\n`, 'markdown');
    expect(meeting.body).toBe('Harbourside Homes Group Board');
  });

  it("leaves the items someone attended for out of their office ('Director of Assets, for minute B25/46')", () => {
    const meeting = firstMeeting(`${HOUSING}**In attendance:** Ben Foley (Director of Assets, for minute B25/46), Jo Hale (Planning Officer for items 5 and 6)\n\n### B25/41 Welcome\n\nThe Chair welcomed members.\n`, 'markdown');
    expect(peopleOf(meeting)).toEqual([
      ['Ben Foley', 'Director of Assets', 'in attendance'],
      ['Jo Hale', 'Planning Officer', 'in attendance'],
    ]);
  });

  it("drops a closing '*Signed as a correct record:* ____ Chair' line, in italics", () => {
    const meeting = firstMeeting(`${HOUSING}### B25/47 Any other business\n\nThere was no other business.\n\n*Signed as a correct record:* ______________________ Chair\n`, 'markdown');
    expect(meeting.items[meeting.items.length - 1].paragraphs.map((paragraph) => paragraph.text)).toEqual(['There was no other business.']);
  });
});

describe("a date given only for an earlier meeting's minutes", () => {
  it.each([
    'To approve as a correct record the minutes of the meeting held on 14 March 2023.\n\nThe minutes of the meeting held on 14 March 2023 were agreed as a correct record.',
    'Councillor Idris Pennock asked that the minutes be amended.\n\nAccordingly, the minutes of the meeting of the Licensing Panel held on 14 March 2023 were agreed.',
    'RESOLVED – That the public minutes and summary of the meeting held on 14th March 2023 be approved as a correct record.',
    'Minutes of the previous meeting held on 14 March 2023\n\nAgreed without amendment.',
  ])('is no date of the meeting these minutes record: %s', (text) => {
    expect(firstMeeting(`Agenda item\n\n${text}\n`).date).toBeNull();
  });

  it('is no date either in the period a report covers', () => {
    const text = 'Items Of Business\nApologies\nApologies from members.\nReport by Director of Finance.\n1\nThere was submitted a revenue budget monitoring report for the period 1 April 2024 to 5 January 2025.\nDECIDED:\n(a) That the report be noted.\n';
    expect(firstMeeting(text).date).toBeNull();
  });

  it("keeps the date of a meeting's own title", () => {
    const title = 'Minutes of the meeting of the Harbour Board held on 2 May 2023\n\nPresent: Councillor Anwen Rees (Chair)\n\n';
    expect(firstMeeting(`${title}1. Minutes\nThe minutes of the meeting held on 14 March 2023 were agreed.\n`).date).toBe('2023-05-02');
  });
});

describe("the body in a ModernGov page's header", () => {
  const ITEMS = '\n\n1.\n\nApologies\n\nMinutes:\n\nNone were received.\n\n2.\n\nDeclarations of Interest\n\nMinutes:\n\nThere were none.\n';

  it.each([
    'Venue: Committee Room - 3rd Floor East Wing, Moot Hall. View directions',
    'Contact: Committee Administration 01632 960512, 960513',
    'Minutes of adjourned meeting The draft minutes of the meeting held and adjourned on 4 May 2022 are attached.',
  ])('is not read from "%s"', (line) => {
    expect(firstMeeting(`Agenda and minutes\n\n${line}${ITEMS}`).body).toBeNull();
  });

  it('names the committee whose earlier minutes were agreed, past a mention of the previous meeting', () => {
    const text = 'To sign the minutes of the previous meeting\n\nThe minutes of the Harbour Scrutiny Committee held on 4 May 2022 were agreed.';
    expect(firstMeeting(`${text}${ITEMS}`).body).toBe('Harbour Scrutiny Committee');
  });

  it('leaves out where and when, bracketed after the body on a "Meeting:" line', () => {
    const text = 'Meeting documents\n\nMeeting: Standards Committee (Shire Hall, Kelmsford - Room 2 - 14/03/2019 10:00:00 AM)';
    expect(firstMeeting(`${text}${ITEMS}`).body).toBe('Standards Committee');
  });
});

describe('who chaired, in the header\'s capitals', () => {
  it('heads no item ("COUNCILLOR TREGEAR in the Chair")', () => {
    const text =
      'STANDARDS COMMITTEE\n\nAT A MEETING of the STANDARDS COMMITTEE held at the Guildhall on MONDAY 4 MARCH 2024 at 10.00 a.m.\n\n' +
      'PRESENT\nCOUNCILLOR TREGEAR in the Chair\nCouncillors Angove and Polglase.\n\n' +
      'S1 Code of Conduct Complaints\n\nThe Committee considered a report.\n\nS2 Training for Members\n\nThe Committee considered a report.\n';
    expect(firstMeeting(text).items.map((entry) => entry.title)).toEqual(['S1 Code of Conduct Complaints', 'S2 Training for Members']);
  });
});

describe('a time printed with its seconds', () => {
  it('reads "09:30:00 AM" as half past nine', () => {
    const text = 'Meeting documents\n\nMeeting: Audit Committee (Shire Hall - Room 4 - 13/03/2019 09:30:00 AM)\n\n1. Minutes\nAgreed.\n\n2. Internal Audit\nNoted.\n';
    expect(firstMeeting(text).time).toBe('09:30');
  });
});

describe('a title naming the kind of meeting before the body', () => {
  it('names the body after "MEETING OF"', () => {
    const text = 'MEETING OF WOLD POLICE AND CRIME PANEL\n\nWednesday 8 March 2023 Shire Hall\n\n1 WELCOME\n\nThe Chair welcomed members.\n\n2 MINUTES\n\nAgreed.\n';
    expect(firstMeeting(text).body).toBe('Wold Police and Crime Panel');
  });
});

describe("a printed header's time and date run together", () => {
  it('reads the date after the time ("6.30pm4 March 2024")', () => {
    const text = 'Wexbury City Council\nHousing Committee\n6.30pm4 March 2024\nCouncil Chamber\nMINUTES\n\n1 Apologies\n1.1 None were received.\n\n2 Minutes\n2.1 Agreed.\n';
    const [meeting] = parseText(text).meetings;
    expect([meeting.date, meeting.time]).toEqual(['2024-03-04', '18:30']);
  });
});

describe('names that are what the meeting or the minutes were, not who met', () => {
  it("takes 'Action Minutes' for what the document is ('CITY COUNCIL ACTION MINUTES' under 'CITY OF MAPLE HOLLOW')", () => {
    const meeting = firstMeeting('CITY OF MAPLE HOLLOW\nCITY COUNCIL ACTION MINUTES\nTuesday, January 21, 2025 – 6:00 p.m.\n\n1. PUBLIC COMMENT\nNo one spoke.\n\n2. CONSENT CALENDAR\nApproved.\n');
    expect(meeting.body).toBe('City of Maple Hollow City Council');
  });

  it("names the body from the title, not a 'Meeting: Quarterly Panel Meeting' label", () => {
    const meeting = firstMeeting("# Riverside Residents' Panel\n\n**Meeting:** Quarterly Panel Meeting\n\n**Date:** Wednesday, 5 March 2025\n\n## 1. Welcome\n\nThe Chair welcomed everyone.\n\n## 2. Repairs\n\nThe backlog had fallen.\n", 'markdown');
    expect(meeting.body).toBe("Riverside Residents' Panel");
  });
});

describe('the venue', () => {
  it("reads a line of its own that names a council's building ('City Hall Council Chambers, 400 Elm Street'), or the building alone", () => {
    const meeting = firstMeeting('CITY OF MAPLE HOLLOW\nCITY COUNCIL MINUTES\nTuesday, January 21, 2025 – 6:00 p.m.\nCity Hall Council Chambers, 400 Elm Street\n\n1. PUBLIC COMMENT\nNo one spoke.\n\n2. CONSENT CALENDAR\nApproved.\n');
    expect(meeting.venue).toBe('City Hall Council Chambers, 400 Elm Street');
    const alone = firstMeeting('Township of Fenwick Lake\nRegular Council Meeting Minutes\nMarch 4, 2025\n6:30 p.m.\nCouncil Chambers\n\n1. Call to Order\nThe Mayor called the meeting to order.\n\n2. Adjournment\nCarried.\n');
    expect(alone.venue).toBe('Council Chambers');
  });

  it("leaves the time out of a labelled venue ('Venue: The Guildhall, Westmoor. Start: 6.30pm')", () => {
    const meeting = firstMeeting('Westmoor District Council\nPlanning Committee\n12 March 2025\nVenue: The Guildhall, Westmoor. Start: 6.30pm\n\n78 Declarations of interest\nNone.\n\n79 Appeals\nNoted.\n');
    expect([meeting.venue, meeting.time]).toEqual(['The Guildhall, Westmoor', '18:30']);
  });

  it("ends the venue with the header's sentence, not at a table's head row under it", () => {
    const meeting = firstMeeting('HOLLINGWORTH TOWN COUNCIL\n\nMinutes of the Finance Committee meeting held on Tuesday 8th April 2025 at 6pm in the Library Meeting Room\n\nPresent: Cllr S Barker (Chair), Cllr D Holmes\n\nMinute No.\tItem\tAction\n\nFA25/01\tApologies for absence\nNone.\n\nFA25/02\tGrants policy\nAgreed.\n');
    expect(meeting.venue).toBe('Library Meeting Room');
  });

  it("reads the venue from the header's sentence where a blank line breaks it ('… held on 14 January 2025' over 'at the Council Offices, …')", () => {
    const meeting = firstMeeting('WESTBROOK DISTRICT COUNCIL\n\nMinutes of a meeting held on 14 January 2025\n\nat the Council Offices, Westbrook, commencing at 6.30 pm\n\n1. APOLOGIES\nNone.\n\n2. MINUTES\nAgreed.\n');
    expect(meeting.venue).toBe('Council Offices, Westbrook');
  });

  it("reads the building after a header line's time ('Monday 13 January 2025, 7pm, Glenbrae Church Hall')", () => {
    const meeting = firstMeeting('**Glenbrae Community Council**\n\n**Minutes of Meeting – Monday 13 January 2025, 7pm, Glenbrae Church Hall**\n\n**1. Welcome**\n\nThe Chair welcomed everyone.\n\n**2. Police report**\n\nNo report.\n', 'markdown');
    expect([meeting.venue, meeting.time]).toEqual(['Glenbrae Church Hall', '19:00']);
  });

  it('takes no sentence for a venue line', () => {
    const meeting = firstMeeting('Westmoor District Council\nPlanning Committee\n12 March 2025\nCouncil Chamber works were completed in May.\n\n78 Declarations of interest\nNone.\n\n79 Appeals\nNoted.\n');
    expect(meeting.venue).toBeNull();
  });
});

describe("an annual meeting's title over the council's name", () => {
  it("names the council, not 'Annual Parish Meeting' run into it ('Minutes of the Annual Parish Meeting' over 'Little Sutton Parish Council')", () => {
    const meeting = firstMeeting('Minutes of the Annual Parish Meeting\nLittle Sutton Parish Council\nheld at Little Sutton Village Hall on Wednesday 14 May 2025 at 7.00pm\n\n1. Welcome\nThe Chairman welcomed everyone.\n\n2. Reports\nNone.\n');
    expect(meeting.body).toBe('Little Sutton Parish Council');
  });
});

describe('a running header’s date above the minutes’ own title block, which says it again', () => {
  const minutes =
    'Extraordinary Council Meeting Minutes - Confirmed\n\n14 May 2019\n\n   MINUTES OF Kaiwaka District Council\n' +
    'Extraordinary Council Meeting\nHELD AT THE\nCouncil Chamber, Marine Parade, Rawene\nON\nWednesday, 14 May 2019 AT 10:00 am\n\n' +
    'PRESENT:              Mayor Ana Tuhoe, Cr Ben Rowe, Cr Tia Marsh\n\nSTAFF PRESENT: Liam Orr (Chief Executive Officer)\n\n' +
    '1            Prayer\n\nCr Rowe opened the meeting with a prayer.\n\n2            Apologies\n\nThere were no apologies.\n';

  it('reads the title block as header, so its attendance is the meeting’s and its title lines head no item', () => {
    const [meeting] = parseText(minutes).meetings;
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Mayor Ana Tuhoe', null, 'present'],
      ['Cr Ben Rowe', null, 'present'],
      ['Cr Tia Marsh', null, 'present'],
      ['Liam Orr', 'Chief Executive Officer', 'in attendance'],
    ]);
    expect(meeting.items.map((item) => item.title)).toEqual(['Prayer', 'Apologies']);
    expect(meeting.time).toBe('10:00');
  });

  it('does not go on past a date given again in a sentence of the minutes', () => {
    const prose = 'Eastholm Tenants’ Forum\n\n3 June 2024\n\nThe Chair opened the meeting on 3 June 2024 at 6pm and welcomed residents.\n\nPresent: Ann Lowe, Raj Patel\n\n1. Repairs\n\nNo repairs were reported.\n';
    expect(firstMeeting(prose).items.map((item) => item.title)).toEqual(['Opening of the meeting', 'Repairs']);
  });
});

describe('a kind of meeting above the council the minutes name', () => {
  it('is no part of the body’s name', () => {
    const minutes =
      'Ordinary Council Meeting\n\nMINUTES OF Harakeke District Council\nHELD AT THE COUNCIL CHAMBERS ON TUESDAY, 2 MARCH 2021\n\n' +
      'PRESENT: Mayor Ruth Kerr, Cr Sam Ngata\n\n1 APOLOGIES\n\nThere were no apologies.\n';
    expect(firstMeeting(minutes).body).toBe('Harakeke District Council');
  });
});

describe('an address with the part of town after the street, in a Canadian council’s header', () => {
  it('heads no item, so the members listed under it are the meeting’s', () => {
    const minutes =
      'Council Meeting Minutes\n\nDate:\nMarch 4, 2024\nLocation:\nCouncil Chambers\n45 Maple Road West\nOakridge, Ontario\n' +
      'Members Present:\n  • Mayor A. Brandt\n  • Councillor R. Osei\n\n1. Call to Order\n\nThe Mayor called the meeting to order at 7:00 p.m.\n';
    const [meeting] = parseText(minutes).meetings;
    expect(peopleOf(firstMeeting(minutes)).map(([name]) => name)).toEqual(['Mayor A. Brandt', 'Councillor R. Osei']);
    expect(meeting.items.map((item) => item.title)).toEqual(['Call to Order']);
  });
});

describe('last meeting’s minutes named by their date at the top of a page with no title', () => {
  it('names no body', () => {
    const minutes =
      'Present: Jane Orme (Chair and Churchwarden), Tom Lacey, Ruth Penn\nJO opened the meeting with a prayer.\nApologies: Mark Dyer\n' +
      'The Minutes of the meeting of Tuesday 9th February 2021 were accepted as a correct record and signed by the Chair.\n' +
      'Treasurer’s Report: TL spoke to the accounts which had been circulated.\n';
    expect(firstMeeting(minutes).body).toBeNull();
  });
});

describe('a body read from a header that is no name', () => {
  it('is left unknown when it runs on past any name’s length, a sentence’s lower-case words in it', () => {
    const minutes =
      'minutes of the meeting of the governing body of … · summary autumn budget modelling –\n\n12\n' +
      'Ash Vale Trust Board of Trustees 6 th December 2018 Minutes of the meeting of the Board of Trustees held on Thursday 6 th December at 6.30pm\n\n' +
      'Present: Mr T Hale, Mrs R Penn\n\n1. Apologies\n\nNone.\n';
    expect(firstMeeting(minutes).body).toBeNull();
  });
});

describe('minutes saved from an email', () => {
  it('takes the meeting date and body from the minutes, not from the sent date or the subject', () => {
    const email = `From: Clerk <clerk@example.org>\nSent: 14 May 2024 21:14\nTo: Footpaths Working Group\nSubject: Minutes of the Footpaths Working Group - 9 May 2024\n\nHi all,\n\n${FOOTPATHS_GROUP_MINUTES}`;
    const [meeting] = parseText(email).meetings;
    expect(meeting.date).toBe('2024-05-09');
    expect(meeting.body).toBe('Bramley Parish Council Footpaths Working Group');
    expect(meeting.items.map((item) => item.title)).toEqual(['Stiles', 'Signs']);
  });

  it('keeps a "Date:" line at the top of minutes that are no email', () => {
    const [meeting] = parseText(`Date: 12 June 2024\nTo: all members\n\nBramley Parish Council\n\n1. Stiles\nNone broken.\n\n2. Signs\nNone needed.\n`).meetings;
    expect(meeting.date).toBe('2024-06-12');
  });
});

describe('a dated title naming the body beside "Minutes"', () => {
  const AFTER_TITLE = '\n\nPresent: Cllr A Penrose (Chair), Cllr B Tranter\n\n1. Apologies\nNone.\n\n2. Footpaths\nCllr Tranter reported a broken stile.\n';

  it.each([
    'Hurstwick Parish Council minutes 5 June 2024',
    'Minutes: Hurstwick Parish Council, 5th June 2024',
    'Hurstwick Parish Council Minutes, 5 June 2024',
    'Hurstwick Parish Council: Minutes of 5 June 2024',
    'Minutes – Hurstwick Parish Council – 5 June 2024',
    'Hurstwick Parish Council minutes of the meeting held on Wednesday 5 June 2024',
  ])('reads the body from "%s"', (title) => {
    const [meeting] = parseText(`${title}${AFTER_TITLE}`).meetings;
    expect(meeting.body).toBe('Hurstwick Parish Council');
    expect(meeting.date).toBe('2024-06-05');
  });

  it('names no body for a kind of meeting alone', () => {
    expect(firstMeeting(`Minutes of the Council meeting held on 5 June 2024${AFTER_TITLE}`).body).toBeNull();
    expect(firstMeeting(`Minutes of the Annual Parish Meeting, 5 June 2024${AFTER_TITLE}`).body).toBeNull();
  });

  it('names no body for an annual parish or town meeting held at a place, with no council named (not "Annual Parish")', () => {
    const held = (kind: string) => `Minutes of the ${kind} Meeting held at the Village Hall, Church Lane, on 3 May 2024 at 7.00pm${AFTER_TITLE}`;
    expect(firstMeeting(held('Annual Parish')).body).toBeNull();
    expect(firstMeeting(held('Annual Town')).body).toBeNull();
    expect(firstMeeting(`OAKLEY PARISH COUNCIL\n\n${held('Annual Parish')}`).body).toBe('Oakley Parish Council');
  });

  it('names the council before a dash on the title line, and a parish meeting by its own name', () => {
    const title = (text: string) => firstMeeting(`${text} held at the Village Hall on 3 May 2024${AFTER_TITLE}`).body;
    expect(title('ASTON PARISH COUNCIL - Minutes of the Annual Parish Meeting')).toBe('Aston Parish Council');
    expect(title('Minutes of the Aston Parish Meeting')).toBe('Aston Parish Meeting');
  });
});

describe("a meeting's date in a table of fields", () => {
  it('takes the date in the cell beside "Date of meeting" over one written in words below it', () => {
    const notice = 'Tessmouth Combined Authority\n\nDecision Notice\n\nDecision maker\tCombined Authority Board\n\nDate of meeting\t19/03/2025\n\nDate of publication\t21 March 2025\n\n1. Skills plan\nThe Board approved the plan.\n';
    expect(firstMeeting(notice).date).toBe('2025-03-19');
  });
});

describe('a header flattened onto one line by a web page', () => {
  const body = (header: string) => firstMeeting(`${header}\n\nPresent: Cllr Ann Lee (Chair), Cllr Bob Hart\n\n1. Apologies\n\nNone were received.\n\n2. Planning\n\nThe Council had no objection.\n`).body;

  it.each([
    ['HOLLOWAY GREEN PARISH COUNCIL Minutes of the Ordinary Meeting held on Wednesday 5 March 2025 at 7.00pm in the Village Hall', 'Holloway Green Parish Council'],
    ['DRAFT HOLLOWAY GREEN PARISH COUNCIL Minutes of the Ordinary Meeting held on Wednesday 5 March 2025', 'Holloway Green Parish Council'],
    ['HOLLOWAY GREEN PARISH COUNCIL Draft (until approved at the next meeting) Minutes of the Ordinary Meeting held on Wednesday 5 March 2025', 'Holloway Green Parish Council'],
    ['Holloway Green Parish Council DRAFT Minutes of Holloway Green Parish Council Meeting held on Wednesday 5 March 2025', 'Holloway Green Parish Council'],
    ['HOLLOWAY GREEN PARISH COUNCIL Minutes from the extraordinary meeting on Wednesday 5 March 2025 in the Village Hall', 'Holloway Green Parish Council'],
  ])('reads the body before the title in "%s"', (header, expected) => {
    expect(body(header)).toBe(expected);
  });

  it('ends a body named after "meeting of" where the next title begins', () => {
    expect(body('Minutes of the March meeting of Holloway Green PC\n\nDRAFT\n\nMinutes of the meeting held on Wednesday 5 March 2025 in the Village Hall')).toBe('Holloway Green PC');
  });
});

describe('a static site\'s page of minutes whose front matter gives a date above the minutes\' own title', () => {
  it('reads the attendance under the title, and the date the minutes give over the date the page was posted', async () => {
    const page = [
      '---',
      'title: "Minutes of the August meeting"',
      'date: "2024-10-02"',
      '---',
      '',
      'MINUTES OF HOLLOWAY GREEN PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL',
      '',
      'TUESDAY AUGUST 6TH 2024',
      '',
      'Present: Mrs R Hale, Mr B Ola, Miss A Rix.',
      '',
      '1. Apologies',
      '',
      'None were received.',
      '',
      '2. Planning',
      '',
      'The Council had no objection to the extension at 4 Mill Lane.',
    ].join('\n');
    const read = await markdownReader.read(Buffer.from(page), 'minutes.md');
    const [meeting] = parseMinutes({ text: read.text, format: 'markdown', file: 'minutes.md', documentId: 'minutes', pageTitle: read.pageTitle }).meetings;
    expect(meeting.date).toBe('2024-08-06');
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Mrs R Hale', 'Mr B Ola', 'Miss A Rix']);
    expect(meeting.items.map((item) => item.title)).toEqual(['Apologies', 'Planning']);
  });
});

describe('a static site\'s page of minutes that gives no date of its own', () => {
  it('takes the date of the page\'s front matter', async () => {
    const page = '---\ntitle: "Planning Committee"\ndate: 2024-03-05\n---\n\n# Holloway Green Parish Council\n\n## 1. Apologies\n\nNone.\n\n## 2. Planning\n\nNo objection.\n';
    const read = await markdownReader.read(Buffer.from(page), 'minutes.md');
    expect(parseMinutes({ text: read.text, format: 'markdown', file: 'minutes.md', documentId: 'minutes', pageTitle: read.pageTitle }).meetings[0].date).toBe('2024-03-05');
  });
});

describe('a title restated just under itself', () => {
  it('is one meeting, not two', () => {
    const { meetings } = parseText(
      'Minutes of the January meeting of Holloway Green Parish Council\n\nMinutes of the meeting of Holloway Green Parish Council held on Thursday 9th January 2025 in the Village Hall\n\nPresent: Mrs R Hale, Mr B Ola.\n\n1. Apologies\n\nNone.\n\n2. Planning\n\nNo objection.\n',
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0].date).toBe('2025-01-09');
    expect(meetings[0].attendees.map((attendee) => attendee.name)).toEqual(['Mrs R Hale', 'Mr B Ola']);
  });
});

describe('a sentence saying when the meeting was held, wrapped at the page\'s width under the dated title', () => {
  it('stays the minutes\' opening paragraph: a wrapped line restating the date is no title line', () => {
    const meeting = firstMeeting(
      'RURAL MUNICIPALITY OF KESTREL BEND\nMINUTES OF COUNCIL MEETING\nMay 13, 2025\n' +
        'The regular meeting of the Council of the Rural Municipality of Kestrel Bend was held in the\n' +
        'Council Chambers at Harlan on Tuesday, May 13, 2025 commencing at\n9:00 a.m.\n' +
        'PRESENT: Reeve D. Oyelaran, Councillors P. Sorensen and M. Quill\n\n1. CALL TO ORDER\nReeve Oyelaran called the meeting to order.\n',
    );
    expect(meeting.date).toBe('2025-05-13');
    expect(meeting.items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.text)).join(' ')).toContain('was held in the Council Chambers at Harlan');
  });

  it('leaves the heading above such a sentence an item, the sentence opening with the date and wrapping after it', () => {
    const meeting = firstMeeting(
      'Shared from a document editor\n2 April 9, 2024 Library Board Minutes.docx\n\nMonday April 9, 2024 Board Meeting    Corran Vale Public Library\n\n' +
        'CALL TO ORDER & ROLL CALL\n\nThe April 9, 2024 meeting of the Corran Vale Public Library Board of Trustees was\n' +
        'called to order at 6:02pm.  Trustees Ada Brill and Noor Haddad were present.\n\nTREASURER\n\nThe balance was noted.\n',
    );
    expect(meeting.items.map((item) => item.title)).toEqual(['CALL TO ORDER & ROLL CALL', 'TREASURER']);
  });
});

describe('a dated title over the body and a "Meeting held on" sentence', () => {
  it('reads the sentence as the header (its venue the meeting\'s), not as the opening of the minutes', () => {
    const [meeting] = parseText(
      '# Amenities Committee Minutes – March 4, 2025\n\n**Dunholme Parish Council – Amenities Committee**\n\n' +
        'Meeting held on Tuesday, March 4, 2025 at 7 pm in the Church Rooms, Mill Lane.\n\nPresent: Cllr Ada Quince (Chair), Cllr Ben Rook\n\n' +
        '**Allotments**\n\nThe waiting list stood at nine.\n\n**Bus shelter**\n\nThe glass had been replaced.\n',
    ).meetings;
    expect(meeting.items.map((item) => item.title)).toEqual(['Allotments', 'Bus shelter']);
    expect([meeting.date, meeting.venue]).toEqual(['2025-03-04', 'Church Rooms, Mill Lane']);
  });
});

describe('a header flattened onto one line: the council, a dash, the kind of meeting and its date', () => {
  it('names the council as the body', () => {
    const [meeting] = parseText(
      'Ashwell and Pyford Parish Council – Ordinary Meeting Tuesday 4th June 2024, 7.30pm Ashwell Village Hall\n\n' +
        'PRESENT: Cllr P Dunn, Cllr T Ashby\n\n1. PUBLIC FORUM No members of the public were present.\n\n2. APOLOGIES None.\n',
    ).meetings;
    expect([meeting.body, meeting.date]).toEqual(['Ashwell and Pyford Parish Council', '2024-06-04']);
  });
});

describe('dates in figures', () => {
  it('reads a title that puts the date in figures first as the date, not an item numbered 04/03/2025', () => {
    const text = `Thornbury Borough Council\n\n04/03/2025 — Licensing Committee\n\nMembers present: Councillor Ann Pike (Chair), Councillor Ben Rowe\n\n1. Apologies\nNone.\n\n2. Street trading consents\nThe consents were renewed.${CLOSE_ITEM}`;
    const meeting = firstMeeting(text);
    expect(meeting.date).toBe('2025-03-04');
    expect(meeting.body).toBe('Thornbury Borough Council Licensing Committee');
    expect(meeting.items.map((item) => item.number)).toEqual(['1', '2', '9']);
  });

  it('leaves a date in figures after a dash, or at the end of a title, out of the body', () => {
    const dashed = `Fenwold Police and Crime Panel - 06/02/2025 2.00 pm\n\n1. Apologies\nNone.${CLOSE_ITEM}`;
    expect(firstMeeting(dashed).body).toBe('Fenwold Police and Crime Panel');
    const titled = `Fenwold Parish Council\nAnnual Parish Meeting 22/04/2025\n\n1. Apologies\nNone.${CLOSE_ITEM}`;
    expect(firstMeeting(titled).body).toBe('Fenwold Parish Council');
  });

  it('drops a running header that names the meeting with its date in figures', () => {
    const pageOne = 'FENWOLD DISTRICT COUNCIL\nLicensing Committee\nMinutes of the meeting held on 12 February 2025\n\n1. Street trading\nThe Licensing Manager presented the report.';
    const pageTwo = 'Licensing Committee - 12/02/2025\nCouncillor Ives asked whether the fee had changed.\n\n2. Close\nThe meeting closed at 8pm.';
    const paragraphs = firstMeeting(`${pageOne}\n\f${pageTwo}\n`).items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.text));
    expect(paragraphs).toContain('Councillor Ives asked whether the fee had changed.');
    expect(paragraphs.some((paragraph) => paragraph.includes('12/02/2025'))).toBe(false);
  });

  it('drops a running header of two pages that names only the minutes and their date', () => {
    const pageOne = 'STRATHMORE COMMUNITY COUNCIL\nMinute of Meeting held on 26 February 2025\n\n1. Roads\nThe Board agreed to ask the council to bring a plan for the';
    const pageTwo = 'Minutes – 26 February 2025\n\nwinter gritting routes to the April meeting.\n\n2. Close\nThe meeting closed at 8pm.';
    const [roads] = firstMeeting(`${pageOne}\n\nPage 1 of 2\n\f${pageTwo}\n\nPage 2 of 2\n`).items;
    expect(roads.paragraphs.map((paragraph) => paragraph.text)).toEqual(['The Board agreed to ask the council to bring a plan for the winter gritting routes to the April meeting.']);
  });

  it('names no body from the hard-wrapped tail of the sentence that opens the minutes', () => {
    const text = `                    MARLOW ST ANNE TOWN COUNCIL\n\n     Minutes of the Full Council meeting held on Tuesday 11\n     February 2025 at 7.00pm in the Assembly Room, Marlow Town\n     Hall\n\n1. Apologies\nNone.${CLOSE_ITEM}`;
    expect(firstMeeting(text).body).toBe('Marlow St Anne Town Council');
  });

  it('leaves a written date out of a labelled meeting, as one in figures', () => {
    const text = `Meeting: 12th March 2025 - Cabinet (Item 67)\n\n67. Parking charges\nThe Cabinet agreed the charges.${CLOSE_ITEM}`;
    expect(firstMeeting(text).body).toBe('Cabinet');
  });
});

describe("a committee system's minutes page", () => {
  it('names the body over "Committee Minutes", which says what the page is', () => {
    const text = 'Meeting documents\n\nCabinet\n\nCommittee Minutes\n\nWed Jan 14 2026\n\nPresent:-\n\nCouncillors Abbot (Chairman), Rowe and Vine\n\n*211 Minutes\n\nRESOLVED that the minutes be signed.\n\n*212 Petitions\n\nThere was no petition.\n';
    expect(parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0].body).toBe('Cabinet');
  });
});

describe('a date whose raised ordinal a PDF printed apart', () => {
  it('reads the day with its ordinal as a word of its own', () => {
    expect(findDate('held in the Memorial Hall, Pentre, on Thursday, 9 th January 2014.')).toBe('2014-01-09');
    expect(findDate('held on WEDNESDAY 20 th SEPTEMBER 2017 AT 7PM')).toBe('2017-09-20');
    expect(findDate('COFNODION CYFARFOD ARFEROL 11 eg EBRILL 2019')).toBe('2019-04-11');
  });

  it('reads it with a comma printed after the ordinal', () => {
    expect(findDate('held at the Guildhall on Wednesday, 6 th , October 2010 at 7.00 p.m.')).toBe('2010-10-06');
  });

  it('gives the meeting its date from the heading', () => {
    const minutes =
      'MINUTES of the Monthly Meeting of Pentre Community Council held in the Memorial Hall on Thursday, 9 th January 2014.\n' +
      'PRESENT: Cllrs. A. Rees (Chairman), B. Lloyd and C. Morgan.\n' +
      '12. APOLOGIES FOR ABSENCE - Cllr. D. Price.\n13. DECLARATIONS OF INTEREST. None.\n';
    expect(parseText(minutes).meetings[0].date).toBe('2014-01-09');
  });
});

describe('a month, day and year with no space after the comma', () => {
  it('is read as a date, as a scanned page gives it', () => {
    expect(findDate('FINANCE COMMITTEE MINUTES NOVEMBER 17,2003 ATTENDANCE:')).toBe('2003-11-17');
  });
});

describe('a title of the body\'s name and the date alone', () => {
  it('names the body, with no "Minutes" or dash in the title', () => {
    const minutes =
      '<<\n\nKELBY TOWN COUNCIL 18th JANUARY 2011\n\nAt an ADJOURNED meeting of the FULL COUNCIL held at the Old Hall, on Tuesday, 18th January 2011 at 6.30pm.\n\n' +
      'Present:- Councillors: A Reed, B Shaw, C Pryce\n\n1. Apologies\nNone.\n\n2. Precept\nThe precept was agreed.\n';
    expect(firstMeeting(minutes).body).toBe('Kelby Town Council');
  });
});

describe('an address under the title', () => {
  it("is no part of the body's name, though it names a school", () => {
    const minutes =
      'Holmvale Learning Trust\n\nMinutes of theBoard of Directors meeting held on Tuesday, 9th September 2025 at 6.30 pm at\n\nSt Anne’s School, Mill Road, Kelby\n\n' +
      'Present: Mr A Reed, Mrs B Shaw\n\n1. Opening Prayer\nThe Chair led the prayer.\n\n2. Apologies\nNone.\n';
    expect(firstMeeting(minutes).body).toBe('Holmvale Learning Trust');
  });
});

describe('a day whose ordinal runs into the month', () => {
  it('is read as a date, the space after a raised ordinal lost', () => {
    const minutes = 'HOLLOWAY PARISH COUNCIL\n\nMinutes from the extraordinary meeting on Tuesday 14thMarch 2023 in the Village Hall\n\nPresent:- Cllrs A Reed, B Shaw\n\n1. Apologies\nNone.\n';
    expect(parseText(minutes).meetings[0].date).toBe('2023-03-14');
    expect(findDate('a 1stmate 2023')).toBeNull();
  });
});

describe('a body named with no "Minutes of" before it', () => {
  const items = '\n\n01/17/01 Circular\n\nThe circular calling the meeting was held as read.\n\n01/17/02 Apologies\n\nApologies were received from Mr W Scott.\n';

  it('is read from "At a meeting of X held …", as Scottish community councils head their minutes', () => {
    const minutes = `MONDAY 6 MARCH 2017\n\nAt a meeting of BRAEHEAD COMMUNITY COUNCIL held in the Board Room, Harbour House, Braehead, at 7.00pm${items}`;
    expect(parseText(minutes).meetings[0].body).toBe('Braehead Community Council');
  });

  it('is read from a title "X Meeting held on …" under a site\'s own lines', () => {
    const minutes = `Documents\n\nMarch 2021 Main Meeting Minutes\n\nPentre Community Council Meeting held on Wednesday 17th March 2021\n\nCommencing at 7.15 pm${items}`;
    expect(parseText(minutes).meetings[0].body).toBe('Pentre Community Council');
  });

  it('is no body when the words name only a kind of council', () => {
    const minutes = `MONDAY 6 MARCH 2017\n\nAt a meeting of the COMMUNITY COUNCIL held in the Town Hall${items}`;
    expect(parseText(minutes).meetings[0].body).toBeNull();
  });

  it('is read from "A Regular Meeting of X was held …", a word split at a line end joined again', () => {
    const minutes = `Regular Meeting\n\n312 A Regular Meeting of the Hollin County Board of Super- visors was held on March 4, 1987, at 7:00 P.M., in the Board Room, Hollin. PRESENT Ann B. Carr, Chairman; Tom D. Fell${items}`;
    expect(parseText(minutes).meetings[0].body).toBe('Hollin County Board of Supervisors');
  });

  it('is read from a title in capitals "REGULAR MEETING OF X HELD …" wrapped over lines', () => {
    const minutes = `REGULAR MEETING OF THE MARSH END COUNTY BOARD OF\nSUPERVISORS HELD THE FOURTH DAY OF MAY IN THE\nYEAR TWO THOUSAND AND THREE\nPRESENT: Ann B. Carr, Chairman${items}`;
    expect(parseText(minutes).meetings[0].body).toBe('Marsh End County Board of Supervisors');
  });

  it('is read from "A Meeting of X" over "was held …", whatever key of governors\' kinds follows', () => {
    const minutes =
      'A Meeting of the Holmfield Academy Full Governing Board\n\nwas held in the library on Thursday 6th March 2025 at 5pm.\n\n' +
      'Mrs A Reed (Chair) (FG); Mr B Shaw (PG)\n(FG) Foundation Governor; (PA) Parents Association Governor\n\n1. Welcome\nThe Chair opened the meeting.\n\n2. Apologies\nNone.\n';
    expect(parseText(minutes).meetings[0].body).toBe('Holmfield Academy Full Governing Board');
  });
});

describe('the statutory annual meeting of a council', () => {
  it('names the council, not the kind of meeting', () => {
    const minutes =
      'Minutes of the Statutory Annual Meeting of Brindle Parish Council held via Zoom on Wednesday 5 May 2021 commencing at 19:00.\n\n' +
      'Present:\n\nCllr Mr A Pike (Chair)\n\nCllr Mrs B Rowe\n\n21.44 ELECTION OF CHAIR OF THE COUNCIL\n\nIt was RESOLVED that Cllr Pike be elected Chair of the Council.\n';
    expect(parseText(minutes).meetings[0].body).toBe('Brindle Parish Council');
  });
});

describe('a page run together: its number and the body in capitals over the minutes\' own title', () => {
  it('reads the header, not an item numbered by the page', () => {
    const meeting = firstMeeting(
      '1 HARBOUR TRUST BOARD MEETING APPROVED Minutes of the meeting held on Tuesday, 4 March 2025 Venue: The Boardroom, Quay House Present Ann Hale (Chair) Tom Foy 1 Welcome The Chair welcomed members to the meeting and noted there were no apologies for absence. 2 Minutes The minutes of the last meeting were approved as a true record.\n',
    );
    expect(meeting.date).toBe('2025-03-04');
  });
});

describe('a motion naming the meeting it calls to order', () => {
  it('names no body from "THAT the Regular Council Meeting held on …"', () => {
    const meeting = firstMeeting(
      'Council Meeting Minutes\n\nMembers Present:\n  • Mayor A. Hale\n  • Councillor T. Foy\n\n1.\n\n  • Moved by:Councillor T. Foy\n    Seconded by:Mayor A. Hale\n\n    THAT the Regular Council Meeting held on March 3, 2025 be called to order at 7:02 p.m.\n\n    Motion Carried\n',
    );
    expect(meeting.body).not.toMatch(/THAT/);
  });
});

describe("the minutes' own title's date over a date printed above it", () => {
  it('reads the date the title gives, not the date of the later meeting whose pack the minutes are printed in', () => {
    const text = 'Licensing Committee Item 5 14th May 2024 2.00 pm Public\n\nMINUTES OF THE LICENSING COMMITTEE MEETING HELD ON TUESDAY 9TH APRIL 2024\n\n2.00 pm – 3.10 pm\n\nPresent:\n\nMr A Lowe (Chairman), Mrs B Marsh and Mr C Nunn\n\n20.0 Apologies for Absence\n\n20.1 None.\n\n21.0 Minutes\n\n21.1 The minutes were approved.\n';
    expect(firstMeeting(text).date).toBe('2024-04-09');
  });

  it('reads the date a title wrapped onto its next line, under the date a blog gave its post', () => {
    const text = 'Wexton Town Council minutes\n\nTuesday, May 28, 2024\n\nMinutes of the meeting of Wexton Town Council held in the Church Hall on\nMonday, 6th May 2024 at 7pm\n\nPRESENT: Councillor A Lowe (chairman), Councillors B Marsh and C Nunn.\n\n101 POLICE MATTERS\nThere was nothing to report.\n\n102 PLANNING\nNo applications had been received.\n';
    expect(firstMeeting(text).date).toBe('2024-05-06');
  });

  it('leaves a sentence about earlier minutes to give no date', () => {
    const text = 'Wexton Town Council\n\nTuesday, 28 May 2024\n\nMinutes of the meeting held on 30 April 2024 were approved.\n\n1. Police matters\nThere was nothing to report.\n\n2. Planning\nNo applications.\n';
    expect(firstMeeting(text).date).toBe('2024-05-28');
  });
});

describe("a council's meeting page, its link to the minutes above them", () => {
  it('reads "Minutes: Read the Minutes" as the page\'s link, heading no item, so the attendance under the title is the header\'s', () => {
    const text = 'Agendas, reports and minutes\n\nKell Licensing Board\n\nDate: Tuesday, 7 October 2025\n\nMinutes: Read the Minutes\n\nMinute of the meeting of the Kell Licensing Board held in the Council Chamber, Kell, on Tuesday 7 October 2025 at 1.00pm.\n\nPresent:\n\nDr A Lowe, Mr B Marsh and Ms C Nunn.\n\nIn Attendance:\n\nMr D Oates, Clerk\n\n1. Apologies for Absence\n\nNone.\n\n2. Declarations of Interest\n\nNone.\n';
    const meeting = firstMeeting(text);
    expect(peopleOf(meeting).map(([name]) => name)).toEqual(['Dr A Lowe', 'Mr B Marsh', 'Ms C Nunn', 'Mr D Oates']);
    expect(itemsOf(meeting).filter(([number]) => number !== null)).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Declarations of Interest'],
    ]);
    expect(itemsOf(meeting).map(([, title]) => title)).not.toContain('Minutes: Read the Minutes');
  });
});

describe('a date told in the prose of a page that starts below its header', () => {
  it("reads no meeting date from a paragraph about another meeting, and keeps the paragraph as minutes", () => {
    const text = [
      'Community Safety Partnership',
      '',
      'Verbal update by Priya Okafor, Partnerships Officer.',
      '',
      'The Partnerships Officer reported on the work of the Community Safety Partnership since the summer. Members were told that the next meeting of the Partnership on 14 May 2019 would consider the refreshed strategy and that its outcome would be reported to this committee.',
      '',
      'That the update be noted.',
      '',
    ].join('\n');
    const meeting = firstMeeting(text);
    expect(meeting.date).toBeNull();
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.text.slice(0, 31))).toContain('The Partnerships Officer report');
  });

  it("reads no meeting date from an item confirming an earlier meeting's minutes, nor a body from the names above it", () => {
    const text = [
      'Apologies for Absence',
      '',
      'Apologies were received from the following members:',
      '',
      'Councillor Mair Evans (Panel Member)',
      '',
      'Declarations of Interest',
      '',
      'No declarations were made.',
      '',
      'Minutes of the Previous Meeting pdf icon PDF 120 KB',
      '',
      'To receive Minutes of the Meeting held 14 March 2024',
      '',
      'Resolved that the Minutes be accepted as a correct record.',
      '',
    ].join('\n');
    const meeting = firstMeeting(text);
    expect([meeting.body, meeting.date]).toEqual([null, null]);
  });

  it('reads the date of a page whose title, date and business run together on one line, its last sentence unended', () => {
    const text = 'Finance Committee <br /> Minutes <br /> August 27, 2020 <br /> NEW BUSINESS <br /> Review the remaining articles of the warrant for the town. The recommendation was taken under advisement <br /> NEXT MEETING <br /> Thursday, September 3, 2020\n';
    expect(firstMeeting(text).date).toBe('2020-08-27');
  });

  it("keeps a labelled date field in the header though prose runs on under it with no blank line (a decision notice's PDF)", () => {
    const text = [
      '# Westmere Combined Authority',
      '',
      '## Decision Notice',
      '',
      ' Decision maker                 Combined Authority Board',
      ' Date of meeting                19 March 2025',
      ' Date of publication            21 March 2025',
      'This notice records the decisions taken by the Board at its meeting. Decisions may be called in until the deadline above has passed.',
      '',
      '### Decision 1: Skills plan',
      '',
      'The Board approved the skills plan.',
    ].join('\n');
    expect(firstMeeting(text, 'pdf')).toMatchObject({ body: 'Westmere Combined Authority Board', date: '2025-03-19' });
  });

  it('reads the date line under a title in capitals when no blank line sets the header apart from the minutes', () => {
    const text = [
      'CITY OF ASHFORD FALLS',
      'CITY COUNCIL REGULAR MEETING MINUTES',
      'Tuesday, March 12, 2024 – 6:00 P.M.',
      'Council Chambers, 12 Birch Street',
      '1. CALL TO ORDER',
      'Mayor Dana Quist called the meeting to order at 6:02 p.m. and welcomed the residents who had come to speak.',
      '2. ROLL CALL',
      'Present: Mayor Dana Quist, Councilmembers Priya Rao and Tom Vance.',
    ].join('\n');
    expect(firstMeeting(text)).toMatchObject({ date: '2024-03-12' });
  });

  it('still reads the date of a sentence saying the meeting was held', () => {
    const text = 'A meeting of the Tessmouth Fire Authority was held on Wednesday 17 September 2008 in the Conference Room at Brigade Headquarters.\n\nPRESENT: Councillor A Brook, Councillor C Dale\n\n1. APOLOGIES\nNone.\n\n2. MINUTES\nThe minutes were agreed.\n';
    expect(firstMeeting(text).date).toBe('2008-09-17');
  });
});

describe("a header's date parted by bold marks", () => {
  it('ends the header at a date a Markdown export parted round its superscript ordinal, keeping the items under it', async () => {
    const text =
      '**LOWER ASHBY PARISH COUNCIL**\n\n**Draft Minutes of the Parish Council meeting held on 14****th** **March 2023 at 7.30pm in the village hall**\n\n' +
      '**Present:** Cllr P Dunmore (Chairman), Cllr R Tate, Cllr S Odell\n\n **Declarations of interest:**\n\nNone declared.\n\n **Chairman’s update**\n\n' +
      'The new dog bin by the school gate has been installed and the footpath sign at Mill Lane has been replaced.\n\n **Correspondence**\n\n' +
      ' Information on the coronation picnic Saturday 6th May 2023, posters for the noticeboard and the church porch\n\n **Planning applications**\n\nNo applications were received.\n\n **Payments**\n\nClerk wages £310.00, village hall hire £24.00.\n\n **Date of next meeting**\n\nTuesday 11th April 2023.\n';
    const [meeting] = (await readAndParse(text, 'lower-ashby.md')).meetings;
    expect(meeting.date).toBe('2023-03-14');
    expect(paragraphsOf(meeting).map((paragraph) => paragraph.text)).toContain(
      'The new dog bin by the school gate has been installed and the footpath sign at Mill Lane has been replaced.',
    );
  });
});

describe("a US board's opening sentence naming the body that met", () => {
  const items = '\n\n1. Approval of Minutes\nThe minutes were approved as presented.\n\n2. Road Department\nThe road supervisor reported on grading.\n\n3. Adjournment\nThe meeting adjourned at 10:40 a.m.\n';

  it('names the board that met or convened, without the clause between commas or the county named again', () => {
    expect(firstMeeting(`The Tamsin County Board of County Commissioners, in and for Tamsin County, Ohio, convened in a regular meeting on Monday, April 6, 2009 at 9:00 a.m. in the courthouse.${items}`).body).toBe(
      'Tamsin County Board of County Commissioners',
    );
    expect(firstMeeting(`April 6, 2009\n\nThe Tamsin County Board of Supervisors of Tamsin County, Ohio, met this day at the courthouse.${items}`).body).toBe('Tamsin County Board of Supervisors');
  });

  it('names the council whose meeting the mayor called to order', () => {
    // A page copied as one line, with no headings: its opening sentence is in the header.
    const minutes =
      'Adopted Minutes Regular Council Meeting April 6, 2009 Mayor Orrin called a Regular Meeting of the Fennick City Council to order at 7:00 p.m. in the Council Chambers. ' +
      'COUNCIL PRESENT: Mayor Orrin, Councilmembers Hale and Voss. The Council heard from residents about the street lights on Elm Avenue.\n';
    expect(firstMeeting(minutes).body).toBe('Fennick City Council');
  });
});

describe('minutes whose own title names no body', () => {
  const items = '\n\n1. Correspondence\nA letter from the county was read.\n\n2. Roads\nThe engineer reported on the winter works.\n\n3. Any other business\nThere was none.\n';

  it('take no body from a title that had its name taken out ("MEETING OF HELD IN")', () => {
    expect(firstMeeting(`MINUTES OF THE ORDINARY MEETING OF HELD IN THE COUNCIL CHAMBER, ON MONDAY, 16 MARCH 2020${items}`).body).toBeNull();
  });

  it("take none from last month's minutes, which the header confirms by their month", () => {
    expect(firstMeeting(`December Monthly Meeting held on Monday, 14th December 2009, at the Civic Offices\nThe minutes of the November monthly meeting held on 16th November 2009 were confirmed.${items}`).body).toBeNull();
  });
});

describe("an Australian council's minutes as a document site copies them", () => {
  const items = '\n\n1      APOLOGIES\n\nNil\n\n2      MAYORAL MINUTE\n\nNil\n\n3      CONFIRMATION OF MINUTES\n\nThe minutes were confirmed.\n';

  it('name the council, not the kind of meeting under its name', () => {
    const minutes = 'General Meeting Minutes                     25 May 2022\n\n          MINUTES OF WARRABEE REGIONAL COUNCIL\n                GENERAL MEETING\n         ON WEDNESDAY, 25 MAY 2022 AT 9.00AM';
    expect(firstMeeting(minutes + items).body).toBe('Warrabee Regional Council');
  });

  it("name the council, not the site's title of the document (\"MINUTES Ordinary Council Meeting 10 May 2022 - Tuesday, …\")", () => {
    const minutes =
      'MINUTES Ordinary Council Meeting 10 May 2022 - Tuesday, 10 May 2022\n\nMINUTES\n\nOrdinary Council Meeting\n\n      10 May 2022\n' +
      'ORDINARY COUNCIL MEETING MINUTES                          10 MAY 2022\n\n          MINUTES OF WARRABEE SHIRE COUNCIL\n            ORDINARY COUNCIL MEETING\n        ON TUESDAY, 10 MAY 2022 AT 9.00AM';
    expect(firstMeeting(minutes + items).body).toBe('Warrabee Shire Council');
  });
});

describe('a body named on a "Minutes of …" or "Notes of …" title line', () => {
  it('reads the title line even when the prose under it mentions "the minutes of the meeting held on …"', () => {
    const text = [
      'Minutes of the Housing Review Steering Committee Meeting',
      '',
      'Tuesday 14 May 2024',
      '',
      'Attendees:  Councillors Mrs Hale, Ormsby and Quill',
      '',
      'The minutes of the meeting held on 9 April 2024 were considered and agreed.',
      '',
      '1. Repairs Backlog',
      '',
      'The Committee noted the number of open repairs.',
      '',
      '2. Void Properties',
      '',
      'The Committee noted the report.',
    ].join('\n');
    expect(firstMeeting(text).body).toBe('Housing Review Steering Committee');
  });

  it('reads the notes of an informal meeting, and a month printed before the body, as the body alone', () => {
    const notes = 'Notes of the Informal Tenancy Review Panel\n\nWednesday 5 June 2024\n\nAttendees: Councillors Dunn, Pryor and Salt\n\nThe Panel discussed the draft tenancy strategy and asked for a timetable.\n';
    expect(firstMeeting(notes).body).toBe('Tenancy Review Panel');
    const monthly = 'Minutes of the June Quarry Liaison Committee\n\nHeld at the site office on 12th June 2024\n\nPresent: Mr A Kerr, Mrs B Lowe\n\nThe site manager reported on the blasting schedule.\n';
    expect(firstMeeting(monthly).body).toBe('Quarry Liaison Committee');
  });

  it('reads "Overview and Scrutiny" before the dash of a meeting page\'s title as the body', () => {
    const text = 'Overview and Scrutiny - Wednesday, 9th October, 2024 7.00 pm\n\nApologies\n\nAn apology for absence was received from Councillor Rudd.\n\nWork Programme\n\nThe Committee agreed its work programme.\n';
    expect(firstMeeting(text)).toMatchObject({ body: 'Overview and Scrutiny', date: '2024-10-09' });
  });
});

describe('a committee named in capitals on its own line under its council', () => {
  it('names the council and its sub-committee, "Sub-Committee" written as the council writes it', () => {
    const text = 'KELBY BOROUGH COUNCIL\n\nLICENSING SUB-COMMITTEE\n\n12 March 2024\n\nCouncillor A Penn (Chair)\nCouncillor B Rowe\nCouncillor C Sole\n\n1. Apologies\n\nNone.\n';
    expect(firstMeeting(text).body).toBe('Kelby Borough Council Licensing Sub-Committee');
  });
});

describe('an annual general meeting, and a title naming the meeting before its body with no "Minutes" before it', () => {
  const items = '\n\n1. Welcome\nThe Chair welcomed everyone.\n\n2. Accounts\nThe accounts were approved.\n';

  it.each([
    ['Minutes of the Annual General Meeting of Fernhill Parish Council held on 4 June 2025'],
    ['Annual General Meeting of the Fernhill Parish Council\nWednesday 4th June 2025 @ 19:00 in the Scout Hut'],
    ['Minutes of the Extraordinary General Meeting of the Fernhill Parish Council\nWednesday 4 June 2025'],
    ['Meeting of the Fernhill Parish Council held on Wednesday 4 June 2025'],
    ['Annual General Meeting of the Fernhill Parish Council\nheld on Wednesday 4 June 2025 at the Scout Hut'],
  ])('names the council of "%s"', (title) => {
    expect(parseText(title + items).meetings[0].body).toBe('Fernhill Parish Council');
  });
});

describe('a heading above the title that adds nothing to the body, or that the body needs not', () => {
  it('leaves a site heading whose every word the body holds, and one above a board named with its organisation', () => {
    expect(qualifyBody('Fernhill Community Council Forum', 'Community Council Forums')).toBe('Fernhill Community Council Forum');
    expect(qualifyBody('Fernhill Parish Council', 'Parish Council')).toBe('Fernhill Parish Council');
    expect(qualifyBody('Board of Directors of Fernhill Housing Trust Ltd', 'Learning Center')).toBe('Board of Directors of Fernhill Housing Trust Ltd');
  });

  it('still names a committee with its council above it', () => {
    expect(qualifyBody('Planning Committee', 'Fernhill Town Council')).toBe('Fernhill Town Council Planning Committee');
  });

  it('names the forum of a site page titled with what it lists', () => {
    const text = 'Community Council Forums\nAnnual General Meeting of the Fernhill Community Council Forum\nWednesday 4th June 2025 @ 19:00 in the Scout Hut\n1) Welcome\nThe Chair welcomed everyone.\n2) Accounts\nThe accounts were approved.\n';
    expect(parseText(text).meetings[0].body).toBe('Fernhill Community Council Forum');
  });
});

describe("a body's name, then the date after a comma or the kind of meeting, all a title line says", () => {
  it('names the council of a title that gives the kind of meeting between its name and the date', () => {
    const text = 'Llanferw Town Council Monthly Meeting Wednesday 15th January 2025\n\nIn attendance: Mel Carr (Town Clerk)\n\n133. Opening Prayer\n\nThe opening prayer was given.\n';
    expect(parseText(text).meetings[0].body).toBe('Llanferw Town Council');
  });

  it('names the committee', () => {
    const text = 'Chamber and committees\n\nFinance Committee, 07 Nov 2006\n\nMeeting date: Tuesday, November 7, 2006\n\nItems in Private\n\nThe Convener (Mr Tom Hale):\n\nI welcome everyone to the meeting.\n';
    expect(parseText(text).meetings[0].body).toBe('Finance Committee');
  });
});

describe('a meeting held over two days', () => {
  it('is dated by its first day', () => {
    expect(findDate('The meeting was held on 4th and 13th September 2017 in the Council Hall.')).toBe('2017-09-04');
    expect(findDate('Conference held 14-15 March 2024')).toBe('2024-03-14');
  });

  it('is no pair where a number before the date is an item\'s', () => {
    expect(findDate('Item 4 - 12 March 2025')).toBe('2025-03-12');
  });
});

describe("a body named in a title in capitals, the header's prose under it", () => {
  it('ends the name where the sentence of the next line starts', () => {
    const meeting = firstMeeting('MINUTES OF THE 14TH MEETING OF THE ACADEMIC COUNCIL\nThe 14th meeting was held on 9th March 2026 at 11.00 a.m.\n\nItem No. 1: Minutes\n\nThe minutes were confirmed.\n');
    expect(meeting.body).toBe('Academic Council');
  });
});

describe("a board or council named before 'meeting of' and whose it is", () => {
  it("names a district's board after the district, and a municipality's council after the municipality", () => {
    expect(firstMeeting('MINUTES OF THE\nBOARD OF DIRECTORS MEETING OF THE\nCEDAR FLAT WATER DISTRICT\nMay 6, 2026\n\n1. ROLL CALL\nAll directors were present.\n').body).toBe('Cedar Flat Water District Board of Directors');
    expect(firstMeeting('MINUTES OF THE FORTY FIRST (41ST) SPECIAL COUNCIL MEETING OF LEBOWA MUNICIPALITY WHICH WAS HELD ON 3 JUNE 2026\n\n1. OPENING\nThe Speaker opened the meeting.\n').body).toBe('Lebowa Municipality');
  });
});
