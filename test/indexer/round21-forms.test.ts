// Forms found in round 21 of probing held-out layouts, each in a small document written for this test: a header that
// opens with its date above the council's and committee's names and the time and venue lines, and a title line
// "MINUTES OF THE PLANNING COMMITTEE" with no "held on" after it.
import { parseMinutes } from '../../indexer/parse';
import type { Meeting } from '../../core/types';

const parse = (text: string): Meeting => parseMinutes({ text, format: 'text', file: 'minutes', documentId: 'd' }).meetings[0];
const paragraphs = (meeting: Meeting) => meeting.items.flatMap((item) => item.paragraphs);
const people = (meeting: Meeting) => meeting.attendees.map((person) => [person.name, person.role, person.attendance]);

describe('headers', () => {
  it('reads the attendance under a header that opens with its date, above the body and the "Time:" and "Venue:" lines', () => {
    const meeting = parse(
      'Wednesday 9 April 2025\n\nASHFORD VALE DISTRICT COUNCIL\n\nLICENSING COMMITTEE\n\nTime: 2.00 pm\nVenue: Committee Room 2\n\nPresent:\nCouncillor M Doyle (Chairman)\nCouncillor R Penn\n\nOfficers in attendance:\nMr K Ruddock, Licensing Manager\n\n12. MINUTES\nThe minutes were approved.\n',
    );
    expect(people(meeting)).toEqual([
      ['Councillor M Doyle', 'Chair', 'present'],
      ['Councillor R Penn', null, 'present'],
      ['Mr K Ruddock', 'Licensing Manager', 'in attendance'],
    ]);
    expect(meeting.items.map((item) => item.title)).toEqual(['MINUTES']);
  });
});

describe('bodies', () => {
  it('reads the committee a title line "MINUTES OF THE PLANNING COMMITTEE" names, with no "held on" after it, under its council', () => {
    const meeting = parse(
      'ASHFORD VALE DISTRICT COUNCIL\n\nMINUTES OF THE PLANNING COMMITTEE\n\nDate: Tuesday 4 March 2025\n\n1. MINUTES\nThe minutes were approved.\n',
    );
    expect(meeting.body).toBe('Ashford Vale District Council Planning Committee');
  });

  it('reads the committee of "Minutes of the Audit Panel" alone, but no body from "Minutes of Proceedings"', () => {
    expect(parse('Minutes of the Audit Panel\n\nDate: Tuesday 4 March 2025\n\n1. Accounts\nNoted.\n').body).toBe('Audit Panel');
    expect(parse('Minutes of Proceedings\n\nDate: Tuesday 4 March 2025\n\n1. Accounts\nNoted.\n').body).toBeNull();
  });
});

describe('bodies under a meeting kind', () => {
  it('reads the council\'s own name, not the kind of meeting printed above it ("Ordinary Council Meeting" over "Kooringal Shire Council")', () => {
    const meeting = parse('Minutes\nOrdinary Council Meeting\nTuesday, 25 March 2025\n\nWarrawee Shire Council\n\n1. OPENING\nThe Mayor declared the meeting open.\n');
    expect(meeting.body).toBe('Warrawee Shire Council');
  });
});

describe('dates', () => {
  it('reads a date in figures that fits no day-first reading month first, as American minutes write it ("02/18/2025")', () => {
    expect(parse('Cedar Falls School District\nBoard of Education Regular Meeting\nDate: 02/18/2025\n\n1. Call to Order\nThe meeting was called to order.\n').date).toBe('2025-02-18');
  });

  it('still reads a date with dots day first, and one no reading fits as none ("3.14.25" is a paragraph\'s number)', () => {
    expect(parse('Ashford Parish Council\nMinutes of the meeting held on 18.02.2025\n\n1. Apologies\nNone.\n').date).toBe('2025-02-18');
    expect(parse('Ashford Parish Council\n\n3.14.25 The clerk reported.\n\n1. Apologies\nNone.\n').date).toBeNull();
  });
});

