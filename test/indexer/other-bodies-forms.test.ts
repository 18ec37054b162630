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
