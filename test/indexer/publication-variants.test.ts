// The same minutes published differently must parse alike (bench/layouts-robustness.ts): forms found by re-wrapping,
// removing blank lines, Title Case for capitals, other date forms and page stamps, each in a small document written
// for this test.
import { parseMinutes, wrapOf } from '../../indexer/parse';
import { readAttendance } from '../../indexer/parse/attendance';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
const CLOSE = '\n\n9. Close\nThe meeting closed at 9pm.\n';
const namesOf = (text: string) => parse(text).meetings[0].attendees.map(({ name, role, attendance }) => [name, role, attendance]);

describe('attendance lists hard-wrapped by the page', () => {
  it('carries a name cut after its title on to the next line', () => {
    const text = `ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on 3 March 2025\n\nPresent: Cllr Mary Ashdown (Chairman), Cllr Owen Briggs, Cllr\nPeter Carrow, Cllr Ruth Dunne\n\n1. Apologies\nNone.${CLOSE}`;
    expect(namesOf(text)).toEqual([
      ['Cllr Mary Ashdown', 'Chair', 'present'],
      ['Cllr Owen Briggs', null, 'present'],
      ['Cllr Peter Carrow', null, 'present'],
      ['Cllr Ruth Dunne', null, 'present'],
    ]);
  });

  it("carries a name cut after its first name or initial on when the next line opens with the rest and the list's next mark", () => {
    const text = `ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on 3 March 2025\n\nPresent: Cllr Mary Ashdown (Chairman), Cllr Owen Briggs, Cllr Peter\nCarrow, Cllr Ruth Dunne\nIn attendance: Mr Lewis Fenn (Clerk), Mrs Gail Haworth (Finance Officer), Ms T\nIqbal (Locum Clerk)\n\n1. Apologies\nNone.${CLOSE}`;
    expect(namesOf(text)).toEqual([
      ['Cllr Mary Ashdown', 'Chair', 'present'],
      ['Cllr Owen Briggs', null, 'present'],
      ['Cllr Peter Carrow', null, 'present'],
      ['Cllr Ruth Dunne', null, 'present'],
      ['Mr Lewis Fenn', 'Clerk', 'in attendance'],
      ['Mrs Gail Haworth', 'Finance Officer', 'in attendance'],
      ['Ms T Iqbal', 'Locum Clerk', 'in attendance'],
    ]);
  });

  it('keeps a list set one person a line apart, however long its lines', () => {
    const text = `ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on 3 March 2025\n\nIn attendance:\nMr Lewis Fenn, Clerk, Responsible Financial Officer and Proper Officer\nMrs Gail Haworth, Deputy Clerk\n\n1. Apologies\nNone.${CLOSE}`;
    expect(namesOf(text)).toEqual([
      ['Mr Lewis Fenn', 'Clerk, Responsible Financial Officer and Proper Officer', 'in attendance'],
      ['Mrs Gail Haworth', 'Deputy Clerk', 'in attendance'],
    ]);
  });

  it('carries a line ending in a space (as PDF text wraps) across a blank line only when it ends no sentence', () => {
    const lines = ['IN ATTENDANCE: Mr Lewis Fenn (Clerk to the Panel). ', '', 'PUBLIC ITEMS ', '', '1. Apologies'];
    expect(readAttendance(lines, { trailingSpaceWraps: true }).attendees.map(({ name, role }) => [name, role])).toEqual([['Mr Lewis Fenn', 'Clerk to the Panel']]);
    const wrappedOffice = ['OFFICERS:', 'Ruth Pell – Housing Enforcement ', '', 'Manager, Private Sector', 'Sam Ivey – Licensing Officer'];
    expect(readAttendance(wrappedOffice, { trailingSpaceWraps: true }).attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Ruth Pell', 'Housing Enforcement Manager, Private Sector'],
      ['Sam Ivey', 'Licensing Officer'],
    ]);
  });

  it("reads a label's word wrapped under a long line of prose as the end of its sentence, not a label", () => {
    const text = `ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on 3 March 2025\n\nPresent: Cllr Mary Ashdown (Chairman), Cllr Owen Briggs\n\nAP/25/01  Apologies\nNone were received.\n\nAP/25/02  Bus shelter\nResolved to ask the county council to repair the shelter glass. Action: Parish\nClerk\n\nAP/25/03  Close\nThe meeting closed at 9pm.\n`;
    const meeting = parse(text).meetings[0];
    expect(meeting.items.map((item) => item.number)).toEqual(['AP/25/01', 'AP/25/02', 'AP/25/03']);
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Cllr Mary Ashdown', 'Cllr Owen Briggs']);
  });
});

