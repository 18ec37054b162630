// Forms found by the layout probes of session 20 (round 2), each in a small document written for this test: a council's
// page of decisions titled "Decisions - <body>" as ModernGov publishes it, or "Record of decisions – <body>".
import { parseMinutes } from '../../indexer/parse';
import { readDocument } from '../../indexer/readers';
import type { Meeting } from '../../core/types';

const parse = (text: string, format: 'text' | 'markdown' | 'html' = 'text'): Meeting => parseMinutes({ text, format, file: 'minutes', documentId: 'd' }).meetings[0];

describe('a page of decisions titled "Decisions - <body>"', () => {
  const html = [
    '<html><body>',
    '<h1>Decisions - Licensing Committee</h1>',
    '<h2>Wednesday, 9th April, 2025 6.30 pm</h2>',
    '<p>Venue: Council Chamber, Civic Centre</p>',
    '<p>Members present: Councillor Nell Arkwright (Chair), Councillor Felix Damon</p>',
    '<p><strong>12. Taxi Fares Review</strong></p>',
    '<p>Decision:</p>',
    '<p>The Committee agreed to raise the maximum taxi fare by 4% from 1 June 2025.</p>',
    '</body></html>',
  ].join('\n');

  it('names the body after the dash, not the kind of page before it', async () => {
    const { text, format } = await readDocument(Buffer.from(html), '/minutes/decisions.html', { maxFileBytes: 2 ** 20 });
    expect(parse(text, format as 'html').body).toBe('Licensing Committee');
  });

  it('reads "Record of decisions – <body>" in a text the same way', () => {
    const text = ['Record of decisions – Planning Committee', 'Tuesday 8 April 2025 at 7.00 pm', '', '1. Apologies', '', 'None.'].join('\n');
    expect(parse(text).body).toBe('Planning Committee');
  });
});
