// How the page words what it says: the meeting dates the chat searched, in words as its answers say them (one day as
// that day, never "between 2023-10-17 and 2023-10-17" nor an open end as "now"), and a failure as a sentence.
import { interpretedNote } from '../../client/src/chat';
import { asSentence, dateSpan } from '../../client/src/dom';

describe('dateSpan', () => {
  it('says one day as that day, one whole month as the month and one whole year as the year', () => {
    expect(dateSpan('2023-10-17', '2023-10-17')).toBe('on 17 October 2023');
    expect(dateSpan('2017-03-01', '2017-03-31')).toBe('in March 2017');
    expect(dateSpan('2016-02-01', '2016-02-29')).toBe('in February 2016');
    expect(dateSpan('2017-01-01', '2017-12-31')).toBe('in 2017');
  });

  it('says any other range by its ends, in words', () => {
    expect(dateSpan('2017-01-01', '2018-12-31')).toBe('between 1 January 2017 and 31 December 2018');
    expect(dateSpan('2017-03-01', '2017-03-30')).toBe('between 1 March 2017 and 30 March 2017');
  });

  it('says an open range by the end it has, and nothing with neither', () => {
    expect(dateSpan('2017-06-01', undefined)).toBe('since 1 June 2017');
    expect(dateSpan(undefined, '2017-12-31')).toBe('up to 31 December 2017');
    expect(dateSpan(undefined, undefined)).toBe('');
  });
});

describe('interpretedNote with meeting dates', () => {
  it('says the dates searched in words', () => {
    expect(interpretedNote({ query: 'restorative justice', filters: { speaker: ['Elaine Bolton'], from: '2023-10-17', to: '2023-10-17' }, preferDecisions: false })).toBe(
      'Searched for “restorative justice” said by Elaine Bolton on 17 October 2023',
    );
    expect(interpretedNote({ query: 'budget', filters: { from: '2017-03-01', to: '2017-03-31' }, preferDecisions: false })).toBe('Searched for “budget” in March 2017');
    expect(interpretedNote({ query: 'knife crime', filters: { from: '2017-01-01' }, preferDecisions: false })).toBe('Searched for “knife crime” since 1 January 2017');
  });
});

describe('asSentence', () => {
  it('makes a message written to follow a colon a sentence of its own', () => {
    expect(asSentence('the server could not be reached (check your connection, or try again in a moment)')).toBe('The server could not be reached (check your connection, or try again in a moment).');
    expect(asSentence('internal server error')).toBe('Internal server error.');
    expect(asSentence('Already a sentence.')).toBe('Already a sentence.');
  });
});
