// What was said before the first agenda item (a welcome, a minute's silence, a report from the floor) is minutes:
// it is kept as an opening item, not read into the venue or dropped.
import { parseMinutes } from '../../../indexer/parse';
import { OPENING_TITLE } from '../../../indexer/parse/opening-prose';

const HEADER =
  'WILLOWBROOK TOWN COUNCIL\nMinutes of the meeting of Willowbrook Town Council held on Monday 3 June 2024 at 7.00pm in the Guildhall, Bridge Street\n\n' +
  'Present: Cllr M Osei (Mayor), Cllr D Fairweather, Cllr K Lindqvist\n\n';
const ITEMS = '1. APOLOGIES\nApologies were received from Cllr H Rowe.\n\n2. PLANNING\nRESOLVED that no objection be raised to application 24/0112.\n';

function parse(between: string) {
  const [meeting] = parseMinutes({ text: `${HEADER}${between}${ITEMS}`, format: 'text', file: 'willowbrook.txt', documentId: 'willowbrook' }).meetings;
  return meeting;
}

describe('prose before the first item', () => {
  it('becomes an opening item with its paragraphs, and the venue ends where the header does', () => {
    const meeting = parse(
      'The Mayor opened the meeting and thanked the volunteers who had organised the spring litter pick across the town.\n\n' +
        'Cllr Lindqvist asked that the broken bench by the war memorial be looked at before Remembrance Sunday.\n\n',
    );
    expect(meeting.venue).toBe('Guildhall, Bridge Street');
    expect(meeting.items.map((item) => `${item.number} ${item.title}`)).toEqual([`null ${OPENING_TITLE}`, '1 APOLOGIES', '2 PLANNING']);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'The Mayor opened the meeting and thanked the volunteers who had organised the spring litter pick across the town.',
      'Cllr Lindqvist asked that the broken bench by the war memorial be looked at before Remembrance Sunday.',
    ]);
  });

  it('leaves short lines and labelled facts in the header', () => {
    const meeting = parse('Also in attendance: the Town Clerk and two members of the public.\n\nThe meeting started at 7.05pm.\n\n');
    expect(meeting.items.map((item) => item.title)).toEqual(['APOLOGIES', 'PLANNING']);
  });

  it('keeps a block of sentences, one a line, whose last line lost its full stop', () => {
    const meeting = parse(
      'The Clerk welcomed everyone to the first meeting of the new term and explained its purpose.\nCllr Fairweather was elected as Chair of the council for the year.\nThe council confirmed the standing orders it had adopted in the spring\n\n',
    );
    expect(meeting.items[0].title).toBe(OPENING_TITLE);
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toHaveLength(3);
  });

  it('adds no item when the header runs straight into the first item', () => {
    expect(parse('').items.map((item) => item.number)).toEqual(['1', '2']);
  });
});

describe('the last minutes approved between the attendance and the first heading', () => {
  it('keeps "Minutes of the last Meeting: …" as the opening of the meeting, not header', () => {
    const [meeting] = parseMinutes({
      text: 'Minutes of Ashwell Parish Council Meeting held in the Village Hall\n\nAt 7.30pm on Wednesday 9 April 2025\n\nThose Attending: Cllr J Hale (Chairman), Cllr T Gale, Mrs C Day (Clerk)\n\nMinutes of the last Meeting: Cllr Gale proposed the Minutes be adopted seconded by Cllr Hale.\n\nMatters Arising\n\nThe bench had been repaired.\n\nCorrespondence\n\nNone.\n',
      format: 'text',
      file: 'minutes.txt',
      documentId: 'minutes',
    }).meetings;
    expect(meeting.items[0].paragraphs.map((paragraph) => paragraph.text)).toEqual(['Minutes of the last Meeting: Cllr Gale proposed the Minutes be adopted seconded by Cllr Hale.']);
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(['Cllr J Hale', 'Cllr T Gale', 'Mrs C Day']);
  });
});
