// How the parser reads one list of people into persons: titles shared by several names ("Councillors A, B and C"), offices
// printed before or after a name, organisations, initials and notes in brackets, run-on lists wrapped mid-name or after a
// semicolon, names whose commas were lost, and where a list ends. Each test parses a small document (or a list alone)
// invented in the style of real minutes, written for the test.
import { withTwoColumnNamesListed } from '../../../indexer/parse/attendance/two-column-names';
import { withDivisionEntriesListed } from '../../../indexer/parse/attendance/division-entries';
import { attendeesFromList } from '../../../indexer/parse/attendance/attendee-lists';
import { readAttendance } from '../../../indexer/parse/attendance/attendance';
import { ASHLEY_PARISH_HEADER_PRESENT, CLOSE_ITEM, firstMeeting, forumMeeting, HOLT_HEADER, itemsOf, MARLOW_HEIGHTS_HEADER, paragraphsOf, paragraphStarting, parseText, peopleOf } from '../../helpers/parse-text';

describe("members under their council's name, and offices before a title", () => {
  it("reads the members a joint body lists under each council's name", () => {
    const text = `JOINT PARKING COMMITTEE\nMinutes of the meeting held on 3 March 2025\n\nMembers present:\nNorth Borough Council: Councillor Amy Bell (Chair), Councillor Carl Dent\nSouth District Council: Councillor Erin Ford\n\n1. Apologies\nNone.${CLOSE_ITEM}`;
    expect(firstMeeting(text).attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Councillor Amy Bell', 'Chair'],
      ['Councillor Carl Dent', null],
      ['Councillor Erin Ford', null],
    ]);
  });

  it("takes an office printed before a councillor's title as their role, and a Presiding Member as the Chair", () => {
    expect(attendeesFromList('Mayor Cr Lee Hart (Presiding Member), Deputy Mayor Cr Sam Pike, Cr Ann Vos', 'present').map(({ name, role }) => [name, role])).toEqual([
      ['Cr Lee Hart', 'Chair'],
      ['Cr Sam Pike', 'Deputy Mayor'],
      ['Cr Ann Vos', null],
    ]);
  });
});

describe('ward councillors and run-on lists wrapped mid-name', () => {
  it('reads a ward councillor as a councillor, and ends an entry before "and two residents"', () => {
    expect(attendeesFromList('Ward Cllr Sandra Wilkin and two residents', 'in attendance').map(({ name }) => name)).toEqual(['Ward Cllr Sandra Wilkin']);
  });

  it('reads a run-on list wrapped mid-name, before "and" or before the last name\'s last word', () => {
    const text = `HOLT DISTRICT COUNCIL\nMinutes of the Planning Committee meeting held on 3 March 2025\n\nPresent:   Councillor Amy Bell (Chair), Councillor Carl Dent, Councillor Erin\n           Ford and Councillor Gail Hume, Councillor Ian Jones and Councillor Kate\n           Lowe\n\n1. Apologies\nNone.\n`;
    expect(firstMeeting(text).attendees.map(({ name }) => name)).toEqual([
      'Councillor Amy Bell', 'Councillor Carl Dent', 'Councillor Erin Ford', 'Councillor Gail Hume', 'Councillor Ian Jones', 'Councillor Kate Lowe',
    ]);
  });

  it('reads a list under one plural title wrapped after an initial ("B." / "Moloney, …"), no name ending in its initial', () => {
    const text = `KILBRACKEN COUNTY COUNCIL\nMinutes of the Ordinary Meeting held on Monday 7th April 2025\n\nMembers Present:  Cllrs P. Ahern, M. Brennan, T. Carey, S. McInerney, B.\n                  Moloney, C. Nolan,\n                  A. Quinn, E. Ryan.\n\nApologies:        Cllrs G. Barry, M. Cusack.\n\n1. Minutes\nThe minutes were agreed.\n`;
    expect(peopleOf(firstMeeting(text)).map(([name, , attendance]) => `${attendance}: ${name}`)).toEqual([
      'present: Cllr P. Ahern', 'present: Cllr M. Brennan', 'present: Cllr T. Carey', 'present: Cllr S. McInerney', 'present: Cllr B. Moloney',
      'present: Cllr C. Nolan', 'present: Cllr A. Quinn', 'present: Cllr E. Ryan', 'apologies: Cllr G. Barry', 'apologies: Cllr M. Cusack',
    ]);
  });

  it('reads a run-on list wrapped after a bare title whose rest comes before the name ("Mayor" / "Pro Tem Marcus Bell")', () => {
    // The text's longest lines are longer than the list's first: "Pro" would have fitted, yet no list ends on "Mayor".
    const text = [
      'CITY OF VISTA ALAMEDA',
      'City Council Action Minutes',
      'Regular Meeting – Tuesday, April 8, 2025 – 6:00 p.m.',
      '',
      '1. ROLL CALL',
      '',
      'Present: Council Member Ana Ibarra, Council Member Greg Holloway, Council Member Teresa Vu, Mayor',
      'Pro Tem Marcus Bell, Mayor Rosa Delgado',
      '',
      '2. PUBLIC HEARINGS',
      '',
      'Community Development Director Elena Marsh presented the staff report, and the public hearing was opened at',
      '6:21 p.m. Public speakers: Jim Pardo spoke in favor; Karen Lutz spoke in opposition, citing parking on Linden',
      'Street. Council Member Vu asked whether the parking exemption near transit applied to the Linden Street corridor.',
      'Director Marsh said that it applied only within one-half mile of the station, and the hearing was closed at',
      '6:40 p.m. Action: Motion by Council Member Holloway, second by Council Member Ibarra, to introduce the',
      'ordinance. Motion passed 5-0.',
    ].join('\n');
    expect(firstMeeting(text).attendees.map(({ name }) => name)).toEqual([
      'Council Member Ana Ibarra', 'Council Member Greg Holloway', 'Council Member Teresa Vu', 'Mayor Pro Tem Marcus Bell', 'Mayor Rosa Delgado',
    ]);
  });
});

describe('a run-on list whose last name is wrapped just before the next label', () => {
  it('keeps the name whole and the next label\'s people apart', () => {
    const text = `${HOLT_HEADER}Present: Cllr Miriam Hatherley (Chair), Cllr Owen Pryce, Cllr Sasha Delacroix, Cllr Tomasz\nWren\nIn attendance: Mrs Gail Ormerod (Clerk)\n\n1. Apologies\nNone.\n`;
    expect(firstMeeting(text).attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Cllr Miriam Hatherley', 'present'],
      ['Cllr Owen Pryce', 'present'],
      ['Cllr Sasha Delacroix', 'present'],
      ['Cllr Tomasz Wren', 'present'],
      ['Mrs Gail Ormerod', 'in attendance'],
    ]);
  });
});

describe('people in lists', () => {
  it('reads "@name" mentions as the people they name, and leaves e-mail addresses alone', () => {
    expect(attendeesFromList('@Hannah Birtwistle (Chair), @Owen Pryce, Dev Raman', 'present').map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Hannah Birtwistle', 'Chair'],
      ['Owen Pryce', null],
      ['Dev Raman', null],
    ]);
    expect(attendeesFromList('Mrs J Hale (Clerk, clerk@Ashby.gov.uk)', 'present')).toEqual([{ name: 'Mrs J Hale', role: 'Clerk, clerk@Ashby.gov.uk', attendance: 'present' }]);
  });

  it('reads "Parish Clerk" and "Town Clerk" after a name as the office of the person before them', () => {
    expect(attendeesFromList('Lorna Hocking, Parish Clerk', 'present')).toEqual([{ name: 'Lorna Hocking', role: 'Parish Clerk', attendance: 'present' }]);
    expect(attendeesFromList('County Cllr P Ravel, Town Clerk', 'present').map((attendee) => attendee.name)).toEqual(['County Cllr P Ravel']);
  });
});

describe('plural titles, firms after an office and a chair held after a standing office', () => {
  it('gives a plural "Bailies" to each name after it', () => {
    expect(attendeesFromList('Provost Alan Drysdale (in the Chair); Bailies Moira Galbraith and Hamish Lennox; Councillor Ross Anstruther', 'present').map(({ name }) => name)).toEqual([
      'Provost Alan Drysdale',
      'Bailie Moira Galbraith',
      'Bailie Hamish Lennox',
      'Councillor Ross Anstruther',
    ]);
  });

  it('keeps the firm after an office in the role, and an office split at its "and"', () => {
    expect(attendeesFromList('Gloria Sutton, Community Manager, Keystone Property Management', 'in attendance')).toEqual([
      { name: 'Gloria Sutton', role: 'Community Manager, Keystone Property Management', attendance: 'in attendance' },
    ]);
    expect(attendeesFromList('Catriona Weir, Chief Executive; Martin Blair, Head of Planning and Regulatory Services; Lorna Fyfe, Chief Financial Officer', 'in attendance').map(({ role }) => role)).toEqual([
      'Chief Executive',
      'Head of Planning and Regulatory Services',
      'Chief Financial Officer',
    ]);
  });

  it('reads the chair held after a standing office ("Vicar, Chair")', () => {
    expect(attendeesFromList('The Revd Canon Judith Harrow (Vicar, Chair), Mr Colin Peabody (Churchwarden)', 'present').map(({ role }) => role)).toEqual(['Chair', 'Churchwarden']);
  });
});

describe('an office with "and" in it', () => {
  it('keeps an office with "and" in it whole in a list of one person a line with their office', () => {
    const text = `${MARLOW_HEIGHTS_HEADER}Officers:       Sally Brennan, Director of Resources\n                Marcus Flint, Head of Revenues and Benefits\n                Ruth Ogden, Democratic Services Officer\n\n1. Apologies\n\nNone.\n`;
    expect(firstMeeting(text, 'pdf').attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Sally Brennan', 'Director of Resources'],
      ['Marcus Flint', 'Head of Revenues and Benefits'],
      ['Ruth Ogden', 'Democratic Services Officer'],
    ]);
  });
});

describe('the Mayor in the chair and a bulleted list', () => {
  it('reads the Mayor in the chair by the name in brackets, and a bulleted list of untitled people', () => {
    const meeting = firstMeeting('# Orchard Trust\n\nDate: 7 May 2025\n\nPresent: The Mayor (Councillor Harriet Lowndes) (in the Chair)\n\nAttendees:\n- Nadia Whitlow (Treasurer)\n- Jonah Merriweather\n\n## 1. Welcome\n\nNadia welcomed everyone.\nJonah offered to run the stall.', 'markdown');
    expect(meeting.attendees.map((person) => [person.name, person.role])).toEqual([['Councillor Harriet Lowndes', 'Chair'], ['Nadia Whitlow', 'Treasurer'], ['Jonah Merriweather', null]]);
    expect(paragraphStarting(meeting, 'Jonah offered')?.speaker).toBe('Jonah Merriweather');
  });
});