describe('attendance', () => {
  it('lists an untitled person with a note in brackets that holds a sentence\'s word ("Tom Hill (Minute Taker)", "(left the meeting …)")', () => {
    const meeting = parse(
      'Ashby Parish Council\nMinutes of the meeting held on Monday 3 March 2025\n\nPresent:\nCllr A Hart (Chair)\nCarl Dunn (left the meeting at 8.10pm)\n\nIn attendance:\nJane Smith (Clerk)\nTom Hill (Minute Taker)\n\n1. Apologies\nNone.\n',
    );
    expect(people(meeting).map(([name]) => name)).toEqual(['Cllr A Hart', 'Carl Dunn', 'Jane Smith', 'Tom Hill']);
    expect(people(meeting)[3]).toEqual(['Tom Hill', 'Minute Taker', 'in attendance']);
  });

  it('lists an officer printed post first with a note in brackets after the holder ("Head of Planning - Sam Tran (items 1-4)")', () => {
    const meeting = parse(
      'Kooringal Shire Council\nMinutes of the Ordinary Council Meeting held on Tuesday, 25 March 2025\n\nSTAFF\nChief Executive Officer - Rachel Quinn\nHead of Planning - Sam Tran (items 1-4)\n\n1. OPENING\nThe Mayor opened the meeting.\n',
    );
    expect(people(meeting)).toEqual([
      ['Rachel Quinn', 'Chief Executive Officer', 'in attendance'],
      ['Sam Tran', 'Head of Planning', 'in attendance'],
    ]);
  });
});

describe('a body named with its kind', () => {
  it('reads "The Parish Council agreed to …" and "The community council agreed to …" as decisions with no speaker', () => {
    const meeting = parse(
      'Ashcombe Parish Council\nMinutes of the meeting held on Monday 10 March 2025\n\n4. Planning\n\nThe Parish Council agreed to object on highway grounds.\n\nThe community council agreed to write to the owner.\n\nThe Licensing Sub-Committee resolved to grant the licence.\n',
    );
    expect(paragraphs(meeting).map((paragraph) => [paragraph.speaker, paragraph.isDecision])).toEqual([
      [null, true],
      [null, true],
      [null, true],
    ]);
  });

  it('gives no speaker to a body named with its kind ("The Planning Committee noted …", "The Youth Council asked …"), but keeps offices "of" or "to" a council', () => {
    const meeting = parse(
      'Ashcombe Parish Council\nMinutes of the meeting held on Monday 10 March 2025\n\n4. Reports\n\nThe Planning Committee noted the report.\n\nThe Youth Council asked for a new shelter.\n\nThe Clerk to the Council reported on the accounts.\n',
    );
    expect(paragraphs(meeting).map((paragraph) => [paragraph.speaker, paragraph.isDecision])).toEqual([
      [null, true],
      [null, false],
      ['The Clerk to the Council', false],
    ]);
  });

  it('opens a paragraph at "The Planning Committee noted …" under a line ending a sentence', () => {
    const meeting = parse('Ashcombe Parish Council\nMinutes of the meeting held on Monday 10 March 2025\n\n4. Reports\nThe Clerk reported on the accounts.\nThe Planning Committee noted the report.\n');
    expect(paragraphs(meeting).map((paragraph) => paragraph.text)).toEqual(['The Clerk reported on the accounts.', 'The Planning Committee noted the report.']);
  });
});

describe('outcomes with their vote', () => {
  it('reads "The recommendation was approved by 5 votes to 2." as a decision, as "… was approved." is', () => {
    const meeting = parse('Ashcombe Parish Council\nMinutes of the meeting held on Monday 10 March 2025\n\n5. Grants\n\nThe recommendation was approved by 5 votes to 2.\n\nThe grant was agreed by a majority.\n');
    expect(paragraphs(meeting).map((paragraph) => paragraph.isDecision)).toEqual([true, true]);
  });
});

