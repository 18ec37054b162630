// Attendance as parish and principal council minutes label it: numbered minutes that record who attended ("45.
// Attended by: …"), minutes numbered past 9999, and labels for staff and for councillors from outside the committee.
// Invented text in the style of those minutes.
import { parseMinutes } from '../../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
const people = (text: string) => parse(text).meetings[0].attendees.map(({ name, role, attendance }) => [name, role, attendance]);

describe('a numbered minute recording attendance', () => {
  const minutes =
    'Minutes of the Meeting of Oakhurst Parish Council held on Tuesday 9th April 2024 at 7.30pm\n' +
    '31. Attended by: Cllrs Ann Frost (Chairman), Ben Lyle, Cara Moss.\n' +
    '32. Apologies: Cllrs Dev Hart, Eli Stone.\n' +
    '33. Village hall: The roof repairs were reported complete.\n';

  it('reads "Attended by:" as those present and the list under "Apologies:" as apologies', () => {
    expect(people(minutes)).toEqual([
      ['Cllr Ann Frost', 'Chair', 'present'],
      ['Cllr Ben Lyle', null, 'present'],
      ['Cllr Cara Moss', null, 'present'],
      ['Cllr Dev Hart', null, 'apologies'],
      ['Cllr Eli Stone', null, 'apologies'],
    ]);
  });
});

describe('minutes numbered on past 9999', () => {
  it('heads an item with each five-digit minute number', () => {
    const minutes =
      'Minutes of the Meeting of Oakhurst Parish Council held on Monday 3rd June 2024 at 7pm\n' +
      '14201. Present:\nCllr A Frost (Chairman), Cllr B Lyle, Cllr C Moss\n\n' +
      '14202. Finance – The clerk presented the accounts for April and May, which were\nnoted by the council.\n' +
      '14203. Planning – The clerk reported that no applications had been received since\nthe last meeting.\n';
    const { meetings } = parse(minutes);
    expect(meetings[0].items.map((item) => item.number)).toEqual(['14201', '14202', '14203']);
    expect(meetings[0].attendees.filter((person) => person.attendance === 'present').map((person) => person.name)).toEqual(['Cllr A Frost', 'Cllr B Lyle', 'Cllr C Moss']);
  });
});

describe('labels for staff and for councillors from outside the committee', () => {
  it('lists the council employees in attendance, not as the body', () => {
    const minutes =
      'Minutes of the Ordinary Meeting of Hollins Community Council held on Thursday 6th June 2024 at 7pm\n' +
      'Present: Cllr G Price (Chair), Cllr H Rees\n' +
      'Council Employees Present: Clerk/RFO Mair Jones\n' +
      '21/24 Apologies: None.\n';
    const meeting = parse(minutes).meetings[0];
    expect(meeting.body).toBe('Hollins Community Council');
    expect(meeting.attendees.map(({ name, attendance }) => [name, attendance])).toContainEqual(['Mair Jones', 'in attendance']);
  });

  it('lists other members in attendance as attending, not as the committee', () => {
    const minutes =
      'Planning Committee\nWednesday, 12 June 2024\n' +
      'Present: Councillor Mrs Vane (Chairman), Councillors Orr and Pike\n' +
      'Officers in Attendance: Tom Archer (Principal Planning Officer), Carol Clay (Democratic Services Officer)\n' +
      'Other Members in Attendance: Councillors Quarrington and Ruddlesden\n' +
      'APOLOGIES\nPLN12/24\nApologies for absence were received from Councillor Sand.\n';
    expect(people(minutes).filter(([name]) => name!.startsWith('Councillor Q') || name!.startsWith('Councillor R'))).toEqual([
      ['Councillor Quarrington', null, 'in attendance'],
      ['Councillor Ruddlesden', null, 'in attendance'],
    ]);
  });

  it('reads "Board:" and "Visiting Members:" in a flattened header as labels, not as words of a name', () => {
    const minutes =
      'MINUTES of a meeting of the Board of Fernlea Residents Association held on Tuesday 14th May 2024 at 7.00pm ' +
      'PRESENT: Board: Ada Quill (Chair), Ben Rowe (BR), Cleo Sand (CS). Visiting Members: Dora Teal, Evan Urry, Fay Vine. ' +
      'Staff: Gus Webb (Estate Manager) Minute Taker: Hal Yates (HY). Apologies for absence: Ivy Zane. The Chair opened the ' +
      'meeting and thanked residents for attending, and the board then turned to the estate lighting report.\n';
    expect(people(minutes)).toEqual([
      ['Ada Quill', 'Chair', 'present'],
      ['Ben Rowe', null, 'present'],
      ['Cleo Sand', null, 'present'],
      ['Dora Teal', null, 'in attendance'],
      ['Evan Urry', null, 'in attendance'],
      ['Fay Vine', null, 'in attendance'],
      ['Gus Webb', 'Estate Manager', 'in attendance'],
      ['Hal Yates', null, 'in attendance'],
      ['Ivy Zane', null, 'apologies'],
    ]);
  });
});

describe('offices printed before names in a list with no label', () => {
  it('reads an officer’s post before a name as the role of that person, not of the councillor before', () => {
    const minutes =
      'Minutes of the Annual Meeting of Ashby Parva Parish Council held on Tuesday 21st May 2024 in the Village Hall.\n\n' +
      'Councillors Ruth Dale, Owen Price, Tree Warden Officer Sam Lowe, RFO Kay Marsh and Parish Clerk Tom Hale\n\n' +
      '1. Election of Chairman\nCllr Dale was elected Chairman for the year.\n';
    expect(people(minutes)).toEqual([
      ['Councillor Ruth Dale', null, 'present'],
      ['Councillor Owen Price', null, 'present'],
      ['Sam Lowe', 'Tree Warden Officer', 'present'],
      ['Kay Marsh', 'RFO', 'present'],
      ['Tom Hale', 'Parish Clerk', 'present'],
    ]);
  });

  it('reads an office alone between the councillors and a name as the office of the name after it', () => {
    const minutes =
      'Minutes of the Meeting of Brindle Parish Council held on 2nd July 2024 in the Church Hall.\n\n' +
      'Cllrs Amos, Barker and Crane, Clerk, R. Dunne, and P.C. Ellis.\n\n' +
      '1. Apologies\nNone were received.\n';
    expect(people(minutes)).toEqual([
      ['Cllr Amos', null, 'present'],
      ['Cllr Barker', null, 'present'],
      ['Cllr Crane', null, 'present'],
      ['R. Dunne', 'Clerk', 'present'],
      ['P.C. Ellis', null, 'present'],
    ]);
  });

  it('reads "Clerk/RFO" before a name as the office of the person named', () => {
    const minutes =
      'Minutes of the Ordinary Meeting of Hollins Community Council held on Thursday 6th June 2024 at 7pm\n' +
      'Present: Cllr G Price (Chair), Cllr H Rees\nCouncil Employees Present: Clerk/RFO Mair Jones\n21/24 Apologies: None.\n';
    expect(people(minutes)).toContainEqual(['Mair Jones', 'Clerk/RFO', 'in attendance']);
  });

  it('gives no office alone to a person who has one of their own after a dash', () => {
    const minutes =
      'Minutes of the Meeting of Brindle Parish Council held on 2nd July 2024 in the Church Hall.\n\n' +
      'Present- Chairman, Cllr F Gale - Vice-Chairman, Cllr H Ince.\n\n1. Apologies\nNone were received.\n';
    expect(people(minutes)).toContainEqual(['Cllr F Gale', 'Vice-Chair', 'present']);
  });
});
