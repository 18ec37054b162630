// Dates in figures read the way round the document writes them: day first as British minutes do, month first where
// the same minutes write their dates in words month first, as American minutes do. Invented text in the style of a US
// homeowners' association board and an English parish council.
import { parseMinutes } from '../../../indexer/parse';

const dateOf = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0].date;

const minutes = (date: string, approval: string) =>
  [
    'Maple Run Homeowners Association',
    'Board of Directors Meeting',
    `Date: ${date}`,
    '',
    'Present: Carol Hayes (President), Dan Ortiz (Treasurer)',
    '',
    '1. Approval of minutes',
    approval,
    '',
    '2. Landscaping',
    'Dan Ortiz reported that the mowing contract had been renewed.',
  ].join('\n');

describe('the order of a date in figures', () => {
  it('reads it month first where the minutes write dates in words month first', () => {
    expect(dateOf(minutes('08/12/2025', 'The minutes of the July 8, 2025 meeting were approved.'))).toBe('2025-08-12');
  });

  it('reads it day first where the minutes write dates in words day first, or none', () => {
    expect(dateOf(minutes('08/12/2025', 'The minutes of the meeting held on 10 November 2025 were approved.'))).toBe('2025-12-08');
    expect(dateOf(minutes('08/12/2025', 'The minutes of the last meeting were approved.'))).toBe('2025-12-08');
  });

  it('reads it the other way round where it cannot be read the document’s way (there is no thirteenth month)', () => {
    expect(dateOf(minutes('08/13/2025', 'The minutes of the last meeting were approved.'))).toBe('2025-08-13');
    expect(dateOf(minutes('13/08/2025', 'The minutes of the July 8, 2025 meeting were approved.'))).toBe('2025-08-13');
  });
});