describe('sub-labels, organisations and offices printed before names', () => {
  it("gives each name under a 'Councillors:' sub-label of Present the councillor's title, and reads 'Officers:' beside it", () => {
    const meeting = firstMeeting(
      'MOORBRIDGE TOWN COUNCIL\nMinutes of the meeting held on 10 March 2025\n\nPresent:\nCouncillors: Wendy Ashworth (Town Mayor), Shabana Akhtar,\nPeter Dunne and Tony Wrigley\nOfficers: Andrea Cole (Town Clerk)\n\n1. Apologies\nNone.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Councillor Wendy Ashworth', 'Town Mayor', 'present'],
      ['Councillor Shabana Akhtar', null, 'present'],
      ['Councillor Peter Dunne', null, 'present'],
      ['Councillor Tony Wrigley', null, 'present'],
      ['Andrea Cole', 'Town Clerk', 'in attendance'],
    ]);
  });

  it("reads people listed one a line as 'Name, Office, Organisation' as one person each, the office keeping its organisation", () => {
    const meeting = firstMeeting(
      'POLICING AUTHORITY\nResources Committee\nMinutes of the meeting held on 6 February 2025\n\nIn attendance:  Gordon Reid, Chief Financial Officer, Police Service\n                Karen Auld, Director of Finance, Authority\n                Lynne Cowie, Board Secretary\n\n1. Apologies\nNone.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Gordon Reid', 'Chief Financial Officer, Police Service', 'in attendance'],
      ['Karen Auld', 'Director of Finance, Authority', 'in attendance'],
      ['Lynne Cowie', 'Board Secretary', 'in attendance'],
    ]);
  });

  it("leaves a closing count of the public ('and 34 Principals and Electors of the Parish') out of the last person's office", () => {
    const meeting = firstMeeting(
      'PARISH ASSEMBLY\nMinutes of the meeting held on 22 January 2025\n\nPresent:\nMr Clive Renouf, Procureur du Bien Public\nMrs Jane Gallichan, Parish Secretary\nand 34 Principals and Electors of the Parish.\n\n1. Rates\nApproved.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Mr Clive Renouf', 'Procureur du Bien Public', 'present'],
      ['Mrs Jane Gallichan', 'Parish Secretary', 'present'],
    ]);
  });

  it("reads 'Also present: Mayor X; Law Director Y; Clerk of Council Z.' as offices printed before each name", () => {
    const meeting = firstMeeting(
      'CITY OF CEDAR BLUFF, OHIO\nREGULAR COUNCIL MEETING\nApril 8, 2025\n\nAlso present: Mayor Richard Tolan; Law Director Megan Strand; Clerk of Council Teresa Wolfe.\n\nAPPROVAL OF MINUTES\nApproved.\n\nPUBLIC COMMENT\nNone.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Mayor Richard Tolan', null, 'in attendance'],
      ['Megan Strand', 'Law Director', 'in attendance'],
      ['Teresa Wolfe', 'Clerk of Council', 'in attendance'],
    ]);
    expect(meeting.body).toBe('City of Cedar Bluff Council');
  });
});

describe('initials and organisations after a name', () => {
  it("leaves the initials a trustee is listed with out of the office after them ('Joseph Adeyemi (JA, Treasurer)')", () => {
    const meeting = firstMeeting(
      'Minutes of the Board of Trustees meeting\nDate: Tuesday 18 March 2025\n\nTrustees present: Helen Marsh (HM, Chair), Joseph Adeyemi (JA, Treasurer), Raj Chauhan (RC)\n\n1. Welcome\nHM welcomed everyone.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Helen Marsh', 'Chair', 'present'],
      ['Joseph Adeyemi', 'Treasurer', 'present'],
      ['Raj Chauhan', null, 'present'],
    ]);
  });

  it("leaves out of the office the initials a parish keys its councillors by, the surname's first two letters in them ('Frank Reid (FRE)'), and credits them with what they said", () => {
    const meeting = firstMeeting(
      'BRAMLEY PARISH COUNCIL\nMinutes of the meeting held on Friday 9 May 2025\n\nPresent: Councillor Frank Reid (FRE), Councillor Mark Pogmore (MPO), Ann Lee (Clerk)\n\n1. Footpaths\nMPO reported that the stile had been mended.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Councillor Frank Reid', null, 'present'],
      ['Councillor Mark Pogmore', null, 'present'],
      ['Ann Lee', 'Clerk', 'present'],
    ]);
    expect(paragraphsOf(meeting)[0].speaker).toBe('Councillor Mark Pogmore');
  });

  it("reads 'Name, Organisation' lines among 'Name, Office' lines one a line as one person each, the organisation the role", () => {
    const meeting = firstMeeting(
      'LICENSING BOARD\nMinute of meeting held on 9 April 2025.\n\nAttending:\nRuth Cattanach, Clerk to the Board\nSergeant Kirsty Dow, Police Scotland\nMs Jo Bell, Scottish Fire and Rescue Service\n\n1. APOLOGIES\nNone.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Ruth Cattanach', 'Clerk to the Board', 'in attendance'],
      ['Sergeant Kirsty Dow', 'Police Scotland', 'in attendance'],
      ['Ms Jo Bell', 'Scottish Fire and Rescue Service', 'in attendance'],
    ]);
  });
});

describe('offices after a name and civic offices before it', () => {
  it("reads a US district's counsel as an office after the name ('Harold Finch, District Counsel'), one person", () => {
    const meeting = firstMeeting('RIVERBEND WATER DISTRICT\nMINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS\nWednesday, March 13, 2024\n\nALSO PRESENT: Harold Finch, District Counsel\n\n1. CALL TO ORDER\nThe meeting was called to order.\n');
    expect(peopleOf(meeting)).toEqual([['Harold Finch', 'District Counsel', 'in attendance']]);
  });

  it("gives the holder named after a civic office ('the Deputy Mayor, Councillor Robert Quayle') that office", () => {
    const meeting = firstMeeting(
      'Kestrelford Borough Council\nMinutes of the meeting held on 17 July 2024\n\nPresent: The Mayor, Councillor Priya Lal (in the Chair); the Deputy Mayor, Councillor Robert Quayle; Councillors Nadia Brook and Mark Hesketh\n\n29. Apologies\nNone.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Councillor Priya Lal', 'Chair', 'present'],
      ['Councillor Robert Quayle', 'Deputy Mayor', 'present'],
      ['Councillor Nadia Brook', null, 'present'],
      ['Councillor Mark Hesketh', null, 'present'],
    ]);
  });
});

describe('an Isle of Man parish commissioners', () => {
  const minutes =
    'KIRK MALEW PARISH COMMISSIONERS\n\nMinutes of the Ordinary Meeting of the Commissioners held on Tuesday 12th March 2024\n\nPresent:      Mr J. Kinvig (Chairman), Mrs A. Quayle\nIn attendance: Clerk to the Commissioners, Mrs S. Christian; Mr T. Kelly, Finance Officer\n\n48/24  PLANNING\nThe Commissioners raised no objection.\n';

  it("names the body after its own line, not the 'Commissioners' its meeting sentence calls it", () => {
    expect(firstMeeting(minutes).body).toBe('Kirk Malew Parish Commissioners');
  });

  it("reads an office at a list's start with its holder after a comma ('Clerk to the Commissioners, Mrs S. Christian') as one person", () => {
    expect(peopleOf(firstMeeting(minutes)).filter(([, , attendance]) => attendance === 'in attendance')).toEqual([
      ['Mrs S. Christian', 'Clerk to the Commissioners', 'in attendance'],
      ['Mr T. Kelly', 'Finance Officer', 'in attendance'],
    ]);
  });

  it("gives no speaker to the commissioners as a body ('The Commissioners raised no objection')", () => {
    expect(paragraphsOf(firstMeeting(minutes))[0].speaker).toBeNull();
  });

  it("keeps an office after a comma with the name before it ('Mrs C Green, Clerk, Mr D Smith')", () => {
    const meeting = firstMeeting('KIRK MALEW PARISH COMMISSIONERS\nMinutes of the meeting held on Tuesday 12th March 2024\n\nIn attendance: Mrs C Green, Clerk, Mr D Smith\n\n1/24  MINUTES\nApproved.\n');
    expect(peopleOf(meeting)).toEqual([
      ['Mrs C Green', 'Clerk', 'in attendance'],
      ['Mr D Smith', null, 'in attendance'],
    ]);
  });
});

describe('notes in brackets after a name', () => {
  it('lists an untitled person with a note in brackets that holds a sentence\'s word ("Tom Hill (Minute Taker)", "(left the meeting …)")', () => {
    const meeting = firstMeeting(
      'Ashby Parish Council\nMinutes of the meeting held on Monday 3 March 2025\n\nPresent:\nCllr A Hart (Chair)\nCarl Dunn (left the meeting at 8.10pm)\n\nIn attendance:\nJane Smith (Clerk)\nTom Hill (Minute Taker)\n\n1. Apologies\nNone.\n',
    );
    expect(peopleOf(meeting).map(([name]) => name)).toEqual(['Cllr A Hart', 'Carl Dunn', 'Jane Smith', 'Tom Hill']);
    expect(peopleOf(meeting)[3]).toEqual(['Tom Hill', 'Minute Taker', 'in attendance']);
  });

  it('lists an officer printed post first with a note in brackets after the holder ("Head of Planning - Sam Tran (items 1-4)")', () => {
    const meeting = firstMeeting(
      'Kooringal Shire Council\nMinutes of the Ordinary Council Meeting held on Tuesday, 25 March 2025\n\nSTAFF\nChief Executive Officer - Rachel Quinn\nHead of Planning - Sam Tran (items 1-4)\n\n1. OPENING\nThe Mayor opened the meeting.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Rachel Quinn', 'Chief Executive Officer', 'in attendance'],
      ['Sam Tran', 'Head of Planning', 'in attendance'],
    ]);
  });
});

describe('shared titles', () => {
  it('gives each name after "Council Members" the title, as "Councillors A, B and C" does', () => {
    const meeting = firstMeeting(
      'CITY OF OAKHAVEN\nCITY COUNCIL MEETING MINUTES\nMarch 4, 2025\n\nPresent: Mayor Ellsworth, Council Members Frank Gutierrez, Holly Ingram and Monica Lowe\n\n1. CALL TO ORDER\nMayor Ellsworth called the meeting to order.\n',
    );
    expect(peopleOf(meeting).map(([name]) => name)).toEqual(['Mayor Ellsworth', 'Council Member Frank Gutierrez', 'Council Member Holly Ingram', 'Council Member Monica Lowe']);
  });
});

describe('officers listed office first, run on', () => {
  it('reads "Head of Education (Mr V Urquhart), Legal Services Manager (Mrs X Young) and …" under "IN ATTENDANCE"', () => {
    const meeting = firstMeeting(
      'Glenmoray Council\nMinutes of the meeting of the Audit Committee held on 11 March 2025\n\nPRESENT\n\nCouncillor Isla MacRae (Chair), Councillor Rory Quigley.\n\nIN ATTENDANCE\n\nHead of Education (Mr V Urquhart), Legal Services Manager (Mrs X Young) and Committee Services Officer (Mr Y Zeller).\n\n1. MINUTES\n\nApproved.\n',
    );
    expect(peopleOf(meeting).filter(([, , attendance]) => attendance === 'in attendance')).toEqual([
      ['Mr V Urquhart', 'Head of Education', 'in attendance'],
      ['Mrs X Young', 'Legal Services Manager', 'in attendance'],
      ['Mr Y Zeller', 'Committee Services Officer', 'in attendance'],
    ]);
  });
});

describe('a plural title before a list of names', () => {
  it('stops at the first name after it with an office or a title of its own', () => {
    const minutes =
      'Minutes of Oxley Parish Council held on 14 October 2025 at the Village Hall.\n\n' +
      'Present: Cllrs Vane (Chairman), Wells and Yates, Parish Clerk Mary Orme, and P.C. Dunn.\n\n1. Footpaths\nThe stile at Green Lane had been mended.\n';
    const names = peopleOf(firstMeeting(minutes)).map(([name]) => name);
    expect(names.slice(0, 3)).toEqual(['Cllr Vane', 'Cllr Wells', 'Cllr Yates']);
    expect(names.filter((name) => name!.startsWith('Cllr '))).toHaveLength(3);
    expect(names).toContain('P.C. Dunn');
  });
});

