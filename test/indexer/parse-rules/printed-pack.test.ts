// A printed agenda pack's page references ("(Pages 21 - 24)") are taken out of its item titles, whether the PDF's
// text keeps them on the title's line or wraps them onto the lines after it; its own rules read a set of minutes' attendance
// only where they find as many items as the general rules (with fewer, the general rules win).
import { parseMinutes } from '../../../indexer/parse';
import { parsePrintedDocument } from '../../../indexer/parse/layout/printed';

const PACK = [
  ' HARBOUR AND MARINA COMMITTEE',
  'AGENDA',
  '',
  'Tuesday 14 May 2024',
  '',
  '1. Apologies for Absence',
  '',
  'To note any apologies for absence.',
  '',
  '2. Minutes of the meeting held on 12 March 2024 (Pages 1 - 8)',
  '',
  '3. Mooring Fees Review (Pages 9 - ',
  '16)',
  '',
  'To consider the report of the Harbour Master.',
  '',
  '4. Slipway Repairs (Pages 17 ',
  '',
  '- 22)',
  '',
  'To note progress on the repairs.',
  '',
  '5. Berth Allocation Policy (see Pages 23 to 30 of the handbook)',
  '',
  'To agree the revised policy.',
  '',
].join('\n');

describe('a printed agenda pack', () => {
  const { meetings } = parseMinutes({ text: PACK, format: 'pdf', file: 'pack.pdf', documentId: 'pack' });
  const titles = meetings.flatMap((meeting) => meeting.items.map((item) => item.title));

  it('takes page references out of item titles on one line or wrapped over the next lines', () => {
    expect(titles).toEqual([
      'Apologies for Absence',
      'Minutes of the meeting held on 12 March 2024',
      'Mooring Fees Review',
      'Slipway Repairs',
      'Berth Allocation Policy (see Pages 23 to 30 of the handbook)',
    ]);
  });

  it('keeps what follows a wrapped reference', () => {
    const texts = meetings.flatMap((meeting) => meeting.items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.text)));
    expect(texts).toEqual(expect.arrayContaining(['To consider the report of the Harbour Master.', 'To note progress on the repairs.']));
  });
});

describe('a printed pack read by its own rules', () => {
  const lines = [
    'SEAFORD DISTRICT COUNCIL',
    'MINUTES of a meeting of the Harbour and Marina Committee held at the Quay Office, Seaford on Tuesday, 14 May 2024.',
    '',
    'PRESENT: Cllr Ada Penhale (Chair), Cllr Tom Rowse and Cllr Jenna Trewin',
    '',
    '12. Apologies for Absence',
    '(Item 1)',
    '',
    'There were no apologies.',
    '',
    '13. Mooring Fees Review',
    '(Item 2)',
    '',
    'The Harbour Master presented the proposed fees.',
  ];

  it('reads each set of minutes with its items and its attendance', () => {
    const [minutes] = parsePrintedDocument(lines);
    expect(minutes.items.map((item) => item.title)).toEqual(['Apologies for Absence', 'Mooring Fees Review']);
    expect(minutes.attendees.map((attendee) => attendee.name)).toEqual(['Cllr Ada Penhale', 'Cllr Tom Rowse', 'Cllr Jenna Trewin']);
  });

  it('reads the attendance where its items are as many as the general rules found', () => {
    expect(parsePrintedDocument(lines, 2)[0].attendees).toHaveLength(3);
  });

  it('returns nothing where it finds fewer items than the general rules, which then win', () => {
    expect(parsePrintedDocument(lines, 3)).toEqual([]);
  });
});
