// A parish's minute book as its web page publishes it: every minute numbered since the council's founding, the
// meeting's own statement too, members listed with the forenames they are called by. Invented text in that style.
import { withStatementUnnumbered } from '../../../indexer/parse/page/numbered-statement';
import { attendeesFromList } from '../../../indexer/parse/attendance/attendee-lists';
import { NUMBERED_LINE } from '../../../indexer/parse/items/item-numbers';

const people = (list: string, attendance: 'present' | 'apologies' = 'present') => attendeesFromList(list, attendance).map(({ name, role }) => [name, role]);

describe('a numbered statement of the meeting', () => {
  it('loses its number on the first line, under the dates a web page posted it with', () => {
    const lines = ['2024/03/12', 'Tuesday 12th March 2024', '4417. Minutes of an ordinary meeting of the Hallowmere Parish Council held on', 'Tuesday 12th March 2024.'];
    expect(withStatementUnnumbered(lines)[2]).toBe('Minutes of an ordinary meeting of the Hallowmere Parish Council held on');
  });

  it('keeps the number of an item approving earlier minutes, further down', () => {
    const lines = ['Minutes of the meeting of the Hallowmere Parish Council held on 12 March 2024', '', '5. Minutes of the meeting held on 13 February 2024'];
    expect(withStatementUnnumbered(lines)).toBe(lines);
  });
});

describe('a date with its four-figure year', () => {
  it('is no item number', () => {
    expect(NUMBERED_LINE.test('2021/10/04 Monday 4th October 2021')).toBe(false);
    expect(NUMBERED_LINE.test('04/10/2021 Minutes')).toBe(false);
    expect(NUMBERED_LINE.exec('22/104 Apologies for Absence')?.[2]).toBe('22/104');
  });
});

describe('forenames in brackets after initials and surnames', () => {
  it('are part of each name in a list of several, however short for another forename', () => {
    expect(people('Parish Councillors – T Bonder (Terry), J. Fergus (Jim), A Hale (Tony)')).toEqual([
      ['Parish Councillor T Bonder (Terry)', null],
      ['Parish Councillor J. Fergus (Jim)', null],
      ['Parish Councillor A Hale (Tony)', null],
    ]);
  });

  it('are no office after an office and a dash', () => {
    expect(people('Chairman – M.J Fletch (Mike), Vice Chairman – J. Benn (John)')).toEqual([
      ['M.J Fletch (Mike)', 'Chair'],
      ['J. Benn (John)', 'Vice-Chair'],
    ]);
  });

  it('leave one bracket starting with the initial\'s letter an office: it may be one', () => {
    expect(people('R. Halvorsen (Reeve), T Hale')).toEqual([
      ['R. Halvorsen', 'Reeve'],
      ['T Hale', null],
    ]);
  });
});

describe('a reason after a name that sent apologies', () => {
  it('is no part of the name', () => {
    expect(people('Clerk L D Chall due to illness', 'apologies')).toEqual([['L D Chall', 'Clerk']]);
    expect(people('Cllr A Hale owing to work commitments', 'apologies')).toEqual([['Cllr A Hale', null]]);
  });
});