describe("a councillor's courtesy title under the plural title", () => {
  it('gives "Mrs Dunmore" and the names after her the councillors\' title, and leaves the clerk out of it', () => {
    const minutes =
      'PLANNING COMMITTEE\nTuesday, 4 March 2025\n\nPresent: Councillors Hale (Chairman), Mrs Dunmore, Ash, Dr Quill and Prior, Mrs Orme (Clerk)\n\n1. Apologies\nNone.\n';
    expect(peopleOf(firstMeeting(minutes)).map(([name]) => name)).toEqual([
      'Councillor Hale',
      'Councillor Mrs Dunmore',
      'Councillor Ash',
      'Councillor Dr Quill',
      'Councillor Prior',
      'Mrs Orme',
    ]);
  });
});

describe('titled names whose commas were lost', () => {
  const header = 'MINUTES OF THE MEETING OF HATLEY PARISH COUNCIL HELD ON 3rd March 2025 IN THE VILLAGE HALL\n\n';
  const items = '\n\n1. Apologies\nNone.\n\n2. Grass cutting\nThe contract was renewed.\n';

  it('are one person to each title, as councillors are', () => {
    expect(peopleOf(firstMeeting(`${header}Present: Mr N Earl Mr C Flem, Mrs A Broad & Mrs W Cart (Clerk).${items}`)).map(([name]) => name)).toEqual([
      'Mr N Earl',
      'Mr C Flem',
      'Mrs A Broad',
      'Mrs W Cart',
    ]);
  });

  it('are so with initials and full stops', () => {
    expect(peopleOf(firstMeeting(`${header}PRESENT\nMrs. W. G. Fenn in the chair\nMr. A. J. Gray Mr. D. K. Rowe Dr. A. M. Dunn${items}`)).map(([name]) => name)).toEqual([
      'Mrs. W. G. Fenn',
      'Mr. A. J. Gray',
      'Mr. D. K. Rowe',
      'Dr. A. M. Dunn',
    ]);
  });

  it('leave a couple under one surname as two people', () => {
    expect(peopleOf(firstMeeting(`${header}Present: Cllr R Hale (Chair), Mr and Mrs Tebb.${items}`)).map(([name]) => name)).toEqual(['Cllr R Hale', 'Mr Tebb', 'Mrs Tebb']);
  });
});

describe('attendance written as prose groups', () => {
  const withPresent = (present: string) =>
    firstMeeting(`Glenavon Community Council\nMinutes of the meeting held on Tuesday 4 March 2025\n\n${present}\n\nWelcome\nThe Chair welcomed everyone.\n\nPlanning\nNo applications.\n`);

  it('reads the members a count names in brackets, and gives no one the count', () => {
    const meeting = withPresent('Present: 3 community councillors (Ross Fyfe (Chair), Ailsa Kerr, Ewan Dow), 4 members of the public');
    expect(peopleOf(meeting)).toEqual([
      ['Ross Fyfe', 'Chair', 'present'],
      ['Ailsa Kerr', null, 'present'],
      ['Ewan Dow', null, 'present'],
    ]);
  });

  it("reads the members named after their group's name as untitled ('Community Councillors Iona Reid (Chair), …')", () => {
    const meeting = withPresent('Present: Community Councillors Ross Fyfe (Chair), Ailsa Kerr and Ewan Dow; Councillors Jean Tait and Neil Gow');
    expect(peopleOf(meeting)).toEqual([
      ['Ross Fyfe', 'Chair', 'present'],
      ['Ailsa Kerr', null, 'present'],
      ['Ewan Dow', null, 'present'],
      ['Councillor Jean Tait', null, 'present'],
      ['Councillor Neil Gow', null, 'present'],
    ]);
  });

  it('makes the body a person came from, printed before them with a colon, their role', () => {
    const meeting = withPresent('Present: Ross Fyfe (Chair), Ailsa Kerr; Police Scotland: PC Neil Gow; Strathmore and Angus Council: Cllr Jean Tait');
    expect(peopleOf(meeting)).toEqual([
      ['Ross Fyfe', 'Chair', 'present'],
      ['Ailsa Kerr', null, 'present'],
      ['PC Neil Gow', 'Police Scotland', 'present'],
      ['Cllr Jean Tait', 'Strathmore and Angus Council', 'present'],
    ]);
  });
});

describe('a run-on list of people wrapped after a semicolon', () => {
  it('goes on in the next line, whatever that line opens with', () => {
    const meeting = firstMeeting(
      'Glenavon Community Council\nMinutes of the meeting held on Tuesday 4 March 2025\n\nPresent: Ross Fyfe (Chair), Ailsa Kerr, 2 members of the public;\nPolice Scotland: PC Neil Gow\nApologies: Ewan Dow\n\nWelcome\nThe Chair welcomed everyone.\n\nPlanning\nNo applications.\n',
    );
    expect(meeting.body).toBe('Glenavon Community Council');
    expect(peopleOf(meeting)).toEqual([
      ['Ross Fyfe', 'Chair', 'present'],
      ['Ailsa Kerr', null, 'present'],
      ['PC Neil Gow', 'Police Scotland', 'present'],
      ['Ewan Dow', null, 'apologies'],
    ]);
  });
});

describe("a body's name wrapped over a list's line end", () => {
  it("stays the role of the person after it ('… Argyll and' / 'Lomond Council: Cllr Rhona Strachan')", () => {
    const meeting = firstMeeting(
      'Glenavon Community Council\nMinutes of the meeting held on Tuesday 4 March 2025\n\nPresent: Ross Fyfe (Chair), Ailsa Kerr; Police Scotland: PC Neil Gow; Argyll and\nLomond Council: Cllr Jean Tait\n\nWelcome\nThe Chair welcomed everyone.\n\nPlanning\nNo applications.\n',
    );
    expect(peopleOf(meeting).slice(2)).toEqual([
      ['PC Neil Gow', 'Police Scotland', 'present'],
      ['Cllr Jean Tait', 'Argyll and Lomond Council', 'present'],
    ]);
  });
});

describe('a Title Case heading a blank line under a run-on list of people', () => {
  it('heads the first item: it is no one more in the list', () => {
    const meeting = firstMeeting('Glenavon Community Council\nMinutes of the meeting held on Tuesday 4 March 2025\n\nPresent: Ross Fyfe (Chair), Ailsa Kerr\n\nPolice Report\nNo report.\n\nPath Network\nThe path was cleared.\n');
    expect(peopleOf(meeting)).toEqual([
      ['Ross Fyfe', 'Chair', 'present'],
      ['Ailsa Kerr', null, 'present'],
    ]);
    expect(meeting.items.map((item) => item.title)).toEqual(['Police Report', 'Path Network']);
  });

  it('is one more person under a label that lists one person on its own line', () => {
    const meeting = firstMeeting('Glenavon Community Council\nMinutes of the meeting held on Tuesday 4 March 2025\n\nPresent: Ross Fyfe, in the Chair\n\nAilsa Kerr\n\nEwan Dow\n\n1. Apologies\nNone.\n\n2. Planning\nNone.\n');
    expect(peopleOf(meeting).map(([name]) => name)).toEqual(['Ross Fyfe', 'Ailsa Kerr', 'Ewan Dow']);
  });
});

describe('a community council page', () => {
  it("reads 'Cllr Morven Ross, Highland Council' one a line as one person with the organisation as the role, beside 'Five members of the public'", () => {
    const meeting = firstMeeting(
      'Glenrossie Community Council\n\nMinutes of the ordinary meeting held on Monday 3 March 2025\n\nIn attendance\n\nCllr Morven Ross, Highland Council\n\nPC Gregor Aitken, Police Scotland\n\nFive members of the public\n\n1. Welcome\nThe Chair welcomed everyone.\n',
    );
    expect(peopleOf(meeting)).toEqual([
      ['Cllr Morven Ross', 'Highland Council', 'in attendance'],
      ['PC Gregor Aitken', 'Police Scotland', 'in attendance'],
    ]);
  });
});

describe('officers with their offices run together, an office holding "and"', () => {
  it('reads each titled name with its whole office', () => {
    const text =
      'Ashcombe Police and Crime Panel\n\nMinutes of the meeting held on 4 March 2025\n\n' +
      'Also present: Mrs Ann Hale, Police and Crime Commissioner Mr Tom Foy, Chief Executive, Office of the Police and Crime Commissioner\n\n' +
      '1 WELCOME\n\nThe Chair welcomed members.\n';
    expect(firstMeeting(text).attendees.map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Mrs Ann Hale', 'Police and Crime Commissioner'],
      ['Mr Tom Foy', 'Chief Executive, Office of the Police and Crime Commissioner'],
    ]);
  });
});

describe("a joint panel's members, each with the body that appointed them, run together", () => {
  it('parts each person from the next at their title, the body after the comma as their role', () => {
    const text =
      'MEETING OF THE POLICE AND CRIME PANEL\n\nWednesday 8 March 2023\n\n' +
      'Present: Cllr M Alden, East Wold District Council Cllr Mrs A Bright, Wold City Council Ms A Ferris, Co-opted Member Cty Cllr P Rudd, Wold County Council\n\n' +
      '1 WELCOME\n\nThe Chair welcomed members.\n\n2 MINUTES\n\nAgreed.\n';
    expect(firstMeeting(text).attendees.map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Cllr M Alden', 'East Wold District Council'],
      ['Cllr Mrs A Bright', 'Wold City Council'],
      ['Ms A Ferris', 'Co-opted Member'],
      ['Cty Cllr P Rudd', 'Wold County Council'],
    ]);
  });
});

describe("officers, each with the office after the comma, run together", () => {
  it('parts each officer from the next at their title, the rest no part of the first one’s office', () => {
    const text =
      'Minutes of the Meeting of Kerrow District Council held on Thursday 6 March 2025\n\n' +
      'Present: Councillor Ames (Chair), Councillors Birch and Croft\n\n' +
      'Officers in attendance: Mr Ed Ross, Chief Executive Dr Ann Wye, Head of Planning Ms Fay Gold, Director of Finance and Resources\n\n' +
      '1 APOLOGIES\n\nNone.\n\n2 MINUTES\n\nAgreed.\n';
    expect(peopleOf(firstMeeting(text)).filter(([, , attendance]) => attendance === 'in attendance')).toEqual([
      ['Mr Ed Ross', 'Chief Executive', 'in attendance'],
      ['Dr Ann Wye', 'Head of Planning', 'in attendance'],
      ['Ms Fay Gold', 'Director of Finance and Resources', 'in attendance'],
    ]);
  });
});

describe("a title in the header's capitals on an attendance line", () => {
  it('reads "COUNCILLOR TREGEAR in the Chair" under "PRESENT" as the chair, present', () => {
    const text =
      'STANDARDS COMMITTEE\n\nAT A MEETING of the STANDARDS COMMITTEE held at the Guildhall on MONDAY 4 MARCH 2024 at 10.00 a.m.\n\n' +
      'PRESENT\nCOUNCILLOR TREGEAR in the Chair\n\nCouncillors Angove and Polglase.\n\n' +
      'S1 Code of Conduct Complaints\n\nThe Committee considered a report.\n\nS2 Training for Members\n\nThe Committee considered a report.\n';
    expect(firstMeeting(text).attendees.map((attendee) => [attendee.name, attendee.role, attendee.attendance])).toEqual([
      ['Councillor TREGEAR', 'Chair', 'present'],
      ['Councillor Angove', null, 'present'],
      ['Councillor Polglase', null, 'present'],
    ]);
  });
});

