// Attendance lists the page wrapped: a second label inside the list, on the label's line or a line under it
// (parse/attendance/inline-labels.ts), a title left at a line's end, a roll call item's last name carried on.
import { parseMinutes } from '../../../indexer/parse';
import { readAttendance } from '../../../indexer/parse/attendance/attendance';

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

  it('reads a name whose title the page left at the line end, before the label', () => {
    const lines = ['ROLL CALL: Present: Mr. Kerr, Mrs. Ames, Ms. Dunne, Mr. Pryce, Mr. Lowe, Mrs. Hart, Ms. Quinn, Mrs.', 'Whitfield. Absent: Mr. Tobin (excused).', '', 'APPROVAL OF MINUTES'];
    expect(peopleOf(lines).slice(-2)).toEqual([
      ['Mrs. Whitfield', 'present'],
      ['Mr. Tobin', 'absent'],
    ]);
  });
});

describe('a roll call item the page wrapped', () => {
  it('carries a name on to the next line where its last word would not have fitted above', () => {
    const text = [
      'CITY OF ELM RIDGE',
      'CITY COUNCIL MINUTES',
      'Tuesday, May 6, 2025',
      '',
      '1. ROLL CALL',
      'Present: Mayor Ada Cole, Councilmembers Rob Tate, Karen Lowe, Omar Haddad and Julie',
      'Brandt',
      'Absent: Councilmember Steve Yoon',
      '',
      '2. APPROVAL OF AGENDA',
      'Motion by Councilmember Haddad, seconded by Councilmember Brandt, to approve the agenda as',
      'presented. Motion carried 5-0, with Councilmember Lowe abstaining from the vote on the',
      'agenda because she had arrived late and had not seen the amended version of it.',
      '',
    ].join('\n');
    const { attendees } = parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0];
    expect(attendees.map(({ name }) => name)).toContain('Councilmember Julie Brandt');
  });
});

