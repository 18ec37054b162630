// Dates stated in words (server/chat/dates.ts): years and lists of years, closed ranges, open ranges and single days
// become years or inclusive ISO bounds, with the span of the phrase; numbers and financial years stay in the topic.
import { findDateMentions, type DateMention } from '../../server/chat/dates';

type Found = Omit<DateMention, 'start' | 'end'>;
const found = (text: string): Found[] => findDateMentions(text).map(({ start: _start, end: _end, ...date }) => date);

describe('findDateMentions', () => {
  it.each<[string, Found[]]>([
    ['what was said in 2017?', [{ years: [2017] }]],
    ['CCTV in 2017 and 2018', [{ years: [2017, 2018] }]],
    ['in 2016, 2017 or 2019', [{ years: [2016, 2017, 2019] }]],
    ['in 2018 and 2018', [{ years: [2018] }]],
  ])('reads years and lists of years: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, Found[]]>([
    ['between 2017 and 2019', [{ from: '2017-01-01', to: '2019-12-31' }]],
    ['2015-2016', [{ from: '2015-01-01', to: '2016-12-31' }]],
    ['from 2019 to 2017', [{ from: '2017-01-01', to: '2019-12-31' }]],
    ['between March 2020 and 4 May 2021', [{ from: '2020-03-01', to: '2021-05-04' }]],
  ])('reads closed ranges, in either order, as inclusive bounds: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, Found[]]>([
    ['budget since March 2020', [{ from: '2020-03-01' }]],
    ['after June 2019', [{ from: '2019-07-01' }]],
    ['after 2019', [{ from: '2020-01-01' }]],
    ['before 2018', [{ to: '2017-12-31' }]],
    ['prior to 1 Jan 2021', [{ to: '2020-12-31' }]],
    ['until 2020', [{ to: '2020-12-31' }]],
    ['by 2030', [{ to: '2030-12-31' }]],
  ])('reads open ranges from their cue word: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, Found[]]>([
    ['on 28 March 2017', [{ from: '2017-03-28', to: '2017-03-28' }]],
    ['on the 3rd of', []],
    ['in Sept. 2021', [{ from: '2021-09-01', to: '2021-09-30' }]],
    ['in February 2020', [{ from: '2020-02-01', to: '2020-02-29' }]],
    ['on 31 February 2020', [{ from: '2020-02-01', to: '2020-02-29' }]],
  ])('reads a day or a month as the days it spans, a day that does not exist as its month: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, Found[]]>([
    ['15/11/2017', [{ from: '2017-11-15', to: '2017-11-15' }]],
    ['who chaired the meeting on 28.9.2017?', [{ from: '2017-09-28', to: '2017-09-28' }]],
    ['CCTV 20-07-2017', [{ from: '2017-07-20', to: '2017-07-20' }]],
    ['2023-10-17', [{ from: '2023-10-17', to: '2023-10-17' }]],
    // Day first, as the UK writes it; the other order only when it alone is a date.
    ['03/04/2017', [{ from: '2017-04-03', to: '2017-04-03' }]],
    ['11/15/2017', [{ from: '2017-11-15', to: '2017-11-15' }]],
  ])('reads a day written in figures: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(['32/13/2017', '15/11/2017/2', '1.2.3.2017', 'version 2.10.2017a'])('leaves figures that make no day alone: %s', (text) => {
    expect(found(text).filter((mention) => mention.from === mention.to && mention.from !== undefined)).toEqual([]);
  });

  it.each(['2000 officers', 'the 2017 plan', 'the 2018/19 budget', 'the 2022-23 precept', 'in 1850'])(
    'leaves numbers, topics and financial years alone: %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it.each([
    ['are the minutes from 2024 available?', [{ from: '2024-01-01' }]],
    ['were minutes in 2019 published?', [{ years: [2019] }]],
  ])('reads a year followed by what is said of it, not a noun it counts: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives the span of each phrase, cue word included, in the order they appear', () => {
    const text = 'CCTV before 2018 and parking in 2020';
    const mentions = findDateMentions(text);
    expect(mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual(['before 2018', 'in 2020']);
    expect(mentions.map(({ start: _start, end: _end, ...date }) => date)).toEqual([{ to: '2017-12-31' }, { years: [2020] }]);
  });

  it('reads a range before the years inside it', () => {
    expect(found('between 2017 and 2019, and in 2021')).toEqual([{ from: '2017-01-01', to: '2019-12-31' }, { years: [2021] }]);
  });
});