describe('dates in figures', () => {
  it('reads a title that puts the date in figures first as the date, not an item numbered 04/03/2025', () => {
    const text = `Thornbury Borough Council\n\n04/03/2025 — Licensing Committee\n\nMembers present: Councillor Ann Pike (Chair), Councillor Ben Rowe\n\n1. Apologies\nNone.\n\n2. Street trading consents\nThe consents were renewed.${CLOSE}`;
    const meeting = parse(text).meetings[0];
    expect(meeting.date).toBe('2025-03-04');
    expect(meeting.body).toBe('Thornbury Borough Council Licensing Committee');
    expect(meeting.items.map((item) => item.number)).toEqual(['1', '2', '9']);
  });

  it('leaves a date in figures after a dash, or at the end of a title, out of the body', () => {
    const dashed = `Fenwold Police and Crime Panel - 06/02/2025 2.00 pm\n\n1. Apologies\nNone.${CLOSE}`;
    expect(parse(dashed).meetings[0].body).toBe('Fenwold Police and Crime Panel');
    const titled = `Fenwold Parish Council\nAnnual Parish Meeting 22/04/2025\n\n1. Apologies\nNone.${CLOSE}`;
    expect(parse(titled).meetings[0].body).toBe('Fenwold Parish Council');
  });

  it('drops a running header that names the meeting with its date in figures', () => {
    const pageOne = 'FENWOLD DISTRICT COUNCIL\nLicensing Committee\nMinutes of the meeting held on 12 February 2025\n\n1. Street trading\nThe Licensing Manager presented the report.';
    const pageTwo = 'Licensing Committee - 12/02/2025\nCouncillor Ives asked whether the fee had changed.\n\n2. Close\nThe meeting closed at 8pm.';
    const paragraphs = parse(`${pageOne}\n\f${pageTwo}\n`).meetings[0].items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.text));
    expect(paragraphs).toContain('Councillor Ives asked whether the fee had changed.');
    expect(paragraphs.some((paragraph) => paragraph.includes('12/02/2025'))).toBe(false);
  });

  it('drops a running header of two pages that names only the minutes and their date', () => {
    const pageOne = 'STRATHMORE COMMUNITY COUNCIL\nMinute of Meeting held on 26 February 2025\n\n1. Roads\nThe Board agreed to ask the council to bring a plan for the';
    const pageTwo = 'Minutes – 26 February 2025\n\nwinter gritting routes to the April meeting.\n\n2. Close\nThe meeting closed at 8pm.';
    const [roads] = parse(`${pageOne}\n\nPage 1 of 2\n\f${pageTwo}\n\nPage 2 of 2\n`).meetings[0].items;
    expect(roads.paragraphs.map((paragraph) => paragraph.text)).toEqual(['The Board agreed to ask the council to bring a plan for the winter gritting routes to the April meeting.']);
  });

  it('names no body from the hard-wrapped tail of the sentence that opens the minutes', () => {
    const text = `                    MARLOW ST ANNE TOWN COUNCIL\n\n     Minutes of the Full Council meeting held on Tuesday 11\n     February 2025 at 7.00pm in the Assembly Room, Marlow Town\n     Hall\n\n1. Apologies\nNone.${CLOSE}`;
    expect(parse(text).meetings[0].body).toBe('Marlow St Anne Town Council');
  });

  it('leaves a written date out of a labelled meeting, as one in figures', () => {
    const text = `Meeting: 12th March 2025 - Cabinet (Item 67)\n\n67. Parking charges\nThe Cabinet agreed the charges.${CLOSE}`;
    expect(parse(text).meetings[0].body).toBe('Cabinet');
  });
});

