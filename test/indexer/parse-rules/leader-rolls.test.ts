// Rolls typed with a leader of dashes between each member and their office, and ditto marks for a repeated office, as a
// Philippine city council's secretariat types them; and registers of members surname first apart by semicolons, as US
// university senates print them. Invented names and bodies.
import { withLeaderRollsBracketed } from '../../../indexer/parse/attendance/leader-rolls';
import { surnameFirstSemicolonEntries } from '../../../indexer/parse/attendance/semicolon-surnames';
import { withExtractLeadInsDropped } from '../../../indexer/parse/header/extract-lead-ins';

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