describe('verbs of reported speech', () => {
  it('credits an office with what it provided, extended, drew attention to, tabled or circulated', () => {
    const meeting = parse(
      'Ashcombe Parish Council\nMinutes of the meeting held on Monday 10 March 2025\n\n6. Reports\n\nThe Clerk provided an update on the grant.\n\nThe Cathaoirleach extended sympathy to the family of the late Mr Ivers.\n\nThe Locality Officer drew attention to the closure of Mill Lane.\n\nThe Clerk tabled a letter from the school.\n',
    );
    expect(paragraphs(meeting).map((paragraph) => paragraph.speaker)).toEqual(['The Clerk', 'The Cathaoirleach', 'The Locality Officer', 'The Clerk']);
  });
});

describe('labelled turns', () => {
  it('files a turn labelled "Member:" as "A Member", as "A Member asked" is, and the answer under the office\'s label', () => {
    const meeting = parse(
      'Ashcombe Parish Council\nMinutes of the meeting held on Monday 10 March 2025\n\n7. Questions\n\nMember: Could the council write to the school about parking?\n\nClerk: Yes, a letter will go this week.\n',
    );
    expect(paragraphs(meeting).map((paragraph) => paragraph.speaker)).toEqual(['A Member', 'The Clerk']);
  });
});

describe('people done to', () => {
  it('gives no speaker to a person or office opening a passive ("Cllr Ewart was elected …", "The Chair was thanked …")', () => {
    const meeting = parse(
      'Ashcombe Parish Council\nMinutes of the Annual Meeting held on Monday 12 May 2025\n\n1. Election of Vice-Chair\n\nCllr Ewart was elected Vice-Chair, proposed by Cllr Dunstan.\n\nThe Chair was thanked for her work over the year.\n\nCllr Hale was concerned about the cost.\n',
    );
    expect(paragraphs(meeting).map((paragraph) => paragraph.speaker)).toEqual([null, null, 'Cllr Hale']);
  });
});

describe('shared titles', () => {
  it('gives each name after "Council Members" the title, as "Councillors A, B and C" does', () => {
    const meeting = parse(
      'CITY OF OAKHAVEN\nCITY COUNCIL MEETING MINUTES\nMarch 4, 2025\n\nPresent: Mayor Ellsworth, Council Members Frank Gutierrez, Holly Ingram and Monica Lowe\n\n1. CALL TO ORDER\nMayor Ellsworth called the meeting to order.\n',
    );
    expect(people(meeting).map(([name]) => name)).toEqual(['Mayor Ellsworth', 'Council Member Frank Gutierrez', 'Council Member Holly Ingram', 'Council Member Monica Lowe']);
  });
});

describe('the public named with whom they spoke for', () => {
  it('credits a speaker named with no title but with whom they represent or where they are from between commas', () => {
    const meeting = parse(
      'CITY OF OAKHAVEN\nCITY COUNCIL MEETING MINUTES\nMarch 4, 2025\n\n3. PUBLIC COMMENTS\n\nKaren Tate, representing the Downtown Business Association, expressed support for the parking study.\n\nJohn Hebden, of 12 Elm Road, asked about the meters.\n',
    );
    expect(paragraphs(meeting).map((paragraph) => paragraph.speaker)).toEqual(['Karen Tate', 'John Hebden']);
  });
});

