// A header dating its meeting without the year: the year is read from the first full date below (another meeting's),
// the one whose calendar has the weekday the header names, nearest that date.
import { parseMinutes } from '../../../indexer/parse';
import { dateInYearOf, yearlessDateLine } from '../../../indexer/parse/header/yearless-dates';

describe('yearless header dates', () => {
  it('finds a weekday, day and month with no year, or a month and day after "met", among the first lines', () => {
    expect(yearlessDateLine(['Minutes of the Meeting of the Council Monday 27th July at 7.00pm', 'Held remotely'], 2)).toEqual({ line: 0, month: 7, day: 27, weekday: 1 });
    expect(yearlessDateLine(['', 'The Library Board met July 10.'], 2)).toEqual({ line: 1, month: 7, day: 10, weekday: null });
    expect(yearlessDateLine(['Minutes of the meeting held on Monday 27th July 2020'], 1)).toBeNull();
    expect(yearlessDateLine(['Present: Cllr A Hale', 'The hall was booked for July 10.'], 2)).toBeNull();
  });

  it('takes the year whose calendar has the weekday, nearest the full date', () => {
    expect(dateInYearOf({ line: 0, month: 7, day: 27, weekday: 1 }, '2020-06-22')).toBe('2020-07-27');
    expect(dateInYearOf({ line: 0, month: 1, day: 12, weekday: null }, '2019-12-08')).toBe('2020-01-12');
    expect(dateInYearOf({ line: 0, month: 7, day: 10, weekday: null }, '2018-05-08')).toBe('2018-07-10');
    // 27 July was a Monday in 2020 only of 2019-2021: a Tuesday fits none of them.
    expect(dateInYearOf({ line: 0, month: 7, day: 27, weekday: 2 }, '2020-06-22')).toBeNull();
  });

  it('dates the meeting so and keeps the items above the full date as items', () => {
    const text =
      'Minutes of the Meeting of the Council Monday 27th July at 7.00pm\n\nPresent: Cllrs Ann Hale (Chair), Tom Foy and Rhian Bell\n\n' +
      '38.20 DECLARATIONS OF INTEREST\n\nNone were made.\n\n39.20 MINUTES OF THE MEETING OF 22nd JUNE 2020\n\nThe minutes were approved as a correct record.\n\n40.20 FOOTPATHS\n\nThe Clerk reported that the stile had been mended.\n';
    const [meeting] = parseMinutes({ text, format: 'text', file: 'council.txt', documentId: 'council' }).meetings;
    expect(meeting.date).toBe('2020-07-27');
    expect(meeting.items.map((item) => item.number)).toEqual(['38.20', '39.20', '40.20']);
  });
});
