// A second attendance label inside a list of people, on the label's line or on a line the page wrapped under it
// (parse/inline-labels.ts).
import { readAttendance } from '../../indexer/parse/attendance';

const peopleOf = (lines: string[]) => readAttendance(lines, { trailingSpaceWraps: false }).attendees.map(({ name, attendance }) => [name, attendance]);

describe('a second attendance label inside a list of people', () => {
  it('lists the people after it as it says, on the label line', () => {
    expect(peopleOf(['ROLL CALL: Present: Mr. Kerr, Mrs. Ames. Absent: Mr. Tobin (excused).', '', 'APPROVAL OF MINUTES'])).toEqual([
      ['Mr. Kerr', 'present'],
      ['Mrs. Ames', 'present'],
      ['Mr. Tobin', 'absent'],
    ]);
  });

  it('lists the people after it as it says, on a line the page wrapped under the label', () => {
    const lines = ['ROLL CALL: Present: Mr. Kerr, Mrs. Ames, Ms.', 'Dunne, Mr. Pryce. Absent: Mr. Tobin (excused).', '', 'APPROVAL OF MINUTES'];
    expect(peopleOf(lines)).toEqual([
      ['Mr. Kerr', 'present'],
      ['Mrs. Ames', 'present'],
      ['Ms. Dunne', 'present'],
      ['Mr. Pryce', 'present'],
      ['Mr. Tobin', 'absent'],
    ]);
  });
});