describe('a board\'s attendance labels', () => {
  it('reads "Board Members:", "Executive Team:", "Minutes: Ms …" and the apologies after them, under a "Chair:" line', () => {
    const meeting = parse(
      'SOUTH MERROW HOUSING ASSOCIATION\nBOARD OF MANAGEMENT\n\nDate: 27 January 2025\n\nChair: Mrs Eileen Ward\nBoard Members: Mr Colin Abbott, Dr Owen Carr\nExecutive Team: Mr Rhys Evans (Chief Executive)\nMinutes: Ms Sally Hunt (Governance Officer)\nApologies: Mr Ian Jeffs\n\nItem 1: Welcome\nThe Chair welcomed members.\n',
    );
    expect(people(meeting)).toEqual([
      ['Mrs Eileen Ward', 'Chair', 'present'],
      ['Mr Colin Abbott', null, 'present'],
      ['Dr Owen Carr', null, 'present'],
      ['Mr Rhys Evans', 'Chief Executive', 'in attendance'],
      ['Ms Sally Hunt', 'Governance Officer', 'in attendance'],
      ['Mr Ian Jeffs', null, 'apologies'],
    ]);
  });

  it('takes no "Minutes:" line without a titled person after it for a label (ModernGov prints "Minutes:" over an item\'s text)', () => {
    const meeting = parse('Ashby Parish Council\nMinutes of the meeting held on Monday 3 March 2025\n\nPresent: Cllr A Hart (Chair)\n\n1. Accounts\nMinutes:\nThe accounts were approved.\n');
    expect(people(meeting)).toEqual([['Cllr A Hart', 'Chair', 'present']]);
  });
});

describe('venues', () => {
  it('reads the venue from its field after the date and time on one line, up to the next field', () => {
    const meeting = parse('Brook Valley Housing Trust\nBoard Meeting\n\nDate: 27 January 2025     Time: 5.30pm     Venue: Head Office, Boardroom\n\n1. Welcome\nThe Chair welcomed members.\n');
    expect(meeting.venue).toBe('Head Office, Boardroom');
    const before = parse('Brook Valley Housing Trust\nBoard Meeting\n\nDate: 27 January 2025  |  Venue: Mill House  |  Time: 5.30pm\n\n1. Welcome\nThe Chair welcomed members.\n');
    expect(before.venue).toBe('Mill House');
  });
});

describe('outcomes after discussion', () => {
  it('reads "Following discussion, the Board APPROVED …" as a decision, as "… the Board approved …" is', () => {
    const meeting = parse('Brook Valley Housing Trust\nMinutes of the Board meeting held on 27 January 2025\n\n4. Rents\n\nFollowing discussion, the Board APPROVED a rent increase of 2.7%.\n');
    expect(paragraphs(meeting)[0].isDecision).toBe(true);
  });
});

describe('a body then "Meeting"', () => {
  it('drops "Meeting" after a body\'s own name on its line ("Full Governing Body Meeting" under the school)', () => {
    expect(parse('Oakfield Primary School\nFull Governing Body Meeting\nMinutes\n\nDate: Wednesday 5th February 2025\n\n1. Welcome\nThe Chair opened the meeting.\n').body).toBe('Oakfield Primary School Full Governing Body');
  });

  it('keeps a generic "Ordinary Council Meeting" from naming the body', () => {
    expect(parse('Shire of Warrawee\nOrdinary Council Meeting\nMinutes\n\nDate: Tuesday 25 March 2025\n\n1. Opening\nThe Shire President opened the meeting.\n').body).toBe('Shire of Warrawee Council');
  });
});

describe('governors and trustees', () => {
  it('files "A governor asked …" as "A Governor" and "Governors challenged …" as "Governors", as "A Member" and "Members" are', () => {
    const meeting = parse(
      'Oakfield Primary School\nMinutes of the Full Governing Body meeting held on 5 February 2025\n\n4. Headteacher\'s report\n\nQ: A governor asked why persistent absence had risen.\n\nGovernors challenged whether the phonics target was realistic.\n\nA trustee queried the reserves.\n',
    );
    expect(paragraphs(meeting).map((paragraph) => paragraph.speaker)).toEqual(['A Governor', 'Governors', 'A Trustee']);
  });
});