describe('Title Case where capitals were', () => {
  it('reads unnumbered Title Case sections over numbered matters as items, as it does capitals', () => {
    const text = `CITY OF LARK BAY\nMinutes of the Regular Meeting of the City Council\nMonday, March 3, 2025\n\nRoll Call\nPresent: Councilmembers Ames, Byrd and Cole\n\nPledge of Allegiance\nCouncilmember Ames led the Pledge of Allegiance.\n\nPublic Comments\nRosa Lind asked for a crossing outside the library.\n\nPublic Hearings\n1. Appeal of a Fence Permit at 40 Bay Road\nThe Planning Director presented the staff report.\n\n2. Zoning Text Amendment for Home Studios\nThe Council adopted the amendment.\n\nAdjournment\nMayor Dunn adjourned the meeting at 7:10 p.m.\n`;
    expect(parse(text).meetings[0].items.map((item) => [item.number, item.title])).toEqual([
      [null, 'Pledge of Allegiance'],
      [null, 'Public Comments'],
      [null, 'Public Hearings'],
      ['1', 'Appeal of a Fence Permit at 40 Bay Road'],
      ['2', 'Zoning Text Amendment for Home Studios'],
      [null, 'Adjournment'],
    ]);
  });

  it('takes a Title Case title with a year in it, but not a line giving a date', () => {
    const text = `HOLME BOROUGH COUNCIL\nMinutes of the Environment Committee held on 3 March 2025\n\n(1) Apologies for Absence\nNone.\n\n(2) Air Quality Action Plan 2025-2030\nThe plan was approved.\n\n(3) Allotment Rents 2025/26\nThe rents were held.\n`;
    expect(parse(text).meetings[0].items.map((item) => item.title)).toEqual(['Apologies for Absence', 'Air Quality Action Plan 2025-2030', 'Allotment Rents 2025/26']);
  });

  it('joins a title left hanging on a word like "on" to the line under it', () => {
    const text = `RAMGARH NAGAR PALIKA PARISHAD\nMinutes of the Ordinary Meeting held on 18th January, 2024\n\nSubject No. 1: Confirmation of the proceedings of the meeting held on\n21st December, 2023.\nThe proceedings were read out and confirmed.\n\nSubject No. 2: Street lights on Station Road.\nThe Junior Engineer reported that the poles had been ordered.\n`;
    expect(parse(text).meetings[0].items.map((item) => item.title)).toEqual([
      'Confirmation of the proceedings of the meeting held on 21st December, 2023',
      'Street lights on Station Road',
    ]);
  });

  it('joins a long title wrapped under a hanging indent, in Title Case as in capitals', () => {
    const text = `HOLME BOROUGH COUNCIL\nMinutes of the Planning Committee held on 3 March 2025\n\nPL/25/011   25/00412/FUL - Erection of Twelve Dwellings with Access from Mill\n            Lane, Land South of the Old Forge, Holme St Mary\n            The Planning Officer presented the application and said that the\n            highway authority had raised no objection.\n\nPL/25/012   Appeals\n            None were reported.\n`;
    const [first] = parse(text).meetings[0].items;
    expect(first.title).toBe('25/00412/FUL - Erection of Twelve Dwellings with Access from Mill Lane, Land South of the Old Forge, Holme St Mary');
    expect(first.paragraphs[0].text).toBe('The Planning Officer presented the application and said that the highway authority had raised no objection.');
  });
});

