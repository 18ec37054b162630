// Minutes hard-wrapped by a page's width: a lettered entry broken before its sentence's end is no heading, a roll-call
// sentence wrapped over five lines is read whole, and a list run on after "… call the roll: Present:" is read across the wrap.
import { parseMinutes } from '../../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'd' }).meetings[0];

const HEADER = ['MINUTES', 'PARKS AND RECREATION COMMISSION', 'June 4, 2025 6:00 P.M.', ''];

describe('hard-wrapped minutes', () => {
  it('keeps a Roman-numbered item over a lettered entry the wrap broke before "P.M."', () => {
    const meeting = parse(
      [
        ...HEADER,
        'I. CALL TO ORDER',
        'A. This meeting of the Parks and Recreation Commission was called to order',
        'at 6:03 P.M. by Chair Lindqvist, who led the pledge of allegiance to the',
        'flag.',
        '',
        'II. PARK PLANNING',
        'A. Commissioner Oduya reported that the survey of the riverside trail had',
        'been completed and that the results would come to the next meeting at 6:00',
        'P.M. in the library annex.',
        '',
        'III. ADJOURNMENT',
        'The meeting was adjourned at 7:10 P.M.',
      ].join('\n'),
    );
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['I', 'CALL TO ORDER'],
      ['II', 'PARK PLANNING'],
      ['III', 'ADJOURNMENT'],
    ]);
    expect(meeting.items[1].paragraphs[0].text).toBe(
      'A. Commissioner Oduya reported that the survey of the riverside trail had been completed and that the results would come to the next meeting at 6:00 P.M. in the library annex.',
    );
  });

  it('keeps a lettered heading over the sentence under it', () => {
    const meeting = parse(
      [...HEADER, '1. PUBLIC HEARINGS', 'A. Ordinance No. 2025-09 Amending Chapter 4 (Fees)', 'The Director presented the report to the commission.', '', '2. COMMISSION REPORTS', 'Commissioner Oduya reported on the trail survey of the river.'].join('\n'),
    );
    expect(meeting.items.map((item) => item.number)).toEqual(['1', 'A', '2']);
  });

  it('reads a roll-call sentence wrapped over five lines', () => {
    const meeting = parse(
      [
        'Board of Directors, Cedar Flats Water Users Assn.',
        '',
        'MINUTES, April 2, 2025',
        '',
        'Present were Board members Ingrid Salo, Marcus Tembo, Lena Fairbrook, and',
        'Otis Kwan. Also present were Ditch Committee Chair Rosa Delgado, Meter and',
        'Billing Committee',
        'Co-Chair Femi Adebayo, Secretary Clay Rourke, and residents Ada',
        'Nkemelu and Per Holm.',
        '',
        'Rosa Delgado reported that the east ditch had been cleaned.',
      ].join('\n'),
    );
    expect(meeting.attendees.map((attendee) => [attendee.name, attendee.attendance])).toEqual([
      ['Ingrid Salo', 'present'],
      ['Marcus Tembo', 'present'],
      ['Lena Fairbrook', 'present'],
      ['Otis Kwan', 'present'],
      ['Rosa Delgado', 'in attendance'],
      ['Femi Adebayo', 'in attendance'],
      ['Clay Rourke', 'in attendance'],
      ['Ada Nkemelu', 'in attendance'],
      ['Per Holm', 'in attendance'],
    ]);
  });
});