const PARISH_HEADER = 'BRAMLEY CROSS PARISH COUNCIL\nMinutes of the Parish Council Meeting held on Thursday 6th February 2025 at 7.30pm in the Village Hall\n\n';

const PARISH_ITEMS = '\n\n1. To receive apologies for absence\nNone.\n2. Planning\nNo objection.\n';

describe('an office named before its holder in an attendance list', () => {
  it.each([
    ['a dash, in a list parted by semicolons', 'In attendance: Clerk – Mrs B Aldous; PCSO N Grant; 2 members of the public'],
    ['a dash, in a list parted by commas', 'In attendance: Clerk - Mrs B Aldous, PCSO N Grant and 2 members of the public'],
  ])("reads 'Clerk – Mrs B Aldous' as the clerk and the people after it as themselves (%s)", (_, line) => {
    expect(peopleOf(firstMeeting(`${PARISH_HEADER}Present: Cllrs G Harper (Chair), L Morton\n${line}${PARISH_ITEMS}`)).slice(2)).toEqual([
      ['Mrs B Aldous', 'Clerk', 'in attendance'],
      ['PCSO N Grant', null, 'in attendance'],
    ]);
  });

  it("reads an office and a colon before an untitled holder ('Clerk: Beth Aldous')", () => {
    expect(peopleOf(firstMeeting(`${PARISH_HEADER}Present: Cllrs G Harper (Chair), L Morton\nIn attendance: Clerk: Beth Aldous${PARISH_ITEMS}`)).slice(2)).toEqual([
      ['Beth Aldous', 'Clerk', 'in attendance'],
    ]);
  });

  it("reads a rank before a name as the person's title ('Chief Constable Rachel Amis – Eastshire Police')", () => {
    expect(peopleOf(firstMeeting(`${PARISH_HEADER}Present: Cllrs G Harper (Chair), L Morton\nAlso present: Chief Constable Rachel Amis – Eastshire Police${PARISH_ITEMS}`)).slice(2)).toEqual([
      ['Chief Constable Rachel Amis', 'Eastshire Police', 'in attendance'],
    ]);
  });

  it("keeps a person's office after a dash as their role ('Tony Henley – Community Safety Manager, CSU')", () => {
    expect(peopleOf(firstMeeting(`${PARISH_HEADER}Present: Cllrs G Harper (Chair), L Morton\nIn attendance: Tony Henley – Community Safety Manager, CSU${PARISH_ITEMS}`)).slice(2)).toEqual([
      ['Tony Henley', 'Community Safety Manager, CSU', 'in attendance'],
    ]);
  });
});

describe('a bulleted list of people whose entries end in commas', () => {
  const minutes =
    'Minutes of the Ordinary Meeting of Glenmore County Council held on Monday 3rd March, 2014 at 11.00 am\n\n' +
    'MEMBERS PRESENT:\n\n  • Councillor Ahern,\n  • Councillor Brophy,\n  • Councillor D. Costello,\n  • Councillor Dunne.\n\n' +
    'OFFICIALS IN ATTENDANCE:\n\n  • Mr P. Lacey, County Manager\n  • Ms R. Nolan, Head of Finance\n\n' +
    '1.  MINUTES OF THE ORDINARY MEETING HELD ON 3RD FEBRUARY, 2014:\n\nProposed by Councillor Ahern\n';

  it('reads each bullet as a person of its own, not as the entry above going on after its comma', () => {
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Councillor Ahern', null, 'present'],
      ['Councillor Brophy', null, 'present'],
      ['Councillor D. Costello', null, 'present'],
      ['Councillor Dunne', null, 'present'],
      ['Mr P. Lacey', 'County Manager', 'in attendance'],
      ['Ms R. Nolan', 'Head of Finance', 'in attendance'],
    ]);
  });
});

describe('a senate’s members one a paragraph, the first styled "The Hon."', () => {
  const minutes =
    'Minutes of a meeting of the Senate held in the Senate Room at 4.30 pm on Monday 16 March 1987\n\nPresent:\n\n' +
    'The Hon. Dame Ellen Barker (Chancellor)\n\nProfessor R.T. Marsh (Vice-Chancellor)\n\nMs J. K. Oduya\n\nDr. H. Faraday\n\n \n\n' +
    'Apology:\n\n Dr. L. Quint\n\n  1. PERSONAL\n\nThe Chairman welcomed new members to the meeting.\n';

  it('reads the styled name as the first person listed, so the list is read on past it', () => {
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['The Hon. Dame Ellen Barker', 'Chancellor', 'present'],
      ['Professor R.T. Marsh', 'Vice-Chancellor', 'present'],
      ['Ms J. K. Oduya', null, 'present'],
      ['Dr. H. Faraday', null, 'present'],
      ['Dr. L. Quint', null, 'apologies'],
    ]);
  });
});

describe('a deputy mayor listed by name after the mayor', () => {
  it('is a person of the list, not the office of the name before', () => {
    const minutes =
      'MINUTES OF TARANUI DISTRICT COUNCIL ORDINARY COUNCIL MEETING HELD ON TUESDAY, 9 MARCH 2021 AT 9.30AM\n\n' +
      'PRESENT: Mayor Carol Penn, Deputy Mayor Hemi Tait, Cr Lucy Marsh\n\n1 APOLOGIES\n\nThere were no apologies.\n';
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Mayor Carol Penn', null, 'present'],
      ['Deputy Mayor Hemi Tait', null, 'present'],
      ['Cr Lucy Marsh', null, 'present'],
    ]);
  });
});

describe('a club’s list with two people sharing a post on one bullet', () => {
  it('reads the pair, and the list on past them', () => {
    const minutes =
      'AGM Meeting Minutes - 4th July 2022\n\nMembers Present:\n\n  • Ian Rowe (Chair)\n  • Tara Quinn & Owen Pike (Managers U10s)\n' +
      '  • Dean Frost (Treasurer)\n\nThe Chair thanked everyone for coming and opened the meeting.\n';
    expect(peopleOf(firstMeeting(minutes)).map(([name]) => name)).toEqual(['Ian Rowe', 'Tara Quinn', 'Owen Pike', 'Dean Frost']);
  });
});

describe('a governors’ list copied from a table’s column with its commas lost', () => {
  it('starts a person at each title', () => {
    const minutes =
      'Hollins Primary School Minutes of the Full Governing Body meeting held on Tuesday 8th March 2016 at 6.00 pm\n\n' +
      'Present: Mrs J Brant Mr K Osei Miss L Fenwick Dr P Marr (Headteacher)\nIn attendance: Mrs D Cole (Clerk)\n\n1. Apologies\n\nNone.\n';
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Mrs J Brant', null, 'present'],
      ['Mr K Osei', null, 'present'],
      ['Miss L Fenwick', null, 'present'],
      ['Dr P Marr', 'Headteacher', 'present'],
      ['Mrs D Cole', 'Clerk', 'in attendance'],
    ]);
  });
});

describe('a Canadian council’s members listed in capitals', () => {
  it('reads each titled name, title-cased, and an office before a name as its role', () => {
    const minutes =
      '                          HARTWELL COUNCIL\n                            Monday, March 9, 2009\n                                   MINUTES\n\n\n' +
      'PRESENT:    MAYOR JANET K. ORWELL\n            COUNCILLOR AMY FINLEY\n            TOWN CLERK DIANE FOSTER\n\n' +
      'ABSENT      COUNCILLOR LEO BRANDT\n\n\n1.   APPROVAL OF MINUTES\n     MOVED by Counc. Finley the minutes be approved.\n';
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Mayor Janet K. Orwell', null, 'present'],
      ['Councillor Amy Finley', null, 'present'],
      ['Diane Foster', 'Town Clerk', 'present'],
      ['Councillor Leo Brandt', null, 'absent'],
    ]);
  });
});

describe('an Irish county council’s header, its lists run on', () => {
  it('reads the mayor presiding, the councillors after a dash and officials each after a full stop', () => {
    const minutes =
      'Minutes of Annual Meeting of Ballykeel County Council held in the Council Chamber, Aras an Chontae, on Friday, 27th June 2014 at 5.00 p.m.\n\n' +
      'PRESIDING: Councillor Aine Walsh, Mayor.\n\nMEMBERS PRESENT: Councillors – Peadar Byrne, Orla Quinn and Tomas Ryan.\n\n' +
      'IN ATTENDANCE: Mr. Conor Daly, County Manager. Ms. Nuala Kerr, Director of Services.\n\nAPOLOGY: Councillor Sean Moran.\n\n' +
      '1. Election of Mayor\n\nCouncillor Byrne was elected Mayor.\n';
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Councillor Aine Walsh', 'Chair', 'present'],
      ['Councillor Peadar Byrne', null, 'present'],
      ['Councillor Orla Quinn', null, 'present'],
      ['Councillor Tomas Ryan', null, 'present'],
      ['Mr. Conor Daly', 'County Manager', 'in attendance'],
      ['Ms. Nuala Kerr', 'Director of Services', 'in attendance'],
      ['Councillor Sean Moran', null, 'apologies'],
    ]);
  });
});

describe('US village board forms', () => {
  const minutes =
    'VILLAGE OF PRAIRIE HOLLOW\nBOARD OF TRUSTEES\nREGULAR MEETING MINUTES\nTuesday, June 17, 2025\n\nROLL CALL\nPresent: Trustees Mark Brandt and Elena Ruiz\nAlso present: Village Clerk Rosa Jimenez, Police Chief Alan Strand, Fire Chief Ron Dyer\n\n' +
    'PUBLIC COMMENT\nLinda Farrow, 318 Cedar Lane, asked the Board to install a stop sign.\n\nDale Weber, resident, spoke against the paving schedule.\n\nNEW BUSINESS\n1. Award of Contract for Paving\nApproved.\n2. Resolution 2025-R-19 Approving a Grant for 104 W. Main Street\nApproved.\n';

  it("reads 'Police Chief' and 'Fire Chief' as offices before their holders' names", () => {
    const officers = firstMeeting(minutes).attendees.filter((person) => person.attendance === 'in attendance');
    expect(officers.map((person) => [person.name, person.role])).toEqual([
      ['Rosa Jimenez', 'Village Clerk'],
      ['Alan Strand', 'Police Chief'],
      ['Ron Dyer', 'Fire Chief'],
    ]);
  });

  it("keeps a numbered heading whose title holds an initial ('104 W. Main Street') an item", () => {
    expect(itemsOf(firstMeeting(minutes)).slice(-2)).toEqual([
      ['1', 'Award of Contract for Paving'],
      ['2', 'Resolution 2025-R-19 Approving a Grant for 104 W. Main Street'],
    ]);
  });

  it("gives a resident named with the street address between commas the turn ('Linda Farrow, 318 Cedar Lane, asked')", () => {
    expect(paragraphsOf(firstMeeting(minutes)).find((paragraph) => paragraph.text.startsWith('Linda'))?.speaker).toBe('Linda Farrow');
  });

  it("gives a resident described by the bare noun between commas the turn ('Dale Weber, resident, spoke')", () => {
    expect(paragraphsOf(firstMeeting(minutes)).find((paragraph) => paragraph.text.startsWith('Dale'))?.speaker).toBe('Dale Weber');
  });
});