describe('titles carried on by a hard wrap', () => {
  // Wrapped at 70 characters, as a text export or pdftotext prints it.
  const text = [
    'HARBOURSIDE CITY COUNCIL',
    'Minutes of the regular meeting held on Tuesday 4 March 2025',
    '',
    '1. Development Application DA 2025/031 – Two-Storey Dwelling, 14 Quay',
    'Road, Harbourside',
    'The Director of Planning outlined the application and the nine',
    'submissions received, most of them about overlooking of the houses on',
    'the lane behind and the loss of the harbour view from the public path.',
    'Councillor Abara asked whether the height had been reduced. The',
    'Director said that the roof had been lowered by half a metre since the',
    'application was first lodged and that no further change was proposed.',
    '',
    '2. Resolution No. 2025-14 Establishing a Residential Parking Permit',
    'Scheme for the Harbour District (Stage Two)',
    'The City Manager explained that the scheme would be reviewed after',
    'twelve months and that permits would cost thirty dollars for each car.',
    '',
    '3. Quarterly Budget Review',
    'Key Decision',
    'The Treasurer presented the review, which showed a small surplus.',
  ].join('\n');

  it('joins a full title line to the short line of capitalised words the wrap carried on', () => {
    expect(parse(text).meetings[0].items.map((item) => item.title)).toEqual([
      'Development Application DA 2025/031 – Two-Storey Dwelling, 14 Quay Road, Harbourside',
      'Resolution No. 2025-14 Establishing a Residential Parking Permit Scheme for the Harbour District (Stage Two)',
      'Quarterly Budget Review',
    ]);
  });

  it("measures how long the wrap lets a line be by the run of full lines' lengths, not by a longer table row", () => {
    const row = 'Mr Tom Ashby       Senior Transport Officer (Harbourside), Roads Department';
    expect(wrapOf(text.split('\n'))).toEqual({ width: 70, limit: 70 });
    expect(wrapOf([...text.split('\n'), row])).toEqual({ width: 70, limit: 70 });
  });
});

describe('attendance entries carried on by a hard wrap', () => {
  // Wrapped at 70 characters; the offices run on past the line's end.
  const lines = [
    'MILLBROOK UNIFIED SCHOOL DISTRICT',
    'Board of Education Regular Meeting held on Thursday 15 May 2025',
    '',
    'Board Members Present: Ann Ruiz (President), Dev Holm, Nia Feld',
    'Staff Present: Dr. Mara Cole, Superintendent; Kevin Laird, Assistant',
    'Superintendent, Business Services; Rachel Yu, Director of Special',
    'Education',
    '',
    '1. Budget Hearing',
    'The Assistant Superintendent presented the budget for the coming year',
    'and explained that the reserve would stay above the level the state',
    'requires, although enrolment had fallen for the third year running and',
    'the transport contract was due to be tendered again in the autumn.',
  ];

  it("joins an office's words the wrap carried to the next line, where that line's first word would not have fitted", () => {
    expect(namesOf(lines.join('\n')).slice(3)).toEqual([
      ['Dr. Mara Cole', 'Superintendent', 'in attendance'],
      ['Kevin Laird', 'Assistant Superintendent, Business Services', 'in attendance'],
      ['Rachel Yu', 'Director of Special Education', 'in attendance'],
    ]);
  });
});

describe('questions lettered Q and A', () => {
  it('reads a "Q." line cut short by the wrap as a question, not an item lettered Q', () => {
    const text = `OAKWELL LEARNING TRUST\nMinutes of the Board of Trustees held on 12 September 2023\n\nMinute 23/24-03 CEO report\nThe CEO presented his report.\nQ. Trustees asked how the trust would pay for the new boiler at\nthe Eastgate site.\nA. The CFO said the cost would come from the capital grant.\n\nMinute 23/24-04 Risk register\nThe risk register was approved.\n`;
    expect(parse(text).meetings[0].items.map((item) => item.number)).toEqual(['23/24-03', '23/24-04']);
  });
});

