// Minutes typed with sentence-case headings and saved as plain text (or printed from a page whose bold was lost): no
// number, no mark, no capitals tell a heading, only its shape and where it stands.
import { parseMinutes } from '../../../indexer/parse';

const parse = (text: string) => parseMinutes({ text, format: 'text', file: 'minutes.txt', documentId: 'minutes' }).meetings[0];

describe('sentence-case headings where every paragraph is set apart by a blank line', () => {
  const text = [
    'Ashcombe Parish Council',
    '',
    'Minutes of the meeting held on Tuesday 8 April 2025 at 7.30pm in the Village Hall',
    '',
    'Present: Cllr Tom Ward (Chairman), Cllr Ruth Akers, Cllr Dev Sharma',
    '',
    'Welcome and apologies',
    '',
    'The Chairman welcomed those present. Apologies were received from Cllr Jo Penn.',
    '',
    'Declarations of interest',
    '',
    'None were declared.',
    '',
    'Annual Report 2024',
    '',
    'The Clerk presented the annual report, which was received.',
    '',
    'Village green drainage',
    '',
    'Cllr Akers reported that the contractor would return in May to clear the ditch on the north side.',
    '',
    'Resolved to accept the quotation of £1,200 for the work.',
    '',
    'Date of next meeting',
    '',
    'Tuesday 13 May 2025 at 7.30pm.',
  ].join('\n');

  it('reads each short capitalised phrase over a paragraph as an item, but not a line naming a year', () => {
    const meeting = parse(text);
    expect(meeting.items.map((item) => item.title)).toEqual(['Welcome and apologies', 'Declarations of interest', 'Village green drainage', 'Date of next meeting']);
    const drainage = meeting.items[2];
    expect(drainage.paragraphs.map((paragraph) => paragraph.speaker)).toEqual(['Cllr Akers', null]);
    expect(drainage.decisions).toEqual(['Resolved to accept the quotation of £1,200 for the work.']);
  });

  it('keeps a one-line paragraph under a heading as the heading\'s text, not another heading', () => {
    const meeting = parse(text);
    expect(meeting.items[1].paragraphs[0].text).toBe('None were declared.');
    expect(meeting.items[3].paragraphs.map((paragraph) => paragraph.text)).toEqual(['Tuesday 13 May 2025 at 7.30pm.']);
  });
});