describe('people', () => {
  const presentAs = (list: string) =>
    `${ASHLEY_PARISH_HEADER_PRESENT.replace('Present: Cllr A Bell (Chairman), Cllr C Dent', `Present: ${list}`)}1. Minutes\nAgreed.\n\n2. Close\nThe meeting closed at 9pm.\n`;

  it.each([
    ['after a count of the public in the list', 'Cllr A Bell (Chairman), Cllr C Dent, 5 electors and the clerk: Tom Brindley.', ['Cllr C Dent', null], ['Tom Brindley', 'Clerk']],
    ['in a sentence of the list before a count of the public in a sentence of its own', 'Cllrs A Bell (Chairman), C Dent. Mrs P Grange (Clerk). 2 members of the public.', ['Cllr C Dent', null], ['Mrs P Grange', 'Clerk']],
    ['before a count of the public in words, in a sentence of its own', 'Cllrs A Bell (Chairman) and C Dent. Also present: Mrs P Grange (Clerk). Five members of the public.', ['Cllr C Dent', null], ['Mrs P Grange', 'Clerk']],
    ['as "the Clerk (Mrs K. Hale)" after a councillor, not as the councillor’s office', 'Cllr A Bell (Chairman), County Cllr C Dent, the Clerk (Mrs K. Hale) and 12 parishioners.', ['County Cllr C Dent', null], ['Mrs K. Hale', 'Clerk']],
  ])('reads the clerk named %s', (_, list, councillor, clerk) => {
    expect(firstMeeting(presentAs(list)).attendees.map(({ name, role }) => [name, role])).toEqual([['Cllr A Bell', 'Chair'], councillor, clerk]);
  });

  it('reads "Mr X, Police, Fire and Crime Commissioner" as one person and office, and a list of people as people', () => {
    const text = `${ASHLEY_PARISH_HEADER_PRESENT.replace('Present: Cllr A Bell (Chairman), Cllr C Dent', 'Also present:\nMr David Fenn, Police, Fire and Crime Commissioner\nMr A Long, Mrs B Short, Clerk')}1. Minutes\nAgreed.\n\n2. Close\nThe meeting closed at 9pm.\n`;
    const attendees = firstMeeting(text).attendees.map(({ name, role }) => [name, role]);
    expect(attendees).toEqual([
      ['Mr David Fenn', 'Police, Fire and Crime Commissioner'],
      ['Mr A Long', null],
      ['Mrs B Short', 'Clerk'],
    ]);
  });
});

describe('a substitute in a list of members', () => {
  it('files every printed form as "Substitute", keeping whom the member sat for', () => {
    const committee = forumMeeting(
      'Present: Councillor J Smith (Chair), Councillor A Bell (substitute for Cllr L Green), Councillor C Dale (substituting for Councillor M Hope), Councillor R Fox (Sub for Cllr Hay), Councillor K Moss (for Councillor P Lane), Councillor T Patel (Substitute)',
      'Members noted the update.',
    );
    expect(committee.attendees.map((attendee) => attendee.role)).toEqual([
      'Chair',
      'Substitute for Cllr L Green',
      'Substitute for Councillor M Hope',
      'Substitute for Cllr Hay',
      'Substitute for Councillor P Lane',
      'Substitute',
    ]);
  });
});

describe('officers listed with their post first', () => {
  it('reads "Head of Planning – Ruth Cole" lines under a label as the officer with the post as the role', () => {
    const committee = forumMeeting(
      'Present: Councillor J Smith (Chair)\n\nOfficers in attendance:\nHead of Planning – Ruth Cole\nLegal Adviser – Mr S Okafor\nDemocratic Services Officer – Ms L Tan',
      'Members noted the update.',
    );
    expect(committee.attendees.filter((attendee) => attendee.attendance === 'in attendance').map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Ruth Cole', 'Head of Planning'],
      ['Mr S Okafor', 'Legal Adviser'],
      ['Ms L Tan', 'Democratic Services Officer'],
    ]);
  });

  it('reads such posts run on after the label, between semicolons', () => {
    const committee = forumMeeting('Officers: Head of Legal and Democratic Services – Mr S Okafor; Principal Planner – James Bright', 'Members noted the update.');
    expect(committee.attendees.map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Mr S Okafor', 'Head of Legal and Democratic Services'],
      ['James Bright', 'Principal Planner'],
    ]);
  });

  it('reads a one-word post in a column beside its titled holder', () => {
    const committee = forumMeeting('Officers Present:\nLicensing Manager         Mrs K Hart\nSolicitor                 Mr D Fenn', 'Members noted the update.');
    expect(committee.attendees.map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Mrs K Hart', 'Licensing Manager'],
      ['Mr D Fenn', 'Solicitor'],
    ]);
  });

  it('reads a hyphenated "Vice-Chairman" before a name as the vice-chair, as "Chairman" before a name is the chair', () => {
    const board = forumMeeting('Present: Chairman Ruth Calloway; Vice-Chairman Owen Tapley; Commissioners Ada Brink and Lyle Soto', 'Members noted the update.');
    expect(board.attendees.map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Ruth Calloway', 'Chair'],
      ['Owen Tapley', 'Vice-Chair'],
      ['Commissioner Ada Brink', null],
      ['Commissioner Lyle Soto', null],
    ]);
  });
});

describe('a dashed office on the first of several people', () => {
  it.each([
    ['Also present: Mrs J Smith – Clerk to the Council; County Councillor A Field; PCSO T Grey', 'Clerk to the Council'],
    ['Also present: Mrs J Smith – Clerk, County Councillor A Field, PCSO T Grey', 'Clerk'],
  ])('lists everyone in "%s", the office (%s) as the first person’s role', (list, office) => {
    const council = forumMeeting(`Present: Cllr J Webb (Chairman)\n${list}`, 'Members noted the update.');
    expect(council.attendees.filter((attendee) => attendee.attendance === 'in attendance').map((attendee) => [attendee.name, attendee.role])).toEqual([
      ['Mrs J Smith', office],
      ['County Councillor A Field', null],
      ['PCSO T Grey', null],
    ]);
  });

  it('keeps one person’s office whole where nothing but its parts follows the dash', () => {
    const council = forumMeeting('Present: Cllr J Webb (Chairman)\nAlso present: Tony Henley – Community Safety Manager, CSU', 'Members noted the update.');
    expect(council.attendees[1]).toMatchObject({ name: 'Tony Henley', role: 'Community Safety Manager, CSU' });
  });
});

describe('an absent member’s substitute, noted in brackets', () => {
  it.each(['Cllr M Hunt (Cllr S Lowe substituting)', 'Cllr M Hunt (substituted by Cllr S Lowe)'])('gives "%s" no role: the substitute is no office of the absent member', (entry) => {
    const council = forumMeeting(`Present: Cllr J Webb (Chairman), Cllr S Lowe\nApologies: ${entry}`, 'Members noted the update.');
    expect(council.attendees.find((attendee) => attendee.attendance === 'apologies')).toMatchObject({ name: 'Cllr M Hunt', role: null });
  });
});

