// Forms of parish, town and community council minutes as their own websites publish them: a page's upload stamp over
// the minutes. Invented text in the style of such minutes.
import { parseMinutes } from '../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' });
const people = (text: string) => parse(text).meetings[0].attendees.map(({ name, role, attendance }) => [name, role, attendance]);

describe('the day a site put the minutes up, printed over them', () => {
  const minutes =
    'Parish Council Minutes June 2024\n\nParish Council Meeting Minutes Uploaded on February 3, 2025\n\n' +
    'Minutes of a meeting of Lowfield Parish Council held on\nWednesday 12th June 2024 at 7.30 pm in the Reading Room.\n\n' +
    'Present: Cllr Anne Dowd (Chair), Cllr Peter Lamb and Cllr Rose Kitt.\n\nIn attendance: Mary Ives (Parish Clerk).\n\n' +
    '2024/31 Apologies\nNone.\n\n2024/32 Allotments\nThe rents for 2025 were agreed.\n';

  it('is no meeting date: the date is the one the minutes give', () => {
    expect(parse(minutes).meetings[0].date).toBe('2024-06-12');
  });

  it('does not end the header above the attendance', () => {
    expect(people(minutes)).toEqual([
      ['Cllr Anne Dowd', 'Chair', 'present'],
      ['Cllr Peter Lamb', null, 'present'],
      ['Cllr Rose Kitt', null, 'present'],
      ['Mary Ives', 'Parish Clerk', 'in attendance'],
    ]);
  });

  it('is read the same when posted rather than uploaded', () => {
    expect(parse(minutes.replace('Uploaded on February 3, 2025', 'Posted on 3 February 2025')).meetings[0].date).toBe('2024-06-12');
  });
});
