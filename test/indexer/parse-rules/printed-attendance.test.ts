// Attendance lists as printed to PDF. A table of people: where a name fills its cell, only a word's space parts it from
// the role in the next cell ("Mr K Ashdown Chairman"), while other rows keep a column's gap; the role is still read as
// the role. A list of one person a line: two lines the reader joined as one the page wrapped are still two people.
import { parseMinutes } from '../../../indexer/parse';
import { firstMeeting, peopleOf } from '../../helpers/parse-text';

const MINUTES = `CRANWICK LEVEL DRAINAGE BOARD

Minutes of the meeting of the Board held at the Pumping Station, Cranwick, on Tuesday 11 February 2025 at 2.00 pm

Present:
Mr K Ashdown Chairman
Mrs L Brereton    Vice-Chairman
Mr T Quayle    Elected Member
Mr D Fothergill Elected Member
Dr Sarah Head

In Attendance:
Ms R Penhaligon Chief Executive
Mr S Yarrow    Clerk to the Board

1/25  APOLOGIES FOR ABSENCE
There were none.

2/25  PUMPING STATION
The Clerk reported that the new pump had been fitted in January.
`;

describe('roles a printed table ran into the name before them', () => {
  const [meeting] = parseMinutes({ text: MINUTES, format: 'pdf', file: 'board.pdf', documentId: 'board' }).meetings;
  const people = meeting.attendees.map(({ name, role, attendance }) => [name, role, attendance]);

  it('splits the chair\'s office, a chief officer\'s and a role another row holds off the name', () => {
    expect(people).toEqual([
      ['Mr K Ashdown', 'Chair', 'present'],
      ['Mrs L Brereton', 'Vice-Chair', 'present'],
      ['Mr T Quayle', 'Elected Member', 'present'],
      ['Mr D Fothergill', 'Elected Member', 'present'],
      ['Dr Sarah Head', null, 'present'],
      ['Ms R Penhaligon', 'Chief Executive', 'in attendance'],
      ['Mr S Yarrow', 'Clerk to the Board', 'in attendance'],
    ]);
  });
});

describe('a list of one person a line, two lines joined', () => {
  it('reads a titled name after a closing bracket as the next person', () => {
    const text = `RIVERMEAD DISTRICT COUNCIL\n\nCABINET\n\nRecord of the meeting held on Wednesday 12 March 2025 at 6.00 pm\n\nPresent:   Councillor Alan Pryor (Leader of the Council)\n           Councillor Meg Doyle (Portfolio Holder for Leisure) Councillor Sunil Rao (Portfolio Holder for Waste)\n\nC.12/25  APOLOGIES FOR ABSENCE\n\nThere were none.\n`;
    const [meeting] = parseMinutes({ text, format: 'pdf', file: 'cabinet.pdf', documentId: 'cabinet' }).meetings;
    expect(meeting.attendees.map(({ name, role }) => [name, role])).toEqual([
      ['Councillor Alan Pryor', 'Leader of the Council'],
      ['Councillor Meg Doyle', 'Portfolio Holder for Leisure'],
      ['Councillor Sunil Rao', 'Portfolio Holder for Waste'],
    ]);
  });
});

const TABLE_MINUTES = `# Harrowfield Joint Waste Committee

Minutes of the meeting held on Monday 3 March 2025 at 2.00 pm at Harrowfield Town Hall

           Name              Role   Attendance
 Councillor Petra Vance Chair     Present
Councillor Lionel Ashworth Vice-Chair Present
  Councillor Jude Okoro  Member Apologies
  Councillor Rhiannon Price    Member   Present
Councillor Samir Haddad Co-opted Member Absent

         Members Present                     Officers Present
  Councillor Petra Vance (Chair)   Dora Feltham (Head of Waste)
  Councillor Lionel Ashworth (Vice-Chair) Tobias Renn (Committee Officer)

1. Apologies for absence
Apologies were received from Councillor Okoro.
`;

