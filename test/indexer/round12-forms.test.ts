// Forms found in round 12 of the layout fixtures, each in a small document written for this test: dates all in words
// or with an apostrophed two-digit year, an item's number repeated in the right margin, "Clerk:" before an untitled
// name, questions and answers labelled "Q (…):" / "A (…):", and officers who remind, recommend or warn.
import { parseMinutes } from '../../indexer/parse';
import { findDate } from '../../indexer/parse/meeting-fields';
import { speakerOf } from '../../indexer/parse/speakers';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
const HEADER = 'HOLT TOWN COUNCIL\nMinutes of the Full Council meeting held on Monday 3 March 2025\n\n';

describe('dates in words and with a two-digit year', () => {
  it.each([
    ['Tuesday the fourteenth of January, two thousand and twenty-five, at seven o\'clock', '2025-01-14'],
    ['this twenty-first day of March, twenty twenty-four', '2024-03-21'],
    ['the thirtieth of June two thousand and nine', '2009-06-30'],
    ['the second of May in the year two thousand and eighteen', '2018-05-02'],
    ["held on 14th Jan '25 at 7.30pm", '2025-01-14'],
    ['held on 3 March ’24', '2024-03-03'],
  ])('reads "%s"', (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it('reads no date from words that name no year, or an impossible day', () => {
    expect(findDate('the first of May, twenty members attended')).toBeNull();
    expect(findDate('on the fifth of March, two thousand leaflets were delivered')).toBeNull();
    expect(findDate('the thirty-first of April, two thousand and twenty-five')).toBeNull();
  });
});

describe('an item number repeated in the margin', () => {
  it('leaves the margin copy out of the title, and keeps a title that ends in its own figures', () => {
    const text = `${HEADER}ITEM 1: APOLOGIES                                   1\nNone.\n\nITEM 26: BUDGET 2025/26\nApproved.\n\nITEM 27: HALL HIRE 27\nNoted.\n`;
    expect(parse(text).meetings[0].items.map(({ number, title }) => [number, title])).toEqual([
      ['1', 'APOLOGIES'],
      ['26', 'BUDGET 2025/26'],
      ['27', 'HALL HIRE 27'],
    ]);
  });
});

describe('"Clerk:" before an untitled name', () => {
  it.each(['R. T. Weatherall', 'Joan Pike'])('gives "%s" the office', (name) => {
    const text = `${HEADER}Present: Cllrs Bell (Chair), Dent & Ford; Clerk: ${name}\n\n1. Apologies\nNone.\n`;
    expect(parse(text).meetings[0].attendees).toContainEqual({ name, role: 'Clerk', attendance: 'in attendance' });
  });
});

describe('"Q (…):" / "A (…):" pairs', () => {
  it.each([
    ['Q (Mr Ashworth): When will the potholes be repaired?', 'Mr Ashworth'],
    ['Q (Cllr Hale): Will the Leader meet residents?', 'Cllr Hale'],
    ['A (Leader): Yes, next month.', 'The Leader'],
    ['Answer (Portfolio Holder for Housing): The scheme opens in May.', 'The Portfolio Holder for Housing'],
    ['A (Chair): The council has written to the operator.', 'The Chair'],
  ])('reads "%s" as said by %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each([
    ['The Legal Adviser reminded members that each application must be decided on its merits.', 'The Legal Adviser'],
    ['The Head of Planning recommended approval.', 'The Head of Planning'],
    ['The Clerk warned that the reserves were low.', 'The Clerk'],
  ])('reads an officer who reminds, recommends or warns as speaking: "%s"', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('leaves brackets that name no one alone', () => {
    expect(speakerOf('A (see appendix 2): the figures were revised.')).toBeNull();
  });
});

describe('a run-on list whose last name is wrapped just before the next label', () => {
  it('keeps the name whole and the next label\'s people apart', () => {
    const text = `${HEADER}Present: Cllr Miriam Hatherley (Chair), Cllr Owen Pryce, Cllr Sasha Delacroix, Cllr Tomasz\nWren\nIn attendance: Mrs Gail Ormerod (Clerk)\n\n1. Apologies\nNone.\n`;
    expect(parse(text).meetings[0].attendees.map(({ name, attendance }) => [name, attendance])).toEqual([
      ['Cllr Miriam Hatherley', 'present'],
      ['Cllr Owen Pryce', 'present'],
      ['Cllr Sasha Delacroix', 'present'],
      ['Cllr Tomasz Wren', 'present'],
      ['Mrs Gail Ormerod', 'in attendance'],
    ]);
  });
});
