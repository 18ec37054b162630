// "Who asked about …?": the speakers the minutes name on the subject, earliest first, said before the quotes.
import { asksWhoSpoke, whoSpoke } from '../../server/chat/who-spoke';
import type { SearchResult } from '../../server/api-types';
import { topicResult } from '../helpers/topic-results';

function said(speaker: string | null, date: string, text: string, similarity: number | null = null): SearchResult {
  return { ...topicResult({ meeting: `m-${date}`, date, text, similarity }), speaker };
}

describe('whoSpoke', () => {
  it('reads "who asked/raised/spoke about" questions only', () => {
    expect(asksWhoSpoke('Who asked about the harbour wall?')).toBe(true);
    expect(asksWhoSpoke('who raised parking charges')).toBe(true);
    expect(asksWhoSpoke('Who chaired the meeting?')).toBe(false);
    expect(asksWhoSpoke('What did Cllr Penrose ask?')).toBe(false);
  });

  it('names each speaker once, earliest first with the date, members left unnamed said so, off-topic passages left out', () => {
    const results = [
      said('Cllr Penrose', '2022-03-07', 'Cllr Penrose asked when the harbour wall repairs would start.'),
      said('The Clerk', '2021-11-01', 'The Clerk said the harbour wall survey was booked.'),
      said('Cllr Penrose', '2021-12-06', 'Cllr Penrose raised the harbour wall again.'),
      said('A Member', '2022-01-10', 'A Member asked about the cost of the harbour wall works.'),
      said('The Mayor', '2022-02-14', 'The Mayor spoke about the Christmas lights.', 0.1),
    ];
    expect(whoSpoke(results, 'harbour wall', 0.3)).toBe('The minutes name the Clerk (1 November 2021) and Cllr Penrose (6 December 2021) speaking on it, and members they do not name.');
  });

  it('says nothing when no passage on the subject names its speaker', () => {
    expect(whoSpoke([said(null, '2021-11-01', 'The harbour wall was discussed.')], 'harbour wall', 0.3)).toBeNull();
  });
});
