// Roll calls small US boards type otherwise than as a "Present:" list: a sentence in the opening prose ("Board members
// present were …. Clerk X was also present."), or a table of members with a mark in its Present column.
import { parseMinutes } from '../../../indexer/parse';
import { withRollCallSentencesAsLists } from '../../../indexer/parse/attendance/roll-call-sentences';
import { withRollCallTablesAsLists } from '../../../indexer/parse/attendance/roll-call-table';

const HEADER = 'TOWN OF PELLHAM\n\nPELLHAM TOWNSHIP BOARD OF TRUSTEES MEETING\n\nJune 11, 2025\n\nThe meeting was called to order by Supervisor Okafor at 7:00 PM.\n\n';
const ITEMS = '\n\nAPPROVAL OF MINUTES\n\nThe minutes were approved.\n\nREPORTS\n\nNothing to report.\n\nNEW BUSINESS\n\nNone.\n';

function attendeesOf(text: string): string[] {
  const [meeting] = parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings;
  return meeting.attendees.map((attendee) => `${attendee.name}${attendee.role ? ` (${attendee.role})` : ''}: ${attendee.attendance}`);
}

describe('a roll call written as a sentence', () => {
  it.each([
    ['the members, then the list', 'Board members present were Trustee Brandt, Trustee Lowery, and Supervisor Okafor. Clerk Dale was also present.'],
    ['the list, then "were present", after "Roll Call was as follows:"', 'Roll Call was as follows: Supervisor Okafor, Trustee Brandt, Trustee Lowery were present. Clerk Dale was present.'],
  ])('reads %s, and the one also present', (_form, sentence) => {
    expect(attendeesOf(`${HEADER}${sentence}${ITEMS}`).sort()).toEqual(
      ['Supervisor Okafor: present', 'Trustee Brandt: present', 'Trustee Lowery: present', 'Clerk Dale: in attendance'].sort(),
    );
  });

  it('reads a member marked absent inside the list as absent', () => {
    const sentence = 'The board members present were Trustee Brandt, Trustee Haskins Absent, Trustee Ames (Excused Absent) and Supervisor Okafor.';
    expect(attendeesOf(`${HEADER}${sentence}${ITEMS}`)).toEqual(['Trustee Brandt: present', 'Supervisor Okafor: present', 'Trustee Haskins: absent', 'Trustee Ames: absent']);
  });

  it('keeps the sentences after the list that say nothing of attendance as text', () => {
    expect(withRollCallSentencesAsLists(['Present: Mayor Ann Hale and Councilors Bo Reyes, Di Marsh,', '    and Al Kent were present. City Recorder Jo Park declared a quorum.'])).toEqual([
      'Present: Mayor Ann Hale, Councilors Bo Reyes, Di Marsh, Al Kent',
      '',
      'City Recorder Jo Park declared a quorum.',
    ]);
  });

  it('reads the one also present from the next line, where a printed page wrapped the sentences apart', () => {
    expect(withRollCallSentencesAsLists(['Board members present were Trustee Brandt and Supervisor Okafor.', 'Clerk Dale was also present.', 'The Pledge was given.'])).toEqual([
      'Present: Trustee Brandt, Supervisor Okafor',
      'Also present: Clerk Dale',
      'The Pledge was given.',
    ]);
  });

  it('leaves sentences that list no people, and the discussion further down', () => {
    const lines = ['Members present were reminded to declare interests.', 'Members of the public were present.', 'Several residents were in attendance.'];
    expect(withRollCallSentencesAsLists(lines)).toBe(lines);
    const far = [...Array.from({ length: 70 }, () => 'Text.'), 'Mr Hale, Mrs Kent and Dr Ross were present.'];
    expect(withRollCallSentencesAsLists(far)).toBe(far);
  });
});

describe('a roll call printed as a table with a Present column', () => {
  it('sets each member under the label the mark gives, a vacant seat as no one, a cell beside the table as text', () => {
    const lines = [
      'Roll Call:       Board Members              Present',
      '      Amos Kettering, Supervisor             X',
      '      Grace Ibsen, Clerk                     Ab       Public: 11 attendees',
      '      Open, Trustee',
      'Motion made by DF to accept the agenda.',
    ];
    expect(withRollCallTablesAsLists(lines)).toEqual(['Present:', 'Amos Kettering (Supervisor)', '', 'Absent:', 'Grace Ibsen (Clerk)', '', 'Public: 11 attendees', '', 'Motion made by DF to accept the agenda.']);
  });

  it('reads every member as present when no row is marked (the marks lost from the text)', () => {
    const lines = ['Roll Call    Board Members    Present', '   Amos Kettering, Supervisor', '   Grace Ibsen, Clerk'];
    expect(withRollCallTablesAsLists(lines)).toEqual(['Present:', 'Amos Kettering (Supervisor)', 'Grace Ibsen (Clerk)', '']);
  });

  it('leaves a roll call with no table under it', () => {
    const lines = ['Roll Call:        Present', 'All members answered.'];
    expect(withRollCallTablesAsLists(lines)).toBe(lines);
  });
});
