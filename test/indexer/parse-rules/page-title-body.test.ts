// A site that posts each meeting's minutes under a title of its own ("Minutes of the Ashcombe Parish Council Meeting",
// "Ashcombe PC minutes May 2021") names the body there when the text does not: the title's date, what the page is and
// the kind of meeting are no part of the name.
import { parseMinutes } from '../../../indexer/parse';
import { bodyInTitle } from '../../../indexer/parse/header/page-title-body';
import { readDocument } from '../../../indexer/readers';

describe('the body a page title names beside what the page is', () => {
  it.each([
    ['Minutes of the Ashcombe Parish Council Meeting – 2019-02-01', 'Ashcombe Parish Council'],
    ['Minutes to Ashcombe Parish Council – 2019-02-01', 'Ashcombe Parish Council'],
    ['Ashcombe Parish Council April Meeting Minutes', 'Ashcombe Parish Council'],
    ['Ashcombe Parish Council Meeting July 2016', 'Ashcombe Parish Council'],
    ['Ashcombe Parish Council 7th October 2014 at 7:30pm', 'Ashcombe Parish Council'],
    ['Ashcombe Parish Council minutes of May meeting', 'Ashcombe Parish Council'],
    ['Ashcombe PC minutes May 2021', 'Ashcombe PC'],
    ['Minutes of the meeting of the Ashcombe Parish Council held on Thursday 11th March 2004', 'Ashcombe Parish Council'],
    ['Minutes of a meeting of Ashcombe Parish Council held in the Church Rooms at 7.30pm', 'Ashcombe Parish Council'],
    ['Ashcombe Parish Council Meeting (8th November 2001)', 'Ashcombe Parish Council'],
    ['Ashcombe Parish Council AGM 2016', 'Ashcombe Parish Council'],
    ['March Town Council minutes', 'March Town Council'],
    ['Ashcombe Parish Council May Virtual Meeting – 2020-05-25', 'Ashcombe Parish Council'],
    ['Planning Committee - 21 May 2025 | Harrowfield Borough Council', 'Harrowfield Borough Council'],
    ['Council Meeting - Minutes - Town of Ashcombe Falls', 'Town of Ashcombe Falls'],
    ['Regular Council Meeting - Minutes - Township of Esker', 'Township of Esker'],
    ['Village Liaison Minutes', null],
    ['Parish Councils', null],
    ['Annual Parish Meeting 2016', null],
  ])('reads "%s" as naming %s', (title, body) => {
    expect(bodyInTitle(title)).toBe(body);
  });

  it('names the body of a markdown page whose text names none', async () => {
    const page =
      '---\ntitle: "Minutes of the Ashcombe Parish Council Meeting"\ndate: "2019-02-01"\n---\n\nHeld on the 16th January 2019 at 7.30pm\n\nPRESENT Mr. Lane (Chairman), Mrs. Hobbs and Messrs Tull and Croft.\n\nAPOLOGIES Mr. Dean.\n\nMATTERS ARISING\n\nThe bench on the green has been repaired.\n\nCORRESPONDENCE\n\nA letter from the Highways office was read.\n';
    const read = await readDocument(Buffer.from(page), '/site/minutes.md', { maxFileBytes: 1e6 });
    const parsed = parseMinutes({ text: read.text, format: read.format, file: 'minutes.md', documentId: 'site', pageTitle: read.pageTitle });
    expect([parsed.meetings[0].body, parsed.warnings.length]).toEqual(['Ashcombe Parish Council', 0]);
  });
});