describe('minutes published with no blank lines', () => {
  it('reads a short Title Case line between finished sentences as a heading', () => {
    const text = `Brookfield Community Council\nMinutes of the meeting held on 3 March 2025\nPresent: Cllr Ann Pike (Chair) and Cllr Ben Rowe.\nWelcome and Apologies\nThe Chair welcomed everyone. There were no apologies.\nVillage Hall Car Park\nCllr Rowe reported that the resurfacing would start in April.\nDate of Next Meeting\nThe next meeting will be on 7 April 2025.\n`;
    expect(parse(text).meetings[0].items.map((item) => item.title)).toEqual(['Welcome and Apologies', 'Village Hall Car Park', 'Date of Next Meeting']);
  });

  it("ends a hard-wrapped paragraph at a line the next word would have fitted on, in an item with no blank lines", () => {
    const first = ['Ellen Marsh, 14 Birch Avenue, spoke about speeding on Birch Avenue', 'and asked for speed humps to be considered.'];
    const second = ['Gary Fenwick, 8 Ridge Road, spoke in support of the new dog park at', 'the recreation ground and offered to help with fundraising for it.'];
    const filler = 'The Clerk reported that the grant application for the play area had gone in';
    const text = `LAKESIDE CITY COUNCIL\nMinutes of the meeting held on 3 March 2025\n\n1. Clerk's report\n${filler}\non time and that an answer was expected in the summer from the fund.\n\n2. Public comment\n${first.join('\n')}\n${second.join('\n')}${CLOSE}`;
    const paragraphs = parse(text).meetings[0].items[1].paragraphs.map((paragraph) => paragraph.text);
    expect(paragraphs).toEqual([first.join(' '), second.join(' ')]);
  });

  it('keeps such lines in one paragraph where the item separates its paragraphs by blank lines', () => {
    const filler = 'The Clerk reported that the grant application for the play area had gone in';
    const text = `LAKESIDE CITY COUNCIL\nMinutes of the meeting held on 3 March 2025\n\n1. Clerk's report\n${filler}\non time and that an answer was expected in the summer from the fund.\n\n2. Public comment\nMr Hollis, a resident of Church Lane, spoke against the application.\nHe said the lane was too narrow for lorries.\n\nMs Farrow, the agent, spoke in support.${CLOSE}`;
    const paragraphs = parse(text).meetings[0].items[1].paragraphs.map((paragraph) => paragraph.text);
    expect(paragraphs).toEqual(['Mr Hollis, a resident of Church Lane, spoke against the application. He said the lane was too narrow for lorries.', 'Ms Farrow, the agent, spoke in support.']);
  });
});

describe('minutes published with no blank lines: turns, labels, closes and the first heading', () => {
  const paragraphsOf = (text: string) => parse(text).meetings[0].items.flatMap((item) => item.paragraphs.map((paragraph) => [paragraph.text, paragraph.speaker]));

  it("ends a guest list at a verbatim record's first turn, a name and office then a colon", () => {
    const text = `Transport Scrutiny Panel – 6 May 2025\nTranscript of Agenda Item 4 – Bus Franchising\nMembers present: Leah Corran AM (Chair), Owen Pryde AM, Nadia Flint AM\nGuests: Dr Ian Moss (Director of Buses, Kelby Transport), Rhona Tait (Secretary, Kelby Bus Users Group)\nLeah Corran AM (Chair): Welcome, both of you. We have a great deal to get through this morning, so I will go straight to questions.\nRhona Tait (Secretary, Kelby Bus Users Group): Thank you, Chair. Our members want a simpler fare.\n`;
    const meeting = parse(text).meetings[0];
    expect(meeting.attendees.map((attendee) => attendee.name)).toContain('Rhona Tait');
    expect(paragraphsOf(text)[0]).toEqual([expect.stringMatching(/^Leah Corran AM \(Chair\): Welcome/), 'Leah Corran AM']);
  });

  it("keeps a label line under a title apart from the speaker's turn under it, but not a motion's number from its mover", () => {
    const text = `FENWOLD DISTRICT COUNCIL\nMinutes of the Cabinet held on 4 February 2025\n\n41. Leisure Centre Contract\nKey Decision\nCouncillor Ames introduced the report on extending the contract by two years.\n\n42. Confirming By-law\nResolution No. 2025-12\nMoved by Councillor Ames\nSeconded by Councillor Byrd\nTHAT the by-law be passed. CARRIED${CLOSE}`;
    expect(paragraphsOf(text).slice(0, 3)).toEqual([
      ['Key Decision', null],
      ['Councillor Ames introduced the report on extending the contract by two years.', 'Councillor Ames'],
      ['Resolution No. 2025-12 Moved by Councillor Ames Seconded by Councillor Byrd THAT the by-law be passed. CARRIED', null],
    ]);
  });

  it('keeps the sentence that closes a hearing apart from the paragraph above it', () => {
    const text = `FENWOLD DISTRICT COUNCIL\nLicensing Sub-Committee\nMinutes of the hearing held on 4 February 2025\n\n1. Application for a Premises Licence – The Old Mill\nThe Legal Adviser explained the right of appeal to the magistrates' court.\nThe hearing closed at 11.20 am.\n`;
    expect(paragraphsOf(text).map(([paragraph]) => paragraph)).toEqual(["The Legal Adviser explained the right of appeal to the magistrates' court.", 'The hearing closed at 11.20 am.']);
  });

  it('reads the line right under the attendance as the first heading when prose follows it', () => {
    const text = `Dunmore Village Hall Committee\nMinutes of the meeting held on 2 April 2025\nPresent: Ann Pike (Chair), Ben Rowe, Cara Dunn\nApologies: Dev Holm\nWelcome and Apologies\nThe Chair welcomed everyone and noted the apologies.\nHall Bookings\nCara reported that the hall was booked on most weekday evenings.\nDate of Next Meeting\nThe next meeting will be on 7 May 2025.\n`;
    expect(parse(text).meetings[0].items.map((item) => item.title)).toEqual(['Welcome and Apologies', 'Hall Bookings', 'Date of Next Meeting']);
  });
});

