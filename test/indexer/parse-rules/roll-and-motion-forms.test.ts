// Rolls typed with a leader of dashes between each member and their office, and ditto marks for a repeated office, as a
// Philippine city council's secretariat types them; and registers of members surname first apart by semicolons, as US
// university senates print them; a Texas county court's record of its roll and motions. Invented names and bodies.
import { withLeaderRollsBracketed } from '../../../indexer/parse/attendance/leader-rolls';
import { surnameFirstSemicolonEntries } from '../../../indexer/parse/attendance/semicolon-surnames';
import { withExtractLeadInsDropped } from '../../../indexer/parse/header/extract-lead-ins';
import { withVenueCaptionsBlanked } from '../../../indexer/parse/page/venue-caption';
import { isSeatOffice } from '../../../indexer/parse/attendance/seat-offices';
import { recordsMotionOutcome } from '../../../indexer/parse/decisions/motion-records';
import { withNumberedRollsUnnumbered } from '../../../indexer/parse/attendance/numbered-rolls';
import { answeredRollEntries, withAnsweredRollCallsLabelled } from '../../../indexer/parse/attendance/answered-roll';
import { joinsPrevious } from '../../../indexer/parse/paragraphs/motion-joins';
import type { Paragraph } from '../../../core/types';

describe('a roll with a leader of dashes before each office', () => {
  it('brackets each office and reads a ditto mark as the office above, its note kept', () => {
    const lines = ['Present:', 'Hon. Ana P. Cruz - - - - - City Councilor', 'Hon. Ben D. Reyes - - - - " "', 'Hon. Lito M. Santos-- “ “ (On Leave)'];
    expect(withLeaderRollsBracketed(lines)).toEqual(['Present:', 'Hon. Ana P. Cruz (City Councilor)', 'Hon. Ben D. Reyes (City Councilor)', 'Hon. Lito M. Santos (City Councilor; On Leave)']);
  });
  it.each([
    ['one such line alone', ['Hon. Ana P. Cruz - - - City Councilor', 'The session opened at 2 p.m.']],
    ['an agenda topic filled to its presenter with an unbroken run of dashes', ["Treasurer's Report ---------- Jo Banks", 'Membership ---------- Al Hale']],
    ['topics with spaced leaders but no person named', ['Old Business - - - Tabled', 'New Business - - - None']],
  ])('leaves %s', (_label, lines) => {
    expect(withLeaderRollsBracketed(lines)).toBe(lines);
  });
});

describe('a semicolon register of names surname first', () => {
  it('turns each entry round, a typing slip\'s colon taken as a semicolon', () => {
    expect(surnameFirstSemicolonEntries('Abbott, Lena; Baptiste, Omar: Chen-Ruiz, Dana; Diaz, Ana M.')).toEqual(['Lena Abbott', 'Omar Baptiste', 'Dana Chen-Ruiz', 'Ana M. Diaz']);
  });
  it.each([
    ['names with offices after a comma', 'Hale, Chair; Ross, Secretary; Lee, Treasurer'],
    ['two entries only', 'Abbott, Lena; Baptiste, Omar'],
    ['a list of forenames first', 'Lena Abbott, Omar Baptiste; Dana Chen-Ruiz, Ana Diaz; Al Hale, Bo Ross'],
  ])('reads no register in %s', (_label, list) => {
    expect(surnameFirstSemicolonEntries(list)).toBeNull();
  });
});

describe("an extract's lead-in before the minutes' title", () => {
  it('is dropped, so that the title names body and date', () => {
    expect(withExtractLeadInsDropped(['EXCERPTS FROM THE MINUTES OF THE REGULAR SESSION OF THE SANGGUNIANG PANLUNGSOD OF X, HELD ON MAY 2, 2024'])).toEqual([
      'MINUTES OF THE REGULAR SESSION OF THE SANGGUNIANG PANLUNGSOD OF X, HELD ON MAY 2, 2024',
    ]);
    expect(withExtractLeadInsDropped(['Extract from minutes of the Special Council Meeting held on 3 June 2021'])).toEqual(['minutes of the Special Council Meeting held on 3 June 2021']);
  });
  it('leaves a sentence quoting the minutes', () => {
    const lines = ['The clerk read an extract from the minutes of the last meeting.'];
    expect(withExtractLeadInsDropped(lines)).toBe(lines);
  });
});