describe('attendance lists hard-wrapped by the page', () => {
  it('carries a name cut after its title on to the next line', () => {
    const text = `ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on 3 March 2025\n\nPresent: Cllr Mary Ashdown (Chairman), Cllr Owen Briggs, Cllr\nPeter Carrow, Cllr Ruth Dunne\n\n1. Apologies\nNone.${CLOSE_ITEM}`;
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Cllr Mary Ashdown', 'Chair', 'present'],
      ['Cllr Owen Briggs', null, 'present'],
      ['Cllr Peter Carrow', null, 'present'],
      ['Cllr Ruth Dunne', null, 'present'],
    ]);
  });

  it("carries a name cut after its first name or initial on when the next line opens with the rest and the list's next mark", () => {
    const text = `ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on 3 March 2025\n\nPresent: Cllr Mary Ashdown (Chairman), Cllr Owen Briggs, Cllr Peter\nCarrow, Cllr Ruth Dunne\nIn attendance: Mr Lewis Fenn (Clerk), Mrs Gail Haworth (Finance Officer), Ms T\nIqbal (Locum Clerk)\n\n1. Apologies\nNone.${CLOSE_ITEM}`;
    expect(peopleOf(firstMeeting(text))).toEqual([
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
    const text = `ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on 3 March 2025\n\nIn attendance:\nMr Lewis Fenn, Clerk, Responsible Financial Officer and Proper Officer\nMrs Gail Haworth, Deputy Clerk\n\n1. Apologies\nNone.${CLOSE_ITEM}`;
    expect(peopleOf(firstMeeting(text))).toEqual([
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
    const meeting = firstMeeting(text);
    expect(meeting.items.map((item) => item.number)).toEqual(['AP/25/01', 'AP/25/02', 'AP/25/03']);
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Cllr Mary Ashdown', 'Cllr Owen Briggs']);
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
    expect(peopleOf(firstMeeting(lines.join('\n'))).slice(3)).toEqual([
      ['Dr. Mara Cole', 'Superintendent', 'in attendance'],
      ['Kevin Laird', 'Assistant Superintendent, Business Services', 'in attendance'],
      ['Rachel Yu', 'Director of Special Education', 'in attendance'],
    ]);
  });
});

describe('a heading under a list of people one a line, with no blank line between', () => {
  it('reads capitalised words over a numbered paragraph as the heading, not one more person', () => {
    const text = `Kwun Shan District Council\nMinutes of the Fifth Meeting of the Housing Committee\nDate:  4 March 2025 (Tuesday)\nPresent\nChairman:        Mr CHAN Siu-ming\nMembers:         Mr HO Ka-fai\n                 Dr TSANG Wing-hong\nSecretary\nMiss KWOK Sze-wing   Executive Officer, Kwun Shan District Office\nOpening Remarks\n1.  The Chairman welcomed Members and the representatives of the Housing Department.\nItem 1: Confirmation of the Minutes of the Fourth Meeting\n2.  The Committee confirmed the minutes without amendment.\nItem 2: Estate Lift Repairs\n3.  The Committee noted the paper.\n`;
    const meeting = firstMeeting(text);
    expect(meeting.attendees.map((attendee) => attendee.name)).not.toContain('Opening Remarks');
    expect(meeting.items.map((item) => item.title)).toEqual(['Opening Remarks', 'Confirmation of the Minutes of the Fourth Meeting', 'Estate Lift Repairs']);
  });

  it('keeps an untitled name in the list when a titled person follows it', () => {
    const text = `PARISH OF ST KELVER\nMinutes of the Parish Assembly held on Wednesday 5th February 2025\nPresent:\nConnétable Ruth Le Sueur (presiding)\nMrs Ann Pallot, Procureur du Bien Public\nVingtenier Paul Renouf\nMrs Jane Gallichan, Parish Secretary and 21 Principals and Electors of the Parish.\nMinute No. 1/2025 – Parish rates\nThe rates were approved.\nMinute No. 2/2025 – Close\nThe Assembly closed at 8pm.\n`;
    expect(firstMeeting(text).attendees.map((attendee) => attendee.name)).toEqual(['Connétable Ruth Le Sueur', 'Mrs Ann Pallot', 'Vingtenier Paul Renouf', 'Mrs Jane Gallichan']);
  });
});

describe("a Northern Irish council's members, aldermen and councillors each after a dash", () => {
  it('gives the aldermen their shared title, as it does the councillors', () => {
    const minutes =
      'MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL HELD AT THE CIVIC CENTRE ON MONDAY 2 MARCH 2026 AT 6.30 PM\n\n' +
      'In the Chair : Mayor (Councillor Ruth Gault)\n\nMembers Present : Aldermen – P Dornan, S Keery and W Lyttle\n\n' +
      'Councillors – A Crothers and N Magee\n\n1 APOLOGIES\n\nNone.\n';
    expect(peopleOf(firstMeeting(minutes)).map(([name]) => name)).toEqual([
      'Councillor Ruth Gault',
      'Alderman P Dornan',
      'Alderman S Keery',
      'Alderman W Lyttle',
      'Councillor A Crothers',
      'Councillor N Magee',
    ]);
  });
});

describe("a council's present members listed a rank to a paragraph, the deputy mayor first", () => {
  it('reads the deputy mayor and every paragraph after as members present', () => {
    const minutes =
      'Minutes of the Monthly Meeting of Council held in the Civic Centre, Lisvane, on Tuesday, 3 March, 2026 at 7:00 pm\n\n' +
      'PRESENT: The Mayor Councillor Ruth Gault\n\nDeputy Mayor Councillor Owen Crothers\n\nAldermen P Dornan and S Keery\n\n' +
      'Councillors A Magee and N Lyttle\n\n1. Apologies\n\nNone.\n';
    expect(peopleOf(firstMeeting(minutes)).slice(1).map(([name, role]) => [name, role])).toEqual([
      ['Councillor Owen Crothers', 'Deputy Mayor'],
      ['Alderman P Dornan', null],
      ['Alderman S Keery', null],
      ['Councillor A Magee', null],
      ['Councillor N Lyttle', null],
    ]);
  });
});

describe('the title the names share, with a colon of its own after the list\'s label', () => {
  it('is each councillor\'s title, as with no colon', () => {
    const minutes =
      'Glyndwr Vale Community Council Meeting held on Tuesday 8th March 2022\n\n' +
      'Present: Cllrs: M Pryce (Chair), T Owens (Vice-Chair), G Lloyd, R Beddoes\n\nClerk: Mrs S Rowlands\n\n' +
      '14/22 Declarations of interest\n\nThere were none.\n';
    expect(parseText(minutes).meetings[0].attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Cllr M Pryce', 'Chair'],
      ['Cllr T Owens', 'Vice-Chair'],
      ['Cllr G Lloyd', null],
      ['Cllr R Beddoes', null],
      ['Mrs S Rowlands', 'Clerk'],
    ]);
  });
});

describe('a list run on under its label, longer than a line of names', () => {
  it('is read as the list, each part a few words', () => {
    const minutes =
      'MINUTES OF GLENDARROCH COMMUNITY COUNCIL MEETING HELD IN THE CHURCH HALL ON TUESDAY 12 SEPTEMBER 2017\n\nPRESENT\n\n' +
      'Morag Innes (MI), Calum Fraser (CF), Eilidh Ross (ER), Councillor Duncan Bain (part attendance), PC Iain Munro (Police) and two members of the public.\n\n' +
      'WELCOME\n\nMorag Innes welcomed everyone to the meeting.\n\n1. Apologies\n\nKirsty Black.\n\n2. Police Report\n\nPC Iain Munro reported a quiet month.\n';
    expect(parseText(minutes).meetings[0].attendees.filter(({ attendance }) => attendance === 'present').map(({ name, role }) => [name, role])).toEqual([
      ['Morag Innes', null],
      ['Calum Fraser', null],
      ['Eilidh Ross', null],
      ['Councillor Duncan Bain', 'part attendance'],
      ['PC Iain Munro', 'Police'],
    ]);
  });
});

describe('a town council\'s list: the mayor, then the plural title of the councillors after him', () => {
  const people = (list: string) => parseText(`Minutes of the Meeting of Eastcliff Town Council held on Wednesday, 6 October 2010 at 7.00 p.m.\n\nPresent: ${list}\n\n41. MINUTES\n\nThe minutes were approved.\n`).meetings[0].attendees.map(({ name, role }) => [name, role]);

  it('parts the mayor from the first councillor at the plural title, no comma between', () => {
    expect(people('Councillor Rowe (Town Mayor) (Chairman) Councillors Abel, Birtles and Coombe.')).toEqual([
      ['Councillor Rowe', 'Chair'],
      ['Councillor Abel', null],
      ['Councillor Birtles', null],
      ['Councillor Coombe', null],
    ]);
  });

  it('leaves the "and" before the last name out of it, under the shared title', () => {
    expect(people('Councillors Mrs G. Abel, J. Birtles, and S. Coombe.')).toEqual([
      ['Councillor Mrs G. Abel', null],
      ['Councillor J. Birtles', null],
      ['Councillor S. Coombe', null],
    ]);
  });
});

describe('the apologies in a sentence of their own after those present, in one paragraph', () => {
  it('lists the people after "There were apologies from" as apologies', () => {
    const minutes =
      'Minutes of the meeting of Eastcliff Town Council held in the Guildhall on Monday, 6th August 2007 at 7pm\n\n' +
      'PRESENT: Councillor D. Rowe (chairman), Councillors Mrs G. Abel, J. Birtles and S. Coombe. There were apologies from Councillors P. Dunn (vice chairman) and R. Hale.\n\n' +
      '14365 CHAIRMAN’S ANNOUNCEMENTS\nThe chairman had attended the carnival.\n\n14366 POLICE MATTERS\nThe clerk read the crime report.\n';
    expect(parseText(minutes).meetings[0].attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Councillor D. Rowe', 'present'],
      ['Councillor Mrs G. Abel', 'present'],
      ['Councillor J. Birtles', 'present'],
      ['Councillor S. Coombe', 'present'],
      ['Councillor P. Dunn', 'apologies'],
      ['Councillor R. Hale', 'apologies'],
    ]);
  });
});

describe('the clerk named last, after "and the clerk"', () => {
  it.each([
    ['initials and a surname', 'Cllrs P Dunn (Chair), R Hale and T Foy and the clerk A. Brown.', 'A. Brown', 'Clerk'],
    ['a comma before the name', 'Cllr P Dunn (Chair), Cllr R Hale, Cllr T Foy and the Clerk, Derek Kane.', 'Derek Kane', 'Clerk'],
    ['a dash before the name', 'Cllr P Dunn (Chair), Cllr R Hale, Cllr T Foy and the Clerk – Ann Kerr', 'Ann Kerr', 'Clerk'],
    ['a titled name, the office a longer one', 'Councillors P Dunn, R Hale and T Foy and the assistant to the clerk Mrs J Orme', 'Mrs J Orme', 'Assistant to the clerk'],
  ])('reads the clerk as a person with the office as the role (%s), not under the councillors\' shared title', (_, list, name, role) => {
    const people = attendeesFromList(list, 'present').map((person) => [person.name, person.role]);
    expect(people).toHaveLength(4);
    expect(people[3]).toEqual([name, role]);
    expect(people[2][0]).toMatch(/T Foy$/);
  });
});

describe('a name marked "(apologies)" in a list of those present', () => {
  it('reads that member as having sent apologies, with no office', () => {
    const people = attendeesFromList('Cllr A Hale (Chair), Cllr B Dee (apologies), Cllr C Foy, Cllr D Roe (Apologies received)', 'present').map(({ name, role, attendance }) => [name, role, attendance]);
    expect(people).toEqual([
      ['Cllr A Hale', 'Chair', 'present'],
      ['Cllr B Dee', null, 'apologies'],
      ['Cllr C Foy', null, 'present'],
      ['Cllr D Roe', null, 'apologies'],
    ]);
  });
});

describe('a bracket the writer never closed in a list of those present', () => {
  const minutes = [
    'Present: R. Tully (Chair; D. Fenn (Vice-Chair); H. Ogle; W. Pask (Treasurer); L. Rowe.',
    '',
    'Others present: K. Lyle, Harbourmaster; S. Venn (Minutes)',
    '',
    '1. Apologies:   N. Carr',
    '',
    '2. Minute of meeting of 9 May 2024 and matters arising: The minute was taken as read.',
    '',
    'Mooring charges are now collected monthly.',
    '',
    '3. Slipway Repairs: The contractor would start in June.',
  ].join('\n');

  it('ends at the next separator, and the lists and items after it are read as their own', () => {
    const meeting = firstMeeting(minutes);
    expect(peopleOf(meeting)).toEqual([
      ['R. Tully', 'Chair', 'present'],
      ['D. Fenn', 'Vice-Chair', 'present'],
      ['H. Ogle', null, 'present'],
      ['W. Pask', 'Treasurer', 'present'],
      ['L. Rowe', null, 'present'],
      ['K. Lyle', 'Harbourmaster', 'in attendance'],
      ['S. Venn', 'Minutes', 'in attendance'],
      ['N. Carr', null, 'apologies'],
    ]);
    // "2. Minute of meeting of 9 May 2024 and matters arising: …": a title of nine words, its text run on after the colon.
    expect(itemsOf(meeting).map(([number]) => number)).toEqual(['1', '2', '3']);
  });
});

describe('people listed one a line with their initials between the name and the office', () => {
  const minutes = (present: string[], attending: string[]) =>
    [
      'Kestrel Vale Integrated Care Board Meeting in Public',
      'Held on 12th March 2025 via Microsoft Teams',
      'Present:',
      ...present,
      'In attendance:',
      ...attending,
      'KVB/2425/101: Welcome and Apologies',
      'The Chair welcomed members to the meeting.',
    ].join('\n');

  it('reads each line as one person, the office all after the initials, with or without brackets around them', () => {
    const meeting = firstMeeting(
      minutes(
        ['Dr Nadia Orme NO Clinical Chair', 'Peter Sallis PSa Chief Finance Officer', 'Grace Tolan GT Lay Member for Patient and Public Involvement / Vice Chair'],
        ['Owen Reddy (OR) Non-Executive Member – Audit and Risk', 'Lena Quist (LQ) Board Secretary'],
      ),
    );
    expect(peopleOf(meeting)).toEqual([
      ['Dr Nadia Orme', 'Clinical Chair', 'present'],
      ['Peter Sallis', 'Chief Finance Officer', 'present'],
      ['Grace Tolan', 'Lay Member for Patient and Public Involvement / Vice Chair', 'present'],
      ['Owen Reddy', 'Non-Executive Member – Audit and Risk', 'in attendance'],
      ['Lena Quist', 'Board Secretary', 'in attendance'],
    ]);
  });

  it('takes no post-nominal letters for initials', () => {
    const meeting = firstMeeting(minutes(['Dr Nadia Orme (Chair)', 'Peter Sallis MBE Lay Member'], ['Lena Quist (LQ) Board Secretary']));
    expect(peopleOf(meeting).map(([name]) => name)).not.toContain('Peter Sallis');
  });
});