describe('a table of people printed to PDF, its cells run together', () => {
  const [meeting] = parseMinutes({ text: TABLE_MINUTES, format: 'pdf', file: 'waste.pdf', documentId: 'waste' }).meetings;
  const people = meeting.attendees.map(({ name, role, attendance }) => [name, role, attendance]);

  it('reads the attendance and the office off the end of a row whose cells filled their columns', () => {
    expect(people.slice(0, 5)).toEqual([
      ['Councillor Petra Vance', 'Chair', 'present'],
      ['Councillor Lionel Ashworth', 'Vice-Chair', 'present'],
      ['Councillor Jude Okoro', 'Member', 'apologies'],
      ['Councillor Rhiannon Price', 'Member', 'present'],
      ['Councillor Samir Haddad', 'Co-opted Member', 'absent'],
    ]);
  });

  it('parts two people of lists set side by side where the first one\'s bracketed office closes', () => {
    expect(people).toContainEqual(['Tobias Renn', 'Committee Officer', 'in attendance']);
    expect(people).toContainEqual(['Dora Feltham', 'Head of Waste', 'in attendance']);
    expect(meeting.items.map((item) => item.title)).toEqual(['Apologies for absence']);
  });
});

describe("a roll call's count and dash printed as cells of their own", () => {
  it('reads the people after them under their label', () => {
    const text =
      '# Meeting Minutes\n\n## Town Council\n\nTuesday, May 6, 2025 7:00 PM Council Chambers\n\n### 1. ROLL CALL\n\nPresent:\n\n4\n\n-\n\n' +
      'Mayor Ines Calder, Councilmember Theo Brandt, Councilmember Rosa Imrie and Councilmember Ken Ota\n\nAbsent:\n\n1\n\n-\n\nCouncilmember Lyle Pratt\n\n' +
      '### 2. CONSENT AGENDA\n\nThe consent agenda was approved.\n';
    const [meeting] = parseMinutes({ text, format: 'pdf', file: 'council.pdf', documentId: 'council' }).meetings;
    expect(meeting.attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Mayor Ines Calder', 'present'],
      ['Councilmember Theo Brandt', 'present'],
      ['Councilmember Rosa Imrie', 'present'],
      ['Councilmember Ken Ota', 'present'],
      ['Councilmember Lyle Pratt', 'absent'],
    ]);
  });
});

describe('a register of every member, each marked, over a key to the marks', () => {
  it('reads "P" and "A" before each name, as the key under them says, substitutes and all', () => {
    const text = [
      'Minutes', '', 'of the Meeting of the', '', 'Planning Committee', '', 'Wednesday, 11th March 2025', '', 'held at the Town Hall, Kellport.', '',
      'Councillors:', '',
      'P  Ann Lowe (Chairman)', 'P  Ben Marsh (Vice-Chairman)', ' ', 'P  Carl Nunn ', 'A  Dora Oates ', 'P   Eve Pike (substitute for Dora Oates)', 'A  Finn Quay ', '',
      'P: Present', '', 'A: Apologies for absence submitted', '',
      'Officers in attendance: Gail Rowe (Planning)', '',
      '1. Declarations of interest', '', 'None.', '', '2. Minutes', '', 'The minutes were approved.',
    ].join('\n');
    expect(peopleOf(firstMeeting(text))).toEqual([
      ['Ann Lowe', 'Chair', 'present'],
      ['Ben Marsh', 'Vice-Chair', 'present'],
      ['Carl Nunn', null, 'present'],
      ['Dora Oates', null, 'apologies'],
      ['Eve Pike', 'Substitute for Dora Oates', 'present'],
      ['Finn Quay', null, 'apologies'],
      ['Gail Rowe', 'Planning', 'in attendance'],
    ]);
  });

  it('reads a "*" before each member present, two columns run together, the unmarked left out', () => {
    const text = [
      'MINUTES of the MEETING of the KELLPORT BOROUGH COUNCIL held in the Council Chamber on 21st March 2025',
      '* Mrs A Lowe (Mayor)', '', '*Mr C Nunn*Mrs D Oates', 'Mr E Pike*Mr F Quay', '*Mrs G RoweMr H Shaw', '* Present', '',
      '62. MINUTES', '', 'The Minutes were confirmed.', '', '63. PLANNING', '', 'No applications had been received.',
    ].join('\n');
    expect(peopleOf(firstMeeting(text)).map(([name, , attendance]) => [name, attendance])).toEqual([
      ['Mrs A Lowe', 'present'],
      ['Mr C Nunn', 'present'],
      ['Mrs D Oates', 'present'],
      ['Mr F Quay', 'present'],
      ['Mrs G Rowe', 'present'],
    ]);
  });
});
