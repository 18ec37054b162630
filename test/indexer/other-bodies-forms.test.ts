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