describe("a joint body's members listed under a group's name below the label", () => {
  it('reads the people under each group of members as present, and no group as an item', () => {
    const meeting = firstMeeting(
      [
        'At a meeting of the Combined Fire Authority for Westmere and Oldbridge held at Service Headquarters, Kiln Lane, Westmere on Tuesday 10 June 2025 at 10.00 a.m.',
        'Present:',
        'Westmere County Councillors:',
        'Councillors P Arden, L Booth and R Coyle.',
        'Oldbridge Borough Councillors:',
        'Councillors T Dale and F Eames.',
        'Independent Standards Members:',
        'Mr K Frain',
        '1. Declarations of interest',
        'There were no declarations of interest.',
      ].join('\n'),
    );
    expect(peopleOf(meeting).map(([name, , attendance]) => `${name} ${attendance}`)).toEqual([
      'Councillor P Arden present',
      'Councillor L Booth present',
      'Councillor R Coyle present',
      'Councillor T Dale present',
      'Councillor F Eames present',
      'Mr K Frain present',
    ]);
    expect(itemsOf(meeting)).toEqual([['1', 'Declarations of interest']]);
  });

  it("reads the attendance under a draft's mark between the meeting's date and its label", () => {
    const meeting = firstMeeting(
      'Minutes of Elmcote Parish Council Meeting held in the Village Hall\n\nAt 7.30pm on Wednesday 8 October 2025\n\nDRAFT\n\nThose Attending: Cllr A Penn (Chairman), Cllr B Rudd, Mrs C Hale (Clerk)\n\nMinutes of the last Meeting: Cllr Rudd proposed acceptance.\n',
    );
    expect(peopleOf(meeting).map(([name]) => name)).toEqual(['Cllr A Penn', 'Cllr B Rudd', 'Mrs C Hale']);
  });

  it('reads a group named in capitals ("NON VOTING MEMBERS:") as one of the open block\'s groups', () => {
    const meeting = firstMeeting(
      ['NHS WESTMERE CLINICAL COMMISSIONING GROUP', 'Minutes of the Governing Body held on 4 March 2025', 'PRESENT:', 'Dr A Pryce (Chair)', 'NON VOTING MEMBERS:', 'Mrs J Quill (Lay Member)', '1. Welcome', 'The Chair welcomed members.'].join('\n'),
    );
    expect(peopleOf(meeting).map(([name]) => name)).toEqual(['Dr A Pryce', 'Mrs J Quill']);
    expect(itemsOf(meeting)).toEqual([['1', 'Welcome']]);
  });

  it("reads the attendance under a venue line between the meeting's date and its label", () => {
    const meeting = firstMeeting(
      [
        'NHS KESTREL VALE CLINICAL COMMISSIONING GROUP',
        'GOVERNING BODY',
        'Minutes of meeting held on TUESDAY 9TH DECEMBER 2014 1pm',
        'COMMITTEE ROOM 2, MERCER HOUSE',
        'PRESENT:',
        'Dr Ruth Adeyemi',
        'Dr Colin Marsh',
        'Paula Venn',
        '1.1',
        'DECLARATIONS OF INTEREST',
        'There were no declarations of interest.',
      ].join('\n'),
    );
    expect(peopleOf(meeting).map(([name]) => name)).toEqual(['Dr Ruth Adeyemi', 'Dr Colin Marsh', 'Paula Venn']);
  });
});

describe('a sentence about a titled person under the list of those present', () => {
  it('is no one more in the list', () => {
    const meeting = firstMeeting(
      [
        'The Annual Meeting of the Chapel Trustees held in the Schoolroom on Monday, March 3, 1952.',
        '',
        'Present : Messrs A. Polglase, T. Rowe, H. J. Sleeman and W. Trebilcock.',
        'Mr Rowe was elected chairman.',
        '1. Apologies were received from Mr J. Vivian.',
        '2. Minutes of the last annual meeting were read and confirmed.',
      ].join('\n'),
    );
    expect(peopleOf(meeting).map(([name]) => name)).not.toContain('Mr Rowe was elected chairman');
    expect(peopleOf(meeting).filter(([, , attendance]) => attendance === 'present')).toHaveLength(4);
  });
});

describe('a table of people copied one cell a line: a name, then the office', () => {
  it('reads each name with the office under it, leaving out the column titles and the groups between', () => {
    const meeting = firstMeeting(
      [
        'Harbourside Conservation Trust Board',
        'Meeting Minutes',
        'Held at 10:00AM, Tuesday 4 March 2025',
        'HELD IN THE BOARD ROOM, LEVEL 3',
        'TRUST OFFICES, 12 QUAY STREET, PORTHAVEN',
        'Present',
        'Members',
        'Role',
        'Board Members',
        'Ana Whitlock',
        'Chair',
        'Rhys Mendel',
        'Deputy Chair',
        'Dr Ivo Sandoval',
        'Board member',
        'Youth Panel',
        'Kiri Talbot',
        'Youth Panel member',
        '1. Welcome',
        'The Chair opened the meeting at 10.02am and welcomed those present.',
      ].join('\n'),
    );
    expect(peopleOf(meeting)).toEqual([
      ['Ana Whitlock', 'Chair', 'present'],
      ['Rhys Mendel', 'Deputy Chair', 'present'],
      ['Dr Ivo Sandoval', 'Board member', 'present'],
      ['Kiri Talbot', 'Youth Panel member', 'present'],
    ]);
  });
});

describe("officers listed with their office and their council's service, a semicolon after each", () => {
  it('keeps a service named with "&" whole, as the office\'s, and reads the last officer after "and"', () => {
    const text = 'THE KELL COUNCIL - POLICY COMMITTEE\n\n2nd August, 2025\n\nPRESENT:\n\nCouncillors Ann Lowe (Chair), Ben Marsh and Carl Nunn.\n\nATTENDING:\n\nDora Oates, Chief Executive; Eve Pike, Committee Manager and Finn Quay, Committee Administrator, Law & Administration Service; Gail Rowe, Accounting Team Leader, Finance & Procurement Service; and Hugh Shaw, Senior Manager, Social Work Service.\n\n1. WELCOME\n\nThe Chair welcomed those present.\n\n2. MINUTES\n\nApproved.\n';
    expect(peopleOf(firstMeeting(text)).filter(([, , attendance]) => attendance === 'in attendance')).toEqual([
      ['Dora Oates', 'Chief Executive', 'in attendance'],
      ['Eve Pike', 'Committee Manager', 'in attendance'],
      ['Finn Quay', 'Committee Administrator, Law & Administration Service', 'in attendance'],
      ['Gail Rowe', 'Accounting Team Leader, Finance & Procurement Service', 'in attendance'],
      ['Hugh Shaw', 'Senior Manager, Social Work Service', 'in attendance'],
    ]);
  });
});

describe("a group's list run on after another's, the plural title between", () => {
  it('starts the councillors\' list at "Councillors" after the aldermen\'s last name, each under the group\'s title', () => {
    const text = 'KELLBRIDGE CITY COUNCIL\n\nMinutes of Meeting of the Planning Committee held in the Council Chamber on Monday 8 May 2023 at 2.00 pm\n\nPRESENT: Councillor A Reid (Chairman)\n\nAldermen B Shaw MBE, C Todd Councillors D Vance, E Ward, F Young\n\n1. Apologies\n\nThere were no apologies.\n\n2. Minutes\n\nThe minutes were agreed.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Councillor A Reid', 'Chair', 'present'],
      ['Alderman B Shaw MBE', null, 'present'],
      ['Alderman C Todd', null, 'present'],
      ['Councillor D Vance', null, 'present'],
      ['Councillor E Ward', null, 'present'],
      ['Councillor F Young', null, 'present'],
    ]);
  });
});

describe("a police authority's groups of members", () => {
  it('reads "Magistrate Members" and "Lay Members" over their lists as groups, no people', () => {
    const text = [
      'TESSMOUTH POLICE AUTHORITY',
      '',
      'A meeting of Tessmouth Police Authority was held on Wednesday 14 May 2008 in the Conference Room at Police HQ.',
      '',
      'PRESENT:',
      '',
      'Councillor Ann Brook and Councillor Carl Dale',
      '',
      'Magistrate Members',
      '',
      'Mr Gus Hale JP and Mrs Ida Jones JP',
      '',
      'Lay Members',
      '',
      'Miss Kay Lowe and Mr Max Neal',
      '',
      '1 APOLOGIES FOR ABSENCE',
      '',
      'Apologies were received from Mr Tom Vale.',
    ].join('\n');
    const names = firstMeeting(text).attendees.map((attendee) => attendee.name);
    expect(names.slice(0, 6)).toEqual(['Councillor Ann Brook', 'Councillor Carl Dale', 'Mr Gus Hale JP', 'Mrs Ida Jones JP', 'Miss Kay Lowe', 'Mr Max Neal']);
  });
});

describe('apologies naming who stood in', () => {
  it('reads on past ", who was substituted by …," to the rest of the apologies, the substitute none of them', () => {
    const text = 'TESSMOUTH POLICE AND CRIME PANEL\n\nMinutes of the meeting held on Friday 14 March 2025\n\n1. Apologies\n\nApologies were received from Councillor Ivo Pascoe, who was substituted by Councillor Nell Ruddock, Councillor Ada Quayle and Mr Ben Tregear.\n\n2. Minutes\n\nThe minutes were agreed.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Councillor Ivo Pascoe', null, 'apologies'],
      ['Councillor Ada Quayle', null, 'apologies'],
      ['Mr Ben Tregear', null, 'apologies'],
    ]);
  });
});

describe("a printed authority's title block and its officers' columns", () => {
  it('reads the address set a part a line under the date as the header, and the members under it', () => {
    const text = [
      '                      MINUTES',
      '                OF THE MEETING OF THE',
      '               TESSMOUTH FIRE AUTHORITY',
      '            HELD ON WEDNESDAY 9 APRIL 2008',
      '               IN THE COMMITTEE ROOM',
      '                   COUNTY HALL',
      '                  WEST ASHFORD',
      '                   TESSMOUTH',
      '              COMMENCING AT 2.00 PM',
      '         ____________________________________',
      'MEMBERS PRESENT',
      '',
      'Cllr A Brook',
      'Mrs C Dale',
      '',
      '1.  APOLOGIES FOR ABSENCE',
      '',
      'None.',
    ].join('\n');
    const meeting = firstMeeting(text);
    expect(itemsOf(meeting)).toEqual([['1', 'APOLOGIES FOR ABSENCE']]);
    expect(peopleOf(meeting)).toEqual([
      ['Cllr A Brook', null, 'present'],
      ['Mrs C Dale', null, 'present'],
    ]);
  });

  it("leaves the dash between an officer's name and office out of the office", () => {
    const text = `TESSMOUTH FIRE AUTHORITY\nMinutes of the meeting held on 9 April 2008\n\nOFFICERS PRESENT\n\nMr E Frost                 -   Chief Fire Officer\nMs G Hale                  -   Clerk to the Authority\n\n1.  APOLOGIES FOR ABSENCE\n\nNone.\n`;
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Mr E Frost', 'Chief Fire Officer', 'in attendance'],
      ['Ms G Hale', 'Clerk to the Authority', 'in attendance'],
    ]);
  });
});

describe("a title's full stop", () => {
  it('files "Cllr. Hale" and "Cllr Hale" as one person', () => {
    const text = 'TESSMOUTH POLICE AND CRIME PANEL\n\nMinutes of the meeting held on Friday 14 March 2025\n\n1. Apologies\n\nApologies were received from Cllr Hale and Cllr Ruiz.\n\nCllr. Hale sent his apologies.\n\n2. Minutes\n\nThe minutes were agreed.\n';
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Cllr Hale', null, 'apologies'],
      ['Cllr Ruiz', null, 'apologies'],
    ]);
  });
});

describe('a titled person, a comma, then the body they attend for', () => {
  it('reads the body as whom the person is with, not as a person of its own', () => {
    const list = 'Sergeant R Hale, Westmoor Police, Cllr A Stone, Eastfield District Council, Ms K Dale, NHS Westshire, Mr T Bell, Norbury Constabulary';
    expect(attendeesFromList(list, 'present').map(({ name, role }) => [name, role])).toEqual([
      ['Sergeant R Hale', 'Westmoor Police'],
      ['Cllr A Stone', 'Eastfield District Council'],
      ['Ms K Dale', 'NHS Westshire'],
      ['Mr T Bell', 'Norbury Constabulary'],
    ]);
  });

  it('leaves a titled person named with a firm after the comma a person of their own', () => {
    expect(attendeesFromList('Cllr A Stone, Mr R Pike Holdings Ltd', 'apologies').map(({ name }) => name)).toEqual(['Cllr A Stone', 'Mr R Pike Holdings Ltd']);
  });
});

