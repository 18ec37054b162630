// The time a query names in words puts the results from meetings held then first, without leaving out the others.
import { namedPeriod, periodFirst, withoutNamedTimes } from '../../../server/search/named-period';

const results = [
  { id: 'july-minutes-naming-march', date: '2017-07-20' },
  { id: 'march', date: '2017-03-28' },
  { id: 'undated', date: null },
  { id: 'march-later', date: '2017-03-28' },
  { id: 'november', date: '2017-11-15' },
];
const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe('a period named in the query', () => {
  it('puts the results from meetings in the month it names first, each part in its own order', () => {
    expect(ids(periodFirst(results, namedPeriod('cadet scheme discussion March 2017', {})))).toEqual([
      'march',
      'march-later',
      'july-minutes-naming-march',
      'undated',
      'november',
    ]);
  });

  it('reads a year, and a range of months', () => {
    expect(namedPeriod('precept in 2023', {})!('2023-10-17')).toBe(true);
    expect(namedPeriod('precept in 2023', {})!('2017-10-17')).toBe(false);
    expect(ids(periodFirst(results, namedPeriod('cadets between July 2017 and November 2017', {})))).toEqual(['july-minutes-naming-march', 'november', 'march', 'undated', 'march-later']);
  });

  it('changes nothing when the query names no time, only a number or a financial year, or a date filter is set', () => {
    expect(namedPeriod('Police Cadet Scheme', {})).toBeNull();
    expect(namedPeriod('precept 2018/19', {})).toBeNull();
    expect(namedPeriod('2000 officers', {})).toBeNull();
    expect(namedPeriod('cadets March 2017', { year: [2017] })).toBeNull();
    expect(namedPeriod('cadets March 2017', { from: '2017-01-01' })).toBeNull();
  });

  it('puts first only the results from the period that the search found closely, keeping the order when none was', () => {
    const found = [
      { id: 'july-workshops-held-in-march', date: '2017-07-26', close: true },
      { id: 'march-cadets', date: '2017-03-28', close: false },
      { id: 'march-engagement', date: '2017-03-28', close: true },
    ];
    const close = (entry: { close: boolean }) => entry.close;
    expect(ids(periodFirst(found, namedPeriod('human trafficking workshops March 2017', {}), close))).toEqual(['march-engagement', 'july-workshops-held-in-march', 'march-cadets']);
    const looselyRelated = found.filter((entry) => entry.id !== 'march-engagement');
    expect(ids(periodFirst(looselyRelated, namedPeriod('human trafficking workshops March 2017', {}), close))).toEqual(ids(looselyRelated));
  });

  it('keeps the order when no result is from the period named', () => {
    expect(ids(periodFirst(results, namedPeriod('cadets in 2019', {})))).toEqual(ids(results));
  });
});

describe('the query the legs search', () => {
  it('leaves out the months, days and ranges it names, with their cue words', () => {
    expect(withoutNamedTimes('mental health update July 2017')).toBe('mental health update');
    expect(withoutNamedTimes('who was elected chairman of the panel in July 2017?')).toBe('who was elected chairman of the panel ?');
    expect(withoutNamedTimes('street triage between March 2017 and November 2017')).toBe('street triage');
    expect(withoutNamedTimes('precept in 2023')).toBe('precept');
  });

  it('keeps a bare year, a financial year, a number, a time in a quoted phrase and a query that is nothing but a time', () => {
    const kept = ['how many officers now compared with 2010', 'precept 2018/19', '2000 officers', 'meetings in March 2017', '"held on 20 July 2017" minutes'];
    expect(kept.map(withoutNamedTimes)).toEqual(kept);
  });
});