describe('an approval over a list', () => {
  it('reads "The following policies were approved:" over its bulleted list as a decision, the list its parts', () => {
    const meeting = parse('Ashby Parish Council\nMinutes of the meeting held on Monday 3 March 2025\n\n6. Policies\nThe following policies were approved:\n- Behaviour Policy\n- Whistleblowing Policy\n');
    expect(paragraphs(meeting).map((paragraph) => [paragraph.text, paragraph.isDecision])).toEqual([
      ['The following policies were approved:', true],
      ['Behaviour Policy', true],
      ['Whistleblowing Policy', true],
    ]);
  });
});

describe('a title in a column of its own', () => {
  it('reads "Councillor    Dion Walker    (until 5.10pm)" as the councillor, not an office held by "Dion Walker (…)"', () => {
    const meeting = parse(
      'Minutes of the Kaiwaka Local Board meeting held on Wednesday, 19 February 2025 at 4.00pm.\n\nPRESENT\n\nChairperson          Tania Ruru\nMembers              Ben Upton\n\nALSO PRESENT\n\nCouncillor           Dion Walker     (until 5.10pm)\n\n1  Welcome\n\nThe Chairperson opened the meeting.\n',
    );
    expect(people(meeting)).toEqual([
      ['Tania Ruru', 'Chair', 'present'],
      ['Ben Upton', null, 'present'],
      ['Councillor Dion Walker', null, 'in attendance'],
    ]);
  });
});

describe('a motion under its mover', () => {
  it('keeps "That the Local Board:" under the "MOVED by …, seconded by …:" of a numbered resolution in the decision', () => {
    const text = 'Kaiwaka Local Board\n\nMinutes of the meeting held on Wednesday, 19 February 2025\n\n## 2 Apologies\n\nResolution number KW/2025/11\nMOVED by Chairperson T Ruru, seconded by Member A Tane:\n\nThat the Kaiwaka Local Board:\n\na) accept the apology from Member D Xu.\n\nCARRIED\n';
    const meeting = parseMinutes({ text, format: 'markdown', file: 'minutes.md', documentId: 'd' }).meetings[0];
    expect(paragraphs(meeting).map((paragraph) => paragraph.isDecision)).toEqual([true, true, true]);
  });
});

describe('officers listed office first, run on', () => {
  it('reads "Head of Education (Mr V Urquhart), Legal Services Manager (Mrs X Young) and …" under "IN ATTENDANCE"', () => {
    const meeting = parse(
      'Glenmoray Council\nMinutes of the meeting of the Audit Committee held on 11 March 2025\n\nPRESENT\n\nCouncillor Isla MacRae (Chair), Councillor Rory Quigley.\n\nIN ATTENDANCE\n\nHead of Education (Mr V Urquhart), Legal Services Manager (Mrs X Young) and Committee Services Officer (Mr Y Zeller).\n\n1. MINUTES\n\nApproved.\n',
    );
    expect(people(meeting).filter(([, , attendance]) => attendance === 'in attendance')).toEqual([
      ['Mr V Urquhart', 'Head of Education', 'in attendance'],
      ['Mrs X Young', 'Legal Services Manager', 'in attendance'],
      ['Mr Y Zeller', 'Committee Services Officer', 'in attendance'],
    ]);
  });
});

describe('Scottish forms of a decision', () => {
  it('reads "… the motion was declared carried." and "Thereafter, the Committee agreed to:" with its parts as decisions', () => {
    const meeting = parse(
      'Glenmoray Council\nMinutes of the meeting of the Audit Committee held on 11 March 2025\n\n2. SCHOOL ESTATE\n\nCouncillor Quigley moved the recommendations. There being no amendment, the motion was declared carried.\n\nThereafter, the Committee agreed to:\n\n(i) approve the strategy; and\n\n(ii) note the timetable.\n',
    );
    expect(paragraphs(meeting).map((paragraph) => paragraph.isDecision)).toEqual([true, true, true, true]);
  });
});
