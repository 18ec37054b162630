// How the rolls of police boards, fire authorities and companies are read: labels wrapped in a table's first column,
// footnote marks before some of the people, offices run on with their holders, a plural title shared by the names after
// it, and the opening sentences that alone name the body. Each text is invented in the style of real minutes.
import { attendeesFromList } from '../../../indexer/parse/attendance/attendee-lists';
import { withFootnoteMarksDropped } from '../../../indexer/parse/attendance/footnoted-entries';
import { withWrappedColumnLabelsSet } from '../../../indexer/parse/attendance/wrapped-column-labels';
import { attendanceLabelOf } from '../../../indexer/parse/attendance/attendance-labels';
import { bodyAtMeetingOf, bodyThatMet } from '../../../indexer/parse/header/meeting-held-by';

const namesAndRoles = (list: string) => attendeesFromList(list, 'in attendance').map(({ name, role }) => [name, role]);

describe('a label wrapped in the first column of a roll', () => {
  it('sets the label whole on a line over its people, one a line', () => {
    const lines = ['POLICE SERVICE OF         Chief Constable P Vance', 'WESTMARCH IN              Mr O Bright, Director of Finance', 'ATTENDANCE:               Ms T Dunne, Board Secretary', '', '1. Minutes'];
    expect(withWrappedColumnLabelsSet(lines)).toEqual(['POLICE SERVICE OF WESTMARCH IN ATTENDANCE:', 'Chief Constable P Vance', 'Mr O Bright, Director of Finance', 'Ms T Dunne, Board Secretary', '', '1. Minutes']);
  });

  it('leaves a label on one line beside its first person as it is', () => {
    const lines = ['MEMBERS PRESENT:          Mr C Hendry (Chair)', '                          Ms A Beggs'];
    expect(withWrappedColumnLabelsSet(lines)).toBe(lines);
  });

  it('leaves two columns that make no attendance label as they are', () => {
    const lines = ['Date of meeting           5 March 2026', 'Venue                     Harbour House'];
    expect(withWrappedColumnLabelsSet(lines)).toBe(lines);
  });
});

describe('an organisation in attendance', () => {
  it('reads "POLICE SERVICE OF … IN ATTENDANCE:" as a label of those in attendance', () => {
    expect(attendanceLabelOf('POLICE SERVICE OF WESTMARCH IN ATTENDANCE:')).toMatchObject({ attendance: 'in attendance', rest: '' });
  });

  it('reads no label in a roll run on into the next label ("… Mr Angus Reid IN ATTENDANCE:")', () => {
    expect(attendanceLabelOf('Mr Angus Reid IN ATTENDANCE: Mr K Lamont')).toBeNull();
  });
});

describe('footnote marks in a roll', () => {
  it('drops the mark before a person under a label, and leaves the key under the roll', () => {
    const lines = ['MEMBERS PRESENT:', 'Mr C Hendry (Chair)', '(1) Mrs H Ferris', '', '(1) Attended for items 1 to 4 only'];
    expect(withFootnoteMarksDropped(lines)).toEqual(['MEMBERS PRESENT:', 'Mr C Hendry (Chair)', 'Mrs H Ferris', '', '(1) Attended for items 1 to 4 only']);
  });

  it('leaves an item numbered in brackets under the roll as it is', () => {
    const lines = ['Officers present:', 'Democratic Services Officer (Kit Wragg)', '', '(1) APOLOGIES FOR ABSENCE', '(2) Apologies'];
    expect(withFootnoteMarksDropped(lines)).toBe(lines);
  });
});

describe('offices run on with their holders', () => {
  it('pairs each office with the untitled holder in the brackets after it', () => {
    expect(namesAndRoles('Chief Fire Officer (Mark Dunmore) Deputy Chief Fire Officer (Alison Crewe) Head of Finance (Peter Gow)')).toEqual([
      ['Mark Dunmore', 'Chief Fire Officer'],
      ['Alison Crewe', 'Deputy Chief Fire Officer'],
      ['Peter Gow', 'Head of Finance'],
    ]);
  });

  it('pairs offices and holders parted by commas alike, the office first', () => {
    expect(namesAndRoles('Chief Executive, Mark Dunmore, Treasurer, Mrs Sarah Blythe and Monitoring Officer, Tom Hale.')).toEqual([
      ['Mark Dunmore', 'Chief Executive'],
      ['Mrs Sarah Blythe', 'Treasurer'],
      ['Tom Hale', 'Monitoring Officer'],
    ]);
  });

  it('keeps names with their offices after them as they were', () => {
    expect(namesAndRoles('Mark Dunmore, Chief Fire Officer, Sarah Blythe, Treasurer')).toEqual([
      ['Mark Dunmore', 'Chief Fire Officer'],
      ['Sarah Blythe', 'Treasurer'],
    ]);
  });

  it('reads a councillor\'s office and the council after it as one role', () => {
    expect(namesAndRoles('Councillor Amy Lord, Cabinet Member for Community Safety, Eastvale County Council')).toEqual([['Councillor Amy Lord', 'Cabinet Member for Community Safety, Eastvale County Council']]);
  });
});

describe('a plural title and the public', () => {
  it('gives each name after "Members" the title Member, and counts shareholders as no one', () => {
    expect(namesAndRoles('Members J Harding (Chairman), P Okoye and L Fenwick; 23 shareholders').map(([name]) => name)).toEqual(['Member J Harding', 'Member P Okoye', 'Member L Fenwick']);
  });

  it('reads "Members of the Public" as no one\'s title', () => {
    expect(namesAndRoles('DR. MARTIN EBERT, SUPERINTENDENT; PAULA GRECO, DISTRICT CLERK; MEMBERS OF THE PUBLIC')).toEqual([
      ['Dr. Martin Ebert', 'Superintendent'],
      ['Paula Greco', 'District Clerk'],
    ]);
  });
});

describe('a body named only in the opening sentence', () => {
  it('reads a parish meeting by the place it was held in', () => {
    expect(bodyThatMet('A Parish Meeting was held in the Village Hall, Little Ashby, on Tuesday 14 April 2026 at 7.30 pm.')).toBe('Little Ashby Parish Meeting');
  });

  it('reads no body from a parish\'s annual meeting, which a parish council holds too', () => {
    expect(bodyThatMet('The Annual Parish Meeting was held in the Village Hall, Little Ashby, on Tuesday 14 April 2026.')).toBeNull();
  });

  it('reads the committee before "meeting" and its council after "of"', () => {
    expect(bodyAtMeetingOf('The Planning Committee meeting of Brayford Town Council was held in the Council Chamber on Monday 9 March 2026.')).toBe('Brayford Town Council Planning Committee');
  });

  it('reads a meeting that "took place"', () => {
    expect(bodyAtMeetingOf('A meeting of Little Ashby Parish Council took place in the Village Hall on Monday 18 May 2026.')).toBe('Little Ashby Parish Council');
  });
});
