// A printed agenda pack's page references ("(Pages 21 - 24)") are taken out of its item titles, whether the PDF's
// text keeps them on the title's line or wraps them onto the lines after it.
import { parseMinutes } from '../../indexer/parse';

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