describe('a Texas county court record', () => {
  it('blanks the venue caption and nothing like it', () => {
    expect(withVenueCaptionsBlanked(['STATE OF TEXAS )(', 'COUNTY OF PECAN HOLLOW )(', 'The State of Texas {}', 'County of Burnet {}'])).toEqual(['', '', '', '']);
    const prose = ['County of Burnet residents asked about roads.', 'STATE OF TEXAS grant report'];
    expect(withVenueCaptionsBlanked(prose)).toBe(prose);
  });
  it('reads a seat and its number as an office, a titled name as a person', () => {
    expect(isSeatOffice('Commissioner Precinct 1')).toBe(true);
    expect(isSeatOffice('Councilmember District 4')).toBe(true);
    expect(isSeatOffice('Commissioner Hale')).toBe(false);
  });
  it('takes "Motion By:" and "Second By:" labels for a vote taken, a motion in prose for none', () => {
    expect(recordsMotionOutcome('Motion By: Commissioner Precinct 4 Ron Hale Second By: Commissioner Precinct 1 Ann Ruiz Motion: To approve the minutes.')).toBe(true);
    expect(recordsMotionOutcome('A motion by Commissioner Hale to table the item was discussed.')).toBe(false);
  });
});

describe('a numbered roll under an attendance label', () => {
  it('is unnumbered, one member a line, whether on lines of its own or run onto the label\'s line', () => {
    expect(withNumberedRollsUnnumbered(['Present:', '1. Councillor Ann Reid', '2. Councillor Ben Lowe', '', '1. Prayers'])).toEqual(['Present:', 'Councillor Ann Reid', 'Councillor Ben Lowe', '', '1. Prayers']);
    expect(withNumberedRollsUnnumbered(['a) Present Were: 1. His Worship the Mayor, Cllr. Ann Reid 2. Councillor Ben Lowe 3. Councillor Cy Dunn'])).toEqual([
      'Present Were:',
      'His Worship the Mayor, Cllr. Ann Reid',
      'Councillor Ben Lowe',
      'Councillor Cy Dunn',
    ]);
  });
  it('leaves numbered items that name no one, and a list not numbered from one', () => {
    const items = ['Present:', '1. Apologies for absence', '2. Minutes of the last meeting'];
    expect(withNumberedRollsUnnumbered(items)).toBe(items);
    const later = ['Present:', '3. Councillor Ann Reid', '4. Councillor Ben Lowe'];
    expect(withNumberedRollsUnnumbered(later)).toBe(later);
    const named = ['Present: Cllr Ann Reid, Cllr Ben Lowe', '1. Welcome Address', '2. Open Forum'];
    expect(withNumberedRollsUnnumbered(named)).toBe(named);
  });
});

describe('a roll call with each member\'s answer', () => {
  it('reads each member with their own answer, and the roll call\'s line as a list', () => {
    expect(answeredRollEntries('Supervisor Ann Reid- present, Councilman Ben Lowe - present, and Councilwoman Cy Dunn – absent')).toEqual([
      ['Supervisor Ann Reid', 'present'],
      ['Councilman Ben Lowe', 'present'],
      ['Councilwoman Cy Dunn', 'absent'],
    ]);
    expect(withAnsweredRollCallsLabelled(['Roll call: Di Moss, Town Clerk, called the roll.  Supervisor Ann Reid- present, Councilman Ben Lowe - absent'])).toEqual([
      'Present: Supervisor Ann Reid- present, Councilman Ben Lowe - absent',
    ]);
  });
  it('leaves one member\'s answer to the list, and a roll call named in prose', () => {
    expect(answeredRollEntries('Mr. Carl Hale – absent')).toBeNull();
    const prose = ['Roll call: all members were present.'];
    expect(withAnsweredRollCallsLabelled(prose)).toBe(prose);
  });
});

describe("a motion's outcome set under it as a paragraph of its own", () => {
  const motionPut = (): Paragraph => ({ index: 0, number: null, text: 'Motion by Hale, seconded by Ruiz, to approve the budget. VOTE: 5 AYE; 0 NAY', speaker: 'Hale', isDecision: false, isTruncated: false });
  it.each(['Motion carried.', 'MOTION DULY CARRIED', 'Motion duly carried (5-0).', 'The motion passed unanimously.'])('joins "%s" to the motion put and makes it a decision', (outcome) => {
    const previous = motionPut();
    const decisions: string[] = [];
    expect(joinsPrevious(previous, outcome, decisions, false)).toBe(true);
    expect([previous.isDecision, previous.speaker, decisions]).toEqual([true, null, [`${motionPut().text} ${outcome}`]]);
  });
  it.each(['Motion lost.', 'MOTION DULY DEFEATED', 'The motion was declared lost.'])('joins "%s" to the motion put, which decided nothing', (outcome) => {
    const previous = motionPut();
    const decisions: string[] = [];
    expect(joinsPrevious(previous, outcome, decisions, false)).toBe(true);
    expect([previous.isDecision, previous.text, decisions]).toEqual([false, `${motionPut().text} ${outcome}`, []]);
  });
});