describe('a heading under a list of people one a line, with no blank line between', () => {
  it('reads capitalised words over a numbered paragraph as the heading, not one more person', () => {
    const text = `Kwun Shan District Council\nMinutes of the Fifth Meeting of the Housing Committee\nDate:  4 March 2025 (Tuesday)\nPresent\nChairman:        Mr CHAN Siu-ming\nMembers:         Mr HO Ka-fai\n                 Dr TSANG Wing-hong\nSecretary\nMiss KWOK Sze-wing   Executive Officer, Kwun Shan District Office\nOpening Remarks\n1.  The Chairman welcomed Members and the representatives of the Housing Department.\nItem 1: Confirmation of the Minutes of the Fourth Meeting\n2.  The Committee confirmed the minutes without amendment.\nItem 2: Estate Lift Repairs\n3.  The Committee noted the paper.\n`;
    const meeting = parse(text).meetings[0];
    expect(meeting.attendees.map((attendee) => attendee.name)).not.toContain('Opening Remarks');
    expect(meeting.items.map((item) => item.title)).toEqual(['Opening Remarks', 'Confirmation of the Minutes of the Fourth Meeting', 'Estate Lift Repairs']);
  });

  it('keeps an untitled name in the list when a titled person follows it', () => {
    const text = `PARISH OF ST KELVER\nMinutes of the Parish Assembly held on Wednesday 5th February 2025\nPresent:\nConnétable Ruth Le Sueur (presiding)\nMrs Ann Pallot, Procureur du Bien Public\nVingtenier Paul Renouf\nMrs Jane Gallichan, Parish Secretary and 21 Principals and Electors of the Parish.\nMinute No. 1/2025 – Parish rates\nThe rates were approved.\nMinute No. 2/2025 – Close\nThe Assembly closed at 8pm.\n`;
    expect(parse(text).meetings[0].attendees.map((attendee) => attendee.name)).toEqual(['Connétable Ruth Le Sueur', 'Mrs Ann Pallot', 'Vingtenier Paul Renouf', 'Mrs Jane Gallichan']);
  });
});

describe('an official report published with no blank lines', () => {
  it('reads its Title Case headings after a bracketed note and after "On resuming—"', () => {
    const text = `Rural Affairs Committee\nWednesday 9 April 2025\nCONVENER\n*Ailsa Gunn (Orkney) (SNP)\nCOMMITTEE MEMBERS\n*Rory Baird (Fife) (Lab)\n*Jean Tosh (Lothian) (Con)\n*attended\n[The Convener opened the meeting at 09:30]\nDecision on Taking Business in Private\nThe Convener (Ailsa Gunn): Good morning. Do members agree to take item 3 in private?\nMembers indicated agreement.\nFerry Services Inquiry\nThe Convener: We now take evidence on ferry services from the island councils.\nRory Baird (Fife) (Lab): How many sailings were cancelled last winter?\n09:58\nMeeting suspended.\n10:04\nOn resuming—\nSubordinate Legislation\nThe Convener: No motion to annul the instrument has been lodged. Are members content?\nMembers indicated agreement.\n`;
    expect(parse(text).meetings[0].items.map((item) => item.title)).toEqual(['Decision on Taking Business in Private', 'Ferry Services Inquiry', 'Subordinate Legislation']);
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
