// Shapes read in UK councils' minutes as published: an "Also:" label inside a list of those present or sending apologies,
// a substitute's office naming the member sat for, honours in brackets, a name after an initials key whose comma was
// lost, a lower-case office after the key; a numbered paragraph opening "It was"; a resolution's parts under "That the
// Committee:" a blank line or two apart; an agenda's note of an item's paper; a substitute in a clause of apologies; a
// month in Welsh and English (attendance/also-labels.ts, attendance/attendee-lists.ts, attendance/run-together-people.ts,
// attendance/substitutes.ts, items/numbered-non-items.ts, items/colon-lists.ts, header/meeting-fields.ts).
import { attendeesFromList } from '../../../indexer/parse/attendance/attendee-lists';
import { alsoLabelledParts } from '../../../indexer/parse/attendance/also-labels';
import { withNameAfterInitialsApart } from '../../../indexer/parse/attendance/run-together-people';
import { isNumberedNonItemLine } from '../../../indexer/parse/items/numbered-non-items';
import { parseMinutes } from '../../../indexer/parse';
import { findDate } from '../../../indexer/parse/header/meeting-fields';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'rules.txt', documentId: 'rules' }).meetings[0];

describe('an "Also:" label inside a list of people', () => {
  it('parts the members present from those who attended beside them', () => {
    expect(alsoLabelledParts('Cllr A Hale & Mr D Morgan (Clerk). Also: County Councillor, Mr I Lloyd.', 'present')).toEqual([
      ['Cllr A Hale & Mr D Morgan (Clerk)', 'present'],
      ['County Councillor Mr I Lloyd.', 'in attendance'],
    ]);
  });

  it('keeps apologies from the others as apologies', () => {
    expect(alsoLabelledParts('Councillors Mrs A Owen & ALSO: County Councillor Mr P Rogers.', 'apologies')?.map(([, kind]) => kind)).toEqual(['apologies', 'apologies']);
  });

  it('leaves a list with no such label alone', () => {
    expect(alsoLabelledParts('Cllr A Hale, Cllr B Marsh (also Vice-Chair)', 'present')).toBeNull();
  });
});

describe('offices and letters in a list of people', () => {
  it.each([
    ['Councillor L Jeuda, substitute for Councillor G Boston', [{ name: 'Councillor L Jeuda', role: 'Substitute for Councillor G Boston', attendance: 'present' }]],
    ['Mayor J Anderson (OBE), Mr A Hamid MBE', [{ name: 'Mayor J Anderson OBE', role: null, attendance: 'present' }, { name: 'Mr A Hamid MBE', role: null, attendance: 'present' }]],
    ['S Hughes (SH) Chair, P March (PM) vice-chair', [{ name: 'S Hughes', role: 'Chair', attendance: 'present' }, { name: 'P March', role: 'Vice-Chair', attendance: 'present' }]],
  ])('reads %s', (list, attendees) => {
    expect(attendeesFromList(list, 'present')).toEqual(attendees);
  });

  it('starts the next person after an initials key whose comma was lost, not an office', () => {
    expect(withNameAfterInitialsApart('A Jenkins (AJ) Sian Price, the clerk')).toBe('A Jenkins (AJ), Sian Price, the clerk');
    expect(withNameAfterInitialsApart('Tina Reeves (TR) Practice Manager, Ann Hale (AH)')).toBe('Tina Reeves (TR) Practice Manager, Ann Hale (AH)');
  });
});

describe('a substitute named in a list of apologies', () => {
  it('reads "X attended as substitute" as X present, a substitute, the title glued to the name or not', () => {
    expect(attendeesFromList('Cllr Ejaz Aslam and CllrGary Harding attended as substitute', 'apologies')).toEqual([
      { name: 'Cllr Ejaz Aslam', role: null, attendance: 'apologies' },
      { name: 'Cllr Gary Harding', role: 'Substitute', attendance: 'present' },
    ]);
  });
});

describe('a month printed in Welsh and in English', () => {
  it.each([
    ['Minutes of the Meeting 13 Mai / May 2021 via Zoom', '2021-05-13'],
    ['Cofnodion 2il Mehefin/June 2025', '2025-06-02'],
    ['held on 4 June 2025', '2025-06-04'],
  ])('%s: %s', (line, date) => {
    expect(findDate(line)).toBe(date);
  });
});

describe('numbered lines that are no items', () => {
  it.each([
    ['1.1 It was', true],
    ['2.4.1 It was:', true],
    ['3 It was agreed to write to the council', false],
    ['4 Minutes', false],
  ])('%s: %s', (line, nonItem) => {
    expect(isNumberedNonItemLine(line)).toBe(nonItem);
  });
});

describe('a resolution copied from a web page with its label lost', () => {
  const text = [
    'Licensing Committee - Tuesday, 14 June 2022',
    '',
    'Apologies for Absence',
    '',
    'Apologies were received from Councillor Janet Gardner.',
    '',
    'The Role of the Committee',
    '',
    'Report of the Head of Democratic Services',
    '',
    '',
    'The Manager set out the role of the Licensing Committee.',
    '',
    '',
    'That the Committee:',
    '',
    '',
    '1.    Note the information.',
    '',
    '',
    '2.    Agree to the establishment of the Licensing Sub-Committee.',
  ].join('\n');

  it('reads its numbered parts a blank line or two apart as its parts, and the note of the paper as the item\'s text', () => {
    const meeting = parse(text);
    expect(meeting.items.map((item) => item.title)).toEqual(['Apologies for Absence', 'The Role of the Committee']);
    expect(meeting.items[1].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Report of the Head of Democratic Services',
      'The Manager set out the role of the Licensing Committee.',
      'That the Committee:',
      'Note the information.',
      'Agree to the establishment of the Licensing Sub-Committee.',
    ]);
  });
});