describe("a New Zealand board's attendance table, each office over its holder", () => {
  const minutes =
    'Kowhai Local Board\n\nOPEN MINUTES\n\nMinutes of a meeting of the Kowhai Local Board held in the Board Room, 12 Tui Street, Kowhai on Monday, 3 August 2015 at 3.00pm.\n\n' +
    'present\n\nChairperson\n\nAroha Wells\n\n \n\nDeputy Chairperson\n\nTom Reid\n\n \n\nMembers\n\nJoe Bright\n\n \n\nKate Moss, QSM\n\n \n\nLee Park\n\n \n\n' +
    'ABSENT\n\nMember\n\nSam Hunt\n\n \n\nALSO PRESENT\n\nCr Ian Vale\n\n \n\n' +
    '1          Welcome\n\nThe Chairperson opened the meeting and welcomed all those in attendance.\n\n2          Apologies\n\nThe apology of Sam Hunt was accepted.\n';

  it('gives each holder the office above them, and takes no office or group for a person', () => {
    expect(peopleOf(firstMeeting(minutes))).toEqual([
      ['Aroha Wells', 'Chair', 'present'],
      ['Tom Reid', 'Deputy Chairperson', 'present'],
      ['Joe Bright', null, 'present'],
      ['Kate Moss, QSM', null, 'present'],
      ['Lee Park', null, 'present'],
      ['Sam Hunt', null, 'absent'],
      ['Cr Ian Vale', null, 'in attendance'],
    ]);
  });
});

describe("the body's name as a page's running header under the last list", () => {
  it('names nobody who attended', () => {
    const text =
      'Kauri Bay Local Board\n\nOPEN MINUTES\n\nMinutes of a meeting of the Kauri Bay Local Board held in the Boardroom on Monday, 3 March 2025 at 5.00pm\n\n' +
      'PRESENT\n\nChairperson\nAria Tane\n\nMembers\nBen Hollis\nCara Ngata\n\nALSO PRESENT\n\nCr Dan Price\n\nKauri Bay Local Board\n\n3 March 2025\n\n' +
      '1          Welcome\n\nThe Chairperson opened the meeting.\n\n2          Apologies\n\nThere were no apologies.\n';
    expect(peopleOf(firstMeeting(text)).map(([name]) => name)).toEqual(['Aria Tane', 'Ben Hollis', 'Cara Ngata', 'Cr Dan Price']);
  });
});

describe('two people joined by "and", then the reason they sent apologies after a dash', () => {
  it('reads each person, not one person holding the reason as an office', () => {
    expect(attendeesFromList('L Brand and Cllr S Kerr – family commitments.', 'apologies').map(({ name }) => name)).toEqual(['L Brand', 'Cllr S Kerr']);
  });

  it('still reads one person with an office after the dash', () => {
    expect(attendeesFromList('Tom Ashby – Head of Parks and Open Spaces', 'present').map(({ name, role }) => [name, role])).toEqual([['Tom Ashby', 'Head of Parks and Open Spaces']]);
  });
});

describe('those present listed under the place each represents', () => {
  const header = 'Harbour Schools Planning Committee\n\nMinutes of the meeting held 14 March 2009\n\nPresent:  Chair Ann Lowell, Vice-Chair Tom Briggs\n\n';
  const rest = '\n\nOthers in attendance:  Dana Fisk, Hal Moody\n\nCall to Order\n\nAnn Lowell called the meeting to order at 7:00 p.m.\n';

  it('reads each group, one a line or several on one line, the place the role of its only member', () => {
    const expected = [
      ['Ann Lowell', 'Chair', 'present'],
      ['Tom Briggs', 'Vice-Chair', 'present'],
      ['Paul Morrow', 'Easton', 'present'],
      ['Rita Gould', null, 'present'],
      ['Sam Ortiz', null, 'present'],
      ['Lee Park', 'Cove Island', 'present'],
      ['Dana Fisk', null, 'in attendance'],
      ['Hal Moody', null, 'in attendance'],
    ];
    expect(peopleOf(firstMeeting(`${header}Easton:  Paul Morrow\nWest Haven:  Rita Gould and Sam Ortiz\nCove Island:  Lee Park${rest}`))).toEqual(expected);
    expect(peopleOf(firstMeeting(`${header}Easton:  Paul Morrow   West Haven:  Rita Gould and Sam Ortiz   Cove Island:  Lee Park${rest}`))).toEqual(expected);
  });

  it("reads a group's apologies after those who came, and a group no one came for as no one", () => {
    expect(peopleOf(firstMeeting(`${header}Easton:  Paul Morrow, Apologies from Jo Hart\nNorth Cove:  No rep${rest}`)).slice(2, 4)).toEqual([
      ['Paul Morrow', 'Easton', 'present'],
      ['Jo Hart', null, 'apologies'],
    ]);
  });

  it('reads a line under one ending in a semicolon as the list going on, its body before a colon the role of the one after it', () => {
    const wrapped = 'Present:  Ann Lowell (Chair), Tom Briggs, 2 members of the public;\nHarbour Police: PC Mel Dunn; Easton and Cove Council: Cllr Ray Shaw\n\nCall to Order\n\nAnn Lowell opened the meeting.\n';
    expect(peopleOf(firstMeeting(`Harbour Schools Planning Committee\n\nMinutes of the meeting held 14 March 2009\n\n${wrapped}`))).toEqual([
      ['Ann Lowell', 'Chair', 'present'],
      ['Tom Briggs', null, 'present'],
      ['PC Mel Dunn', 'Harbour Police', 'present'],
      ['Cllr Ray Shaw', 'Easton and Cove Council', 'present'],
    ]);
  });

  it('leaves facts under a label, and prose after one, to the header and the minutes', () => {
    expect(peopleOf(firstMeeting(`${header}Venue:  Village Hall\nMatters Arising:  The hedge had been cut.${rest}`)).map(([name]) => name)).toEqual(['Ann Lowell', 'Tom Briggs', 'Dana Fisk', 'Hal Moody']);
  });
});

describe('"His Worship the Mayor" first in the list of those present', () => {
  it('reads the mayor named in brackets after it, and the councillors after', () => {
    const text =
      'WARRAGAL COUNCIL\nMINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON WEDNESDAY, MARCH 5, 2025\n\nPRESENT\n\n' +
      'His Worship the Mayor (Clr Tran), Councillors Ashby, Bell (from 6.35pm) and Cole\n\nIN ATTENDANCE\n\nGeneral Manager\n\n' +
      '061/25 Disclosure of Interests\n\nThere were no disclosures of interest.\n';
    expect(peopleOf(firstMeeting(text)).slice(0, 4)).toEqual([
      ['Clr Tran', 'Chair', 'present'],
      ['Councillor Ashby', null, 'present'],
      ['Councillor Bell', null, 'present'],
      ['Councillor Cole', null, 'present'],
    ]);
  });
});

describe('two people joined by "and" in a list of apologies', () => {
  it('reads two untitled names joined by "and" on the line under a label alone', () => {
    const text = 'Minutes of the Board meeting held on 3 March 2025\n\nPresent\nKevin Lowe (Chair)\n\nDan Hart\n\nApologies:\n\nNgaio Tane and Jacob Reid\n\nIn Attendance\nKate Snow (Chief Executive)\n\nWELCOME\nThe Chair opened the meeting.\n';
    expect(peopleOf(firstMeeting(text)).filter(([, , attendance]) => attendance === 'apologies')).toEqual([
      ['Ngaio Tane', null, 'apologies'],
      ['Jacob Reid', null, 'apologies'],
    ]);
  });

  it('gives the office after a dash to the last of two initialled names joined by "and"', () => {
    expect(attendeesFromList('G. Hale and Mrs. D. Rowe - Borough Councillor', 'apologies').map(({ name, role }) => [name, role])).toEqual([
      ['G. Hale', null],
      ['Mrs. D. Rowe', 'Borough Councillor'],
    ]);
  });

  it('keeps a name with its office after a dash whole where the "and" is the office\'s', () => {
    expect(attendeesFromList('Mr T Foy - Head of Planning and Regeneration', 'present').map(({ name, role }) => [name, role])).toEqual([['Mr T Foy', 'Head of Planning and Regeneration']]);
  });
});

describe('a list of people whose last one has an office after a dash', () => {
  it('reads each person of the list, the office the last one\'s, not the list as one name', () => {
    expect(attendeesFromList('Councillors: C Oakes, D Holley, C Riches, Mr L Bradley – Chairman CIC', 'apologies').map(({ name, role }) => [name, role])).toEqual([
      ['Councillor C Oakes', null],
      ['Councillor D Holley', null],
      ['Councillor C Riches', null],
      ['Mr L Bradley', 'Chairman CIC'],
    ]);
  });
});

describe('members listed by the division they sit for', () => {
  it('sets "Div. N - Name, Office;" entries out as a list, the division no person and the office after the comma the member’s', () => {
    expect(withDivisionEntriesListed(['PRESENT: Div. 2 - Ada Reeve, Councillor; Div. 1 - Tom Hale, Reeve. ABSENT - Div. 3 Jo Bell, Councillor.'])).toEqual([
      'PRESENT: Ada Reeve (Councillor); Tom Hale (Reeve)',
      'ABSENT: Jo Bell (Councillor)',
    ]);
  });

  it('leaves a line naming one division alone', () => {
    const lines = ['The grader will work in Div. 4 - North Range next week.'];
    expect(withDivisionEntriesListed(lines)).toBe(lines);
  });
});

describe('two columns of names with no label under the title', () => {
  it('reads two names a line as those present, the left column first', () => {
    const lines = ['Minutes of the Inaugural Meeting', 'Ann Bell Cara Dunn', 'Bob Eyre Dan Ford', 'Eve Gray Fay Hill', 'Gil Ives', '- Welcome.'];
    expect(withTwoColumnNamesListed(lines)).toEqual(['Minutes of the Inaugural Meeting', 'Present:', 'Ann Bell', 'Bob Eyre', 'Eve Gray', 'Gil Ives', 'Cara Dunn', 'Dan Ford', 'Fay Hill', '- Welcome.']);
  });

  it('leaves lines of a body’s or an office’s words alone, and Title Case lines out of a list’s order', () => {
    const lines = ['Planning Committee Parish Council', 'Finance Committee Town Council', 'Town Clerk Deputy Clerk'];
    expect(withTwoColumnNamesListed(lines)).toBe(lines);
    const titles = ['Garden Walls Street Lights', 'Bus Shelter Grass Verges', 'Notice Boards Bench Repairs'];
    expect(withTwoColumnNamesListed(titles)).toBe(titles);
  });
});

describe('what follows an absent member\'s name', () => {
  it('reads "– tendered apology for absence …" after a name as the apology, no part of the name or an office', () => {
    expect(attendeesFromList('Cllr. D.P. Mokoena –tendered apology for absence due to work commitments, Cllr. A.F Botha- tendered apology for absence, Cllr. L.S. Maluleke – tendered leave of absence', 'apologies').map(({ name, role }) => [name, role])).toEqual([
      ['Cllr. D.P. Mokoena', null],
      ['Cllr. A.F Botha', null],
      ['Cllr. L.S. Maluleke', null],
    ]);
  });
});
