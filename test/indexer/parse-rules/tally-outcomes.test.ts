// The outcomes small boards, districts, clubs and vestries write after a motion's mover and seconder (tally-outcomes.ts)
// and the attendance labels naming whose members they list (qualified-labels.ts). Each sentence is invented in the
// style of real minutes.
import { attendanceLabelOf } from '../../../indexer/parse/attendance/attendance-labels';
import { isDecisionText } from '../../../indexer/parse/decisions/decisions';

describe('a motion\'s outcome after its mover and seconder', () => {
  it.each([
    'MOTION by Ortiz; seconded by Vance to accept the bills as presented. Four ayes.',
    'A motion was made, seconded, and adopted 41-0-2 to approve the agenda.',
    'Glen Sato moved to approve the budget; Ivy Marsh seconded. Unanimous approval.',
    'It was moved by Ann Cole and seconded by Ben Orr that the reports be received. All were in favour.',
    'Tom Reyes made a motion to give $300, second by Amy Lund, MCU',
    'Official Publication: Hollin County Record MSC by Faber/Lind.',
    'Per diem to remain at $75. MSC to approve by Faber/Lind.',
    'Carl Dunn reviewed the treasurer\'s report and it was approved by vote of the Board.',
    'Resolved(Mayor Hale/Deputy Mayor Rua) Minute No. C 26101(2)',
    'A new club is forming in the next town. The Board approved a $500 donation.',
    'Minutes of January 9 approved.',
  ])('is a decision: %s', (text) => {
    expect(isDecisionText(text)).toBe(true);
  });

  it.each([
    // A motion with no outcome written after it; the ayes of a vote another body took; an approval still to come.
    'MOTION by Ortiz; seconded by Vance to cancel the old checking account.',
    'The county reported that five ayes were needed at the state level.',
    'Seconded by Councillor Kane that the application be approved.',
    'The committee will ask whether the Board approved the plan last year.',
    // The minutes someone else approved, reported.
    'The county said the minutes of its finance panel approved in May were lost.',
  ])('is no decision: %s', (text) => {
    expect(isDecisionText(text)).toBe(false);
  });
});

describe('an attendance label naming whose members it lists', () => {
  it.each([
    ['Commission Members Present – Lani Akana, Peter Vos', 'present', 'Lani Akana, Peter Vos'],
    ['Commission Member Absent – Russ Omura.', 'absent', 'Russ Omura.'],
    ['Board Members Attending: Nora Pike, Glen Sato', 'present', 'Nora Pike, Glen Sato'],
    ['Other Club Members Attending: Ruth Ellery', 'in attendance', 'Ruth Ellery'],
    ['Guests Attending: none', 'in attendance', 'none'],
    ['Board Meeting Attendees:', 'present', ''],
  ])('reads %s', (line, attendance, rest) => {
    expect(attendanceLabelOf(line)).toEqual(expect.objectContaining({ attendance, rest }));
  });

  it('reads no person run on into the next label as a group of members', () => {
    // A flattened header: "… Councillors: Ivo Brandt, Otto Fenn MEMBERS ABSENT: STAFF PRESENT: …".
    expect(attendanceLabelOf('Otto Fenn MEMBERS ABSENT: STAFF PRESENT: Rhea Collins, Clerk')).toBeNull();
  });
});
