// How the parser reads a substitute named in brackets after an absent member: the member keeps their attendance, the
// substitute was there (one record with the roll's listing of them). Each document is invented in the style of real
// minutes, written for the test.
import { attendeesFromList } from '../../../indexer/parse/attendance/attendee-lists';
import { firstMeeting, peopleOf } from '../../helpers/parse-text';

const peopleIn = (list: string) => attendeesFromList(list, 'apologies').map(({ name, role, attendance }) => [name, role, attendance]);

describe('substitutes in brackets', () => {
  it('reads "(Cllr X attended as substitute)", "(Cllr X substituting)" and "(substituted by Cllr X)" as X present in the member\'s place', () => {
    expect(peopleIn('Cllr Ken Guyer (Cllr Sara Warrender attended as substitute), Mayor Reese (Cllr Kyle Dodd substituting) and Cllr A Bell (substituted by Cllr R Dee)')).toEqual([
      ['Cllr Ken Guyer', null, 'apologies'],
      ['Cllr Sara Warrender', 'Substitute', 'present'],
      ['Mayor Reese', null, 'apologies'],
      ['Cllr Kyle Dodd', 'Substitute', 'present'],
      ['Cllr A Bell', null, 'apologies'],
      ['Cllr R Dee', 'Substitute', 'present'],
    ]);
  });

  it('keeps a bracket naming no substitute as it reads ("(Chair)", a reason)', () => {
    expect(peopleIn('Cllr Ken Guyer (Vice-Chair), Cllr Ann Lowe (work commitments)')).toEqual([
      ['Cllr Ken Guyer', 'Vice-Chair', 'apologies'],
      ['Cllr Ann Lowe', null, 'apologies'],
    ]);
  });

  it('makes the substitute one record with the roll\'s "Councillor" listing of them, its role "Substitute"', () => {
    const meeting = firstMeeting(
      [
        'Minutes of the meeting of the Licensing Committee of Eastmere District Council held on 4 June 2024',
        '',
        'Present: Councillor F Ashby (Chair), Councillor Okoro and Councillor Ridley.',
        '',
        'Apologies: Cllr Pell (Cllr Ridley attended as substitute).',
        '',
        '1. Minutes',
        'The minutes of the meeting held on 7 May 2024 were agreed.',
      ].join('\n'),
    );
    expect(peopleOf(meeting)).toEqual([
      ['Councillor F Ashby', 'Chair', 'present'],
      ['Councillor Okoro', null, 'present'],
      ['Councillor Ridley', 'Substitute', 'present'],
      ['Cllr Pell', null, 'apologies'],
    ]);
  });
});
