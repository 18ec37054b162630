// Forms met in the minutes of bodies other than UK councils (health boards, school and academy trusts, housing
// associations, clubs, and councils in Ireland, Canada, Australia and New Zealand). Invented text in their style.
import { parseMinutes } from '../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
const people = (text: string) => parse(text).meetings[0].attendees.map(({ name, role, attendance }) => [name, role, attendance]);

describe('a bulleted list of people whose entries end in commas', () => {
  const minutes =
    'Minutes of the Ordinary Meeting of Glenmore County Council held on Monday 3rd March, 2014 at 11.00 am\n\n' +
    'MEMBERS PRESENT:\n\n  • Councillor Ahern,\n  • Councillor Brophy,\n  • Councillor D. Costello,\n  • Councillor Dunne.\n\n' +
    'OFFICIALS IN ATTENDANCE:\n\n  • Mr P. Lacey, County Manager\n  • Ms R. Nolan, Head of Finance\n\n' +
    '1.  MINUTES OF THE ORDINARY MEETING HELD ON 3RD FEBRUARY, 2014:\n\nProposed by Councillor Ahern\n';

  it('reads each bullet as a person of its own, not as the entry above going on after its comma', () => {
    expect(people(minutes)).toEqual([
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
    expect(people(minutes)).toEqual([
      ['The Hon. Dame Ellen Barker', 'Chancellor', 'present'],
      ['Professor R.T. Marsh', 'Vice-Chancellor', 'present'],
      ['Ms J. K. Oduya', null, 'present'],
      ['Dr. H. Faraday', null, 'present'],
      ['Dr. L. Quint', null, 'apologies'],
    ]);
  });
});

describe('a running header’s date above the minutes’ own title block, which says it again', () => {
  const minutes =
    'Extraordinary Council Meeting Minutes - Confirmed\n\n14 May 2019\n\n   MINUTES OF Kaiwaka District Council\n' +
    'Extraordinary Council Meeting\nHELD AT THE\nCouncil Chamber, Marine Parade, Rawene\nON\nWednesday, 14 May 2019 AT 10:00 am\n\n' +
    'PRESENT:              Mayor Ana Tuhoe, Cr Ben Rowe, Cr Tia Marsh\n\nSTAFF PRESENT: Liam Orr (Chief Executive Officer)\n\n' +
    '1            Prayer\n\nCr Rowe opened the meeting with a prayer.\n\n2            Apologies\n\nThere were no apologies.\n';

  it('reads the title block as header, so its attendance is the meeting’s and its title lines head no item', () => {
    const [meeting] = parse(minutes).meetings;
    expect(people(minutes)).toEqual([
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
    expect(parse(prose).meetings[0].items.map((item) => item.title)).toEqual(['Opening of the meeting', 'Repairs']);
  });
});

describe('a kind of meeting above the council the minutes name', () => {
  it('is no part of the body’s name', () => {
    const minutes =
      'Ordinary Council Meeting\n\nMINUTES OF Harakeke District Council\nHELD AT THE COUNCIL CHAMBERS ON TUESDAY, 2 MARCH 2021\n\n' +
      'PRESENT: Mayor Ruth Kerr, Cr Sam Ngata\n\n1 APOLOGIES\n\nThere were no apologies.\n';
    expect(parse(minutes).meetings[0].body).toBe('Harakeke District Council');
  });
});

describe('apologies accepted by resolution', () => {
  const minutes =
    'Minutes of the Ordinary Meeting of Tawhiri District Council held on 4 May 2022\n\nPresent: Mayor Kate Rivers, Cr Tom Hale\n\n' +
    '1 Apologies\n\nCouncil resolution\n\nThat the apology from Councillors Mawson and Wright be accepted.\n\n' +
    '2 Apologies received\n\nThat the apology received from Cr Collard be accepted and leave of absence granted.\n';

  it('names those who sent them, without the resolution’s verb after the names', () => {
    expect(people(minutes).filter(([, , attendance]) => attendance === 'apologies')).toEqual([
      ['Councillor Mawson', null, 'apologies'],
      ['Councillor Wright', null, 'apologies'],
      ['Cr Collard', null, 'apologies'],
    ]);
  });
});
