// A table of people printed to PDF: where a name fills its cell, only a word's space parts it from the role in the next
// cell ("Mr K Ashdown Chairman"), while other rows keep a column's gap; the role is still read as the role.
import { parseMinutes } from '../../indexer/parse';

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
