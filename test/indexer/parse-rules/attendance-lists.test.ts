// How the parser reads one list of people into persons: titles shared by several names ("Councillors A, B and C"), offices
// printed before or after a name, organisations, initials and notes in brackets, run-on lists wrapped mid-name or after a
// semicolon, names whose commas were lost, and where a list ends. Each test parses a small document (or a list alone)
// invented in the style of real minutes, written for the test.
import { attendeesFromList } from '../../../indexer/parse/attendee-lists';
import { CLOSE_ITEM, firstMeeting, HOLT_HEADER, MARLOW_HEIGHTS_HEADER, paragraphsOf, paragraphStarting, peopleOf } from '../../helpers/parse-text';

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
